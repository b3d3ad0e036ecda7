/**
 * Punctuation as Chinese text sets it. Pages copied through English-language systems arrive
 * with ASCII marks between Chinese characters (企业社会责任,中智); they become full-width where
 * a Chinese character is beside them, and stay where they belong to numbers or Latin text
 * (1,000 人; 17:30; Dongbang Medica, Inc.).
 */

const HAN = '\\p{Script=Han}'
const escape = (mark: string): string => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const AFTER_HAN = (mark: string) => new RegExp(`(?<=[${HAN}”’）》])\\s*${escape(mark)}\\s*`, 'gu')
// The spaces before a mark are matched from their first one only (`(?<!\\s)`): tried from every
// space of a long run, the expression read the rest of the run each time (quadratic).
const BEFORE_HAN = (mark: string) => new RegExp(`(?<!\\s)\\s*${escape(mark)}\\s*(?=[${HAN}“‘（《])`, 'gu')

const PAIRS: [ascii: string, fullWidth: string][] = [
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['!', '！'],
  ['?', '？'],
]

const CORNER_QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' }

/** Full-width punctuation in Chinese text; ASCII quotes paired as “ ”, corner brackets 「」『』 as “” ‘’; runs of dots as …… */
export const normalisePunctuation = (text: string): string => {
  if (!/\p{Script=Han}/u.test(text)) return text
  let result = text
  for (const [ascii, fullWidth] of PAIRS) {
    // A colon between digits is a time (17:30), a comma between digits a thousands separator.
    result = result.replace(AFTER_HAN(ascii), fullWidth)
    if (ascii !== ':' && ascii !== '?') result = result.replace(BEFORE_HAN(ascii), fullWidth)
  }
  // Brackets around Chinese text: the Han character is looked for inside a match, not by the
  // expression, which would retry every split of a long unclosed bracket.
  result = result.replace(/\(([^()]*)\)/g, (match, inner: string) => (/\p{Script=Han}/u.test(inner) ? `（${inner}）` : match))
  let open = true
  result = result.replace(/"/g, () => {
    const mark = open ? '“' : '”'
    open = !open
    return mark
  })
  result = result.replace(/(?:·{3,}|\.{3,}|。{3,}|…+)/g, '……')
  // Corner brackets are the quotation marks of Traditional text; Simplified text uses “ ” and ‘ ’.
  result = result.replace(/[「」『』]/g, (mark) => CORNER_QUOTES[mark] as string)
  // `(?<!\s)`: a run of spaces is tried from its first space only (see BEFORE_HAN).
  return result.replace(/(?<!\s)\s+([，。；：！？、”）》])/g, '$1').replace(/([，。；：！？、“（《])\s+/g, '$1')
}
