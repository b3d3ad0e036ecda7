import http from 'node:http'

import { sameSecret } from '../../src/lib/secrets'

import { freePort } from './net'

/**
 * The local stand-in for a CDN's deploy hook: `POST /rebuild` with the shared secret asks the
 * site builder for a rebuild. Listens on loopback only.
 */
export const startRebuildEndpoint = async (
  secret: string,
  onRebuild: (reason: string) => void,
): Promise<{ url: string; close: () => void }> => {
  const port = await freePort()
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/rebuild') {
      response.writeHead(404).end()
      return
    }
    if (!sameSecret(String(request.headers['x-rebuild-secret'] ?? ''), secret)) {
      response.writeHead(401).end()
      return
    }
    let body = ''
    request.on('data', (chunk: Buffer) => {
      if (body.length < 2_000) body += chunk.toString('utf8')
    })
    request.on('end', () => {
      let reason = 'unspecified'
      try {
        reason = String((JSON.parse(body) as { reason?: unknown }).reason ?? reason)
      } catch (error) {
        console.warn(`[stack] rebuild request with unreadable body: ${String(error)}`)
      }
      onRebuild(reason)
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}/rebuild`, close: () => server.close() }
}
