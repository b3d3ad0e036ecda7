/**
 * An article copied from an old page, a Word file or a correspondent's mail, made into a clean
 * story draft: title, date, bylines and source found; breadcrumbs, meta lines, sidebars, share
 * widgets, copyright lines, footers and other articles' tails dropped (and listed, so the editor
 * sees what went); broken paragraphs joined; pinyin readings removed; Traditional converted to
 * Simplified with names kept as names; an honour roll after the story recognised. Pure: the CMS
 * (endpoint, CLI) does the reading of files and the writing of drafts.
 */
import { assembleArticle } from './assemble'
import { PUBLISHER_LINE, officeByline, readSignOff } from './bylines'
import { captionText, isCaption } from './captions'
import { dateOf } from './dates'
import { readFormField } from './form'
import * as furniture from './furniture'
import { readHead } from './head'
import { HONOR_HEADING, parseAwardedEntry } from './honor-roll'
import { CAPTION_PREFIX } from './html'
import { FURNITURE_LINE, charsAtMost, isListedTitle, isTitleLike, short } from './lines'
import { mailLine, senderOf } from './mail'
import { NUMERIC_DATE, WECHAT_HEAD, isMeta, isMetaAnywhere, isStrongMeta } from './meta'
import { type MetaFound, readMetaLine, readRepost, readWechatHead } from './meta-line'
import { prepareText } from './prepare'
import { ADDRESSEE, FORM_HEADING, SUBTITLE, isNoteUnderTitle, isSiteBeforeMeta, isSiteName, isTitleRest } from './title'
import type { Draft, ImportedArticle } from './types'

export { dateOf }
export type { ImportedArticle, ImportedBlock } from './types'

export type ParseOptions = {
  /** Whether the input is HTML; worked out from the text when not given. */
  html?: boolean
  /** Today, for the warning about an old date (default: now). */
  now?: Date
}

