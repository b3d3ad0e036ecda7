/** Development helper: the embedded PostgreSQL of `.data/` alone, for migrate:create and generate:types. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { openDatabase } from './lib/database'

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.data')
const database = await openDatabase(dataDir)
console.log(`DATABASE_URL=${database.url}`)
const stop = async () => {
  await database.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
setInterval(() => undefined, 60_000)
