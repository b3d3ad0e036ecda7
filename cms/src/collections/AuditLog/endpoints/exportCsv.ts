// GET /api/audit-log/export.csv?action=&user=&collection=&docId=&from=&to= (or the list's where/search) — the 操作日志 as CSV, administrators only.
import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs, hasRole, shanghaiWallClock, toCsv } from '@fengcai/shared'

import { attachment } from '@/lib/attachment'
import { publicError } from '@/lib/errors'
import { refusalsAsPage } from '@/lib/refusalsAsPage'

import { auditActionLabels } from '../actions'
import type { AuditAction } from '../actions'
import { auditFilter } from '../filter'
import type { AuditFilterParams } from '../filter'
import { recordAudit } from '../record'

/** Rows read per query: the export walks the whole selection page by page. */
const PAGE = 500

/**
 * The most rows one export takes (as the objections' export): the file is built in memory, and a
 * year of a busy newsroom's log is hundreds of thousands of rows. Past it the admin narrows the dates.
 */
export const MAX_AUDIT_EXPORT_ROWS = 10_000

/** The query the export was asked with, readable (`action=loginFailed&from=2026-12-01`), or 无. */
const filterText = (req: PayloadRequest): string => {
  const params = [...new URL(req.url ?? 'http://x/').searchParams].map(([name, value]) => `${name}=${value}`)
  return params.length > 0 ? params.join('&') : '无'
}

const header = ['编号', '时间', '操作', '操作人', '内容类型', '文档编号', '标题', '来源地址（散列）', '说明']

export const exportAuditCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  // The admin's 导出 button is a link: a refusal (over 10,000 rows, say) is shown as a page.
  handler: refusalsAsPage(async (req) => {
    if (!req.user) throw publicError('请先登录。', 401)
    if (!hasRole(req.user, 'admin')) throw publicError('只有管理员可以导出操作日志。', 403)
    const filter = auditFilter((req.query ?? {}) as AuditFilterParams)
    if ('error' in filter) throw publicError(filter.error, 400, { field: filter.field })
    const { totalDocs } = await req.payload.count({ collection: collectionSlugs.auditLog, where: filter.where, overrideAccess: false, user: req.user, req })
    if (totalDocs > MAX_AUDIT_EXPORT_ROWS)
      throw publicError(`符合条件的操作日志共 ${totalDocs} 条，一次最多导出 ${MAX_AUDIT_EXPORT_ROWS} 条：请缩小起止日期范围或加上筛选条件后分次导出。`, 413)
    const rows: unknown[][] = []
    for (let page = 1, more = true; more && rows.length < MAX_AUDIT_EXPORT_ROWS; page += 1) {
      // As the admin reads the list: the same access rule, the same query checks, newest first.
      const found = await req.payload.find({
        collection: collectionSlugs.auditLog,
        where: filter.where,
        sort: ['-at', '-id'],
        limit: PAGE,
        page,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      for (const row of found.docs) {
        rows.push([
          row.id,
          shanghaiWallClock(new Date(row.at)).replace('T', ' '),
          auditActionLabels[row.action as AuditAction]?.zh ?? row.action,
          row.user,
          row.collection,
          row.docId,
          row.title,
          row.clientAddress,
          row.note,
        ])
      }
      more = found.hasNextPage
    }
    const day = shanghaiWallClock(new Date()).slice(0, 10)
    req.payload.logger.info({ msg: 'audit log exported', rows: rows.length, user: req.user.id })
    // The log holds staff emails, the emails failed logins tried and address hashes: taking it out
    // is itself a row, with the filter that chose what was taken (after the rows are read, so the
    // export never lists its own row).
    await recordAudit(req, {
      action: 'personalDataExported',
      collection: collectionSlugs.auditLog,
      title: '操作日志',
      note: `导出操作日志（CSV）：${rows.length} 条；筛选：${filterText(req)}`,
    })
    return new Response(toCsv(header, rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(`audit-log-${day}.csv`, `操作日志-${day}.csv`),
        'cache-control': 'no-store',
      },
    })
  }, `collections/${collectionSlugs.auditLog}`),
}
