/**
 * The external-link check, off the request path: a proofreading request asks what is known of an
 * address and gets an answer at once; an address not yet known is queued, checked in the
 * background (a few at a time, each with a short timeout) and its result kept in memory for a
 * while, so a later request reports it. Each instance keeps its own results: a link is checked at
 * most once per instance per TTL, which is a handful of requests to another site per day.
 */
import http from 'node:http'
import https from 'node:https'

import { PRIVATE_ADDRESS, bareHost, isPublicAddress, publicLookup } from './publicAddress'

export type LinkResult = { state: 'ok' } | { state: 'broken'; note: string }
export type LinkStatus = LinkResult | { state: 'pending' }

export type LinkCheckOptions = {
  /** How long to wait for an answer's headers. */
  timeoutMs: number
  /** How many addresses are checked at the same time. */
  concurrency: number
  /** How long a result holds before the address is checked again (the old result is given meanwhile). */
  ttlMs: number
  /** How many addresses are remembered; the oldest go first. */
  maxEntries: number
  /** Origins fetched although they are private (an intranet site the CMS may reach), read at each check. */
  trustedOrigins: () => readonly string[]
}

const MAX_REDIRECTS = 3
const OK: LinkResult = { state: 'ok' }
const broken = (note: string): LinkResult => ({ state: 'broken', note })
export const PRIVATE_NOTE = '链接指向内网或本机地址，读者无法打开（未检查）'

/** Origins the operator lets the check fetch although private: LINK_CHECK_TRUSTED_ORIGINS, comma-separated. */
export const trustedOriginsFromEnv = (): string[] =>
  (process.env.LINK_CHECK_TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => URL.canParse(origin))
    .map((origin) => new URL(origin).origin)

const statusNote = (status: number): string => `外部网站返回 ${status}（${status >= 500 ? '网站出错' : '页面不存在或无权访问'}）`

const errorNote = (error: NodeJS.ErrnoException): string => {
  switch (error.code) {
    case PRIVATE_ADDRESS:
      return PRIVATE_NOTE
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return '域名无法解析，网站可能已不存在'
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return '无法连接到外部网站'
    default:
      return `无法打开外部网站（${error.code ?? error.name}）`
  }
}

/** The answer for an address that needs no check: not a web address, malformed, or a literal private address. */
const answeredAtOnce = (url: string, options: LinkCheckOptions): LinkResult | null => {
  if (!URL.canParse(url)) return broken('链接地址格式不正确')
  const target = new URL(url)
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return OK
  const host = bareHost(target.hostname)
  // A literal address never reaches `lookup`: Node connects to it directly.
  const literal = /^[\d.]+$/.test(host) || host.includes(':')
  if (literal && !isPublicAddress(host) && !options.trustedOrigins().includes(target.origin)) return broken(PRIVATE_NOTE)
  return null
}

/** One address checked: its answer's status, following up to three redirects, each through the guard. */
const probe = (url: string, options: LinkCheckOptions, redirects = 0): Promise<LinkResult> => {
  const known = answeredAtOnce(url, options)
  if (known) return Promise.resolve(known)
  const target = new URL(url)
  const trusted = options.trustedOrigins().includes(target.origin)
  return new Promise((resolve) => {
    const signal = AbortSignal.timeout(options.timeoutMs)
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      {
        method: 'GET',
        signal,
        ...(trusted ? {} : { lookup: publicLookup }),
        headers: { 'user-agent': 'Fengcai-LinkCheck/1.0 (proofreading a draft)', accept: 'text/html,*/*' },
      },
      (response) => {
        const status = response.statusCode ?? 0
        const location = response.headers.location
        // Only the status matters: the body is never read.
        response.destroy()
        if (status >= 300 && status < 400 && location && redirects < MAX_REDIRECTS && URL.canParse(location, target))
          resolve(probe(new URL(location, target).href, options, redirects + 1))
        else resolve(status >= 400 ? broken(statusNote(status)) : OK)
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(broken(signal.aborted ? `外部网站在 ${options.timeoutMs / 1000} 秒内没有响应` : errorNote(error))),
    )
    request.end()
  })
}

type Entry = { result: LinkResult | null; checkedAt: number; queued: boolean }

export type LinkChecker = {
  /** What is known of an address now; an unknown or stale one is queued for a check. */
  status: (url: string) => LinkStatus
  /** How many addresses wait for or are in a check. */
  pending: () => number
}

export const createLinkChecker = (options: LinkCheckOptions, now: () => number = Date.now): LinkChecker => {
  const entries = new Map<string, Entry>()
  const queue: string[] = []
  let running = 0

  const remember = (url: string, entry: Entry): void => {
    // Re-inserted so the Map's order is oldest first.
    entries.delete(url)
    entries.set(url, entry)
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries) break
      if (entries.get(oldest)?.queued) continue
      entries.delete(oldest)
    }
  }

  const drain = (): void => {
    while (running < options.concurrency && queue.length > 0) {
      const url = queue.shift() as string
      running += 1
      void probe(url, options)
        // An address Node refuses to request (a character it will not send) is reported with Node's reason.
        .catch((error: Error) => broken(`无法检查此链接（${error.message}）`))
        .then((result) => remember(url, { result, checkedAt: now(), queued: false }))
        .finally(() => {
          running -= 1
          drain()
        })
    }
  }

  return {
    status: (url) => {
      const known = answeredAtOnce(url, options)
      if (known) return known
      const entry = entries.get(url)
      if (entry && (entry.queued || now() - entry.checkedAt < options.ttlMs)) return entry.result ?? { state: 'pending' }
      // A flood of new addresses waits for a later request rather than growing the queue without end.
      if (queue.length >= options.maxEntries) return entry?.result ?? { state: 'pending' }
      remember(url, { result: entry?.result ?? null, checkedAt: entry?.checkedAt ?? 0, queued: true })
      queue.push(url)
      drain()
      return entry?.result ?? { state: 'pending' }
    },
    pending: () => queue.length + running,
  }
}

/** The CMS's link checker: 5 s a check, four at a time, results kept an hour, 5,000 addresses. */
export const linkChecker: LinkChecker = createLinkChecker({
  timeoutMs: 5_000,
  concurrency: 4,
  ttlMs: 60 * 60 * 1000,
  maxEntries: 5_000,
  trustedOrigins: trustedOriginsFromEnv,
})
