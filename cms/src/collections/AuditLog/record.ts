import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { ipHash } from '@/lib/client'
import { PEER_HEADER } from '@/lib/clientAddress'
import { staffName } from '@/lib/staff'

import type { AuditAction } from './actions'

export type AuditEntry = { action: AuditAction; collection: string; docId: unknown; title?: unknown; note?: string | null; by?: string }

/**
 * Appends a row to the 操作日志 in the request's transaction, so a change rolled back leaves no row
 * and a change saved always has one. The client's address is stored hashed, like every address
 * the CMS keeps; a job or server code has no client, and gets none.
 */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  if (req.context?.seed) return
  const fromClient = Boolean(req.headers?.get(PEER_HEADER))
  await req.payload.create({
    collection: collectionSlugs.auditLog,
    data: {
      action: entry.action,
      collection: entry.collection,
      docId: String(entry.docId),
      title: typeof entry.title === 'string' ? entry.title : null,
      user: entry.by ?? (req.user ? staffName(req.user) : '系统'),
      at: new Date().toISOString(),
      clientAddress: fromClient ? ipHash(req) : null,
      note: entry.note ?? null,
    },
    overrideAccess: true,
    req,
  })
}
