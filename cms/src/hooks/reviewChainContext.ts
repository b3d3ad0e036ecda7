import type { PayloadRequest } from 'payload'

import { chainFor, globalSlugs, reviewChainStep } from '@fengcai/shared'
import type { ChainCollection, ReviewChain, ReviewSignature, ReviewState, ReviewStep, collectionSlugs } from '@fengcai/shared'

import { staffName } from '@/lib/staff'

import { perDocumentNote } from './stateChangeContext'

/**
 * What the review hooks need for a step through the review chain (初审 → 复审 → 终审) beyond the
 * save itself: the chain in force, the step the 审核 endpoint was asked for, and the proofreading's
 * count of blocking findings.
 */

/** The chain a collection's documents follow now, as 站点设置 → 审核流程 sets it (the default when never saved). */
export const reviewChainOf = async (req: PayloadRequest, slug: string): Promise<ReviewChain> => {
  const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true, req })
  return chainFor(settings.reviewChain as Partial<Record<ChainCollection, unknown>> | undefined, slug as (typeof collectionSlugs)[ChainCollection])
}

/**
 * The seam for proofreading: how many findings of severity `error` the document that would be
 * published carries. Always 0 until the proofreader (`GET /api/<collection>/:id/proofread`) supplies
 * the count here; `reviewChainStep` then asks for an override reason before a publish.
 */
export const blockingFindingsFor = async (_req: PayloadRequest, _slug: string, _doc: Record<string, unknown>): Promise<number> => 0

type ChainDoc = Record<string, unknown> & { reviewState?: ReviewState | null; reviewStage?: number | null; signatures?: ReviewSignature[] | null }

/**
 * Why the user of this request may not publish the document now by the review chain (a
 * submission still awaiting an earlier stage, one person's second stage…); null when they may.
 * For the paths that publish later as this user (the scheduled publish), so they refuse up front
 * what the review hook will refuse when the job runs.
 */
export const chainPublishRefusal = async (req: PayloadRequest, slug: string, id: number | string): Promise<string | null> => {
  const user = req.user as (PayloadRequest['user'] & { reviewStages?: number[] | null }) | null
  if (!user) return '请先登录。'
  const doc = (await req.payload.findByID({
    collection: slug as 'stories',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as ChainDoc | null
  if (!doc) return null
  const result = reviewChainStep({
    chain: await reviewChainOf(req, slug),
    doc: { reviewState: doc.reviewState ?? 'draft', reviewStage: doc.reviewStage ?? null, signatures: doc.signatures ?? [] },
    user: { id: user.id, name: staffName(user), roles: user.roles, reviewStages: user.reviewStages },
    action: 'publish',
    blockingFindings: await blockingFindingsFor(req, slug, doc),
    at: new Date().toISOString(),
  })
  return 'refusal' in result ? result.refusal.message : null
}

/** The step the 审核 endpoint was asked for, with the reviewer's note and override reason. */
export type RequestedStep = { action: ReviewStep; note: string | null; overrideReason: string | null }

const requestedStep = perDocumentNote<RequestedStep>('step')

/**
 * Notes the step the endpoint takes, for the save it makes: a save alone cannot tell an approval
 * at the last stage (which publishes) from a direct publish, nor carry an override reason.
 */
export const rememberRequestedStep = requestedStep.remember

/** Takes the step noted for this document, once. */
export const takeRequestedStep = requestedStep.take
