/**
 * Seam: Astro's prerenderer handed back to the site worker after its build.
 *
 * The worker wraps Astro's own prerenderer through the integration hook `setPrerenderer`
 * (astro 7.3.5, dist/types/public/integrations.d.ts:364, `astro:build:start`) so that it keeps
 * the default prerenderer (dist/core/build/default-prerenderer.js) with the site's compiled pages
 * loaded, and every path the build generated with its `cacheKey` (the experimental incremental
 * build's key, ./incremental-build). It leaves out `teardown` (called at
 * dist/core/build/generate.js:221) and goes on rendering single pages after the build. Rendering
 * goes through Astro's prerenderer unchanged, so a page the worker renders is the page a full
 * build renders. Outside the worker (`astro build`) the integration does nothing.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro'

import { sharedSlot } from './channel'
import { checkRouteCache } from './route-cache'
import { UpstreamShapeError } from './shape-error'

export type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]

export type WorkerHandoff = { prerenderer?: AstroPrerenderer; paths?: PathWithRoute[] }

const handoffSlot = sharedSlot<WorkerHandoff>('handoff')

const SEAM = 'Astro 预渲染器交回发布进程'

/** Fails loudly when the build hook no longer offers `setPrerenderer`. */
export const checkSetPrerenderer = (options: Record<string, unknown>): void => {
  if (typeof options.setPrerenderer !== 'function') throw new UpstreamShapeError(SEAM, 'astro:build:start 钩子不再提供 setPrerenderer()')
}

/**
 * Fails loudly when the paths of a build carry no cache key at all: the worker would render every
 * page at every publish, slowly and without a word (as withastro/astro#17692 describes for a
 * prerenderer that drops them).
 */
export const checkCacheKeys = (paths: PathWithRoute[]): void => {
  if (paths.length && !paths.some((entry) => entry.cacheKey !== undefined))
    throw new UpstreamShapeError(SEAM, 'getStaticPaths() 交回的路径都没有 cacheKey（experimental.incrementalBuild）')
}

/** Before a build in the worker: what the build will fill in. */
export const awaitHandoff = (): WorkerHandoff => {
  const handoff: WorkerHandoff = {}
  handoffSlot.set(handoff)
  return handoff
}

/** After the build: the prerenderer and the paths, checked for every shape the worker relies on. */
export const takeHandoff = (handoff: WorkerHandoff): { prerenderer: AstroPrerenderer; paths: PathWithRoute[] } => {
  const { prerenderer, paths } = handoff
  if (!prerenderer || !paths) throw new Error('构建未交回渲染器：astro.config.ts 缺少 workerHandoff()。')
  checkRouteCache(prerenderer)
  checkCacheKeys(paths)
  return { prerenderer, paths }
}

export const workerHandoff = (): AstroIntegration => ({
  name: 'fengcai-worker-handoff',
  hooks: {
    'astro:build:start': (options) => {
      const handoff = handoffSlot.get()
      if (!handoff) return
      checkSetPrerenderer(options)
      options.setPrerenderer((defaults) => ({
        name: 'fengcai:worker',
        setup: async () => {
          await defaults.setup?.()
          handoff.prerenderer = defaults
        },
        getStaticPaths: async () => {
          handoff.paths = await defaults.getStaticPaths()
          return handoff.paths
        },
        render: (request, renderOptions) => defaults.render(request, renderOptions),
        ...(defaults.collectStaticImages
          ? { collectStaticImages: () => (defaults.collectStaticImages as () => ReturnType<NonNullable<AstroPrerenderer['collectStaticImages']>>)() }
          : {}),
        // No teardown: the worker goes on rendering with the loaded pages.
      }))
    },
  },
})
