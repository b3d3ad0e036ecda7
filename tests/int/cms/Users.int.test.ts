import { beforeAll, describe, expect, it } from 'vitest'

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

  it('should lock an account after five failed logins, even for the right password', async () => {
    const editor = await ctx.createUser(['editor'])
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        ctx.payload.login({ collection: 'users', data: { email: editor.email, password: 'wrong-password' } }),
      ).rejects.toMatchObject({ status: 401 })
    }
    await expect(
      ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } }),
    ).rejects.toMatchObject({ name: 'LockedAuth' })
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now() + 10 * 60 * 1000)
  })

  it('should still log in after fewer failures than the limit', async () => {
    const editor = await ctx.createUser(['editor'])
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await expect(
        ctx.payload.login({ collection: 'users', data: { email: editor.email, password: 'wrong-password' } }),
      ).rejects.toMatchObject({ status: 401 })
    }
    const result = await ctx.payload.login({
      collection: 'users',
      data: { email: editor.email, password: editor.password },
    })
    expect(result.user?.id).toBe(editor.id)
  })
})
