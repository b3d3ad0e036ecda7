/**
 * Documents as the CMS's public API gives them (depth 0: relations are ids), and the snapshot of
 * them a build renders. Types only: every module of the data layer may import them, and they
 * import nothing back.
 */
export type RawDoc = Record<string, unknown> & { id: number | string }

/** The snapshot lists that hold a collection's documents (./collections says which). */
export type ListKey = 'stories' | 'honorRolls' | 'notices' | 'galleries' | 'columns' | 'districts' | 'organizations' | 'media'

export type Snapshot = Record<ListKey, RawDoc[]> & {
  /** The `/api/notice-comments/published` answer of each notice, by notice id. */
  comments: Record<string, unknown>
  /** The 站点设置 global (footer, privacy statement, 不转换词表). */
  settings: Record<string, unknown>
}
