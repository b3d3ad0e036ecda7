import type { Payload, TaskConfig } from 'payload'

import { collectionSlugs, formatDateTimeZh, formatDateZh, formatMomentZh, formatNoticeLastDay, noticeStatus, openObjectionStatuses } from '@fengcai/shared'
import type { CommentKind, CommentStatus } from '@fengcai/shared'

import { FROM_MAIL_JOB } from '@/lib/mail'
import type { QueueMail } from '@/lib/mail'
import { objectionNoticeMail, pendingSummaryMail } from '@/lib/mailTemplates'
import type { Mail, OverdueRow, PendingSummaryRow } from '@/lib/mailTemplates'
import { loadObjectionDeadlines } from '@/lib/objectionDeadlines'
import { clearRateLimit, hitRateLimit } from '@/lib/rateLimit'
import { cmsPublicUrl } from '@/lib/urls'

/** The queue of outgoing mail: its own minute-fraction cron, so a notice goes out in seconds. */
export const MAIL_QUEUE = 'mail'

/**
 * A mail that cannot be sent (the SMTP server is down, say) fails its job, and Payload runs the
 * job again after 30 s, 1 min, 2 min, … — twelve tries, about a day and a half in all. The base
 * delay is MAIL_RETRY_DELAY_MS (tests shorten it).
 */
const retries = () => ({ attempts: 12, backoff: { type: 'exponential' as const, delay: Number(process.env.MAIL_RETRY_DELAY_MS) || 30_000 } })

/** Everyone who moderates notices; admins only where no notice staff account exists. */
export const noticeStaffAddresses = async (payload: Payload): Promise<string[]> => {
  const find = async (role: string) =>
    (
      await payload.find({
        collection: collectionSlugs.users,
        where: { roles: { in: [role] } },
        limit: 200,
        depth: 0,
        overrideAccess: true,
        select: { email: true },
      })
    ).docs
      .map((user) => user.email)
      .filter(Boolean)
  const staff = await find('notice-staff')
  return staff.length ? staff : find('admin')
}

const send = async (payload: Payload, to: string[], mail: Mail): Promise<void> => {
  // Throws when the server refuses or cannot be reached: the job fails and is retried.
  await payload.sendEmail({ to: to.join(', '), subject: mail.subject, text: mail.text, html: mail.html, headers: { [FROM_MAIL_JOB]: '1' } })
}

type QueuedMessage = { to?: unknown; cc?: unknown; bcc?: unknown; from?: unknown; replyTo?: unknown; subject?: string; text?: string; html?: string }

/** Queues a mail whose direct send failed (the retrying adapter in lib/mail.ts). */
export const queueMail: QueueMail = async (payload, message) => {
  const { to, cc, bcc, from, replyTo, subject, text, html } = message as QueuedMessage
  await payload.jobs.queue({ task: 'sendMail', input: { message: { to, cc, bcc, from, replyTo, subject, text, html } }, queue: MAIL_QUEUE } as never)
}

/** A mail that could not be sent at once (a password reset while the server was down, say). */
export const sendMail: TaskConfig = {
  slug: 'sendMail',
  label: '重发未能送出的邮件',
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  retries: retries(),
  handler: async ({ input, req }) => {
    const message = (input as { message: QueuedMessage }).message
    await req.payload.sendEmail({ ...message, headers: { [FROM_MAIL_JOB]: '1' } } as never)
    return { output: {} }
  },
}

const adminLink = (collection: string, id?: number | string): string => `${cmsPublicUrl()}/admin/collections/${collection}${id === undefined ? '' : `/${id}`}`

export const notifyObjection: TaskConfig = {
  slug: 'notifyObjection',
  label: '通知公示工作人员：新异议',
  inputSchema: [{ name: 'commentId', type: 'number', required: true }],
  retries: retries(),
  handler: async ({ input, req }) => {
    const commentId = Number((input as { commentId: number }).commentId)
    const comment = await req.payload
      .findByID({
        collection: collectionSlugs.noticeComments,
        id: commentId,
        depth: 1,
        overrideAccess: true,
        select: { receipt: true, notice: true, nomineeName: true, createdAt: true },
      })
      .catch(() => null)
    // Deleted before the mail went out: nothing to tell.
    if (!comment) return { output: {} }
    const notice = typeof comment.notice === 'object' ? comment.notice : null
    const to = await noticeStaffAddresses(req.payload)
    if (to.length === 0) return { output: {} }
    await send(
      req.payload,
      to,
      objectionNoticeMail({
        receipt: comment.receipt,
        noticeTitle: notice?.title ?? `公示 ${String(comment.notice)}`,
        nomineeName: comment.nomineeName,
        receivedAt: formatMomentZh(new Date(comment.createdAt)),
        adminUrl: adminLink(collectionSlugs.noticeComments, comment.id),
      }),
    )
    return { output: {} }
  },
}

