/**
 * The first `pnpm start` from a checkout in a 0700 folder (root's home, a `mktemp -d` folder):
 * as root PostgreSQL runs as the `postgres` system user, who cannot enter that folder.
 */
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { startEmbeddedDatabase } from '@fengcai/cms/scripts/lib/database'
import { POSTGRES_HOME, reachableBinaries, untraversable } from '@fengcai/cms/scripts/lib/postgres-home'

const query = async (url: string, sql: string): Promise<unknown[]> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe.skipIf(process.getuid?.() !== 0)('embedded PostgreSQL started as root', () => {
  it('should start from a checkout in a 0700 folder and keep its data across restarts', async () => {
    const checkout = await mkdtemp(path.join(os.tmpdir(), 'fengcai-checkout-'))
    expect((await stat(checkout)).mode & 0o777).toBe(0o700)
    const dir = path.join(checkout, '.data', 'postgres')
    await mkdir(dir, { recursive: true })
    let cluster: string | undefined
    try {
      const first = await startEmbeddedDatabase({ dir, database: 'fengcai' })
      try {
        await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$留$$)')
      } finally {
        await first.stop()
      }
      // The checkout's folder keeps its mode; the cluster lives where `postgres` can reach it.
      expect((await stat(checkout)).mode & 0o777).toBe(0o700)
      expect((await lstat(path.join(dir, 'cluster'))).isSymbolicLink()).toBe(true)
      cluster = await readlink(path.join(dir, 'cluster'))
      expect(cluster.startsWith(`${POSTGRES_HOME}/`)).toBe(true)
      expect((await stat(cluster)).mode & 0o777).toBe(0o700)

      const second = await startEmbeddedDatabase({ dir, database: 'fengcai' })
      try {
        expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: '留' }])
      } finally {
        await second.stop()
      }

      // Its folder deleted to start afresh: a new, empty cluster where the link points.
      await rm(cluster, { recursive: true, force: true })
      const fresh = await startEmbeddedDatabase({ dir, database: 'fengcai' })
      try {
        expect(await query(fresh.url, "SELECT count(*)::int AS tables FROM pg_tables WHERE tablename = 'kept'")).toEqual([{ tables: 0 }])
      } finally {
        await fresh.stop()
      }
    } finally {
      if (cluster) await rm(cluster, { recursive: true, force: true })
      await rm(checkout, { recursive: true, force: true })
    }
  })
  it('should copy binaries out of a 0700 folder to one the postgres user can reach', async () => {
    const checkout = await mkdtemp(path.join(os.tmpdir(), 'fengcai-checkout-'))
    const native = path.join(checkout, 'node_modules', 'native')
    await mkdir(path.join(native, 'bin'), { recursive: true })
    await writeFile(path.join(native, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o755 })
    const version = `test-${path.basename(checkout)}`
    let copied: string | undefined
    try {
      copied = await reachableBinaries({ dir: native, version }, { uid: 0, gid: 0 })
      expect(copied).toBe(path.join(POSTGRES_HOME, `postgres-${version}`))
      expect(untraversable([path.join(copied, 'bin', 'postgres')])).toEqual([])
      expect(await readFile(path.join(copied, 'bin', 'postgres'), 'utf8')).toBe('#!/bin/sh\n')
      // A second start reuses the copy.
      expect(await reachableBinaries({ dir: native, version }, { uid: 0, gid: 0 })).toBe(copied)
    } finally {
      if (copied) await rm(copied, { recursive: true, force: true })
      await rm(checkout, { recursive: true, force: true })
    }
  })
  it('should let two starts in one process copy the binaries side by side', async () => {
    // The test runner's set-ups start databases at once in one process: each copy must be its own
    // until one is renamed into place (a shared temporary name lost files under the other's copy).
    const checkout = await mkdtemp(path.join(os.tmpdir(), 'fengcai-checkout-'))
    const native = path.join(checkout, 'node_modules', 'native')
    await mkdir(path.join(native, 'bin'), { recursive: true })
    await writeFile(path.join(native, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o755 })
    for (let folder = 0; folder < 20; folder += 1) {
      const dir = path.join(native, 'share', `zone-${folder}`)
      await mkdir(dir, { recursive: true })
      for (let file = 0; file < 40; file += 1) await writeFile(path.join(dir, `f${file}`), `${folder}-${file}`)
    }
    const version = `test-${path.basename(checkout)}`
    const target = path.join(POSTGRES_HOME, `postgres-${version}`)
    try {
      const starts = await Promise.allSettled([1, 2, 3].map(() => reachableBinaries({ dir: native, version }, { uid: 0, gid: 0 })))
      expect(starts.map((start) => (start.status === 'fulfilled' ? start.value : String(start.reason)))).toEqual([target, target, target])
      expect(await readFile(path.join(target, 'share', 'zone-19', 'f39'), 'utf8')).toBe('19-39')
      expect((await readdir(POSTGRES_HOME)).filter((entry) => entry.startsWith(`postgres-${version}.partial`))).toEqual([])
    } finally {
      await rm(target, { recursive: true, force: true })
      await rm(checkout, { recursive: true, force: true })
    }
  })
})
