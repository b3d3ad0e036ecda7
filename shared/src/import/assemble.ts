/**
 * After the line-by-line pass: what the pass found put together — the sources in their order of
 * trust, the title's last fallbacks, the signature and lead read from the body, teasers and title
 * lists dropped, blocks and the honour roll made, and the article finished (./finish).
 */
import { toBlocks } from './blocks'
import { PUBLISHER_LINE } from './bylines'
import { finishArticle } from './finish'
import { honorRollDraft } from './honor-roll'
import { short } from './lines'
import { dropTeasers, dropTitleLists } from './lists'
import type { MetaFound } from './meta-line'
import { readClosingCredit, readLead, readSignature } from './signature'
import { GENERIC_TITLE, TITLE_LABEL } from './title'
import type { Draft, ImportedArticle } from './types'

export type PassResult = {
  draft: Draft
  /** The story's lines, in order. */
  body: string[]
  /** What came after the story's end. */
  tail: string[]
  /** Title-like lines before the meta line. */
  titleCandidates: string[]
  /** Lines that were heading elements of an HTML page. */
  forcedHeadings: Set<string>
  honor: { heading: string | null; lines: string[] }
  /** Sources weaker than a labelled 来源, strongest first: a mail's sender (as reporter), the page's office line, an account's or a site's name. */
  sources: { mailSender: string | null; weakSource: string | null; pageSource: string | null; siteName: string | null; metaFound: MetaFound }
  page: { htmlTitle: string | null; hardWrapped: boolean; names: ImportedArticle['names']; traditional: string[] }
  now: Date
}

export const assembleArticle = ({ draft, body, tail, titleCandidates, forcedHeadings, honor, sources, page, now }: PassResult): ImportedArticle => {
  const { mailSender, weakSource, pageSource, siteName, metaFound } = sources
  const { htmlTitle, hardWrapped, names, traditional } = page
  // Title-like lines before the meta line that did not become the title: a sidebar.
  for (const candidate of titleCandidates) if (candidate !== draft.title) draft.removed.push(`页首的其他标题：${short(candidate)}`)
  if (!draft.reporter && !draft.correspondent && mailSender) draft.reporter = mailSender
  // A sub-office of the publisher named above (its 秘书处, its 办公室) stands for the publisher.
  draft.source ??= pageSource && metaFound.publisher?.startsWith(pageSource) ? pageSource : metaFound.publisher
  draft.source ??= pageSource
  draft.publishedAt ??= metaFound.otherDate
  if (tail.length) draft.removed.push(`正文结束后的其他内容（${tail.length} 行）：${short(tail[0] as string)}`)
  // A labelled title (标题：…) without its label, wherever it was found.
  if (draft.title !== null) draft.title = draft.title.replace(TITLE_LABEL, '') || draft.title
  if (draft.title === null && htmlTitle && !PUBLISHER_LINE.test(htmlTitle) && !GENERIC_TITLE.test(htmlTitle)) draft.title = htmlTitle

  readSignature(body, draft)
  draft.source ??= weakSource ?? siteName

  readLead(body, draft)

  const listed = dropTitleLists(dropTeasers(body, draft.removed), draft.removed)
  readClosingCredit(listed, draft)

  const finalBlocks = toBlocks(listed, forcedHeadings, draft.warnings, hardWrapped)

  const honorRoll = honor.heading !== null || honor.lines.length ? honorRollDraft(honor.heading, honor.lines, draft.title, draft.warnings, names) : null

  return finishArticle(draft, finalBlocks, honorRoll, names, traditional, now)
}
