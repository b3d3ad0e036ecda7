/**
 * Pinyin readings glued after characters by some copy-paste paths (企業(yè), 責(zé)任), and the
 * debris that broken encodings leave beside them (當(dāng)?shù)蒯t(yī)療). Pure text functions.
 */

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ'
const SYLLABLE_LETTERS = `a-zü${TONED}`

/** An unmarked syllable: initial and final as pinyin allows (with an optional tone number). */
const PLAIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|an|ao|ei|en|er|ia|ie|in|io|iu|ou|ua|ue|üe|ui|un|uo|ve|a|e|i|o|u|ü|v)[1-5]?$/

const INTERJECTIONS = /^(?:n|ng|m|hm|hng)$/
const hasToneMark = (text: string): boolean => [...TONED].some((mark) => text.includes(mark))
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

/** Whether the text in parentheses is one pinyin syllable: `yè`, `ye4`, `zhun` (unmarked: two letters or more). */
export const isReading = (inner: string): boolean => {
  if (inner !== inner.toLowerCase() || inner.length > 7 || !new RegExp(`^[${SYLLABLE_LETTERS}1-5]+$`).test(inner)) return false
  const base = withoutMarks(inner)
  if (hasToneMark(inner)) return PLAIN_SYLLABLE.test(base) || INTERJECTIONS.test(base)
  return inner.length >= 2 && PLAIN_SYLLABLE.test(base)
}

/** Left where debris was taken out, so the editor can be shown the place (see article.ts). */
export const GARBLED_MARK = '\uFFFD'

export type ReadingsResult = {
  /** The text, with GARBLED_MARK where a broken encoding left debris. */
  text: string
  /** Readings taken out, e.g. `(yè)`. */
  readings: number
  /** How many places a broken encoding left debris (`?shù)`, a lone letter between characters). */
  garbled: number
}

const GLUED = new RegExp(`([${CJK}])[(（]([^()（）\\s]{1,8})[)）]`, 'g')
/** Readings of a word, syllables apart: 兌換(duì huàn). Each syllable is checked with isReading. */
const GLUED_WORD = new RegExp(`(?<=[${CJK}])[(（]([${SYLLABLE_LETTERS}1-5]{1,7}(?: [${SYLLABLE_LETTERS}1-5]{1,7}){1,5})[)）]`, 'g')
const TONED_ANYWHERE = new RegExp(`[(（]([${SYLLABLE_LETTERS}]{1,7})[)）]`, 'g')
const BROKEN_READING = new RegExp(`\\?[${SYLLABLE_LETTERS}]{1,7}\\)`, 'g')
const LONE_DEBRIS = new RegExp(`(?<=[${CJK}\\uFFFD])[a-z<>_\\\\^\`|]+(?=[${CJK}\\uFFFD])`, 'g')
/** A question mark where no question ends: before a comma, a digit or a letter. */
const STRAY_QUESTION = /\?(?=[,，、0-9a-z])/g

/**
 * Removes pinyin readings in parentheses right after a character, with or without tone marks
 * (`(yè)`, `(ye4)`, `(zhun)`), and reports the debris of broken encodings rather than guessing
 * what it stood for: the editor has to look at those places in the original.
 */
export const stripReadings = (input: string): ReadingsResult => {
  let readings = 0
  let garbled = 0
  const mark = () => {
    garbled += 1
    return GARBLED_MARK
  }
  let text = input.replace(GLUED, (match, character: string, inner: string) => {
    if (!isReading(inner)) return match
    readings += 1
    return character
  })
  text = text.replace(GLUED_WORD, (match, inner: string) => {
    if (!inner.split(' ').every(isReading)) return match
    readings += 1
    return ''
  })
  // A toned reading not after a character: the character before it was lost.
  text = text.replace(TONED_ANYWHERE, (match, inner: string) => {
    if (!hasToneMark(inner) || !isReading(inner)) return match
    readings += 1
    return mark()
  })
  text = text.replace(BROKEN_READING, mark).replace(LONE_DEBRIS, mark).replace(STRAY_QUESTION, mark)
  return { text: text.replace(/\uFFFD{2,}/g, GARBLED_MARK), readings, garbled }
}
