import type { PayloadRequest } from 'payload'

import { publicError } from '@/lib/errors'

/** The `?notice=ID` of a request, checked: a number, or a 400 with a Chinese message. */
export const noticeParam = (req: PayloadRequest): number => {
  const notice = String(new URL(req.url ?? 'http://x/').searchParams.get('notice') ?? '')
  if (!/^\d{1,12}$/.test(notice)) throw publicError('公示编号格式不正确。', 400, { field: 'notice' })
  return Number(notice)
}
