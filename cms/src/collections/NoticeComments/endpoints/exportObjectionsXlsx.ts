// GET /api/notice-comments/export.xlsx?notice=ID[,ID…] — the notices' objections as an Excel workbook, one sheet per notice.
import type { Endpoint } from 'payload'

import { attachment } from '@/lib/attachment'
import { workbookOf } from '@/lib/xlsx'

import { checkExporter, exportHandler, exportName, loadObjectionExport, noticeIds, recordObjectionExport } from './objectionExport'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * For the review meeting: the same rows as the CSV export, cell for cell, with a sheet for each
 * notice named after it. The same rule decides who may export and how much.
 */
export const exportObjectionsXlsx: Endpoint = {
  path: '/export.xlsx',
  method: 'get',
  handler: exportHandler(async (req) => {
    checkExporter(req)
    const exported = await loadObjectionExport(req, noticeIds(req))
    const workbook = await workbookOf(exported.map(({ title, table }) => ({ name: title, header: table.header, rows: table.rows })))
    await recordObjectionExport(req, exported, 'Excel')
    const ascii = exported.length === 1 ? `objections-${exported[0]?.id}.xlsx` : 'objections.xlsx'
    return new Response(new Uint8Array(workbook), {
      headers: {
        'content-type': XLSX_TYPE,
        'content-disposition': attachment(ascii, `${exportName(exported)}.xlsx`),
        'cache-control': 'no-store',
      },
    })
  }),
}
