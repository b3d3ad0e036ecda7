import type { CollectionBeforeChangeHook, Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { roles, sectionOfCollection } from '@fengcai/shared'
import { proofreadCollections } from '@fengcai/shared/proofread'

import { chainedContentCollection } from '@/collections/chainedContent'
import { draftReaders } from '@/collections/ReviewNotes/access'
import { reviewFields } from '@/fields/review'
import { enforceReview, reviewHooks } from '@/hooks/enforceReview'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

let config: SanitizedConfig

beforeAll(async () => {
  // The CMS's real config, resolved as Payload does at start-up; nothing connects to a database.
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
  process.env.DATABASE_URL ||= 'postgres://unused@127.0.0.1:1/unused'
  config = await (await import('@payload-config')).default
}, 120_000)

/** A collection takes part in the review chain when it has drafts, a review hook or the review endpoint. */
const inTheChain = (collection: SanitizedCollectionConfig): boolean =>
  Boolean(collection.versions?.drafts) ||
  Boolean(collection.hooks.beforeChange?.includes(enforceReview)) ||
  (collection.endpoints !== false && collection.endpoints.some((endpoint) => endpoint.path === '/:id/review'))

const chained = () => config.collections.filter(inTheChain)
const routes = (collection: SanitizedCollectionConfig) =>
  collection.endpoints === false ? [] : collection.endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)
const fieldNames = (collection: SanitizedCollectionConfig) => collection.fields.map((field) => ('name' in field ? field.name : field.type))

/** The roles (besides admin) whose read of the collection is not limited to what is published. */
const draftReadingRoles = async (collection: SanitizedCollectionConfig) => {
  const readers: string[] = []
  for (const role of roles.filter((candidate) => candidate !== 'admin')) {
    const answer = await collection.access.read({ req: { user: { id: 1, roles: [role] } } } as never)
    if (answer === true) readers.push(role)
  }
  return readers.sort()
}

describe('chained content kinds: every part of the review chain, in every kind', () => {
  it('should find the five kinds that go through the review chain', () => {
    expect(chained().map((collection) => collection.slug)).toEqual(['stories', 'honor-rolls', 'notices', 'galleries', 'announcements'])
  })

  it.each(['stories', 'honor-rolls', 'notices', 'galleries', 'announcements'])('should give %s every part', async (slug) => {
    const collection = chained().find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`${slug} is not in the chain`)

    expect(routes(collection)).toEqual(expect.arrayContaining(['get /:id/preview', 'post /:id/review', 'get /:id/proofread']))
    for (const [kind, hooks] of [...Object.entries(rebuildHooks({ drafts: true })), ...Object.entries(reviewHooks)]) {
      expect(collection.hooks[kind as keyof typeof collection.hooks], `${slug} ${kind}`).toEqual(expect.arrayContaining(hooks as unknown[]))
    }
    expect(collection.versions).toMatchObject({ drafts: { schedulePublish: true }, maxPerDoc: 50 })

    const names = fieldNames(collection)
    expect(names.slice(0, 3)).toEqual(['returnedBanner', 'proofreadPanel', 'title'])
    expect(names).toContain('slug')
    const review = reviewFields().map((field) => ('name' in field ? field.name : field.type))
    expect(names.slice(names.indexOf(review[0] ?? ''), names.indexOf(review[0] ?? '') + review.length)).toEqual(review)

    expect(collection.admin.useAsTitle).toBe('title')
    expect(collection.admin.components?.edit?.PublishButton).toBe('@/admin/ReviewPublishButton#ReviewPublishButton')
    expect(typeof collection.admin.preview).toBe('function')
    expect(collection.admin.defaultColumns?.slice(-2)).toEqual(['_status', 'reviewState'])

    // The public reads only what is published; the roles that read drafts are the ones whose 批注 they see.
    expect(await collection.access.read({ req: { user: null } } as never)).toEqual({ _status: { equals: 'published' } })
    expect(await draftReadingRoles(collection)).toEqual([...(draftReaders[slug] ?? ['(none)'])].sort())
    expect(proofreadCollections).toContain(slug)
    expect(sectionOfCollection[slug]).toBeDefined()
  })
})

describe('chainedContentCollection', () => {
  const own: CollectionBeforeChangeHook = ({ data }) => data
  const ownEndpoint: Endpoint = { path: '/own', method: 'get', handler: () => Response.json({}) }
  const kind = chainedContentCollection({
    slug: 'announcements',
    labels: { singular: '样例', plural: '样例' },
    fallbackSlug: 'sample',
    writers: ['editor'],
    columns: ['date'],
    defaultSort: '-date',
    endpoints: [ownEndpoint],
    hooks: { beforeChange: [own] },
    underTitle: [{ name: 'subtitle', type: 'text' }],
    fields: [{ name: 'date', type: 'date' }],
  })

  it('should run the kind’s own hooks and endpoints before the chain’s, and keep the chain’s', () => {
    expect(kind.hooks?.beforeChange?.[0]).toBe(own)
    expect(kind.hooks?.beforeChange).toEqual(expect.arrayContaining(reviewHooks.beforeChange))
    expect(kind.endpoints && kind.endpoints.map((endpoint) => endpoint.path)).toEqual(['/own', '/:id/preview', '/:id/review', '/:id/proofread'])
  })

  it('should place the fields under the title before the slug, and its own between the slug and the review step', () => {
    const names = kind.fields.map((field) => ('name' in field ? field.name : field.type))
    expect(names.slice(0, 6)).toEqual(['returnedBanner', 'proofreadPanel', 'title', 'subtitle', 'slug', 'date'])
    expect(names.at(-1)).toBe('signatures')
    expect(kind.admin?.defaultColumns).toEqual(['title', 'date', '_status', 'reviewState'])
    expect(kind.admin?.group).toEqual({ zh: '内容', en: 'Content' })
  })
})
