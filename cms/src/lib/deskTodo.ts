import type { PayloadRequest, TypedUser } from 'payload'

import { collectionSlugs, lastReturn, openCorrectionStatuses, reviewChainStep, reviewStageLabel } from '@fengcai/shared'
import type { ReturnStep, ReviewLogStep, ReviewSignature, ReviewState } from '@fengcai/shared'

import { REVIEWED } from '@/admin/desk'
import { canModerate } from '@/collections/NoticeComments/access'
import { canHandleCorrections } from '@/collections/SiteCorrections/access'
import { reviewChainOf } from '@/hooks/reviewChainContext'
import { loadObjectionDeadlines } from '@/lib/objectionDeadlines'
import type { ObjectionDeadlines } from '@/lib/objectionDeadlines'
import { QUERY_LIMITS } from '@/lib/queryLimits'
import { staffName } from '@/lib/staff'

export type TodoItem = {
  collection: string
  label: string
  id: number
  title: string
  updatedAt: string
  /** For an item awaiting review: the stage it awaits, by name. */
  stageName?: string
  /** For an item returned to its author: the reviewer's note, name and time. */
  returned?: ReturnStep | null
}

export type DeskTodo = {
  counts: { review: number; returned: number }
  review: TodoItem[]
  returned: TodoItem[]
  /** Some collection holds more submissions than the list reads (QUERY_LIMITS.deskRows), so the counts are of the newest. */
  more: boolean
  /** For notice staff and admins: objections overdue and due soon (lib/objectionDeadlines.ts). */
  objections?: ObjectionDeadlines
  /** For editors and admins: 网站纠错 reports not yet handled (待处理 and 处理中). */
  corrections?: { open: number }
}

type Row = {
  id: number
  title?: string | null
  updatedAt: string
  reviewState?: ReviewState | null
  reviewStage?: number | null
  signatures?: ReviewSignature[] | null
  reviewLog?: ReviewLogStep[] | null
}

type ChainUser = TypedUser & { reviewStages?: number[] | null }

/** 网站纠错 reports still to handle, counted as the user may read them. */
const openCorrections = async (req: PayloadRequest): Promise<number> =>
  (
    await req.payload.count({
      collection: collectionSlugs.siteCorrections,
      where: { status: { in: [...openCorrectionStatuses] } },
      overrideAccess: false,
      user: req.user,
      req,
    })
  ).totalDocs

/**
 * The signed-in user's 待办: the submissions awaiting a stage they may sign now, and their own
 * documents returned to them. "May sign" is asked of reviewChainStep, the rule the 审核 endpoint
 * applies, for an approval of each submission the user can read: so a stage outside their
 * `reviewStages`, or a submission of which they already signed a stage, is not on the list.
 * Proofreading findings are left out: they ask for a reason, not for another reviewer. Notice
 * staff also get the objections whose answer is overdue or due soon at `now`, unless `objections`
 * is false: the dashboard has its own panel of them (ObjectionDeadlines) and asks without.
 */
export const loadDeskTodo = async (req: PayloadRequest, now: Date = new Date(), { objections: withObjections = true } = {}): Promise<DeskTodo> => {
  const user = req.user as ChainUser
  const chainUser = { id: user.id, name: staffName(user), roles: user.roles, reviewStages: user.reviewStages }
  const at = now.toISOString()
  const perCollection = await Promise.all(
    REVIEWED.map(async ({ slug, label }) => {
      const chain = await reviewChainOf(req, slug)
      const { docs, hasNextPage } = await req.payload.find({
        collection: slug,
        draft: true,
        where: { or: [{ reviewState: { equals: 'submitted' } }, { and: [{ reviewState: { equals: 'returned' } }, { author: { equals: user.id } }] }] },
        sort: '-updatedAt',
        limit: QUERY_LIMITS.deskRows,
        depth: 0,
        overrideAccess: false,
        user,
        req,
        select: { title: true, updatedAt: true, reviewState: true, reviewStage: true, signatures: true, reviewLog: true } as never,
      })
      const rows = docs as unknown as Row[]
      const item = (row: Row): TodoItem => ({ collection: slug, label, id: row.id, title: row.title || '（无标题）', updatedAt: row.updatedAt })
      const review = rows
        .filter((row) => row.reviewState === 'submitted')
        .filter((row) => {
          const doc = { reviewState: 'submitted' as const, reviewStage: row.reviewStage ?? null, signatures: row.signatures ?? [] }
          return 'next' in reviewChainStep({ chain, doc, user: chainUser, action: 'approve', at })
        })
        .map((row) => ({ ...item(row), stageName: reviewStageLabel(chain, Math.min(row.reviewStage ?? 1, chain.stages.length)) }))
      const returned = rows.filter((row) => row.reviewState === 'returned').map((row) => ({ ...item(row), returned: lastReturn(row.reviewLog) }))
      return { review, returned, more: hasNextPage }
    }),
  )
  const newestFirst = (a: TodoItem, b: TodoItem) => (a.updatedAt < b.updatedAt ? 1 : -1)
  const review = perCollection.flatMap((part) => part.review).sort(newestFirst)
  const returned = perCollection.flatMap((part) => part.returned).sort(newestFirst)
  const objections = withObjections && canModerate(user) ? { objections: await loadObjectionDeadlines(req.payload, now) } : {}
  const corrections = canHandleCorrections(user) ? { corrections: { open: await openCorrections(req) } } : {}
  const more = perCollection.some((part) => part.more)
  return { counts: { review: review.length, returned: returned.length }, review, returned, more, ...objections, ...corrections }
}
