/**
 * The head of the lines, read before the story: where the meta line and the page's own title
 * stand, the site's menu, a submission form, whether it is a mail or a hard-wrapped copy.
 */
import { isAccountStamp, isMeta, isStrongMeta } from './meta'
import { isDateOnly } from './dates'
import { HAN, charsAtMost, isHardWrapped, isParagraphShaped } from './lines'
import { menuLines } from './lists'
import { MAIL_MARK, mailTitleIndex } from './mail'
import { formEnd } from './title'

export const readHead = (lines: string[], htmlTitle: string | null, htmlSiteName: string | null, html: boolean) => {
  // A date alone (or beside a name) is a meta line only in the head: after the first paragraph it is a signature's.
  const firstParagraph = lines.findIndex((line) => isParagraphShaped(line) && !isStrongMeta(line))
  const headLength = Math.min(40, firstParagraph < 0 ? lines.length : firstParagraph)
  // A submission form at the top (稿件信息, 栏目：…, 作者：…): neither meta lines nor title.
  const form = formEnd(lines)
  const metaIndex = lines.findIndex(
    (line, index) =>
      index >= form &&
      ((index < 12 && isMeta(line) && (index < headLength || (!isDateOnly(line) && !isAccountStamp(line)))) || (index < headLength && isStrongMeta(line))),
  )
  const menu = menuLines(lines)
  // An HTML page's own title among the lines: what stands before it is the page's head.
  const headEnd = htmlTitle ? lines.findIndex((line, index) => index < 60 && line.replace(/^## /, '') === htmlTitle) : -1
  // The page's title counts only where it stands among the lines (a <title> of the site's name does not).
  const menuBetween = (from: number, to: number) => [...menu].filter((at) => at > from && at < to).length
  const titleLine =
    headEnd >= 0 && !menu.has(headEnd) && (metaIndex < 0 || metaIndex < headEnd || metaIndex - headEnd - menuBetween(headEnd, metaIndex) <= 2)
      ? htmlTitle
      : null
  const isMail = lines.slice(0, 6).some((line) => MAIL_MARK.test(line))
  const mailTitle = isMail ? mailTitleIndex(lines) : -1
  const hardWrapped = !html && isHardWrapped(lines)
  // The site's name after the title in the page's <title> (标题 - 宝山头条): the source of last resort.
  const siteName = htmlSiteName && !charsAtMost(htmlSiteName, 1) && charsAtMost(htmlSiteName, 16) && HAN.test(htmlSiteName) ? htmlSiteName : null
  return { form, metaIndex, menu, headEnd, titleLine, isMail, mailTitle, hardWrapped, siteName }
}
