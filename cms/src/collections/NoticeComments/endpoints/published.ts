// GET /api/notice-comments/published?notice=ID — approved comments of a notice, as the public
// may see them: masked name, content, public reply. Objections never appear here. Also says how
// long commenters' personal data is kept, for the consent text beside the form.
import { headersWithCors } from 'payload'
import type { Endpoint } from 'payload'

import { collectionSlugs, maskName } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { retentionDays } from '@/lib/retention'

const MAX_COMMENTS = 2000

export const published: Endpoint = {
  path: '/published',
  method: 'get',
  handler: async (req) => {
    const notice = String(new URL(req.url ?? 'http://x/').searchParams.get('notice') ?? '')
    if (!/^\d{1,12}$/.test(notice)) throw publicError('公示编号格式不正确。', 400, { field: 'notice' })
    const visible = await req.payload.count({
      collection: collectionSlugs.notices,
      where: { id: { equals: Number(notice) } },
      overrideAccess: false,
      req,
    })
    if (visible.totalDocs === 0) throw publicError('没有找到这条公示。', 404)
    const found = await req.payload.find({
      collection: collectionSlugs.noticeComments,
      where: { and: [{ notice: { equals: Number(notice) } }, { kind: { equals: 'comment' } }, { status: { equals: 'approved' } }] },
      sort: 'createdAt',
      limit: MAX_COMMENTS,
      depth: 0,
      overrideAccess: true,
      select: { nomineeId: true, name: true, publicName: true, content: true, publicReply: true, createdAt: true },
    })
    const comments = found.docs.map((doc) => ({
      id: doc.id,
      nomineeId: doc.nomineeId ?? null,
      name: doc.publicName || maskName(doc.name ?? ''),
      content: doc.content,
      publicReply: doc.publicReply ?? null,
      createdAt: doc.createdAt,
    }))
    return Response.json({ comments, retentionDays: retentionDays() }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
