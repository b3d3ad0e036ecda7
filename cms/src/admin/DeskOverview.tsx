import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { canReview, changeRequestLabels, formatMomentZh, hasRole, reviewStateLabels } from '@fengcai/shared'

import { loadDesk } from './desk'
import { DeskTodo } from './DeskTodo'
import type { DeskItem } from './desk'

const List = ({ title, items, empty, admin, testId }: { title: string; items: DeskItem[]; empty: string; admin: string; testId: string }) => (
  <section data-testid={testId} style={{ flex: '1 1 22rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
    <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
      {title}（{items.length}）
    </h2>
    {items.length ? (
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {items.map((item) => (
          <li key={`${item.collection}-${item.id}`} style={{ marginBottom: '0.35rem' }}>
            <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
            <span style={{ opacity: 0.75 }}> · {item.label} · </span>
            <strong
              className={`desk-state desk-state--${item.state}`}
              style={item.state === 'returned' ? { color: 'var(--theme-error-500)' } : { fontWeight: 'normal', opacity: 0.75 }}
            >
              {item.request ? changeRequestLabels[item.request].zh : reviewStateLabels[item.state].zh}
            </strong>
            <span style={{ opacity: 0.75 }}>
              {' '}
              · {formatMomentZh(new Date(item.updatedAt))}
              {item.by ? ` · ${item.by.replace(/（.*$/, '')}` : ''}
            </span>
            {item.returned ? (
              <div className="desk-returned-note" style={{ fontSize: '0.9rem', margin: '0.15rem 0 0' }}>
                审核意见：{item.returned.note}（{item.returned.by}
                {item.returned.at ? `，${formatMomentZh(new Date(item.returned.at))}` : ''}）
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    ) : (
      <p style={{ margin: 0 }}>{empty}</p>
    )}
  </section>
)

/**
 * The newsroom's desk on the dashboard (what is on it: admin/desk.ts), under the 待办 list
 * (admin/DeskTodo.tsx). Notice staff see the
 * moderation summary below it instead.
 */
export const DeskOverview = async ({ payload, user }: { payload: Payload; user?: TypedUser | null }) => {
  if (!user || !(hasRole(user, 'editor') || canReview(user))) return null
  const { mine, waiting, requests } = await loadDesk(payload, user as unknown as { id: number; roles?: string[] })
  const admin = payload.config.routes.admin
  return (
    <div className="desk-overview" style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', margin: '0 0 2rem' }}>
      <DeskTodo />
      <List title="我的草稿" items={mine} empty="没有未送审或被退回的稿件。" admin={admin} testId="my-drafts" />
      <List title={canReview(user) ? '待我审核' : '待审核'} items={waiting} empty="没有等待审核的稿件。" admin={admin} testId="pending-review" />
      <List
        title={canReview(user) ? '待我处理的撤稿/删除申请' : '撤稿/删除申请'}
        items={requests}
        empty="没有待处理的申请。"
        admin={admin}
        testId="pending-requests"
      />
    </div>
  )
}
