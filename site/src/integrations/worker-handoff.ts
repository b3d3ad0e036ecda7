import type { AstroIntegration, AstroPrerenderer } from 'astro'

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]

/**
 * What a build run inside the site worker (src/worker) hands back to it: the prerenderer with the
 * site's compiled pages loaded, and every path the build generated with its cache key. The
 * worker goes on rendering single pages with them after the build has finished.
 */
export type WorkerHandoff = { prerenderer?: AstroPrerenderer; paths?: PathWithRoute[] }
export const WORKER_HANDOFF = Symbol.for('fengcai.site.worker-handoff')

/**
 * Inside the site worker, wraps Astro's own prerenderer so that the worker keeps it; anywhere
 * else (`astro build`), does nothing. Rendering goes through Astro's prerenderer unchanged either
 * way, so a page the worker renders is the page a full build renders.
 */
export const workerHandoff = (): AstroIntegration => ({
  name: 'fengcai-worker-handoff',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      const handoff = (globalThis as Record<symbol, unknown>)[WORKER_HANDOFF] as WorkerHandoff | undefined
      if (!handoff) return
      setPrerenderer((defaults) => ({
        name: 'fengcai:worker',
        setup: async () => {
          await defaults.setup?.()
          handoff.prerenderer = defaults
        },
        getStaticPaths: async () => {
          handoff.paths = await defaults.getStaticPaths()
          return handoff.paths
        },
        render: (request, options) => defaults.render(request, options),
        ...(defaults.collectStaticImages ? { collectStaticImages: () => (defaults.collectStaticImages as () => ReturnType<NonNullable<AstroPrerenderer['collectStaticImages']>>)() } : {}),
        // No teardown: the worker goes on rendering with the loaded pages.
      }))
    },
  },
})
