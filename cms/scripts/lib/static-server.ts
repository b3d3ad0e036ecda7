import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import { mediaOrigin } from '../../src/lib/s3-settings'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

const isFile = async (file: string): Promise<boolean> => {
  try {
    return (await stat(file)).isFile()
  } catch {
    // A missing path is the ordinary "not here" answer, not an error.
    return false
  }
}

/**
 * The headers every page of the site is served with (set the same on a CDN). The policy allows
 * exactly what the pages use: their own scripts, styles and fonts, Pagefind's WebAssembly, the
 * ALTCHA solver's worker, and the CMS for images, the view beacon and the comment form.
 */
export const siteSecurityHeaders = (cmsOrigin: string, media: string | null = mediaOrigin()): Record<string, string> => ({
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    // Inline style attributes (an image's focal point) only; no inline script runs.
    "style-src 'self' 'unsafe-inline'",
    // Images from the CMS, or from the media bucket (or its CDN) when media live there.
    `img-src 'self' data: ${cmsOrigin}${media ? ` ${media}` : ''}`,
    `connect-src 'self' ${cmsOrigin}`,
    "worker-src 'self' blob:",
    `form-action 'self' ${cmsOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
})

/** True when `target` is `dir` itself or lies inside it (a bare prefix test would let `/site-evil` pass for `/site`). */
const isInside = (dir: string, target: string): boolean => target === dir || target.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep)

/**
 * Serves the built static site the way a CDN would: `/a/` → `/a/index.html`, 404 page for the
 * rest. `root()` is read on every request so a finished rebuild is switched in atomically.
 */
export const serveStatic = (root: () => string | null, port: number, options: { cmsOrigin: string }): Promise<http.Server> => {
  const security = siteSecurityHeaders(options.cmsOrigin)
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value)
    const dir = root()
    if (!dir) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' })
      response.end('网站正在生成，请稍候刷新。')
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('地址格式不正确。')
      return
    }
    if (pathname.includes('\0')) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('地址格式不正确。')
      return
    }
    const target = path.normalize(path.join(dir, pathname))
    if (!isInside(dir, target)) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('地址格式不正确。')
      return
    }
    // The address as a path inside the site: `//evil.example/../x` is `/x`, never another host.
    const sitePath = `/${path.relative(dir, target).split(path.sep).join('/')}`
    const candidates = pathname.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]
    for (const file of candidates) {
      if (await isFile(file)) {
        if (file !== target && !pathname.endsWith('/')) {
          response.writeHead(301, { location: encodeURI(`${sitePath === '/' ? '' : sitePath}/`) }).end()
          return
        }
        const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
        if (request.method === 'HEAD') response.end()
        else createReadStream(file).pipe(response)
        return
      }
    }
    const notFound = path.join(dir, '404.html')
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    if (await isFile(notFound)) createReadStream(notFound).pipe(response)
    else response.end('<!doctype html><html lang="zh-CN"><title>页面不存在</title><p>页面不存在。</p></html>')
  }
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`[site] ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`)
      if (response.headersSent) response.destroy()
      else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('服务器内部错误，请稍后再试。')
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
