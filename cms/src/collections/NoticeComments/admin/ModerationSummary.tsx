import { sql } from '@payloadcms/db-postgres'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { collectionSlugs, openObjectionStatuses } from '@fengcai/shared'

import { execute } from '@/upstream/payload'

import { canModerate } from '../access'

type Row = { id: number; title: string; closes_at: string | null; pending: number; comments: number; open_objections: number; objections: number }

const listUrl = (admin: string, where: Record<string, string | number>): string => {
  const params = new URLSearchParams()
  Object.entries(where).forEach(([field, value], index) => params.set(`where[and][${index}][${field}][equals]`, String(value)))
  return `${admin}/collections/${collectionSlugs.noticeComments}?${params.toString()}`
}

/**
 * Above the list of comments: for every notice that has any, how many comments wait for a
 * decision and how many objections are still open, each a link to exactly those rows, and the
 * notice's objections for the review committee as an Excel workbook or a CSV file (and every
 * listed notice's together, a sheet each).
 */
export const ModerationSummary = async ({ payload, user }: { payload: Payload; user?: TypedUser | null }) => {
  if (!canModerate(user)) return null
  const rows = await execute<Row>(
    payload,
    sql`
      SELECT n.id, n.title, n.closes_at,
        count(*) FILTER (WHERE c.kind = 'comment' AND c.status = 'pending')::int AS pending,
        count(*) FILTER (WHERE c.kind = 'comment')::int AS comments,
        count(*) FILTER (WHERE c.kind = 'objection' AND c.status IN (${sql.join(
          openObjectionStatuses.map((status) => sql`${status}`),
          sql`, `,
        )}))::int AS open_objections,
        count(*) FILTER (WHERE c.kind = 'objection')::int AS objections
      FROM notice_comments c JOIN notices n ON n.id = c.notice_id
      GROUP BY n.id, n.title, n.closes_at
      ORDER BY n.closes_at DESC NULLS LAST
      LIMIT 50`,
  )
  const admin = payload.config.routes.admin
  const api = payload.config.routes.api
  const totalPending = rows.reduce((sum, row) => sum + row.pending, 0)
  const totalOpen = rows.reduce((sum, row) => sum + row.open_objections, 0)
  const exports = `${api}/${collectionSlugs.noticeComments}`
  const withObjections = rows.filter((row) => row.objections > 0).map((row) => row.id)
  return (
    <section className="moderation-summary" aria-labelledby="moderation-summary-title" style={{ padding: '0 var(--gutter-h)', marginBottom: '1.5rem' }}>
      <h2 id="moderation-summary-title" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        待处理：留言 <span data-testid="pending-total">{totalPending}</span> 条，异议 <span data-testid="objections-open-total">{totalOpen}</span> 件
      </h2>
      {withObjections.length > 1 ? (
        <p style={{ margin: '0 0 0.5rem' }}>
          <a href={`${exports}/export.xlsx?notice=${withObjections.join(',')}`}>下载下列公示的全部异议（Excel，每份公示一个工作表）</a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>还没有收到任何留言或异议。</p>
      ) : (
        <table className="moderation-summary__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th scope="col">公示</th>
              <th scope="col">待审核留言</th>
              <th scope="col">未办结异议</th>
              <th scope="col">导出</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-notice-id={row.id} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                <th scope="row" style={{ fontWeight: 400, textAlign: 'left', padding: '0.4rem 0.5rem 0.4rem 0' }}>
                  <a href={listUrl(admin, { notice: row.id })}>{row.title}</a>
                </th>
                <td>
                  <a href={listUrl(admin, { notice: row.id, kind: 'comment', status: 'pending' })} data-testid="pending-count">
                    {row.pending}
                  </a>
                  <span style={{ color: 'var(--theme-elevation-500)' }}> / 共 {row.comments}</span>
                </td>
                <td>
                  <a href={listUrl(admin, { notice: row.id, kind: 'objection' })} data-testid="objections-open-count">
                    {row.open_objections}
                  </a>
                  <span style={{ color: 'var(--theme-elevation-500)' }}> / 共 {row.objections}</span>
                </td>
                <td>
                  {row.objections > 0 ? (
                    <>
                      <a href={`${exports}/export.xlsx?notice=${row.id}`}>异议表（Excel）</a> · <a href={`${exports}/export?notice=${row.id}`}>CSV</a>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
