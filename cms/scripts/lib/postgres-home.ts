/**
 * Where the embedded PostgreSQL's binaries and cluster live. PostgreSQL refuses to run as root, so
 * as root it runs as the `postgres` system user, who must be able to enter every folder above
 * both. A checkout in a 0700 folder (root's home, a `mktemp -d` folder) is closed to that user:
 * then the binaries are copied once to `/var/lib/fengcai/postgres-<version>/` and the cluster is
 * kept in `/var/lib/fengcai/clusters/<hash of the data folder>/`, owned by `postgres` with mode
 * 0700, and the data folder's `cluster` is a symbolic link to it. Nothing in the checkout's own
 * folders changes mode; the data persists across restarts like any other `/var/lib` state.
 */
import { execFile } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { chmod, chown, cp, lstat, mkdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import type { ServerUser } from './postgres-server'

const run = promisify(execFile)

/** Root of everything placed outside a checkout (root only). */
export const POSTGRES_HOME = '/var/lib/fengcai'

/** The folders above these paths that other users may not enter (no execute bit for others). */
export const untraversable = (paths: string[]): string[] => {
  const blocked = new Set<string>()
  for (const target of paths) {
    for (let folder = path.dirname(path.resolve(target)); ; folder = path.dirname(folder)) {
      if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) blocked.add(folder)
      if (folder === path.dirname(folder)) break
    }
  }
  return [...blocked]
}

const ids = async (name: string): Promise<ServerUser | undefined> => {
  try {
    const { stdout } = await run('getent', ['passwd', name])
    const [, , uid, gid] = stdout.trim().split(':')
    return { uid: Number(uid), gid: Number(gid) }
  } catch {
    return undefined
  }
}

/** The `postgres` system user (created when missing) when we run as root; otherwise none. */
export const serverUser = async (): Promise<ServerUser | undefined> => {
  if (process.getuid?.() !== 0) return undefined
  const found = await ids('postgres')
  if (found) return found
  const groupExists = await run('getent', ['group', 'postgres']).then(
    () => true,
    () => false,
  )
  await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', ...(groupExists ? ['-g', 'postgres'] : ['--user-group']), 'postgres'])
  const created = await ids('postgres')
  if (!created) throw new Error('无法创建运行内置 PostgreSQL 所需的 postgres 系统用户。')
  return created
}

const reachableHome = async (): Promise<string> => {
  await mkdir(POSTGRES_HOME, { recursive: true, mode: 0o755 })
  await chmod(POSTGRES_HOME, 0o755)
  return POSTGRES_HOME
}

/** The binaries folder `user` can reach: the package's own, else a copy under POSTGRES_HOME. */
export const reachableBinaries = async (packaged: { dir: string; version: string }, user?: ServerUser): Promise<string> => {
  if (!user || untraversable([path.join(packaged.dir, 'bin', 'postgres')]).length === 0) return packaged.dir
  const target = path.join(await reachableHome(), `postgres-${packaged.version}`)
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target
  // Copy beside the target, then rename: a second start never sees half a copy. The name is this
  // call's own: two starts in one process (the test runner's set-ups) copy side by side.
  const partial = `${target}.partial-${process.pid}-${randomUUID()}`
  await cp(packaged.dir, partial, { recursive: true, verbatimSymlinks: true })
  await chmod(partial, 0o755)
  await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true })
    if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error
  })
  return target
}

/** A cluster folder under POSTGRES_HOME, owned by `user` with mode 0700 (created when missing). */
const ownedClusterFolder = async (target: string, user: ServerUser): Promise<string> => {
  await reachableHome()
  await mkdir(path.dirname(target), { recursive: true, mode: 0o755 })
  await mkdir(target, { recursive: true, mode: 0o700 })
  await chown(target, user.uid, user.gid)
  return target
}

/**
 * The cluster folder for `dir/cluster` that `user` can reach. An existing folder stays where it is;
 * a link made earlier is followed; a new cluster under a closed folder goes under POSTGRES_HOME.
 */
export const reachableCluster = async (dir: string, user?: ServerUser): Promise<string> => {
  const link = path.join(dir, 'cluster')
  const existing = await lstat(link).catch(() => undefined)
  if (existing?.isSymbolicLink()) {
    const target = path.resolve(dir, await readlink(link))
    // Its folder removed by hand (to start afresh): made again where the link points.
    return user && !existsSync(target) ? ownedClusterFolder(target, user) : target
  }
  if (existing || !user || untraversable([link]).length === 0) return link
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16)
  const target = await ownedClusterFolder(path.join(POSTGRES_HOME, 'clusters', key), user)
  await symlink(target, link)
  return target
}
