/**
 * Every content collection and global × role × operation, asserted against the expected allow /
 * deny. Each cell runs the real operation through the Local API with `overrideAccess: false`.
 * Every collection and global of the CMS's config has a row here or names the file that proves
 * its access (`coveredElsewhere`), so a new one cannot go unchecked.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@fengcai/shared'

import { tinyPdf } from '@/seed/pdf'

import { storeCorrection } from '../../helpers/comments'
import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

type Actor = 'anonymous' | Role
type Operation = 'readPublished' | 'readDraft' | 'create' | 'update' | 'publish' | 'delete' | 'deleteDraft'
type Cell = boolean | 'n/a'
type Row = Record<Operation, Cell>

const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'notice-staff', 'admin']
const operations: Operation[] = ['readPublished', 'readDraft', 'create', 'update', 'publish', 'delete', 'deleteDraft']

const row = (cells: string): Row => {
  // Seven letters in the order of `operations`: Y allowed, N denied, - not applicable.
  const values = cells.split('').map((cell): Cell => (cell === '-' ? 'n/a' : cell === 'Y'))
  return Object.fromEntries(operations.map((operation, index) => [operation, values[index]])) as Row
}

// Editors write, submit and delete drafts never published; reviewers (and admins) also publish
// and take published content down (see Review.int.test.ts and StateChangeMatrix.int.test.ts).
// Notice staff write notices and submit them; reviewers sign them (ReviewChainNotices.int.test.ts);
// only administrators delete a notice.
const expected: Record<string, Record<Actor, Row>> = {
  stories: { anonymous: row('YNNNNNN'), editor: row('YYYYNNY'), reviewer: row('YYYYYYY'), 'notice-staff': row('YNNNNNN'), admin: row('YYYYYYY') },
  galleries: { anonymous: row('YNNNNNN'), editor: row('YYYYNNY'), reviewer: row('YYYYYYY'), 'notice-staff': row('YNNNNNN'), admin: row('YYYYYYY') },
  'honor-rolls': { anonymous: row('YNNNNNN'), editor: row('YYYYNNY'), reviewer: row('YYYYYYY'), 'notice-staff': row('YYYYNNN'), admin: row('YYYYYYY') },
  notices: { anonymous: row('YNNNNNN'), editor: row('YNNNNNN'), reviewer: row('YYYYYNN'), 'notice-staff': row('YYYYNNN'), admin: row('YYYYYYY') },
  columns: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-NN-N-'), 'notice-staff': row('Y-NN-N-'), admin: row('Y-YY-Y-') },
  districts: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-NN-N-'), 'notice-staff': row('Y-NN-N-'), admin: row('Y-YY-Y-') },
  organizations: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-NN-N-'), 'notice-staff': row('Y-NN-N-'), admin: row('Y-YY-Y-') },
  media: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-YN-N-'), 'notice-staff': row('Y-YN-N-'), admin: row('Y-YY-Y-') },
  // 通知公告 as stories; their 附件 uploaded by editors and reviewers, tidied by editors; 专题 as columns.
  announcements: { anonymous: row('YNNNNNN'), editor: row('YYYYNNY'), reviewer: row('YYYYYYY'), 'notice-staff': row('YNNNNNN'), admin: row('YYYYYYY') },
  attachments: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-YY-N-'), 'notice-staff': row('Y-NN-N-'), admin: row('Y-YY-Y-') },
  topics: { anonymous: row('Y-NN-N-'), editor: row('Y-YY-Y-'), reviewer: row('Y-NN-N-'), 'notice-staff': row('Y-NN-N-'), admin: row('Y-YY-Y-') },
  // 网站纠错: read and handled by editors and admins only (a report may carry a phone number); made
  // only by the public form's endpoint, by nobody through the API; deleted by admins.
  'site-corrections': { anonymous: row('N-NN-N-'), editor: row('Y-NY-N-'), reviewer: row('N-NN-N-'), 'notice-staff': row('N-NN-N-'), admin: row('Y-NY-Y-') },
  // 首页版块 (a global: read and update only): read by everyone, arranged by editors and admins.
  homepage: { anonymous: row('Y--N---'), editor: row('Y--Y---'), reviewer: row('Y--N---'), 'notice-staff': row('Y--N---'), admin: row('Y--Y---') },
  // 工作日历 (a global): read by everyone (the site counts notice periods with it), kept by notice staff and admins.
  'work-calendar': { anonymous: row('Y--N---'), editor: row('Y--N---'), reviewer: row('Y--N---'), 'notice-staff': row('Y--Y---'), admin: row('Y--Y---') },
  // The publishing queue: written only by the hooks of a change, read and cleared by admins.
  'site-changes': { anonymous: row('N-NN-N-'), editor: row('N-NN-N-'), reviewer: row('N-NN-N-'), 'notice-staff': row('N-NN-N-'), admin: row('Y-NN-Y-') },
  // Rate-limit counters: SQL only (hitRateLimit), nobody through the API, admins included.
  'rate-limits': { anonymous: row('N-NN-N-'), editor: row('N-NN-N-'), reviewer: row('N-NN-N-'), 'notice-staff': row('N-NN-N-'), admin: row('N-NN-N-') },
}

/** Collections and globals outside this matrix, each with the files that test its access. */
const coveredElsewhere: Record<string, string> = {
  'notice-comments': 'NoticeComments.int.test.ts, NoticeModeration.int.test.ts, StateChangeMatrix.int.test.ts (records)',
  users: 'Users.int.test.ts',
  'audit-log': 'OperationsLog.int.test.ts, StateChangeMatrix.int.test.ts (records)',
  'review-notes': 'ReviewNotes.int.test.ts, StateChangeMatrix.int.test.ts (records)',
  'site-settings': 'SiteSettings.int.test.ts',
}
const globals = new Set(['homepage', 'work-calendar'])

