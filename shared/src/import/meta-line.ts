/** A meta line read into the draft: its date, 来源, publisher, outlet and bylines; a WeChat header; a repost's note. */
import { PUBLISHER_LINE, applyBylines } from './bylines'
import { COUNTER } from './furniture'
import { charsAtMost, short } from './lines'
import { dateOf } from './dates'
import { REPOST, metaDateOf, outletIn, sourceIn, wechatHeadOf } from './meta'
import type { Draft } from './types'

/**
 * What the meta lines found that waits for the end: the publisher among a meta line's parts
 * (宝山区志愿者协会秘书处编, weaker than a labelled 来源); whether a date labelled as the publication's
 * was found (it wins over the head's other dates); a date labelled otherwise (成文日期), the last resort.
 */
export type MetaFound = { publisher: string | null; datePublished: boolean; otherDate: string | null }

/** A meta line into the draft; returns the outlet named without a label on it (a weak source), or null. */
export const readMetaLine = (draft: Draft, line: string, inHead: boolean, found: MetaFound): string | null => {
  const dated = metaDateOf(line)
  if (dated?.kind === 'published' && !found.datePublished && inHead) [draft.publishedAt, found.datePublished] = [dated.iso, true]
  else if (dated?.kind === 'other') found.otherDate ??= dated.iso
  else if (dated) draft.publishedAt ??= dated.iso
  const views = [...line.matchAll(COUNTER)][0] ?? (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s+(\d+)$/.exec(line) as RegExpExecArray | null)
  // 来源：…, or a publisher among the meta line's parts (发布于 2023-05-21 · 新华路街道).
  // The office of a catalogue's cell (发布机构：…) is the publisher: a 来源 of the story's own is more exact.
  if (/^(?:发布机构|发文机关|发文机构|所属机构)\s*[:：]/.test(line)) found.publisher ??= sourceIn(line)
  else draft.source ??= sourceIn(line)
  found.publisher ??=
    line
      .split(/[\s·•|｜/]+/)
      .map((part) => part.replace(/(?:编|编印|主办|印发)$/, ''))
      .find((part) => PUBLISHER_LINE.test(part)) ?? null
  applyBylines(draft, line.replace(COUNTER, ' '))
  draft.removed.push(`信息行：${short(line)}${views ? `（阅读数 ${(views[1] ?? views[2] ?? '').trim()} 不导入）` : ''}`)
  return outletIn(line)
}

/** A repost's note (以下文章来源于 账号，作者 名): the account it is from is its source, whoever reposted it. */
export const readRepost = (draft: Draft, line: string): boolean => {
  const repost = charsAtMost(line, 50) ? REPOST.exec(line) : null
  if (!repost) return false
  draft.source ??= repost[1] as string
  if (repost[2]) draft.reporter ??= repost[2]
  draft.removed.push(`转载说明：${line}`)
  return true
}

/** A WeChat header (原创 作者 账号 日期): the author is the reporter, the date the date; returns the account (a weak source). */
export const readWechatHead = (draft: Draft, line: string): string | null => {
  const { author, account } = wechatHeadOf(line)
  if (author) draft.reporter ??= author
  draft.publishedAt ??= dateOf(line)
  draft.removed.push(`公众号信息：${short(line)}`)
  return account
}
