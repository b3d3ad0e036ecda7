import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DemoCredentials } from '@fengcai/shared'
import { defaultReviewChain, formatMomentZh } from '@fengcai/shared'

import { launchBrowser, networkQuiet, openPreview, signInToAdmin } from '../helpers/browser'
import { richText } from '../helpers/lexical'
import { drawSample } from '../helpers/sample'
import { authHeaders, login } from '../helpers/rest'
import { repoRoot, setReviewChain, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'
import { tearDown } from '../helpers/teardown'

// An article of our own corpus (the reference articles are not in the repository).
const ARTICLE = path.join(repoRoot, 'tests/fixtures/import/traditional-with-names.txt')
const ARTICLE_TITLE = '守护绿色家园，志愿者在行动'
const SCREENSHOTS = process.env.SCREENSHOT_DIR

/**
 * What a person reads or hears on an admin page: its text, tooltips, labels for screen readers,
 * placeholders; and the English words in it, past the names of things (addresses, files, codes).
 * `except` leaves out elements whose attributes are not to be read.
 */
const readShown = async (page: Page, except = ''): Promise<{ shown: string; words: RegExpMatchArray | null }> => {
  const shown = await page.evaluate(
    (skipped) =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('[title],[aria-label],[placeholder],img[alt]')]
          .filter((element) => !skipped || !element.matches(skipped))
          .flatMap((element) => ['title', 'aria-label', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? '')),
      ].join('\n'),
    except,
  )
  const words = shown
    .replace(/\S+@\S+/g, ' ') // e-mail addresses
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.-]+\.(?:webp|jpe?g|png|gif|svg|docx|txt|html?)\b/gi, ' ') // file names
    .replace(/\b\d+(?:\.\d+)?\s?(?:KB|MB|B)\b|\b\d+x\d+\b|\bimage\/\w+/g, ' ') // file sizes and types
    .replace(/\b[A-Z]{2}-\d{8}-[A-Z0-9]+\b/g, ' ') // receipt codes
    .replace(/\b(?:CSV|Excel|RSS|ICP|Alt\+T|Asia\/Shanghai)\b/g, ' ') // names of things, the time zone's name included
    .match(/[A-Za-z]{3,}/g)
  return { shown, words }
}

