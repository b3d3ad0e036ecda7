/**
 * `pnpm bench:paths [N]`: what a one-story publish asks of the data layer at N stories (default
 * 100,000), in process, without a database: the site model (site/src/data/models `loadSite`, as the
 * site worker provides its snapshot) and each story route's static paths with their keys, for three
 * cold rounds and six edits of one story each (its old copy out, its new one at the end, as the
 * worker's snapshot store does). Milliseconds a step; the worker's publish log calls the sum
 * `paths: pages asked`.
 */
import { performance } from 'node:perf_hooks'

import { provideSnapshot } from '../../site/src/data/provider'
import type { RawDoc } from '../../site/src/data/snapshot'
import { seededRandom } from '../helpers/random'
import { rawNotice as notice, snapshotWith } from '../helpers/snapshot'

process.env.SITE_WORKER = '1'
const N = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000)
const random = seededRandom(7)
const para = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const story = (id: number): RawDoc => ({
  id,
  title: `稿件 ${id}`,
  slug: `story-${id}`,
  summary: `第 ${id} 篇的摘要`,
  cover: 1 + Math.floor(random() * 2),
  body: { root: { type: 'root', children: [para(`正文 ${id}`)] } },
  column: 1 + Math.floor(random() * 20),
  district: 1 + Math.floor(random() * 16),
  organizations: [1 + Math.floor(random() * 200)],
  relatedStories: [],
  publishedAt: new Date(Date.UTC(2011, 0, 1) + Math.floor(random() * 5700) * 86_400_000).toISOString(),
})
const term = (id: number, name: string) => ({ id, name, slug: `term-${id}`, kind: 'regular', order: id, district: 1 + (id % 16), logo: null })
const picture = (id: number, alt: string) => ({ id, alt, url: `/media/${id}.jpg`, width: 800, height: 600, filename: `${id}.jpg`, mimeType: 'image/jpeg' })
const snapshot = snapshotWith({
  stories: Array.from({ length: N }, (_, index) => story(index + 1)),
  columns: Array.from({ length: 20 }, (_, i) => term(i + 1, `栏目${i + 1}`)),
  districts: Array.from({ length: 16 }, (_, i) => term(i + 1, `区${i + 1}`)),
  organizations: Array.from({ length: 200 }, (_, i) => term(i + 1, `组织${i + 1}`)),
  media: [picture(1, '义诊现场'), picture(2, '河道清理')],
  notices: [notice(1), notice(2)],
})
const models = await import('../../site/src/data/models')
const listing = await import('../../site/src/data/listing')
const pages = await import('../../site/src/data/pages')
const taxonomy = await import('../../site/src/data/taxonomy-pages')
let generation = 0
provideSnapshot(() => ({ generation, snapshot, now: new Date('2026-12-01T00:00:00Z') }))
const round = async (label: string) => {
  const t: Record<string, number> = {}
  let at = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    t[name] = Math.round(now - at)
    at = now
  }
  const site = await models.loadSite()
  lap('site model')
  const a = pages.keyed(
    site,
    site.stories.map((item) => ({ params: { slug: item.slug }, props: pages.storyPageProps(item) })),
  )
  lap('stories/[slug]')
  const b = pages.keyed(site, listing.listingPaths(site.stories, '/stories/'))
  lap('stories/[...path]')
  for (const kind of ['columns', 'districts', 'organizations'] as const) {
    await taxonomy.taxonomyPaths(kind)
    lap(kind)
  }
  console.log(label, JSON.stringify(t), a.length + b.length)
}
for (let r = 0; r < 3; r += 1) {
  generation += 1
  await round(`cold ${r}`)
}
for (let r = 0; r < 6; r += 1) {
  const id = 1 + Math.floor(random() * N)
  // As the worker's snapshot store does: the old copy out, the new one at the end.
  const old = snapshot.stories.find((s) => s.id === id) as RawDoc
  snapshot.stories = [...snapshot.stories.filter((s) => s.id !== id), { ...old, title: `改过 ${r}` }]
  generation += 1
  await round(`edit ${r}`)
}
