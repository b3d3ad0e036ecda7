import type { CollectionSlug, Payload, TypedUser } from 'payload'
import React from 'react'

import { canReview, changeRequestLabels, collectionSlugs, formatMomentZh, hasRole, reviewStateLabels } from '@fengcai/shared'
import type { ChangeRequest, ReviewState } from '@fengcai/shared'

import { staffName } from '@/lib/staff'

const REVIEWED: { slug: CollectionSlug; label: string }[] = [
  { slug: collectionSlugs.stories, label: '新闻稿' },
  { slug: collectionSlugs.galleries, label: '图集' },
  { slug: collectionSlugs.honorRolls, label: '荣誉榜' },
]

type Item = { id: number; title: string; collection: CollectionSlug; label: string; state: ReviewState; request?: ChangeRequest | null; updatedAt: string; by: string }

const drafts = async (payload: Payload, where: Record<string, unknown>): Promise<Item[]> => {
  const found = await Promise.all(
    REVIEWED.map(async ({ slug, label }) => {
      const { docs } = await payload.find({ collection: slug, draft: true, where: where as never, sort: '-updatedAt', limit: 10, depth: 0, overrideAccess: true })
      return docs.map((doc) => {
        const row = doc as unknown as { id: number; title?: string; reviewState?: ReviewState; changeRequest?: ChangeRequest | null; updatedAt: string; updatedByName?: string }
        return { id: row.id, title: row.title || '（无标题）', collection: slug, label, state: row.reviewState ?? 'draft', request: row.changeRequest, updatedAt: row.updatedAt, by: row.updatedByName ?? '' }
      })
    }),
  )
  return found.flat().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).slice(0, 10)
}

const List = ({ title, items, empty, admin, testId }: { title: string; items: Item[]; empty: string; admin: string; testId: string }) => (
  <section data-testid={testId} style={{ flex: '1 1 22rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
    <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
      {title}（{items.length}）
    </h2>
    {items.length ? (
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {items.map((item) => (
          <li key={`${item.collection}-${item.id}`} style={{ marginBottom: '0.35rem' }}>
            <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
            <span style={{ opacity: 0.75 }}>
              {' '}
              · {item.label} · {item.request ? changeRequestLabels[item.request].zh : reviewStateLabels[item.state].zh} · {formatMomentZh(new Date(item.updatedAt))}
              {item.by ? ` · ${item.by.replace(/（.*$/, '')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p style={{ margin: 0 }}>{empty}</p>
    )}
  </section>
)

/**
 * The newsroom's desk on the dashboard: my drafts (and what came back to me), what waits for
 * review, and writers' requests to unpublish or delete. Notice staff see the moderation summary
 * below it instead.
 */
export const DeskOverview = async ({ payload, user }: { payload: Payload; user?: TypedUser | null }) => {
  if (!user || !(hasRole(user, 'editor') || canReview(user))) return null
  const me = staffName(user as unknown as { name?: unknown; email?: unknown })
  const [mine, waiting, requests] = await Promise.all([
    drafts(payload, { and: [{ _status: { equals: 'draft' } }, { updatedByName: { equals: me } }, { reviewState: { in: ['draft', 'returned'] } }] }),
    drafts(payload, { reviewState: { equals: 'submitted' } }),
    // Writers' requests to unpublish or delete, for the reviewer to carry out or decline.
    drafts(payload, { changeRequest: { exists: true } }),
  ])
  const admin = payload.config.routes.admin
  return (
    <div className="desk-overview" style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', margin: '0 0 2rem' }}>
      <List title="我的草稿" items={mine} empty="没有未送审的草稿。" admin={admin} testId="my-drafts" />
      <List title={canReview(user) ? '待我审核' : '待审核'} items={waiting} empty="没有等待审核的稿件。" admin={admin} testId="pending-review" />
      <List title={canReview(user) ? '待我处理的撤稿/删除申请' : '撤稿/删除申请'} items={requests} empty="没有待处理的申请。" admin={admin} testId="pending-requests" />
    </div>
  )
}
