import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { KeptSorted } from '../../../site/src/data/memo'
import { provideSnapshot } from '../../../site/src/data/provider'
import type { RawDoc } from '../../../site/src/data/snapshot'
import { seededRandom } from '../../helpers/random'
import { rawNotice as notice, snapshotWith } from '../../helpers/snapshot'

/** The data layer's modules as the pages use them: a fresh instance has no memory of earlier builds. */
const dataModules = async () => ({
  models: await import('../../../site/src/data/models'),
  listing: await import('../../../site/src/data/listing'),
  pages: await import('../../../site/src/data/pages'),
  taxonomy: await import('../../../site/src/data/taxonomy-pages'),
})
type Data = Awaited<ReturnType<typeof dataModules>>

const link = (id: number, relationTo = 'stories') => ({
  type: 'paragraph',
  children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo, value: id } }, children: [{ type: 'text', text: `见第 ${id} 篇` }] }],
})

const story = (id: number, random: () => number, overrides: Partial<RawDoc> = {}): RawDoc => ({
  id,
  title: `稿件 ${id}`,
  slug: `story-${id}`,
  summary: `第 ${id} 篇的摘要`,
  cover: 1 + Math.floor(random() * 2),
  body: { root: { type: 'root', children: [link(1 + Math.floor(random() * 30))] } },
  column: 1 + Math.floor(random() * 2),
  district: 1,
  organizations: [1 + Math.floor(random() * 3)],
  relatedStories: [1 + Math.floor(random() * 30)],
  publishedAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(random() * 60) * 86_400_000).toISOString(),
  ...overrides,
})

const term = (id: number, name: string) => ({ id, name, slug: `term-${id}`, kind: 'regular', order: id, district: 1, logo: null })
const picture = (id: number, alt: string) => ({ id, alt, url: `/media/${id}.jpg`, width: 800, height: 600, filename: `${id}.jpg`, mimeType: 'image/jpeg' })

/** Every page of the stories' routes with its key, and every story's view model, as the worker reads them. */
const everything = async (data: Data) => {
  const site = await data.models.loadSite()
  const routes = [
    data.pages.keyed(
      site,
      site.stories.map((item) => ({ params: { slug: item.slug }, props: data.pages.storyPageProps(item) })),
    ),
    data.pages.keyed(site, data.listing.listingPaths(site.stories, '/stories/')),
    ...(await Promise.all((['columns', 'districts', 'organizations'] as const).map((kind) => data.taxonomy.taxonomyPaths(kind)))),
  ]
  return { stories: site.stories, pages: routes.flat().map((path) => `${JSON.stringify(path.params)} ${path.cacheKey}`) }
}

// Each step imports the data layer afresh for the full build to compare with (about 0.1 s).
const STEPS = 40

