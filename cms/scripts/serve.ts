/**
 * The CMS's HTTP server: Next (admin, REST, GraphQL) behind the checks Next cannot make itself,
 * and the public submit endpoint answered without Next (lib/cmsListener.ts). Run it instead of `next start`:
 * `pnpm --filter @fengcai/cms serve` (PORT, HOSTNAME).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { DEFAULT_CMS_PORT } from '@fengcai/shared'

import { cmsListener } from './lib/cmsListener'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || DEFAULT_CMS_PORT)
const hostname = process.env.HOSTNAME || undefined

const main = async (): Promise<void> => {
  const app = next({ dev: false, dir: cmsDir, port, hostname })
  const handle = app.getRequestHandler()
  await app.prepare()

  const server = http.createServer(cmsListener(handle))
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
