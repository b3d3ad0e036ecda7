/** The story's two ends: a closing signature of office and date, the first paragraph's dateline or news lead. */
import { DATELINE, NEWS_LEAD, SIGNATURE_OFFICE, applyBylines, readSignOff } from './bylines'
import { dateOf, isDateOnly } from './dates'
import { charsAtMost } from './lines'
import { looksLikeName } from './names'
import type { Draft } from './types'

/** A closing signature (issuing office, then a date; either alone; both on one line) gives source and date: taken off the body. */
export const readSignature = (body: string[], draft: Draft): void => {
  const signature = /^(\S{4,40})\s+(\S.{0,30})$/.exec(body[body.length - 1] ?? '')
  if (body.length >= 3 && signature && SIGNATURE_OFFICE.test(signature[1] as string) && isDateOnly(signature[2] as string))
    body.splice(-1, 1, signature[1] as string, signature[2] as string)
  const closingDate = body[body.length - 1]
  if (body.length >= 3 && closingDate !== undefined && isDateOnly(closingDate) && charsAtMost(closingDate, 24)) {
    draft.publishedAt ??= dateOf(closingDate)
    body.pop()
    draft.removed.push(`落款日期：${closingDate}`)
  }
  // The office and the writer's name on lines of their own, in either order (施嘉怡 / 泖港镇团委).
  for (let round = 0; round < 2; round += 1) {
    const last = body[body.length - 1]
    if (body.length < 3 || last === undefined) return
    if (SIGNATURE_OFFICE.test(last)) {
      draft.source ??= last
      draft.removed.push(`落款单位：${last}`)
    } else if (looksLikeName(last)) {
      draft.reporter ??= draft.correspondent ? null : last
      draft.removed.push(`落款署名：${last}`)
    } else return
    body.pop()
  }
}

/** The first paragraph's dateline (上海2023年8月11日 /美通社/ --) or news lead (本报讯（记者 …）): read and taken off it. */
export const readLead = (body: string[], draft: Draft): void => {
  const leadIndex = body.findIndex((block) => !charsAtMost(block, 30))
  if (leadIndex >= 0) {
    const first = body[leadIndex] as string
    const dateline = DATELINE.exec(first)
    if (dateline) {
      draft.publishedAt ??= dateOf(dateline[1] as string)
      draft.removed.push(`电头：${dateline[0].trim()}`)
      body[leadIndex] = first.slice(dateline[0].length)
    }
    const lead = NEWS_LEAD.exec(body[leadIndex] as string)
    if (lead) {
      applyBylines(draft, lead[1] as string)
      draft.removed.push(`电头：${lead[0].trim()}`)
      body[leadIndex] = (body[leadIndex] as string).slice(lead[0].length)
    }
  }
}

/** A closing byline or credit in brackets after the last sentence (…让老年人教老年人。（通讯员 言静怡））: read and taken off. */
export const readClosingCredit = (body: string[], draft: Draft): void => {
  const last = body[body.length - 1] ?? ''
  const credit = /[（(][^（）()]{2,40}[)）]$/.exec(last)
  if (credit && /[。！？”]$/.test(last.slice(0, credit.index)) && readSignOff(draft, credit[0])) body[body.length - 1] = last.slice(0, credit.index)
}
