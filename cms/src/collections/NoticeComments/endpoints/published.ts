// GET /api/notice-comments/published?notice=ID — approved comments of a notice, as the public
// may see them: masked name, content, public reply. Objections never appear here. Also says how
// long commenters' personal data is kept, for the consent text beside the form.
import { headersWithCors } from 'payload'
import type { Endpoint } from 'payload'

import { collectionSlugs, maskName } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { retentionDays } from '@/lib/retention'

import { noticeParam } from './noticeParam'

const MAX_COMMENTS = 2000

export const published: Endpoint = {
  path: '/published',
  method: 'get',
  handler: async (req) => {
    const notice = noticeParam(req)
    const visible = await req.payload.count({
      collection: collectionSlugs.notices,
      where: { id: { equals: notice } },
      overrideAccess: false,
      req,
    })
    if (visible.totalDocs === 0) throw publicError('没有找到这条公示。', 404)
    const found = await req.payload.find({
      collection: collectionSlugs.noticeComments,
      where: { and: [{ notice: { equals: notice } }, { kind: { equals: 'comment' } }, { status: { equals: 'approved' } }] },
      sort: 'createdAt',
      limit: MAX_COMMENTS,
      depth: 0,
      overrideAccess: true,
      select: { nomineeId: true, publicName: true, content: true, publicReply: true, createdAt: true },
    })
    const comments = found.docs.map((doc) => ({
      id: doc.id,
      nomineeId: doc.nomineeId ?? null,
      // Set from the name on every save (setPublicName), so it outlives the erased name.
      name: doc.publicName || maskName(''),
      content: doc.content,
      publicReply: doc.publicReply ?? null,
      createdAt: doc.createdAt,
    }))
    return Response.json({ comments, retentionDays: retentionDays() }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
