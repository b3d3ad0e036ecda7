/**
 * `pnpm seed`: demo content into the project's database (embedded unless DATABASE_URL is set;
 * a running `pnpm start` is reused). Safe to run again: nothing is duplicated.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { openDatabase } from './lib/database'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))

const database = await openDatabase(dataDir)
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET ||= 'seed-script-does-not-sign-tokens'
process.env.MEDIA_DIR ||= path.join(dataDir, 'media')

try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { runMigrations } = await import('@/lib/runMigrations')
  const { seedDemoContent } = await import('@/seed/run')
  const payload = await getPayload({ config })
  // The database is stopped under the open pool below; its connections then end, as expected.
  ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => undefined)
  await runMigrations(payload)
  await seedDemoContent(payload, (message) => console.log(`[seed] ${message}`))
  console.log('[seed] 演示内容已就绪。')
} finally {
  await database.stop()
}
process.exit(0)
