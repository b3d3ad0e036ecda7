/**
 * 网站纠错: the short form every page links to (which page, what is wrong, an optional contact),
 * one zod schema for the browser form and the CMS endpoint, with messages in Chinese.
 */
import { z } from 'zod'

import { cleanText, normalizePhone } from './comment-schema'
import { charCount } from './text'

export const CORRECTION_MIN = 5
export const CORRECTION_MAX = 1000
export const CORRECTION_PAGE_MAX = 300
export const CORRECTION_CONTACT_MAX = 120

const EMAIL = z.email()

/** A contact as given: a phone number (normalised) or an e-mail address; null when it is neither. */
export const normalizeContact = (value: string): string | null => {
  const trimmed = value.trim()
  if (trimmed.includes('@')) return trimmed.length <= CORRECTION_CONTACT_MAX && EMAIL.safeParse(trimmed).success ? trimmed.toLowerCase() : null
  return normalizePhone(trimmed)
}

/** The path of a page of the site: from its root, no scheme or host, no `..`, nothing a browser would not send. */
const sitePath = z
  .string({ error: '缺少出错页面的地址。' })
  .transform((value) => value.trim())
  .refine((value) => value.length <= CORRECTION_PAGE_MAX, { message: '页面地址过长。' })
  .refine((value) => /^\/(?!\/)[^\s<>"\\]*$/.test(value) && !value.split(/[/?#]/).includes('..'), { message: '页面地址应为本站页面，如 /stories/xxx/。' })

export const siteCorrectionSchema = z.object({
  page: sitePath,
  content: cleanText('问题描述')
    .transform((value) => value.trim())
    .refine((value) => charCount(value) >= CORRECTION_MIN, { message: `问题描述至少 ${CORRECTION_MIN} 个字。` })
    .refine((value) => charCount(value) <= CORRECTION_MAX, { message: `问题描述不能超过 ${CORRECTION_MAX} 个字。` }),
  contact: z
    .string({ error: '联系方式格式不正确。' })
    .max(CORRECTION_CONTACT_MAX, '联系方式过长。')
    .refine((value) => value.trim() === '' || normalizeContact(value) !== null, { message: '请填写正确的手机号码、带区号的固定电话或电子邮箱。' })
    .transform((value) => (value.trim() ? (normalizeContact(value) as string) : undefined))
    .optional(),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(0, '提交未通过校验。').optional(),
  idempotencyKey: z.string({ error: '缺少提交编号，请刷新页面后重试。' }).regex(/^[A-Za-z0-9_-]{16,64}$/, '提交编号格式不正确，请刷新页面后重试。'),
  altcha: z.string({ error: '请等待页面完成人机校验后再提交。' }).min(1, '请等待页面完成人机校验后再提交。').max(4000, '人机校验数据无效。'),
})

export type SiteCorrection = z.output<typeof siteCorrectionSchema>

/** 待处理 → 处理中 → 已处理. */
export const correctionStatuses = ['pending', 'in-progress', 'done'] as const
export type CorrectionStatus = (typeof correctionStatuses)[number]

export const correctionStatusLabels: Record<CorrectionStatus, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  'in-progress': { zh: '处理中', en: 'In progress' },
  done: { zh: '已处理', en: 'Done' },
}

/** Statuses the staff dashboard counts as still to do. */
export const openCorrectionStatuses = ['pending', 'in-progress'] as const satisfies readonly CorrectionStatus[]

/** The 网站纠错 page, and its address for a page of the site. */
export const CORRECTION_PAGE = '/jiucuo/'
export const correctionPageFor = (path: string): string => `${CORRECTION_PAGE}?page=${encodeURIComponent(path)}`
