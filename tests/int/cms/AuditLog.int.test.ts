/**
 * The 操作日志 (`audit-log`): administrators read it; nobody creates, changes or deletes a row
 * through any API, and not even server code changes or deletes one.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>

describe('audit log', () => {
  let ctx: TestPayload
  let client: RouteClient
  let admin: User
  let editor: User
  let adminToken: string
  let editorToken: string
  let rowId: number

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    admin = await ctx.createUser(['admin'])
    editor = await ctx.createUser(['editor'])
    const token = async (user: User) => (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
    adminToken = await token(admin)
    editorToken = await token(editor)
    // A publish by an administrator writes the first row.
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '日志测试', body: richText('正文'), _status: 'published' },
      overrideAccess: false,
      user: admin,
    })
    const { docs } = await ctx.payload.find({ collection: 'audit-log', where: { docId: { equals: String(story.id) } }, overrideAccess: true })
    rowId = docs[0]?.id as number
  })

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { status?: number }) => error.status,
    )

  it('should record a publish with who did it, and show it to administrators only', async () => {
    const row = await ctx.payload.findByID({ collection: 'audit-log', id: rowId, overrideAccess: true })
    expect(row).toMatchObject({ action: 'published', collection: 'stories', title: '日志测试', user: admin.email })
    expect((await client.get(`audit-log/${rowId}`, adminToken)).status).toBe(200)
    expect((await client.get(`audit-log/${rowId}`, editorToken)).status).toBe(403)
    expect((await client.get('audit-log')).status).toBe(403)
    const graphql = await client.graphql('{ AuditLogs { docs { id action } } }', editorToken)
    expect(graphql.text).not.toContain('published')
  })

  it('should let nobody create, change or delete a row through the API, administrators included', async () => {
    const entry = { action: 'deleted', collection: 'stories', docId: '1', at: new Date().toISOString(), note: '伪造' }
    expect(
      (await client.post('audit-log', { headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(entry) }))
        .status,
    ).toBe(403)
    expect((await client.patch(`audit-log/${rowId}`, { note: '改写' }, adminToken)).status).toBe(403)
    const graphql = await client.graphql(`mutation { deleteAuditLog(id: ${rowId}) { id } }`, adminToken)
    expect(graphql.text).toContain('errors')
    expect(await refusal(ctx.payload.create({ collection: 'audit-log', data: entry as never, overrideAccess: false, user: admin }))).toBe(403)
  })

  it('should refuse to change or delete a row even for server code that overrides access', async () => {
    expect(await refusal(ctx.payload.update({ collection: 'audit-log', id: rowId, data: { note: '改写' }, overrideAccess: true }))).toBe(403)
    expect(await refusal(ctx.payload.delete({ collection: 'audit-log', id: rowId, overrideAccess: true }))).toBe(403)
    const row = await ctx.payload.findByID({ collection: 'audit-log', id: rowId, overrideAccess: true })
    expect(row.note ?? null).toBeNull()
  })
})
