/**
 * Whether `pnpm start`'s one-shot start-up step (scripts/bootstrap.ts: migrations, demo accounts,
 * demo content) has anything to do, read with one connection and no Payload. Booting Payload
 * under tsx to find nothing to do costs 10–13 s on every start; this answers in milliseconds.
 * It only ever says "nothing to do" when bootstrap.ts would do nothing: every committed migration
 * is recorded, the database has users and stories, and the credentials file names every demo
 * account. Anything else (or any doubt: a missing table, an unreadable file) runs the step.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'

import pg from 'pg'

import { demoAccounts } from '@fengcai/shared'

/** The committed migrations' names: the files of the migrations folder, as Payload records them. */
export const committedMigrations = async (migrationsDir: string): Promise<string[]> =>
  (await readdir(migrationsDir)).filter((file) => file.endsWith('.ts') && file !== 'index.ts').map((file) => file.slice(0, -'.ts'.length))

export const startUpStepsPending = async ({
  databaseUrl,
  migrationsDir,
  credentialsFile,
}: {
  databaseUrl: string
  migrationsDir: string
  credentialsFile: string
}): Promise<boolean> => {
  if (!existsSync(credentialsFile)) return true
  try {
    const known = JSON.parse(await readFile(credentialsFile, 'utf8')) as Record<string, unknown>
    if (demoAccounts.some((account) => !known[account.key])) return true
  } catch {
    return true
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => undefined)
  try {
    await client.connect()
    const recorded = new Set((await client.query<{ name: string }>('SELECT name FROM payload_migrations')).rows.map((row) => row.name))
    if ((await committedMigrations(migrationsDir)).some((name) => !recorded.has(name))) return true
    const counts = await client.query<{ users: boolean; stories: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM users) AS users, EXISTS (SELECT 1 FROM stories) AS stories',
    )
    const row = counts.rows[0]
    return !(row?.users && row.stories)
  } catch {
    return true
  } finally {
    await client.end().catch(() => undefined)
  }
}
