import { describe, expect, it } from 'vitest'

import { RoutePaths, UpstreamShapeError, astroStaticPaths, samePaths } from '../../../site/src/upstream/astro'

type Params = Record<string, string>
type StaticPath = { params: Params; props: object; cacheKey?: string }

/** A route of Astro's manifest for `/<section>/[slug]/`, shaped as astro 7.3.5 makes it. */
const dynamicRoute = (section: string) => ({
  route: `/${section}/[slug]`,
  component: `src/pages/${section}/[slug].astro`,
  type: 'page',
  prerender: true,
  pathname: undefined,
  params: ['slug'],
  segments: [[{ content: section, dynamic: false, spread: false }], [{ content: 'slug', dynamic: true, spread: false }]],
  fallbackRoutes: [],
  origin: 'project',
})
const aboutRoute = {
  ...dynamicRoute('about'),
  route: '/about',
  component: 'src/pages/about.astro',
  pathname: '/about/',
  params: [],
  segments: [[{ content: 'about', dynamic: false, spread: false }]],
}

type Section = 'stories' | 'notices'

/** The item at `index`, which the test knows is there. */
const nth = <T>(list: readonly T[], index: number): T => {
  const item = list[index]
  if (item === undefined) throw new Error(`no item ${index}`)
  return item
}

/** What the pages return this time, and how often each was asked. */
const site = () => {
  const data: Record<Section, StaticPath[]> = {
    stories: [1, 2, 3].map((n) => ({ params: { slug: `s${n}` }, props: { n }, cacheKey: `nav.k${n}` })),
    notices: [1, 2].map((n) => ({ params: { slug: `n${n}` }, props: { n }, cacheKey: `nav.k${n}` })),
  }
  const asked: Record<Section, number> = { stories: 0, notices: 0 }
  // Fresh objects on each call, as src/data/pages.ts keyed() gives them; the export a getter, as
  // on a module namespace.
  const mod = (section: Section) =>
    Object.freeze({
      get getStaticPaths() {
        return () => {
          asked[section] += 1
          return data[section].map((entry) => ({ ...entry }))
        }
      },
    })
  const modules = new Map<object, ReturnType<typeof mod> | object>()
  const [storiesRoute, noticesRoute] = [dynamicRoute('stories'), dynamicRoute('notices')]
  const routes = [storiesRoute, aboutRoute, noticesRoute]
  modules.set(storiesRoute, mod('stories'))
  modules.set(aboutRoute, {})
  modules.set(noticesRoute, mod('notices'))
  const routeCache = {
    cache: {} as Record<string, unknown>,
    key: (route: { route: string; component: string }) => `${route.route}_${route.component}`,
    get(route: { route: string; component: string }) {
      return this.cache[this.key(route)]
    },
    set(route: { route: string; component: string }, entry: unknown) {
      this.cache[this.key(route)] = entry
    },
    clearAll() {
      this.cache = {}
    },
  }
  const app = {
    manifest: { routes: routes.map((routeData) => ({ routeData })), trailingSlash: 'always', base: '/', serverLike: false },
    routeCache,
    getComponentByRoute: async (route: object) => modules.get(route),
  }
  const prerenderer = {
    name: 'test',
    app,
    getStaticPaths: () => astroStaticPaths(app),
  } as unknown as Parameters<RoutePaths['all']>[0]
  return { data, asked, app, prerenderer }
}

const fullPass = async ({ app, prerenderer }: ReturnType<typeof site>) => {
  app.routeCache.clearAll()
  return (await prerenderer.getStaticPaths()).map(({ pathname, cacheKey, route }) => ({ pathname, cacheKey, route: route.route }))
}
const shape = (paths: Awaited<ReturnType<RoutePaths['all']>>) => paths.map(({ pathname, cacheKey, route }) => ({ pathname, cacheKey, route: route.route }))

