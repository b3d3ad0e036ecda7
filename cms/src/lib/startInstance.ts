import type { Payload } from 'payload'

import { isBuildPhase } from '@/lib/env'
import { keepPoolErrorsFromCrashing } from '@/lib/poolErrors'
import { offerDirectSubmits } from '@/lib/publicSubmission/direct'
import { nudgeSiteWorkerOnCommit } from '@/lib/siteNudge'
import { checkPayloadUpstream } from '@/upstream/payload'

/** What every CMS process does once Payload is up (the config's `onInit`). */
export const startInstance = async (payload: Payload): Promise<void> => {
  // First: an upgraded Payload without the internals we use stops here, in words.
  await checkPayloadUpstream(payload)
  keepPoolErrorsFromCrashing(payload)
  // `next build` evaluates the config without serving: nothing to listen for.
  if (isBuildPhase()) return
  await nudgeSiteWorkerOnCommit(payload)
  // The public submit endpoints, for the HTTP server to answer without Next (scripts/serve.ts).
  offerDirectSubmits(payload)
}
