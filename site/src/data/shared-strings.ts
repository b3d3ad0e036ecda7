/**
 * Values the documents repeat, kept once. Rich text as the CMS's API gives it repeats the same
 * short strings in every node (`type`, `direction`, `mode`, `format`, `style`), and JSON.parse
 * makes a new copy of each: at 30,000 stories the site worker held 800,000 such copies (~18 MB). Each is replaced
 * here by one shared string, in place, before anything reads the documents; a node's text is left
 * as it is (it is rarely repeated, and would only fill the pool).
 */
import type { RawDoc } from './raw'

/** The longest string shared: node types and formats, not words of the text. */
const LONGEST = 16

const pool = new Map<string, string>()

const shared = (value: string): string => {
  const known = pool.get(value)
  if (known !== undefined) return known
  pool.set(value, value)
  return value
}

const shareIn = (node: unknown): void => {
  if (Array.isArray(node)) {
    for (const child of node) shareIn(child)
    return
  }
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (typeof value === 'string') {
      if (key !== 'text' && value.length <= LONGEST) record[key] = shared(value)
    } else if (value && typeof value === 'object') shareIn(value)
  }
}

/** Whether a field holds a Lexical state (`{ root: { … } }`). */
const isRichText = (value: unknown): boolean => typeof value === 'object' && value !== null && 'root' in value

/** The one empty list of documents and view models (frozen: none of them is ever changed). */
const EMPTY: readonly never[] = Object.freeze([])

/**
 * Replaces, in place, each empty list among an object's own fields with one shared empty array: a
 * story's document, its parsed copy and its view model hold a dozen lists between them (topics,
 * tags, organisations, related stories), most of them empty, ~50 bytes each.
 */
export const shareEmptyLists = <T extends object>(value: T): T => {
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const field = record[key]
    if (Array.isArray(field) && field.length === 0 && (field as unknown) !== EMPTY) record[key] = EMPTY
  }
  return value
}

/** Shares the repeated strings of the documents' rich-text fields (each a Lexical state), and their empty lists, in place. */
export const shareRichTextStrings = <T extends RawDoc>(docs: readonly T[]): T[] => {
  for (const doc of docs) {
    for (const value of Object.values(doc)) if (isRichText(value)) shareIn(value)
    shareEmptyLists(doc)
  }
  return docs as T[]
}
