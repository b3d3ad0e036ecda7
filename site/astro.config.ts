import { defineConfig } from 'astro/config'

import { siteUrlOr } from '@fengcai/shared'

import { pagefindIndex } from './src/integrations/pagefind'
import { prefetch } from './src/integrations/prefetch'
import { sitemap } from './src/integrations/sitemap'
import { crossDeviceMoves, incrementalBuild, incrementalBuildCheck, workerHandoff } from './src/upstream/astro'

// SITE_URL is the public address of the built site (canonical links, RSS, the sitemap, QR codes).
export default defineConfig({
  output: 'static',
  site: siteUrlOr(process.env.SITE_URL),
  trailingSlash: 'always',
  // Pages are written while others render: rendering is one thread, writing is not.
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.SITE_OUT_DIR || './dist',
  compressHTML: true,
  // With SITE_CACHE_DIR set (the publishing builder sets it), a build reuses the output of every
  // page whose cache key and code are unchanged (src/data/pages.ts); without it every build is a
  // cold full build, the ground truth. An experimental flag: see src/upstream/astro.
  ...incrementalBuild(process.env.SITE_CACHE_DIR),
  // Astro's log without its two lines per page (./src/integrations/build-log.ts).
  logger: { entrypoint: './src/integrations/build-log.ts' },
  integrations: [incrementalBuildCheck(Boolean(process.env.SITE_CACHE_DIR)), crossDeviceMoves(), prefetch(), workerHandoff(), sitemap(), pagefindIndex()],
  vite: {
    build: {
      // Scripts stay files, never inlined, so the site's content security policy can forbid
      // inline scripts altogether (cms/scripts/lib/static-server.ts siteSecurityHeaders).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
})
