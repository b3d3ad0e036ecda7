/**
 * Seam: Astro's experimental incremental build (`experimental.incrementalBuild`, added in
 * withastro/astro#17084, RFC withastro/roadmap#1388; astro 7.3.5
 * dist/core/config/schemas/base.js:279). With SITE_CACHE_DIR set (the site worker sets it), a
 * build reuses the output of every page whose `cacheKey` (src/data/pages.ts) and code are
 * unchanged; without it every build is a cold full build, the ground truth. The flag is
 * experimental: a release may rename or graduate it, and the check below says so at start-up.
 */
import type { AstroConfig, AstroIntegration } from 'astro'

import { UpstreamShapeError } from './shape-error'

/** The config fragment that turns the incremental build on for a cache folder, or nothing. */
export const incrementalBuild = (cacheDir: string | undefined): { cacheDir?: string; experimental?: { incrementalBuild: true } } =>
  cacheDir ? { cacheDir, experimental: { incrementalBuild: true } } : {}

/** Fails loudly when the incremental build was asked for and Astro's resolved config has it off. */
export const checkIncrementalBuild = (config: Pick<AstroConfig, 'experimental'>, wanted: boolean): void => {
  if (wanted && (config.experimental as Record<string, unknown> | undefined)?.incrementalBuild !== true)
    throw new UpstreamShapeError('Astro 增量构建', 'Astro 的配置中没有 experimental.incrementalBuild')
}

export const incrementalBuildCheck = (wanted: boolean): AstroIntegration => ({
  name: 'fengcai:incremental-build-check',
  hooks: {
    'astro:config:done': ({ config }) => checkIncrementalBuild(config, wanted),
  },
})