let counter = 0
const unique = (label: string): string => `${label} ${(counter += 1)}`

/** Valid data for a new document of each collection. */
const makeData = (collection: string, mediaId: number): Record<string, unknown> => {
  switch (collection) {
    case 'stories':
      return { title: unique('访问测试新闻'), body: richText('正文') }
    case 'galleries':
      return { title: unique('访问测试图集'), date: new Date().toISOString(), photos: [{ image: mediaId }] }
    case 'honor-rolls':
      return { title: unique('访问测试荣誉榜'), awardingBody: '测试单位', year: 2026 }
    case 'notices':
      return { title: unique('访问测试公示'), opensAt: new Date().toISOString() }
    case 'announcements':
      return { title: unique('访问测试通知'), date: new Date().toISOString(), body: richText('正文') }
    case 'attachments':
    case 'topics':
      return { title: unique('访问测试') }
    case 'site-changes':
      return { collection: 'stories', docId: unique('matrix'), reason: unique('访问测试') }
    case 'rate-limits':
      return { key: unique('matrix-key'), count: 1, resetAt: new Date(Date.now() + 60_000).toISOString() }
    case 'site-corrections':
      return { receipt: unique('JC-20261122-M'), idempotencyKey: unique('matrix-key-abcdefgh'), status: 'pending', page: '/', content: unique('访问测试') }
    case 'columns':
    case 'districts':
    case 'organizations':
      return { name: unique('访问测试'), ...(collection === 'organizations' ? { kind: 'school' } : {}) }
    default:
      return { alt: unique('访问测试图片') }
  }
}

const versioned = new Set(['stories', 'galleries', 'honor-rolls', 'notices', 'announcements'])
const titled = new Set([...versioned, 'attachments', 'topics'])

/** The text field an update of each collection changes. */
const fieldToChange = (collection: string): string =>
  ({ media: 'alt', 'site-corrections': 'reply', 'site-changes': 'reason', 'rate-limits': 'key' })[collection] ?? (titled.has(collection) ? 'title' : 'name')

