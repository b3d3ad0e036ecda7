import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { pagefindIndex } from './src/integrations/pagefind'

// SITE_URL is the public address of the built site (canonical links, RSS, the sitemap, QR codes).
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.SITE_OUT_DIR || './dist',
  compressHTML: true,
  integrations: [sitemap(), pagefindIndex()],
  vite: {
    build: {
      // Scripts stay files, never inlined, so the site's content security policy can forbid
      // inline scripts altogether (cms/scripts/lib/static-server.ts siteSecurityHeaders).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
})
