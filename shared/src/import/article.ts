/**
 * An article copied from an old page, a Word file or a correspondent's mail, made into a clean
 * story draft: title, date, bylines and source found; breadcrumbs, meta lines, sidebars, share
 * widgets, copyright lines, footers and other articles' tails dropped (and listed, so the editor
 * sees what went); broken paragraphs joined; pinyin readings removed; Traditional converted to
 * Simplified with names kept as names; an honour roll after the story recognised. Pure: the CMS
 * (endpoint, CLI) does the reading of files and the writing of drafts.
 */
import type { Draft, ImportedArticle } from './types'
import { FURNITURE_LINE, HAN, SENTENCE_END, charsAtMost, isParagraphShaped, isTitleLike, short } from './lines'
import { BREADCRUMB, CONTACT, COPYRIGHT, COPYRIGHT_END, COUNTER, DISTRIBUTION, DOCUMENT_NUMBER, END_MARK, FOOTER, PREV_NEXT, PRINTED_ON, PRINT_RUN, PROMO, RELATED, SHARE, START_MARK, TAGS, WECHAT_UI, isCounterOnly, isJunk, isToolBar } from './furniture'
import { NUMERIC_DATE, REPOST, WECHAT_HEAD, wechatHeadOf, isAccountStamp, isMeta, isMetaAnywhere, isStrongMeta, outletIn, sourceIn } from './meta'
import { PUBLISHER_LINE, applyBylines, officeByline, readSignOff } from './bylines'
import { CAPTION } from './captions'
import { dropTeasers, dropTitleLists, menuLines } from './lists'
import { MAIL_END, MAIL_HEADER, MAIL_MARK, mailTitleIndex, senderOf } from './mail'
import { SUBTITLE, TITLE_LABEL, isSiteName, titleAt } from './title'
import { dateOf, hasDate, isDateOnly } from './dates'
import { CAPTION_PREFIX } from './html'
import { HONOR_HEADING, honorRollDraft, parseAwardedEntry } from './honor-roll'
import { normalisePunctuation } from './punctuation'
import { prepareText } from './prepare'
import { readLead, readSignature } from './signature'
import { toBlocks } from './blocks'
import { draftWarnings } from './warnings'

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
  const draft: Draft = { title: null, publishedAt: null, source: null, correspondent: null, reporter: null, responsibleEditor: null, captions: [], removed: [], warnings: [] }
  const { lines, htmlTitle, htmlSiteName, names, traditional } = prepareText(input, options.html, draft.removed)

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
  // A date alone (or beside a name) is a meta line only in the head: after the first paragraph it is a signature's.
  const firstParagraph = lines.findIndex(isParagraphShaped)
  const headLength = Math.min(40, firstParagraph < 0 ? lines.length : firstParagraph)
  const metaIndex = lines.findIndex((line, index) => (index < 12 && isMeta(line) && (index < headLength || (!isDateOnly(line) && !isAccountStamp(line)))) || (index < headLength && isStrongMeta(line)))
  const menu = menuLines(lines)
  // An HTML page's own title among the lines: what stands before it is the page's head.
  const headEnd = htmlTitle ? lines.findIndex((line, index) => index < 60 && line.replace(/^## /, '') === htmlTitle) : -1
  // The page's title counts only where it stands among the lines (a <title> of the site's name does not).
  const menuBetween = (from: number, to: number) => [...menu].filter((at) => at > from && at < to).length
  const titleLine = headEnd >= 0 && !menu.has(headEnd) && (metaIndex < 0 || metaIndex < headEnd || metaIndex - headEnd - menuBetween(headEnd, metaIndex) <= 2) ? htmlTitle : null
  const isMail = lines.slice(0, 6).some((line) => MAIL_MARK.test(line))
  const mailTitle = isMail ? mailTitleIndex(lines) : -1
  let mailSender: string | null = null
  // A WeChat account's or a site's name: the source only when no 来源 is found.
  let weakSource: string | null = null
  // The publishing office or site on a line of its own at the top: the source unless a labelled one is found.
  let pageSource: string | null = null
  // The site's name after the title in the page's <title> (标题 - 宝山头条): the source of last resort.
  const siteName = htmlSiteName && !charsAtMost(htmlSiteName, 1) && charsAtMost(htmlSiteName, 16) && HAN.test(htmlSiteName) ? htmlSiteName : null
  /** The title from the lines before a meta line: the last of them, unless it is a site's name with the title after the meta lines. */
  const takeTitleCandidate = (index: number) => {
    const candidate = titleCandidates[titleCandidates.length - 1]
    if (draft.title !== null || candidate === undefined) return
    let next = index + 1
    while (next < lines.length && next < index + 6 && (isMeta(lines[next] as string) || PROMO.test(lines[next] as string) || WECHAT_HEAD.test(lines[next] as string))) next += 1
    if ((charsAtMost(candidate, 8) || PUBLISHER_LINE.test(candidate)) && titleAt(lines, next)) {
      if (isSiteName(candidate)) weakSource ??= candidate
    } else draft.title = candidate
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
    if (menu.has(index) && phase === 'body') {
      draft.removed.push(`网站菜单：${short(plain.replace(/^## /, ''))}`)
      continue
    }
    if (/^(?:## )?[【\[]?版权声明/.test(plain) && body.length > 0 && phase === 'body') {
      draft.removed.push(`版权声明：${short(plain.replace(/^## /, ''))}`)
      phase = 'tail'
      continue
    }
    // A heading element of an HTML page (see ./html).
    if (plain.startsWith('## ')) {
      const heading = plain.slice(3).trim()
      if (heading && phase === 'body' && !RELATED.test(heading)) {
        forcedHeadings.add(heading)
        body.push(heading)
        continue
      }
    }
    if (isJunk(plain)) {
      draft.removed.push(`网页残留：${short(plain)}`)
      continue
    }
    if (HONOR_HEADING.test(plain) || (phase !== 'honor' && body.length > 0 && plain.split('\t').length >= 2 && line.split('\t').every((segment) => parseAwardedEntry(segment)))) {
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
    if (furnitureShaped && BREADCRUMB.test(plain)) {
      draft.removed.push(`面包屑导航：${short(plain)}`)
      continue
    }
    if (furnitureShaped && isToolBar(plain)) {
      draft.removed.push(`页面工具栏：${short(plain)}`)
      continue
    }
    if (furnitureShaped && (RELATED.test(plain) || PREV_NEXT.test(plain))) {
      draft.removed.push(`相关文章或翻页链接：${short(plain)}`)
      inRelatedList = RELATED.test(plain)
      continue
    }
    const repost = body.length === 0 && charsAtMost(plain, 50) ? REPOST.exec(plain) : null
    if (repost) {
      // The account the article is from is its source, whoever reposted it.
      draft.source ??= repost[1] as string
      if (repost[2]) draft.reporter ??= repost[2]
      draft.removed.push(`转载说明：${plain}`)
      continue
    }
    if (WECHAT_HEAD.test(plain) && body.length === 0 && charsAtMost(plain, 80)) {
      const { author, account } = wechatHeadOf(plain)
      if (author) draft.reporter ??= author
      if (account) weakSource ??= account
      draft.publishedAt ??= dateOf(plain)
      draft.removed.push(`公众号信息：${short(plain)}`)
      takeTitleCandidate(index)
      continue
    }
    const meta = phase === 'body' && furnitureShaped && (index === metaIndex || (isMeta(plain) && body.length === 0) || isMetaAnywhere(plain))
    if (meta) {
      inRelatedList = false
      draft.publishedAt ??= dateOf(plain)
      const views = [...plain.matchAll(COUNTER)][0] ?? (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s+(\d+)$/.exec(plain) as RegExpExecArray | null)
      // 来源：…, or a publisher among the meta line's parts (发布于 2023-05-21 · 新华路街道).
      draft.source ??= sourceIn(plain) ?? plain.split(/[\s·•|｜/]+/).map((part) => part.replace(/(?:编|编印|主办|印发)$/, '')).find((part) => PUBLISHER_LINE.test(part)) ?? null
      weakSource ??= outletIn(plain)
      applyBylines(draft, plain.replace(COUNTER, ' '))
      draft.removed.push(`信息行：${short(plain)}${views ? `（阅读数 ${(views[1] ?? views[2] ?? '').trim()} 不导入）` : ''}`)
      takeTitleCandidate(index)
      continue
    }
    if (furnitureShaped && isCounterOnly(plain)) {
      draft.removed.push(`阅读数等计数：${short(plain)}`)
      continue
    }
    if (inRelatedList) {
      // The line right before a meta line is the story's title, not one more related link.
      const beforeMeta = index + 1 === metaIndex || isStrongMeta(lines[index + 1] ?? '')
      if (isTitleLike(plain) && !SENTENCE_END.test(plain) && !beforeMeta) {
        draft.removed.push(`相关文章：${short(plain)}`)
        continue
      }
      if (charsAtMost(plain, 20) && NUMERIC_DATE.test(plain)) continue
      inRelatedList = false
    }
    if (furnitureShaped && (SHARE.test(plain) || WECHAT_UI.test(plain) || COPYRIGHT.test(plain) || FOOTER.test(plain) || PROMO.test(plain) || TAGS.test(plain))) {
      draft.removed.push(`分享、版权或页脚：${short(plain)}`)
      if (body.length > 0 && phase === 'body' && COPYRIGHT_END.test(plain)) phase = 'tail'
      continue
    }
    if (isMail && phase === 'body') {
      if (body.length === 0 && draft.title === null && (MAIL_HEADER.test(plain) || MAIL_MARK.test(plain))) {
        mailSender ??= senderOf(plain)
        if (/^(?:日期|时间|发送时间|Date|Sent)/i.test(plain)) draft.publishedAt ??= dateOf(plain)
        draft.removed.push(`邮件头：${short(plain)}`)
        continue
      }
      if (body.length === 0 && draft.title === null && index < mailTitle) {
        draft.removed.push(`邮件中给编辑的话：${short(plain)}`)
        continue
      }
      if (body.length > 0 && furnitureShaped && MAIL_END.test(plain)) {
        draft.removed.push(`邮件的结尾：${short(plain)}`)
        phase = 'tail'
        continue
      }
    }
    if (body.length > 0 && charsAtMost(plain, 80) && CONTACT.test(plain)) {
      draft.removed.push(`联系人：${short(plain)}`)
      continue
    }
    if (furnitureShaped && body.length > 0 && (DISTRIBUTION.test(plain) || PRINT_RUN.test(plain) || (PRINTED_ON.test(plain) && hasDate(plain) && charsAtMost(plain, 60)))) {
      draft.removed.push(`分发范围：${short(plain)}`)
      phase = 'tail'
      continue
    }
    if (furnitureShaped && (START_MARK.test(plain) || END_MARK.test(plain))) {
      draft.removed.push(`正文标记：${short(plain)}`)
      if (body.length > 0 && END_MARK.test(plain)) phase = 'tail'
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
    if (body.length === 0 && charsAtMost(plain, 40) && DOCUMENT_NUMBER.test(plain)) {
      draft.removed.push(`文号：${plain}`)
      continue
    }
    if (draft.title !== null && body.length === 0 && index < metaIndex && charsAtMost(plain, 20) && !isParagraphShaped(plain) && !/[，。！？：:]/.test(plain) && !CAPTION.test(plain)) {
      // Between the title and its meta line: an account's or an author's name (闵行志愿, 小普).
      if (isSiteName(plain)) weakSource ??= plain
      draft.removed.push(`标题下的信息：${plain}`)
      continue
    }
    if (body.length === 0 && (draft.title !== null || titleCandidates.length > 0) && SUBTITLE.test(plain) && charsAtMost(plain, 60)) {
      draft.removed.push(`副标题：${short(plain)}`)
      continue
    }
    if (charsAtMost(plain, 100) && CAPTION.test(plain)) {
      draft.captions.push(plain)
      continue
    }
    if (draft.title === null && body.length === 0 && titleCandidates.length === 0 && draft.source === null && pageSource === null && plain !== htmlTitle && PUBLISHER_LINE.test(plain)) {
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
      draft.title = plain.replace(TITLE_LABEL, '') || plain
      continue
    }
    if (draft.title === null && body.length === 0 && metaIndex > index && isTitleLike(plain)) {
      titleCandidates.push(plain)
      continue
    }
    body.push(plain)
  }
  // Title-like lines before the meta line that did not become the title: a sidebar.
  for (const candidate of titleCandidates) if (candidate !== draft.title) draft.removed.push(`页首的其他标题：${short(candidate)}`)
  if (!draft.reporter && !draft.correspondent && mailSender) draft.reporter = mailSender
  draft.source ??= pageSource
  if (tail.length) draft.removed.push(`正文结束后的其他内容（${tail.length} 行）：${short(tail[0] as string)}`)
  if (draft.title === null && htmlTitle && !PUBLISHER_LINE.test(htmlTitle)) draft.title = htmlTitle

  readSignature(body, draft)
  draft.source ??= weakSource ?? siteName

  readLead(body, draft)

  const listed = dropTitleLists(dropTeasers(body, draft.removed), draft.removed)

  const finalBlocks = toBlocks(listed, forcedHeadings, draft.warnings)

  const honorRoll = honorHeading !== null || honorLines.length ? honorRollDraft(honorHeading, honorLines, draft.title, draft.warnings, names) : null

  const title = draft.title ? normalisePunctuation(draft.title) : null
  // Names only from what is kept (a dropped tail's speakers are not the editor's concern).
  const kept = [title ?? '', draft.correspondent ?? '', draft.reporter ?? '', draft.responsibleEditor ?? '', ...finalBlocks.map((block) => block.text), ...draft.captions].join('\n')
  const honourees = new Set(honorRoll?.entries.map((entry) => entry.name))
  const keptNames = names.filter((name) => honourees.has(name.simplified) || kept.includes(name.simplified))
  draft.warnings.push(...draftWarnings(title, draft.publishedAt, finalBlocks, options.now ?? new Date()))

  return {
    kind: 'story',
    title,
    publishedAt: draft.publishedAt,
    source: draft.source,
    correspondent: draft.correspondent,
    reporter: draft.reporter,
    responsibleEditor: draft.responsibleEditor,
    paragraphs: finalBlocks.filter((block) => block.type === 'paragraph').map((block) => block.text),
    headings: finalBlocks.filter((block) => block.type === 'heading').map((block) => block.text),
    captions: draft.captions.map(normalisePunctuation),
    honorRoll,
    removed: draft.removed,
    warnings: draft.warnings,
    blocks: finalBlocks,
    names: keptNames,
    traditional,
  }
}
