/**
 * The input made into lines to read: HTML to text (its furniture elements set apart), spaces and
 * spaced labels evened out, pinyin readings removed, Traditional converted to Simplified with the
 * names found kept as names.
 */
import { unwrapForward } from './forward'
import { dropReviewNotes } from './review-notes'
import { PHOTO_LINE_MARK, htmlToText, looksLikeHtml } from './html'
import { short } from './lines'
import { SPACED_LABEL, joinLabelCells } from './meta'
import { findNames } from './names'
import { stripReadings } from './readings'
import { simplifiedName, toSimplified, traditionalCharacters } from './simplified'
import { joinWechatHeads } from './title'
import type { ImportedArticle } from './types'

/** A line spaced out letter by letter, as a masthead copied from a PDF: 志 愿 服 务 工 作 简 报. */
const LETTER_SPACED = /^(?:\p{Script=Han}[ \t]+){3,}\p{Script=Han}$/u
/** A label in brackets, as a submission writes it: 【标题】…, 【作者】…, [来源]… read as 标题：…. */
const BRACKET_LABEL = /^[【[［]\s*(标题|题目|副标题|作者|撰稿|来源|供稿|供稿单位|单位|通讯员|记者|摄影)\s*[】\]］]\s*[:：]?\s*/

export type PreparedText = {
  lines: string[]
  /** The page's own title and the site's name after it in `<title>`, for an HTML input. */
  htmlTitle: string | null
  htmlSiteName: string | null
  names: ImportedArticle['names']
  traditional: string[]
  /** Lines that stood right under a photo on the page and read as its caption. */
  photoLines: Set<string>
  /** Whether the input was HTML (its blocks are never hard-wrapped). */
  html: boolean
}

export const prepareText = (input: string, html: boolean | undefined, removed: string[]): PreparedText => {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  let htmlTitle: string | null = null
  let htmlSiteName: string | null = null
  const isHtml = html ?? looksLikeHtml(text)
  if (isHtml) {
    const fromHtml = htmlToText(text)
    text = fromHtml.text
    htmlTitle = fromHtml.title
    htmlSiteName = fromHtml.siteName
    for (const part of fromHtml.removed) removed.push(`页面导航、侧栏或页脚：${short(part)}`)
  }
  // Colons of other forms (︰ of Hong Kong pages, ﹕, ∶ of Word files) read as the full-width one.
  text = text
    .replace(/[\ufe30\ufe55\u2236]/g, '：')
    .replace(/[\u00a0\u3000\u2002\u2003\u200b]/g, ' ')
    .replace(/[·•]{3,}|\.{4,}/g, '……')
  // Labels spaced out to the width of longer ones (来　源：, 作　者：) read as labels.
  text = text.replace(SPACED_LABEL, '$1$2')

  const readings = stripReadings(text)
  text = readings.text
  if (readings.readings) removed.push(`字后括注的拼音 ${readings.readings} 处`)

  const foundNames = findNames(text)
  if (htmlTitle) htmlTitle = stripReadings(htmlTitle).text
  const traditional = traditionalCharacters(text)
  if (traditional.length) {
    text = toSimplified(text, foundNames)
    if (htmlTitle) htmlTitle = toSimplified(htmlTitle, foundNames)
    if (htmlSiteName) htmlSiteName = toSimplified(htmlSiteName)
  }
  const names = foundNames.map((original) => ({ original, simplified: traditional.length ? simplifiedName(original) : original }))

  // Lines, with tabs kept only inside honour-roll lines (they separate entries there).
  const split = text
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(LETTER_SPACED, (spaced) => spaced.replace(/\s+/g, ''))
        .replace(BRACKET_LABEL, '$1：'),
    )
    .filter(Boolean)
  const photoLines = new Set<string>()
  for (const [index, line] of split.entries()) if (line.startsWith(PHOTO_LINE_MARK)) photoLines.add((split[index] = line.slice(PHOTO_LINE_MARK.length).trim()))
  // A forwarded mail is read from its inner mail; editors' review comments are not the story's.
  const lines = dropReviewNotes(unwrapForward(joinLabelCells(joinWechatHeads(split)), removed), removed)
  return { lines, htmlTitle, htmlSiteName, names, traditional, photoLines, html: isHtml }
}
