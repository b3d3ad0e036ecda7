'use client'
import { useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import { collectionSlugs, formatMomentZh } from '@fengcai/shared'

import type { DeskTodo as Todo, TodoItem } from '@/lib/deskTodo'

const Item = ({ item, admin }: { item: TodoItem; admin: string }) => (
  <li style={{ marginBottom: '0.35rem' }}>
    <a href={formatAdminURL({ adminRoute: admin, path: `/collections/${item.collection}/${item.id}` })}>{item.title}</a>
    <span style={{ opacity: 0.75 }}>
      {' '}
      · {item.label}
      {item.stageName ? ` · 待${item.stageName}` : ''} · {formatMomentZh(new Date(item.updatedAt))}
    </span>
    {item.returned ? (
      <div style={{ fontSize: '0.9rem' }}>
        审核意见：{item.returned.note}（{item.returned.by}）
      </div>
    ) : null}
  </li>
)

/**
 * 待办 on the dashboard: what awaits a stage the signed-in user may sign, and their own returned
 * documents (and, for editors, the 网站纠错 still to handle), from `GET /api/desk/todo` (endpoints/deskTodo.ts), so the counts are the endpoint's.
 */
export const DeskTodo = () => {
  const { config } = useConfig()
  const [todo, setTodo] = useState<Todo | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    // Without the objection deadlines: the dashboard's own panel (ObjectionDeadlines) has loaded them.
    fetch(formatAdminURL({ apiRoute: config.routes.api, path: '/desk/todo?objections=0' }), { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Todo>) : Promise.reject(new Error(String(response.status)))))
      .then(setTodo)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(Boolean(error))
      })
    return () => controller.abort()
  }, [config.routes.api])
  const admin = config.routes.admin
  return (
    <section data-testid="desk-todo" style={{ flex: '1 1 100%', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
      <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        待办
        {todo ? (
          <span data-testid="desk-todo-counts" style={{ fontWeight: 'normal', fontSize: '0.95rem' }}>
            ：待我审核 <strong>{todo.counts.review}</strong> 篇，退回给我 <strong>{todo.counts.returned}</strong> 篇
            {todo.more ? '（待办较多，只列出每类最近提交的部分）' : ''}
          </span>
        ) : null}
      </h2>
      {failed ? <p style={{ margin: 0 }}>待办暂时无法读取，请刷新页面。</p> : null}
      {todo?.corrections ? (
        <p data-testid="desk-todo-corrections" style={{ margin: '0 0 0.5rem' }}>
          <a href={formatAdminURL({ adminRoute: admin, path: `/collections/${collectionSlugs.siteCorrections}` })}>网站纠错</a>待处理{' '}
          <strong>{todo.corrections.open}</strong> 条
        </p>
      ) : null}
      {todo && todo.counts.review + todo.counts.returned === 0 ? <p style={{ margin: 0 }}>没有待办事项。</p> : null}
      {todo && (todo.review.length > 0 || todo.returned.length > 0) ? (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {[...todo.review, ...todo.returned].map((item) => (
            <Item key={`${item.collection}-${item.id}-${item.stageName ?? 'returned'}`} item={item} admin={admin} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
