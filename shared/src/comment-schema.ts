/**
 * The public comment / objection form (公示留言与异议): one zod schema for the browser form and
 * the CMS endpoint, with messages in Chinese keyed by field.
 */
import { z } from 'zod'

import { shanghaiDay } from './dates'
import { charCount } from './text'

export const commentKinds = ['comment', 'objection'] as const
export type CommentKind = (typeof commentKinds)[number]

export const CONTENT_MIN = 10
export const CONTENT_MAX = 2000
export const EVIDENCE_MAX = 2000
export const NAME_MAX = 30

/** C0/C1 control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
/** Zero-width and direction-override characters, used to hide or disguise text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/
const MARKUP = /[<>]/

/** Mainland mobile (13x–19x) or landline with area code, spaces and hyphens allowed, +86 optional. */
export const normalizePhone = (value: string): string | null => {
  const compact = value.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '')
  if (/^1[3-9]\d{9}$/.test(compact)) return compact
  const landline = value
    .trim()
    .replace(/^(\+86|0086)\s*/, '')
    .replace(/\s/g, '')
  const match = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(landline)
  if (match) return `${match[1]}-${match[2]}${match[3] ? `-${match[3]}` : ''}`
  return null
}

/** Text as a person typed it: no control, zero-width or direction-override characters (the messages name the field). */
export const cleanText = (label: string) =>
  z
    .string({ error: `请填写${label}。` })
    .refine((value) => !CONTROL.test(value), { message: `${label}中含有不可见的控制字符，请删除后再提交。` })
    .refine((value) => !INVISIBLE.test(value), { message: `${label}中含有零宽或方向控制字符，请删除后再提交。` })

export const commentSubmissionSchema = z
  .object({
    kind: z.enum(commentKinds, { error: '请选择“留言”或“异议”。' }),
    noticeId: z
      .union([z.string(), z.number()], { error: '缺少公示编号。' })
      .transform(String)
      .pipe(z.string().regex(/^\d{1,12}$/, '公示编号格式不正确。')),
    nomineeId: z
      .string({ error: '公示对象编号格式不正确。' })
      .regex(/^[0-9a-f]{24}$/, '公示对象编号格式不正确。')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    name: cleanText('姓名')
      .transform((value) => value.trim())
      .refine((value) => charCount(value) >= 1, { message: '请填写姓名。' })
      .refine((value) => charCount(value) <= NAME_MAX, { message: `姓名不能超过 ${NAME_MAX} 个字。` })
      .refine((value) => !MARKUP.test(value), { message: '姓名中不能包含尖括号等符号。' }),
    phone: z
      .string({ error: '电话号码格式不正确。' })
      .max(40, '请填写正确的手机号码或带区号的固定电话。')
      .refine((value) => value === '' || normalizePhone(value) !== null, { message: '请填写正确的手机号码或带区号的固定电话。' })
      .optional(),
    email: z.union([z.literal(''), z.email({ error: '电子邮箱格式不正确。' }).max(120, '电子邮箱过长。')]).optional(),
    content: cleanText('内容')
      .transform((value) => value.trim())
      .refine((value) => charCount(value) >= CONTENT_MIN, { message: `内容至少 ${CONTENT_MIN} 个字。` })
      .refine((value) => charCount(value) <= CONTENT_MAX, { message: `内容不能超过 ${CONTENT_MAX} 个字。` }),
    evidence: cleanText('证据说明')
      .transform((value) => value.trim())
      .refine((value) => charCount(value) <= EVIDENCE_MAX, { message: `证据说明不能超过 ${EVIDENCE_MAX} 个字。` })
      .optional(),
    consent: z.literal(true, { error: '请阅读并同意个人信息的使用说明。' }),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string().max(0, '提交未通过校验。').optional(),
    idempotencyKey: z.string({ error: '缺少提交编号，请刷新页面后重试。' }).regex(/^[A-Za-z0-9_-]{16,64}$/, '提交编号格式不正确，请刷新页面后重试。'),
    altcha: z.string({ error: '请等待页面完成人机校验后再提交。' }).min(1, '请等待页面完成人机校验后再提交。').max(4000, '人机校验数据无效。'),
  })
  // The checks across fields run even when other fields failed (`when`), so one try reports every
  // problem: otherwise an objection without a name would learn of the phone rule only on the next.
  .refine((value) => !(value.kind === 'objection' && !value.phone), {
    path: ['phone'],
    message: '提出异议须留下联系电话，以便核实。',
    when: () => true,
  })
  .refine((value) => !(value.kind === 'comment' && value.evidence), {
    path: ['evidence'],
    message: '证据说明只用于异议。',
    when: () => true,
  })
  .transform((value) => ({
    ...value,
    phone: value.phone ? (normalizePhone(value.phone) as string) : undefined,
    email: value.email || undefined,
    evidence: value.evidence || undefined,
  }))

export type CommentSubmission = z.output<typeof commentSubmissionSchema>

/** Field → first message, for showing errors beside the form's fields. */
export const fieldErrors = (error: z.ZodError): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    out[field] ??= issue.message
  }
  return out
}

const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** Receipt prefixes: GS for a notice's comments and objections (公示), JC for 网站纠错. */
export const receiptPrefixes = ['GS', 'JC'] as const
export type ReceiptPrefix = (typeof receiptPrefixes)[number]

