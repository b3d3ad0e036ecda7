// POST /api/site-corrections/submit — a 网站纠错 report from the form every page of the site links to.
import type { Endpoint } from 'payload'

import { CORRECTION_PAGE, collectionSlugs, siteCorrectionSchema } from '@fengcai/shared'

import { admit, byIdempotencyKey, publicSubmitHandler, receiptAnswer } from '@/lib/publicSubmission/handler'
import type { Outcome, PublicForm } from '@/lib/publicSubmission/handler'
import { CONTACT_LIMIT, limit } from '@/lib/publicSubmission/refuse'
import { storeSubmission } from '@/lib/publicSubmission/store'
import type { SubmissionTarget } from '@/lib/publicSubmission/store'

const target: SubmissionTarget = { collection: collectionSlugs.siteCorrections, prefix: 'JC' }

const accept: PublicForm['accept'] = async (req, data): Promise<Outcome> => {
  const admitted = await admit(req, siteCorrectionSchema, data, byIdempotencyKey(req, target))
  if ('done' in admitted) return admitted.done
  const { submission, proof } = admitted
  if (submission.contact) await limit(req, `correction-contact:${submission.contact}`, CONTACT_LIMIT)
  const row = { status: 'pending', page: submission.page, content: submission.content, contact: submission.contact }
  const stored = await storeSubmission(req, target, { idempotencyKey: submission.idempotencyKey, proof, data: row })
  return receiptAnswer(stored, '感谢您的指正，我们会尽快核实处理。')
}

export const submit: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: publicSubmitHandler({
    name: 'correction',
    target,
    anchor: 'correction-form',
    fallbackPage: async () => CORRECTION_PAGE,
    accept,
    keep: ['page'],
  }),
}
