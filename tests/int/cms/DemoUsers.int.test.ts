import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '@fengcai/shared'
import type { DemoCredentials } from '@fengcai/shared'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import type { ensureDemoUsers as EnsureDemoUsersFn } from '@/seed/demoUsers'

type EnsureDemoUsers = typeof EnsureDemoUsersFn

describe('demo accounts', () => {
  let ctx: TestPayload
  let ensureDemoUsers: EnsureDemoUsers

  beforeAll(async () => {
    ctx = await bootPayload()
    ;({ ensureDemoUsers } = await import('@/seed/demoUsers'))
  })

  it("should create one account per role on an empty database, and add a new role's account to an older demo database", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'fengcai-demo-')), 'demo-credentials.json')
    const created = (await ensureDemoUsers(ctx.payload, file)) as DemoCredentials
    expect(Object.keys(created).sort()).toEqual(demoAccounts.map((account) => account.key).sort())

    // A demo database from before the reviewer role: its account and its line are missing.
    const { reviewer, ...older } = created
    await ctx.payload.delete({ collection: 'users', where: { email: { equals: reviewer.email } }, overrideAccess: true })
    await writeFile(file, JSON.stringify(older))
    expect(await ensureDemoUsers(ctx.payload, file)).toBeNull()
    const upgraded = JSON.parse(await readFile(file, 'utf8')) as DemoCredentials
    expect(upgraded.admin).toEqual(created.admin)
    expect(upgraded.reviewer.email).toBe(reviewer.email)
    const login = await ctx.payload.login({ collection: 'users', data: upgraded.reviewer })
    expect(login.user?.roles).toEqual(['reviewer'])

    // Nothing more on a third start.
    expect(await ensureDemoUsers(ctx.payload, file)).toBeNull()
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(demoAccounts.length)
  })
})
