import type { GlobalAfterChangeHook } from 'payload'

import { recordAudit } from '@/collections/AuditLog/record'
import { labelIn } from '@/lib/labelsPerLanguage'

/** Fields Payload maintains itself: a change of only these is no change of the settings. */
const bookkeeping = new Set(['id', 'updatedAt', 'createdAt', 'globalType'])

/** The top-level fields whose value differs. */
const changedFields = (doc: Record<string, unknown>, previousDoc: Record<string, unknown> | undefined): string[] =>
  [...new Set([...Object.keys(doc), ...Object.keys(previousDoc ?? {})])].filter(
    (key) => !bookkeeping.has(key) && JSON.stringify(doc[key] ?? null) !== JSON.stringify(previousDoc?.[key] ?? null),
  )

/**
 * 站点设置 changes in the 操作日志 (which fields, by their labels where the global has them), on
 * every path that saves the global, in the save's transaction.
 */
export const recordSiteSettingsChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  const changed = changedFields(doc as Record<string, unknown>, previousDoc as Record<string, unknown> | undefined)
  if (changed.length === 0) return doc
  const labelOf = (name: string): string => labelIn(global.flattenedFields.find((field) => field.name === name)?.label, 'zh') ?? name
  const title = labelIn(global.label, 'zh') ?? global.slug
  await recordAudit(req, { action: 'siteSettingsChanged', collection: global.slug, docId: 'global', title, note: `修改：${changed.map(labelOf).join('、')}` })
  return doc
}
