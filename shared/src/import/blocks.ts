/** The body's lines made into blocks: subheadings, paragraphs broken mid-sentence joined. */
import { SENTENCE_END, charsAtMost } from './lines'
import { normalisePunctuation } from './punctuation'
import { GARBLED_MARK } from './readings'
import type { ImportedBlock } from './types'

/** What cannot begin a paragraph: closing quotes and brackets, and the punctuation after a sentence (a line wrapped before them). */
const WRAPPED_SENTENCE_END = /[。！？!?…][”’」』）)]?$/
const CLOSING_START = /^[”’」』）)》，。、；：！？]/

export const isHeading = (blocks: string[], index: number, previousIsHeading: boolean, forced: Set<string>): boolean => {
  const block = blocks[index] as string
  if (forced.has(block)) return true
  const previous = blocks[index - 1]
  if (index === blocks.length - 1) return false
  if (!charsAtMost(block, 30) || /[。；;]/.test(block) || /[，,、：:]$/.test(block)) return false
  // 一、… and （一）… number a document's sections: headings even with a comma inside.
  if (SECTION_NUMBER.test(block)) return true
  if (/[，,]/.test(block) && !/[！!？?]$/.test(block)) return false
  return previous === undefined || previousIsHeading || SENTENCE_END.test(previous)
}

export const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/

/** Between two pieces of one paragraph: a space only where Latin letters or digits meet. */
export const joinerOf = (before: string, after: string): string => (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '')

/**
 * The body's lines as blocks: headings, then paragraphs broken mid-sentence joined with what
 * follows; punctuation normalised; debris of a broken encoding taken out, each place warned of.
 */
export const toBlocks = (listed: string[], forcedHeadings: Set<string>, warnings: string[], hardWrapped = false): ImportedBlock[] => {
  // In a hard-wrapped copy a line may stop after a closing quote mid-sentence (设置了“文明停车”): only 。！？ end one there.
  const ends = hardWrapped ? WRAPPED_SENTENCE_END : SENTENCE_END
  const blocks: ImportedBlock[] = []
  let previousIsHeading = true
  for (let index = 0; index < listed.length; index += 1) {
    const block = listed[index] as string
    if (isHeading(listed, index, previousIsHeading, forcedHeadings)) {
      blocks.push({ type: 'heading', text: block })
      previousIsHeading = true
      continue
    }
    // Pieces are joined once at the end, and each step looks only at the last piece: testing the
    // growing paragraph would read it again at every step (quadratic over thousands of lines).
    const pieces = [block]
    let last = block
    while (
      (!ends.test(last) || CLOSING_START.test(listed[index + 1] ?? '')) &&
      index + 1 < listed.length &&
      !isHeading(listed, index + 1, false, forcedHeadings)
    ) {
      index += 1
      const next = listed[index] as string
      pieces.push(joinerOf(last, next), next)
      last = next
    }
    const paragraph = pieces.join('')
    blocks.push({ type: 'paragraph', text: paragraph })
    previousIsHeading = false
  }
  const normalised = blocks.map((block) => ({ ...block, text: normalisePunctuation(block.text) }))
  // Debris of a broken encoding: shown in context (□ where it was) and taken out of the draft.
  for (const [index, block] of normalised.entries()) {
    if (!block.text.includes(GARBLED_MARK)) continue
    // Windows of text around each place, overlapping windows merged.
    const windows: [number, number][] = []
    for (const match of block.text.matchAll(new RegExp(GARBLED_MARK, 'g'))) {
      const [start, end] = [Math.max(0, match.index - 8), Math.min(block.text.length, match.index + 9)]
      const last = windows[windows.length - 1]
      if (last && start <= last[1]) last[1] = end
      else windows.push([start, end])
    }
    const places = windows.map(([start, end]) => block.text.slice(start, end).replace(new RegExp(GARBLED_MARK, 'g'), '□'))
    const count = block.text.split(GARBLED_MARK).length - 1
    warnings.push(`第 ${index + 1} 段有 ${count} 处疑似乱码（□ 处原文已损坏），请对照原文核对：${places.map((place) => `“${place}”`).join('、')}`)
  }
  return normalised.map((block) => ({ ...block, text: block.text.replaceAll(GARBLED_MARK, '') })).filter((block) => block.text)
}
