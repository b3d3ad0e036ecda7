/**
 * The one channel between the site worker's own modules and the copies of them in the build.
 *
 * Why a process global: `astro build` loads astro.config's integrations through Vite's config
 * loader and compiles the pages (with src/data) into a bundle of their own (`.prerender/chunks`,
 * imported by `createDefaultPrerenderer` in astro/dist/core/build/default-prerenderer.js), so the
 * worker, the integrations and the pages each hold a separate instance of every module: a module
 * variable set by one is not seen by the others. Astro's prerender API gives the pages no value
 * from outside either (`getStaticPaths` takes only `paginate` and `routePattern`,
 * astro/dist/core/render/route-cache.js `callGetStaticPaths`; `render` takes a Request). So what
 * crosses is put in one record on `globalThis`, under named slots, and nowhere else in src/.
 *
 * Slots: `snapshot` (src/data/provider: the worker's snapshot for the pages), `prefetch` (the
 * snapshot a cold build fetches while Vite compiles), `handoff` (./prerenderer: Astro's
 * prerenderer back to the worker), `rename` (./cross-device-moves: the rename it replaced, for
 * the next loading of the integration to put back), `site-model-ms` (src/data/provider: how long
 * the pages' bundle took to work out the site model, for the worker's publish log).
 */
const CHANNEL = Symbol.for('fengcai.site.channel')

type Slots = Record<string, unknown>

const slots = (): Slots => {
  const global = globalThis as Record<symbol, Slots | undefined>
  global[CHANNEL] ??= {}
  return global[CHANNEL]
}

export type Slot<T> = { get: () => T | undefined; set: (value: T | undefined) => void }

/** A named value every instance of a module in this process reads and writes alike. */
export const sharedSlot = <T>(name: 'snapshot' | 'prefetch' | 'handoff' | 'rename' | 'site-model-ms'): Slot<T> => ({
  get: () => slots()[name] as T | undefined,
  set: (value) => {
    if (value === undefined) delete slots()[name]
    else slots()[name] = value
  },
})
