/**
 * Punctuation findings (warnings) in one block of text:
 * - half-width , . ; : ? ! ( ) written in Chinese text. A mark counts as Chinese text's when a
 *   Chinese character or Chinese mark stands next to it (spaces aside); numbers (3.5, 1,000,
 *   8:30), English phrases (Hello, world), web and mail addresses are left alone, and a list
 *   number's point (1.报名) too, which Chinese documents write half-width;
 * - brackets and quotation marks 「」“”‘’（）《》【】『』 left unpaired within the block (’
 *   between Latin letters is an apostrophe);
 * - repeated marks: two or more of ，、；：。 in a row (，， or ，。) are a slip; ！ and ？ may be
 *   doubled or combined for emphasis (！！, ？！), three or more in a row are not news style.
 * Straight quotation marks (") are not judged: whether “ or ” is meant is the editor's call.
 */
import type { Finding } from './types'

export type PunctuationFinding = Pick<Finding, 'text' | 'suggestion' | 'note'> & { offset: number; length: number }

const CHINESE = /[\p{Script=Han}，。、；：？！“”‘’（）《》【】「」『』…—]/u
// After a mark, only what opens Chinese text counts: in “Together we can!” the ! is English.
const CHINESE_AHEAD = /[\p{Script=Han}“‘（《【「『]/u
const LATIN_OR_DIGIT = /[A-Za-z0-9]/
// One UTF-16 unit at a time: the common Chinese characters are all in the Basic Multilingual Plane.
const HAN = /\p{Script=Han}/u
const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }
const PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['《', '》'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
]
// Addresses end before Chinese text, spaces and Chinese marks; a final ASCII mark is the sentence's.
// Each starts only where a run of its characters starts (the lookbehinds): tried from every letter
// of a long Latin run, the expression would read the rest of the run each time (quadratic).
const ADDRESS =
  /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\p{Script=Han}，。；：？！“”‘’（）《》【】]*[^\s\p{Script=Han}，。；：？！“”‘’（）《》【】.,;:!?)]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

/** How often `mark` (one character) occurs in `text`: the size of a stack of its offsets. */
const countOf = (text: string, mark: string): number => {
  let count = 0
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count += 1
  return count
}

/** Where addresses stand (their marks are not punctuation), or null for a text without any. */
const addressMask = (text: string): Uint8Array | null => {
  if (!text.includes('//') && !text.includes('www.') && !text.includes('@')) return null
  const mask = new Uint8Array(text.length)
  for (const match of text.matchAll(ADDRESS)) mask.fill(1, match.index, match.index + match[0].length)
  return mask
}

/** How many Chinese characters come before each index: whether a stretch has any, in one step. */
const hanCounts = (text: string): Uint32Array => {
  const counts = new Uint32Array(text.length + 1)
  for (let index = 0; index < text.length; index += 1) counts[index + 1] = (counts[index] as number) + (HAN.test(text[index] as string) ? 1 : 0)
  return counts
}

/** The nearest character before / after an index, skipping spaces and tabs. */
const neighbour = (text: string, index: number, step: -1 | 1): string => {
  let at = index + step
  while (at >= 0 && at < text.length && (text[at] === ' ' || text[at] === '\t')) at += step
  return text[at] ?? ''
}

const halfWidth = (text: string, offset: number): PunctuationFinding => {
  const mark = text[offset] as string
  const suggestion = FULL_WIDTH[mark] as string
  return { offset, length: 1, text: mark, suggestion, note: `中文里应使用全角“${suggestion}”，而不是半角“${mark}”` }
}

/**
 * Half-width ( ) paired by nesting, where they hold Chinese text or follow it (世界卫生组织(WHO) is
 * 世界卫生组织（WHO） in Chinese text); a lone one beside Chinese text too.
 */
const halfWidthBrackets = (text: string, addresses: Uint8Array | null, limit: number): PunctuationFinding[] => {
  if (!text.includes('(') && !text.includes(')')) return []
  const findings: PunctuationFinding[] = []
  // The open brackets' offsets, a stack sized once: an array pushed past ~20,000 numbers moves into
  // V8's large-object space, each growth a new object there (×50 from 12,000 to 24,000 pushes).
  const open = new Int32Array(countOf(text, '('))
  let depth = 0
  const han = hanCounts(text)
  const besideChinese = (offset: number): boolean => CHINESE.test(neighbour(text, offset, -1)) || CHINESE.test(neighbour(text, offset, 1))
  for (const { index } of text.matchAll(/[()]/g)) {
    if (findings.length >= limit) return findings
    if (addresses?.[index]) continue
    if (text[index] === '(') open[depth++] = index
    else {
      const start = depth > 0 ? open[--depth] : undefined
      if (start === undefined) {
        if (besideChinese(index)) findings.push(halfWidth(text, index))
      } else if ((han[index] as number) > (han[start + 1] as number) || CHINESE.test(neighbour(text, start, -1)))
        findings.push(halfWidth(text, start), halfWidth(text, index))
    }
  }
  for (const start of open.subarray(0, depth)) if (findings.length < limit && besideChinese(start)) findings.push(halfWidth(text, start))
  return findings
}