describe('RoutePaths', () => {
  it('should give what Astro gives after emptying its cache, keep unchanged routes and refill the changed one', async () => {
    const routePaths = new RoutePaths()
    const subject = site()
    const first = await routePaths.all(subject.prerenderer)
    expect(shape(first)).toEqual(await fullPass(subject))
    expect(first.map((entry) => entry.pathname)).toEqual(['/stories/s1/', '/stories/s2/', '/stories/s3/', '/about/', '/notices/n1/', '/notices/n2/'])

    // Unchanged: the same path objects, and each page asked once (to compare), not once more by Astro.
    const second = await routePaths.all(subject.prerenderer)
    expect(second.every((entry, index) => entry === first[index])).toBe(true)
    const asked = subject.asked.stories
    const third = await routePaths.all(subject.prerenderer)
    expect(third.every((entry, index) => entry === first[index])).toBe(true)
    expect(subject.asked.stories).toBe(asked + 1)

    // A changed key: that route's paths are new, with Astro's new cache entry; the other route is kept.
    nth(subject.data.stories, 1).cacheKey = 'nav.changed'
    const askedBefore = subject.asked.stories
    const fourth = await routePaths.all(subject.prerenderer)
    // The page asked once (its answer compared, then handed to Astro), and Astro's entry names the
    // page's own module, as the render looks it up.
    expect(subject.asked.stories).toBe(askedBefore + 1)
    const storiesRoute = nth(subject.app.manifest.routes, 0).routeData
    const entry = subject.app.routeCache.get(storiesRoute) as { mod: unknown }
    expect(entry.mod).toBe(await subject.app.getComponentByRoute(storiesRoute))
    expect(fourth[1]).not.toBe(third[1])
    expect(nth(fourth, 1).cacheKey).toBe('nav.changed')
    expect(fourth[4]).toBe(third[4])
    expect(nth((subject.app.routeCache.get(dynamicRoute('stories')) as { staticPaths: StaticPath[] }).staticPaths, 1).cacheKey).toBe('nav.changed')

    // A new path and a renamed one.
    subject.data.notices.push({ params: { slug: 'n3' }, props: {}, cacheKey: 'nav.k3' })
    nth(subject.data.stories, 0).params = { slug: 'renamed' }
    expect(shape(await routePaths.all(subject.prerenderer))).toEqual(await fullPass(subject))
  })

  it('should patch a changed route where it changed, keeping the path objects of the rest', async () => {
    const routePaths = new RoutePaths()
    const subject = site()
    subject.data.stories = Array.from({ length: 50 }, (_, n) => ({ params: { slug: `s${n}` }, props: { n }, cacheKey: `nav.k${n}` }))
    const first = await routePaths.all(subject.prerenderer)
    const storiesRoute = nth(subject.app.manifest.routes, 0).routeData
    const entry = () => subject.app.routeCache.get(storiesRoute) as { staticPaths: StaticPath[] & { keyed: Map<string, StaticPath> }; mod: unknown }
    const before = entry()
    const keyedRight = () => {
      const { staticPaths } = entry()
      expect(staticPaths.map((path) => path.cacheKey)).toEqual(subject.data.stories.map((path) => path.cacheKey))
      expect([...staticPaths.keyed.keys()].sort()).toEqual(subject.data.stories.map((path) => `/stories/${path.params.slug}/`).sort())
      for (const path of staticPaths) expect(staticPaths.keyed.get(`/stories/${path.params.slug}/`)).toBe(path)
    }

    // A new key in the middle and a new story at the front.
    nth(subject.data.stories, 20).cacheKey = 'nav.edited'
    subject.data.stories.unshift({ params: { slug: 'new' }, props: { n: -1 }, cacheKey: 'nav.new' })
    const patched = await routePaths.all(subject.prerenderer)
    // Unchanged paths are the same objects (a refill makes every one anew); Astro's entry is patched.
    expect(patched[2]).toBe(first[1])
    expect(patched.slice(1).filter((path, index) => path !== first[index])).toHaveLength(1)
    expect(nth(patched, 21).cacheKey).toBe('nav.edited')
    expect(entry()).toBe(before)
    // What changed, for the publisher's book (src/worker/path-book): the new path, and the edited one's old and new.
    expect(routePaths.delta?.added).toEqual([patched[0], patched[21]])
    expect(routePaths.delta?.removed).toEqual([first[20]])
    keyedRight()
    expect(shape(patched)).toEqual(await fullPass(subject))
    // fullPass emptied Astro's cache: the route is refilled once.
    await routePaths.all(subject.prerenderer)

    // One gone near the end, with Astro's cache entry kept and patched.
    const kept = entry()
    const third = await routePaths.all(subject.prerenderer)
    subject.data.stories.splice(45, 1)
    const fourth = await routePaths.all(subject.prerenderer)
    expect(entry()).toBe(kept)
    expect(routePaths.delta).toEqual({ added: [], removed: [third[45]] })
    expect(fourth.slice(0, 45).every((path, index) => path === third[index])).toBe(true)
    expect(fourth.slice(45, 49).every((path, index) => path === third[index + 46])).toBe(true)
    keyedRight()
    expect(shape(fourth)).toEqual(await fullPass(subject))
  })

  it('should ask Astro again for every route when its cache was emptied in between (a preview)', async () => {
    const routePaths = new RoutePaths()
    const subject = site()
    const first = await routePaths.all(subject.prerenderer)
    subject.app.routeCache.clearAll()
    nth(subject.data.stories, 0).cacheKey = 'nav.other'
    const second = await routePaths.all(subject.prerenderer)
    expect(nth(second, 0).cacheKey).toBe('nav.other')
    expect(second[4]).not.toBe(first[4])
  })

  it("should keep a full build's paths it is seeded with, so that a first publish refills only the changed route", async () => {
    const subject = site()
    // As the worker's cold build collects them, filling Astro's route cache.
    const built = await subject.prerenderer.getStaticPaths()
    const routePaths = new RoutePaths()
    routePaths.seed(built)
    nth(subject.data.notices, 0).cacheKey = 'nav.changed'
    const first = await routePaths.all(subject.prerenderer)
    expect(first.slice(0, 4).every((entry, index) => entry === built[index])).toBe(true)
    expect(first[4]).not.toBe(built[4])
    expect(shape(first)).toEqual(await fullPass(subject))
  })

  it('should fail loudly when the prerenderer has no route cache to refill', async () => {
    await expect(new RoutePaths().all({ app: { manifest: { routes: [] } } } as never)).rejects.toThrow(UpstreamShapeError)
  })
})

describe('samePaths', () => {
  const path = (slug: string, cacheKey?: string) => ({ params: { slug }, cacheKey })
  it('should hold only for the same params and defined keys in the same order', () => {
    expect(samePaths([path('a', 'k')], [path('a', 'k')])).toBe(true)
    expect(samePaths([path('a', 'k')], [path('a', 'x')])).toBe(false)
    expect(samePaths([path('a', 'k')], [path('b', 'k')])).toBe(false)
    expect(samePaths([path('a')], [path('a')])).toBe(false)
    expect(samePaths([path('a', 'k'), path('b', 'k')], [path('b', 'k'), path('a', 'k')])).toBe(false)
    expect(samePaths([path('a', 'k')], [path('a', 'k'), path('b', 'k')])).toBe(false)
    expect(samePaths([{ params: { slug: 'a' }, cacheKey: 'k' }], [{ params: { slug: 'a', extra: 'x' }, cacheKey: 'k' }])).toBe(false)
  })
})
