/**
 * Punctuation as Chinese text sets it. Pages copied through English-language systems arrive
 * with ASCII marks between Chinese characters (企业社会责任,中智); they become full-width where
 * a Chinese character is beside them, and stay where they belong to numbers or Latin text
 * (1,000 人; 17:30; Dongbang Medica, Inc.).
 */

const HAN = '\\p{Script=Han}'
const escape = (mark: string): string => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const AFTER_HAN = (mark: string) => new RegExp(`(?<=[${HAN}”’）》])\\s*${escape(mark)}\\s*`, 'gu')
const BEFORE_HAN = (mark: string) => new RegExp(`\\s*${escape(mark)}\\s*(?=[${HAN}“‘（《])`, 'gu')

const PAIRS: [ascii: string, fullWidth: string][] = [
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['!', '！'],
  ['?', '？'],
]

/** Full-width punctuation in Chinese text; ASCII quotes paired as “ ”; runs of dots as …… */
export const normalisePunctuation = (text: string): string => {
  if (!/\p{Script=Han}/u.test(text)) return text
  let result = text
  for (const [ascii, fullWidth] of PAIRS) {
    // A colon between digits is a time (17:30), a comma between digits a thousands separator.
    result = result.replace(AFTER_HAN(ascii), fullWidth)
    if (ascii !== ':' && ascii !== '?') result = result.replace(BEFORE_HAN(ascii), fullWidth)
  }
  result = result.replace(/\(([^()]*\p{Script=Han}[^()]*)\)/gu, '（$1）')
  let open = true
  result = result.replace(/"/g, () => {
    const mark = open ? '“' : '”'
    open = !open
    return mark
  })
  result = result.replace(/(?:·{3,}|\.{3,}|。{3,}|…+)/g, '……')
  return result.replace(/\s+([，。；：！？、”）》])/g, '$1').replace(/([，。；：！？、“（《])\s+/g, '$1')
}
