import type { Payload } from 'payload'

import { keepPoolErrorsFromCrashing } from '@/lib/poolErrors'
import { checkPayloadUpstream } from '@/upstream/payload'

/** What every CMS process does once Payload is up (the config's `onInit`). */
export const startInstance = async (payload: Payload): Promise<void> => {
  // First: an upgraded Payload without the internals we use stops here, in words.
  await checkPayloadUpstream(payload)
  keepPoolErrorsFromCrashing(payload)
}
