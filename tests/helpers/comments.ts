/** Comments, objections and 网站纠错 reports for tests: what the forms send, and what the submit endpoints store. */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

type Kind = 'comment' | 'objection'

/** A valid body for POST /api/notice-comments/submit: a comment unless the overrides say otherwise. */
export const submission = (noticeId: string, altcha: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'comment',
  noticeId,
  name: '测试读者',
  content: '这是一条用于测试的留言，内容足够长。',
  consent: true,
  website: '',
  idempotencyKey: randomBytes(12).toString('hex'),
  altcha,
  ...overrides,
})

let serial = 0

/**
 * A row as the submit endpoint would write it, for tests of what happens after submission
 * (moderation, export, retention); the endpoint itself is tested on its own.
 */
export const storeComment = (payload: Payload, notice: number, kind: Kind, fields: Record<string, unknown> = {}) => {
  serial += 1
  return payload.create({
    collection: 'notice-comments',
    data: {
      receipt: `GS-20261122-T${String(serial).padStart(3, '0')}`,
      idempotencyKey: randomBytes(12).toString('hex'),
      kind,
      status: kind === 'objection' ? 'received' : 'pending',
      notice,
      name: '郑大海',
      phone: `137${String(serial).padStart(8, '0')}`,
      email: `reader${serial}@example.com`,
      content: `第 ${serial} 条：关于公示对象的意见，内容足够长。`,
      ipHash: 'f'.repeat(32),
      userAgent: 'Mozilla/5.0 Test',
      ...fields,
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

/** A valid body for POST /api/site-corrections/submit (网站纠错). */
export const correction = (altcha: string, overrides: Record<string, unknown> = {}) => ({
  page: '/stories/demo-story/',
  content: '第二段的活动日期写错了，应为 11 月 22 日。',
  contact: '',
  website: '',
  idempotencyKey: randomBytes(12).toString('hex'),
  altcha,
  ...overrides,
})

/** A 网站纠错 report as the submit endpoint would write it, for tests of what staff do with it. */
export const storeCorrection = (payload: Payload, fields: Record<string, unknown> = {}) => {
  serial += 1
  return payload.create({
    collection: 'site-corrections',
    data: {
      receipt: `JC-20261122-T${String(serial).padStart(3, '0')}`,
      idempotencyKey: randomBytes(12).toString('hex'),
      status: 'pending',
      page: '/stories/demo-story/',
      content: `第 ${serial} 条纠错：页面上的电话号码有误。`,
      contact: `137${String(serial).padStart(8, '0')}`,
      ipHash: 'f'.repeat(32),
      userAgent: 'Mozilla/5.0 Test',
      ...fields,
    },
    overrideAccess: true,
  })
}

/** The demo notice open for comments, as the site shows it: its path, its page and its id. */
export const openNotice = async (siteUrl: string): Promise<{ noticePath: string; noticeHtml: string; noticeId: string }> => {
  const notices = await (await fetch(`${siteUrl}/notices/`)).text()
  const noticePath = /href="(\/notices\/[a-z0-9-]+\/)"[^>]*>[^<]*2026年度区级优秀志愿者/.exec(notices)?.[1]
  const noticeHtml = noticePath ? await (await fetch(`${siteUrl}${noticePath}`)).text() : ''
  const noticeId = /data-notice-id="(\d+)"/.exec(noticeHtml)?.[1]
  if (!noticePath || !noticeId) throw new Error('no open notice with a comment form on /notices/')
  return { noticePath, noticeHtml, noticeId }
}

/** A new client address at each call (`<prefix>.0.1`, `<prefix>.0.2` …), for tests that must not share a limit. */
export const clientAddresses = (prefix: string): (() => string) => {
  let count = 0
  return () => {
    count += 1
    return `${prefix}.${Math.floor(count / 250)}.${count % 250}`
  }
}

/** A submission's body as sent with `type`: a string as it is, JSON, or a plain form post's fields. */
export const encodedBody = (body: Record<string, unknown> | string, type: string): string => {
  if (typeof body === 'string') return body
  if (type === 'application/json') return JSON.stringify(body)
  return new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value ?? '')])).toString()
}
