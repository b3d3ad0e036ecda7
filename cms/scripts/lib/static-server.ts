import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import compression from 'compression'
import send from 'send'

import { siteContentTypeOf } from '@fengcai/shared/site-content-types'

import { mediaOrigin } from '../../src/lib/s3-settings'

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

const badAddress = (response: http.ServerResponse): void => {
  response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('地址格式不正确。')
}

const hasIndex = (folder: string): Promise<boolean> =>
  stat(path.join(folder, 'index.html')).then(
    (found) => found.isFile(),
    // A missing index is the ordinary "no page here" answer, not an error.
    () => false,
  )

/** The site's own 404 page, read whole: it is small, and a page the worker removes mid-read is simply not there. */
const notFoundPage = (dir: string): Promise<string> =>
  readFile(path.join(dir, '404.html'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    return '<!doctype html><html lang="zh-CN"><title>页面不存在</title><p>页面不存在。</p></html>'
  })

/**
 * Compresses what a CDN would (pages, styles, scripts, feeds, JSON: expressjs/compression decides
 * by content type, brotli at quality 4 or gzip as the browser accepts, nothing under 1 KB), never
 * a range (its bytes are the file's, not the compressed stream's). Pagefind's index files are
 * compressed already and served as octet streams, which it leaves alone.
 */
const compressor = () => {
  const middleware = compression({ filter: (request, response) => !request.headers.range && compression.filter(request, response) })
  return (request: http.IncomingMessage, response: http.ServerResponse, next: () => void): void => {
    void middleware(request as Parameters<typeof middleware>[0], response as Parameters<typeof middleware>[1], next)
  }
}

/**
 * Serves the built static site the way a CDN would: `/a/` → `/a/index.html`, 404 page for the
 * rest. `root()` is read on every request so a finished rebuild is switched in atomically.
 *
 * We decide what an address means (400 for one that leaves the site, 301 to the slash of a
 * folder with a page); `send` reads the file: stat, conditional GET (ETag, 304), ranges, HEAD,
 * and a read stream whose errors it handles — the worker rewrites and removes pages of the live
 * build, and deletes the previous build after a full one, so a file can vanish between the stat
 * and the read. `sirv` was the first choice but pipes its read stream with no 'error' listener
 * (sirv 3.0.2 build.mjs, `send()`: `fs.createReadStream(file, opts).pipe(res)`), the very crash
 * this replaces, and outside its dev mode it lists the folder once and would miss new pages.
 */
export const serveStatic = (root: () => string | null, port: number, options: { cmsOrigin: string }): Promise<http.Server> => {
  const security = siteSecurityHeaders(options.cmsOrigin)
  const secure = (response: http.ServerResponse): void => {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value)
  }
  const fail = (request: http.IncomingMessage, response: http.ServerResponse, error: unknown): void => {
    console.error(`[site] ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`)
    if (response.headersSent) response.destroy()
    else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('服务器内部错误，请稍后再试。')
  }
  const notFound = async (dir: string, response: http.ServerResponse): Promise<void> => {
    const page = await notFoundPage(dir)
    // `send` may have set the vanished file's length, type and validators already.
    for (const name of response.getHeaderNames()) response.removeHeader(name)
    secure(response)
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page)
  }
  const handle = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    secure(response)
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
      badAddress(response)
      return
    }
    const target = path.normalize(path.join(dir, pathname))
    if (pathname.includes('\0') || !isInside(dir, target)) {
      badAddress(response)
      return
    }
    // The address as a path inside the site: `//evil.example/../x` is `/x`, never another host.
    const sitePath = `/${path.relative(dir, target).split(path.sep).join('/')}`
    const folder = pathname.endsWith('/') && sitePath !== '/'
    const encoded = sitePath.split('/').map(encodeURIComponent).join('/') + (folder ? '/' : '')
    const fallThrough = (): void => {
      notFound(dir, response).catch((error: unknown) => fail(request, response, error))
    }
    send(request, encoded, { root: dir, index: ['index.html'], dotfiles: 'allow', cacheControl: false })
      .on('headers', (answer: http.ServerResponse, file: string) => {
        answer.setHeader('content-type', siteContentTypeOf(file))
        answer.setHeader('cache-control', 'no-cache')
      })
      .on('directory', () => {
        hasIndex(target).then(
          (found) => (found ? response.writeHead(301, { location: encodeURI(`${sitePath === '/' ? '' : sitePath}/`) }).end() : fallThrough()),
          (error: unknown) => fail(request, response, error),
        )
      })
      .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
        if (response.headersSent) response.destroy()
        else if (error.status === 404) fallThrough()
        // A range past the end (416) or a failed precondition (412): the client's request, not our fault.
        else if (error.status && error.status < 500) response.writeHead(error.status, error.headers).end()
        else fail(request, response, error)
      })
      .pipe(response)
  }
  const compress = compressor()
  const server = http.createServer((request, response) => {
    compress(request, response, () => {
      try {
        handle(request, response)
      } catch (error) {
        fail(request, response, error)
      }
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
