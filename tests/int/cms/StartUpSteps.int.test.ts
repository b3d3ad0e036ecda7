/**
 * `pnpm start` skips its start-up step (migrations, demo accounts, demo content) only when that
 * step would do nothing; every way it would do something is generated from what it checks.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@fengcai/shared'

import { committedMigrations, startUpStepsPending } from '@fengcai/cms/scripts/lib/startUpSteps'

import { richText } from '../../helpers/lexical'
import { bootPayload, createDatabase } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { queryDatabase } from '../../helpers/sql'
import { repoRoot } from '../../helpers/stack'

const migrationsDir = path.join(repoRoot, 'cms', 'src', 'migrations')

describe("pnpm start's start-up step", () => {
  let ctx: TestPayload
  let dir: string
  let credentialsFile: string
  const pending = (databaseUrl = ctx.databaseUrl) => startUpStepsPending({ databaseUrl, migrationsDir, credentialsFile })
  const writeCredentials = (keys: string[]) =>
    writeFile(credentialsFile, JSON.stringify(Object.fromEntries(keys.map((key) => [key, { email: `${key}@demo.test`, password: 'x' }]))))

  beforeAll(async () => {
    ctx = await bootPayload()
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-startup-'))
    credentialsFile = path.join(dir, 'demo-credentials.json')
    await ctx.createUser(['admin'])
    await ctx.payload.create({ collection: 'stories', data: { title: '启动检查', body: richText('正文。'), _status: 'published' }, overrideAccess: true })
    await writeCredentials(demoAccounts.map((account) => account.key))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('should find nothing to do on a migrated database with users, stories and every demo account', async () => {
    expect(await committedMigrations(migrationsDir)).toContain('20261122_111137_initial')
    expect(await pending()).toBe(false)
  })

  it('should run the step for each thing it would do: a migration not recorded, no users, no stories, a demo account missing', async () => {
    const migrations = await committedMigrations(migrationsDir)
    for (const name of [migrations[0], migrations.at(-1)] as string[]) {
      const [row] = await queryDatabase<{ id: number }>(ctx.databaseUrl, 'DELETE FROM payload_migrations WHERE name = $1 RETURNING id', [name])
      expect(await pending(), name).toBe(true)
      await queryDatabase(ctx.databaseUrl, 'INSERT INTO payload_migrations (id, name, batch, updated_at, created_at) VALUES ($1, $2, 1, now(), now())', [
        row?.id,
        name,
      ])
    }
    expect(await pending()).toBe(false)

    // A table emptied: its rows set aside under another name, an empty one of the same shape in its place.
    for (const table of ['users', 'stories']) {
      await queryDatabase(ctx.databaseUrl, `ALTER TABLE ${table} RENAME TO ${table}_aside; CREATE TABLE ${table} (LIKE ${table}_aside)`)
      expect(await pending(), `no ${table}`).toBe(true)
      await queryDatabase(ctx.databaseUrl, `DROP TABLE ${table}; ALTER TABLE ${table}_aside RENAME TO ${table}`)
      expect(await pending()).toBe(false)
    }
    // An empty database of the same cluster: no tables at all.
    expect(await pending(await createDatabase())).toBe(true)

    for (const account of demoAccounts) {
      await writeCredentials(demoAccounts.filter((other) => other.key !== account.key).map((other) => other.key))
      expect(await pending(), account.key).toBe(true)
    }
    await writeFile(credentialsFile, '{ not json')
    expect(await pending()).toBe(true)
    await rm(credentialsFile)
    expect(await pending()).toBe(true)
    await writeCredentials(demoAccounts.map((account) => account.key))
    expect(await pending()).toBe(false)
  })
})
