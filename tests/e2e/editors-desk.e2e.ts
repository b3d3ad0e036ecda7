import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DemoCredentials } from '@fengcai/shared'

import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { repoRoot, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

const ARTICLE_A = path.resolve(repoRoot, '../shared/reference/article-a-traditional.txt')
const SCREENSHOTS = process.env.SCREENSHOT_DIR

describe("the editors' desk in the admin", () => {
  let stack: Stack
  let browser: Browser
  let credentials: DemoCredentials

  beforeAll(async () => {
    stack = await startStack()
    browser = await launchBrowser()
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it('should let an editor import a file, see what was removed, and open the draft it made', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories`)
    await page.getByRole('button', { name: '导入文章' }).click()
    await page.setInputFiles('#import-file', ARTICLE_A)
    await page.getByRole('button', { name: '查看清理结果' }).click()
    await expect.poll(() => page.locator('.import-title').textContent()).toBe('践行企业社会责任，中智白领青年志愿者总队在行动')
    const removed = await page.locator('.import-removed').textContent()
    expect(removed).toContain('omniture')
    expect(removed).toContain('阅读数 4571 不导入')
    await expect.poll(() => page.getByText('疑似乱码').count()).toBeGreaterThan(0)
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview.png'), fullPage: true })

    await page.getByRole('button', { name: '保存为草稿' }).click()
    await page.getByRole('link', { name: '打开新闻稿草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe('践行企业社会责任，中智白领青年志愿者总队在行动')
    await context.close()
  })

  it('should not offer the import to notice staff, and refuse it to them on the API', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await signInToAdmin(page, stack.cmsUrl, credentials.noticeStaff)
    await page.goto(`${stack.cmsUrl}/admin/collections/stories`)
    await page.waitForSelector('.collection-list, .list-header, h1')
    expect(await page.getByRole('button', { name: '导入文章' }).count()).toBe(0)
    const status = await page.evaluate(async (url) => (await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '标题\n\n正文。' }) })).status, `${stack.cmsUrl}/api/stories/import`)
    expect(status).toBe(403)
    await context.close()
  })
})
