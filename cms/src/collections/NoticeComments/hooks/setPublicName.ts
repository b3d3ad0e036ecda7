import type { CollectionBeforeChangeHook } from 'payload'

import { maskName } from '@fengcai/shared'
import type { NoticeComment } from '@fengcai/shared/payload-types'

/**
 * Keeps the masked name a published comment shows (张*) beside the real one, so the public name
 * survives when the real one is erased at the end of the retention period.
 */
export const setPublicName: CollectionBeforeChangeHook<NoticeComment> = ({ data }) => {
  if (typeof data.name === 'string' && data.name.trim()) data.publicName = maskName(data.name)
  return data
}
