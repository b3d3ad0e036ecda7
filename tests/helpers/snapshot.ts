import type { Snapshot } from '../../site/src/data/snapshot'

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
