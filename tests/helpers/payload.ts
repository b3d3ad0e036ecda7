/**
 * Boots the real Payload config against a fresh database of its own in the test cluster,
 * with the committed migrations applied. One per test file.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { defaultReviewChain } from '@fengcai/shared'
import type { ReviewChainConfig, Role } from '@fengcai/shared'
import type { User } from '@fengcai/shared/payload-types'

import { oneStageChain } from './reviewChain'

export { oneStageChain }

export type TestPayload = {
  payload: Payload
  databaseUrl: string
  mediaDir: string
  /** A real user with the given roles, for `overrideAccess: false` calls. */
  createUser: (roles: Role[]) => Promise<User & { password: string }>
}

/**
 * A new database in the test cluster: empty, or a copy of the one with every committed migration
 * applied once for the whole run (helpers/globalDatabase.ts) when that is ready.
 */
export const createDatabase = async ({ migrated = false }: { migrated?: boolean } = {}): Promise<string> => {
  const adminUrl = inject('pgAdminUrl')
  const name = `t_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const template = inject('pgMigratedTemplate')
    const ready = migrated && (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1
    await client.query(ready ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`)
}

export type BootOptions = {
  migrate?: boolean
  /** 站点设置 → 审核流程 for this database (after migrating): one stage everywhere unless given. */
  reviewChain?: ReviewChainConfig | 'default'
}

export const bootPayload = async ({ migrate = true, reviewChain = oneStageChain }: BootOptions = {}): Promise<TestPayload> => {
  const databaseUrl = await createDatabase({ migrated: migrate })
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-media-'))
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  process.env.MEDIA_DIR = mediaDir

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // The cluster is stopped under open pool connections at the end of the run; that is expected.
  ;(payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined)
  if (migrate) {
    // Nothing left to apply when the database is the migrated template's copy.
    const { runMigrations } = await import('@/lib/runMigrations')
    await runMigrations(payload)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { reviewChain: reviewChain === 'default' ? defaultReviewChain : reviewChain },
      overrideAccess: true,
      // Not a change of anything the site shows.
      context: { skipRebuild: true },
    })
  }

  let counter = 0
  const createUser: TestPayload['createUser'] = async (roles) => {
    counter += 1
    const password = `pw-${randomBytes(8).toString('hex')}`
    const user = await payload.create({
      collection: 'users',
      data: { email: `${roles.join('-') || 'none'}-${counter}-${Date.now()}@test.local`, password, roles },
      overrideAccess: true,
    })
    return { ...user, password }
  }

  return { payload, databaseUrl, mediaDir, createUser }
}
