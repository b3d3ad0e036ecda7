/**
 * Throughput and latency of POST /api/notice-comments/submit on a running stack: valid comments
 * with their proof of work solved beforehand (that cost is the reader's browser's, not the
 * server's), from distinct client addresses, so every request goes the whole way to a stored row.
 * Given several CMS instances on one database, the requests take turns among them (as a balancer's
 * round robin would), and the rows stored are counted afterwards: every 201 must be one.
 */
import { solvedAltchaFrom } from '../helpers/altcha'
import { submission } from '../helpers/comments'

export type SubmissionBench = {
  sent: number
  accepted: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
  concurrency: number
  instances: number
  /** Submissions sent before the timed ones, untimed. */
  warmUp: number
  /** The receipts of the 201s, to check against the rows stored. */
  receipts: string[]
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

/** Sends `bodies`, `concurrency` at a time, each from its own address (`first` on): the latencies and the 201s' receipts. */
const send = async (cmsUrls: string[], bodies: string[], first: number, concurrency: number) => {
  const latencies: number[] = []
  const receipts: string[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < bodies.length) {
      const index = next++
      const address = first + index
      const sent = performance.now()
      const response = await fetch(`${cmsUrls[address % cmsUrls.length]}/api/notice-comments/submit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.${18 + Math.floor(address / 62500)}.${Math.floor(address / 250) % 250}.${address % 250}`,
        },
        body: bodies[index],
      })
      const answer = (await response.json()) as { receipt?: string }
      latencies.push(performance.now() - sent)
      if (response.status === 201 && answer.receipt) receipts.push(answer.receipt)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { latencies, receipts, seconds: (performance.now() - started) / 1000 }
}

/**
 * `count` valid submissions timed, after `warmUp` untimed ones sent the same way (a CMS that has
 * just started compiles its code and opens its database connections on the first ones: a rush
 * meets a server that has been running). Both are reported: the cold figure is the first `count`
 * of a fresh start when `warmUp` is 0.
 */
export const benchSubmissions = async (cmsUrls: string[], noticeId: string, count = 400, concurrency = 16, warmUp = 0): Promise<SubmissionBench> => {
  const [cmsUrl] = cmsUrls as [string]
  const bodies: string[] = []
  for (let index = 0; index < warmUp + count; index += 1) {
    bodies.push(
      JSON.stringify(
        submission(noticeId, await solvedAltchaFrom(cmsUrl), { name: '基准测试', content: `基准测试留言第 ${index} 条，用来测量提交接口的吞吐量。` }),
      ),
    )
  }
  if (warmUp) await send(cmsUrls, bodies.slice(0, warmUp), 0, concurrency)
  const { latencies, receipts, seconds } = await send(cmsUrls, bodies.slice(warmUp), warmUp, concurrency)
  latencies.sort((a, b) => a - b)
  const accepted = receipts.length
  return {
    sent: count,
    accepted,
    seconds,
    perSecond: accepted / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    concurrency,
    instances: cmsUrls.length,
    warmUp,
    receipts,
  }
}
