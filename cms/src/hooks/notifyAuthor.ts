import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs, formatMomentZh } from '@fengcai/shared'

import { MAIL_QUEUE } from '@/jobs/staffMail'
import { labelIn } from '@/lib/labelsPerLanguage'
import { returnedMail } from '@/lib/mailTemplates'
import { cmsPublicUrl } from '@/lib/urls'

const returnKey = (slug: string, id: unknown) => `review:returned:${slug}:${String(id)}`

type Return = { note: string; by: string; at: string }

/** Notes that this save returns the document to its author (enforceReview decides it). */
export const rememberReturn = (req: PayloadRequest, slug: string, id: unknown, step: Return): void => {
  req.context[returnKey(slug, id)] = step
}

/**
 * Tells the author that a reviewer returned their document: a mail on the mail queue (retried while
 * the server is down), queued in the save's own transaction, so a save that fails sends nothing.
 * An author without an e-mail address (or a document without an author) is told on the desk only.
 */
export const notifyAuthorOfReturn: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = returnKey(collection.slug, doc.id)
  const step = req.context[key] as Return | undefined
  if (!step) return doc
  delete req.context[key]
  const authorId = typeof doc.author === 'object' && doc.author ? doc.author.id : doc.author
  if (!authorId) return doc
  const author = await req.payload
    .findByID({ collection: collectionSlugs.users, id: authorId, depth: 0, overrideAccess: true, req, select: { email: true } })
    .catch(() => null)
  if (!author?.email) return doc
  const kind = labelIn(collection.labels?.singular, 'zh') ?? '稿件'
  const mail = returnedMail({
    kind,
    title: String(doc[collection.admin?.useAsTitle ?? 'id'] ?? '') || '（无标题）',
    note: step.note,
    reviewer: step.by,
    at: formatMomentZh(new Date(step.at)),
    adminUrl: `${cmsPublicUrl()}/admin/collections/${collection.slug}/${doc.id}`,
  })
  await req.payload.jobs.queue({ task: 'sendMail', input: { message: { to: author.email, ...mail } }, queue: MAIL_QUEUE, req } as never)
  return doc
}
