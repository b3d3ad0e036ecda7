import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import type { SharpDependency } from 'payload'

import { isAdminRequest } from '@/access/isAdmin'
import { chineseOverrides } from '@/admin/translations'
import { Announcements } from '@/collections/Announcements'
import { Attachments } from '@/collections/Attachments'
import { AuditLog } from '@/collections/AuditLog'
import { recordFailedLogins } from '@/collections/AuditLog/hooks/recordLogin'
import { withRestoreAudit } from '@/collections/AuditLog/hooks/recordRestore'
import { Columns } from '@/collections/Columns'
import { Districts } from '@/collections/Districts'
import { Galleries } from '@/collections/Galleries'
import { HonorRolls } from '@/collections/HonorRolls'
import { Media } from '@/collections/Media'
import { NoticeComments } from '@/collections/NoticeComments'
import { Notices } from '@/collections/Notices'
import { Organizations } from '@/collections/Organizations'
import { RateLimits } from '@/collections/RateLimits'
import { ReviewNotes } from '@/collections/ReviewNotes'
import { SiteCorrections } from '@/collections/SiteCorrections'
import { SiteChanges } from '@/collections/SiteChanges'
import { Stories } from '@/collections/Stories'
import { Topics } from '@/collections/Topics'
import { Users, usersLoginComponents } from '@/collections/Users'
import { Homepage } from '@/globals/Homepage'
import { SiteSettings } from '@/globals/SiteSettings'
import { WorkCalendar } from '@/globals/WorkCalendar'
import { MAX_IMAGE_PIXELS } from '@/collections/Media/hooks/checkUpload'
import { bodyEditor } from '@/editor/richText'
import { answerInputErrorsAsClientErrors } from '@/hooks/answerInputErrorsAsClientErrors'
import { eraseExpiredPersonalData } from '@/jobs/eraseExpiredPersonalData'
import { pruneAuditLogTask } from '@/jobs/pruneAuditLog'
import { sweepRateLimits } from '@/jobs/sweepRateLimits'
import { MAIL_QUEUE, mailPendingSummary, notifyObjection, queueMail, sendMail } from '@/jobs/staffMail'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/bodyLimits'
import { requireEnv } from '@/lib/env'
import { emailAdapter } from '@/lib/mail'
import { graphqlCostRule } from '@/lib/graphqlLimits'
import { QUERY_LIMITS, withQueryLimits } from '@/lib/queryLimits'
import { withApiTabForAdmins } from '@/lib/adminViews'
import { withCollectionLabelsPerLanguage, withGlobalLabelsPerLanguage } from '@/lib/labelsPerLanguage'
import { adminOrigins, cmsPublicUrl, siteUrls } from '@/lib/urls'
import { deskTodo } from '@/endpoints/deskTodo'
import { health } from '@/endpoints/health'
import { jobsCron, recordJobTick } from '@/lib/jobsHeartbeat'
import { forSeveralInstances } from '@/lib/severalInstances'
import { startInstance } from '@/lib/startInstance'
import { storagePlugins } from '@/lib/storage'
import { migrations } from '@/migrations'
import { runInShanghaiTime } from '@/lib/timeZone'

const dirname = path.dirname(fileURLToPath(import.meta.url))

runInShanghaiTime()

