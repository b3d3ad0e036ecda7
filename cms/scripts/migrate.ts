/** Applies pending migrations to DATABASE_URL (a release step before starting CMS instances). */
import { getPayload } from 'payload'

import config from '@payload-config'
import { runMigrations } from '@/lib/runMigrations'

const payload = await getPayload({ config })
await runMigrations(payload)
process.exit(0)