/** The summary goes out once a day, on the first run from 09:00 Beijing time. */
const SUMMARY_HOUR = 9

/** The Beijing calendar day and hour (the shared formatter's `YYYY-MM-DD HH:mm`). */
const shanghaiNow = (now: Date) => {
  const moment = formatDateTimeZh(now)
  return { day: moment.slice(0, 10), hour: Number(moment.slice(11, 13)) }
}

/** Open notices with comments awaiting moderation or objections not yet resolved. */
export const pendingSummaryRows = async (payload: Payload, now: Date = new Date()): Promise<PendingSummaryRow[]> => {
  const notices = await payload.find({
    collection: collectionSlugs.notices,
    where: { and: [{ opensAt: { less_than_equal: now.toISOString() } }, { closesAt: { greater_than: now.toISOString() } }] },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { title: true, opensAt: true, closesAt: true },
  })
  const rows: PendingSummaryRow[] = []
  for (const notice of notices.docs) {
    if (noticeStatus(new Date(notice.opensAt), new Date(String(notice.closesAt)), now) !== 'open') continue
    const count = async (kind: CommentKind, statuses: readonly CommentStatus[]) =>
      (
        await payload.count({
          collection: collectionSlugs.noticeComments,
          where: { and: [{ notice: { equals: notice.id } }, { kind: { equals: kind } }, { status: { in: [...statuses] } }] },
          overrideAccess: true,
        })
      ).totalDocs
    const pendingComments = await count('comment', ['pending'])
    const openObjections = await count('objection', openObjectionStatuses)
    if (pendingComments + openObjections === 0) continue
    rows.push({
      noticeTitle: notice.title,
      closesAt: formatNoticeLastDay(new Date(String(notice.closesAt))),
      pendingComments,
      openObjections,
      adminUrl: `${adminLink(collectionSlugs.noticeComments)}?where[notice][equals]=${notice.id}`,
    })
  }
  return rows
}

/** Objections past their answer deadline at `now`, of any notice (most are of closed ones). */
const overdueRows = async (payload: Payload, now: Date): Promise<OverdueRow[]> =>
  (await loadObjectionDeadlines(payload, now)).overdue.map((row) => ({ ...row, adminUrl: adminLink(collectionSlugs.noticeComments, row.id) }))

/**
 * Sends the day's summary if it is due and not yet sent; returns whether it sent one. The day is
 * marked in PostgreSQL after the mail went out, so several instances send it once, and a failed
 * send is tried again on the next run.
 */
export const sendPendingSummary = async (payload: Payload, now: Date = new Date()): Promise<boolean> => {
  const { day, hour } = shanghaiNow(now)
  if (hour < SUMMARY_HOUR) return false
  const key = `mail-summary:${day}`
  if ((await hitRateLimit(payload, key, 36 * 3600_000)) > 1) return false
  try {
    const rows = await pendingSummaryRows(payload, now)
    const overdue = await overdueRows(payload, now)
    const to = rows.length + overdue.length ? await noticeStaffAddresses(payload) : []
    if (to.length === 0) return false
    await send(payload, to, pendingSummaryMail({ date: formatDateZh(now), rows, overdue, listUrl: adminLink(collectionSlugs.noticeComments) }))
    return true
  } catch (error) {
    // Not sent: forget the mark so that the retry (or the next hour) sends it.
    await clearRateLimit(payload, key)
    throw error
  }
}

export const mailPendingSummary: TaskConfig = {
  slug: 'mailPendingSummary',
  label: '每日公示留言待处理汇总邮件',
  // Hourly; the first run from 09:00 Beijing time sends (a missed hour is made up the next).
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 5 * 60_000 } },
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ req }) => ({ output: { sent: await sendPendingSummary(req.payload) } }),
}
