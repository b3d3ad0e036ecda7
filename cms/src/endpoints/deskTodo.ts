// GET /api/desk/todo[?objections=0] — the signed-in user's 待办: submissions awaiting a stage they may sign, and their own returned documents, with counts.
import { headersWithCors } from 'payload'
import type { Endpoint } from 'payload'

import { loadDeskTodo } from '@/lib/deskTodo'
import { publicError } from '@/lib/errors'

export const deskTodo: Endpoint = {
  path: '/desk/todo',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw publicError('请先登录后台。', 401)
    // `objections=0`: the dashboard, whose own panel lists the objection deadlines, needs them once.
    const objections = new URL(req.url ?? 'http://x/').searchParams.get('objections') !== '0'
    return Response.json(await loadDeskTodo(req, new Date(), { objections }), {
      headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }),
    })
  },
}
