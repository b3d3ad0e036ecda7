/** What the importer makes of an article, and the draft it fills while reading one. */
import type { HonorRollEntry } from './honor-roll'

export type ImportedBlock = { type: 'paragraph' | 'heading'; text: string }

export type ImportedArticle = {
  kind: 'story'
  title: string | null
  /** ISO 8601 in Shanghai time (`2023-08-11T10:25:00+08:00`), or null when the text has no date. */
  publishedAt: string | null
  source: string | null
  correspondent: string | null
  reporter: string | null
  responsibleEditor: string | null
  paragraphs: string[]
  headings: string[]
  captions: string[]
  honorRoll: { title: string; entries: HonorRollEntry[] } | null
  /** What was dropped, one short line each, for the editor to check. */
  removed: string[]
  warnings: string[]
  /** The body in reading order: paragraphs and headings as they will be in the draft. */
  blocks: ImportedBlock[]
  /** Every personal name found, as written and as converted. */
  names: { original: string; simplified: string }[]
  /** Traditional characters that were converted (none for a Simplified original). */
  traditional: string[]
}

export type Draft = Pick<
  ImportedArticle,
  'title' | 'publishedAt' | 'source' | 'correspondent' | 'reporter' | 'responsibleEditor' | 'captions' | 'removed' | 'warnings'
>
