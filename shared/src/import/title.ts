/** Where the title stands: the title-like line with a paragraph after what is under it. */
import { charsAtMost, isParagraphShaped, isTitleLike } from './lines'
import { PROMO } from './furniture'
import { WECHAT_HEAD, isMeta } from './meta'
import { isCaption } from './captions'
import { OFFICE_SUFFIX, PUBLISHER_LINE, isBylineOnly, officeByline } from './bylines'
import { isDateOnly } from './dates'
import { looksLikeName } from './names'

/** A subtitle under the title: ——记黄浦区“外滩守护者”志愿服务队. */
export const TITLE_LABEL = /^(?:标题|题目|文章标题|稿件标题|主标题)\s*[:：]\s*/
export const SUBTITLE = /^(?:——|—|--)\s*\S/
/** Whom an official document is addressed to, under its title: 区文明办：, 各街道、镇：, 各有关单位：, 尊敬的居民朋友们： (not 编者按：, 背景：). */
export const ADDRESSEE = new RegExp(
  `^(?:(?:各|全体|尊敬的)[\\p{Script=Han}、，,（）()·]{1,28}|[\\p{Script=Han}、，,（）()·]{1,28}(?:${OFFICE_SUFFIX}|办|委|单位|镇|乡|区|市|县|公司|学校|们))[:：]$`,
  'u',
)

/** A page's title that names only the kind of page: 新闻详情, 文章正文, 内容页, 无标题. */
export const GENERIC_TITLE = /^(?:(?:新闻|文章|内容|信息|资讯|图集|图片|视频)?(?:详情|正文|内容|详细)页?|无标题|untitled|index|首页|图片新闻|视频新闻|图集)$/i

/** A website's name by its ending (外滩街道社区网, 某区门户网站, 某某之窗, 某某在线), never a story's title. */
export const WEBSITE_NAME = /^[\p{Script=Han}A-Za-z]{2,12}(?:新闻网|社区网|门户网站?|网站|资讯网|信息网|志愿网|服务网|文明网|在线|之窗|频道)$/u
/** A site's or an account's name (安亭志愿, 徐汇新闻网), not an issue line (第12期, 工作简报). */
export const isSiteName = (line: string): boolean =>
  PUBLISHER_LINE.test(line) || (/^[\p{Script=Han}]{2,8}$/u.test(line) && !/期|刊|简报|通讯|快报|专报/.test(line))

/** Lines between a title and its first paragraph that do not end the head: bylines, dates. */
export const isUnderTitle = (line: string): boolean =>
  isBylineOnly(line) || officeByline(line) !== null || isDateOnly(line) || (isMeta(line) && !isParagraphShaped(line))

/** Whether the line at `index` reads as a title: title-like, with a paragraph after what stands under it. */
export const titleAt = (lines: string[], index: number): boolean => {
  const line = lines[index]
  // A byline or a date under a title is not one.
  if (line === undefined || !isTitleLike(line) || /[:：]$/.test(line) || isUnderTitle(line)) return false
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
    while (parts.length < 6 && index + 1 < lines.length && charsAtMost(lines[index + 1] as string, 20) && !/[。！？，]/.test(lines[index + 1] as string))
      parts.push(lines[(index += 1)] as string)
    joined.push(parts.join(' '))
  }
  return joined
}

/** The heading of a submission form before the story: 稿件信息, 投稿登记表, 来稿信息. */
export const FORM_HEADING = /^(?:稿件|投稿|来稿|报送)(?:信息|登记表?|信息表)$|^基本信息$/
/** A field of such a form: 栏目：社区志愿, 字数：约850字, 是否原创：是 (not a mail's header). */
const FORM_FIELD = /^(?!发件人|收件人|抄送|密送|主题|发送时间|日期|时间)[\p{Script=Han}]{2,6}\s*[:：]\s*\S/u

/** Fields only a submission form has. */
const FORM_ONLY = /^(?:栏目|所属栏目|字数|是否原创|稿件类[型别]|投稿日期|报送日期|投稿人|作者单位|供稿单位|报送单位|投稿单位)\s*[:：]/

/**
 * Where a submission form at the top of a document ends (its heading and three or more short
 * `label：value` lines), or 0 when there is none: read for its bylines, never the title.
 */
export const formEnd = (lines: string[]): number => {
  const start = FORM_HEADING.test(lines[0] ?? '') ? 1 : 0
  let end = start
  while (end < lines.length && charsAtMost(lines[end] as string, 50) && FORM_FIELD.test(lines[end] as string) && !/[。！？]$/.test(lines[end] as string))
    end += 1
  // Three fields under a heading, or with a field only a form has (a meta table's 发布日期 is not one).
  const fields = lines.slice(start, end)
  return fields.length >= 3 && (start === 1 || fields.some((field) => FORM_ONLY.test(field))) ? end : 0
}

/** The rest of a title broken over two lines: short, title-like, not a name, byline, date or office, with a paragraph (or a wrapped line of one) after it. */
export const isTitleRest = (line: string, next: string | undefined): boolean =>
  charsAtMost(line, 16) &&
  isTitleLike(line) &&
  !looksLikeName(line) &&
  !PUBLISHER_LINE.test(line) &&
  !isUnderTitle(line) &&
  !SUBTITLE.test(line) &&
  next !== undefined &&
  (isParagraphShaped(next) || (!charsAtMost(next, 20) && /[，。]/.test(next)))

/**
 * Whether the last title-like line before the meta line at `index` is a site's or office's name
 * rather than the title: a short or office-like line with a title after the meta lines, or a
 * website's name.
 */
export const isSiteBeforeMeta = (lines: string[], index: number, candidate: string): boolean => {
  let next = index + 1
  while (
    next < lines.length &&
    next < index + 6 &&
    (isMeta(lines[next] as string) || PROMO.test(lines[next] as string) || WECHAT_HEAD.test(lines[next] as string))
  )
    next += 1
  return ((charsAtMost(candidate, 8) || PUBLISHER_LINE.test(candidate)) && titleAt(lines, next)) || WEBSITE_NAME.test(candidate)
}

/** A short line between a title and its meta line that is no sentence and no caption: an account's or an author's name (闵行志愿, 小普). */
export const isNoteUnderTitle = (line: string): boolean => charsAtMost(line, 20) && !isParagraphShaped(line) && !/[，。！？：:]/.test(line) && !isCaption(line)
