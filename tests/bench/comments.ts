/**
 * The comment-submission part of `pnpm bench`: the open demo notice, the figures printed, and
 * `--only comments`, which starts the stack (and, with `--instances 2`, a second CMS instance on
 * its database) for the submissions alone.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { waitForHttp } from '@fengcai/cms/scripts/lib/net'

import { startInstance } from '../helpers/cmsInstance'
import { openNotice } from '../helpers/comments'
import type { Instance } from '../helpers/cmsInstance'
import { queryDatabase } from '../helpers/sql'
import { startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

import { benchSubmissions } from './submissions'
import type { SubmissionBench } from './submissions'

/** Prints the figures, and fails the run when a receipt answered with 201 has no stored row. */
export const printSubmissions = async (stack: Stack, submissions: SubmissionBench): Promise<void> => {
  const rows = await queryDatabase<{ stored: number }>(
    await stack.databaseUrl(),
    'SELECT count(*)::int AS stored FROM notice_comments WHERE receipt = ANY($1)',
    [submissions.receipts],
  )
  const stored = rows[0]?.stored ?? 0
  const instances = `${submissions.instances > 1 ? `, ${submissions.instances} CMS instances` : ''}${submissions.warmUp ? `, after ${submissions.warmUp} untimed` : ', the first after start'}`
  console.log(
    `  comment submissions (${submissions.sent} valid, ${submissions.concurrency} at a time${instances})  ` +
      `${submissions.perSecond.toFixed(1)} accepted/s (${submissions.accepted}/${submissions.sent} in ${submissions.seconds.toFixed(1)} s), ` +
      `p50 ${submissions.p50.toFixed(0)} ms, p99 ${submissions.p99.toFixed(0)} ms, ${stored} of the 201s stored`,
  )
  if (stored !== submissions.accepted) throw new Error(`${submissions.accepted - stored} submissions answered 201 were not stored`)
}

export const runCommentsOnly = async ({
  count,
  instances,
  warmUp,
  cpuProfDir,
}: {
  count: number
  instances: number
  warmUp: number
  cpuProfDir?: string
}): Promise<void> => {
  // Every Node process of the stack writes its profile there when it stops (the CMS's is the one naming Payload).
  const profile: Record<string, string> = cpuProfDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(cpuProfDir)}` } : {}
  const stack = await startStack({ env: { TRUST_PROXY: '1', ...profile } })
  const others: Instance[] = []
  try {
    for (let index = 1; index < instances; index += 1) {
      others.push(
        await startInstance({
          DATABASE_URL: await stack.databaseUrl(),
          PAYLOAD_SECRET: (await readFile(path.join(stack.dataDir, 'payload-secret'), 'utf8')).trim(),
          MEDIA_DIR: path.join(stack.dataDir, 'media'),
          SITE_URL: stack.siteUrl,
          TRUST_PROXY: '1',
          ...profile,
        }),
      )
    }
    for (const instance of others) await waitForHttp(`${instance.url}/api/health`, { accept: (status) => status === 200, timeoutMs: 120_000 })
    const { noticeId } = await openNotice(stack.siteUrl)
    const submissions = await benchSubmissions([stack.cmsUrl, ...others.map((instance) => instance.url)], noticeId, count, 16, warmUp)
    console.log('\n风采 bench, comment submissions only (this machine)')
    await printSubmissions(stack, submissions)
  } finally {
    for (const instance of others) instance.stop()
    await stack.stop()
  }
}
