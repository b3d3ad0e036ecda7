import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DemoCredentials } from '@fengcai/shared'

import { launchBrowser, signInToAdmin } from '../helpers/browser'
import { authHeaders, login } from '../helpers/rest'
import { startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

const SCREENSHOTS = process.env.SCREENSHOT_DIR

type Stored = { _status?: string; reviewState?: string; reviewStage?: number | null; signatures?: { stage: number; by: string }[] }

describe('三审 with the 校对 panel in the admin', () => {
  let stack: Stack
  let browser: Browser
  let credentials: DemoCredentials

  beforeAll(async () => {
    stack = await startStack({ reviewChain: 'default' })
    browser = await launchBrowser()
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
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
    const stored = async (): Promise<Stored> =>
      (await (await fetch(`${stack.cmsUrl}/api/stories/${id}?depth=0&draft=true`, { headers: authHeaders(api) })).json()) as Stored
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

    const published = (await (await fetch(`${stack.cmsUrl}/api/stories/${id}?depth=0`)).json()) as Stored & { title?: string }
    expect(published.title).toBe(title)
    expect((await stored()).signatures?.map((signature) => [signature.stage, signature.by.replace(/（.*$/, '')])).toEqual([
      [1, '演示审核员'],
      [2, '演示复审员'],
      [3, '演示终审员'],
    ])
  })
})
