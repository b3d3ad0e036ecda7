import type { CollectionSlug, Payload } from 'payload'

import { canReview, chainCollectionLabels, collectionSlugs, lastReturn } from '@fengcai/shared'
import type { ChangeRequest, ReturnStep, ReviewLogStep, ReviewState } from '@fengcai/shared'

/** The collections with a review chain, as the desk and the 待办 list name them. */
export const REVIEWED: { slug: CollectionSlug; label: string }[] = (['stories', 'galleries', 'honorRolls', 'notices', 'announcements'] as const).map((key) => ({
  slug: collectionSlugs[key],
  label: chainCollectionLabels[key],
}))

export type DeskItem = {
  id: number
  title: string
  collection: CollectionSlug
  label: string
  state: ReviewState
  request?: ChangeRequest | null
  updatedAt: string
  by: string
  /** For a returned document: the reviewer's note, name and time. */
  returned?: ReturnStep | null
}

export type Desk = { mine: DeskItem[]; waiting: DeskItem[]; requests: DeskItem[] }

const find = async (payload: Payload, where: Record<string, unknown>): Promise<DeskItem[]> => {
  const found = await Promise.all(
    REVIEWED.map(async ({ slug, label }) => {
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        where: where as never,
        sort: '-updatedAt',
        limit: 10,
        depth: 0,
        overrideAccess: true,
      })
      return docs.map((doc) => {
        const row = doc as unknown as {
          id: number
          title?: string
          reviewState?: ReviewState
          changeRequest?: ChangeRequest | null
          updatedAt: string
          updatedByName?: string
          reviewLog?: ReviewLogStep[]
        }
        const state = row.reviewState ?? 'draft'
        return {
          id: row.id,
          title: row.title || '（无标题）',
          collection: slug,
          label,
          state,
          request: row.changeRequest,
          updatedAt: row.updatedAt,
          by: row.updatedByName ?? '',
          returned: state === 'returned' ? lastReturn(row.reviewLog) : null,
        }
      })
    }),
  )
  return found
    .flat()
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .slice(0, 10)
}

/**
 * The newsroom's desk: my drafts (the documents I created, not yet submitted, or returned to me),
 * what waits for review (a writer's own submissions; for a reviewer, everyone's), and writers'
 * requests to unpublish or delete. "Mine" follows the author, not whoever saved last: a story a
 * reviewer returned stays on its author's desk.
 */
export const loadDesk = async (payload: Payload, user: { id: number; roles?: string[] | null }): Promise<Desk> => {
  const mine = { author: { equals: user.id } }
  const [drafts, waiting, requests] = await Promise.all([
    find(payload, { and: [{ _status: { equals: 'draft' } }, mine, { reviewState: { in: ['draft', 'returned'] } }] }),
    find(payload, canReview(user) ? { reviewState: { equals: 'submitted' } } : { and: [{ reviewState: { equals: 'submitted' } }, mine] }),
    // Writers' requests to unpublish or delete, for the reviewer to carry out or decline.
    find(payload, { changeRequest: { exists: true } }),
  ])
  return { mine: drafts, waiting, requests }
}
