import { Forbidden } from 'payload'
import type { CollectionSlug, Payload } from 'payload'

type LogStep = { action?: string | null; at?: string | null }

/** The two versions of the newest submission: the one 送审 saved and the one its last approval saved. */
export type ReviewComparison = { submitted: number | string; approved: number | string }

/**
 * The two moments to compare in the newest submission of a document's 审核记录: its 送审, and the
 * last approval (or publish) after it; null when it has none yet.
 */
export const comparedSteps = (log: readonly LogStep[] | null | undefined): { submittedAt: string; approvedAt: string } | null => {
  const steps = log ?? []
  const submitted = steps.findLastIndex((step) => step.action === 'submitted')
  if (submitted < 0) return null
  const approved = steps.slice(submitted + 1).findLast((step) => step.action === 'approved' || step.action === 'published')
  const submittedAt = steps[submitted]?.at
  return submittedAt && approved?.at ? { submittedAt, approvedAt: approved.at } : null
}

/**
 * The versions to compare: each step's history entry is stamped in the save's beforeChange hook
 * (hooks/enforceReview.ts), so the version that save wrote is the first one created at or after
 * the stamp. Null when a version has been pruned (50 are kept, fields/versions.ts) or the user
 * may not read versions (Payload's version view would refuse them too).
 */
export const reviewComparison = async (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  log: readonly LogStep[] | null | undefined,
  user: Parameters<Payload['findVersions']>[0]['user'],
): Promise<ReviewComparison | null> => {
  const steps = comparedSteps(log)
  if (!steps) return null
  const versionAt = async (at: string) => {
    const { docs } = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { createdAt: { greater_than_equal: at } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    return docs[0]?.id ?? null
  }
  let found: [number | string | null, number | string | null]
  try {
    found = await Promise.all([versionAt(steps.submittedAt), versionAt(steps.approvedAt)])
  } catch (error) {
    // The user may not read this collection's versions: no link to a view that would refuse them.
    if (error instanceof Forbidden) return null
    throw error
  }
  const [submitted, approved] = found
  return submitted !== null && approved !== null && submitted !== approved ? { submitted, approved } : null
}
