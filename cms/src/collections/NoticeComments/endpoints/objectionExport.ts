import type { PayloadHandler, PayloadRequest, Where } from 'payload'

import { collectionSlugs, shanghaiDay } from '@fengcai/shared'

import { recordAudit } from '@/collections/AuditLog/record'
import { publicError } from '@/lib/errors'
import { refusalsAsPage } from '@/lib/refusalsAsPage'

import { canModerate } from '../access'

import { objectionTable } from './objectionTable'
import type { ObjectionTable } from './objectionTable'

/** Objections in one export, over all its notices: a larger file is refused, never cut short. */
export const MAX_EXPORT_ROWS = 10_000
/** Notices in one workbook: as many as the moderation summary lists. */
export const MAX_EXPORT_NOTICES = 50

export type NoticeExport = { id: number; title: string; slug: string | null; table: ObjectionTable }

/** Who may take objections, with names and phone numbers, out of the CMS: notice staff and admins. */
export const checkExporter = (req: PayloadRequest): NonNullable<PayloadRequest['user']> => {
  if (!req.user) throw publicError('请先登录。', 401)
  if (!canModerate(req.user)) throw publicError('只有公示工作人员可以导出异议。', 403)
  return req.user
}

/**
 * The notices of `?notice=`: one id, several ids separated by commas, or the parameter repeated;
 * in the order given, each once. Anything else is a 400 that says what to write.
 */
export const noticeIds = (req: PayloadRequest, max = MAX_EXPORT_NOTICES): number[] => {
  const given = new URL(req.url ?? 'http://x/').searchParams.getAll('notice').flatMap((value) => value.split(','))
  const several = max > 1 ? '，多份公示用英文逗号隔开' : ''
  if (given.every((value) => value.trim() === '')) throw publicError(`请用 notice=公示编号 指明要导出哪份公示${several}。`, 400, { field: 'notice' })
  const ids = [...new Set(given.map((value) => value.trim()))]
  if (ids.some((value) => !/^\d{1,12}$/.test(value))) throw publicError(`公示编号格式不正确：只能是数字${several}。`, 400, { field: 'notice' })
  if (ids.length > max) throw publicError(max === 1 ? '这里一次只能导出一份公示。' : `一次最多导出 ${max} 份公示。`, 400, { field: 'notice' })
  return ids.map(Number)
}

/**
 * The objections of the given notices as the staff member may read them, one table per notice in
 * the order asked, oldest first (ties by id, so every export lists them in the same order).
 */
export const loadObjectionExport = async (req: PayloadRequest, ids: readonly number[]): Promise<NoticeExport[]> => {
  const user = checkExporter(req)
  const notices = await req.payload.find({
    collection: collectionSlugs.notices,
    where: { id: { in: ids } },
    draft: true,
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const byId = new Map(notices.docs.map((notice) => [notice.id, notice]))
  const missing = ids.find((id) => !byId.has(id))
  if (missing !== undefined) throw publicError(`没有找到编号为 ${missing} 的公示。`, 404, { field: 'notice' })
  const where: Where = { and: [{ notice: { in: ids } }, { kind: { equals: 'objection' } }] }
  // Counted before they are read, so a refusal reads no rows.
  const { totalDocs } = await req.payload.count({ collection: collectionSlugs.noticeComments, where, overrideAccess: false, user, req })
  if (totalDocs > MAX_EXPORT_ROWS) throw publicError(`共有 ${totalDocs} 条异议，一次最多导出 ${MAX_EXPORT_ROWS} 条：请分几次、每次少选几份公示导出。`, 413)
  const objections = await req.payload.find({
    collection: collectionSlugs.noticeComments,
    where,
    sort: ['createdAt', 'id'],
    limit: MAX_EXPORT_ROWS,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const ofNotice = new Map<unknown, (typeof objections.docs)[number][]>()
  for (const doc of objections.docs) {
    const list = ofNotice.get(doc.notice)
    if (list) list.push(doc)
    else ofNotice.set(doc.notice, [doc])
  }
  return ids.map((id) => {
    const notice = byId.get(id) as (typeof notices.docs)[number]
    return { id, title: notice.title, slug: notice.slug ?? null, table: objectionTable(ofNotice.get(id) ?? []) }
  })
}

/**
 * The 操作日志 row of an export: names, phones and emails leave the CMS here, so it says who took
 * them, when, from where, and which notices' objections in which format. One row per export.
 */
export const recordObjectionExport = async (req: PayloadRequest, exported: readonly NoticeExport[], format: 'CSV' | 'Excel'): Promise<void> => {
  const rows = exported.reduce((sum, notice) => sum + notice.table.rows.length, 0)
  const scope = exported.length === 1 ? '' : `${exported.length} 份公示共 `
  req.payload.logger.info({ msg: 'objections exported', format, notices: exported.map((notice) => notice.id), rows, user: req.user?.id })
  await recordAudit(req, {
    action: 'personalDataExported',
    collection: collectionSlugs.notices,
    docId: exported.map((notice) => notice.id).join(','),
    title: exported.map((notice) => notice.title).join('；'),
    note: `导出异议表（${format}）：${scope}${rows} 条（含联系方式）`,
  })
}

/** `异议-<slug or id>-2026-12-06`, the file's Chinese name without its extension. */
export const exportName = (exported: readonly NoticeExport[]): string => {
  const first = exported[0]
  const subject = exported.length === 1 && first ? (first.slug ?? String(first.id)) : `${exported.length}份公示`
  return `异议-${subject}-${shanghaiDay(new Date())}`
}

/**
 * An export's handler as the moderation summary's links need it: those are plain links (on the
 * dashboard and the 留言与异议 list), so a refusal (over 10,000 objections, a notice since deleted)
 * is shown to the browser as a page that leads back to the list, not as JSON. The list knows
 * nothing of `?notice=`, so the way back goes without it.
 */
export const exportHandler = (handler: PayloadHandler): PayloadHandler =>
  refusalsAsPage(handler, `collections/${collectionSlugs.noticeComments}`, { withQuery: false })
