import type { Field } from 'payload'

import { keptAsSent } from '@/collections/NoticeComments/access'
import { keepSentValue } from '@/collections/NoticeComments/hooks/keepSentValue'

/**
 * Field settings for what a reader sent through a public form, and what the server recorded with
 * it: kept as sent by every role and path (keptAsSent), the stored value put back where a version
 * restore would leave it empty (keepSentValue).
 */
export const asSent = { access: { update: keptAsSent }, hooks: { beforeChange: [keepSentValue] } }

/** The receipt given to the sender and the idempotency key of the submission, both unique. */
export const receiptFields = (): Field[] => [
  { name: 'receipt', type: 'text', label: { zh: '回执编号', en: 'Receipt' }, required: true, unique: true, index: true, ...asSent, admin: { readOnly: true } },
  { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true, ...asSent, admin: { hidden: true } },
]

/** Where it came from, as the submit endpoint records it (storeSubmission). */
export const senderFields = (): Field[] => [
  { name: 'ipHash', type: 'text', label: { zh: '来源地址摘要', en: 'IP hash' }, ...asSent, admin: { readOnly: true, position: 'sidebar' } },
  { name: 'userAgent', type: 'text', label: { zh: '浏览器信息', en: 'User agent' }, ...asSent, admin: { readOnly: true, position: 'sidebar' } },
]
