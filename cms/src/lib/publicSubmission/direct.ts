/**
 * The public submit endpoints answered by the CMS's HTTP server itself (lib/directAnswers.ts):
 * the endpoint's own handler, found in the live config, given a request as Payload's REST handler
 * builds one for it, and its answer written with the headers Payload's REST handler adds (CORS).
 * Every check is the handler's (limits, body, schema, proof, idempotency, replay, the insert), so
 * the two ways in cannot answer differently. What is skipped is Next's routing and its Request and
 * Response objects, Payload's routing, and reading the session: a submission is a reader's whoever
 * sends it (tests/int/cms/NoticeCommentsSubmit.int.test.ts), and the handler never looks at the user.
 * At 400 comments, 16 at a time, that was most of a submission's CPU time (`pnpm bench --only
 * comments --cpu-prof`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

import { createLocalReq, headersWithCors, mergeHeaders } from 'payload'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { collectionSlugs, submissionErrors } from '@fengcai/shared'

import { offerDirectAnswer } from '@/lib/directAnswers'
import type { DirectAnswer } from '@/lib/directAnswers'

/** The public submit endpoints the server answers directly: where a rush of readers comes (#31). */
const DIRECT_ENDPOINTS = [{ collection: collectionSlugs.noticeComments, path: '/submit' }] as const

/**
 * The request's headers as parsed, as Next hands them on: not the raw ones, which still hold what
 * the client sent under the server's own peer header (the listener overwrites the parsed one).
 */
const headersOf = (request: IncomingMessage): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else if (value !== undefined) headers.set(name, value)
  }
  return headers
}

const write = async (response: ServerResponse, answer: Response, headers: Headers): Promise<void> => {
  const body = Buffer.from(await answer.arrayBuffer())
  const out: Record<string, string | string[]> = {}
  headers.forEach((value, name) => {
    out[name] = name === 'set-cookie' ? headers.getSetCookie() : value
  })
  out['content-length'] = String(body.length)
  response.writeHead(answer.status, answer.statusText || undefined, out)
  response.end(body)
}

/** One endpoint answered as Payload's REST handler (payload/dist/utilities/handleEndpoints.js) would. */
export const directAnswer =
  (payload: Payload, collection: string, endpoint: Endpoint): DirectAnswer =>
  async (request, response) => {
    let req: PayloadRequest | undefined
    try {
      let body: ReadableStream | undefined
      const partial = {
        url: `http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`,
        method: request.method,
        headers: headersOf(request),
        // As a Request's body, one stream however often asked for; made only when the handler reads
        // it (an address over its limit is answered unread, and Node drops the rest as usual).
        get body() {
          body ??= Readable.toWeb(request) as ReadableStream
          return body
        },
        payloadAPI: 'REST',
        routeParams: { collection },
      } as unknown as Partial<PayloadRequest>
      req = await createLocalReq({ req: partial }, payload)
      const answer = await endpoint.handler(req)
      await write(response, answer, headersWithCors({ headers: mergeHeaders(req.responseHeaders ?? new Headers(), answer.headers), req }))
    } catch (error) {
      // The handlers answer their own failures; this is for what happens around them.
      payload.logger.error({ err: error, msg: `direct answer to ${request.method} ${request.url} failed` })
      if (response.headersSent) return void response.destroy()
      const plain = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' })
      const headers = req ? headersWithCors({ headers: plain, req }) : plain
      await write(response, Response.json({ code: 'server-error', message: submissionErrors['server-error'] }, { status: 500 }), headers)
    }
  }

/** Offers the public submit endpoints of this Payload to the server (the config's `onInit`). */
export const offerDirectSubmits = (payload: Payload): void => {
  const api = payload.config.routes.api
  for (const { collection, path } of DIRECT_ENDPOINTS) {
    const endpoints = payload.collections[collection]?.config.endpoints
    const endpoint = endpoints ? endpoints.find((each) => each.method === 'post' && each.path === path) : undefined
    if (!endpoint) throw new Error(`no POST ${path} endpoint on ${collection} to answer directly`)
    offerDirectAnswer('POST', `${api}/${collection}${path}`, directAnswer(payload, collection, endpoint))
  }
}
