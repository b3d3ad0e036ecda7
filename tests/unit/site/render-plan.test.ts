import { describe, expect, it } from 'vitest'

import { fileOfPath } from '../../../site/src/worker/paths'
import type { PathWithRoute } from '../../../site/src/worker/paths'
import { goneFiles, keysOf, nextKeys, planRender } from '../../../site/src/worker/render-plan'

const page = (pathname: string, cacheKey?: string): PathWithRoute => ({ pathname, cacheKey, route: { type: 'page' } }) as unknown as PathWithRoute
const names = (paths: PathWithRoute[]): string[] => paths.map((entry) => entry.pathname)

describe('the render plan of a publish', () => {
  const before = [page('/'), page('/a/', 'nav1.a'), page('/b/', 'nav1.b'), page('/c/', 'nav1.c'), page('/gone/', 'nav1.g')]
  const keys = keysOf(before)

  it('should render pages whose key changed or that have none, and only swap the menu where the props are unchanged', () => {
    const after = [page('/'), page('/a/', 'nav2.a'), page('/b/', 'nav1.b2'), page('/c/', 'nav1.c'), page('/new/', 'nav2.n')]
    const plan = planRender(after, keys)
    expect(names(plan.toRender)).toEqual(['/', '/a/', '/b/', '/new/'])
    expect(names(plan.navOnly)).toEqual(['/a/'])
    expect(names(plan.inFull)).toEqual(['/', '/b/', '/new/'])
    expect(goneFiles(before, after)).toEqual(['gone/index.html'])
    expect(fileOfPath(page('/404/'))).toBe('404.html')
  })

  it('should keep the old key of a page that failed, so the next publish renders it again', () => {
    const after = [page('/a/', 'nav2.a'), page('/b/', 'nav1.b2'), page('/new/', 'nav2.n')]
    const next = nextKeys(after, keys, new Set(['/b/', '/new/']))
    expect([...next]).toEqual([
      ['/a/', 'nav2.a'],
      ['/b/', 'nav1.b'],
    ])
    expect(names(planRender(after, next).toRender)).toEqual(['/b/', '/new/'])
  })
})
