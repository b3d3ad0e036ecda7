/**
 * `pnpm start`: the whole stack on one machine. PostgreSQL (embedded unless DATABASE_URL is
 * set), migrations and first-run demo accounts, the CMS on PORT (3000), and the static site
 * built from it on SITE_PORT (4321). Ctrl-C stops everything; data stays in `.data/`.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { openDatabase } from './lib/database'
import { waitForHttp } from './lib/net'
import { startRebuildEndpoint } from './lib/rebuild-endpoint'
import { run, supervise } from './lib/processes'
import type { Supervised } from './lib/processes'
import { SiteBuilder } from './lib/site-builder'
import { serveStatic } from './lib/static-server'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rootDir = path.resolve(cmsDir, '..')
const siteDir = path.join(rootDir, 'site')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))
const port = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const cmsUrl = `http://localhost:${port}`
const bin = (dir: string, name: string): string => path.join(dir, 'node_modules', '.bin', name)

const log = (message: string): void => console.log(`[stack] ${message}`)

/** A secret from the environment, or generated once into the data folder and kept there. */
const loadSecret = async (name: 'PAYLOAD_SECRET' | 'SITE_REBUILD_SECRET', fileName: string): Promise<string> => {
  if (process.env[name]) return process.env[name] as string
  const file = path.join(dataDir, fileName)
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/** Newest modification time of any file below the given paths. */
const newestMtime = async (paths: string[]): Promise<number> => {
  let newest = 0
  const visit = async (target: string): Promise<void> => {
    const info = await stat(target)
    if (info.isDirectory()) {
      for (const entry of await readdir(target)) await visit(path.join(target, entry))
    } else newest = Math.max(newest, info.mtimeMs)
  }
  for (const target of paths) if (existsSync(target)) await visit(target)
  return newest
}

/** `next build` when there is no build yet, or the sources changed since the last one. */
const ensureCmsBuild = async (): Promise<void> => {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  const sources = ['src', 'next.config.mjs', 'package.json', '../shared/src'].map((p) => path.join(cmsDir, p))
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= (await newestMtime(sources))) return
  log('正在构建内容管理后台（首次约需几分钟）…')
  await run('cms-build', bin(cmsDir, 'next'), ['build'], { cwd: cmsDir, env: process.env })
}

const main = async (): Promise<void> => {
  await mkdir(dataDir, { recursive: true })
  const database = await openDatabase(dataDir, () => undefined)
  log(database.embedded ? `已启动内置 PostgreSQL（数据目录 ${path.join(dataDir, 'postgres')}）` : '使用 DATABASE_URL 指定的 PostgreSQL')

  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = await loadSecret('PAYLOAD_SECRET', 'payload-secret')
  process.env.MEDIA_DIR ||= path.join(dataDir, 'media')
  process.env.FENGCAI_DATA_DIR = dataDir
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.SITE_URL ||= `http://localhost:${sitePort}`
  process.env.CMS_URL = cmsUrl
  process.env.PORT = String(port)

  const builder = new SiteBuilder({ siteDir, buildsDir: path.join(dataDir, 'site'), cmsUrl, cacheDir: path.join(dataDir, 'site-cache') })
  // Shared by the CMS and its site builder: the rebuild hook's caller shows it, and so do builds
  // (for larger pages). Kept in the data folder, so `pnpm bench:scale` can build like the stack.
  const rebuildSecret = await loadSecret('SITE_REBUILD_SECRET', 'site-rebuild-secret')
  const rebuildEndpoint = await startRebuildEndpoint(rebuildSecret, (reason) => {
    log(`内容已变更（${reason}），即将重新生成网站`)
    builder.request()
  })
  process.env.SITE_REBUILD_URL = rebuildEndpoint.url
  process.env.SITE_REBUILD_SECRET = rebuildSecret

  let cms: Supervised | null = null
  let siteServer: http.Server | null = null
  let stopping = false
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return
    stopping = true
    log('正在停止…')
    siteServer?.close()
    rebuildEndpoint.close()
    if (cms) await cms.stop()
    await database.stop()
    log('已停止。')
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  try {
    await run('migrate', bin(cmsDir, 'tsx'), ['scripts/bootstrap.ts'], { cwd: cmsDir, env: process.env })
    await ensureCmsBuild()

    // The CMS serves the admin and the API; when it dies it is restarted while the database and
    // the site go on serving (in production: the process manager's restart policy does this).
    cms = supervise('cms', bin(cmsDir, 'tsx'), ['scripts/serve.ts'], { cwd: cmsDir, env: { ...process.env, NODE_ENV: 'production' } }, (how, delay) =>
      console.error(`[stack] 内容管理后台意外退出（${how}），${Math.round(delay / 1000)} 秒后重新启动；公众网站照常访问。`),
    )
    await waitForHttp(`${cmsUrl}/api/users/me`, { accept: (status) => status === 200 })
    log(`内容管理后台已就绪：${cmsUrl}/admin`)

    await builder.restore()
    siteServer = await serveStatic(builder.current, sitePort, { cmsOrigin: new URL(process.env.CMS_PUBLIC_URL || cmsUrl).origin })
    await builder.buildNow()

    const credentials = path.join(dataDir, 'demo-credentials.json')
    console.log(
      [
        '',
        '风采已启动：',
        `  内容管理后台  ${cmsUrl}/admin`,
        `  公众网站      http://localhost:${sitePort}/`,
        `  演示账号      ${credentials}`,
        '  按 Ctrl-C 停止。',
        '',
      ].join('\n'),
    )
  } catch (error) {
    console.error(`[stack] 启动失败：${error instanceof Error ? error.message : String(error)}`)
    await shutdown(1)
  }
}

await main()
