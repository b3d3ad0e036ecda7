import type { CollectionBeforeChangeHook } from 'payload'

import { maskName } from '@fengcai/shared'
import type { NoticeComment } from '@fengcai/shared/payload-types'

/** The masked name (张*) of a name sent, if one was. */
export const publicNameOf = (name: unknown): string | undefined => (typeof name === 'string' && name.trim() ? maskName(name) : undefined)

/**
 * Keeps the masked name a published comment shows (张*) beside the real one, so the public name
 * survives when the real one is erased at the end of the retention period. A comment stored in one
 * statement (endpoints/submit.ts) gets it from `publicNameOf` directly.
 */
export const setPublicName: CollectionBeforeChangeHook<NoticeComment> = ({ data }) => {
  const publicName = publicNameOf(data.name)
  if (publicName) data.publicName = publicName
  return data
}
