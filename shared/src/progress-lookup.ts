/**
 * 查询办理进度: what the progress page sends (a receipt code plus the last four digits of the
 * phone number, or the e-mail address, given with the submission) and what it is told. One zod
 * schema for the page's script and the CMS's lookup endpoint, with messages in Chinese.
 */
import { z } from 'zod'

import { isReceiptCode } from './comment-schema'
import type { CommentKind } from './comment-schema'
import type { CommentStatus } from './comment-statuses'

/** The progress page of the site (linked from every notice and from the receipt). */
export const PROGRESS_PAGE = '/notices/progress/'

/** The longest 答复 staff may write for a submitter. */
export const REPLY_MAX = 1000

const ONLY_THESE = '查询只需回执编号和电话号码后四位（或电子邮箱）。'

export const progressLookupSchema = z
  .strictObject(
    {
      receipt: z
        .string({ error: '请填写回执编号。' })
        .transform((value) => value.trim().toUpperCase())
        .refine((value) => isReceiptCode(value), { message: '回执编号格式不正确，应形如 GS-20261122-4F7K。' }),
      phoneLast4: z
        .string({ error: '电话号码后四位应为四位数字。' })
        .trim()
        .regex(/^\d{4}$/, '电话号码后四位应为四位数字。')
        .optional(),
      email: z
        .string({ error: '电子邮箱格式不正确。' })
        .trim()
        .max(120, '电子邮箱过长。')
        .pipe(z.email({ error: '电子邮箱格式不正确。' }))
        .optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? ONLY_THESE : undefined) },
  )
  .refine((value) => Boolean(value?.phoneLast4) !== Boolean(value?.email), {
    path: ['phoneLast4'],
    message: '请填写电话号码后四位，或提交时留下的电子邮箱（二选一）。',
    when: () => true,
  })

export type ProgressLookup = z.output<typeof progressLookupSchema>

/** The last four digits of a stored phone number: of the number itself, not of its extension. */
export const phoneLastFour = (phone: string | null | undefined): string | null => {
  if (!phone) return null
  // normalizePhone writes a landline as 021-12345678 or, with an extension, 021-12345678-123.
  const number = /^0\d{2,3}-\d{7,8}-\d{1,6}$/.test(phone) ? phone.slice(0, phone.lastIndexOf('-')) : phone
  const digits = number.replace(/\D/g, '')
  return digits.length >= 4 ? digits.slice(-4) : null
}

/** An e-mail address as compared: trimmed, and case-blind (as people type them). */
export const comparableEmail = (email: string | null | undefined): string | null => (email ? email.trim().toLowerCase() : null)

/** What the lookup shows of one submission: nothing of its text, nothing of anyone's person. */
export type ProgressAnswer = {
  receipt: string
  kind: CommentKind
  kindLabel: string
  status: CommentStatus
  statusLabel: string
  notice: { title: string; path: string | null }
  nomineeName: string | null
  receivedAt: string
  history: { status: CommentStatus; statusLabel: string; at: string }[]
  reply?: string
}

export const progressErrors = {
  invalid: '查询信息有误，请检查后重新查询。',
  'not-found': '没有找到与该回执编号和联系方式相符的记录。请核对回执编号，以及提交时所留电话号码的后四位（或电子邮箱）。',
  'rate-limited': '查询过于频繁，请稍后再试。',
  unsupported: '请以 JSON 方式提交查询。',
  'server-error': '系统暂时无法查询，请稍后重试，或拨打公示页上的电话询问。',
} as const

export type ProgressErrorCode = keyof typeof progressErrors

/** What each status means, in plain words for the progress page. */
export const statusExplanations: Record<CommentStatus, string> = {
  pending: '留言已收到，工作人员正在审核。',
  approved: '留言审核通过，已在公示页上公开显示。',
  rejected: '留言未通过审核，不在公示页上显示（例如与公示无关或含有他人隐私）。',
  received: '异议已登记，等待工作人员核查。',
  'under-review': '工作人员正在向有关单位和人员核实情况。',
  resolved: '核查已经结束。工作人员写给您的答复显示在查询结果中；留有电子邮箱的，答复也会发到邮箱。',
}
