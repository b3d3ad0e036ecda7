import type { CollectionAfterOperationHook, CollectionConfig } from 'payload'

import { mergeHooks } from '@/hooks/mergeHooks'

import { recordAudit } from '../record'

/**
 * A version restore in the 操作日志, in the restore's transaction (Payload runs `afterOperation`
 * before it commits: payload 3.90 collections/operations/restoreVersion.ts). A restore that also
 * publishes or unpublishes gets that row as well, from the review hooks.
 */
export const recordRestore: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation !== 'restoreVersion' || !result) return result
  const doc = result as Record<string, unknown>
  const { id: versionId, draft } = args as { id?: unknown; draft?: boolean }
  await recordAudit(req, {
    action: 'restored',
    collection: collection.slug,
    docId: doc.id,
    title: doc[collection.admin?.useAsTitle ?? 'id'],
    note: `恢复到版本 ${String(versionId)}${draft ? '（存为草稿）' : ''}`,
  })
  return result
}

/** Adds the restore record to every collection that keeps versions (for payload.config.ts). */
export const withRestoreAudit = (collection: CollectionConfig): CollectionConfig =>
  collection.versions ? { ...collection, hooks: mergeHooks(collection.hooks, { afterOperation: [recordRestore] }) } : collection
