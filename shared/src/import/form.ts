/** A submission form before the story (see ./title): its writers, its unit and its dates are read, the rest dropped. */
import { ROLE_START, applyBylines } from './bylines'
import { short } from './lines'
import { metaDateOf } from './meta'
import type { Draft } from './types'

/**
 * A field of the form: 作者：…, 作者单位：… give the bylines and the source; a date field gives the
 * date when it is the publication's (拟发布日期：24-03-05, 刊发日期, 日期：…); a submission's own date
 * (投稿日期, 报送日期) is not.
 */
export const readFormField = (draft: Draft, line: string): void => {
  if (ROLE_START.test(line)) applyBylines(draft, line)
  const unit = /^(?:作者单位|供稿单位|报送单位|投稿单位|单位|来源)\s*[:：]\s*(\S.{1,39})$/.exec(line)
  if (unit) draft.source ??= (unit[1] as string).trim()
  const dated = /(?:日期|时间)\s*[:：]/.test(line) ? metaDateOf(line) : null
  if (dated && dated.kind !== 'other') draft.publishedAt ??= dated.iso
  draft.removed.push(`投稿信息：${short(line)}`)
}
