import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from '@/collections/Media'
import { Stories } from '@/collections/Stories'
import { Users } from '@/collections/Users'
import { requireEnv } from '@/lib/env'
import { migrations } from '@/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 风采' },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  collections: [Users, Media, Stories],
  editor: lexicalEditor(),
  secret: requireEnv('PAYLOAD_SECRET'),
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  typescript: {
    outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
  },
  db: postgresAdapter({
    pool: { connectionString: requireEnv('DATABASE_URL') },
    // The schema changes only through committed migrations, never by a silent push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations as NonNullable<Parameters<typeof postgresAdapter>[0]['prodMigrations']>,
  }),
  sharp,
  telemetry: false,
})
