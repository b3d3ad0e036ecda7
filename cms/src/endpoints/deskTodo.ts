// GET /api/desk/todo — the signed-in user's 待办: submissions awaiting a stage they may sign, and their own returned documents, with counts.
import { headersWithCors } from 'payload'
import type { Endpoint } from 'payload'

import { loadDeskTodo } from '@/lib/deskTodo'
import { publicError } from '@/lib/errors'

export const deskTodo: Endpoint = {
  path: '/desk/todo',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw publicError('请先登录后台。', 401)
    return Response.json(await loadDeskTodo(req), { headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) })
  },
}
