import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@fengcai/cms/scripts/lib/net'
import { serveStatic } from '@fengcai/cms/scripts/lib/static-server'

describe('static site server', () => {
  let base: string
  let server: http.Server
  let url: string

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'fengcai-static-'))
    const site = path.join(base, 'build-1')
    await mkdir(path.join(site, 'stories'), { recursive: true })
    await writeFile(path.join(site, 'stories', 'index.html'), '<p>新闻</p>')
    // A sibling whose name starts with the site folder's: a bare prefix check would serve it.
    await mkdir(path.join(base, 'build-10'), { recursive: true })
    await writeFile(path.join(base, 'build-10', 'secret.txt'), 'not for readers')
    const port = await freePort()
    server = await serveStatic(() => site, port, { cmsOrigin: 'https://cms.example.org' })
    url = `http://127.0.0.1:${port}`
  })

  afterAll(async () => {
    server?.close()
    await rm(base, { recursive: true, force: true })
  })

  it('should redirect a folder without its slash to a path on this site, never to another host', async () => {
    const plain = await fetch(`${url}/stories`, { redirect: 'manual' })
    expect(plain.status).toBe(301)
    expect(plain.headers.get('location')).toBe('/stories/')
    const sneaky = await fetch(`${url}/%2Fevil.example%2F..%2Fstories`, { redirect: 'manual' })
    expect(sneaky.status).toBe(301)
    expect(sneaky.headers.get('location')).toBe('/stories/')
  })

  it('should not serve a sibling folder that shares the site folder’s name as a prefix', async () => {
    const answer = await fetch(`${url}/..%2Fbuild-10%2Fsecret.txt`)
    expect(answer.status).toBe(400)
    expect(await answer.text()).not.toContain('not for readers')
  })

  it('should send the security headers with the CMS origin allowed where the pages need it', async () => {
    const answer = await fetch(`${url}/stories/`)
    const policy = answer.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).toContain("connect-src 'self' https://cms.example.org")
    expect(policy).toContain("form-action 'self' https://cms.example.org")
    expect(answer.headers.get('x-frame-options')).toBe('DENY')
  })
})
