// GET /api/notice-comments/export?notice=ID — one notice's objections as CSV, for the review committee.
import type { Endpoint } from 'payload'

import { collectionSlugs, commentStatusLabels, formatDateTimeZh, toCsv } from '@fengcai/shared'

import { recordAudit } from '@/collections/AuditLog/record'
import { nullIfNotFound, publicError } from '@/lib/errors'

import { canModerate } from '../access'

import { noticeParam } from './noticeParam'

const MAX_ROWS = 10_000

export const exportObjections: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw publicError('请先登录。', 401)
    if (!canModerate(req.user)) throw publicError('只有公示工作人员可以导出异议。', 403)
    const notice = noticeParam(req)
    const found = await req.payload
      .findByID({ collection: collectionSlugs.notices, id: notice, depth: 0, draft: true, overrideAccess: false, user: req.user })
      .catch(nullIfNotFound)
    if (!found) throw publicError('没有找到这条公示。', 404)
    const objections = await req.payload.find({
      collection: collectionSlugs.noticeComments,
      where: { and: [{ notice: { equals: notice } }, { kind: { equals: 'objection' } }] },
      sort: 'createdAt',
      limit: MAX_ROWS,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const csv = toCsv(
      ['回执编号', '提交时间', '公示对象', '姓名', '联系电话', '电子邮箱', '异议内容', '证据说明', '状态', '办结意见', '审核备注'],
      objections.docs.map((doc) => [
        doc.receipt,
        formatDateTimeZh(new Date(doc.createdAt)),
        doc.nomineeName || '公示整体',
        doc.personalDataErasedAt ? '（已按期删除）' : doc.name,
        doc.phone,
        doc.email,
        doc.content,
        doc.evidence,
        commentStatusLabels[doc.status].zh,
        doc.resolution,
        doc.moderatorNote,
      ]),
    )
    const filename = `异议-${found.slug ?? notice}-${new Date().toISOString().slice(0, 10)}.csv`
    req.payload.logger.info({ msg: 'objections exported', notice, rows: objections.docs.length, user: req.user.id })
    // Names, phones and emails leave the CMS here: the 操作日志 says who took them, when and from where.
    await recordAudit(req, {
      action: 'personalDataExported',
      collection: collectionSlugs.notices,
      docId: notice,
      title: found.title,
      note: `导出异议 ${objections.docs.length} 条（含联系方式）`,
    })
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="objections-${notice}.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'cache-control': 'no-store',
      },
    })
  },
}
