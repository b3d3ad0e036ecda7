import { SITE_TIME_ZONE } from '@fengcai/shared'

/**
 * Payload formats some dates on the server in the process's own zone (the version view's
 * breadcrumb: @payloadcms/next views/Version/index.js calls formatDate without a timezone), which
 * on a server is usually UTC. Everything the portal shows is Shanghai time, so the CMS process is
 * too; the jobs' schedules are hourly, so no schedule moves.
 */
export const runInShanghaiTime = (): void => {
  process.env.TZ = SITE_TIME_ZONE
}
