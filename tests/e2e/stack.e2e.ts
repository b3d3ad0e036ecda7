import { existsSync } from 'node:fs'
import { readFile, rename } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedDatabase } from '@fengcai/cms/scripts/lib/database'
import type { DemoCredentials } from '@fengcai/shared'

import { drawJpeg } from '../helpers/images'
import { authHeaders, login } from '../helpers/rest'
import { dataDirFromTemplate, makeDataDir, portClosed, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

const readCredentials = async (dataDir: string): Promise<DemoCredentials> =>
  JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials

describe('pnpm start on a fresh data folder', () => {
  let stack: Stack
  let credentials: DemoCredentials
  let mediaUrl = ''
  let mediaId = 0

  beforeAll(async () => {
    stack = await startStack({ fresh: true })
    credentials = await readCredentials(stack.dataDir)
  })

  afterAll(async () => {
    await stack?.stop()
  })

  it('should serve the admin in Chinese at /admin', async () => {
    const response = await fetch(`${stack.cmsUrl}/admin`, { headers: { 'accept-language': 'en-US,en' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
    expect(html).toContain('登录')
  })

  it('should serve the built site at / in Chinese', async () => {
    const response = await fetch(`${stack.siteUrl}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('lang="zh-CN"')
    expect(html).toContain('最新新闻')
  })

  it('should write one demo account per role, one reviewer per stage of the review chain, and let the admin log in', async () => {
    expect(Object.keys(credentials).sort()).toEqual(['admin', 'editor', 'noticeStaff', 'reviewer', 'reviewer2', 'reviewer3'])
    for (const [key, stage] of [
      ['reviewer', 1],
      ['reviewer2', 2],
      ['reviewer3', 3],
    ] as const) {
      const reviewer = await login(stack.cmsUrl, credentials[key].email, credentials[key].password)
      expect((reviewer.user as { reviewStages?: number[] }).reviewStages).toEqual([stage])
    }
    const session = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    expect(session.user.roles).toEqual(['admin'])
    const staff = await login(stack.cmsUrl, credentials.noticeStaff.email, credentials.noticeStaff.password)
    expect(staff.user.roles).toEqual(['notice-staff'])
  })

  it('should refuse an anonymous POST /api/users', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.com', password: 'letmein-123', roles: ['admin'] }),
    })
    expect(response.status).toBe(403)
  })

  it("should refuse an editor's PATCH of its own roles to admin", async () => {
    const editor = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const response = await fetch(`${stack.cmsUrl}/api/users/${editor.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...authHeaders(editor) },
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(response.status).toBe(403)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toContain('只有管理员')
    const me = await fetch(`${stack.cmsUrl}/api/users/me`, { headers: authHeaders(editor) })
    expect(((await me.json()) as { user: { roles: string[] } }).user.roles).toEqual(['editor'])
  })

  it('should accept an editor upload and serve the file', async () => {
    const editor = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: '志愿者清扫街道' }))
    form.append('file', new Blob([new Uint8Array(await drawJpeg(1600, 1000))], { type: 'image/jpeg' }), 'street.jpg')
    const response = await fetch(`${stack.cmsUrl}/api/media`, { method: 'POST', headers: authHeaders(editor), body: form })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; url: string; mimeType: string } }
    expect(doc.mimeType).toBe('image/webp')
    mediaId = doc.id
    mediaUrl = doc.url
    const file = await fetch(new URL(mediaUrl, stack.cmsUrl))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
  })

  it('should stop on Ctrl-C, then start again with the same users and uploads', async () => {
    await stack.stop({ orphans: 'fail' })
    expect(await portClosed(stack.pgPort)).toBe(true)

    stack = await startStack({ dataDir: stack.dataDir })
    expect(stack.output()).not.toContain('首次启动')
    expect(await readCredentials(stack.dataDir)).toEqual(credentials)
    const admin = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    const users = await fetch(`${stack.cmsUrl}/api/users?limit=0`, { headers: authHeaders(admin) })
    // One demo account per role, and no new ones on a second start.
    expect(((await users.json()) as { totalDocs: number }).totalDocs).toBe(Object.keys(credentials).length)
    const media = await fetch(`${stack.cmsUrl}/api/media/${mediaId}`)
    expect(media.status).toBe(200)
    // Media URLs are absolute on the CMS's address, which a restart on other ports changes.
    const { url } = (await media.json()) as { url: string }
    expect(url.endsWith(mediaUrl.replace(/^https?:\/\/[^/]+/, ''))).toBe(true)
    const file = await fetch(new URL(url, stack.cmsUrl))
    expect(file.status).toBe(200)
  })
})

describe('pnpm start with DATABASE_URL', () => {
  // The outside server runs on the stacks' first-run cluster (helpers/stackTemplate.ts) and the data
  // folder holds the rest of that run (secret, demo accounts, media), so `pnpm start` takes its
  // second-run path there: no seeding again (the file's costliest start, ~85 s, is now an ordinary
  // one). A first run against an outside server adds to the fresh start above only where the
  // database is: the start-up step is found due on an empty server, and skipped on a full one, by
  // the same check on any server (int/cms/StartUpSteps.int.test.ts), and run with the server's
  // address, whichever server it is.
  it('should use that server and start no PostgreSQL of its own', async () => {
    const dataDir = await dataDirFromTemplate()
    const externalDir = await makeDataDir()
    await rename(path.join(dataDir, 'postgres'), path.join(externalDir, 'postgres'))
    const external = await startEmbeddedDatabase({ dir: path.join(externalDir, 'postgres'), database: 'fengcai', persistent: false })
    const client = new pg.Client({ connectionString: external.url })
    try {
      await client.connect()
      const sessions = async () => Number((await client.query<{ count: string }>('SELECT count(*) FROM users_sessions')).rows[0]?.count)
      const before = await sessions()
      const stack = await startStack({ dataDir, env: { DATABASE_URL: external.url } })
      try {
        expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false)
        expect(stack.output()).toContain('使用 DATABASE_URL')
        expect(await portClosed(stack.pgPort)).toBe(true)
        const credentials = await readCredentials(dataDir)
        const { rows } = await client.query('SELECT email FROM users ORDER BY email')
        expect(rows.map((row: { email: string }) => row.email)).toEqual(
          Object.values(credentials)
            .map((account) => account.email)
            .sort(),
        )
        // The stack's CMS keeps its sessions in that server: a login there is a row here.
        await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
        expect(await sessions()).toBeGreaterThan(before)
      } finally {
        await stack.stop()
      }
    } finally {
      await client.end().catch(() => undefined)
      await external.stop()
    }
  })
})
