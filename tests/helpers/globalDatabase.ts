/**
 * Starts one throwaway embedded PostgreSQL (own temp folder, free port) for the integration
 * tests; each test file creates its own database in it. Removed when the run ends.
 *
 * Beside the first files, a child process applies the committed migrations once to a database
 * the others are copied from (`CREATE DATABASE … TEMPLATE`, ./payload.ts): a file that starts
 * before it is ready migrates its own database, as all did before.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedDatabase } from '@fengcai/cms/scripts/lib/database'
import { run, typescriptArgs } from '@fengcai/cms/scripts/lib/processes'

import { childEnv, repoRoot } from './stackEnv'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the cluster's maintenance database (`postgres`). */
    pgAdminUrl: string
    /** The migrated database files are copied from, once it exists (./payload.ts). */
    pgMigratedTemplate: string
  }
}

/** The template's name while the migrations run, and once they have (renamed only then). */
const MIGRATING = 'fengcai_migrating'
const MIGRATED = 'fengcai_migrated'

const query = async (adminUrl: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const makeTemplate = async (adminUrl: string): Promise<void> => {
  await query(adminUrl, `CREATE DATABASE ${MIGRATING}`)
  const cmsDir = path.join(repoRoot, 'cms')
  await run('migrate template', process.execPath, typescriptArgs('scripts/migrate.ts'), {
    cwd: cmsDir,
    quiet: true,
    // Migrations only: no job runner, so the copy holds nothing a fresh database would not.
    env: childEnv({ DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${MIGRATING}`), PAYLOAD_SECRET: randomBytes(24).toString('hex'), FENGCAI_JOBS: 'off' }),
  })
  // Its connections end with the process (the server may take a moment to see them go): a
  // database with none can be renamed, and then be a template.
  for (let tries = 0; ; tries += 1) {
    try {
      return await query(adminUrl, `ALTER DATABASE ${MIGRATING} RENAME TO ${MIGRATED}`)
    } catch (error) {
      // 55006: object_in_use.
      if ((error as { code?: string }).code !== '55006' || tries >= 50) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-int-'))
  const database = await startEmbeddedDatabase({ dir, database: 'fengcai_test', persistent: false })
  const adminUrl = database.url.replace(/\/fengcai_test$/, '/postgres')
  project.provide('pgAdminUrl', adminUrl)
  project.provide('pgMigratedTemplate', MIGRATED)
  const template = makeTemplate(adminUrl).catch((error: unknown) => {
    // Not fatal: every file then migrates its own database (and Migrations.int shows what failed).
    console.error('integration tests: the migrated template database could not be made', error)
  })
  return async () => {
    await template
    await database.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
