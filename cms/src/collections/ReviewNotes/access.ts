import type { Access } from 'payload'

import { collectionSlugs, hasRole } from '@fengcai/shared'
import type { Role } from '@fengcai/shared'

/**
 * Who reads the drafts of each collection with a review chain, besides administrators: the
 * `writers` its `chainedContentCollection` call names (collections/chainedContent.ts; the unit test
 * tests/unit/cms/collections/chainedContent.test.ts holds the two together). A 批注 is for the
 * people who see the draft it is written on, and for no one else.
 */
export const draftReaders: Record<string, readonly Role[]> = {
  [collectionSlugs.stories]: ['editor', 'reviewer'],
  [collectionSlugs.galleries]: ['editor', 'reviewer'],
  [collectionSlugs.honorRolls]: ['editor', 'reviewer', 'notice-staff'],
  [collectionSlugs.notices]: ['notice-staff', 'reviewer'],
  [collectionSlugs.announcements]: ['editor', 'reviewer'],
}

export const notedCollections = Object.keys(draftReaders)

/** The collections whose drafts a user reads. */
export const draftsReadBy = (user: Parameters<typeof hasRole>[0]): string[] =>
  notedCollections.filter((slug) => hasRole(user, 'admin', ...(draftReaders[slug] ?? [])))

/** Notes on the drafts the user reads: a query, so notice staff see those on honour rolls and notices only; nothing for the public. */
export const readNotes: Access = ({ req: { user } }) => {
  const readable = draftsReadBy(user)
  if (readable.length === notedCollections.length) return true
  return readable.length ? { targetCollection: { in: readable } } : false
}

/** Any staff member who reads some chain collection's drafts may write (the hook checks the document). */
export const createNotes: Access = ({ req: { user } }) => draftsReadBy(user).length > 0
