import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
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
 * Serves the built static site the way a CDN would: `/a/` → `/a/index.html`, 404 page for the
 * rest. `root()` is read on every request so a finished rebuild is switched in atomically.
 */
export const serveStatic = (root: () => string | null, port: number): Promise<http.Server> => {
  const server = http.createServer(async (request, response) => {
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
    const target = path.normalize(path.join(dir, pathname))
    if (!target.startsWith(dir)) {
      response.writeHead(400).end()
      return
    }
    const candidates = pathname.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]
    for (const file of candidates) {
      if (await isFile(file)) {
        if (file !== target && !pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end()
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
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
