/**
 * The draft made into the imported article, with what the editor is asked to check: a missing
 * title or date, an old date, no body, Traditional characters left.
 */
import { daysBefore } from './dates'
import { short } from './lines'
import { traditionalCharacters } from './simplified'
import { normalisePunctuation } from './punctuation'
import type { Draft, ImportedArticle, ImportedBlock } from './types'

/** Days before the import beyond which the editor is asked to confirm the date. */
const OLD_DATE_DAYS = 30

const draftWarnings = (title: string | null, publishedAt: string | null, finalBlocks: ImportedBlock[], now: Date): string[] => {
  const warnings: string[] = []
  if (!title) {
    const firstParagraph = finalBlocks.find((block) => block.type === 'paragraph')?.text ?? ''
    const suggestion = short(firstParagraph.split(/[。！？]/)[0] ?? '', 30)
    warnings.push(`未找到标题${suggestion ? `，建议：${suggestion}` : ''}`)
  }
  if (!publishedAt) warnings.push('未找到发布日期，请在草稿中填写')
  else if (daysBefore(publishedAt, now) > OLD_DATE_DAYS) {
    warnings.push(`发布日期 ${publishedAt.slice(0, 10)} 早于${OLD_DATE_DAYS}天前，请确认：保存后它不会出现在列表首页。`)
  }
  if (!finalBlocks.some((block) => block.type === 'paragraph')) warnings.push('没有找到正文段落')
  const left = traditionalCharacters(finalBlocks.map((block) => block.text).join('\n'))
  if (left.length) warnings.push(`仍有繁体字：${left.join('')}`)
  return warnings
}

export const finishArticle = (
  draft: Draft,
  finalBlocks: ImportedBlock[],
  honorRoll: ImportedArticle['honorRoll'],
  names: ImportedArticle['names'],
  traditional: string[],
  now: Date,
): ImportedArticle => {
  const title = draft.title ? normalisePunctuation(draft.title) : null
  // Names only from what is kept (a dropped tail's speakers are not the editor's concern).
  const kept = [
    title ?? '',
    draft.correspondent ?? '',
    draft.reporter ?? '',
    draft.responsibleEditor ?? '',
    ...finalBlocks.map((block) => block.text),
    ...draft.captions,
  ].join('\n')
  const honourees = new Set(honorRoll?.entries.map((entry) => entry.name))
  const keptNames = names.filter((name) => honourees.has(name.simplified) || kept.includes(name.simplified))
  draft.warnings.push(...draftWarnings(title, draft.publishedAt, finalBlocks, now))

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
