import { randomBytes } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DemoCredentials } from '@fengcai/shared'
import { GENERIC_SUBMISSION_ERROR, submissionErrors } from '@fengcai/shared'

import { solvedAltchaFrom } from '../helpers/altcha'
import { launchBrowser, networkQuiet, signInToAdmin } from '../helpers/browser'
import { submission } from '../helpers/comments'
import { authHeaders, login } from '../helpers/rest'
import type { Session } from '../helpers/rest'
import { startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'
import { tearDown } from '../helpers/teardown'

const OPEN_NOTICE = '2026年度区级优秀志愿者拟表彰对象'
const OBJECTOR = { name: '陆文清', phone: '13612345678' }
const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
// The burst below comes from many readers: as behind one proxy, each names its own address.
const SCREENSHOTS = process.env.SCREENSHOT_DIR
const STACK_ENV = { ALTCHA_MAX_COUNTER: '2000', TRUST_PROXY: '1' }

type Answer = { status: number; receipt?: string }

describe('comments and objections from the notice page to the moderated queue', () => {
  let stack: Stack
  let browser: Browser
  let credentials: DemoCredentials
  let staff: Session
  let noticePath = ''
  let noticeId = ''
  let objectionReceipt = ''

  beforeAll(async () => {
    stack = await startStack({ env: STACK_ENV })
    browser = await launchBrowser()
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
    staff = await login(stack.cmsUrl, credentials.noticeStaff.email, credentials.noticeStaff.password)
    const list = await (await fetch(`${stack.siteUrl}/notices/`)).text()
    noticePath = new RegExp(`href="(/notices/[a-z0-9-]+/)"[^>]*>[^<]*${OPEN_NOTICE}`).exec(list)?.[1] ?? ''
    expect(noticePath).toBeTruthy()
    noticeId = /data-notice-id="(\d+)"/.exec(await (await fetch(`${stack.siteUrl}${noticePath}`)).text())?.[1] ?? ''
    expect(noticeId).toMatch(/^\d+$/)
  })

  afterAll(() =>
    tearDown([
      ['the browser', browser && (() => browser.close())],
      ['the stack', stack && (() => stack.stop())],
    ]),
  )

  const openNotice = async (options: { width?: number } = {}): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${stack.siteUrl}${noticePath}`)
    return page
  }

  const staffGet = async (pathname: string) => {
    const response = await fetch(`${stack.cmsUrl}/api/${pathname}`, { headers: authHeaders(staff) })
    return { status: response.status, text: await response.text() }
  }

  const status = (page: Page) => page.locator('[data-form-status]')

  const submitAndWait = async (page: Page): Promise<string> => {
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('[data-form-status][data-tone="success"], [data-form-status][data-tone="error"]').waitFor({ timeout: 30_000 })
    const text = (await status(page).textContent()) ?? ''
    const receipt = /GS-\d{8}-[0-9A-Z]{4}/.exec(text)?.[0]
    expect(receipt, text).toBeTruthy()
    return receipt as string
  }

  it('should take an objection and a comment, publish the comment with a masked name once staff approve it, and never the objection', async () => {
    const page = await openNotice()
    await page.getByRole('link', { name: '对林海燕留言或提出异议' }).click()
    await expect(page.locator('#feedback-nominee option:checked').textContent()).resolves.toBe('林海燕')

    await page.locator('input[name="kind"][value="objection"]').check()
    await page.fill('#feedback-name', OBJECTOR.name)
    await page.fill('#feedback-phone', OBJECTOR.phone)
    await page.fill('#feedback-content', '据我了解，该对象今年的服务时长记录可能有重复登记，请核实。')
    await page.fill('#feedback-evidence', '可联系社区服务中心核对签到表。')
    await page.getByLabel(/我已知悉/).check()
    objectionReceipt = await submitAndWait(page)
    // The receipt, shown once something is submitted, says where to follow the objection up.
    await expect(page.locator('[data-receipts]').isVisible()).resolves.toBe(true)
    await expect(page.locator('[data-receipts] a', { hasText: '查询办理进度' }).getAttribute('href')).resolves.toBe('/notices/progress/')

    // Name and phone stay filled in for a second submission; content and consent start again.
    await page.locator('input[name="kind"][value="comment"]').check()
    await expect(page.locator('#feedback-content').inputValue()).resolves.toBe('')
    await page.fill('#feedback-content', `${SCRIPT}林老师的服务很周到，邻里都看在眼里。`)
    await page.getByLabel(/我已知悉/).check()
    const commentReceipt = await submitAndWait(page)

    expect(commentReceipt).not.toBe(objectionReceipt)
    const receipts = (await page.locator('[data-receipts]').textContent()) ?? ''
    expect(receipts).toContain(objectionReceipt)
    expect(receipts).toContain(commentReceipt)
    await page.context().close()

    // Staff find the comment in the admin and approve it with the bulk button.
    const found = JSON.parse((await staffGet(`notice-comments?where[receipt][equals]=${commentReceipt}`)).text) as {
      docs: { id: number; status: string; phone: string }[]
    }
    expect(found.docs[0]).toMatchObject({ status: 'pending', phone: OBJECTOR.phone })
    const admin = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' })
    const adminPage = await admin.newPage()
    await signInToAdmin(adminPage, stack.cmsUrl, credentials.noticeStaff)

    // Once the objection's answer deadline has passed (moved back a day here, as time would move
    // it), the staff's dashboard lists it as 已超期 with its receipt.
    const db = new pg.Client({ connectionString: await stack.databaseUrl() })
    await db.connect()
    try {
      await db.query(`UPDATE notice_comments SET answer_due_at = now() - interval '1 day' WHERE receipt = $1`, [objectionReceipt])
    } finally {
      await db.end()
    }
    await adminPage.goto(`${stack.cmsUrl}/admin`)
    const overdue = adminPage.locator(`[data-testid="objections-overdue"] li[data-receipt="${objectionReceipt}"]`)
    await overdue.waitFor({ timeout: 15_000 })
    await expect(overdue.textContent()).resolves.toMatch(/已超期 1 天/)

    // The script typed into the comment is only text in the admin too.
    await adminPage.goto(`${stack.cmsUrl}/admin/collections/notice-comments/${found.docs[0]?.id}`)
    await expect(adminPage.locator('#field-content').inputValue()).resolves.toContain(SCRIPT)
    // Had the comment become markup, its image's failed load (a request) would have run its
    // handler by the time the page has had no request in flight for a while.
    await networkQuiet(adminPage, 300)
    expect(await adminPage.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

    await adminPage.goto(`${stack.cmsUrl}/admin/collections/notice-comments`)
    const summary = adminPage.locator(`.moderation-summary tr[data-notice-id="${noticeId}"]`)
    await expect(summary.locator('[data-testid="pending-count"]').textContent()).resolves.toBe('1')
    await summary.locator('[data-testid="pending-count"]').click()
    await adminPage.waitForURL(/status/)
    const row = adminPage.locator('.table tbody tr', { hasText: commentReceipt })
    await row.waitFor()
    expect(await adminPage.locator('.table tbody tr').count()).toBe(1)
    await row.locator('input[type="checkbox"]').check()
    adminPage.once('dialog', (dialog) => void dialog.accept())
    await adminPage.getByRole('button', { name: '批量通过' }).click()
    await adminPage.getByText('已将 1 条留言设为“通过”。').waitFor({ timeout: 15_000 })
    await admin.close()
    const approved = JSON.parse((await staffGet(`notice-comments?where[receipt][equals]=${commentReceipt}`)).text) as { docs: { status: string }[] }
    expect(approved.docs[0]?.status).toBe('approved')

    // The approval rebuilds the site; the comment appears under its nominee with a masked name.
    let html = ''
    for (const deadline = Date.now() + 60_000; !html.includes('林老师的服务很周到') && Date.now() < deadline;) {
      html = await (await fetch(`${stack.siteUrl}${noticePath}`)).text()
      if (!html.includes('林老师的服务很周到')) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(html, stack.output().slice(-3000)).toContain('林老师的服务很周到')
    const reader = await openNotice({ width: 1280 })
    const lin = reader.locator('.nominee', { hasText: '林海燕' })
    const shown = lin.locator('.comment', { hasText: '林老师的服务很周到' })
    await expect(shown.locator('.comment__name').textContent()).resolves.toBe('陆**')
    await expect(shown.locator('.comment__content').textContent()).resolves.toContain(SCRIPT)
    expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    const page2 = await reader.content()
    for (const secret of [OBJECTOR.name, OBJECTOR.phone, '服务时长记录可能有重复登记', '社区服务中心核对签到表']) expect(page2).not.toContain(secret)
    await reader.context().close()
  })

  it('should show an objection’s progress on the page linked from the notice, and nothing else of it', async () => {
    expect(objectionReceipt).toMatch(/^GS-/)
    const page = await openNotice()
    await page.getByRole('link', { name: '查询办理进度' }).first().click()
    await page.waitForURL(/\/notices\/progress\/$/)
    await expect(page.getByRole('heading', { name: '各状态是什么意思' }).isVisible()).resolves.toBe(true)
    await page.fill('#progress-receipt', objectionReceipt.toLowerCase())
    await page.fill('#progress-phone', OBJECTOR.phone.slice(-4))
    await page.getByRole('button', { name: '查询' }).click()
    const result = page.locator('[data-progress-result]')
    await result.waitFor({ state: 'visible', timeout: 15_000 })
    await expect(result.locator('[data-result="status"]').textContent()).resolves.toBe('已受理')
    await expect(result.locator('[data-result="nominee"]').textContent()).resolves.toBe('林海燕')
    await expect(result.locator('[data-result="history"] li').count()).resolves.toBe(1)
    const shown = (await result.textContent()) ?? ''
    for (const secret of [OBJECTOR.name, OBJECTOR.phone, '服务时长记录可能有重复登记', '社区服务中心核对签到表']) expect(shown).not.toContain(secret)
    // A wrong last four is told "not found", and the earlier answer goes away.
    await page.fill('#progress-phone', '0000')
    await page.getByRole('button', { name: '查询' }).click()
    await page.locator('[data-progress-status][data-tone="error"]').waitFor({ timeout: 15_000 })
    await expect(page.locator('[data-progress-status]').textContent()).resolves.toMatch(/没有找到/)
    await expect(result.isHidden()).resolves.toBe(true)

    // Staff look into it, then resolve it with a 答复 for the objector: the lookup shows each
    // status with its date, and the 答复 (never the internal 办结意见).
    const found = JSON.parse((await staffGet(`notice-comments?where[receipt][equals]=${objectionReceipt}`)).text) as { docs: { id: number }[] }
    const moderate = async (data: Record<string, string>) => {
      const response = await fetch(`${stack.cmsUrl}/api/notice-comments/${found.docs[0]?.id}`, {
        method: 'PATCH',
        headers: { ...authHeaders(staff), 'content-type': 'application/json' },
        body: JSON.stringify(data),
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    await moderate({ status: 'under-review' })
    const reply = '经核查，服务时长记录无重复登记，感谢您的监督。'
    await moderate({ status: 'resolved', resolution: '内部：已电话回访。', reply })
    await page.fill('#progress-phone', OBJECTOR.phone.slice(-4))
    await page.getByRole('button', { name: '查询' }).click()
    await result.waitFor({ state: 'visible', timeout: 15_000 })
    await expect(result.locator('[data-result="status"]').textContent()).resolves.toBe('已办结')
    await expect(result.locator('[data-result="history"] li').count()).resolves.toBe(3)
    const history = (await result.locator('[data-result="history"]').textContent()) ?? ''
    for (const label of ['已受理', '核查中', '已办结']) expect(history).toContain(label)
    await expect(result.locator('[data-result="reply"]').textContent()).resolves.toBe(reply)
    expect((await result.textContent()) ?? '').not.toContain('已电话回访')
    await page.context().close()
  })

  it('should never put a phone number in a built page or a public API answer', async () => {
    const phones = [OBJECTOR.phone, '13900000000']
    const current = (await readFile(path.join(stack.dataDir, 'site', 'current'), 'utf8')).trim()
    const root = path.join(stack.dataDir, 'site', current)
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
    expect(files.length).toBeGreaterThan(50)
    let scanned = 0
    for (const file of files) {
      const full = path.join(file.parentPath, file.name)
      let bytes = await readFile(full)
      // Pagefind's index fragments are gzip-compressed: read what they hold.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
      const text = bytes.toString('utf8')
      for (const phone of phones) expect(text, full).not.toContain(phone)
      scanned += 1
    }
    expect(scanned).toBe(files.length)
    const publicAnswers = [
      `notice-comments/published?notice=${noticeId}`,
      'notice-comments',
      'notice-comments?depth=2',
      `notices/${noticeId}?depth=2`,
      'notices?depth=2',
    ]
    for (const pathname of publicAnswers) {
      const text = await (await fetch(`${stack.cmsUrl}/api/${pathname}`)).text()
      for (const phone of phones) expect(text, pathname).not.toContain(phone)
    }
    const graph = await fetch(`${stack.cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ NoticeComments { docs { name phone content } } }' }),
    })
    const graphText = await graph.text()
    for (const phone of phones) expect(graphText).not.toContain(phone)
  })

  it('should check each field as it is left, clear its message once fixed, and report every problem of a try at once', async () => {
    const page = await openNotice()
    // From a nominee, the form opens at its start with the 留言/异议 choice focused: a text field
    // would bring up a phone's keyboard over that choice.
    await page.getByRole('link', { name: '对林海燕留言或提出异议' }).click()
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('kind')
    // The page scrolls smoothly to the form (unless the reader asks for reduced motion): wait until it is there.
    const kindTop = () =>
      page
        .locator('input[name="kind"]')
        .first()
        .evaluate((element) => element.closest('fieldset')?.getBoundingClientRect().top ?? -1)
    await expect.poll(kindTop, { timeout: 10_000 }).toBeLessThan(844 / 2)
    expect(await kindTop()).toBeGreaterThanOrEqual(0)

    // Leaving 姓名 empty says so at once; typing a name takes the message away.
    await page.locator('#feedback-name').focus()
    await page.locator('#feedback-phone').focus()
    await expect.poll(() => page.locator('#error-name').textContent()).toBe('请填写姓名。')
    // A field not yet visited keeps quiet.
    await expect(page.locator('#error-content').isHidden()).resolves.toBe(true)
    await page.locator('#feedback-name').pressSequentially('贺明')
    await expect.poll(() => page.locator('#error-name').isHidden()).toBe(true)
    await expect(page.locator('#feedback-name').getAttribute('aria-invalid')).resolves.toBeNull()

    // An objection without name, phone or enough content: all of it on the first try.
    await page.fill('#feedback-name', '')
    await page.locator('input[name="kind"][value="objection"]').check()
    await page.fill('#feedback-content', '太短')
    await page.getByRole('button', { name: '提交' }).click()
    await expect.poll(() => page.locator('#error-name').textContent()).toBe('请填写姓名。')
    await expect(page.locator('#error-phone').textContent()).resolves.toBe('提出异议须留下联系电话，以便核实。')
    await expect(page.locator('#error-content').textContent()).resolves.toBe('内容至少 10 个字。')
    await expect(page.locator('#error-consent').isVisible()).resolves.toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-name')
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'comment-form-all-errors.png'), fullPage: true })

    // Each message goes as its field is put right.
    await page.fill('#feedback-phone', OBJECTOR.phone)
    await expect.poll(() => page.locator('#error-phone').isHidden()).toBe(true)
    await expect(page.locator('#error-name').isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('should show errors beside the fields, keep what was typed, and keep it in the browser through a network failure', async () => {
    const page = await openNotice()
    const content = '网络断开时写下的留言，不能丢。'
    await page.fill('#feedback-content', content)
    await page.getByRole('button', { name: '提交' }).click()
    await expect(page.locator('#error-name').textContent()).resolves.toBe('请填写姓名。')
    await expect(page.locator('#error-consent').isVisible()).resolves.toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-name')
    await expect(page.locator('#feedback-name').getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.locator('#feedback-content').inputValue()).resolves.toBe(content)

    await page.route('**/api/notice-comments/submit', (route) => route.abort('internetdisconnected'))
    await page.fill('#feedback-name', '贺明')
    await page.getByLabel(/我已知悉/).check()
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('[data-form-status][data-tone="error"]').waitFor()
    const message = (await status(page).textContent()) ?? ''
    expect(message).toContain('已保存在本机')
    expect(message).toContain('021-5555 0123')
    await expect(page.locator('#error-name').isHidden()).resolves.toBe(true)

    // Closing the page and coming back later: the text is still there.
    await page.goto('about:blank')
    await page.goto(`${stack.siteUrl}${noticePath}`)
    await expect(page.locator('#feedback-content').inputValue()).resolves.toBe(content)
    await expect(page.locator('#feedback-name').inputValue()).resolves.toBe('贺明')
    await expect(status(page).textContent()).resolves.toContain('已恢复')

    await page.unroute('**/api/notice-comments/submit')
    await page.getByLabel(/我已知悉/).check()
    const receipt = await submitAndWait(page)
    await page.reload()
    await expect(page.locator('#feedback-content').inputValue()).resolves.toBe('')
    await expect(page.locator('[data-receipts]').textContent()).resolves.toContain(receipt)
    await page.context().close()
  })

  it('should bring a reader back from a plain form post with the receipt shown', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/notice-comments/submit`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${stack.siteUrl}${noticePath}` },
      body: new URLSearchParams({
        kind: 'comment',
        noticeId,
        nomineeId: '',
        name: '秦老师',
        phone: '',
        content: '没有脚本的浏览器也能提交这条留言。',
        consent: 'true',
        website: '',
        idempotencyKey: randomBytes(12).toString('hex'),
        altcha: await solvedAltchaFrom(stack.cmsUrl),
      }).toString(),
    })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.pathname).toBe(noticePath)
    const receipt = location.searchParams.get('receipt') ?? ''
    expect(receipt).toMatch(/^GS-\d{8}-[0-9A-Z]{4}$/)

    const page = await openNotice()
    await page.goto(location.href)
    await expect(status(page).textContent()).resolves.toContain(receipt)
    await expect(page.locator('[data-receipts]').textContent()).resolves.toContain(receipt)
    expect(new URL(page.url()).searchParams.has('receipt')).toBe(false)
    await page.context().close()
  })

  it('should show only fixed messages for an error in the address, never the address’s own text', async () => {
    // Anyone can send a reader a link to the official page with any `?error=`.
    const planted = '请立即拨打4001234567领取补贴'
    const page = await openNotice()
    for (const [error, shown] of [
      [planted, GENERIC_SUBMISSION_ERROR],
      ['closed', submissionErrors.closed],
      ['<img src=x onerror=alert(1)>', GENERIC_SUBMISSION_ERROR],
    ] as const) {
      await page.goto(`${stack.siteUrl}${noticePath}?error=${encodeURIComponent(error)}#notice-feedback`)
      await expect(status(page).textContent()).resolves.toContain(shown)
      expect(await page.content()).not.toContain('4001234567')
      expect(await page.locator('img[src="x"]').count()).toBe(0)
    }
    await page.context().close()
  })

  it('should take a 网站纠错 report from a page’s footer link, which editors then see in the admin with the page’s address', async () => {
    const page = await openNotice()
    // The footer's marks come from 站点设置 (the demo's, marked 演示).
    await expect(page.locator('[data-site-code]').textContent()).resolves.toContain('网站标识码：')
    await expect(page.locator('.site-footer__qr img').first().getAttribute('alt')).resolves.toMatch(/二维码/)
    await page.locator('.site-footer a[data-correction-link]').click()
    await page.waitForURL(/\/jiucuo\/\?page=/)
    await page.locator('#correction-page').click()
    await expect(page.locator('#correction-page').inputValue()).resolves.toBe(noticePath)
    await page.fill('#correction-content', '公示说明里的受理电话少了一位数字，请核对。')
    await page.fill('#correction-contact', '13700001234')
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('[data-form-status][data-tone="success"], [data-form-status][data-tone="error"]').waitFor({ timeout: 30_000 })
    const text = (await status(page).textContent()) ?? ''
    const receipt = /JC-\d{8}-[0-9A-Z]{4}/.exec(text)?.[0] ?? ''
    expect(receipt, text).toBeTruthy()
    await page.context().close()

    // Notice staff do not handle reports (nor read the reader's phone); an editor does, in the admin.
    expect((await staffGet(`site-corrections?where[receipt][equals]=${receipt}`)).status).toBe(403)
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const admin = await context.newPage()
    await signInToAdmin(admin, stack.cmsUrl, credentials.editor)
    await admin.getByTestId('desk-todo-corrections').waitFor({ timeout: 20_000 })
    expect(await admin.getByTestId('desk-todo-corrections').textContent()).toMatch(/网站纠错待处理\s*[1-9]\d*\s*条/)
    await admin.goto(`${stack.cmsUrl}/admin/collections/site-corrections`)
    const row = admin.locator('tr', { hasText: receipt })
    await row.waitFor({ timeout: 20_000 })
    const shown = (await row.textContent()) ?? ''
    expect(shown).toContain(noticePath)
    expect(shown).toContain('待处理')
    await context.close()
  })

  it('should show when the period opens or that it ended instead of the form, by the reader’s clock', async () => {
    for (const [time, when] of [
      ['2020-01-01T08:00:00+08:00', 'upcoming'],
      ['2099-01-01T08:00:00+08:00', 'closed'],
    ] as const) {
      const context = await browser.newContext({ locale: 'zh-CN' })
      await context.clock.install({ time: new Date(time) })
      const page = await context.newPage()
      await page.goto(`${stack.siteUrl}${noticePath}`)
      await expect(page.locator(`[data-feedback-when="${when}"]`).isVisible(), when).resolves.toBe(true)
      await expect(page.locator('form[data-comment-form]').isVisible(), when).resolves.toBe(false)
      await expect(page.getByRole('link', { name: '对林海燕留言或提出异议' }).isVisible(), when).resolves.toBe(false)
      await context.close()
    }
  })

  it('should store every submission that got a 201 when the database is killed in the middle of a burst', async () => {
    const bodies = await Promise.all(
      Array.from({ length: 120 }, async (_, index) =>
        submission(noticeId, await solvedAltchaFrom(stack.cmsUrl), { name: '压力测试', content: `数据库中断测试留言第 ${index} 条，内容足够长。` }),
      ),
    )
    const send = async (body: (typeof bodies)[number], index: number): Promise<Answer> => {
      try {
        const response = await fetch(`${stack.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${Math.floor(index / 200)}.${index % 200}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        })
        return { status: response.status, receipt: ((await response.json()) as { receipt?: string }).receipt }
      } catch (error) {
        return { status: 0, receipt: `network: ${String(error)}` }
      }
    }
    const pidFile = path.join(stack.dataDir, 'postgres', 'cluster', 'postmaster.pid')
    const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
    const answers: Answer[] = new Array(bodies.length)
    let next = 0
    let killed = false
    const worker = async () => {
      while (next < bodies.length) {
        const index = next++
        if (index === 40 && !killed) {
          killed = true
          process.kill(postmaster, 'SIGKILL')
        }
        answers[index] = await send(bodies[index] as (typeof bodies)[number], index)
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    const accepted = answers.filter((answer) => answer.status === 201)
    const refused = answers.filter((answer) => answer.status !== 201)
    expect(accepted.length).toBeGreaterThan(10)
    expect(refused.length).toBeGreaterThan(10)
    // The CMS stays up and says the database failed; it never claims success it did not have.
    for (const answer of refused) expect(answer.status, answer.receipt).toBeGreaterThanOrEqual(500)

    await stack.stop()
    stack = await startStack({ dataDir: stack.dataDir, env: STACK_ENV })
    staff = await login(stack.cmsUrl, credentials.noticeStaff.email, credentials.noticeStaff.password)
    const receipts = accepted.map((answer) => answer.receipt as string)
    const stored = JSON.parse((await staffGet(`notice-comments?limit=500&depth=0&where[receipt][in]=${receipts.join(',')}`)).text) as {
      docs: { receipt: string }[]
    }
    expect(stored.docs.map((doc) => doc.receipt).sort()).toEqual([...receipts].sort())

    // Nothing is lost by trying again: a refused submission sent again with its key is taken once.
    const retryIndex = answers.findIndex((answer) => answer.status !== 201)
    const retryBody = { ...(bodies[retryIndex] as (typeof bodies)[number]), altcha: await solvedAltchaFrom(stack.cmsUrl) }
    const retried = await send(retryBody, retryIndex)
    expect([200, 201]).toContain(retried.status)
    const again = await send({ ...retryBody, altcha: await solvedAltchaFrom(stack.cmsUrl) }, retryIndex)
    expect(again.receipt).toBe(retried.receipt)
  }, 300_000)
})
