import type { PayloadRequest, ServerFunction } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import type { StateChange } from '@fengcai/shared'

import type { SchedulePublishHandlerArgs } from '@/upstream/payload/schedulePublish'
import { schedulePublishHandler } from '@/upstream/payload/schedulePublish'

import { stateChangeRefusalFor } from './stateChangeRefusalFor'

type Target = Pick<SchedulePublishHandlerArgs, 'doc' | 'global' | 'type'>

/** What a scheduled job will do, checked now as if the user did it directly. */
const targetRefusal = async (req: PayloadRequest, { doc, global, type }: Target, chain = true): Promise<string | null> => {
  const change: StateChange = type === 'unpublish' ? 'unpublish' : 'publish'
  if (doc) {
    const config = req.payload.collections[doc.relationTo]?.config
    if (!config || !hasScheduledPublishEnabled(config)) return '这种内容不能定时发布。'
    return stateChangeRefusalFor(req, doc.relationTo, doc.value, change, { chain })
  }
  if (global) {
    const config = req.payload.config.globals.find(({ slug }) => slug === global)
    if (!config || !hasScheduledPublishEnabled(config)) return '这项设置不能定时发布。'
    return (await config.access.update({ req, data: { _status: change === 'publish' ? 'published' : 'draft' } })) === true ? null : '您没有权限更改这项设置。'
  }
  return '请选择要定时发布的内容。'
}

/**
 * Payload's `schedule-publish` server function (the admin's 定时发布 drawer) checks only that the
 * user may enter the admin, then deletes any scheduled job it is given and queues a new one
 * (@payloadcms/ui/dist/utilities/schedulePublishHandler.js). This one first allows exactly what
 * the user could do directly: scheduling a publish or unpublish needs the right to publish or
 * unpublish that document now, and deleting a scheduled job the right to do what the job would
 * do. A refusal is answered in the handler's own failure shape (`{ error }`). When the job runs,
 * the review hooks check the scheduling user's roles again.
 */
export const guardSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID } = args
  // Upstream records `user.collection` in the job so that it runs as this user; without it the
  // job would run as the server, unchecked.
  if (!req.user?.collection) return { error: '请先登录。' }
  if (deleteID !== undefined) {
    const job = await req.payload
      .findByID({ collection: 'payload-jobs', id: deleteID, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    if (!job || job.taskSlug !== 'schedulePublish') return { error: '没有找到这个定时任务。' }
    const refusal = await targetRefusal(req, (job.input ?? {}) as Target, false)
    if (refusal) return { error: refusal }
  }
  if (deleteID !== undefined && !args.doc && !args.global) {
    // Only a delete: done here, as upstream does it, because upstream would also queue a job
    // with nothing to publish (its `jobs.queue` runs whether or not there is a new schedule).
    await req.payload.delete({ collection: 'payload-jobs', where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] }, req })
    return { message: req.i18n.t('general:success') }
  }
  const refusal = await targetRefusal(req, args)
  if (refusal) return { error: refusal }
  return schedulePublishHandler(args)
}
