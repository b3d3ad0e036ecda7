/**
 * Documents as the CMS's public API gives them (depth 0: relations are ids), and the snapshot of
 * them a build renders. Types only: every module of the data layer may import them, and they
 * import nothing back.
 */
import type { ZodType } from 'zod'

export type RawDoc = Record<string, unknown> & { id: number | string }

/** The snapshot lists that hold a collection's documents (./collections says which). */
export type ListKey =
  'stories' | 'honorRolls' | 'notices' | 'galleries' | 'announcements' | 'topics' | 'columns' | 'districts' | 'organizations' | 'media' | 'attachments'

export type Snapshot = Record<ListKey, RawDoc[]> & {
  /** The `/api/notice-comments/published` answer of each notice, by notice id. */
  comments: Record<string, unknown>
  /** The 站点设置 global (footer, privacy statement, 不转换词表). */
  settings: Record<string, unknown>
  /** The 首页版块 global (the home page's blocks); absent in a snapshot file from before it. */
  homepage?: Record<string, unknown>
}

/**
 * A schema's fields, named as the generated type (shared/src/payload-types.ts) names them: a
 * collection's schema shape `satisfies FieldsOf<Notice>` (say), so a field renamed or dropped in
 * the CMS fails the site's typecheck. Only the names are tied, not the values: the site reads the
 * public REST shape and means to differ (ids become strings, an empty text '', a relation is read
 * as an id or populated, rich text stays unknown until it is rendered).
 */
export type FieldsOf<T> = Partial<Record<keyof T, ZodType>>
