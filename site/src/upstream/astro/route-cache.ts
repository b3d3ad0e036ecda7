/**
 * Seam: Astro's private route cache, emptied before each publish and preview.
 *
 * Astro keeps what every route's `getStaticPaths()` returned (astro 7.3.5,
 * dist/core/render/route-cache.js:19, `callGetStaticPaths` returns `cached.staticPaths`), so a
 * second `getStaticPaths()` on the same prerenderer gives the first one's paths. The worker's
 * data changes between calls, so it empties the cache with `RouteCache.clearAll()`
 * (route-cache.js:57), reached through the default prerenderer's `app` (set in `setup()`,
 * dist/core/build/default-prerenderer.js:23, not in the `AstroPrerenderer` type) and
 * `BuildApp.routeCache` (dist/core/build/app.js:42). No public API exists for it.
 */
import type { AstroPrerenderer } from 'astro'

import { UpstreamShapeError } from './shape-error'

type WithRouteCache = { app: { routeCache: { clearAll: () => void } } }

const SEAM = 'Astro 预渲染器的路由缓存'

/** Fails loudly when the prerenderer no longer has `app.routeCache.clearAll()`. */
export const checkRouteCache = (prerenderer: unknown): void => {
  const app = (prerenderer as Partial<WithRouteCache> | null)?.app
  if (typeof app?.routeCache?.clearAll !== 'function') throw new UpstreamShapeError(SEAM, '预渲染器缺少 app.routeCache.clearAll()')
}

/** Forgets every route's static paths, so the next `getStaticPaths()` asks the pages again. */
export const clearRouteCache = (prerenderer: AstroPrerenderer): void => {
  checkRouteCache(prerenderer)
  ;(prerenderer as unknown as WithRouteCache).app.routeCache.clearAll()
}
