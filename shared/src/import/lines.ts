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
export const short = (text: string, max = 40): string =>
  charsAtMost(text, max)
    ? text
    : `${Array.from(text.slice(0, 2 * max))
        .slice(0, max)
        .join('')}…`

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

/** What a list item says without its bullet (·, •, ▪), its cut (……) and its note (（2013-04-15）, [03-12], （共8张）). */
const ITEM_BULLET = /^[·•▪◆◇●○■□►▶\-–]\s*/
const ITEM_NOTE =
  /\s*(?:[（(【[［]\s*(?:共?\s*\d{1,4}\s*[张图幅篇条集]|\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?)\s*[)）】\]］]|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})$/
const ITEM_CUT = /(?:\.{3,}|…+)$/
export const itemText = (line: string): string => line.replace(ITEM_BULLET, '').replace(ITEM_NOTE, '').replace(ITEM_CUT, '').trim()

/** A line that reads as another page's title in a list: title-like, not a finished sentence, once its bullet, cut and note are off. */
export const isListedTitle = (line: string): boolean => {
  if (!charsAtMost(line, 100)) return false
  const text = itemText(line)
  // A cut item may stop on a closing quote: it was cut, not finished.
  return text.length > 0 && isTitleLike(text) && (!SENTENCE_END.test(text) || ITEM_CUT.test(line.replace(ITEM_NOTE, '')))
}

/**
 * Whether the text is hard-wrapped (copied from a PDF or a fixed-width page): most of its long
 * lines stop mid-sentence.
 */
export const isHardWrapped = (lines: string[]): boolean => {
  const long = lines.filter((line) => !charsAtMost(line, 20))
  return long.length >= 4 && long.filter((line) => !SENTENCE_END.test(line)).length * 2 >= long.length
}
