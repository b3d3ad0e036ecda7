import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@fengcai/cms/scripts/lib/net'
import { serveStatic } from '@fengcai/cms/scripts/lib/static-server'

import { calibratedBatch, growsLinearly, timeDoublings } from '../../helpers/growth'

/** The site server on a free port, serving the folder `root` names at each request. */
const serve = async (root: () => string): Promise<{ server: http.Server; url: string }> => {
  const port = await freePort()
  return { server: await serveStatic(root, port, { cmsOrigin: 'https://cms.example.org' }), url: `http://127.0.0.1:${port}` }
}

describe('static site server', () => {
  let base: string
  let site: string
  let server: http.Server
  let url: string

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'fengcai-static-'))
    site = path.join(base, 'build-1')
    await mkdir(path.join(site, 'stories'), { recursive: true })
    await writeFile(path.join(site, 'stories', 'index.html'), '<p>新闻</p>')
    await writeFile(path.join(site, '404.html'), '<p>找不到这一页</p>')
    // A sibling whose name starts with the site folder's: a bare prefix check would serve it.
    await mkdir(path.join(base, 'build-10'), { recursive: true })
    await writeFile(path.join(base, 'build-10', 'secret.txt'), 'not for readers')
    ;({ server, url } = await serve(() => site))
  })

  afterAll(async () => {
    server?.close()
    await rm(base, { recursive: true, force: true })
  })

  it('should redirect a folder without its slash to a path on this site, never to another host', async () => {
    const plain = await fetch(`${url}/stories`, { redirect: 'manual' })
    expect(plain.status).toBe(301)
    expect(plain.headers.get('location')).toBe('/stories/')
    const sneaky = await fetch(`${url}/%2Fevil.example%2F..%2Fstories`, { redirect: 'manual' })
    expect(sneaky.status).toBe(301)
    expect(sneaky.headers.get('location')).toBe('/stories/')
  })

  it('should not serve a sibling folder that shares the site folder’s name as a prefix', async () => {
    const answer = await fetch(`${url}/..%2Fbuild-10%2Fsecret.txt`)
    expect(answer.status).toBe(400)
    expect(await answer.text()).not.toContain('not for readers')
  })

  it('should send the security headers with the CMS origin allowed where the pages need it', async () => {
    const answer = await fetch(`${url}/stories/`)
    const policy = answer.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).toContain("connect-src 'self' https://cms.example.org")
    expect(policy).toContain("form-action 'self' https://cms.example.org")
    expect(answer.headers.get('x-frame-options')).toBe('DENY')
  })

  it('should answer each kind of request as before, and what send adds (304, ranges) as HTTP says', async () => {
    const cases: { name: string; path: string; init?: RequestInit; status: number; body?: string }[] = [
      { name: 'a page', path: '/stories/', status: 200, body: '<p>新闻</p>' },
      { name: 'a page by its file', path: '/stories/index.html', status: 200, body: '<p>新闻</p>' },
      { name: 'a page, HEAD', path: '/stories/', init: { method: 'HEAD' }, status: 200, body: '' },
      { name: 'no such page', path: '/nothing-here', status: 404, body: '<p>找不到这一页</p>' },
      { name: 'a file asked for as a folder', path: '/stories/index.html/', status: 404, body: '<p>找不到这一页</p>' },
      { name: 'traversal to /etc/passwd', path: '/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd', status: 400 },
      { name: 'a NUL byte', path: '/stories%00.html', status: 400 },
      { name: 'broken percent-encoding', path: '/%E0%A4%A', status: 400 },
      { name: 'a POST', path: '/', init: { method: 'POST', body: 'x' }, status: 405 },
      { name: 'a range', path: '/stories/', init: { headers: { range: 'bytes=0-2' } }, status: 206, body: '<p>' },
      { name: 'a range past the end', path: '/stories/', init: { headers: { range: 'bytes=9999-' } }, status: 416 },
    ]
    for (const { name, path: address, init, status, body } of cases) {
      const answer = await fetch(`${url}${address}`, { redirect: 'manual', ...init })
      expect(answer.status, name).toBe(status)
      expect(answer.headers.get('x-content-type-options'), name).toBe('nosniff')
      if (body !== undefined) expect(await answer.text(), name).toBe(body)
    }
    const first = await fetch(`${url}/stories/`)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    // fetch adds `cache-control: no-cache` to a conditional request unless one is given, and a
    // server must not answer 304 to that.
    const again = await fetch(`${url}/stories/`, { headers: { 'if-none-match': first.headers.get('etag') ?? '', 'cache-control': 'max-age=0' } })
    expect(again.status).toBe(304)
  })

  /** A GET with exactly the headers given (fetch adds its own accept-encoding and undoes the encoding). */
  const rawGet = (address: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      http
        .get(`${url}${address}`, { headers }, (answer) => {
          const chunks: Buffer[] = []
          answer.on('data', (chunk: Buffer) => chunks.push(chunk))
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })

  it('should compress pages, styles, scripts and JSON as the browser accepts, as a CDN would, and nothing else', async () => {
    const page = `<!doctype html><p>${'志愿服务的故事。'.repeat(2000)}</p>`
    const files: Record<string, string | Buffer> = {
      'long/index.html': page,
      '_astro/site.css': `.card{color:red}\n`.repeat(500),
      '_astro/page.js': 'console.log("风采")\n'.repeat(500),
      'search-terms.json': JSON.stringify({ names: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`区${i}`, [`d${i}`]])) }),
      'pagefind/index/zxx_1234567.pf_index': zlib.gzipSync(Buffer.from('index'.repeat(1000))),
      'small/index.html': '<p>短</p>',
    }
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true })
      await writeFile(path.join(site, file), content)
    }
    const decode: Record<string, (body: Buffer) => Buffer> = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, none: (body) => body }
    for (const [file, content] of Object.entries(files)) {
      const address = `/${file.replace(/index\.html$/, '')}`
      const compressible = !file.endsWith('.pf_index') && !file.startsWith('small/')
      for (const [accepted, expected] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        ['identity', 'none'],
      ] as const) {
        const answer = await rawGet(address, { 'accept-encoding': accepted })
        const encoding = compressible ? expected : 'none'
        const where = `${file} accepting ${accepted}`
        expect(answer.status, where).toBe(200)
        expect(answer.headers['content-encoding'] ?? 'none', where).toBe(encoding)
        expect(decode[encoding]?.(answer.body).equals(Buffer.from(content)), where).toBe(true)
        if (encoding !== 'none') expect(answer.body.length, where).toBeLessThan(Buffer.byteLength(content) / 3)
        if (compressible) expect(answer.headers.vary, where).toMatch(/accept-encoding/i)
        expect(answer.headers['x-content-type-options'], where).toBe('nosniff')
      }
    }
    // A range is the file's own bytes, never a slice of the compressed stream.
    const range = await rawGet('/long/', { 'accept-encoding': 'br, gzip', range: 'bytes=0-14' })
    expect(range.status).toBe(206)
    expect(range.headers['content-encoding']).toBeUndefined()
    expect(range.body.toString()).toBe(page.slice(0, 15))
    // A compressed page's validator still answers 304.
    const first = await rawGet('/long/', { 'accept-encoding': 'br' })
    const again = await rawGet('/long/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
  })

  it('should answer 503 while the first build runs', async () => {
    const port = await freePort()
    const building = await serveStatic(() => null, port, { cmsOrigin: 'https://cms.example.org' })
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/stories/`)
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('5')
    } finally {
      building.close()
    }
  })

  it('should answer 200 or 404, never fail the process, while the worker replaces and removes the page being read', async () => {
    // The worker swaps pages in by rename and removes them; a page can vanish between the
    // server's stat and its read. An unhandled read-stream error there ended the process.
    const page = path.join(site, 'churn.html')
    const body = `<p>${'风采'.repeat(20_000)}</p>`
    let churning = true
    const churn = (async () => {
      for (let round = 0; churning; round += 1) {
        const fresh = `${page}.${round}.tmp`
        await writeFile(fresh, body)
        await rename(fresh, page)
        await rm(page, { force: true })
      }
    })()
    const outcomes = new Map<string, number>()
    for (let batch = 0; batch < 40; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${url}/churn.html`).then(
            async (answer) => {
              const text = await answer.text()
              return answer.status === 200 ? (text === body ? '200 whole' : '200 cut') : String(answer.status)
            },
            (error: unknown) => `failed: ${String(error)}`,
          ),
        ),
      )
      for (const outcome of answers) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    }
    churning = false
    await churn
    expect(
      [...outcomes.keys()].filter((outcome) => outcome !== '200 whole' && outcome !== '404'),
      JSON.stringify(Object.fromEntries(outcomes)),
    ).toEqual([])
    expect((await fetch(`${url}/stories/`)).status).toBe(200)
  })

  it('should serve the new build once the root moves to it', async () => {
    const next = path.join(base, 'build-2')
    await mkdir(next, { recursive: true })
    await writeFile(path.join(next, 'index.html'), '<p>第二版</p>')
    let current = site
    const swapping = await serve(() => current)
    try {
      expect(await (await fetch(`${swapping.url}/`)).text()).toBe('<p>找不到这一页</p>')
      current = next
      const answer = await fetch(`${swapping.url}/`)
      expect(answer.status).toBe(200)
      expect(await answer.text()).toBe('<p>第二版</p>')
      expect(answer.headers.get('cache-control')).toBe('no-cache')
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
    } finally {
      swapping.server.close()
    }
  })
})

