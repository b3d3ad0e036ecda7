/** Where the title stands: the title-like line with a paragraph after what is under it. */
import { charsAtMost, isParagraphShaped, isTitleLike } from './lines'
import { isMeta } from './meta'
import { PUBLISHER_LINE, isBylineOnly, officeByline } from './bylines'
import { isDateOnly } from './dates'

/** A subtitle under the title: ——记黄浦区“外滩守护者”志愿服务队. */
export const TITLE_LABEL = /^(?:标题|题目|文章标题|稿件标题|主标题)\s*[:：]\s*/
export const SUBTITLE = /^(?:——|—|--)\s*\S/

/** A site's or an account's name (安亭志愿, 徐汇新闻网), not an issue line (第12期, 工作简报). */
export const isSiteName = (line: string): boolean => PUBLISHER_LINE.test(line) || (/^[\p{Script=Han}]{2,8}$/u.test(line) && !/期|刊|简报|通讯|快报|专报/.test(line))

/** Lines between a title and its first paragraph that do not end the head: bylines, dates. */
export const isUnderTitle = (line: string): boolean => isBylineOnly(line) || officeByline(line) !== null || isDateOnly(line) || (isMeta(line) && !isParagraphShaped(line))

/** Whether the line at `index` reads as a title: title-like, with a paragraph after what stands under it. */
export const titleAt = (lines: string[], index: number): boolean => {
  const line = lines[index]
  if (line === undefined || !isTitleLike(line) || /[:：]$/.test(line)) return false
  let next = index + 1
  while (next < lines.length && next < index + 5 && isUnderTitle(lines[next] as string)) next += 1
  return lines[next] !== undefined && isParagraphShaped(lines[next] as string)
}

/** A WeChat header split over lines (原创 / author / account / date / place), as its page has them: one line again. */
export const joinWechatHeads = (lines: string[]): string[] => {
  const joined: string[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string
    if (line !== '原创' || index > 12) {
      joined.push(line)
      continue
    }
    const parts = [line]
    while (parts.length < 6 && index + 1 < lines.length && charsAtMost(lines[index + 1] as string, 20) && !/[。！？，]/.test(lines[index + 1] as string)) parts.push(lines[(index += 1)] as string)
    joined.push(parts.join(' '))
  }
  return joined
}
