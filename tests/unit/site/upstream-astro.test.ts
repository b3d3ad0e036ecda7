import { existsSync } from 'node:fs'
import fs from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

import {
  UpstreamShapeError,
  checkCacheKeys,
  checkIncrementalBuild,
  checkRenameReplaceable,
  checkRmReplaceable,
  checkRouteCache,
  checkSetPrerenderer,
  clearRouteCache,
  crossDeviceMoves,
  keepingCompiledPages,
  takeHandoff,
} from '../../../site/src/upstream/astro'
import type { PathWithRoute } from '../../../site/src/upstream/astro'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site')
/** A file of the Astro the site has installed. */
const astroSource = (file: string): Promise<string> =>
  readFile(path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('astro/package.json')), file), 'utf8')

type AstroPrerenderer = Parameters<typeof clearRouteCache>[0]

const aPath = (cacheKey: string | undefined): PathWithRoute => ({ pathname: '/a/', cacheKey }) as unknown as PathWithRoute

describe('the Astro route cache seam', () => {
  it('should fail with its message when the prerenderer has no app.routeCache.clearAll()', () => {
    expect(() => checkRouteCache({})).toThrow(UpstreamShapeError)
    expect(() => checkRouteCache({ app: { routeCache: {} } })).toThrow('上游接口已变化（Astro 预渲染器的路由缓存）：预渲染器缺少 app.routeCache.clearAll()')
    expect(() => takeHandoff({ prerenderer: {} as AstroPrerenderer, paths: [aPath('k')] })).toThrow('app.routeCache.clearAll()')
  })

  it('should empty the cache through the shape Astro has', async () => {
    let cleared = 0
    clearRouteCache({ app: { routeCache: { clearAll: () => (cleared += 1) } } } as unknown as AstroPrerenderer)
    expect(cleared).toBe(1)
    expect(await astroSource('dist/core/build/default-prerenderer.js')).toContain('prerenderer.app = app')
    expect(await astroSource('dist/core/build/app.js')).toContain('get routeCache()')
    expect(await astroSource('dist/core/render/route-cache.js')).toMatch(/clearAll\(\) \{\s*this\.cache = \{\};/)
  })
})

describe('the prerenderer handoff seam', () => {
  it('should fail with its message when the build hook offers no setPrerenderer', () => {
    expect(() => checkSetPrerenderer({ logger: {} })).toThrow('astro:build:start 钩子不再提供 setPrerenderer()')
    expect(() => checkSetPrerenderer({ setPrerenderer: () => undefined })).not.toThrow()
  })

  it('should fail with its message when no path carries a cache key', () => {
    expect(() => checkCacheKeys([aPath(undefined), aPath(undefined)])).toThrow('getStaticPaths() 交回的路径都没有 cacheKey')
    expect(() => checkCacheKeys([aPath(undefined), aPath('nav.props')])).not.toThrow()
  })
})

describe('the compiled pages seam', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

  it('should fail with its message when fs.promises.rm cannot be replaced', () => {
    expect(() => checkRmReplaceable({})).toThrow('上游接口已变化（构建后保留编译好的页面）：fs.promises.rm 不是可替换的函数')
    expect(() => checkRmReplaceable(Object.freeze({ rm: async () => undefined }))).toThrow('fs.promises.rm 不是可替换的函数')
    expect(() => checkRmReplaceable()).not.toThrow()
  })

  it('should keep the stage’s .prerender through the build, remove everything else, and put rm back', async () => {
    const stage = await mkdtemp(path.join(os.tmpdir(), 'fengcai-stage-'))
    dirs.push(stage)
    await mkdir(path.join(stage, '.prerender'))
    await mkdir(path.join(stage, 'other'))
    const realRm = fs.promises.rm
    await keepingCompiledPages(stage, async () => {
      await fs.promises.rm(new URL(`file://${stage}/.prerender/`), { recursive: true, force: true })
      await fs.promises.rm(path.join(stage, 'other'), { recursive: true, force: true })
    })
    expect([existsSync(path.join(stage, '.prerender')), existsSync(path.join(stage, 'other'))]).toEqual([true, false])
    expect(fs.promises.rm).toBe(realRm)
    expect(await astroSource('dist/core/build/static-build.js')).toContain('await fs.promises.rm(prerenderOutputDir, { recursive: true, force: true })')
  })
})

describe('the cross-device moves seam', () => {
  it('should fail with its message when fs.promises.rename cannot be replaced', () => {
    expect(() => checkRenameReplaceable({})).toThrow('上游接口已变化（跨文件系统移动构建文件）：fs.promises.rename 不是可替换的函数')
    expect(() => checkRenameReplaceable()).not.toThrow()
  })

  it('should wrap rename for one build at a time and put it back when the build is done', async () => {
    const realRename = fs.promises.rename
    const hooks = crossDeviceMoves().hooks as Record<string, () => void>
    hooks['astro:build:start']?.()
    const wrapped = fs.promises.rename
    hooks['astro:build:start']?.()
    expect([wrapped === realRename, fs.promises.rename === wrapped]).toEqual([false, true])
    hooks['astro:build:done']?.()
    expect(fs.promises.rename).toBe(realRename)
    expect(await astroSource('dist/core/build/static-build.js')).toContain('return fs.promises.rename(currentUrl, clientUrl)')
  })
})

describe('the incremental build seam', () => {
  it('should fail with its message when Astro’s config has the incremental build off though it was asked for', () => {
    expect(() => checkIncrementalBuild({ experimental: {} } as never, true)).toThrow(
      '上游接口已变化（Astro 增量构建）：Astro 的配置中没有 experimental.incrementalBuild',
    )
    expect(() => checkIncrementalBuild({ experimental: { incrementalBuild: true } } as never, true)).not.toThrow()
    expect(() => checkIncrementalBuild({ experimental: {} } as never, false)).not.toThrow()
  })
})
