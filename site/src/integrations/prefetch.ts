import type { AstroIntegration } from 'astro'

import { prefetchSnapshot } from '../data/snapshot'

/**
 * A cold build fetches its data from the CMS while Vite compiles the site, rather than after:
 * the two run on different cores (10,000 stories: about 3 s of the CMS's answering overlaps the
 * compile). The site worker hands its own snapshot to the build and fetches nothing here.
 */
export const prefetch = (): AstroIntegration => ({
  name: 'fengcai-prefetch',
  hooks: {
    'astro:build:start': () => prefetchSnapshot(),
  },
})
