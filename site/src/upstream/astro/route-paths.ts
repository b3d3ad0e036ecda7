/**
 * Seam: each route's static paths kept from one publish to the next, and Astro's route cache
 * refilled only for the routes whose `getStaticPaths()` result changed.
 *
 * Astro's `getStaticPaths()` on the prerenderer (astro 7.3.5, dist/runtime/prerender/static-paths.js
 * `StaticPaths.getAll`) formats every path's params twice (`stringifyParams` there and in
 * dist/core/render/route-cache.js:40 `callGetStaticPaths`), ~0.7 s per 100,000 paths, even for routes
 * whose paths did not change. Here each dynamic route's page is asked for its paths; when they
 * carry the same params and the same cache keys, in the same order, as the ones in Astro's route
 * cache, the route keeps its last paths (the page keys are digests of the props, the navigation and
 * the settings: src/data/pages.ts, so same keys render the same pages). A route whose paths changed
 * in a stretch of a few is patched there (./route-patch); any other changed route's cache entry is
 * dropped (`RouteCache.cache`, keyed by `RouteCache.key(route)`, route-cache.js:52-70) and Astro's
 * own `StaticPaths` (exported as `astro/runtime/prerender/static-paths.js` for adapters) fills it
 * again for that route alone. Redirects and i18n fallbacks are left to Astro's full pass. `delta`
 * tells the publisher which path objects came and went (src/worker/path-book).
 */
import type { AstroPrerenderer } from 'astro'
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js'

import type { PathWithRoute } from './prerenderer'
import { patchRoute } from './route-patch'
import type { KeyedPaths, PathDelta } from './route-patch'
import { clearRouteCache } from './route-cache'
import { UpstreamShapeError } from './shape-error'

type StaticPath = { params: Record<string, string | undefined>; cacheKey?: unknown }
type Route = PathWithRoute['route'] & { redirectRoute?: unknown; fallbackRoutes: unknown[] }
type Module = { getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => Promise<StaticPath[]> | StaticPath[] }
type Cache = {
  cache: Record<string, { staticPaths?: StaticPath[] } | undefined>
  key: (route: Route) => string
  get: (route: Route) => { staticPaths?: StaticPath[] } | undefined
}
type App = {
  manifest: { routes: { routeData: Route }[] }
  routeCache: Cache
  getComponentByRoute: (route: Route) => Promise<Module>
}

const SEAM = 'Astro 按路由重新取静态路径'

const appOf = (prerenderer: AstroPrerenderer): App => {
  const app = (prerenderer as unknown as { app?: Partial<App> }).app
  const cache = app?.routeCache as Partial<Cache> | undefined
  if (
    !app?.manifest ||
    typeof app.getComponentByRoute !== 'function' ||
    typeof cache?.key !== 'function' ||
    typeof cache.get !== 'function' ||
    typeof cache.cache !== 'object'
  )
    throw new UpstreamShapeError(SEAM, '预渲染器缺少 app.manifest、app.getComponentByRoute() 或 app.routeCache.cache/key()/get()')
  return app as App
}

/** Same params (own keys and values) and the same defined cache key, path by path. */
export const samePaths = (before: StaticPath[], after: StaticPath[]): boolean => {
  if (before.length !== after.length) return false
  for (let index = 0; index < after.length; index += 1) {
    const [was, now] = [before[index], after[index]]
    // The same object again (src/data/pages keeps an unchanged page's path): the same params and key.
    if (was === now && now?.cacheKey !== undefined) continue
    if (!was || !now || now.cacheKey === undefined || String(now.cacheKey) !== String(was.cacheKey)) return false
    const keys = Object.keys(now.params)
    if (keys.length !== Object.keys(was.params).length) return false
    for (const key of keys) if (now.params[key] !== was.params[key]) return false
  }
  return true
}

// A page that paginates is left to Astro (its `paginate` is not reachable from here).
const refusePaginate = (): never => {
  throw new Error('paginate')
}

/** Astro's own collection of paths (what the default prerenderer's `getStaticPaths()` runs) over `app`'s routes. */
export const astroStaticPaths = async (app: object): Promise<PathWithRoute[]> =>
  (await new StaticPaths(app as ConstructorParameters<typeof StaticPaths>[0]).getAll()) as PathWithRoute[]

export class RoutePaths {
  private readonly kept = new Map<Route, PathWithRoute[]>()
  private changes: Omit<PathDelta, 'paths'> | null = null
  /** Milliseconds of the last all(): asking the pages and comparing their answers, then patching or refilling the changed routes. */
  spent = { asked: 0, changed: 0 }
  /** Milliseconds of asking each dynamic route's page in the last all(), by its pattern. */
  askedByRoute = new Map<string, number>()

  /**
   * The path objects the last all() added and removed against the one before (or the seed): its
   * list is the last one's without `removed`, with `added`; null when it was Astro's full pass.
   */
  get delta(): Omit<PathDelta, 'paths'> | null {
    return this.changes
  }

  /**
   * Takes the paths a full build collected (its handoff, Astro's route cache filled by the same
   * pass) as each route's kept paths: the first publish after the worker's cold build refills
   * only the routes that changed, not all of them.
   */
  seed(paths: PathWithRoute[]): void {
    this.kept.clear()
    for (const path of paths) {
      const route = path.route as Route
      const list = this.kept.get(route)
      if (list) list.push(path)
      else this.kept.set(route, [path])
    }
  }

