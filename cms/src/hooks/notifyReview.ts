import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs, formatMomentZh, hasRole, reviewStageLabel, signableStages } from '@fengcai/shared'
import type { ReviewChain, ReviewSignature } from '@fengcai/shared'

import { MAIL_QUEUE } from '@/jobs/staffMail'
import { labelIn } from '@/lib/labelsPerLanguage'
import { mailSettings } from '@/lib/mail'
import { awaitingReviewMail, publishedMail, returnedMail } from '@/lib/mailTemplates'
import type { Mail } from '@/lib/mailTemplates'
import { cmsPublicUrl } from '@/lib/urls'

import { reviewChainOf } from './reviewChainContext'

type Entry = { action?: string; by?: string | null; at?: string | null; stage?: number | null; stageName?: string | null; note?: string | null }
type Reviewed = {
  id: number
  reviewLog?: Entry[] | null
  reviewStage?: number | null
  reviewState?: string | null
  signatures?: ReviewSignature[] | null
  author?: number | { id: number } | null
}
type Staff = { id: number; email?: string | null; roles?: string[] | null; reviewStages?: number[] | null }

const idOf = (value: Reviewed['author']): number | null => (value && typeof value === 'object' ? value.id : (value ?? null))

/**
 * Who is told that a stage awaits them: the reviewers who may sign it (`users.reviewStages`) and
 * have not signed this submission already (one person signs one stage). Administrators may sign
 * any stage, but mailing every one of them on every submission would bury the mails that matter:
 * they are told only when no reviewer can take the stage. Everyone sees it on the 待办 list.
 */
const signersOf = async (req: PayloadRequest, chain: ReviewChain, stage: number, signed: Set<number>): Promise<Staff[]> => {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.users,
    where: { roles: { in: ['reviewer', 'admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { email: true, roles: true, reviewStages: true },
  })
  const able = (docs as Staff[]).filter((user) => signableStages(chain, user).includes(stage) && !signed.has(user.id))
  const reviewers = able.filter((user) => hasRole(user, 'reviewer'))
  return reviewers.length ? reviewers : able
}

const emailOf = async (req: PayloadRequest, id: number | null): Promise<string | null> => {
  if (id === null) return null
  const user = await req.payload
    .findByID({ collection: collectionSlugs.users, id, depth: 0, overrideAccess: true, req, select: { email: true } })
    .catch(() => null)
  return user?.email ?? null
}

/**
 * The mails one save's review steps send: to the reviewers of the stage now awaited (送审, or a
 * stage passed short of the last), to the author on a return (with the note) and on a publish.
 * The steps are the entries this save added to the 审核记录, as enforceReview wrote them.
 */
const mailsFor = async (req: PayloadRequest, slug: string, doc: Reviewed, added: Entry[], title: string) => {
  const kind = labelIn(req.payload.collections[slug as 'stories']?.config.labels?.singular, 'zh') ?? '稿件'
  const adminUrl = `${cmsPublicUrl()}/admin/collections/${slug}/${doc.id}`
  const actor = typeof req.user?.id === 'number' ? req.user.id : null
  const author = idOf(doc.author)
  const mails: { to: string; mail: Mail }[] = []
  const toAuthor = async (mail: Mail) => {
    const to = author !== actor ? await emailOf(req, author) : null
    if (to) mails.push({ to, mail })
  }
  for (const entry of added) {
    const at = formatMomentZh(new Date(entry.at ?? Date.now()))
    const by = entry.by ?? ''
    if (entry.action === 'returned') await toAuthor(returnedMail({ kind, title, note: entry.note ?? '', reviewer: by, at, adminUrl }))
    if (entry.action === 'published') await toAuthor(publishedMail({ kind, title, by, at, adminUrl }))
    const passed = entry.action === 'submitted' ? '已送审' : entry.action === 'approved' ? `已通过“${entry.stageName ?? ''}”` : null
    if (passed && doc.reviewState === 'submitted' && doc.reviewStage) {
      const chain = await reviewChainOf(req, slug)
      const stageName = reviewStageLabel(chain, doc.reviewStage)
      const signed = new Set((doc.signatures ?? []).map((signature) => Number(signature.userId)))
      if (actor !== null) signed.add(actor)
      for (const reviewer of await signersOf(req, chain, doc.reviewStage, signed)) {
        if (reviewer.email) mails.push({ to: reviewer.email, mail: awaitingReviewMail({ kind, title, stageName, previous: passed, by, at, adminUrl }) })
      }
    }
  }
  return mails
}

/**
 * Tells the people a review step concerns, by mail when SMTP is configured (SMTP_URL; nothing is
 * queued otherwise: the 待办 list on the dashboard says the same). Each mail is a job on the mail
 * queue, queued in the save's own transaction: it goes out only once the save has committed, a
 * save that fails sends nothing, and a mail server that is down fails the job (retried, logged),
 * never the save. Nobody is mailed about their own step, nor about saves without a user (seeds,
 * the importer, migrations).
 */
export const notifyReviewStep: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (!mailSettings() || !req.user) return doc
  const reviewed = doc as Reviewed
  const added = (reviewed.reviewLog ?? []).slice(((previousDoc as Reviewed | undefined)?.reviewLog ?? []).length)
  if (added.length === 0) return doc
  try {
    const title = String(doc[collection.admin?.useAsTitle ?? 'id'] ?? '') || '（无标题）'
    for (const { to, mail } of await mailsFor(req, collection.slug, reviewed, added, title)) {
      await req.payload.jobs.queue({ task: 'sendMail', input: { message: { to, ...mail } }, queue: MAIL_QUEUE, req } as never)
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `review mail for ${collection.slug} ${String(doc.id)} not queued` })
  }
  return doc
}
