/**
 * The site worker's environment: the stack's own, the worker's settings, and glibc's malloc held
 * to two arenas (MALLOC_ARENA_MAX, read by glibc once, when the process starts: it cannot be set
 * from inside the worker). Astro's bundler (rolldown) and Pagefind run native threads during the
 * cold build; each thread that allocates gets an arena of its own (up to 8 a core), and what they
 * freed stays mapped for as long as the worker runs. An environment that sets MALLOC_ARENA_MAX
 * keeps its own value.
 */
export const SITE_WORKER_ARENAS = '2'

export const siteWorkerEnv = (base: NodeJS.ProcessEnv, settings: Record<string, string>): NodeJS.ProcessEnv => ({
  ...base,
  MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX || SITE_WORKER_ARENAS,
  ...settings,
})
