import { describe, expect, it } from 'vitest'

import { PathBook } from '../../../site/src/worker/path-book'
import type { PathChanges } from '../../../site/src/worker/path-book'
import { pageNamesOf, unique } from '../../../site/src/worker/paths'
import type { PathWithRoute } from '../../../site/src/worker/paths'
import { goneFiles, keysOf, nextKeys, planRender } from '../../../site/src/worker/render-plan'

const route = (type: string) => ({ type }) as unknown as PathWithRoute['route']
const [pageRoute, endpointRoute] = [route('page'), route('endpoint')]
const path = (pathname: string, cacheKey?: string, of = pageRoute): PathWithRoute => ({ pathname, cacheKey, route: of })
const names = (paths: PathWithRoute[]): string[] => paths.map((entry) => entry.pathname)

/** A small pseudo-random sequence, the same every run. */
const random = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31

/** One publish's change of the site: new objects for what changed, the same ones for the rest (as RoutePaths gives them). */
const changeSite = (site: PathWithRoute[], next: () => number, step: number): { all: PathWithRoute[]; changes: PathChanges } => {
  const changes: PathChanges = { added: [], removed: [] }
  const all = [...site]
  const before = new Set(site)
  for (let count = 1 + Math.floor(next() * 3); count > 0; count -= 1) {
    const at = Math.floor(next() * all.length)
    const was = all[at] as PathWithRoute
    const roll = next()
    // A path added by this change is not changed again by it.
    if (!before.has(was)) continue
    if (roll < 0.3) {
      const added = path(`/s${step}-${count}/`, `nav.n${step}`)
      all.splice(at, 0, added)
      changes.added.push(added)
    } else if (roll < 0.5 && was.cacheKey) {
      all.splice(at, 1)
      changes.removed.push(was)
    } else if (was.cacheKey) {
      // A new key: the menu (nav) or the props.
      const [nav, props] = (was.cacheKey as string).split('.')
      const now = path(was.pathname, roll < 0.7 ? `nav${step}.${props}` : `${nav}.p${step}`, was.route)
      all[at] = now
      changes.added.push(now)
      changes.removed.push(was)
    }
  }
  return { all, changes }
}

describe('the book of paths between publishes', () => {
  it('should plan and book each publish from what changed exactly as from every path', () => {
    const next = random(7)
    let site = [path('/'), path('/rss.xml', undefined, endpointRoute), ...Array.from({ length: 40 }, (_, n) => path(`/p${n}/`, `nav.k${n}`))]
    const book = new PathBook()
    book.seed(site)
    let keys = keysOf(site)
    for (let step = 0; step < 200; step += 1) {
      const { all, changes } = changeSite(site, next, step)
      const plan = book.plan(all, changes)
      const expected = planRender(unique(all), keys)
      expect(plan.pages, 'the changes are known').not.toBeNull()
      expect(names(plan.toRender)).toEqual(names(expected.toRender))
      expect(names(plan.navOnly)).toEqual(names(expected.navOnly))
      expect(plan.gone.sort()).toEqual(goneFiles(site, all).sort())
      // Some pages fail, and are tried again by the next publish.
      const failed = new Set(names(plan.toRender.filter(() => next() < 0.2)))
      plan.commit(failed)
      keys = nextKeys(all, keys, failed)
      expect([...book.keys].sort()).toEqual([...keys].sort())
      site = all
    }
  })

  it("should list the sitemap's pages added and removed, a page under the same name both", () => {
    const [a, b] = [path('/a/', 'nav.a'), path('/b/', 'nav.b')]
    const book = new PathBook()
    book.seed([path('/'), a, b])
    const [a2, c] = [path('/a/', 'nav.a2'), path('/c.xml', 'nav.c', endpointRoute)]
    const plan = book.plan([path('/'), a2, c], { added: [a2, c], removed: [a, b] })
    expect(plan.pages).toEqual({ added: ['a/'], removed: ['a/', 'b/'] })
    expect(plan.gone).toEqual(['b/index.html'])
    expect(pageNamesOf([c])).toEqual([])
  })

  it('should go through every path when the changes are unknown, a publish failed half-way, or pathnames repeat', () => {
    const [a, b] = [path('/a/', 'nav.a'), path('/b/', 'nav.b')]
    const book = new PathBook()
    book.seed([a, b])
    expect(book.plan([a, b], null).pages).toBeNull()
    // That plan was never booked (the publish failed): the next one is planned from every path.
    const b2 = path('/b/', 'nav.b2')
    const plan = book.plan([a, b2], { added: [b2], removed: [b] })
    expect(plan.pages).toBeNull()
    expect(names(plan.toRender)).toEqual(['/b/'])
    plan.commit(new Set())
    // Two routes giving one pathname: Astro's first wins, as unique() has it.
    const twin = path('/a', 'nav.twin')
    const repeated = book.plan([a, twin, b2], { added: [twin], removed: [] })
    expect(repeated.pages).toBeNull()
    expect(names(repeated.paths)).toEqual(['/a/', '/b/'])
    repeated.commit(new Set())
    expect(book.plan([a, b2], { added: [], removed: [twin] }).pages).toBeNull()
  })
})
