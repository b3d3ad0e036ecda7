/**
 * Hooks from helper sets are appended to a collection's own, never overwritten: in the built
 * config, every collection holds each hook of every set it is made from. A collection added to
 * the config must be listed here with its sets.
 */
import { randomBytes } from 'node:crypto'

import type { CollectionConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { checkAttachment } from '@/collections/Attachments/hooks/checkAttachment'
import { checkUpload } from '@/collections/Media/hooks/checkUpload'
import { keepPhotosInUse } from '@/collections/Media/hooks/keepPhotosInUse'
import { queueObjectionMail } from '@/collections/NoticeComments/hooks/queueObjectionMail'
import { setPublicName } from '@/collections/NoticeComments/hooks/setPublicName'
import { triggerRebuildOnModeration } from '@/collections/NoticeComments/hooks/triggerRebuildOnModeration'
import { guardOutcome } from '@/collections/Notices/hooks/guardOutcome'
import { setClosesAt } from '@/collections/Notices/hooks/setClosesAt'
import { stampNote } from '@/collections/ReviewNotes/hooks'
import { refreshNoticeAnswerDueDates } from '@/hooks/refreshAnswerDueDates'
import { reviewHooks } from '@/hooks/enforceReview'
import type { CollectionHooks } from '@/hooks/mergeHooks'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'
import { queryLimitHooks } from '@/lib/queryLimits'

const sets = {
  queryLimits: queryLimitHooks,
  rebuildDrafts: rebuildHooks({ drafts: true }),
  rebuild: rebuildHooks({ drafts: false }),
  review: reviewHooks,
  notices: { beforeChange: [setClosesAt, guardOutcome], afterChange: [refreshNoticeAnswerDueDates] },
  media: { beforeOperation: [checkUpload], beforeDelete: [keepPhotosInUse] },
  attachments: { beforeOperation: [checkAttachment] },
  noticeComments: { beforeChange: [setPublicName], afterChange: [triggerRebuildOnModeration, queueObjectionMail] },
  reviewNotes: { beforeChange: [stampNote] },
} satisfies Record<string, CollectionHooks>

const madeOf: Record<string, (keyof typeof sets)[]> = {
  stories: ['queryLimits', 'rebuildDrafts', 'review'],
  'honor-rolls': ['queryLimits', 'rebuildDrafts', 'review'],
  galleries: ['queryLimits', 'rebuildDrafts', 'review'],
  notices: ['queryLimits', 'rebuildDrafts', 'notices', 'review'],
  announcements: ['queryLimits', 'rebuildDrafts', 'review'],
  topics: ['queryLimits', 'rebuild'],
  attachments: ['queryLimits', 'rebuild', 'attachments'],
  'site-corrections': ['queryLimits'],
  'notice-comments': ['queryLimits', 'noticeComments'],
  columns: ['queryLimits', 'rebuild'],
  districts: ['queryLimits', 'rebuild'],
  organizations: ['queryLimits', 'rebuild'],
  media: ['queryLimits', 'rebuild', 'media'],
  users: ['queryLimits'],
  'rate-limits': ['queryLimits'],
  'site-changes': ['queryLimits'],
  'audit-log': ['queryLimits'],
  'review-notes': ['queryLimits', 'reviewNotes'],
}

/** Each hook of `set` missing from `hooks`, as `kind: function name`. */
const missing = (hooks: CollectionConfig['hooks'], set: CollectionHooks): string[] =>
  Object.entries(set).flatMap(([kind, wanted]) =>
    ((wanted ?? []) as unknown[])
      .filter((hook) => !((hooks?.[kind as keyof CollectionHooks] ?? []) as unknown[]).includes(hook))
      .map((hook) => `${kind}: ${(hook as { name?: string }).name || 'anonymous'}`),
  )

describe('collection hooks', () => {
  let collections: CollectionConfig[]

  beforeAll(async () => {
    // Building the config connects to nothing; the settings it requires only need to be there.
    process.env.DATABASE_URL ??= 'postgres://unused.invalid/none'
    process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')
    const { default: config } = await import('@payload-config')
    collections = (await config).collections
  })

  it('should list every collection of the config here', () => {
    const payloadOwn = (slug: string) => slug.startsWith('payload-')
    expect(
      collections
        .map((collection) => collection.slug)
        .filter((slug) => !payloadOwn(slug))
        .sort(),
    ).toEqual(Object.keys(madeOf).sort())
  })

  it.each(Object.entries(madeOf))('should keep in %s every hook of each set it is made from', (slug, setNames) => {
    const collection = collections.find((candidate) => candidate.slug === slug)
    for (const name of setNames) expect(missing(collection?.hooks, sets[name]), `${slug} lost hooks of ${name}`).toEqual([])
  })

  it('should run a collection’s own hooks before those of the helpers, the query guard first of all', () => {
    const stories = collections.find((collection) => collection.slug === 'stories')
    const notices = collections.find((collection) => collection.slug === 'notices')
    expect(stories?.hooks?.beforeOperation?.[0]).toBe(queryLimitHooks.beforeOperation[0])
    const own = [setClosesAt, guardOutcome, ...(sets.rebuildDrafts.beforeChange ?? [])]
    expect(notices?.hooks?.beforeChange?.slice(0, own.length)).toEqual(own)
  })
})
