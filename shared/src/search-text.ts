/**
 * Chinese text as the search index sees it. Pagefind splits a Chinese page into words with its own
 * dictionary when it indexes it and splits the query with the browser's when it searches; where the
 * two disagree (浦东新区 is one word to one and three to the other) a page that holds the very text
 * searched for is not found, and which pages are missed depends on which shard they are in. So
 * the index never sees Chinese: every run of Han characters is indexed as its overlapping
 * character pairs (浦东新区 → 浦东 东新 新区, as full-text engines index Chinese without a
 * dictionary), each pair written as one lower-case Latin word that no segmenter splits, and the
 * query is written the same way. A query's pairs must all be on a page for it to match; a single
 * character matches every pair it begins. Pure: the build (pages), the browser (queries, and the
 * snippets the index gives back, turned into text again).
 */

const HAN_RUN = /\p{Script=Han}+/gu
const HAN = /^\p{Script=Han}+$/u
/** Marks an encoded word; real text has no word that starts so and is made of those letters. */
const PREFIX = 'zq'
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** Four letters a character: 26⁴ code points, every Han character there is. */
const WIDTH = 4
const ENCODED = new RegExp(`^${PREFIX}((?:[a-z]{${WIDTH}}){1,2})$`)

/** Characters already encoded: a site's text uses a few thousand, over and over. */
const encodedCharacters = new Map<string, string>()

const encodeCharacter = (character: string): string => {
  const known = encodedCharacters.get(character)
  if (known !== undefined) return known
  let value = character.codePointAt(0) ?? 0
  let out = ''
  for (let index = 0; index < WIDTH; index += 1) {
    out = (LETTERS[value % 26] as string) + out
    value = Math.floor(value / 26)
  }
  encodedCharacters.set(character, out)
  return out
}

const decodeCharacter = (letters: string): string => String.fromCodePoint([...letters].reduce((value, letter) => value * 26 + LETTERS.indexOf(letter), 0))

/**
 * The index's words for one run of Han characters, spaced apart and with a space either side: its
 * pairs (a single character stays one). Built in one pass: a build encodes every searchable page.
 */
const wordsOfRun = (run: string): string => {
  let out = ''
  let last = ''
  let count = 0
  for (const character of run) {
    const code = encodeCharacter(character)
    if (count > 0) out += ` ${PREFIX}${last}${code}`
    last = code
    count += 1
  }
  return count === 1 ? ` ${PREFIX}${last} ` : `${out} `
}

/** Text as the index reads it: Han runs as encoded pairs, spaced apart; other text as it is. */
export const toSearchText = (text: string): string => text.replace(HAN_RUN, wordsOfRun)

/** A reader's query as the index's words. */
export const searchQueryText = (query: string): string => toSearchText(query).replace(/\s+/g, ' ').trim()

/**
 * A snippet the index gives back, as it was written: encoded words decoded, consecutive pairs
 * joined again (浦东 东新 新区 → 浦东新区), a space between runs that were apart, none beside other
 * Chinese text, single spaces between other words.
 */
export const fromSearchText = (text: string): string => {
  let out = ''
  let previous = ''
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const encoded = ENCODED.exec(raw)?.[1]
    const token = encoded ? (encoded.match(/[a-z]{4}/g) ?? []).map(decodeCharacter).join('') : raw
    const chars = [...token]
    const previousChars = [...previous]
    if (chars.length === 2 && HAN.test(token) && previousChars.length === 2 && HAN.test(previous) && previousChars[1] === chars[0]) out += chars[1]
    else {
      // Two Han runs side by side were apart in the page (a heading and its text, a term and its
      // value): a space keeps them apart. Other words are spaced as words, never beside Chinese.
      const bothHan = HAN.test(previous) && HAN.test(token)
      const spaced =
        out !== '' &&
        (bothHan || (/[\p{L}\p{N}]$/u.test(previous) && /^[\p{L}\p{N}]/u.test(token) && !HAN.test(previousChars.at(-1) ?? '') && !HAN.test(chars[0] ?? '')))
      out += `${spaced ? ' ' : ''}${token}`
    }
    previous = token
  }
  return out
}

/** Endings of Chinese place names that readers type or leave off (徐汇区 / 徐汇, 浦东新区 / 浦东). */
const PLACE_ENDINGS = ['新区', '街道', '区', '县', '市', '镇', '乡']

/**
 * The queries to search for what a reader typed: the query itself and, for a place name with its
 * administrative ending, the name without it. Pages often say 徐汇 where the reader types 徐汇区,
 * and every pair of a query must be on a page for it to match.
 */
export const searchQueryVariants = (query: string): string[] => {
  const trimmed = query.trim()
  const ending = PLACE_ENDINGS.find((suffix) => trimmed.endsWith(suffix) && [...trimmed].length - [...suffix].length >= 2)
  const bare = ending ? trimmed.slice(0, -ending.length) : ''
  return bare && /^\p{Script=Han}+$/u.test(bare) ? [trimmed, bare] : [trimmed]
}

/** A name or query as the search terms map (site/src/data/search-terms.ts) keys it: no spaces, lower case. */
export const searchTermKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * The forms of a column's, district's or organisation's name a reader may type for it, as map
 * keys: the name, and a place name also without its ending (徐汇区 → 徐汇).
 */
export const termNameForms = (name: string): string[] => [...new Set(searchQueryVariants(name).map(searchTermKey))].filter(Boolean)
