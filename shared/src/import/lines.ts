/** The shape of a line of text: how long, whether it reads as a title or a paragraph. */

export const HAN = /\p{Script=Han}/u
/**
 * Whether the text has at most `max` characters (code points), looking at no more than 2 × max
 * code units: the line-shape rules ask this of every line, and spreading a megabyte line into an
 * array of characters each time made the importer slower than linear.
 */
export const charsAtMost = (text: string, max: number): boolean => {
  if (text.length <= max) return true
  if (text.length > 2 * max) return false
  let count = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    // A low surrogate is the second half of a character already counted.
    if (code < 0xdc00 || code > 0xdfff) count += 1
  }
  return count <= max
}
export const short = (text: string, max = 40): string => (charsAtMost(text, max) ? text : `${Array.from(text.slice(0, 2 * max)).slice(0, max).join('')}…`)

/**
 * Longest line the line-shape rules (breadcrumb, share bar, footer, byline, caption …) look at:
 * such furniture is short, a longer line is body text. Bounding the line also bounds the work of
 * each rule's expression, so a pasted megabyte on one line costs linear time.
 */
export const FURNITURE_LINE = 300
/** Lines an editor is warned about one by one; more are counted. */
export const MAX_LINE_WARNINGS = 50
/** Sentence ends: a block not ending in one of these continues in the next block. */
export const SENTENCE_END = /[。！？!?…”’」』）)》\]】~～.]$/

export const isTitleLike = (line: string): boolean => {
  return !charsAtMost(line, 3) && charsAtMost(line, 80) && HAN.test(line) && !/。/.test(line.slice(0, -1)) && !/[，,、：:；;]$/.test(line) && !/。$/.test(line)
}

/** A line that reads as a paragraph of the story: long, or a finished sentence. */
export const isParagraphShaped = (line: string): boolean => !charsAtMost(line, 30) || /[。！？]$/.test(line)
