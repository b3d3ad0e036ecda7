import { beforeAll, describe, expect, it } from 'vitest'

import { PEER_HEADER } from '@/lib/clientAddress'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('users', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  it('should refuse an anonymous create', async () => {
    const before = await ctx.payload.count({ collection: 'users' })
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email: 'intruder@test.local', password: 'whatever-123', roles: ['editor'] },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse an editor creating another user', async () => {
    const editor = await ctx.createUser(['editor'])
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email: 'friend@test.local', password: 'whatever-123', roles: ['editor'] },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should refuse an editor making itself admin and keep its roles', async () => {
    const editor = await ctx.createUser(['editor'])
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: editor.id,
        data: { roles: ['editor', 'admin'] },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('should let an editor edit its own name while its roles stay as they are', async () => {
    const editor = await ctx.createUser(['editor'])
    const updated = await ctx.payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: '李编辑', roles: ['editor'] },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('李编辑')
    expect(updated.roles).toEqual(['editor'])
  })

  it('should let notice staff see only their own account', async () => {
    const staff = await ctx.createUser(['notice-staff'])
    await ctx.createUser(['editor'])
    const seen = await ctx.payload.find({ collection: 'users', overrideAccess: false, user: staff })
    expect(seen.docs.map((user) => user.id)).toEqual([staff.id])
  })

  it('should let an admin change roles', async () => {
    const admin = await ctx.createUser(['admin'])
    const editor = await ctx.createUser(['editor'])
    const updated = await ctx.payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['notice-staff'] },
      overrideAccess: false,
      user: admin,
    })
    expect(updated.roles).toEqual(['notice-staff'])
  })

  /** A Local API login as if from the given address (the int project trusts one proxy). */
  const loginFrom = (ip: string, email: string, password: string) =>
    ctx.payload.login({
      collection: 'users',
      data: { email, password },
      req: { headers: new Headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': ip }) },
    })

  it('should slow an account down after five failed logins instead of locking it', async () => {
    const editor = await ctx.createUser(['editor'])
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(loginFrom('203.0.113.10', editor.email, 'wrong-password')).rejects.toMatchObject({ status: 401 })
    }
    // From anywhere, the sixth attempt right away is asked to wait a second; the right password too.
    await expect(loginFrom('198.51.100.10', editor.email, editor.password)).rejects.toMatchObject({ status: 429 })
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const result = await loginFrom('198.51.100.10', editor.email, editor.password)
    expect(result.user?.id).toBe(editor.id)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  it('should let the owner past someone guessing by resetting the password', async () => {
    const editor = await ctx.createUser(['editor'])
    for (let attempt = 0; attempt < 6; attempt += 1) await loginFrom('203.0.113.11', editor.email, 'wrong-password').catch(() => undefined)
    await expect(loginFrom('203.0.113.11', editor.email, 'wrong-password')).rejects.toMatchObject({ status: 429 })
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true })
    await ctx.payload.resetPassword({ collection: 'users', data: { token: String(token), password: 'a-new-password-1' }, overrideAccess: true })
    const result = await loginFrom('198.51.100.11', editor.email, 'a-new-password-1')
    expect(result.user?.id).toBe(editor.id)
  })

  it('should slow down an unknown email exactly like a real one', async () => {
    const email = `ghost-${Date.now()}@test.local`
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(await loginFrom('203.0.113.12', email, 'wrong-password').then(() => 200, (error: { status: number }) => error.status))
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('should slow down one address guessing many accounts', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 21; attempt += 1) {
      statuses.push(await loginFrom('203.0.113.13', `guess-${attempt}@test.local`, 'x').then(() => 200, (error: { status: number }) => error.status))
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('should still log in after fewer failures than the limit', async () => {
    const editor = await ctx.createUser(['editor'])
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await expect(loginFrom('203.0.113.14', editor.email, 'wrong-password')).rejects.toMatchObject({ status: 401 })
    }
    const result = await loginFrom('203.0.113.14', editor.email, editor.password)
    expect(result.user?.id).toBe(editor.id)
  })
})
