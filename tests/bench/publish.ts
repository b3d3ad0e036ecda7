/**
 * Publish-to-live on a running stack: from the API's answer to a change until every page that
 * must show it does (polled as a reader would load them), per kind of change.
 */
import { solvedAltchaFrom } from '../helpers/altcha'
import { submission } from '../helpers/comments'
import { richText } from '../helpers/lexical'
import type { Session } from '../helpers/rest'
import { checkedEmptySince, readSiteStatus, statusFileOf, waitForSiteStatus } from '../helpers/siteStatus'
import type { Stack } from '../helpers/stack'

type Doc = { id: number; slug: string; title?: string; name?: string }

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

export const benchPublishing = async (
  stack: Stack,
  admin: Session,
  rounds = 2,
  only?: string[],
): Promise<Record<string, { p50: number; p95: number; n: number; apiP50: number; shownP50: number }>> => {
  const api = async (method: string, pathname: string, body?: unknown): Promise<{ doc?: Doc; docs?: Doc[] } & Doc> => {
    const response = await fetch(`${stack.cmsUrl}/api/${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const statusFile = statusFileOf(stack.dataDir)
  const page = async (pathname: string) => {
    const response = await fetch(`${stack.siteUrl}${pathname}`)
    return { status: response.status, text: await response.text() }
  }
  /**
   * Seconds from `started` until every check passes and the site worker has finished publishing
   * (found its queue empty afterwards): then every page the change affects, the search index
   * included, is live, not just the pages checked (polled every 100 ms, at most 5 minutes).
   */
  // The last measurement's parts: from the request until the API's answer, and until the checked pages showed it.
  let apiSeconds = 0
  let shownSeconds = 0
  const live = async (started: number, checks: (() => Promise<boolean>)[]): Promise<number> => {
    apiSeconds = (performance.now() - started) / 1000
    const deadline = Date.now() + 300_000
    // Called as the API answers, so the change is queued and committed: a look at the queue that
    // began after this moment and found it empty came after the change's publish had finished
    // (the worker marks changes done only then). Waiting instead for a look after the checked
    // pages showed the change cost a whole poll (2 s) whenever the publish ended within the
    // 100 ms between two checks, as a notice's or a comment's often does.
    const idleSince = checkedEmptySince(Date.now())
    const idle = async () => {
      const status = await readSiteStatus(statusFile)
      return status !== null && idleSince(status)
    }
    const until = async (check: () => Promise<boolean>) => {
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error('a change did not go live within 5 minutes')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    for (const check of checks) await until(check)
    shownSeconds = (performance.now() - started) / 1000
    await until(idle)
    return (performance.now() - started) / 1000
  }
  const shows = (pathname: string, text: string) => async () => (await page(pathname)).text.includes(text)
  const gone = (pathname: string) => async () => (await page(pathname)).status === 404
  const demoStory = async (): Promise<Doc> =>
    ((await api('GET', 'stories?limit=1&depth=0&where[slug][not_like]=generated&where[_status][equals]=published')).docs as Doc[])[0] as Doc
  const newStory = async (title: string): Promise<Doc> =>
    (await api('POST', 'stories', { title, body: richText(`${title}。`), publishedAt: new Date().toISOString(), _status: 'published' })).doc as Doc

  const kinds: Record<string, (round: number) => Promise<number>> = {
    'edit title': async (round) => {
      const story = await demoStory()
      const title = `修改标题测速 ${round} ${Date.now()}`
      const started = performance.now()
      await api('PATCH', `stories/${story.id}`, { title, _status: 'published' })
      return live(started, [shows(`/stories/${story.slug}/`, title)])
    },
    'new story': async (round) => {
      const title = `新稿件测速 ${round} ${Date.now()}`
      const started = performance.now()
      const story = await newStory(title)
      return live(started, [shows(`/stories/${story.slug}/`, title), shows('/stories/', title)])
    },
    unpublish: async (round) => {
      const story = await newStory(`待撤下稿件 ${round} ${Date.now()}`)
      await live(performance.now(), [shows(`/stories/${story.slug}/`, story.title as string)])
      const started = performance.now()
      await api('PATCH', `stories/${story.id}`, { _status: 'draft' })
      return live(started, [gone(`/stories/${story.slug}/`)])
    },
    delete: async (round) => {
      const story = await newStory(`待删除稿件 ${round} ${Date.now()}`)
      await live(performance.now(), [shows(`/stories/${story.slug}/`, story.title as string)])
      const started = performance.now()
      await api('DELETE', `stories/${story.id}`)
      return live(started, [gone(`/stories/${story.slug}/`)])
    },
    'rename column': async (round) => {
      const column = ((await api('GET', 'columns?limit=1&depth=0')).docs as Doc[])[0] as Doc
      const name = `栏目测速${round}${Date.now() % 10000}`
      const started = performance.now()
      await api('PATCH', `columns/${column.id}`, { name })
      return live(started, [shows(`/columns/${column.slug}/`, name)])
    },
    'publish notice': async (round) => {
      const notice = ((await api('GET', 'notices?limit=1&depth=0&where[_status][equals]=published')).docs as Doc[])[0] as Doc
      const title = `公示测速 ${round} ${Date.now()}`
      const started = performance.now()
      await api('PATCH', `notices/${notice.id}`, { title, _status: 'published' })
      return live(started, [shows(`/notices/${notice.slug}/`, title), shows('/notices/', title)])
    },
    'approve comment': async (round) => {
      const notices = (await api('GET', 'notices?limit=20&depth=0&where[_status][equals]=published')).docs as Doc[]
      const content = `测速留言 ${round} ${Date.now()}，内容足够长。`
      for (const notice of notices) {
        const answer = await fetch(`${stack.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Bench', 'x-forwarded-for': `198.51.100.${round + 1}` },
          body: JSON.stringify(submission(String(notice.id), await solvedAltchaFrom(stack.cmsUrl), { content })),
        })
        if (answer.status !== 201) continue
        const { receipt } = (await answer.json()) as { receipt: string }
        const comment = ((await api('GET', `notice-comments?limit=1&depth=0&where[receipt][equals]=${receipt}`)).docs as Doc[])[0] as Doc
        const started = performance.now()
        await api('PATCH', `notice-comments/${comment.id}`, { status: 'approved' })
        return live(started, [shows(`/notices/${notice.slug}/`, content)])
      }
      throw new Error('no open notice takes comments')
    },
  }

  /** Waits until the site worker has nothing left to do, so one measurement does not pay for the last. */
  const settled = async (): Promise<void> => {
    const since = Date.now()
    await waitForSiteStatus(statusFile, since, checkedEmptySince(since), { timeoutMs: 600_000, what: 'the last change to be published' })
  }

  const results: Record<string, { p50: number; p95: number; n: number; apiP50: number; shownP50: number }> = {}
  for (const [kind, measure] of Object.entries(kinds).filter(([kind]) => !only || only.includes(kind))) {
    const seconds: number[] = []
    const api: number[] = []
    const shown: number[] = []
    for (let round = 0; round < rounds; round += 1) {
      await settled()
      seconds.push(await measure(round))
      api.push(apiSeconds)
      shown.push(shownSeconds)
    }
    for (const list of [seconds, api, shown]) list.sort((a, b) => a - b)
    results[kind] = {
      p50: percentile(seconds, 50),
      p95: percentile(seconds, 95),
      n: seconds.length,
      apiP50: percentile(api, 50),
      shownP50: percentile(shown, 50),
    }
  }
  return results
}