/** Sharp as Payload calls it, refusing to decode more pixels than an upload may have. */
const boundedSharp: SharpDependency = (input, options) => sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, ...options })

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 风采' },
    // Gravatar is unreachable from mainland China (and the admin's CSP allows no third party).
    avatar: 'default',
    // 2026年11月22日 09:00, not Payload's locale default (十一月 22日 2026, 9:00 上午).
    dateFormat: 'yyyy年M月d日 HH:mm',
    components: {
      graphics: { Logo: '@/admin/Graphics#Logo', Icon: '@/admin/Graphics#Icon' },
      // Chinese for the few strings Payload and Lexical hard-code in English (the rest is i18n below).
      providers: ['@/admin/ChineseUiStrings#ChineseUiStrings'],
      // The desk: my drafts and pending reviews for the newsroom; for notice staff, objections
      // overdue or due soon, then pending comments and open objections per notice.
      beforeDashboard: [
        '@/admin/DeskOverview#DeskOverview',
        '@/collections/NoticeComments/admin/ObjectionDeadlines#ObjectionDeadlines',
        '@/collections/NoticeComments/admin/ModerationSummary#ModerationSummary',
      ],
      // Solves a login proof of work in the background (asked for once an account is under attack).
      afterLogin: usersLoginComponents.afterLogin,
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    translations: { zh: chineseOverrides },
  },
  // Every collection populates one level at most and checks depth, page size, ids and filters.
  // Labels given per language become label functions (src/lib/labelsPerLanguage.ts). A version
  // restore is written to the 操作日志 (AuditLog/hooks/recordRestore).
  collections: [
    Stories,
    HonorRolls,
    Notices,
    NoticeComments,
    Galleries,
    Announcements,
    Topics,
    Columns,
    Districts,
    Organizations,
    Media,
    Attachments,
    Users,
    RateLimits,
    SiteChanges,
    AuditLog,
    ReviewNotes,
    SiteCorrections,
  ]
    .map(withQueryLimits)
    .map(withRestoreAudit)
    .map(withApiTabForAdmins)
    .map(withCollectionLabelsPerLanguage),
  maxDepth: QUERY_LIMITS.staffDepth,
  globals: [Homepage, SiteSettings, WorkCalendar].map(withApiTabForAdmins).map(withGlobalLabelsPerLanguage),
  endpoints: [health, deskTodo],
  // Rich text without an editor of its own is checked like the body (src/editor/refuseUnsupportedRichText).
  editor: bodyEditor,
  secret: requireEnv('PAYLOAD_SECRET'),
  serverURL: cmsPublicUrl(),
  // A cookie-carrying request from any other origin is treated as anonymous (CSRF).
  csrf: adminOrigins(),
  // The static site calls the CMS from readers' browsers (view counts, the comment form).
  cors: siteUrls(),
  graphQL: {
    // Payload's complexity limit does not count how lists multiply: ours does.
    validationRules: (args) => [graphqlCostRule(args.variableValues)],
  },
  // Past the limit Payload answers its own words (“File size limit has been reached”): ours instead.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, responseOnLimit: UPLOAD_TOO_LARGE },
  typescript: {
    outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
  },
  // Several CMS instances may share the database: migrations and job claims take locks.
  db: forSeveralInstances(
    postgresAdapter({
      pool: { connectionString: requireEnv('DATABASE_URL') },
      // The schema changes only through committed migrations, never by a silent push.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations as NonNullable<Parameters<typeof postgresAdapter>[0]['prodMigrations']>,
    }),
  ),
  jobs: {
    tasks: [eraseExpiredPersonalData, sweepRateLimits, pruneAuditLogTask, notifyObjection, mailPendingSummary, sendMail],
    // Payload lets any logged-in user run, queue or cancel jobs over REST by default.
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    // Runs scheduled publish / unpublish and the scheduled tasks inside the CMS process every minute
    // (FENGCAI_JOBS_CRON for another interval).
    // Outgoing mail every 10 s, so staff hear of an objection within seconds.
    autoRun: [
      { cron: jobsCron(), queue: 'default', limit: 20 },
      { cron: '*/10 * * * * *', queue: MAIL_QUEUE, limit: 20 },
    ],
    // Called on every tick: also the runner's heartbeat for /api/health.
    shouldAutoRun: recordJobTick,
  },
  // Public bad input (4xx) is answered in Chinese to the client; it is not a server fault.
  loggingLevels: { APIError: 'info', Forbidden: 'info', NotFound: 'info', ValidationError: 'info' },
  // A login that failed is written to the 操作日志 from here (AuditLog/hooks/recordLogin).
  hooks: { afterError: [answerInputErrorsAsClientErrors, recordFailedLogins] },
  // Checks the Payload internals we rely on (src/upstream/payload), then starts this instance's services.
  onInit: startInstance,
  sharp: boundedSharp,
  // SMTP when SMTP_URL is set (src/lib/mail.ts), a failed send queued for retry; Payload's console otherwise.
  email: emailAdapter(queueMail),
  // Media on S3-compatible storage when S3_BUCKET is set (src/lib/storage.ts), else on local disk.
  plugins: storagePlugins(),
  telemetry: false,
})
