import type { PayloadRequest } from 'payload'

import { chainFor, globalSlugs, reviewChainStep } from '@fengcai/shared'
import type {
  ChainCollection,
  ReviewChain,
  ReviewChainResult,
  ReviewChainStepInput,
  ReviewSignature,
  ReviewState,
  ReviewStep,
  collectionSlugs,
} from '@fengcai/shared'

import type { LinkChecker } from '@/lib/proofread/linkCheck'
import { proofreadDocument } from '@/lib/proofread/proofreadDocument'
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
 * External links are not looked at when a publish is decided: their check is a request to another
 * site, made off the request path (lib/proofread/linkCheck.ts), and a failing one is only a warning.
 * This checker answers "not known yet" for every address and queues nothing, so a save never
 * causes a fetch.
 */
const linksNotChecked: LinkChecker = { status: () => ({ state: 'pending' }), pending: () => 0 }

/**
 * How many findings of severity `error` the proofreader (the same as `GET /api/<collection>/:id/proofread`)
 * finds in the document that would be published: wrong words, 规范表述, 敏感词 and links to site
 * pages that are missing (known now, from the database); not external links (see linksNotChecked).
 */
export const blockingFindingsFor = async (req: PayloadRequest, slug: string, doc: Record<string, unknown>): Promise<number> => {
  const { findings } = await proofreadDocument(req.payload, slug, doc, linksNotChecked)
  return findings.filter((finding) => finding.severity === 'error').length
}

/** A chain step's outcome, with the blocking findings it was decided with (0 for a step that does not publish). */
export type ChainStepOutcome = { result: ReviewChainResult; blockingFindings: number }

/**
 * `reviewChainStep` for `doc`, the document as it would be saved: the proofreading is asked only
 * for a step that publishes, so submissions, returns and approvals short of the last stage cost no
 * more than before.
 */
export const chainStepFor = async (
  req: PayloadRequest,
  slug: string,
  doc: Record<string, unknown>,
  input: Omit<ReviewChainStepInput, 'blockingFindings'>,
): Promise<ChainStepOutcome> => {
  const unproofread = reviewChainStep(input)
  if ('refusal' in unproofread || !unproofread.next.publish) return { result: unproofread, blockingFindings: 0 }
  const blockingFindings = await blockingFindingsFor(req, slug, doc)
  return { result: blockingFindings > 0 ? reviewChainStep({ ...input, blockingFindings }) : unproofread, blockingFindings }
}

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
  const { result } = await chainStepFor(req, slug, doc, {
    chain: await reviewChainOf(req, slug),
    doc: { reviewState: doc.reviewState ?? 'draft', reviewStage: doc.reviewStage ?? null, signatures: doc.signatures ?? [] },
    user: { id: user.id, name: staffName(user), roles: user.roles, reviewStages: user.reviewStages },
    action: 'publish',
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
