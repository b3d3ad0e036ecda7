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

import { judgeBody } from '../src/lib/bodyLimits'
import { PEER_HEADER } from '../src/lib/clientAddress'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

const refuse = (response: http.ServerResponse, status: number, message: string): void => {
  // The body is left unread, so the connection cannot be reused for another request.
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'cache-control': 'no-store' })
  response.end(JSON.stringify({ errors: [{ message }] }))
}

const main = async (): Promise<void> => {
  const app = next({ dev: false, dir: cmsDir, port, hostname })
  const handle = app.getRequestHandler()
  await app.prepare()

  const server = http.createServer((request, response) => {
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? ''
    let pathname = '/'
    try {
      pathname = new URL(request.url ?? '/', 'http://cms').pathname
    } catch {
      return refuse(response, 400, '请求地址格式不正确。')
    }
    const body = judgeBody({
      pathname,
      contentLength: request.headers['content-length'],
      transferEncoding: request.headers['transfer-encoding'],
    })
    if (!body.ok) return refuse(response, body.status, body.message)
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