describe('the stories kept from one publish to the next', () => {
  const saved = process.env.SITE_WORKER
  beforeAll(() => {
    process.env.SITE_WORKER = '1'
  })
  afterAll(() => {
    provideSnapshot(undefined)
    if (saved === undefined) delete process.env.SITE_WORKER
    else process.env.SITE_WORKER = saved
  })

  it('should give after random changes the view models and page keys a first build gives', async () => {
    const random = seededRandom(31)
    const pick = (count: number) => 1 + Math.floor(random() * count)
    const snapshot = snapshotWith({
      stories: Array.from({ length: 30 }, (_, index) => story(index + 1, random)),
      columns: [term(1, '志愿动态'), term(2, '基层风采')],
      districts: [term(1, '黄浦区')],
      organizations: [term(1, '青年志愿者协会'), term(2, '银龄服务队'), term(3, '社区文明实践站')],
      media: [picture(1, '义诊现场'), picture(2, '河道清理')],
      notices: [notice(1), notice(2)],
    })
    const replace = (id: number, overrides: Partial<RawDoc>) => {
      const old = snapshot.stories.find((item) => item.id === id)
      snapshot.stories = [...snapshot.stories.filter((item) => item.id !== id), ...(old ? [{ ...old, ...overrides }] : [])]
    }
    // Each a change the snapshot store makes: a document replaced, removed or added, a list replaced whole.
    const changes: (() => void)[] = [
      () => replace(pick(30), { title: `改过的标题 ${random()}` }),
      () => replace(pick(30), { slug: `renamed-${pick(1000)}` }),
      () => replace(pick(30), { column: pick(2) }),
      () => replace(pick(30), { publishedAt: new Date(Date.UTC(2026, 9, 1) + pick(60) * 86_400_000).toISOString() }),
      () => replace(pick(30), { relatedStories: [pick(30), pick(30)] }),
      () => replace(pick(30), { body: { root: { type: 'root', children: [link(pick(30))] } }, organizations: [pick(3)] }),
      () => replace(pick(30), {}),
      () => {
        snapshot.stories = snapshot.stories.filter((item) => item.id !== pick(30))
      },
      () => {
        const id = pick(30)
        if (!snapshot.stories.some((item) => item.id === id)) snapshot.stories = [...snapshot.stories, story(id, random)]
      },
      () => {
        snapshot.columns = [term(1, `志愿动态 ${pick(9)}`), snapshot.columns[1] as RawDoc]
      },
      () => {
        snapshot.media = [picture(1, `义诊现场 ${pick(9)}`), snapshot.media[1] as RawDoc]
      },
      () => replace(pick(30), { body: { root: { type: 'root', children: [link(pick(2), 'notices')] } } }),
      () => {
        const id = pick(2)
        snapshot.notices = [
          ...snapshot.notices.filter((item) => item.id !== id),
          notice(id, random() < 0.5 ? { title: `公示 ${pick(99)}` } : { slug: `notice-${pick(99)}` }),
        ]
      },
    ]
    const kept = await dataModules()
    let generation = 0
    provideSnapshot(() => ({ generation, snapshot, now: new Date('2026-12-01T00:00:00Z') }))
    let unchangedStories = 0
    for (let step = 0; step < STEPS; step += 1) {
      const before = step ? (await kept.models.loadSite()).stories : []
      ;(changes[Math.floor(random() * changes.length)] as () => void)()
      generation += 1
      const incremental = await everything(kept)
      vi.resetModules()
      const full = await everything(await dataModules())
      expect(incremental.pages, `step ${step}`).toEqual(full.pages)
      expect(JSON.stringify(incremental.stories), `step ${step}`).toBe(JSON.stringify(full.stories))
      unchangedStories += incremental.stories.filter((item) => before.includes(item)).length
    }
    // The point of keeping them: most stories are last publish's objects (a renamed column or a
    // replaced picture changes many).
    expect(unchangedStories).toBeGreaterThan(STEPS * 15)
  }, 60_000)

  it('should keep every story while the documents their text links to keep their addresses', async () => {
    const random = seededRandom(7)
    const snapshot = snapshotWith({
      stories: Array.from({ length: 10 }, (_, index) =>
        story(index + 1, random, index ? {} : { body: { root: { type: 'root', children: [link(1, 'notices')] } } }),
      ),
      columns: [term(1, '志愿动态'), term(2, '基层风采')],
      districts: [term(1, '黄浦区')],
      organizations: [term(1, '青年志愿者协会'), term(2, '银龄服务队'), term(3, '社区文明实践站')],
      media: [picture(1, '义诊现场'), picture(2, '河道清理')],
      notices: [notice(1), notice(2)],
    })
    vi.resetModules()
    const { models } = await dataModules()
    let generation = 0
    provideSnapshot(() => ({ generation, snapshot, now: new Date('2026-12-01T00:00:00Z') }))
    const before = (await models.loadSite()).stories
    // As the snapshot store replaces a notice: a new list, the notice a new object.
    snapshot.notices = [notice(2), notice(1, { title: '改过标题的公示' })]
    generation += 1
    const retitled = (await models.loadSite()).stories
    expect(retitled.filter((item) => !before.includes(item))).toEqual([])
    expect(models.storiesMapped()).toBe(0)
    snapshot.notices = [notice(2), notice(1, { slug: 'notice-renamed' })]
    generation += 1
    const renamed = (await models.loadSite()).stories
    expect(renamed.filter((item) => !before.includes(item)).map((item) => item.id)).toEqual(['1'])
    expect(models.storiesMapped()).toBe(10)
    expect(JSON.stringify(renamed[renamed.findIndex((item) => item.id === '1')])).toContain('/notices/notice-renamed/')
  })
})

describe('KeptSorted', () => {
  it('should give the order a full sort gives as objects come, go and change', () => {
    const random = seededRandom(7)
    const compare = (a: { at: number; id: number }, b: { at: number; id: number }) => a.at - b.at || a.id - b.id
    const kept = new KeptSorted(compare)
    let list = Array.from({ length: 200 }, (_, id) => ({ at: Math.floor(random() * 50), id }))
    for (let step = 0; step < 100; step += 1) {
      const changed = Math.floor(random() * (step % 10 === 0 ? 150 : 5))
      for (let count = 0; count < changed; count += 1) {
        const index = Math.floor(random() * list.length)
        const item = list[index] as { at: number; id: number }
        list =
          random() < 0.2
            ? list.filter((_, other) => other !== index)
            : list.map((old, other) => (other === index ? { ...item, at: Math.floor(random() * 50) } : old))
      }
      expect(kept.sort(list)).toEqual([...list].sort(compare))
    }
  })
})
