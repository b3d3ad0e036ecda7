import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

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

/** Payload's email adapter for SMTP_URL, or undefined for the console. */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const settings = mailSettings()
  if (!settings) return undefined
  return nodemailerAdapter({
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
}
