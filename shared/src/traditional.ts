/**
 * The reader's 繁體 view: Simplified → Traditional with OpenCC's phrase rules, except for people's
 * names (individual nominees and honourees, the people of a byline, commenters, photographers) and
 * the words editors list in 站点设置 (不转换词表). OpenCC turns the surname 范 into 範 and 余 into
 * 餘, and a name on a 公示 is a legal fact. Organisation and place names are not personal names:
 * 徐汇区 reads 徐匯區. Pure: the converter is passed in, so the browser loads OpenCC's tables only
 * when a reader switches.
 */
import type { HonoreeType } from './entry-types'

/** Most words on the 不转换词表, and the longest one. */
export const KEEP_WORDS_MAX = 2000
export const KEEP_WORD_MAX_LENGTH = 40

/** The 不转换词表 as editors write it: one word per line (or separated by 、，, and spaces). */
export const parseKeepWords = (text: string | null | undefined): string[] => [
  ...new Set(
    (text ?? '')
      .split(/[\r\n、，,;；\s]+/)
      .map((word) => word.trim())
      .filter(Boolean),
  ),
]

/** Whether every entry of a 不转换词表 is usable; the first problem in Chinese, or true. */
export const validateKeepWords = (text: string | null | undefined): true | string => {
  const words = parseKeepWords(text)
  if (words.length > KEEP_WORDS_MAX) return `不转换词表最多 ${KEEP_WORDS_MAX} 个词，现有 ${words.length} 个。`
  const long = words.find((word) => [...word].length > KEEP_WORD_MAX_LENGTH)
  return long ? `“${long.slice(0, 12)}…”太长：每个词不超过 ${KEEP_WORD_MAX_LENGTH} 个字。` : true
}

const PLACEHOLDER_BASE = 0xe000
const PLACEHOLDERS = 0x1000

/**
 * The text converted, with every occurrence of a kept word left exactly as it is. Each kept word
 * is set aside behind a private-use character that OpenCC leaves alone (so no phrase rule reaches
 * across it), longest first, and put back after the conversion.
 */
export const convertKeeping = (text: string, convert: (text: string) => string, keep: readonly string[]): string => {
  const present = [...new Set(keep)]
    .filter((word) => word && text.includes(word))
    .sort((a, b) => b.length - a.length)
    .slice(0, PLACEHOLDERS)
  if (!present.length) return convert(text)
  let guarded = text
  present.forEach((word, index) => {
    guarded = guarded.split(word).join(String.fromCharCode(PLACEHOLDER_BASE + index))
  })
  return convert(guarded).replace(/[\ue000-\uefff]/g, (mark) => present[mark.charCodeAt(0) - PLACEHOLDER_BASE] ?? mark)
}

/**
 * The two 繁體 standards a reader chooses between: OpenCC's phrases and characters, then Taiwan's or
 * Hong Kong's variant tables (为 → 為 in both; 里 → 裡 in Taiwan, 裏 in Hong Kong).
 */
export const traditionalStandards = ['tw', 'hk'] as const

export type TraditionalStandard = (typeof traditionalStandards)[number]

export const traditionalStandardLabels: Record<TraditionalStandard, { zh: string; lang: string }> = {
  tw: { zh: '繁體（臺灣）', lang: 'zh-Hant-TW' },
  hk: { zh: '繁體（香港）', lang: 'zh-Hant-HK' },
}

/**
 * A reader's saved choice read back; `hant`, saved before there was a choice of standard, is read
 * as Taiwan's. Anything else is Simplified. (public/font-size.js reads it the same way before the
 * first paint.)
 */
export const parseScriptChoice = (stored: string | null | undefined): TraditionalStandard | null =>
  stored === 'hk' ? 'hk' : stored === 'tw' || stored === 'hant' ? 'tw' : null

/**
 * Whether the 繁體 view keeps an entry's name as written: a person's name is kept (its surname
 * may be 范 or 余); the name of a collective, project or organisation is converted like any text.
 */
export const keepsNameOf = (type: HonoreeType): boolean => type === 'individual'