describe("the editors' desk in the admin", () => {
  let stack: Stack
  let browser: Browser
  let credentials: DemoCredentials

  beforeAll(async () => {
    stack = await startStack()
    browser = await launchBrowser()
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
  })

  afterAll(() =>
    tearDown([
      ['the browser', browser && (() => browser.close())],
      ['the stack', stack && (() => stack.stop())],
    ]),
  )

  it('should let an editor import a file, see what was removed, and open the draft it made', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories`)
    await page.getByRole('button', { name: '导入文章' }).click()
    await page.setInputFiles('#import-file', ARTICLE)
    await page.getByRole('button', { name: '查看清理结果' }).click()
    await expect.poll(() => page.locator('.import-title').textContent()).toBe(ARTICLE_TITLE)
    const removed = await page.locator('.import-removed').textContent()
    expect(removed).toContain('阅读数 2231 不导入')
    expect(removed).toContain('字后括注的拼音 3 处')
    await expect.poll(() => page.getByText('於佩珊').count()).toBeGreaterThan(0)
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview.png'), fullPage: true })

    await page.getByRole('button', { name: '保存为草稿' }).click()
    await page.getByRole('link', { name: '打开新闻稿草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(ARTICLE_TITLE)
    // A draft that was never published has no page on the site to go to.
    expect(await page.getByRole('link', { name: '在网站查看' }).count()).toBe(0)
    // The dashboard lists it among the editor's drafts.
    await page.goto(`${stack.cmsUrl}/admin`)
    await expect.poll(() => page.getByTestId('my-drafts').textContent()).toContain(ARTICLE_TITLE)
    await context.close()
  })

  it('should not offer the import to notice staff, and refuse it to them on the API', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.noticeStaff)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories`)
    await page.waitForSelector('.collection-list, .list-header, h1')
    expect(await page.getByRole('button', { name: '导入文章' }).count()).toBe(0)
    const status = await page.evaluate(
      async (url) =>
        (
          await fetch(url, {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: '标题\n\n正文。' }),
          })
        ).status,
      `${stack.cmsUrl}/api/stories/import`,
    )
    expect(status).toBe(403)
    await context.close()
  })

  it('should preview a draft in the site layout to staff only, while the public page keeps the published title', async () => {
    const editor = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const api = async (pathname: string, init: RequestInit = {}) => {
      const response = await fetch(`${stack.cmsUrl}/api/${pathname}`, {
        ...init,
        headers: { 'content-type': 'application/json', ...authHeaders(editor), ...(init.headers as Record<string, string>) },
      })
      expect(response.status, pathname).toBeLessThan(300)
      return (await response.json()) as Record<string, unknown>
    }
    const listed = await api('stories?limit=1&depth=0&where[_status][equals]=published&sort=-publishedAt')
    const story = (listed.docs as { id: number; slug: string; title: string }[])[0] as { id: number; slug: string; title: string }
    const draftTitle = `预览中的新标题 ${Date.now()}`
    await api(`stories/${story.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: draftTitle }) })

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories/${story.id}`)
    await expect.poll(() => page.getByRole('link', { name: '在网站查看' }).getAttribute('href')).toBe(`${stack.siteUrl}/stories/${story.slug}/`)
    const preview = await openPreview(page)
    const blocked: string[] = []
    preview.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) blocked.push(message.text())
    })
    await preview.waitForLoadState('load')
    await expect.poll(() => preview.locator('h1').first().textContent()).toContain(draftTitle)
    // The site's own layout and styles: its navigation, laid out by its stylesheet.
    expect(await preview.locator('nav.site-nav').count()).toBe(1)
    expect(await preview.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/')))).toBe(true)
    expect(await preview.getByRole('status').first().textContent()).toContain('预览：这是尚未发布的草稿')
    if (SCREENSHOTS) await preview.screenshot({ path: path.join(SCREENSHOTS, 'preview.png') })
    expect(blocked).toEqual([])

    // The editor saves again: the open preview follows.
    const secondTitle = `${draftTitle}（修改）`
    await api(`stories/${story.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: secondTitle }) })
    await expect.poll(() => preview.locator('h1').first().textContent(), { timeout: 15_000 }).toContain('（修改）')

    // Readers still see the published page; the preview needs a session.
    const live = await (await fetch(`${stack.siteUrl}/stories/${story.slug}/`)).text()
    expect(live).toContain(story.title)
    expect(live).not.toContain(draftTitle)
    const anonymous = await fetch(`${stack.cmsUrl}/api/stories/${story.id}/preview`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('cache-control') ?? '').not.toMatch(/public/)
    expect(await anonymous.text()).not.toContain(draftTitle)
    const signed = await fetch(`${stack.cmsUrl}/api/stories/${story.id}/preview`, { headers: authHeaders(editor) })
    expect(signed.headers.get('cache-control')).toBe('no-store, private')
    expect(signed.headers.get('x-robots-tag')).toContain('noindex')
    await context.close()
  })

  it('should preview a draft of the 首页版块 in the site layout, while the public home page keeps the published blocks', async () => {
    const editor = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const api = async (pathname: string, init: RequestInit = {}) => {
      const response = await fetch(`${stack.cmsUrl}/api/${pathname}`, {
        ...init,
        headers: { 'content-type': 'application/json', ...authHeaders(editor) },
      })
      expect(response.status, pathname).toBeLessThan(300)
      return (await response.json()) as { blocks?: unknown[] }
    }
    const published = (await api('globals/homepage?depth=0')).blocks ?? []
    expect(published.length, 'the demo seed publishes its 首页版块').toBeGreaterThan(0)
    const label = `草稿里的友情链接 ${Date.now()}`
    const draftBlocks = [{ blockType: 'friendLinks', heading: '预览中的版块', links: [{ label, url: 'https://example.org/' }] }, ...published]
    await api('globals/homepage?draft=true', { method: 'POST', body: JSON.stringify({ blocks: draftBlocks, _status: 'draft' }) })

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.editor)
    await page.goto(`${stack.cmsUrl}/admin/globals/homepage`)
    const preview = await openPreview(page)
    await preview.waitForLoadState('load')
    // The draft's block first, in the site's own home page, under the preview banner.
    const first = preview.locator('[data-home-block]').first()
    await expect.poll(() => first.getAttribute('data-home-block')).toBe('friendLinks')
    expect(await first.textContent()).toContain('预览中的版块')
    expect(await first.getByRole('link', { name: label }).isVisible()).toBe(true)
    expect(await preview.locator('nav.site-nav').count()).toBe(1)
    expect(await preview.getByRole('status').first().textContent()).toContain('预览：这是尚未发布的草稿')
    if (SCREENSHOTS) await preview.screenshot({ path: path.join(SCREENSHOTS, 'home-preview.png') })

    // Readers see the published home page; the preview needs a session.
    expect(await (await fetch(`${stack.siteUrl}/`)).text()).not.toContain(label)
    const anonymous = await fetch(`${stack.cmsUrl}/api/globals/homepage/preview`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(label)
    await context.close()
  })

  it('should let an editor submit a story, a reviewer return it with a note, the editor find it 已退回 on their desk, and the reviewer publish it after the pre-publish check', async () => {
    const title = `送审后由审核员发布 ${Date.now()}`
    const note = '导语请写明活动的时间和地点，再送审。'
    const shot = async (page: Page, name: string) => {
      if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
    }
    const editorContext = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const editorPage = await editorContext.newPage()
    await signInToAdmin(editorPage, stack.cmsUrl, credentials.editor)
    await editorPage.goto(`${stack.cmsUrl}/admin/collections/stories/create`)
    await editorPage.fill('#field-title', title)
    await editorPage.locator('[data-lexical-editor="true"]').first().click()
    await editorPage.keyboard.type('编辑写好后送审，审核员通过后发布。')
    // Editors are offered 送审, not 发布.
    expect(await editorPage.getByRole('button', { name: /^发布/ }).count()).toBe(0)
    await editorPage.getByRole('button', { name: '送审' }).click()
    await editorPage.waitForURL(/\/admin\/collections\/stories\/\d+/)
    await expect.poll(() => editorPage.locator('#action-submit-for-review').textContent(), { timeout: 15_000 }).toContain('已送审')
    const id = /stories\/(\d+)/.exec(editorPage.url())?.[1]
    // 送审 hands the story over: once the editor's page is idle it holds no edit lock on it, so the
    // editor may close the tab without the reviewer being told the story is still being edited.
    await networkQuiet(editorPage, 2_500)
    const editorApi = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const locks = await (
      await fetch(`${stack.cmsUrl}/api/payload-locked-documents?depth=0&where[document.relationTo][equals]=stories&where[document.value][equals]=${id}`, {
        headers: authHeaders(editorApi),
      })
    ).json()
    expect((locks as { totalDocs: number }).totalDocs).toBe(0)
    // While it waits, the editor's desk lists it under 待审核.
    await editorPage.goto(`${stack.cmsUrl}/admin`)
    await expect.poll(() => editorPage.getByTestId('pending-review').textContent()).toContain(title)

    const reviewerContext = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const reviewerPage = await reviewerContext.newPage()
    await signInToAdmin(reviewerPage, stack.cmsUrl, credentials.reviewer)
    // The reviewer finds it waiting on the dashboard.
    await expect.poll(() => reviewerPage.getByTestId('pending-review').textContent()).toContain(title)
    await reviewerPage.getByTestId('pending-review').getByRole('link', { name: title }).click()
    await reviewerPage.waitForURL(new RegExp(`/admin/collections/stories/${id}`))
    const reviewer = await login(stack.cmsUrl, credentials.reviewer.email, credentials.reviewer.password)
    type Stored = { _status?: string; reviewState?: string; slug?: string; reviewLog: { action: string; by: string }[] }
    const stored = async () =>
      (await (await fetch(`${stack.cmsUrl}/api/stories/${id}?depth=0&draft=true`, { headers: authHeaders(reviewer) })).json()) as Stored
    // The form must be ready before its buttons do anything.
    await expect.poll(() => reviewerPage.locator('#field-title').inputValue()).toBe(title)
    expect(await reviewerPage.locator('#document-locked').count()).toBe(0)
    // 通过 and 退回 at the top of the document, above the title; the sidebar's state is not a control.
    const returnButton = reviewerPage.locator('#action-review-return')
    await expect.poll(() => returnButton.isVisible()).toBe(true)
    await expect.poll(() => reviewerPage.locator('#action-review-approve').isVisible()).toBe(true)
    const buttonTop = (await returnButton.boundingBox())?.y ?? Infinity
    expect(buttonTop).toBeLessThan((await reviewerPage.locator('#field-title').boundingBox())?.y ?? 0)
    await shot(reviewerPage, 'review-buttons.png')

    // 退回 asks for the note first.
    await returnButton.click()
    const returnDialog = reviewerPage.locator('.confirmation-modal').filter({ hasText: '退回修改' })
    await expect.poll(() => returnDialog.isVisible()).toBe(true)
    await returnDialog.getByRole('button', { name: '退回' }).click()
    await expect.poll(() => returnDialog.getByText('请先填写审核意见。').isVisible()).toBe(true)
    await returnDialog.locator('textarea').fill(note)
    await shot(reviewerPage, 'review-return-dialog.png')
    await returnDialog.getByRole('button', { name: '退回' }).click()
    await expect.poll(async () => (await stored()).reviewState, { timeout: 15_000, interval: 500 }).toBe('returned')
    await expect.poll(() => reviewerPage.locator('#action-review-return').count(), { timeout: 15_000 }).toBe(0)

    // The editor finds it on their desk, 已退回 with the note, and opens it under the banner.
    await editorPage.goto(`${stack.cmsUrl}/admin`)
    const myDrafts = editorPage.getByTestId('my-drafts')
    await expect.poll(() => myDrafts.textContent()).toContain(title)
    const row = myDrafts.locator('li').filter({ hasText: title })
    expect(await row.locator('.desk-state').textContent()).toBe('已退回')
    expect(await row.textContent()).toContain(note)
    expect(await row.textContent()).toContain('演示审核员')
    await shot(editorPage, 'desk-returned.png')
    // The editor dates the story to the event, two years ago, before sending it again.
    const longAgo = new Date(Date.now() - 2 * 365 * 24 * 3600_000)
    const dated = await fetch(`${stack.cmsUrl}/api/stories/${id}?draft=true&depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...authHeaders(editorApi) },
      body: JSON.stringify({ publishedAt: longAgo.toISOString() }),
    })
    expect(dated.status).toBe(200)
    await row.getByRole('link', { name: title }).click()
    await editorPage.waitForURL(new RegExp(`/admin/collections/stories/${id}`))
    const banner = editorPage.locator('.returned-banner')
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain(note)
    expect(await banner.textContent()).toContain('已退回')
    expect(await banner.textContent()).toContain('演示审核员')
    expect((await banner.boundingBox())?.y ?? Infinity).toBeLessThan((await editorPage.locator('#field-title').boundingBox())?.y ?? 0)
    await shot(editorPage, 'returned-banner.png')
    await expect.poll(() => editorPage.locator('#field-title').inputValue()).toBe(title)
    await editorPage.getByRole('button', { name: '送审' }).click()
    await expect.poll(async () => (await stored()).reviewState, { timeout: 15_000, interval: 500 }).toBe('submitted')
    await expect.poll(() => banner.count()).toBe(0)
    await networkQuiet(editorPage, 2_500)
    await editorContext.close()

    // The reviewer publishes: the confirmation warns of the old date, and publishing stays possible.
    await reviewerPage.goto(`${stack.cmsUrl}/admin/collections/stories/${id}`)
    await expect.poll(() => reviewerPage.locator('#field-title').inputValue()).toBe(title)
    const publish = reviewerPage.getByRole('button', { name: /^发布/ }).first()
    await expect.poll(() => publish.isEnabled()).toBe(true)
    await publish.click()
    const check = reviewerPage.locator('.confirmation-modal').filter({ hasText: '发布前检查' })
    await expect.poll(() => check.locator('.prepublish-findings').textContent(), { timeout: 15_000 }).toContain('早于 30 天前')
    await shot(reviewerPage, 'prepublish-check.png')
    expect((await stored())._status).toBe('draft')
    await check.getByRole('button', { name: '仍然发布' }).click()
    await expect.poll(async () => (await stored())._status, { timeout: 20_000, interval: 500 }).toBe('published')
    const slug = (await stored()).slug
    await expect
      .poll(async () => (await fetch(`${stack.siteUrl}/stories/${slug}/`).then((response) => response.text())).includes(title), {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(true)
    await reviewerContext.close()

    expect((await stored()).reviewLog.map((step) => [step.action, step.by.replace(/（.*$/, '')])).toEqual([
      ['submitted', '演示编辑'],
      ['returned', '演示审核员'],
      ['submitted', '演示编辑'],
      ['approved', '演示审核员'],
      ['published', '演示审核员'],
    ])
  })

  // Twelve pages of a sample (22 with FENGCAI_TEST_ALL=1), each to network idle: 96 s for 22 on a loaded build machine.
  it('should show editors and notice staff an admin in Chinese: no English string, no third-party request, Chinese dates', async () => {
    // Each account's walk opens every kind of view it has (dashboard, list, edit, create, versions,
    // account, global) on every run, and one of the collections or globals of each kind, drawn per
    // run: runs together open them all (FENGCAI_TEST_ALL=1: all of them in one run, as before).
    const sample = drawSample('admin walk')
    type Walk = [keyof DemoCredentials, string[]]
    const views = (...kinds: string[][]): string[] => kinds.flatMap((paths) => sample.oneOf(paths))
    const walks: [Walk, Walk, Walk] = [
      [
        'editor',
        views(
          ['/admin'],
          ['/admin/collections/stories', '/admin/collections/galleries', '/admin/collections/media', '/admin/collections/columns'],
          ['/admin/collections/stories/1', '/admin/collections/honor-rolls/1', '/admin/collections/galleries/1'],
          ['/admin/collections/stories/create'],
          ['/admin/collections/stories/1/versions'],
          ['/admin/account'],
        ),
      ],
      [
        'noticeStaff',
        views(
          ['/admin'],
          ['/admin/collections/notices', '/admin/collections/notice-comments'],
          ['/admin/collections/notices/1', '/admin/collections/notice-comments/1', '/admin/collections/notice-comments/2'],
          ['/admin/globals/work-calendar', '/admin/globals/site-settings'],
        ),
      ],
      ['admin', views(['/admin'], ['/admin/collections/stories/1', '/admin/globals/work-calendar'])],
    ]
    const english: string[] = []
    const thirdParty: string[] = []
    const badDates: string[] = []
    let listDates = 0
    // The editor and notice staff walk side by side, each in its own context (a page's wait for the
    // network to settle, half a second of silence at least, is another page's time to render); they
    // open no document in common, so neither finds one locked by the other. The administrator opens
    // what the editor and notice staff did, so walks once they are done.
    const walk = async ([account, paths]: Walk): Promise<void> => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      const page = await context.newPage()
      const cms = new URL(stack.cmsUrl).host
      page.on('request', (request) => {
        const host = new URL(request.url()).host
        if (host !== cms && !request.url().startsWith('data:')) thirdParty.push(request.url())
      })
      await signInToAdmin(page, stack.cmsUrl, credentials[account])
      for (const pathname of paths) {
        await page.goto(`${stack.cmsUrl}${pathname}`)
        await page.waitForLoadState('networkidle')
        // The Chinese for the strings Payload hard-codes in English (admin/ChineseUiStrings.tsx) is put
        // in once the page has hydrated, which on a loaded machine can come after the network is idle:
        // read again until it is in place, for a few seconds at most. (What Payload translates is
        // checked before any script runs, in the next test.)
        let { shown, words } = await readShown(page)
        for (const deadline = Date.now() + 5_000; words && Date.now() < deadline;) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          ;({ shown, words } = await readShown(page))
        }
        if (words) english.push(`${account} ${pathname}: ${[...new Set(words)].join(', ')}`)
        for (const match of shown.matchAll(
          /[^\n]{0,16}(?:\d{1,2}:\d{2}\s?[上下]午|[一二三四五六七八九十]+月 \d+日|January|February|March|April|May|June|July|August|September|October|November|December)[^\n]{0,16}/g,
        ))
          badDates.push(`${pathname}: ${match[0]}`)
        listDates += (shown.match(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/g) ?? []).length
      }
      await context.close()
    }
    const [editorWalk, noticeStaffWalk, adminWalk] = walks
    await Promise.all([walk(editorWalk), walk(noticeStaffWalk)])
    await walk(adminWalk)
    expect(english, sample.replay).toEqual([])
    expect(thirdParty, sample.replay).toEqual([])
    expect(badDates, sample.replay).toEqual([])
    // Dates read in the format checked above: at least 8 in any sample's views (21 with every view, FENGCAI_TEST_ALL=1).
    expect(listDates, sample.replay).toBeGreaterThanOrEqual(8)

    // Date pickers in the same format, with Beijing time stated.
    const editorContext = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const editorPage = await editorContext.newPage()
    await signInToAdmin(editorPage, stack.cmsUrl, credentials.editor)
    await editorPage.goto(`${stack.cmsUrl}/admin/collections/stories/1`)
    await expect.poll(() => editorPage.locator('#field-publishedAt input').first().inputValue()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    expect(await editorPage.getByText('北京时间（Asia/Shanghai）').count()).toBeGreaterThan(0)
    await editorContext.close()

    // Notice staff: nominee rows titled by name, and comments listed with name, content and nominee.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.noticeStaff)
    await expect.poll(() => page.locator('.moderation-summary').textContent()).toContain('待处理')
    await page.goto(`${stack.cmsUrl}/admin/collections/notices/1`)
    await expect.poll(() => page.getByText(/^01 · \S+/).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await page.goto(`${stack.cmsUrl}/admin/collections/notice-comments`)
    const headers = await page.locator('thead th').allTextContents()
    for (const column of ['姓名', '内容', '公示对象']) expect(headers.join(' ')).toContain(column)
    await context.close()
    // Twenty-odd admin pages, each left to settle: longer than one flow.
  }, 300_000)

  it('should render what Payload translates in Chinese on the server, with no script run: list, edit, dashboard and account views', async () => {
    const signedIn = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    await signInToAdmin(await signedIn.newPage(), stack.cmsUrl, credentials.editor)
    const storageState = await signedIn.storageState()
    await signedIn.close()
    // The page as the server sent it: the admin's scripts are refused, so nothing hydrates and no
    // client-side rewrite (admin/ChineseUiStrings.tsx) can put Chinese in afterwards.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState })
    await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort())
    const page = await context.newPage()
    // The elements whose English Payload hard-codes, listed with their sources in admin/ChineseUiStrings.tsx.
    const hardCoded = ['section[aria-live]', 'input[type="checkbox"]', '[aria-label$=" dropdown"]', '[aria-label^="Edit "]'].join(',')
    const english: string[] = []
    const unresolved: string[] = []
    const shownOn: Record<string, string> = {}
    for (const pathname of ['/admin', '/admin/collections/stories', '/admin/collections/stories/1', '/admin/collections/galleries/1', '/admin/account']) {
      const response = await page.goto(`${stack.cmsUrl}${pathname}`)
      expect(response?.status()).toBe(200)
      const { shown, words } = await readShown(page, hardCoded)
      shownOn[pathname] = shown
      if (words) english.push(`${pathname}: ${[...new Set(words)].join(', ')}`)
      for (const match of shown.matchAll(/[^\n]{0,12}(?:\[object Object\]|\{\{\w+\}\})[^\n]{0,12}/g)) unresolved.push(`${pathname}: ${match[0]}`)
    }
    await context.close()
    expect(english).toEqual([])
    expect(unresolved).toEqual([])
    // What was English or "[object Object]" before, now in Chinese from Payload's i18n: the account
    // page's settings (general.payloadSettings), the dashboard card's create button (a label per
    // language, payloadcms/payload#17069) and a list column's sort buttons.
    expect(shownOn['/admin/account']).toContain('界面设置')
    expect(shownOn['/admin']).toContain('创建新的 新闻稿')
    expect(shownOn['/admin/collections/stories']).toContain('按 标题 升序 排序')
  })

  it('should store nothing on 新建 until the editor saves, offer 保存草稿, and say it in Chinese in Beijing time', async () => {
    const admin = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    const count = async () =>
      ((await (await fetch(`${stack.cmsUrl}/api/stories?limit=1&depth=0&draft=true`, { headers: authHeaders(admin) })).json()) as { totalDocs: number })
        .totalDocs
    const before = await count()
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories/create`)
    await page.locator('#field-title').waitFor()
    await networkQuiet(page, 2_500)
    // Opening 新建 stored nothing, and stays on the create page.
    expect(await count()).toBe(before)
    expect(page.url()).toMatch(/\/stories\/create$/)
    const saveDraft = page.getByRole('button', { name: '保存草稿' })
    await expect.poll(() => saveDraft.isVisible()).toBe(true)

    // The date picker's time column is captioned in Chinese.
    await page.locator('#field-publishedAt input').first().click()
    await expect.poll(() => page.locator('.react-datepicker__header--time').first().textContent()).toBe('时间')
    await page.keyboard.press('Escape')

    const title = `只有标题的草稿 ${Date.now()}`
    await page.fill('#field-title', title)
    await saveDraft.click()
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    await expect.poll(() => page.locator('.toast-success, [data-sonner-toast]').first().textContent()).toContain('已创建新闻稿')
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'draft-saved.png') })
    expect(await count()).toBe(before + 1)
    const id = /stories\/(\d+)/.exec(page.url())?.[1]

    // In the list its empty 栏目 reads naturally.
    await page.goto(`${stack.cmsUrl}/admin/collections/stories?where[title][equals]=${encodeURIComponent(title)}`)
    await expect.poll(() => page.locator('tbody').innerText()).toContain('（无栏目）')
    expect(await page.locator('body').innerText()).not.toContain('<没有')

    // A version page's breadcrumb gives the version's time in Beijing time, as the admin's other dates.
    const versions = (await (
      await fetch(`${stack.cmsUrl}/api/stories/versions?depth=0&sort=-updatedAt&limit=1&where[parent][equals]=${id}`, { headers: authHeaders(admin) })
    ).json()) as { docs: { id: string; updatedAt: string }[] }
    const version = versions.docs[0] as { id: string; updatedAt: string }
    await page.goto(`${stack.cmsUrl}/admin/collections/stories/${id}/versions/${version.id}`)
    await expect.poll(() => page.locator('.step-nav').innerText()).toContain(formatMomentZh(new Date(version.updatedAt)))
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'version-breadcrumb.png') })
    await context.close()
  })

  it("should show a reviewer the 待办 count the endpoint gives, and keep staff's 批注 in the sidebar with name and time", async () => {
    const title = `待办与批注 ${Date.now()}`
    const note = '第二段的数字请与街道办的通报核对。'
    const editorApi = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    const headers = { 'content-type': 'application/json', ...authHeaders(editorApi) }
    const created = await fetch(`${stack.cmsUrl}/api/stories?draft=true&depth=0`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title, body: richText('待办与批注的正文。') }),
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    expect((await fetch(`${stack.cmsUrl}/api/stories/${id}/review`, { method: 'POST', headers, body: '{"action":"submit"}' })).status).toBe(200)

    const reviewerApi = await login(stack.cmsUrl, credentials.reviewer.email, credentials.reviewer.password)
    const todo = (await (await fetch(`${stack.cmsUrl}/api/desk/todo`, { headers: authHeaders(reviewerApi) })).json()) as {
      counts: { review: number }
      review: { id: number }[]
    }
    expect(todo.review.map((item) => item.id)).toContain(id)
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.reviewer)
    const todoList = page.getByTestId('desk-todo')
    await expect.poll(() => todoList.textContent(), { timeout: 15_000 }).toContain(title)
    expect(await page.getByTestId('desk-todo-counts').textContent()).toContain(`待我审核 ${todo.counts.review} 篇`)

    await todoList.getByRole('link', { name: title }).click()
    await page.waitForURL(new RegExp(`/admin/collections/stories/${id}`))
    const notes = page.getByTestId('review-notes')
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain('还没有批注。')
    await notes.locator('textarea').fill(note)
    await notes.getByRole('button', { name: '添加批注' }).click()
    const written = notes.locator('.review-note').filter({ hasText: note })
    await expect.poll(() => written.count(), { timeout: 15_000 }).toBe(1)
    expect(await written.textContent()).toContain('演示审核员')
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'review-notes.png'), fullPage: true })
    await context.close()

    // The author reads it on the draft; the public story has none of it.
    const stored = (await (await fetch(`${stack.cmsUrl}/api/review-notes?where[targetId][equals]=${id}`, { headers: authHeaders(editorApi) })).json()) as {
      docs: { body: string; createdAt: string }[]
    }
    expect(stored.docs.map((entry) => entry.body)).toEqual([note])
    expect((await fetch(`${stack.cmsUrl}/api/review-notes?where[targetId][equals]=${id}`)).status).toBe(403)
  })

  // Last, on the same stack: the default chain from here on (初审 → 复审 → 终审), as its administrator would set it.
  describe('三审 with the 校对 panel in the admin', () => {
    type Signed = { _status?: string; reviewState?: string; reviewStage?: number | null; signatures?: { stage: number; by: string }[] }

    beforeAll(async () => {
      await setReviewChain(stack.cmsUrl, stack.dataDir, defaultReviewChain)
    })

    const openAs = async (account: keyof DemoCredentials, url: string): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      const page = await context.newPage()
      await signInToAdmin(page, stack.cmsUrl, credentials[account])
      await page.goto(url)
      return page
    }

    /** Signs the stage awaiting a signature through its button and the dialog that confirms it. */
    const approve = async (page: Page, stage: string) => {
      await page
        .getByRole('button', { name: `通过（${stage}）` })
        .first()
        .click()
      const dialog = page.locator('.confirmation-modal').filter({ hasText: `${stage}通过` })
      await dialog.getByRole('button', { name: `通过（${stage}）` }).click()
    }

    it('should show 按装 → 安装 in the 校对 panel and in place, and take the story through 初审, 复审 and 终审 to publication', async () => {
      const title = `三审校对 ${Date.now()}`
      const editor = await openAs('editor', `${stack.cmsUrl}/admin/collections/stories/create`)
      await editor.fill('#field-title', title)
      // With the byline and the summary filled in (an empty summary is copied from the body, wrong
      // word and all), the wrong word in the body is all there is to find.
      await editor.fill('#field-summary', '社区志愿者为独居老人上门服务。')
      await editor.fill('#field-source', '社区志愿者协会')
      await editor.fill('#field-responsibleEditor', '演示编辑')
      await editor.locator('[data-lexical-editor="true"]').first().click()
      await editor.keyboard.type('社区志愿者上门为独居老人按装扶手。')
      const unsaved = editor.locator('.proofread-panel')
      await expect.poll(() => unsaved.getByRole('status').textContent()).toBe('保存稿件后即可校对。')
      await editor.getByRole('button', { name: '送审' }).click()
      await editor.waitForURL(/\/admin\/collections\/stories\/\d+/)
      const id = /stories\/(\d+)/.exec(editor.url())?.[1]
      // The panel proofreads what the submission saved.
      await expect.poll(() => editor.locator('.proofread-panel').textContent(), { timeout: 15_000 }).toContain('按装')
      await editor.context().close()

      const api = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
      const stored = async (): Promise<Signed> =>
        (await (await fetch(`${stack.cmsUrl}/api/stories/${id}?depth=0&draft=true`, { headers: authHeaders(api) })).json()) as Signed
      expect((await stored()).reviewStage).toBe(1)

      // 初审: the reviewer sees the finding beside the editor, errors first, with the suggestion and its context.
      const first = await openAs('reviewer', `${stack.cmsUrl}/admin/collections/stories/${id}`)
      const panel = first.locator('.proofread-panel')
      await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toBe('发现 1 处错误。点击一条可在稿件中定位。')
      const finding = panel.getByRole('button', { name: /错别字.*按装.*安装/ })
      await expect.poll(() => finding.isVisible()).toBe(true)
      expect(await panel.getByRole('heading', { name: '错误（1）' }).isVisible()).toBe(true)
      expect(await finding.textContent()).toContain('正文第 1 段')
      // Mid-chain the reviewer of the first stage is offered 通过 and 退回, not Payload's 发布, which the server would refuse.
      await expect.poll(() => first.getByRole('button', { name: '通过（初审）' }).isVisible()).toBe(true)
      await expect.poll(() => first.getByRole('button', { name: /^发布/ }).count(), { timeout: 10_000 }).toBe(0)

      // A click selects the wrong word in the editor and marks it; typing replaces it there.
      await finding.click()
      await expect.poll(() => first.evaluate(() => window.getSelection()?.toString())).toBe('按装')
      expect(await first.evaluate(() => CSS.highlights.get('fengcai-proofread')?.size)).toBe(1)
      if (SCREENSHOTS) await first.screenshot({ path: path.join(SCREENSHOTS, 'proofread-panel.png') })
      await first.keyboard.type('安装')
      await approve(first, '初审')
      await expect.poll(async () => (await stored()).reviewStage, { timeout: 15_000, interval: 500 }).toBe(2)
      // The approval saved the correction first; the panel proofread the saved draft again.
      await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toBe('未发现问题。')
      await first.context().close()

      const second = await openAs('reviewer2', `${stack.cmsUrl}/admin/collections/stories/${id}`)
      await expect.poll(() => second.locator('.proofread-panel').getByRole('status').textContent(), { timeout: 15_000 }).toBe('未发现问题。')
      await approve(second, '复审')
      await expect.poll(async () => (await stored()).reviewStage, { timeout: 15_000, interval: 500 }).toBe(3)
      await second.context().close()

      // 终审 publishes; its reviewer may also use 发布, which the server lets through at the last stage.
      const third = await openAs('reviewer3', `${stack.cmsUrl}/admin/collections/stories/${id}`)
      await expect.poll(() => third.getByRole('button', { name: /^发布/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0)
      await approve(third, '终审')
      await expect.poll(async () => (await stored())._status, { timeout: 15_000, interval: 500 }).toBe('published')
      await third.context().close()

      const published = (await (await fetch(`${stack.cmsUrl}/api/stories/${id}?depth=0`)).json()) as Signed & { title?: string }
      expect(published.title).toBe(title)
      expect((await stored()).signatures?.map((signature) => [signature.stage, signature.by.replace(/（.*$/, '')])).toEqual([
        [1, '演示审核员'],
        [2, '演示复审员'],
        [3, '演示终审员'],
      ])
    })
  })
})
