/**
 * An endpoint staff open through a plain link in the admin (an export's download) answers its
 * refusals to the browser's navigation as a short page in Chinese with a way back, where Payload
 * would show the raw JSON a script reads: `{"errors":[{"message":"…"}]}` for a 413 is no message.
 * A script's request (no `Sec-Fetch-Mode: navigate`, no HTML first in `Accept`) still gets the JSON.
 */
import { APIError } from 'payload'
import type { PayloadHandler, PayloadRequest } from 'payload'

import { escapeHtml } from '@fengcai/shared/html/escape'

const isNavigation = (req: PayloadRequest): boolean =>
  req.headers.get('sec-fetch-mode') === 'navigate' || (req.headers.get('accept') ?? '').startsWith('text/html')

const page = (message: string, back: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>无法完成</title></head><body style="font: 16px/1.6 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">` +
  `<h1 style="font-size: 1.25rem">无法完成</h1><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">返回</a></p></body></html>`

/**
 * `handler`, with a public refusal it throws answered as a page to a navigation. `backTo` is the
 * admin page to go back to (`collections/audit-log`), with the request's query where the admin
 * list and the export share it (`withQuery`), so the list opens with the same filter.
 */
export const refusalsAsPage =
  (handler: PayloadHandler, backTo: string, { withQuery = true } = {}): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (!(error instanceof APIError) || !error.isPublic || !isNavigation(req)) throw error
      const search = withQuery ? new URL(req.url ?? 'http://x/').search : ''
      const back = `${req.payload.config.routes.admin}/${backTo}${search}`
      return new Response(page(error.message, back), {
        status: error.status,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      })
    }
  }