/** Half-width , . ; : ? ! and runs of dots in Chinese text. */
const halfWidthMarks = (text: string, addresses: Uint8Array | null, limit: number): PunctuationFinding[] => {
  const findings: PunctuationFinding[] = []
  for (const { 0: marks, index } of text.matchAll(/\.{2,}|[,.;:?!]/g)) {
    if (findings.length >= limit) break
    if (addresses?.[index]) continue
    const before = neighbour(text, index, -1)
    if (marks.length > 1) {
      if (CHINESE.test(before) || CHINESE_AHEAD.test(neighbour(text, index + marks.length - 1, 1)))
        findings.push({ offset: index, length: marks.length, text: marks, suggestion: '……', note: '省略号应为“……”' })
      continue
    }
    const after = neighbour(text, index, 1)
    const chinese =
      marks === '.'
        ? CHINESE.test(before)
        : marks === ':'
          ? CHINESE.test(before) || (CHINESE_AHEAD.test(after) && !LATIN_OR_DIGIT.test(before))
          : CHINESE.test(before) || CHINESE_AHEAD.test(after)
    if (chinese) findings.push(halfWidth(text, index))
  }
  return findings
}

/** Brackets and quotation marks whose partner is missing in the block. */
const unpaired = (text: string, limit: number): PunctuationFinding[] => {
  const findings: PunctuationFinding[] = []
  for (const [openMark, closeMark] of PAIRS) {
    if (findings.length >= limit) break
    if (!text.includes(openMark) && !text.includes(closeMark)) continue
    const open = new Int32Array(countOf(text, openMark))
    let depth = 0
    for (let index = 0; index < text.length; index += 1) {
      const mark = text[index]
      if (mark === openMark) open[depth++] = index
      else if (mark === closeMark) {
        const apostrophe = mark === '’' && /[A-Za-z]/.test(text[index - 1] ?? '') && /[A-Za-z]/.test(text[index + 1] ?? '')
        if (apostrophe) continue
        if (depth > 0) depth -= 1
        else if (findings.length < limit)
          findings.push({ offset: index, length: 1, text: mark, suggestion: null, note: `“${mark}”前面缺少配对的“${openMark}”` })
      }
    }
    for (const index of open.subarray(0, Math.min(depth, Math.max(0, limit - findings.length))))
      findings.push({ offset: index, length: 1, text: openMark, suggestion: null, note: `“${openMark}”后面缺少配对的“${closeMark}”` })
  }
  return findings
}

/** Marks repeated by mistake: ，， 。。 ，。 and three or more ！ or ？. */
const repeated = (text: string, limit: number): PunctuationFinding[] => {
  const findings: PunctuationFinding[] = []
  for (const match of text.matchAll(/[，、；：。]{2,}|[！？]{3,}/g)) {
    if (findings.length >= limit) break
    const run = match[0]
    const uniform = [...run].every((mark) => mark === run[0])
    let suggestion: string
    if (run[0] === '。' && uniform && run.length >= 3) suggestion = '……'
    else if (/[！？]/.test(run)) suggestion = uniform ? (run[0] as string) : run.slice(0, 2)
    else suggestion = run[run.length - 1] as string
    findings.push({ offset: match.index, length: run.length, text: run, suggestion, note: suggestion === '……' ? '省略号应为“……”' : '标点重复' })
  }
  return findings
}

/**
 * The punctuation findings in one block, in text order: at most `limit` of each rule (a text with
 * thousands says no more than one with hundreds, and making each costs time and memory).
 */
export const punctuationFindings = (text: string, limit = Number.POSITIVE_INFINITY): PunctuationFinding[] => {
  const addresses = addressMask(text)
  return [...halfWidthMarks(text, addresses, limit), ...halfWidthBrackets(text, addresses, limit), ...unpaired(text, limit), ...repeated(text, limit)].sort(
    (a, b) => a.offset - b.offset,
  )
}
