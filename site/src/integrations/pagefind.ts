import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the static search index over the finished pages. Pagefind's extended binary
 * segments Chinese text for pages marked `lang="zh-CN"`.
 */
export const pagefindIndex = (): AstroIntegration => ({
  name: 'fengcai-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      if (process.env.SITE_SEARCH_INDEX === 'off') return logger.info('search index: skipped (SITE_SEARCH_INDEX=off)')
      const started = performance.now()
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
      if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`)
      const added = await index.addDirectory({ path: fileURLToPath(dir) })
      if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`)
      const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) })
      if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`)
      logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`)
      await pagefind.close()
    },
  },
})
