/** Collection slugs are a contract with the site, the tests and the REST paths: define them once. */
export const collectionSlugs = {
  users: 'users',
  media: 'media',
  stories: 'stories',
  columns: 'columns',
  districts: 'districts',
  organizations: 'organizations',
  honorRolls: 'honor-rolls',
  notices: 'notices',
  galleries: 'galleries',
  announcements: 'announcements',
  topics: 'topics',
  attachments: 'attachments',
  rateLimits: 'rate-limits',
  noticeComments: 'notice-comments',
  siteChanges: 'site-changes',
  auditLog: 'audit-log',
  reviewNotes: 'review-notes',
  siteCorrections: 'site-corrections',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

export const globalSlugs = {
  workCalendar: 'work-calendar',
  siteSettings: 'site-settings',
  homepage: 'homepage',
} as const
