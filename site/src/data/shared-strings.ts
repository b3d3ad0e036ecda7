/**
 * Rich text as the CMS's API gives it repeats the same short strings in every node (`type`,
 * `direction`, `mode`, `format`, `style`), and JSON.parse makes a new copy of each: at 30,000 stories the site worker held 800,000 such copies (~18 MB). Each is replaced
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

/** Shares the repeated strings of the documents' rich-text fields (each a Lexical state), in place. */
export const shareRichTextStrings = <T extends RawDoc>(docs: readonly T[]): T[] => {
  for (const doc of docs) for (const value of Object.values(doc)) if (isRichText(value)) shareIn(value)
  return docs as T[]
}
