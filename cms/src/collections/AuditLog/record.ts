import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { ipHash } from '@/lib/client'
import { PEER_HEADER } from '@/lib/clientAddress'
import { staffName } from '@/lib/staff'

import type { AuditAction } from './actions'

export type AuditEntry = {
  action: AuditAction
  collection: string
  /** The document acted on; none for a failed login to an unknown account. */
  docId?: unknown
  title?: unknown
  note?: string | null
  /** Who, when not the request's user: the scheduled run's wording, the email a failed login tried. */
  by?: string
}

/** Notes and titles are shown in a table cell and a CSV cell, not read as essays. */
const MAX_TEXT = 1000

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, MAX_TEXT) : null)

/**
 * Appends a row to the 操作日志 in the request's transaction, so a change rolled back leaves no row
 * and a change saved always has one. The client's address is stored hashed, like every address
 * the CMS keeps (the same TRUST_PROXY reading as rate limits); a job or server code has no client,
 * and gets none.
 */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  if (req.context?.seed) return
  const fromClient = Boolean(req.headers?.get(PEER_HEADER))
  await req.payload.create({
    collection: collectionSlugs.auditLog,
    data: {
      action: entry.action,
      collection: entry.collection,
      docId: entry.docId === undefined || entry.docId === null ? null : String(entry.docId),
      title: text(entry.title),
      user: entry.by ?? (req.user ? staffName(req.user) : '系统'),
      at: new Date().toISOString(),
      clientAddress: fromClient ? ipHash(req) : null,
      note: text(entry.note),
    },
    overrideAccess: true,
    req,
  })
}

export type OverrideEntry = { collection: string; id: unknown; title?: unknown; reason: string }

/**
 * For code that lets a save go ahead although a rule would have stopped it (a publish despite
 * proofreading errors, say): the 操作日志 row of that decision, with the reason the user gave.
 * Call it in the save's request, so it is written only if the save is.
 */
export const recordOverride = (req: PayloadRequest, { collection, id, title, reason }: OverrideEntry): Promise<void> =>
  recordAudit(req, { action: 'overridden', collection, docId: id, title, note: reason })
