import type { RawDoc, Snapshot } from '../../site/src/data/snapshot'

/** A snapshot of the site's data (site/src/data/snapshot) holding only the lists given. */
export const snapshotWith = (lists: Partial<Snapshot>): Snapshot => ({
  stories: [],
  honorRolls: [],
  notices: [],
  galleries: [],
  announcements: [],
  topics: [],
  attachments: [],
  columns: [],
  districts: [],
  organizations: [],
  media: [],
  comments: {},
  settings: {},
  ...lists,
})

/** A published notice as the CMS's API gives it, open from 1 to 11 December 2026, without nominees. */
export const rawNotice = (id: number, overrides: Partial<RawDoc> = {}): RawDoc => ({
  id,
  title: `公示 ${id}`,
  slug: `notice-${id}`,
  intro: null,
  nominees: [],
  opensAt: '2026-12-01T00:00:00.000Z',
  closesAt: '2026-12-11T16:00:00.000Z',
  objectionContact: null,
  results: null,
  ...overrides,
})
