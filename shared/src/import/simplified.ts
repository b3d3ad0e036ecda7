/**
 * Traditional → Simplified for imported articles, with OpenCC's phrase rules for the text and
 * a name-aware path for personal names: OpenCC converts 於 to 于 even as a surname (於 is a
 * surname of its own in Simplified), so names go through character tables with the surnames
 * that must stay as they are.
 */
import { Converter } from 'opencc-js/t2cn'

// Taiwan and Hong Kong variants, both: imported pages come from both. Not OpenCC's `twp`
// vocabulary, which rewrites words as well as script (核心 → 内核, 建立 → 创建, 支援 → 支持).
const fromTaiwan = Converter({ from: 'tw', to: 'cn' })
const fromHongKong = Converter({ from: 'hk', to: 'cn' })
const convertText = (text: string): string => fromHongKong(fromTaiwan(text))
// One character on its own, without any region's variants (the Taiwan table alone turns 么 into 幺).
const convertCharacter = Converter({ from: 't', to: 'cn' })

/** Surnames written the same way in both scripts that OpenCC would still change. */
const KEEP_AS_SURNAME = new Set(['於', '乾'])

/** Kept anywhere in a name: 乾 there is qián (梁乾, 乾坤), which Simplified writes 乾; only 乾 as "dry" became 干. */
const KEEP_IN_NAMES = new Set(['乾'])

/** A personal name in Simplified: character by character, surnames kept where they must be. */
export const simplifiedName = (name: string): string =>
  [...name]
    .map((character, index) => ((index === 0 && KEEP_AS_SURNAME.has(character)) || KEEP_IN_NAMES.has(character) ? character : convertCharacter(character)))
    .join('')

/** Whether any character would still change from Traditional to Simplified. */
export const traditionalCharacters = (text: string): string[] => {
  const found = new Set<string>()
  for (const character of new Set(text))
    if (/\p{Script=Han}/u.test(character) && !KEEP_AS_SURNAME.has(character) && convertCharacter(character) !== character) found.add(character)
  return [...found]
}

const PLACEHOLDER_BASE = 0xe000

/**
 * The text in Simplified, with the given names (as they appear in the text) converted as names.
 * Each name is set aside behind a private-use character that OpenCC leaves alone, so no phrase
 * rule can reach across a name's characters, then put back in its Simplified form.
 */
export const toSimplified = (text: string, names: string[] = []): string => {
  const ordered = [...new Set(names)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .slice(0, 0x1000)
  let protectedText = text
  ordered.forEach((name, index) => {
    protectedText = protectedText.split(name).join(String.fromCharCode(PLACEHOLDER_BASE + index))
  })
  const converted = convertText(protectedText)
  return converted.replace(/[\ue000-\uefff]/g, (placeholder) => simplifiedName(ordered[placeholder.charCodeAt(0) - PLACEHOLDER_BASE] ?? placeholder))
}
