import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { DUE_SOON_DAYS, collectionSlugs } from '@fengcai/shared'

import { loadObjectionDeadlines } from '@/lib/objectionDeadlines'
import type { DueObjection } from '@/lib/objectionDeadlines'

import { canModerate } from '../access'

const Rows = ({ rows, admin, late }: { rows: DueObjection[]; admin: string; late: boolean }) => (
  <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
    {rows.map((row) => (
      <li key={row.id} data-receipt={row.receipt} style={{ marginBottom: '0.35rem' }}>
        <a href={`${admin}/collections/${collectionSlugs.noticeComments}/${row.id}`}>回执 {row.receipt}</a>
        <span style={{ opacity: 0.75 }}>
          {' '}
          · {row.noticeTitle} · {row.nomineeName || '整个公示'} · {row.statusLabel} ·{' '}
        </span>
        <strong style={late ? { color: 'var(--theme-error-500)' } : { fontWeight: 'normal' }}>{row.dueText}</strong>
      </li>
    ))}
  </ul>
)

/**
 * On the dashboard, for notice staff and admins: the objections not yet 已办结 whose answer
 * deadline has passed, and those due within DUE_SOON_DAYS (lib/objectionDeadlines.ts). `now`
 * is for tests with a fixed clock; Payload passes none.
 */
export const ObjectionDeadlines = async ({ payload, user, now }: { payload: Payload; user?: TypedUser | null; now?: Date }) => {
  if (!canModerate(user)) return null
  const { overdue, dueSoon } = await loadObjectionDeadlines(payload, now)
  const admin = payload.config.routes.admin
  return (
    <section
      className="objection-deadlines"
      aria-labelledby="objection-deadlines-title"
      data-testid="objection-deadlines"
      style={{ padding: '0 var(--gutter-h)', marginBottom: '1.5rem' }}
    >
      <h2 id="objection-deadlines-title" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        异议答复期限：已超期 <span data-testid="objections-overdue-total">{overdue.length}</span> 件，{DUE_SOON_DAYS} 天内到期{' '}
        <span data-testid="objections-due-soon-total">{dueSoon.length}</span> 件
      </h2>
      {overdue.length + dueSoon.length === 0 ? <p style={{ margin: 0 }}>没有超期或即将到期的异议。</p> : null}
      {overdue.length ? (
        <div data-testid="objections-overdue">
          <h3 style={{ fontSize: '1rem', margin: '0.5rem 0 0.25rem' }}>已超期</h3>
          <Rows rows={overdue} admin={admin} late />
        </div>
      ) : null}
      {dueSoon.length ? (
        <div data-testid="objections-due-soon">
          <h3 style={{ fontSize: '1rem', margin: '0.5rem 0 0.25rem' }}>即将到期</h3>
          <Rows rows={dueSoon} admin={admin} late={false} />
        </div>
      ) : null}
    </section>
  )
}
