/**
 * The CMS's HTTP server: Next (admin, REST, GraphQL) behind two checks Next cannot make itself.
 * It records the TCP peer's address for the rate limits (Next keeps a client-sent
 * X-Forwarded-For instead of the socket address), and it refuses request bodies that are too
 * large or of unknown length before reading them. Run it instead of `next start`:
 * `pnpm --filter @fengcai/cms serve` (PORT, HOSTNAME).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { DEFAULT_CMS_PORT } from '@fengcai/shared'

import { judgeBody } from '../src/lib/bodyLimits'
import { PEER_HEADER } from '../src/lib/clientAddress'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || DEFAULT_CMS_PORT)
const hostname = process.env.HOSTNAME || undefined

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

const main = async (): Promise<void> => {
  const app = next({ dev: false, dir: cmsDir, port, hostname })
  const handle = app.getRequestHandler()
  await app.prepare()

  const server = http.createServer((request, response) => {
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
    void handle(request, response)
  })
  // Slow clients may not hold connections open forever.
  server.headersTimeout = 20_000
  server.requestTimeout = 120_000

  const close = (): void => {
    server.close(() => process.exit(0))
    // Keep-alive connections would hold the close open; the stack's grace period is 10 s.
    setTimeout(() => process.exit(0), 5_000).unref()
    server.closeIdleConnections()
  }
  process.once('SIGTERM', close)
  process.once('SIGINT', close)

  server.listen(port, hostname, () => console.log(`CMS listening on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`))
}

await main()
