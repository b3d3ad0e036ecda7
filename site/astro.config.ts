import { defineConfig } from 'astro/config'

// SITE_URL is the public address of the built site (for canonical links, RSS and the sitemap).
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.SITE_OUT_DIR || './dist',
  compressHTML: true,
})
