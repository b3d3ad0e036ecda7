/**
 * Review comments left in a Word file or a draft by its editors: a comment on a line of its own
 * (【批注：标题偏长——某编辑】, （批注：…）, [批注1] 某编辑：请核对, 批注 [ZM1]: …, [周敏1] …, 审稿意见：…) and
 * the marks in the text that point to one ([批注1], 【批注2】, [ZM1] or [周敏1] after a word, 【批注：…】
 * mid-sentence; not a figure's or a footnote's [图1], [注1]).
 * They are for the writer, not the reader: taken out, and listed.
 */
import { short } from './lines'

const KIND = '批注|审稿意见|审读意见|审核意见|修改意见|修改建议|编辑意见|责编意见|编者批注|编辑批注|Comment'
/** A comment on a line of its own: a bracketed comment, a numbered comment's note, a labelled comment. */
const NOTE_LINE = new RegExp(
  `^(?:[【\\[［〔（(]\\s*(?:${KIND})\\s*\\d{0,3}\\s*(?:[:：][^【】\\[\\]［］〔〕（）()]{0,300})?[】\\]］〕）)]|(?:${KIND})\\s*\\d{0,3}\\s*[\\[［【(（][^\\]］】)）]{1,12}[\\]］】)）]\\s*[:：]|(?:${KIND})\\s*[:：]|\\[(?:[A-Z]{1,3}|(?!图|注|表|附)\\p{Script=Han}{1,4})\\d{1,2}\\]\\s*\\S)`,
  'iu',
)
/** A comment's mark (or a short comment) inside a paragraph. */
const INLINE_NOTE = new RegExp(
  `[【\\[［〔]\\s*(?:${KIND})\\s*\\d{0,3}\\s*(?:[:：][^【】\\[\\]［］〔〕]{0,200})?[】\\]］〕]|(?<=[\\p{Script=Han}，。！？”’）])\\[(?:[A-Z]{1,3}|(?!图|注|表|附)\\p{Script=Han}{1,4})\\d{1,2}\\]`,
  'giu',
)

/** The lines without the review comments left in them. */
export const dropReviewNotes = (lines: string[], removed: string[]): string[] => {
  const kept: string[] = []
  for (const line of lines) {
    if (NOTE_LINE.test(line)) {
      removed.push(`编辑批注：${short(line)}`)
      continue
    }
    const clean = line.replace(INLINE_NOTE, (mark) => {
      removed.push(`编辑批注：${short(mark)}`)
      return ''
    })
    if (clean.trim()) kept.push(clean.trim())
  }
  return kept
}
