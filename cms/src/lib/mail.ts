import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Mail goes out through SMTP when SMTP_URL is set (smtp://user:pass@host:587 or
 * smtps://…:465; user and password URL-encoded), from MAIL_FROM (name MAIL_FROM_NAME, default
 * 风采). Without SMTP_URL, Payload writes each mail to the console, as in development.
 */
export type MailSettings = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  from: string
  fromName: string
}

export const mailSettings = (env: Record<string, string | undefined> = process.env): MailSettings | null => {
  const raw = env.SMTP_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SMTP_URL is not a URL: ${raw.replace(/\/\/[^@]*@/, '//…@')}`)
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://')
  const secure = url.protocol === 'smtps:'
  const user = decodeURIComponent(url.username)
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
    from: env.MAIL_FROM?.trim() || `noreply@${url.hostname}`,
    fromName: env.MAIL_FROM_NAME?.trim() || '风采',
  }
}

/** Marks a send made by a mail job: a failure is thrown to the job (which retries), not queued again. */
export const FROM_MAIL_JOB = 'X-Fengcai-Mail-Job'

/** The queue and task that retry mail (see jobs/staffMail.ts). */
export type QueueMail = (payload: Parameters<EmailAdapter>[0]['payload'], message: SendEmailOptions) => Promise<void>

/**
 * Wraps an adapter so that no mail is lost to a mail server that is down: a send that fails is
 * queued as a `sendMail` job on the mail queue (retried with back-off), and the caller carries on
 * — a password reset answers as usual and its mail follows when the server is back. Sends made by
 * mail jobs (marked FROM_MAIL_JOB) go straight through and fail to their job.
 */
export const retryingAdapter =
  (base: EmailAdapter, queueMail: QueueMail): EmailAdapter =>
  (args) => {
    const inner = base(args)
    return {
      ...inner,
      sendEmail: async (message) => {
        const headers = { ...((message.headers as Record<string, string> | undefined) ?? {}) }
        const fromJob = FROM_MAIL_JOB in headers
        delete headers[FROM_MAIL_JOB]
        const plain = { ...message, headers }
        if (fromJob) return inner.sendEmail(plain)
        try {
          return await inner.sendEmail(plain)
        } catch (error) {
          args.payload.logger.warn({
            msg: `mail to ${String(message.to)} failed (${error instanceof Error ? error.message : String(error)}); queued to be retried`,
          })
          await queueMail(args.payload, plain)
          return { queued: true }
        }
      },
    }
  }

/** Payload's email adapter for SMTP_URL, or undefined for the console. */
export const emailAdapter = (queueMail: QueueMail): Promise<EmailAdapter> | undefined => {
  const settings = mailSettings()
  if (!settings) return undefined
  const base = nodemailerAdapter({
    defaultFromAddress: settings.from,
    defaultFromName: settings.fromName,
    // The CMS starts while the mail server is away; a mail that fails is retried by its job.
    skipVerify: true,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.auth,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  })
  return base.then((adapter) => retryingAdapter(adapter, queueMail))
}
