// POST /api/notice-comments/submit — a comment or objection from the public notice page.
import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs, commentSubmissionSchema, noticeStatus, pageOf, sections, submissionErrors } from '@fengcai/shared'

import { nullIfNotFound } from '@/lib/errors'
import { admit, publicSubmitHandler, receiptAnswer } from '@/lib/publicSubmission/handler'
import type { FieldReader, Outcome } from '@/lib/publicSubmission/handler'
import { CONTACT_LIMIT, fail, limit } from '@/lib/publicSubmission/refuse'
import { storeSubmission } from '@/lib/publicSubmission/store'
import type { SubmissionTarget } from '@/lib/publicSubmission/store'

import { publicNameOf } from '../hooks/setPublicName'

import { readSubmissionContext } from './submissionContext'

const target: SubmissionTarget = { collection: collectionSlugs.noticeComments, prefix: 'GS' }

/**
 * A comment is stored in one statement of our own (lib/publicSubmission/insertOnce.ts): what the
 * collection's hooks do on a comment's create is setPublicName's masked name (below) and
 * recordStatusChange's first entry (the statement's own); the rest act on updates or on objections
 * (tests/int/cms/NoticeCommentsOnce.int.test.ts holds this list to the config). An objection goes
 * through Payload's create: its hooks compute the answer deadline from the work calendar and queue
 * the staff mail in its transaction.
 */
const commentTarget: SubmissionTarget = {
  ...target,
  once: {
    collection: target.collection,
    fields: [
      'receipt',
      'idempotencyKey',
      'kind',
      'status',
      'notice',
      'nomineeId',
      'nomineeName',
      'name',
      'phone',
      'email',
      'content',
      'evidence',
      'publicName',
      'ipHash',
      'userAgent',
    ],
    relationships: ['notice'],
    history: 'statusHistory',
    derive: (data) => ({ publicName: publicNameOf(data.name) }),
  },
}

/** The notice's page on the site, for a reader sent back without a usable Referer. */
const noticePage = async (req: PayloadRequest, field: FieldReader): Promise<string> => {
  const noticeId = await field('noticeId')
  if (typeof noticeId !== 'string' || !/^\d{1,12}$/.test(noticeId)) return sections.notices
  const notice = await req.payload
    .findByID({ collection: collectionSlugs.notices, id: Number(noticeId), depth: 0, overrideAccess: false, select: { slug: true } })
    .catch(nullIfNotFound)
    .catch((error: unknown) => {
      // Already answering (often a failure): the notices list is still a page of the site.
      req.payload.logger.error({ err: error, msg: 'could not look up the notice page to send a form post back to', noticeId })
      return null
    })
  return notice?.slug ? pageOf('notices', notice.slug) : sections.notices
}

const accept = async (req: PayloadRequest, data: Record<string, unknown>): Promise<Outcome> => {
  const admitted = await admit(req, commentSubmissionSchema, data, (submission) => readSubmissionContext(req.payload, submission))
  if ('done' in admitted) return admitted.done
  const { submission, proof, context } = admitted
  const { notice, nominee } = context
  if (!notice) return fail(422, 'notice-not-found', { noticeId: submissionErrors['notice-not-found'] })
  if (submission.nomineeId && !nominee) fail(422, 'nominee-not-found', { nomineeId: submissionErrors['nominee-not-found'] })
  const status = noticeStatus(new Date(notice.opensAt ?? 0), new Date(notice.closesAt ?? Number.NaN))
  if (status === 'upcoming') fail(409, 'upcoming')
  if (status === 'closed') fail(409, 'closed')

  if (submission.phone) await limit(req, `submit-phone:${submission.phone}`, CONTACT_LIMIT)

  const stored = await storeSubmission(req, submission.kind === 'comment' ? commentTarget : target, {
    idempotencyKey: submission.idempotencyKey,
    proof,
    data: {
      kind: submission.kind,
      status: submission.kind === 'objection' ? 'received' : 'pending',
      notice: Number(submission.noticeId),
      nomineeId: submission.nomineeId,
      nomineeName: nominee?.name,
      name: submission.name,
      phone: submission.phone,
      email: submission.email,
      content: submission.content,
      evidence: submission.evidence,
    },
  })
  return receiptAnswer(stored, submission.kind === 'objection' ? '异议已受理，请保存回执编号以便查询。' : '留言已收到，审核通过后将在公示页显示。')
}

export const submit: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: publicSubmitHandler({ name: 'submit', target, anchor: 'notice-feedback', fallbackPage: noticePage, accept }),
}