/**
 * The site server's handling of an address grows linearly with its length, for the worst shapes
 * of it: climbing (`/..`, encoded `%2e%2e`), deep and empty segments, `./`, encoded Chinese, and
 * NUL. Node refuses a request line over 16 KB (431), so 8n stays below that.
 */
describe('static site server: addresses at n, 2n, 4n, 8n', () => {
  let site: string
  let server: http.Server
  let url: string
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'fengcai-static-growth-'))
    await writeFile(path.join(site, '404.html'), '<p>找不到这一页</p>')
    ;({ server, url } = await serve(() => site))
  })
  afterAll(async () => {
    server?.close()
    await rm(site, { recursive: true, force: true })
  })

  const shapes: Record<string, string> = {
    climbing: '/..',
    'encoded climbing': '/%2e%2e',
    'deep folders': '/a',
    'empty segments': '//',
    'dot segments': '/./',
    'encoded Chinese': '/%E4%B8%AD',
    'encoded NUL': '/%00',
  }
  for (const [name, unit] of Object.entries(shapes)) {
    it(`should answer an address of ${name} in time linear in its length`, async () => {
      const make = (chars: number): string => `${url}${unit.repeat(Math.ceil(chars / unit.length))}`
      const ask = async (address: string): Promise<number> => (await (await fetch(address, { redirect: 'manual' })).arrayBuffer()).byteLength
      const { ok, account } = await growsLinearly(async () => timeDoublings(1_500, make, ask, 3, await calibratedBatch(make(1_500), ask, 10)), 1)
      expect(ok, account).toBe(true)
    }, 30_000)
  }
})
