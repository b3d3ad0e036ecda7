import type { CollectionBeforeChangeHook } from 'payload'

import type { SiteCorrection } from '@fengcai/shared/payload-types'

/**
 * Records when a report was marked 已处理, and forgets it when the report is reopened: the retention
 * job erases the sender's contact a set number of days after this moment (eraseCorrectionContacts).
 * A collection hook, so it runs after field access has dropped whatever a user sent for the field.
 */
export const setClosedAt: CollectionBeforeChangeHook<SiteCorrection> = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status !== 'done') data.closedAt = null
  else if (originalDoc?.status !== 'done' || !originalDoc.closedAt) data.closedAt = new Date().toISOString()
  return data
}
