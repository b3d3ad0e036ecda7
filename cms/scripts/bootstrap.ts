/**
 * One-shot start-up step, run by `pnpm start` before the CMS serves: applies pending
 * migrations and, on an empty database, creates the demo accounts. Needs DATABASE_URL,
 * PAYLOAD_SECRET and FENGCAI_DATA_DIR in the environment.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '@payload-config'
import { runMigrations } from '@/lib/runMigrations'
import { ensureDemoUsers } from '@/seed/demoUsers'
import { seedDemoContent } from '@/seed/run'

const dataDir = process.env.FENGCAI_DATA_DIR
if (!dataDir) throw new Error('FENGCAI_DATA_DIR is not set')

const payload = await getPayload({ config })
await runMigrations(payload)

const credentialsFile = path.join(dataDir, 'demo-credentials.json')
const created = await ensureDemoUsers(payload, credentialsFile)
if (created) {
  console.log(`\n首次启动：已创建演示账号（密码只显示这一次，另存于 ${credentialsFile}）`)
  for (const [key, { email, password }] of Object.entries(created)) {
    console.log(`  ${key.padEnd(12)} ${email}  ${password}`)
  }
  console.log('')
}
const { totalDocs: stories } = await payload.count({ collection: 'stories', overrideAccess: true })
if (stories === 0) {
  console.log('空数据库：正在写入演示内容…')
  await seedDemoContent(payload, (message) => console.log(`  ${message}`))
}
// Payload keeps its pool open; the process's work is done, so leave without waiting on it.
process.exit(0)
