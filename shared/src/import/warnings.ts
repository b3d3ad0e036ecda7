/** What the editor is asked to check in a draft: a missing title or date, an old date, no body, Traditional characters left. */
import { daysBefore } from './dates'
import { short } from './lines'
import { traditionalCharacters } from './simplified'
import type { ImportedBlock } from './types'

/** Days before the import beyond which the editor is asked to confirm the date. */
const OLD_DATE_DAYS = 30

export const draftWarnings = (title: string | null, publishedAt: string | null, finalBlocks: ImportedBlock[], now: Date): string[] => {
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