/** An imported article from text or HTML. */
export const parseArticle = (input: string, options: ParseOptions = {}): ImportedArticle => {
  const draft: Draft = {
    title: null,
    publishedAt: null,
    source: null,
    correspondent: null,
    reporter: null,
    responsibleEditor: null,
    captions: [],
    removed: [],
    warnings: [],
  }
  const { lines, htmlTitle, htmlSiteName, names, traditional, html, photoLines } = prepareText(input, options.html, draft.removed)

  // The head: everything before the first paragraph. The title is the title-like line right
  // before the meta line when there is one (sidebars come before it), else the first.
  const body: string[] = []
  const honorLines: string[] = []
  let honorHeading: string | null = null
  let phase: 'body' | 'tail' | 'honor' = 'body'
  let inRelatedList = false
  const tail: string[] = []
  const titleCandidates: string[] = []
  const forcedHeadings = new Set<string>()
  const { form, metaIndex, menu, headEnd, titleLine, isMail, mailTitle, hardWrapped, siteName } = readHead(lines, htmlTitle, htmlSiteName, html)
  let mailSender: string | null = null
  // A WeChat account's or a site's name: the source only when no 来源 is found.
  let weakSource: string | null = null
  // The publishing office or site on a line of its own at the top: the source unless a labelled one is found.
  let pageSource: string | null = null
  const metaFound: MetaFound = { publisher: null, datePublished: false, otherDate: null }
  let inAttachments = false
  let titleIndex = -1
  /** The title from the lines before a meta line: the last of them, unless it is a site's name with the title after the meta lines. */
  const takeTitleCandidate = (index: number) => {
    const candidate = titleCandidates[titleCandidates.length - 1]
    if (draft.title !== null || candidate === undefined) return
    if (!isSiteBeforeMeta(lines, index, candidate)) draft.title = candidate
    else if (isSiteName(candidate)) weakSource ??= candidate
  }

  for (const [index, raw] of lines.entries()) {
    // Before the story, a heading element of an HTML page may be its title: read as a plain line.
    const unmarked = body.length === 0 && draft.title === null ? raw.replace(/^## /, '') : raw
    const line = unmarked.replace(/\t+/g, phase === 'honor' || /荣获/.test(raw) ? '\t' : ' ')
    const plain = line.replace(/\t/g, ' ')
    if (plain.startsWith(CAPTION_PREFIX)) {
      const caption = plain.slice(CAPTION_PREFIX.length).trim()
      if (caption && phase === 'body') draft.captions.push(caption)
      continue
    }
    if (index < form) {
      if (FORM_HEADING.test(plain)) draft.removed.push(`投稿信息：${plain}`)
      else readFormField(draft, plain)
      continue
    }
    if (menu.has(index) && phase === 'body') {
      draft.removed.push(`网站菜单：${short(plain.replace(/^## /, ''))}`)
      continue
    }
    if ((/^(?:## )?[【[]?版权声明/.test(plain) || furniture.COMMENTS.test(plain.replace(/^## /, ''))) && body.length > 0 && phase === 'body') {
      draft.removed.push(`${furniture.COMMENTS.test(plain.replace(/^## /, '')) ? '评论区' : '版权声明'}：${short(plain.replace(/^## /, ''))}`)
      phase = 'tail'
      continue
    }
    // A heading element of an HTML page (see ./html).
    if (plain.startsWith('## ')) {
      const heading = plain.slice(3).trim()
      if (heading && phase === 'body' && !furniture.RELATED.test(heading)) {
        forcedHeadings.add(heading)
        body.push(heading)
        continue
      }
    }
    if (furniture.isJunk(plain)) {
      draft.removed.push(`网页残留：${short(plain)}`)
      continue
    }
    if (
      HONOR_HEADING.test(plain) ||
      (phase !== 'honor' && body.length > 0 && plain.split('\t').length >= 2 && line.split('\t').every((segment) => parseAwardedEntry(segment)))
    ) {
      if (HONOR_HEADING.test(plain)) honorHeading = plain.replace(/[:：]$/, '')
      else honorLines.push(line)
      phase = 'honor'
      continue
    }
    if (phase === 'honor') {
      honorLines.push(line)
      continue
    }
    const furnitureShaped = plain.length <= FURNITURE_LINE
    if (furnitureShaped && furniture.BREADCRUMB.test(plain)) {
      draft.removed.push(`面包屑导航：${short(plain)}`)
      continue
    }
    if (furnitureShaped && furniture.isToolBar(plain)) {
      draft.removed.push(`页面工具栏：${short(plain)}`)
      continue
    }
    if (furnitureShaped && (furniture.RELATED.test(plain) || furniture.PREV_NEXT.test(plain))) {
      draft.removed.push(`相关文章或翻页链接：${short(plain)}`)
      inRelatedList = furniture.RELATED.test(plain)
      continue
    }
    if (body.length === 0 && readRepost(draft, plain)) continue
    if (WECHAT_HEAD.test(plain) && body.length === 0 && charsAtMost(plain, 80)) {
      const account = readWechatHead(draft, plain)
      weakSource ??= account
      takeTitleCandidate(index)
      continue
    }
    const meta = phase === 'body' && furnitureShaped && (index === metaIndex || (isMeta(plain) && body.length === 0) || isMetaAnywhere(plain))
    if (meta) {
      inRelatedList = false
      const outlet = readMetaLine(draft, plain, body.length === 0, metaFound)
      weakSource ??= outlet
      takeTitleCandidate(index)
      continue
    }
    if (furnitureShaped && furniture.isCounterOnly(plain)) {
      draft.removed.push(`阅读数等计数：${short(plain)}`)
      continue
    }
    if (inRelatedList) {
      // The line right before a meta line is the story's title, not one more related link.
      const beforeMeta = index + 1 === metaIndex || isStrongMeta(lines[index + 1] ?? '')
      if (isListedTitle(plain) && !beforeMeta) {
        draft.removed.push(`相关文章：${short(plain)}`)
        continue
      }
      if (charsAtMost(plain, 20) && NUMERIC_DATE.test(plain)) continue
      inRelatedList = false
    }
    const kind = furniture.furnitureKind(plain)
    if (kind) {
      draft.removed.push(`${kind}：${short(plain)}`)
      continue
    }
    if (furnitureShaped && furniture.isShareOrFooter(plain)) {
      draft.removed.push(`分享、版权或页脚：${short(plain)}`)
      if (body.length > 0 && phase === 'body' && furniture.COPYRIGHT_END.test(plain)) phase = 'tail'
      continue
    }
    const mailPart =
      isMail && phase === 'body' ? mailLine(plain, { index, mailTitle, inHead: body.length === 0 && draft.title === null, inBody: body.length > 0 }) : null
    if (mailPart) {
      draft.removed.push(`${mailPart.label}：${short(plain)}`)
      if (mailPart.label === '邮件头') {
        mailSender ??= senderOf(plain)
        if (/^(?:日期|时间|发送时间|Date|Sent)/i.test(plain)) draft.publishedAt ??= dateOf(plain)
      }
      if (mailPart.endsStory) phase = 'tail'
      continue
    }
    // 附件：1. …, and the numbered items after it: the story's attachments, not its text (a signature may follow).
    inAttachments =
      charsAtMost(plain, 80) && (furniture.ATTACHMENT.test(plain) || (inAttachments && furniture.LIST_ITEM.test(plain) && !/[。！？]$/.test(plain)))
    if (inAttachments) {
      draft.removed.push(`附件：${short(plain)}`)
      continue
    }
    if (body.length > 0 && charsAtMost(plain, 80) && furniture.CONTACT.test(plain)) {
      draft.removed.push(`联系人：${short(plain)}`)
      continue
    }
    if (furnitureShaped && body.length > 0 && furniture.isDistribution(plain)) {
      draft.removed.push(`分发范围：${short(plain)}`)
      phase = 'tail'
      continue
    }
    if (furnitureShaped && (furniture.START_MARK.test(plain) || furniture.END_MARK.test(plain))) {
      draft.removed.push(`正文标记：${short(plain)}`)
      if (body.length > 0 && furniture.END_MARK.test(plain)) phase = 'tail'
      continue
    }
    if (phase === 'tail') {
      // Right after the story's end: its source and bylines still (END, then 来源：…, 编辑：…).
      if (!(tail.length === 0 && furnitureShaped && readSignOff(draft, plain))) tail.push(plain)
      continue
    }
    if (furnitureShaped && readSignOff(draft, plain)) {
      if (body.length) phase = 'tail'
      continue
    }
    const byline = body.length === 0 ? officeByline(plain) : null
    if (byline) {
      draft.source ??= byline.office
      draft.reporter ??= byline.name
      draft.removed.push(`署名行：${plain}`)
      continue
    }
    if (body.length === 0 && charsAtMost(plain, 40) && furniture.DOCUMENT_NUMBER.test(plain)) {
      draft.removed.push(`文号：${plain}`)
      continue
    }
    if (draft.title !== null && body.length === 0 && index < metaIndex && isNoteUnderTitle(plain)) {
      // Between the title and its meta line: an account's or an author's name (闵行志愿, 小普).
      if (isSiteName(plain)) weakSource ??= plain
      draft.removed.push(`标题下的信息：${plain}`)
      continue
    }
    if (draft.title !== null && body.length === 0 && ADDRESSEE.test(plain)) {
      draft.removed.push(`主送单位：${plain}`)
      continue
    }
    if (body.length === 0 && (draft.title !== null || titleCandidates.length > 0) && SUBTITLE.test(plain) && charsAtMost(plain, 60)) {
      draft.removed.push(`副标题：${short(plain)}`)
      continue
    }
    if (charsAtMost(plain, 100) && (isCaption(plain) || photoLines.has(plain))) {
      draft.captions.push(captionText(plain))
      continue
    }
    const nothingYet = draft.title === null && body.length === 0 && titleCandidates.length === 0 && draft.source === null && pageSource === null
    if (nothingYet && plain !== htmlTitle && PUBLISHER_LINE.test(plain)) {
      // The source unless a labelled one (来源：…, 信息来源：…) follows: that names the office, this the site.
      pageSource = plain
      draft.removed.push(`发布单位（作为来源）：${plain}`)
      continue
    }
    if (index < headEnd) {
      draft.removed.push(`标题前的内容：${short(plain)}`)
      continue
    }
    if (draft.title === null && body.length === 0 && (titleLine ? plain === titleLine : metaIndex > index ? false : isTitleLike(plain))) {
      draft.title = plain
      titleIndex = index
      continue
    }
    // A hard-wrapped copy (from a PDF) breaks a long title over two lines.
    if (hardWrapped && titleIndex === index - 1 && body.length === 0 && draft.title !== null && isTitleRest(plain, lines[index + 1])) {
      draft.title += plain
      continue
    }
    if (draft.title === null && body.length === 0 && metaIndex > index && isTitleLike(plain)) {
      titleCandidates.push(plain)
      continue
    }
    body.push(plain)
  }
  return assembleArticle({
    draft,
    body,
    tail,
    titleCandidates,
    forcedHeadings,
    honor: { heading: honorHeading, lines: honorLines },
    sources: { mailSender, weakSource, pageSource, siteName, metaFound },
    page: { htmlTitle, hardWrapped, names, traditional },
    now: options.now ?? new Date(),
  })
}
