/**
 * `pnpm start`: the whole stack on one machine. PostgreSQL (embedded unless DATABASE_URL is
 * set), migrations and first-run demo accounts, the CMS on PORT (3000), and the static site
 * built from it on SITE_PORT (4321). Ctrl-C stops everything; data stays in `.data/`.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DEFAULT_CMS_PORT, DEFAULT_SITE_PORT, localhostUrl } from '@fengcai/shared'

import { ensureCmsBuild } from './lib/cmsBuild'
import { currentSite } from './lib/current-site'
import { openDatabase } from './lib/database'
import { freePort, waitForHttp } from './lib/net'
import { startUpStepsPending } from './lib/startUpSteps'
import { run, supervise, typescriptArgs } from './lib/processes'
import { siteWorkerEnv } from './lib/site-worker-env'
import type { Supervised } from './lib/processes'
import { serveStatic } from './lib/static-server'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rootDir = path.resolve(cmsDir, '..')
const siteDir = path.join(rootDir, 'site')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))
const port = Number(process.env.PORT || DEFAULT_CMS_PORT)
const sitePort = Number(process.env.SITE_PORT || DEFAULT_SITE_PORT)
const cmsUrl = localhostUrl(port)

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

/** Resolves when the worker started at `since` has built the site for the first time. */
const waitForFirstSite = async (buildsDir: string, since: number): Promise<void> => {
  for (;;) {
    const status = await readFile(path.join(buildsDir, 'status.json'), 'utf8').then(
      (text) => JSON.parse(text) as { readyAt?: string },
      () => null,
    )
    if (status?.readyAt && Date.parse(status.readyAt) >= since) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
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
  process.env.SITE_URL ||= localhostUrl(sitePort)
  process.env.CMS_URL = cmsUrl
  process.env.PORT = String(port)

  const buildsDir = path.join(dataDir, 'site')
  // Shared by the CMS and the site worker: the worker shows it to read the publishing queue and
  // larger pages, the CMS to nudge the worker. Kept in the data folder, so `pnpm bench:scale`
  // can build like the stack.
  const rebuildSecret = await loadSecret('SITE_REBUILD_SECRET', 'site-rebuild-secret')
  const workerPort = await freePort([port, sitePort, ...(process.env.EMBEDDED_PG_PORT ? [Number(process.env.EMBEDDED_PG_PORT)] : [])])
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${workerPort}/rebuild`
  process.env.SITE_REBUILD_SECRET = rebuildSecret

  let cms: Supervised | null = null
  let worker: Supervised | null = null
  let siteServer: http.Server | null = null
  let stopping = false
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return
    stopping = true
    log('正在停止…')
    siteServer?.close()
    if (worker) await worker.stop()
    if (cms) await cms.stop()
    await database.stop()
    log('已停止。')
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  try {
    // Migrations, demo accounts and demo content; skipped when there is nothing to do (every later start).
    const pending = await startUpStepsPending({
      databaseUrl: database.url,
      migrationsDir: path.join(cmsDir, 'src', 'migrations'),
      credentialsFile: path.join(dataDir, 'demo-credentials.json'),
    })
    if (pending) await run('migrate', process.execPath, typescriptArgs('scripts/bootstrap.ts'), { cwd: cmsDir, env: process.env })
    await ensureCmsBuild(log)

    // The CMS serves the admin and the API; when it dies it is restarted while the database and
    // the site go on serving (in production: the process manager's restart policy does this).
    cms = supervise(
      'cms',
      process.execPath,
      typescriptArgs('scripts/serve.ts'),
      { cwd: cmsDir, env: { ...process.env, NODE_ENV: 'production' } },
      (how, delay) => console.error(`[stack] 内容管理后台意外退出（${how}），${Math.round(delay / 1000)} 秒后重新启动；公众网站照常访问。`),
    )
    await waitForHttp(`${cmsUrl}/api/users/me`, { accept: (status) => status === 200 })
    log(`内容管理后台已就绪：${cmsUrl}/admin`)

    // The last good site of an earlier run is served at once, while the worker builds.
    siteServer = await serveStatic(currentSite(buildsDir), sitePort, { cmsOrigin: new URL(process.env.CMS_PUBLIC_URL || cmsUrl).origin })
    const workerStarted = Date.now()
    worker = supervise(
      'site',
      process.execPath,
      typescriptArgs('src/worker/main.ts'),
      {
        cwd: siteDir,
        env: siteWorkerEnv(process.env, {
          CMS_URL: cmsUrl,
          SITE_BUILDS_DIR: buildsDir,
          SITE_CACHE_DIR: path.join(dataDir, 'site-cache'),
          SITE_WORKER_PORT: String(workerPort),
        }),
      },
      (how, delay) => console.error(`[stack] 网站发布进程意外退出（${how}），${Math.round(delay / 1000)} 秒后重新启动；公众网站照常访问上一版。`),
    )
    await waitForFirstSite(buildsDir, workerStarted)

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
