/** Collection slugs are a contract with the site, the tests and the REST paths: define them once. */
export const collectionSlugs = {
  users: 'users',
  media: 'media',
  stories: 'stories',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
