import { readFile, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'
import { generateTypes } from 'payload/node'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

const here = path.dirname(fileURLToPath(import.meta.url))
const migrationDir = path.resolve(here, '../../../cms/src/migrations')
const committedTypes = path.resolve(here, '../../../shared/src/payload-types.ts')

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown> | unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('migrations', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload({ migrate: false })
  })

  it('should apply every committed migration to an empty database', async () => {
    const client = new pg.Client({ connectionString: ctx.databaseUrl })
    await client.connect()
    try {
      const before = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'users'`)
      expect(before.rows[0].n).toBe(0)

      const { runMigrations } = await import('@/lib/runMigrations')
      await runMigrations(ctx.payload)

      const files = (await readdir(migrationDir)).filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      const applied = await client.query(`SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name`)
      expect(applied.rows.map((row: { name: string }) => `${row.name}.ts`)).toEqual(files.sort())

      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
      const names = tables.rows.map((row: { table_name: string }) => row.table_name)
      expect(names).toEqual(expect.arrayContaining(['users', 'media', 'stories', '_stories_v']))
    } finally {
      await client.end()
    }
  })

  it('should leave nothing pending when run a second time', async () => {
    const { runMigrations } = await import('@/lib/runMigrations')
    await runMigrations(ctx.payload)
    const { totalDocs } = await ctx.payload.find({ collection: 'payload-migrations', limit: 0 })
    const files = (await readdir(migrationDir)).filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    expect(totalDocs).toBe(files.length)
  })

  it('should have a committed migration for every schema change in the config', async () => {
    const db = ctx.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const snapshots = (await readdir(migrationDir)).filter((file) => file.endsWith('.json')).sort()
    const latest = JSON.parse(await readFile(path.join(migrationDir, snapshots.at(-1) ?? ''), 'utf8'))
    const pending = await generateMigration(latest, await generateDrizzleJson(db.schema))
    // Non-empty means the config changed without `pnpm --filter @fengcai/cms migrate:create`.
    expect(pending).toEqual([])
  })

  it('should have committed types that match the config', async () => {
    const outputFile = path.join(os.tmpdir(), `payload-types-${process.pid}.ts`)
    const config = ctx.payload.config
    await generateTypes({ ...config, typescript: { ...config.typescript, outputFile } }, { log: false })
    const fresh = await readFile(outputFile, 'utf8')
    // Stale means: run `pnpm --filter @fengcai/cms generate:types` and commit the result.
    expect(fresh).toBe(await readFile(committedTypes, 'utf8'))
  })
})