  /** Every route's paths in Astro's order, as `prerenderer.getStaticPaths()` after emptying its cache would give. */
  async all(prerenderer: AstroPrerenderer): Promise<PathWithRoute[]> {
    const app = appOf(prerenderer)
    const routes = app.manifest.routes.map(({ routeData }) => routeData).filter((route) => route.prerender)
    this.changes = null
    if (routes.some((route) => route.redirectRoute || route.type === 'redirect' || route.type === 'fallback' || route.fallbackRoutes.length)) {
      this.kept.clear()
      clearRouteCache(prerenderer)
      return prerenderer.getStaticPaths()
    }
    const all: PathWithRoute[] = []
    const changes: Omit<PathDelta, 'paths'> = { added: [], removed: [] }
    this.spent = { asked: 0, changed: 0 }
    this.askedByRoute.clear()
    for (const route of routes) {
      const asked = performance.now()
      const compared = await this.compare(app, route)
      const changed = performance.now()
      this.spent.asked += changed - asked
      if (!route.pathname) this.askedByRoute.set(route.route, changed - asked)
      const delta = compared.kept ? { paths: compared.kept, added: [], removed: [] } : await this.change(app, route, compared.fresh)
      this.spent.changed += performance.now() - changed
      for (const path of delta.paths) all.push(path)
      for (const path of delta.added) changes.added.push(path)
      for (const path of delta.removed) changes.removed.push(path)
    }
    this.changes = changes
    return all
  }

  /**
   * The route's kept paths when its page gives the same ones again; otherwise what the page gave
   * this time (none when it was not asked, or failed), for refill() to hand Astro instead of asking
   * the page a second time (at 100,000 stories, a story publish's stories route: ~0.5 s).
   */
  private async compare(app: App, route: Route): Promise<{ kept?: PathWithRoute[]; fresh?: StaticPath[] }> {
    const kept = this.kept.get(route)
    if (!kept) return {}
    if (route.pathname) return { kept }
    const cached = app.routeCache.get(route)?.staticPaths
    const mod = await app.getComponentByRoute(route)
    if (!cached || !mod.getStaticPaths) return {}
    try {
      const fresh = await mod.getStaticPaths({ paginate: refusePaginate, routePattern: route.route })
      return samePaths(cached, fresh) ? { kept } : { fresh }
    } catch {
      // Astro asks again in refill() and reports a real failure in its own words.
      return {}
    }
  }

  /** A changed route's paths: patched where they changed, else all of them new from Astro. */
  private async change(app: App, route: Route, fresh?: StaticPath[]): Promise<PathDelta> {
    const before = this.kept.get(route) ?? []
    const patched = await this.patch(app, route, fresh)
    if (patched) return patched
    const paths = await this.refill(app, route, fresh)
    return { paths, added: paths, removed: before }
  }

  /** The route's paths with its cache entry patched where they changed (./route-patch), or null. */
  private async patch(app: App, route: Route, fresh?: StaticPath[]): Promise<PathDelta | null> {
    const [cached, kept] = [app.routeCache.get(route)?.staticPaths as KeyedPaths | undefined, this.kept.get(route)]
    if (!fresh || !cached || !kept) return null
    const delta = await patchRoute(route, cached, kept, fresh, async (stretch) => {
      // Astro's own collection of the stretch alone, on a route cache of its own.
      const own = { cache: {} as Cache['cache'], key: app.routeCache.key.bind(app.routeCache) }
      const routeCache = { ...own, get: (of: Route) => own.cache[own.key(of)], set: (of: Route, entry: object) => (own.cache[own.key(of)] = entry) }
      const paths = await this.collect(app, route, routeCache, stretch)
      const keyed = (routeCache.get(route)?.staticPaths as KeyedPaths | undefined)?.keyed ?? new Map()
      return { paths, keyed }
    })
    if (delta) this.kept.set(route, delta.paths)
    return delta
  }

  private async refill(app: App, route: Route, fresh?: StaticPath[]): Promise<PathWithRoute[]> {
    delete app.routeCache.cache[app.routeCache.key(route)]
    const paths = await this.collect(app, route, app.routeCache, fresh)
    // Astro's cache entry names the module it asked, and is used at render only for that module.
    const entry = app.routeCache.get(route) as { mod?: unknown } | undefined
    if (fresh && entry) entry.mod = await app.getComponentByRoute(route)
    this.kept.set(route, paths)
    return paths
  }

  /** Astro's own collection of the route's paths into `routeCache`: of `fresh` when given, else of the page's answer. */
  private async collect(app: App, route: Route, routeCache: Pick<Cache, 'key' | 'get'>, fresh?: StaticPath[]): Promise<PathWithRoute[]> {
    const manifest = Object.assign(Object.create(app.manifest) as object, { routes: [{ routeData: route }] })
    const getComponentByRoute = async (of: Route): Promise<Module> => {
      const mod = await app.getComponentByRoute(of)
      // The page's answer of this publish, given once to Astro's own collection (which validates and
      // keys it as it would the page's): the module itself otherwise.
      // (A module namespace's exports are getters: the page's own is shadowed, not assigned.)
      return fresh && of === route ? (Object.create(mod, { getStaticPaths: { value: () => fresh } }) as Module) : mod
    }
    return astroStaticPaths({ manifest, routeCache, getComponentByRoute })
  }
}