/** A receipt code as receiptCode makes it (with `prefix`, GS unless said), and nothing else. */
export const isReceiptCode = (value: unknown, prefix: ReceiptPrefix = 'GS'): value is string =>
  typeof value === 'string' && new RegExp(`^${prefix}-\\d{8}-[2-9A-HJ-NP-Z]{4}$`).test(value)

/** GS-20261122-4F7K: the date in Shanghai and four characters that read unambiguously aloud. */
export const receiptCode = (date: Date, random: (max: number) => number, prefix: ReceiptPrefix = 'GS'): string => {
  const day = shanghaiDay(date).replaceAll('-', '')
  const suffix = Array.from({ length: 4 }, () => RECEIPT_ALPHABET[random(RECEIPT_ALPHABET.length)]).join('')
  return `${prefix}-${day}-${suffix}`
}

/** Days after a notice closes that its commenters' name, phone, email and IP hash are kept. */
export const DEFAULT_RETENTION_DAYS = 180

/**
 * Reads a retention period from its environment variable `name`: a whole number of days from 1 to
 * 3650, `fallback` when unset, raised to `floor` when shorter (a period the law sets a minimum for).
 * Anything else is a configuration mistake and must stop the job rather than delete early.
 */
export const parseRetentionSetting = (name: string, value: string | undefined, { fallback, floor = 1 }: { fallback: number; floor?: number }): number => {
  if (value === undefined || value.trim() === '') return Math.max(fallback, floor)
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(`${name} must be a whole number of days from 1 to 3650, got "${value}"`)
  }
  return Math.max(days, floor)
}

/** COMMENT_RETENTION_DAYS read (see parseRetentionSetting). */
export const parseRetentionDays = (value: string | undefined): number =>
  parseRetentionSetting('COMMENT_RETENTION_DAYS', value, { fallback: DEFAULT_RETENTION_DAYS })

/** Notices that closed before this moment have had their retention period run out. */
export const retentionCutoff = (now: Date, days: number): Date => new Date(now.getTime() - days * 24 * 3600_000)

/**
 * Why the CMS refused a submission: the `code` of its JSON answer and the `?error=` it sends a
 * plain form post back with, each with the one message the site shows for it. The site shows only
 * these fixed messages, never text from its own address: anyone can send a reader a link to the
 * official notice page with any `?error=` they like.
 */
export const submissionErrors = {
  invalid: '提交的内容有误，请检查填写的内容后重新提交。',
  'altcha-missing': '未能完成人机校验：请确认浏览器已启用 JavaScript，刷新页面后再提交。',
  'altcha-invalid': '人机校验未通过，请刷新页面后重试。',
  'altcha-expired': '人机校验已过期，请刷新页面后重试。',
  'altcha-replayed': '该人机校验已被使用，请刷新页面后重试。',
  'notice-not-found': '没有找到这条公示。',
  'nominee-not-found': '这条公示中没有该公示对象。',
  upcoming: '公示尚未开始，暂不接受留言和异议。',
  closed: '公示期已结束，不再接受留言和异议。',
  'rate-limited': '提交过于频繁，请稍后再试。',
  'too-large': '提交的内容过长。',
  unsupported: '请以 JSON 或表单方式提交。',
  'server-error': '系统暂时无法保存您的提交，请稍后重试，或拨打公示页上的电话反映。',
} as const

export type SubmissionErrorCode = keyof typeof submissionErrors

export const submissionErrorCodes = Object.keys(submissionErrors) as SubmissionErrorCode[]

/** What the site says for a code it does not know (an old page, a hand-made link). */
export const GENERIC_SUBMISSION_ERROR = '提交未能完成，请稍后重试，或拨打公示页上的电话反映。'

/** The 网站纠错 form's own words where the comments' send the reader to a notice page's phone. */
const correctionErrors = {
  'server-error': '系统暂时无法保存您的纠错，请稍后重试。',
} as const satisfies Partial<Record<SubmissionErrorCode, string>>

/** What the 网站纠错 form says for a code it does not know. */
export const GENERIC_CORRECTION_ERROR = '提交未能完成，请稍后重试。'

/** Each code's message on a form, known by its receipts' prefix: GS a notice's comments, JC 网站纠错. */
export const submissionErrorsOf = (prefix: ReceiptPrefix = 'GS'): Record<SubmissionErrorCode, string> =>
  prefix === 'JC' ? { ...submissionErrors, ...correctionErrors } : submissionErrors

export const isSubmissionErrorCode = (value: unknown): value is SubmissionErrorCode => typeof value === 'string' && Object.hasOwn(submissionErrors, value)

/** The fixed message for a code on a form; any other value, of any length or content, gets the form's generic one. */
export const submissionErrorMessage = (code: unknown, prefix: ReceiptPrefix = 'GS'): string => {
  if (isSubmissionErrorCode(code)) return submissionErrorsOf(prefix)[code]
  return prefix === 'JC' ? GENERIC_CORRECTION_ERROR : GENERIC_SUBMISSION_ERROR
}

/**
 * What the notice page shows after a plain form post, read from its query string: a receipt
 * (only one shaped as receiptCode makes them) or one of the fixed error messages; null when the
 * address says neither.
 */
export const submissionOutcome = (search: URLSearchParams, prefix: ReceiptPrefix = 'GS'): { receipt: string } | { error: string } | null => {
  const receipt = search.get('receipt')
  if (isReceiptCode(receipt, prefix)) return { receipt }
  if (search.has('error') || search.has('receipt')) return { error: submissionErrorMessage(search.get('error'), prefix) }
  return null
}
