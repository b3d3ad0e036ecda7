import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { isAdmin } from '@/access/isAdmin'

import { createNotes, notedCollections, readNotes } from './access'
import { stampNote } from './hooks'

/**
 * 批注: staff's internal notes on a draft of a story, gallery or honour roll, each with who wrote
 * it and when (set by the server). A collection of its own rather than a field of the document, so
 * a note is never part of a document's version, its published read or anything the site's build
 * fetches; only staff who read the document's drafts read it (REST; no GraphQL). Written in the
 * document's sidebar (admin/ReviewNotes.tsx), kept as written: no one edits a note, an
 * administrator may delete one.
 */
export const ReviewNotes: CollectionConfig = {
  slug: collectionSlugs.reviewNotes,
  labels: { singular: { zh: '批注', en: 'Internal note' }, plural: { zh: '批注', en: 'Internal notes' } },
  admin: { hidden: true, useAsTitle: 'body' },
  graphQL: false,
  // A copy would be a note its author never wrote (the hook signs it with whoever copies it).
  disableDuplicate: true,
  access: { read: readNotes, create: createNotes, update: () => false, delete: isAdmin },
  hooks: { beforeChange: [stampNote] },
  defaultSort: 'createdAt',
  fields: [
    {
      name: 'targetCollection',
      type: 'select',
      label: { zh: '稿件类型', en: 'Collection' },
      options: notedCollections.map((slug) => ({ value: slug, label: slug })),
      required: true,
      index: true,
    },
    { name: 'targetId', type: 'number', label: { zh: '稿件编号', en: 'Document' }, required: true, index: true },
    { name: 'body', type: 'textarea', label: { zh: '批注', en: 'Note' }, required: true, maxLength: 2000 },
    // An id only: the name is kept beside it, and a note is no way to read users' records.
    { name: 'author', type: 'relationship', relationTo: collectionSlugs.users, maxDepth: 0, label: { zh: '批注人', en: 'Author' }, admin: { readOnly: true } },
    { name: 'authorName', type: 'text', label: { zh: '批注人姓名', en: 'Author name' }, admin: { readOnly: true } },
  ],
}
