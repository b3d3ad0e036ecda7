/**
 * The input made into lines to read: HTML to text (its furniture elements set apart), spaces and
 * spaced labels evened out, pinyin readings removed, Traditional converted to Simplified with the
 * names found kept as names.
 */
import { htmlToText, looksLikeHtml } from './html'
import { short } from './lines'
import { SPACED_LABEL } from './meta'
import { findNames } from './names'
import { stripReadings } from './readings'
import { simplifiedName, toSimplified, traditionalCharacters } from './simplified'
import { joinWechatHeads } from './title'
import type { ImportedArticle } from './types'

export type PreparedText = {
  lines: string[]
  /** The page's own title and the site's name after it in `<title>`, for an HTML input. */
  htmlTitle: string | null
  htmlSiteName: string | null
  names: ImportedArticle['names']
  traditional: string[]
}

export const prepareText = (input: string, html: boolean | undefined, removed: string[]): PreparedText => {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  let htmlTitle: string | null = null
  let htmlSiteName: string | null = null
  if (html ?? looksLikeHtml(text)) {
    const fromHtml = htmlToText(text)
    text = fromHtml.text
    htmlTitle = fromHtml.title
    htmlSiteName = fromHtml.siteName
    for (const part of fromHtml.removed) removed.push(`页面导航、侧栏或页脚：${short(part)}`)
  }
  text = text.replace(/[\u00a0\u3000\u2002\u2003\u200b]/g, ' ').replace(/[·•]{3,}|\.{4,}/g, '……')
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
  const lines = joinWechatHeads(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  )
  return { lines, htmlTitle, htmlSiteName, names, traditional }
}
