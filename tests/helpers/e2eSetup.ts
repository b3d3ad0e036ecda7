/**
 * Set-up of the projects that start stacks (`e2e`, `security`), once before their files: the CMS's
 * production build when it is stale (which `pnpm start` would otherwise run inside the first
 * file, and two files started side by side would run into the same `.next` at once), and the
 * first run's data folder the stacks start from (helpers/stackTemplate.ts).
 */
import { ensureCmsBuild } from '@fengcai/cms/scripts/lib/cmsBuild'

import { childEnv } from './stackEnv'
import { stackTemplate } from './stackTemplate'

export default async function setup(): Promise<void> {
  const began = Date.now()
  // Side by side: the build keeps both cores busy only part of the time, and the first run
  // (cluster, migrations, seed) reads nothing the build writes.
  await Promise.all([ensureCmsBuild((message) => console.log(message), childEnv({})), stackTemplate()])
  console.log(`browser and stack tests set up in ${Math.round((Date.now() - began) / 1000)} s`)
}
