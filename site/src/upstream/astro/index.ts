/**
 * Every use the site makes of a private or experimental interface of Astro, or a global of Node
 * patched for Astro's sake, each in its own module here with the Astro source line or issue it
 * relies on and a self-check that fails loudly (UpstreamShapeError) when the shape is missing:
 *
 * - ./route-cache        Astro's private `app.routeCache.clearAll()` on the default prerenderer
 *                        (checked when the worker's build hands the prerenderer back).
 * - ./route-paths        each route's paths kept between publishes; its entry of the route cache
 *                        patched where they changed (./route-patch: Astro's `StaticPaths` for the
 *                        changed stretch alone), or dropped and refilled by it for a large change.
 * - ./prerenderer        `setPrerenderer` to keep Astro's prerenderer after the build, and the
 *                        paths' `cacheKey` (checked at the build's start and on the handoff).
 * - ./compiled-pages     `fs.promises.rm` patched while the worker builds, to keep `.prerender/`.
 * - ./cross-device-moves `fs.promises.rename` patched during a build, copying across devices.
 * - ./incremental-build  `experimental.incrementalBuild` (checked when Astro's config is done).
 * - ./channel            the one process global between the worker, the integrations and the
 *                        pages' bundle (each holds its own copy of every module).
 *
 * The pages' bundle imports ./channel alone (through src/data/provider), not this index.
 */
export { checkRmReplaceable, keepingCompiledPages } from './compiled-pages'
export { checkRenameReplaceable, crossDeviceMoves, renameAcrossDevices } from './cross-device-moves'
export { checkIncrementalBuild, incrementalBuild, incrementalBuildCheck } from './incremental-build'
export { awaitHandoff, checkCacheKeys, checkSetPrerenderer, takeHandoff, workerHandoff } from './prerenderer'
export type { PathWithRoute, WorkerHandoff } from './prerenderer'
export { checkRouteCache, clearRouteCache } from './route-cache'
export { RoutePaths, astroStaticPaths, samePaths } from './route-paths'
export { UpstreamShapeError } from './shape-error'
