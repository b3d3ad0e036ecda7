import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Columns } from '@/collections/Columns'
import { Districts } from '@/collections/Districts'
import { Galleries } from '@/collections/Galleries'
import { HonorRolls } from '@/collections/HonorRolls'
import { Media } from '@/collections/Media'
import { NoticeComments } from '@/collections/NoticeComments'
import { Notices } from '@/collections/Notices'
import { Organizations } from '@/collections/Organizations'
import { RateLimits } from '@/collections/RateLimits'
import { Stories } from '@/collections/Stories'
import { Users } from '@/collections/Users'
import { WorkCalendar } from '@/globals/WorkCalendar'
import { eraseExpiredPersonalData } from '@/jobs/eraseExpiredPersonalData'
import { requireEnv } from '@/lib/env'
import { keepPoolErrorsFromCrashing } from '@/lib/poolErrors'
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
  collections: [Stories, HonorRolls, Notices, NoticeComments, Galleries, Columns, Districts, Organizations, Media, Users, RateLimits],
  globals: [WorkCalendar],
  editor: lexicalEditor(),
  secret: requireEnv('PAYLOAD_SECRET'),
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  // The static site calls the CMS from readers' browsers (view counts, the comment form).
  cors: (process.env.SITE_URL || 'http://localhost:4321').split(',').map((origin) => origin.trim()),
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
  jobs: {
    tasks: [eraseExpiredPersonalData],
    // Runs scheduled publish / unpublish and the scheduled tasks inside the CMS process every minute.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.FENGCAI_JOBS !== 'off',
  },
  // Public bad input (4xx) is answered in Chinese to the client; it is not a server fault.
  loggingLevels: { APIError: 'info', Forbidden: 'info', NotFound: 'info', ValidationError: 'info' },
  onInit: keepPoolErrorsFromCrashing,
  sharp,
  telemetry: false,
})
