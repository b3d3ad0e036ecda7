import type { PayloadRequest } from 'payload'

import { publicError } from '@/lib/errors'

/**
 * The largest id of a notice: ids are PostgreSQL `serial` (integer). A larger one names no notice,
 * and compared with the column it is the database's "out of range" error rather than no row.
 */
const MAX_NOTICE_ID = 2 ** 31 - 1

/** The `?notice=ID` of a request, checked: a number, or a 400 with a Chinese message; one no notice can have, a 404. */
export const noticeParam = (req: PayloadRequest): number => {
  const notice = String(new URL(req.url ?? 'http://x/').searchParams.get('notice') ?? '')
  if (!/^\d{1,12}$/.test(notice)) throw publicError('公示编号格式不正确。', 400, { field: 'notice' })
  if (Number(notice) > MAX_NOTICE_ID) throw publicError('没有找到这条公示。', 404)
  return Number(notice)
}
