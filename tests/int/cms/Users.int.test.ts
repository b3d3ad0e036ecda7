import { beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_PROOF_AFTER_FAILURES } from '@/collections/Users/hooks/throttleLogin'
import { PEER_HEADER } from '@/lib/clientAddress'

import { solveAltcha } from '../../helpers/altcha'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { queryDatabase } from '../../helpers/sql'

type Answer = { status: number; text: string; headers: Headers }
type Send = (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options?: { ip?: string; body?: unknown; token?: string; headers?: Record<string, string> },
) => Promise<Answer>
type HttpClient = { send: Send }

/**
 * The CMS's REST and GraphQL route handlers called in-process, each request from the client
 * address given (the int project trusts one proxy, so X-Forwarded-For names the client).
 */
const httpClient = async (): Promise<HttpClient> => {
  const { REST_GET, REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
  const { POST: graphqlPost } = await import('@/app/(payload)/api/graphql/route')
  const { default: config } = await import('@payload-config')
  const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
  const send: Send = async (method, path, { ip = '192.0.2.1', body, token, headers = {} } = {}) => {
    const url = new URL(`http://cms.test/api/${path}`)
    const request = new Request(url, {
      method,
      headers: {
        [PEER_HEADER]: '127.0.0.1',
        'x-forwarded-for': ip,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response =
      path === 'graphql'
        ? await graphqlPost(request)
        : await handlers[method](request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    return { status: response.status, text: await response.text(), headers: response.headers }
  }
  return { send }
}

describe('users', () => {
  let ctx: TestPayload
  let http: HttpClient

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    ctx = await bootPayload()
    http = await httpClient()
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

  let addresses = 0
  /** An address no other test has used. */
  const freshAddress = (): string => {
    addresses += 1
    return `10.20.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`
  }

  /** POST /api/users/login over HTTP, as a script or Payload's login form sends it. */
  const restLogin = (ip: string, email: string, password: string, headers: Record<string, string> = {}) =>
    http.send('POST', 'users/login', { ip, body: { email, password }, headers })

  /** A solved proof of work for a login, as the login page or a script makes it. */
  const loginProof = async (): Promise<string> => solveAltcha((await http.send('GET', 'users/login-challenge')).text)

  /** Wrong passwords for the account, each from an address of its own (so no address is slowed down). */
  const failFromManyAddresses = async (email: string, times: number): Promise<void> => {
    for (let attempt = 0; attempt < times; attempt += 1) {
      expect((await restLogin(freshAddress(), email, 'wrong-password')).status).toBe(401)
    }
  }

  const firstError = (answer: Answer) => (JSON.parse(answer.text) as { errors: { message: string; data?: Record<string, unknown> }[] }).errors[0]

  it('should slow one address down on an account while its owner logs in at once from another', async () => {
    const editor = await ctx.createUser(['editor'])
    const guesser = freshAddress()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(loginFrom(guesser, editor.email, 'wrong-password')).rejects.toMatchObject({ status: 401 })
    }
    // The guessing address waits before its sixth attempt, even with the right password…
    await expect(loginFrom(guesser, editor.email, editor.password)).rejects.toMatchObject({ status: 429 })
    // …while the owner, elsewhere, is not delayed at all.
    const result = await loginFrom(freshAddress(), editor.email, editor.password)
    expect(result.user?.id).toBe(editor.id)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id, showHiddenFields: true })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  it('should wait out the delay on the guessing address and then let the right password in there too', async () => {
    const editor = await ctx.createUser(['editor'])
    const address = freshAddress()
    for (let attempt = 0; attempt < 5; attempt += 1) await expect(loginFrom(address, editor.email, 'wrong-password')).rejects.toMatchObject({ status: 401 })
    await expect(loginFrom(address, editor.email, editor.password)).rejects.toMatchObject({ status: 429 })
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect((await loginFrom(address, editor.email, editor.password)).user?.id).toBe(editor.id)
  })

  it('should ask for a proof of work once an account has failed from many addresses, and let the right password with one in', async () => {
    const editor = await ctx.createUser(['editor'])
    await failFromManyAddresses(editor.email, LOGIN_PROOF_AFTER_FAILURES)

    const refused = await restLogin(freshAddress(), editor.email, editor.password)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('x-login-proof')).toBe('required')
    expect(firstError(refused)?.message).toContain('人机校验')
    // What a script needs to know: where to get a challenge and how to send the solution.
    expect(firstError(refused)?.data).toMatchObject({ proof: 'missing', challenge: '/api/users/login-challenge', header: 'x-login-proof' })

    const admitted = await restLogin(freshAddress(), editor.email, editor.password, { 'x-login-proof': await loginProof() })
    expect(admitted.status, admitted.text).toBe(200)
    expect((JSON.parse(admitted.text) as { user: { id: number } }).user.id).toBe(editor.id)
  })

  it('should refuse a reused or forged proof, never let a proof stand in for the password, and forget the failures once the owner is in', async () => {
    const editor = await ctx.createUser(['editor'])
    await failFromManyAddresses(editor.email, LOGIN_PROOF_AFTER_FAILURES)

    const proof = await loginProof()
    expect((await restLogin(freshAddress(), editor.email, 'wrong-password', { 'x-login-proof': proof })).status).toBe(401)
    const replayed = await restLogin(freshAddress(), editor.email, editor.password, { 'x-login-proof': proof })
    expect(replayed.status).toBe(403)
    expect(firstError(replayed)?.message).toBe('这次人机校验已经用过，请稍候几秒再点“登录”。')
    const forged = await restLogin(freshAddress(), editor.email, editor.password, {
      'x-login-proof': Buffer.from('{"challenge":{},"solution":{}}').toString('base64'),
    })
    expect(forged.status).toBe(403)
    expect(firstError(forged)?.message).toBe('人机校验未通过，请刷新登录页后重试。')

    // The login page leaves its proof in a cookie that Payload's own form then carries.
    const cookie = `fengcai-login-proof=${encodeURIComponent(await loginProof())}`
    const admitted = await restLogin(freshAddress(), editor.email, editor.password, { cookie })
    expect(admitted.status, admitted.text).toBe(200)
    // Getting in forgot the failures: a typo now is an ordinary wrong password again.
    expect((await restLogin(freshAddress(), editor.email, 'wrong-password')).status).toBe(401)
  })

  it('should answer an unknown email under attack exactly like a known one', async () => {
    const editor = await ctx.createUser(['editor'])
    const ghost = `ghost-${Date.now()}@test.local`
    await failFromManyAddresses(editor.email, LOGIN_PROOF_AFTER_FAILURES)
    await failFromManyAddresses(ghost, LOGIN_PROOF_AFTER_FAILURES)
    const known = await restLogin(freshAddress(), editor.email, 'wrong-password')
    const unknown = await restLogin(freshAddress(), ghost, 'wrong-password')
    expect(known.status).toBe(429)
    expect({ status: unknown.status, text: unknown.text, proof: unknown.headers.get('x-login-proof') }).toEqual({
      status: known.status,
      text: known.text,
      proof: known.headers.get('x-login-proof'),
    })
  })

  it('should let the owner past someone guessing by resetting the password', async () => {
    const editor = await ctx.createUser(['editor'])
    await failFromManyAddresses(editor.email, LOGIN_PROOF_AFTER_FAILURES)
    const owner = freshAddress()
    expect((await restLogin(owner, editor.email, editor.password)).status).toBe(429)
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true })
    const reset = await http.send('POST', 'users/reset-password', { ip: owner, body: { token: String(token), password: 'a-new-password-1' } })
    expect(reset.status, reset.text).toBe(200)
    expect((await restLogin(owner, editor.email, 'a-new-password-1')).status).toBe(200)
  })

  it('should slow down an unknown email exactly like a real one', async () => {
    const email = `ghost-${Date.now()}@test.local`
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        await loginFrom('203.0.113.12', email, 'wrong-password').then(
          () => 200,
          (error: { status: number }) => error.status,
        ),
      )
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('should slow down one address guessing many accounts', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 21; attempt += 1) {
      statuses.push(
        await loginFrom('203.0.113.13', `guess-${attempt}@test.local`, 'x').then(
          () => 200,
          (error: { status: number }) => error.status,
        ),
      )
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

  /** A session of the user's own, over HTTP from its own address. */
  const sessionOf = async (user: { email: string; password: string }, ip: string): Promise<string> => {
    const answer = await restLogin(ip, user.email, user.password)
    expect(answer.status, answer.text).toBe(200)
    return (JSON.parse(answer.text) as { token: string }).token
  }

  const sessionsOf = async (id: number): Promise<number> =>
    (await queryDatabase<{ n: number }>(ctx.databaseUrl, 'SELECT count(*)::int AS n FROM users_sessions WHERE _parent_id = $1', [id]))[0]?.n ?? 0

  it("should refuse a change of one's own password over REST without the current password, or with a wrong one", async () => {
    const editor = await ctx.createUser(['editor'])
    const ip = freshAddress()
    const token = await sessionOf(editor, ip)

    const missing = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { password: 'taken-over-1' } })
    expect(missing.status).toBe(400)
    expect(firstError(missing)?.message).toBe('修改自己的密码或邮箱时，请同时填写当前密码。')
    const wrong = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { password: 'taken-over-1', currentPassword: 'a-guess' } })
    expect(wrong.status).toBe(403)
    expect(firstError(wrong)?.message).toBe('当前密码不正确，未作修改。')
    expect((await restLogin(freshAddress(), editor.email, 'taken-over-1')).status).toBe(401)

    const changed = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { password: 'my-new-password-1', currentPassword: editor.password } })
    expect(changed.status, changed.text).toBe(200)
    // Checked, then forgotten: not echoed, not stored, and the check left no session behind.
    expect(changed.text).not.toContain(editor.password)
    const columns = await queryDatabase<{ column_name: string }>(
      ctx.databaseUrl,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'users'`,
    )
    expect(columns.map((column) => column.column_name)).not.toContain('current_password')
    expect(await sessionsOf(editor.id)).toBe(1)
    expect((await restLogin(freshAddress(), editor.email, editor.password)).status).toBe(401)
    expect((await restLogin(freshAddress(), editor.email, 'my-new-password-1')).status).toBe(200)

    // The reset link needs no current password.
    const resetToken = await ctx.payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true })
    const reset = await http.send('POST', 'users/reset-password', { ip, body: { token: String(resetToken), password: 'after-reset-1' } })
    expect(reset.status, reset.text).toBe(200)
    expect((await restLogin(freshAddress(), editor.email, 'after-reset-1')).status).toBe(200)
  })

  it('should ask for the current password over GraphQL too', async () => {
    const editor = await ctx.createUser(['editor'])
    const ip = freshAddress()
    const token = await sessionOf(editor, ip)
    const mutate = (data: string) =>
      http.send('POST', 'graphql', { ip, token, body: { query: `mutation { updateUser(id: ${editor.id}, data: { ${data} }) { id email } }` } })

    const missing = await mutate('password: "taken-over-1"')
    expect(missing.text).toContain('修改自己的密码或邮箱时，请同时填写当前密码。')
    const wrong = await mutate('password: "taken-over-1", currentPassword: "a-guess"')
    expect(wrong.text).toContain('当前密码不正确，未作修改。')
    expect((await restLogin(freshAddress(), editor.email, 'taken-over-1')).status).toBe(401)

    const changed = await mutate(`password: "my-new-password-1", currentPassword: ${JSON.stringify(editor.password)}`)
    expect(JSON.parse(changed.text)).toEqual({ data: { updateUser: { id: editor.id, email: editor.email } } })
    expect((await restLogin(freshAddress(), editor.email, 'my-new-password-1')).status).toBe(200)
  })

  it("should let an admin set another user's password without it, but not the admin's own", async () => {
    const admin = await ctx.createUser(['admin'])
    const editor = await ctx.createUser(['editor'])
    const ip = freshAddress()
    const token = await sessionOf(admin, ip)
    const forOther = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { password: 'set-by-admin-1' } })
    expect(forOther.status, forOther.text).toBe(200)
    expect((await restLogin(freshAddress(), editor.email, 'set-by-admin-1')).status).toBe(200)

    const forSelf = await http.send('PATCH', `users/${admin.id}`, { ip, token, body: { password: 'taken-over-1' } })
    expect(forSelf.status).toBe(400)
    expect((await restLogin(freshAddress(), admin.email, admin.password)).status).toBe(200)
  })

  it("should ask for the current password to change one's own email, and in bulk and Local API updates too", async () => {
    const editor = await ctx.createUser(['editor'])
    const ip = freshAddress()
    const token = await sessionOf(editor, ip)
    const email = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { email: `taken-over-${Date.now()}@test.local` } })
    expect(email.status).toBe(400)
    const bulk = await http.send('PATCH', `users?where[id][equals]=${editor.id}`, { ip, token, body: { password: 'taken-over-1' } })
    expect(bulk.status).toBe(400)
    await expect(
      ctx.payload.update({ collection: 'users', id: editor.id, data: { password: 'taken-over-1' }, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 400 })
    // Saving the account page with the email unchanged needs nothing.
    const unchanged = await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { email: editor.email, name: '王编辑' } })
    expect(unchanged.status, unchanged.text).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.email).toBe(editor.email)
    expect((await restLogin(freshAddress(), editor.email, editor.password)).status).toBe(200)
  })

  it('should slow down guessing the current password like logins', async () => {
    const editor = await ctx.createUser(['editor'])
    const ip = freshAddress()
    const token = await sessionOf(editor, ip)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        (await http.send('PATCH', `users/${editor.id}`, { ip, token, body: { password: 'taken-over-1', currentPassword: `guess-${attempt}` } })).status,
      )
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429])
  })
})
