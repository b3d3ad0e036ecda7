// GET /api/notice-comments/export?notice=ID — one notice's objections as CSV, for the review committee.
import type { Endpoint } from 'payload'

import { toCsv } from '@fengcai/shared'

import { attachment } from '@/lib/attachment'

import { checkExporter, exportHandler, exportName, loadObjectionExport, noticeIds, recordObjectionExport } from './objectionExport'

export const exportObjections: Endpoint = {
  path: '/export',
  method: 'get',
  handler: exportHandler(async (req) => {
    checkExporter(req)
    const exported = await loadObjectionExport(req, noticeIds(req, 1))
    const [{ id, table }] = exported as [(typeof exported)[number]]
    const csv = toCsv(table.header, table.rows)
    await recordObjectionExport(req, exported, 'CSV')
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(`objections-${id}.csv`, `${exportName(exported)}.csv`),
        'cache-control': 'no-store',
      },
    })
  }),
}
