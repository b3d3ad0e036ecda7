/**
 * What the CMS's HTTP server (scripts/serve.ts) does with each request before Next: it records the
 * TCP peer's address for the rate limits (Next keeps a client-sent X-Forwarded-For instead of the
 * socket address), refuses request bodies that are too large or of unknown length before reading
 * them, and answers the public submit endpoint itself once Payload is up, with the endpoint's own
 * handler (src/lib/directAnswers.ts): Next's routing and request objects cost more than the
 * submission. Everything else goes to `next` (Next's request handler).
 */
import http from 'node:http'

import { securityHeaders } from '../../next.config.mjs'
import { judgeBody } from '../../src/lib/bodyLimits'
import { PEER_HEADER } from '../../src/lib/clientAddress'
import { directAnswerFor } from '../../src/lib/directAnswers'

/** How long, and how much, the rest of a refused request's body is still read (and dropped). */
const LINGER_MS = 2_000
const LINGER_BYTES = 64 * 1024 * 1024

/**
 * Answers a request without reading its body, and closes the connection. The answer is written on
 * the connection itself and only this side of it is closed, while the rest of the body is read and
 * dropped for a while (as nginx's lingering close does): closing a connection with unread data
 * makes the kernel reset it, and a client still sending its body (a 300 MB stream, a 1 MB login)
 * then lost the answer with it and saw only a broken connection instead of the message.
 */
const refuse = (request: http.IncomingMessage, status: number, message: string): void => {
  const socket = request.socket
  const body = Buffer.from(JSON.stringify({ errors: [{ message }] }))
  socket.write(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${body.length}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n`,
  )
  socket.end(body)
  const close = () => socket.destroy()
  setTimeout(close, LINGER_MS).unref()
  let dropped = 0
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > LINGER_BYTES) close()
  })
  request.on('error', () => undefined)
}

export type NextHandle = (request: http.IncomingMessage, response: http.ServerResponse) => unknown

export const cmsListener =
  (next: NextHandle): http.RequestListener =>
  (request, response) => {
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? ''
    let pathname: string
    try {
      pathname = new URL(request.url ?? '/', 'http://cms').pathname
    } catch {
      return refuse(request, 400, '请求地址格式不正确。')
    }
    const body = judgeBody({
      pathname,
      contentLength: request.headers['content-length'],
      transferEncoding: request.headers['transfer-encoding'],
    })
    if (!body.ok) return refuse(request, body.status, body.message)
    const direct = directAnswerFor(request, pathname)
    if (!direct) return void next(request, response)
    // The headers next.config.mjs gives every API answer; the endpoint's own come on top.
    for (const { key, value } of securityHeaders) response.setHeader(key, value)
    void direct(request, response)
  }
