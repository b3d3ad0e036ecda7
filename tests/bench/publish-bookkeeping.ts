/**
 * What the site worker's bookkeeping costs a one-story publish as the site grows, without the CMS:
 * N synthetic story paths, then publishes of one new story and one edited story each, worked out
 * as the worker did before #31's round 2 (every path: dropping repeats, the render plan, the files
 * gone, the next keys, the whole sitemap made again) and as it does now, from the paths added and
 * removed (site/src/worker/path-book, site/src/worker/sitemap-state). Both give the same plan and
 * sitemap (tests/unit/site/path-book.test.ts, sitemap-state.test.ts); this times them.
 *
 *   pnpm --filter @fengcai/tests exec tsx bench/publish-bookkeeping.ts 38000 125000
 */
import { sitemapFiles } from '../../site/src/integrations/sitemap'
import { PathBook } from '../../site/src/worker/path-book'
import { pageNamesOf, unique } from '../../site/src/worker/paths'
import type { PathWithRoute } from '../../site/src/worker/paths'
import { goneFiles, keysOf, nextKeys, planRender } from '../../site/src/worker/render-plan'
import { SitemapState } from '../../site/src/worker/sitemap-state'

import { keepOutput } from './keep-output'

keepOutput('bench-bookkeeping')

const SITE = 'https://fengcai.example.cn/'
const ROUNDS = 7
const route = { type: 'page' } as unknown as PathWithRoute['route']
const storyPath = (number: number, edit = ''): PathWithRoute => ({
  pathname: `/stories/generated-${String(number).padStart(7, '0')}/`,
  route,
  cacheKey: `nav0000000000000000000.${number}${edit}${'x'.repeat(36)}`,
})
const timed = (work: () => void): number => {
  const started = performance.now()
  work()
  return performance.now() - started
}
const summary = (ms: number[]): string => {
  const sorted = [...ms].sort((a, b) => a - b)
  return `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms (${sorted.map((value) => value.toFixed(0)).join(', ')})`
}

const sizes = process.argv.slice(2).map(Number)
console.log(`publish bookkeeping, a one-story publish (a new story and an edited one), ${ROUNDS} rounds a size`)
for (const size of sizes.length ? sizes : [38_000, 125_000]) {
  let paths = Array.from({ length: size }, (_, number) => storyPath(number))
  let keys = keysOf(paths)
  const book = new PathBook()
  book.seed(paths)
  const sitemap = new SitemapState(SITE)
  sitemap.seed(pageNamesOf(paths))
  const [before, after] = [[] as number[], [] as number[]]
  for (let round = 0; round < ROUNDS; round += 1) {
    const at = Math.floor(size / 3) + round * 11
    const was = paths[at] as PathWithRoute
    const [edited, added] = [{ ...was, cacheKey: `${was.cacheKey}-${round}` }, storyPath(size + round)]
    const all = [added, ...paths.slice(0, at), edited, ...paths.slice(at + 1)]
    before.push(
      timed(() => {
        const unrepeated = unique(all)
        planRender(unrepeated, keys)
        goneFiles(paths, unrepeated)
        keys = nextKeys(unrepeated, keys, new Set())
        sitemapFiles(SITE, pageNamesOf(unrepeated))
      }),
    )
    after.push(
      timed(() => {
        const plan = book.plan(all, { added: [added, edited], removed: [was] })
        if (!plan.pages) throw new Error('the changes were not used')
        sitemap.change(plan.pages.added, plan.pages.removed)
        sitemap.files()
        plan.commit(new Set())
      }),
    )
    paths = all
  }
  console.log(`  ${size} paths: every path ${summary(before)}; from the changes ${summary(after)}`)
}