describe('access matrix', () => {
  let ctx: TestPayload
  let mediaId: number
  const users = {} as Record<Actor, Awaited<ReturnType<TestPayload['createUser']>> | undefined>

  beforeAll(async () => {
    ctx = await bootPayload()
    users.anonymous = undefined
    users.editor = await ctx.createUser(['editor'])
    users.reviewer = await ctx.createUser(['reviewer'])
    users['notice-staff'] = await ctx.createUser(['notice-staff'])
    users.admin = await ctx.createUser(['admin'])
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: '矩阵测试' },
      file: { data: await drawJpeg(400, 300), mimetype: 'image/jpeg', name: 'matrix.jpg', size: 0 },
    })
    mediaId = media.id
  })

  const file = async () => ({ data: await drawJpeg(300, 200), mimetype: 'image/jpeg', name: 'cell.jpg', size: 0 })
  const pdf = () => ({ data: tinyPdf(['Cell']), mimetype: 'application/pdf', name: 'cell.pdf', size: 0 })
  /** The file an upload collection's document needs. */
  const fileFor = async (collection: string) => (collection === 'media' ? { file: await file() } : collection === 'attachments' ? { file: pdf() } : {})

  /** A document made with full access, published unless a draft is asked for. */
  const seedDoc = async (collection: string, status: 'published' | 'draft' = 'published'): Promise<number> => {
    // A report as the public form's endpoint stores it.
    if (collection === 'site-corrections') return Number((await storeCorrection(ctx.payload)).id)
    const doc = await ctx.payload.create({
      collection: collection as 'stories',
      data: { ...makeData(collection, mediaId), ...(versioned.has(collection) ? { _status: status } : {}) } as never,
      draft: status === 'draft',
      ...(await fileFor(collection)),
    })
    return Number(doc.id)
  }

  /** A read changes nothing: one published and one draft document of each collection serve every actor's read. */
  const toRead = new Map<string, Promise<number>>()
  const readDoc = (collection: string, status: 'published' | 'draft'): Promise<number> => {
    const key = `${collection} ${status}`
    if (!toRead.has(key)) toRead.set(key, seedDoc(collection, status))
    return toRead.get(key) as Promise<number>
  }

  /** Runs one operation as the actor; true when it was allowed and did what it says. */
  const attempt = async (collection: string, actor: Actor, operation: Operation): Promise<boolean> => {
    const user = users[actor]
    const as = { overrideAccess: false, user } as const
    const slug = collection as 'stories'
    try {
      if (globals.has(collection)) return await attemptGlobal(collection, operation, as)
      switch (operation) {
        case 'readPublished': {
          const id = await readDoc(collection, 'published')
          const doc = await ctx.payload.findByID({ collection: slug, id, ...as })
          return Number(doc.id) === id
        }
        case 'readDraft': {
          const id = await readDoc(collection, 'draft')
          const doc = await ctx.payload.findByID({ collection: slug, id, draft: true, ...as })
          return Number(doc.id) === id
        }
        case 'create': {
          const doc = await ctx.payload.create({
            collection: slug,
            data: makeData(collection, mediaId) as never,
            draft: versioned.has(collection),
            ...(await fileFor(collection)),
            ...as,
          })
          return Boolean(doc.id)
        }
        case 'update': {
          const id = await seedDoc(collection, 'draft')
          const field = fieldToChange(collection)
          const doc = await ctx.payload.update({ collection: slug, id, data: { [field]: '改过的' } as never, draft: versioned.has(collection), ...as })
          return (doc as unknown as Record<string, unknown>)[field] === '改过的'
        }
        case 'publish': {
          const id = await seedDoc(collection, 'draft')
          const doc = await ctx.payload.update({ collection: slug, id, data: { _status: 'published' } as never, ...as })
          return doc._status === 'published'
        }
        case 'delete':
        case 'deleteDraft': {
          const id = await seedDoc(collection, operation === 'delete' ? 'published' : 'draft')
          await ctx.payload.delete({ collection: slug, id, ...as })
          const left = await ctx.payload.count({ collection: slug, where: { id: { equals: id } } })
          return left.totalDocs === 0
        }
      }
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 404 || status === 401) return false
      throw error
    }
  }

  /** A global is read and updated; its update is a save of one value the public would see. */
  const attemptGlobal = async (slug: string, operation: Operation, as: { overrideAccess: false; user: unknown }): Promise<boolean> => {
    if (slug === 'work-calendar') return attemptCalendar(operation, as.user as never)
    const global = slug as 'homepage'
    const user = as.user as never
    // A 荣誉榜 block showing 1–8 items, read back.
    counter += 1
    const count = (counter % 8) + 1
    const blocks = [{ blockType: 'honors', count }]
    const counts = (doc: { blocks?: unknown[] | null }) => JSON.stringify(doc.blocks?.map((block) => (block as { count?: number }).count))
    if (operation === 'readPublished') {
      await ctx.payload.updateGlobal({ slug: global, data: { blocks } as never, overrideAccess: true })
      return counts(await ctx.payload.findGlobal({ slug: global, depth: 0, overrideAccess: false, user })) === JSON.stringify([count])
    }
    const saved = await ctx.payload.updateGlobal({ slug: global, data: { blocks } as never, depth: 0, overrideAccess: false, user })
    return counts(saved) === JSON.stringify([count])
  }

  /** The 工作日历: a holiday of the year 2099 written and read back (no notice period reaches it). */
  const attemptCalendar = async (operation: Operation, user: never): Promise<boolean> => {
    counter += 1
    const holidays = [{ day: `2099-01-${String((counter % 28) + 1).padStart(2, '0')}` }]
    const days = (doc: { holidays?: { day: string }[] | null }) => JSON.stringify(doc.holidays?.map(({ day }) => day))
    if (operation === 'readPublished') {
      await ctx.payload.updateGlobal({ slug: 'work-calendar', data: { holidays }, overrideAccess: true })
      return days(await ctx.payload.findGlobal({ slug: 'work-calendar', depth: 0, overrideAccess: false, user })) === days({ holidays })
    }
    return days(await ctx.payload.updateGlobal({ slug: 'work-calendar', data: { holidays }, depth: 0, overrideAccess: false, user })) === days({ holidays })
  }

  it('should have a row, or a file named that proves it, for every collection and global of the config', () => {
    const slugs = [...ctx.payload.config.collections.map((collection) => collection.slug), ...ctx.payload.config.globals.map((global) => global.slug)]
    const ours: string[] = slugs.filter((slug) => !slug.startsWith('payload-'))
    expect(ours.filter((slug) => !(slug in expected) && !(slug in coveredElsewhere))).toEqual([])
    // Nothing listed twice, nothing listed that the config no longer has.
    expect(Object.keys(expected).filter((slug) => slug in coveredElsewhere)).toEqual([])
    expect([...Object.keys(expected), ...Object.keys(coveredElsewhere)].filter((slug) => !ours.includes(slug))).toEqual([])
  })

  for (const [collection, byActor] of Object.entries(expected)) {
    for (const actor of actors) {
      for (const operation of operations) {
        const want = byActor[actor][operation]
        if (want === 'n/a') continue
        it(`should ${want ? 'allow' : 'deny'} ${actor} to ${operation} ${collection}`, async () => {
          expect(await attempt(collection, actor, operation)).toBe(want)
        })
      }
    }
  }
})
