/**
 * The mails the CMS sends, in Chinese, as subject + plain text + simple HTML. Pure functions:
 * what goes into a mail is decided here and nowhere else, so a test can see that an objection
 * notice carries no personal data of the objector (it is given none).
 */
import { escapeHtml } from '@fengcai/shared/html/escape'

export type Mail = { subject: string; text: string; html: string }

/** Paragraphs of text, and the same as HTML with links made clickable. */
const compose = (subject: string, paragraphs: Array<string | { label: string; href: string }>): Mail => {
  const text = paragraphs.map((part) => (typeof part === 'string' ? part : `${part.label}：${part.href}`)).join('\n\n')
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.7">',
    ...paragraphs.map((part) =>
      typeof part === 'string'
        ? `<p>${escapeHtml(part).replaceAll('\n', '<br>')}</p>`
        : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.label)}</a></p>`,
    ),
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}

const SIGNATURE = '——风采内容管理系统（本邮件由系统自动发送，请勿直接回复）'

export const passwordResetMail = (args: { name?: string | null; resetUrl: string; validHours: number }): Mail =>
  compose('风采后台：重置密码', [
    `${args.name ? `${args.name}，` : ''}您好：`,
    `我们收到了重置您风采后台登录密码的请求。请在 ${args.validHours} 小时内打开下面的链接设置新密码：`,
    { label: '设置新密码', href: args.resetUrl },
    '如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。',
    SIGNATURE,
  ])

/**
 * A new objection, for notice staff. Only what identifies the case: receipt, notice, nominee,
 * time and a link into the admin (behind login). Never the objector's name, phone, email or
 * words — those stay in the admin, readable by the roles that need them.
 */
export const objectionNoticeMail = (args: { receipt: string; noticeTitle: string; nomineeName?: string | null; receivedAt: string; adminUrl: string }): Mail =>
  compose(`新异议：${args.noticeTitle}（回执 ${args.receipt}）`, [
    '公示工作人员您好：',
    `公示“${args.noticeTitle}”收到一条新的异议。`,
    [`回执编号：${args.receipt}`, `异议对象：${args.nomineeName || '整个公示'}`, `收到时间：${args.receivedAt}（北京时间）`].join('\n'),
    '异议人的信息和异议内容请登录后台查看，并在规定时限内核实处理。',
    { label: '在后台打开这条异议', href: args.adminUrl },
    SIGNATURE,
  ])

export type PendingSummaryRow = { noticeTitle: string; closesAt: string; pendingComments: number; openObjections: number; adminUrl: string }

/** An objection past its answer deadline: which case and how late, never who objected or what they said. */
export type OverdueRow = { receipt: string; noticeTitle: string; nomineeName?: string | null; dueText: string; adminUrl: string }

/**
 * The morning summary: comments awaiting moderation and objections not yet closed, per open
 * notice, and every objection past its answer deadline (of any notice, closed ones above all).
 */
export const pendingSummaryMail = (args: { date: string; rows: PendingSummaryRow[]; overdue?: OverdueRow[]; listUrl: string }): Mail => {
  const total = args.rows.reduce((sum, row) => sum + row.pendingComments, 0)
  const objections = args.rows.reduce((sum, row) => sum + row.openObjections, 0)
  const overdue = args.overdue ?? []
  const late = overdue.length ? `，超期未答复异议 ${overdue.length} 件` : ''
  const open = args.rows.length
    ? [
        `截至 ${args.date} 上午，公示期内的公示还有以下留言和异议需要处理：`,
        args.rows
          .map(
            (row) =>
              `· ${row.noticeTitle}（公示至${row.closesAt}）：待审核留言 ${row.pendingComments} 条，未办结异议 ${row.openObjections} 条\n  ${row.adminUrl}`,
          )
          .join('\n'),
      ]
    : []
  const overdueSection = overdue.length
    ? [
        `以下 ${overdue.length} 件异议已超过答复期限，尚未办结，请尽快答复：`,
        overdue
          .map((row) => `· 回执 ${row.receipt}：${row.noticeTitle}，异议对象 ${row.nomineeName || '整个公示'}，${row.dueText}\n  ${row.adminUrl}`)
          .join('\n'),
      ]
    : []
  return compose(`公示留言待处理汇总（${args.date}）：待审核留言 ${total} 条，未办结异议 ${objections} 条${late}`, [
    '公示工作人员您好：',
    ...open,
    ...overdueSection,
    { label: '在后台查看全部待处理留言', href: args.listUrl },
    SIGNATURE,
  ])
}

/** To the author of a story (or gallery, honour roll) a reviewer returned: what to change, by whom, and where. */
export const returnedMail = (args: { kind: string; title: string; note: string; reviewer: string; at: string; adminUrl: string }): Mail =>
  compose(`稿件被退回修改：${args.title}`, [
    '您好：',
    `您的${args.kind}“${args.title}”被审核员退回，请按审核意见修改后重新送审。`,
    [`审核意见：${args.note}`, `审核员：${args.reviewer}`, `退回时间：${args.at}（北京时间）`].join('\n'),
    { label: '在后台打开这篇稿件', href: args.adminUrl },
    SIGNATURE,
  ])

/** To the reviewers of the stage a story (or gallery, honour roll) now awaits: submitted, or passed the stage before. */
export const awaitingReviewMail = (args: {
  kind: string
  title: string
  stageName: string
  previous: string
  by: string
  at: string
  adminUrl: string
}): Mail =>
  compose(`待${args.stageName}：${args.title}`, [
    '审核员您好：',
    `${args.kind}“${args.title}”${args.previous}，现在等待“${args.stageName}”。您负责这一级审核，请登录后台审核。`,
    [`操作人：${args.by}`, `时间：${args.at}（北京时间）`].join('\n'),
    { label: '在后台打开这篇稿件', href: args.adminUrl },
    SIGNATURE,
  ])

/** To the author of a story (or gallery, honour roll) that has been published. */
export const publishedMail = (args: { kind: string; title: string; by: string; at: string; adminUrl: string }): Mail =>
  compose(`稿件已发布：${args.title}`, [
    '您好：',
    `您的${args.kind}“${args.title}”已通过审核并发布，网站上的页面将在几分钟内更新。`,
    [`发布人：${args.by}`, `发布时间：${args.at}（北京时间）`].join('\n'),
    { label: '在后台打开这篇稿件', href: args.adminUrl },
    SIGNATURE,
  ])

/**
 * The 答复 to someone whose objection was resolved, at the address they gave. Only their own case:
 * receipt, notice, nominee, the reply staff wrote for them and where to look it up again; never
 * anyone's name, phone or words, theirs included (a mailbox may be read by others).
 */
export const replyMail = (args: {
  receipt: string
  noticeTitle: string
  nomineeName?: string | null
  resolvedAt: string
  reply: string
  progressUrl: string
}): Mail =>
  compose(`异议办理结果：${args.noticeTitle}（回执 ${args.receipt}）`, [
    '您好：',
    `您对公示“${args.noticeTitle}”提出的异议已经办结，答复如下：`,
    args.reply,
    [`回执编号：${args.receipt}`, `异议对象：${args.nomineeName || '整个公示'}`, `办结时间：${args.resolvedAt}（北京时间）`].join('\n'),
    '您也可以凭回执编号和电话号码后四位随时在网站上查询办理进度：',
    { label: '查询办理进度', href: args.progressUrl },
    SIGNATURE,
  ])
