import { describe, expect, it } from 'vitest'

import { siteWorkerEnv } from '@fengcai/cms/scripts/lib/site-worker-env'

describe('the site worker’s environment', () => {
  it('should hold glibc’s malloc to two arenas, beside the stack’s environment and the worker’s settings', () => {
    const env = siteWorkerEnv(
      { ...process.env, MALLOC_ARENA_MAX: undefined, CMS_URL: 'http://old' },
      { CMS_URL: 'http://127.0.0.1:3000', SITE_WORKER_PORT: '4000' },
    )
    expect(env).toMatchObject({ MALLOC_ARENA_MAX: '2', PATH: process.env.PATH, CMS_URL: 'http://127.0.0.1:3000', SITE_WORKER_PORT: '4000' })
  })

  it('should keep an arena limit the environment sets itself', () => {
    expect(siteWorkerEnv({ ...process.env, MALLOC_ARENA_MAX: '1' }, {}).MALLOC_ARENA_MAX).toBe('1')
  })
})
