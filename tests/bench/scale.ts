/**
 * `pnpm bench:scale [--stories N] [--keep]`: the site at scale. Starts the seeded stack, adds N
 * generated stories (default 10,000; removed again at the end unless --keep), then reports a
 * full cold build of the site (`astro build`, as `pnpm --filter @fengcai/site build` runs it):
 * wall time, pages per second, peak memory, and the data-loading and search-index phases apart.
 * With `hugo` on PATH it builds the same stories with equivalent Hugo templates for comparison.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import type { DemoCredentials } from '@fengcai/shared'

import { describeMemoryMap, memoryMapOf, rssBytes, siteWorkerOf, threadsOf } from '../helpers/proc'
import { login } from '../helpers/rest'
import { checkedEmptySince, readSiteStatus, statusFileOf, waitForSiteStatus } from '../helpers/siteStatus'
import { repoRoot, startStack } from '../helpers/stack'

import { describeFilesystem } from './filesystem'
import { queueGeneratedStories, removeGeneratedStories, seedGeneratedStories } from './generated-stories'
import { buildWithHugo, hugoAvailable } from './hugo'
import { keepOutput } from './keep-output'
import { benchPublishing } from './publish'
import { timed } from './timed'

const outputFile = keepOutput('bench-scale')

const { values } = parseArgs({
  // `pnpm bench:scale -- --stories N` hands the script a `--` of its own: not an argument.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    stories: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
    // The cold build only (publishing at 50,000 stories takes many minutes a change).
    'build-only': { type: 'boolean', default: false },
    // Publishing only (no cold build, no Hugo): to look at one kind of change, e.g. --kinds "rename column".
    'skip-build': { type: 'boolean', default: false },
    kinds: { type: 'string' },
    // Restart the stack after seeding, so that its site worker builds the seeded site cold instead
    // of publishing the stories from its queue (at 30,000 stories: minutes of batches of 5,000).
    'restart-worker': { type: 'boolean', default: false },
  },
})
const count = Number(values.stories)

/** The stack's site worker's resident memory now (its process, as /proc/<pid>/status counts it), for the log. */
const workerMemory = async (): Promise<string> => {
  const worker = await siteWorkerOf(stack.dataDir)
  if (!worker) return 'unknown (no site worker found)'
  const { heapTotal, heapUsed, external, arrayBuffers } = (await readSiteStatus(statusFileOf(stack.dataDir)))?.memory ?? {}
  // The worker's own count after its last publish: the JavaScript heap, and memory outside it (Buffers among it).
  const inside =
    heapUsed === undefined
      ? ''
      : ` (as it last counted: heap ${heapUsed} MB used of ${heapTotal} MB, external ${external} MB of which array buffers ${arrayBuffers} MB)`
  // Where the rest is: V8's heap is anonymous memory, as are glibc's thread arenas; the node binary is a file.
  const threads = await threadsOf(worker.pid)
  const map = await memoryMapOf(worker.pid).then(describeMemoryMap, (error: unknown) => `smaps unreadable: ${String(error)}`)
  return `${((await rssBytes(worker.pid)) / 2 ** 20).toFixed(0)} MB${inside}\n      by mapping: ${map}; ${threads} threads`
}

const countFiles = async (dir: string, suffix: string): Promise<number> =>
  (await readdir(dir, { recursive: true })).filter((entry) => String(entry).endsWith(suffix)).length

// Comments in the publishing figures come from several readers: as behind one proxy.
const stackEnv = { FENGCAI_JOBS: 'off', ALTCHA_MAX_COUNTER: '2000', TRUST_PROXY: '1' }
let stack = await startStack({ env: stackEnv })
const connect = async (): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: await stack.databaseUrl() })
  // The stack's database going away (the stack failing) ends the run with the stack's log, below.
  client.on('error', (error) => console.error(`bench database connection: ${error.message}`))
  await client.connect()
  return client
}
let db = await connect()

/** The same stack started again on its data: its site worker builds the whole site cold. */
const restartStack = async (): Promise<void> => {
  await db.end()
  await stack.stop()
  const ports = { cms: Number(new URL(stack.cmsUrl).port), site: Number(new URL(stack.siteUrl).port) }
  stack = await startStack({ env: stackEnv, dataDir: stack.dataDir, ports, reviewChain: 'kept' })
  db = await connect()
}

/** The cold build as a deployment runs it, with Hugo's beside it. */
const coldBuild = async (): Promise<void> => {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-scale-'))
  const build = await timed(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], {
    cwd: path.join(repoRoot, 'site'),
    // As the stack's builder runs it: with the secret it shares with the CMS (pages of 1,000).
    env: {
      ...process.env,
      CMS_URL: stack.cmsUrl,
      SITE_OUT_DIR: outDir,
      SITE_REBUILD_SECRET: (await readFile(path.join(stack.dataDir, 'site-rebuild-secret'), 'utf8')).trim(),
    },
  })
  const pages = await countFiles(outDir, '.html')
  const data = /\[data\] .*loaded in (\d+) ms, mapped in (\d+) ms/.exec(build.output)
  const search = /search index: (\d+) pages in \d+ shards, \d+ rebuilt, in (\d+) ms/.exec(build.output)
  const searchSeconds = search ? Number(search[2]) / 1000 : NaN

  console.log(
    `  full cold build: ${build.seconds.toFixed(1)} s for ${pages} pages (${(pages / build.seconds).toFixed(0)} pages/s), peak RSS ${build.peakRssMb.toFixed(0)} MB`,
  )
  if (data) console.log(`    data from the CMS ${(Number(data[1]) / 1000).toFixed(1)} s, mapped to view models ${(Number(data[2]) / 1000).toFixed(1)} s`)
  if (search) console.log(`    search index ${searchSeconds.toFixed(1)} s (${search[1]} pages)`)
  const renderSeconds = build.seconds - (Number.isNaN(searchSeconds) ? 0 : searchSeconds)
  console.log(`    everything but the search index ${renderSeconds.toFixed(1)} s: ${(pages / renderSeconds).toFixed(0)} pages/s`)

  if (await hugoAvailable()) {
    const hugo = await buildWithHugo(db)
    console.log(`  Hugo ${hugo.version}: ${hugo.seconds.toFixed(1)} s for ${hugo.pages} pages (${(hugo.pages / hugo.seconds).toFixed(0)} pages/s)`)
    console.log(`    our pages/s without search as a share of Hugo's: ${((pages / renderSeconds / (hugo.pages / hugo.seconds)) * 100).toFixed(1)} %`)
  } else {
    console.log('  Hugo: not on PATH (apt-get install hugo) — no comparison')
  }
  // Removed only now: Hugo writes as many files, and would otherwise start right after a removal
  // of 12,600 (see the seeding above).
  await rm(outDir, { recursive: true, force: true })
}

try {
  await removeGeneratedStories(db)
  const seedStarted = performance.now()
  // The site worker is told about the stories only after the cold build (below): its publish of
  // them replaces every page of its site, and a build started right after that pays for it (ext4
  // passes over inodes freed in the last minutes when it allocates new ones: the render of 12,600
  // pages measured 15.6 s after a quiet spell, 18.2 s right after one such removal, 21–25 s after
  // several). The cold build is measured as a deployment runs it, on a machine not busy with that.
  await seedGeneratedStories(db, count, { publish: false })
  const seedSeconds = (performance.now() - seedStarted) / 1000

  console.log(`\n风采 bench:scale (this machine, ${os.cpus().length} cores)`)
  console.log(`  files (the database, the builds, Hugo's) under ${os.tmpdir()}: ${describeFilesystem(os.tmpdir())}`)
  console.log(`  ${count} generated stories seeded in ${seedSeconds.toFixed(1)} s`)
  if (!values['skip-build']) await coldBuild()
  if (!values['build-only']) {
    // The stack's site worker publishes the seeded stories from its queue, as it would a burst of
    // edits (with --build-only it is not told: at 50,000 stories it would publish them for half an
    // hour, in batches of 5,000); the changes below are measured once it is idle again.
    const catchUpStarted = Date.now()
    if (values['restart-worker']) await restartStack()
    else await queueGeneratedStories(db)
    // Caught up once a look at the queue that began after the stories were committed found it
    // empty: a look that began during the insert found it empty too, dated after catchUpStarted
    // (a run reported the 10,000 published in 0.1 s).
    const queued = Date.now()
    const statusFile = statusFileOf(stack.dataDir)
    await waitForSiteStatus(statusFile, queued, checkedEmptySince(queued), { timeoutMs: 4 * 3600_000, what: `the ${count} stories to be published` })
    const caughtUp = ((Date.now() - catchUpStarted) / 1000).toFixed(1)
    if (values['restart-worker']) console.log(`  the stack restarted and its site worker built the ${count} stories cold in ${caughtUp} s`)
    else console.log(`  the site worker published the ${count} stories in ${caughtUp} s`)
    console.log(`  the site worker's memory once caught up: RSS ${await workerMemory()}`)
    // The stack's own site, kept up to date change by change by its site worker.
    const credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
    const admin = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    const publishing = await benchPublishing(
      stack,
      admin,
      Number(values.rounds),
      values.kinds?.split(',').map((kind) => kind.trim()),
    )
    console.log(`  publish-to-live at ${count} stories, from the API's answer until every affected page shows it (${values.rounds} rounds):`)
    for (const [kind, { p50, p95, apiP50, shownP50 }] of Object.entries(publishing))
      console.log(
        `    ${kind.padEnd(16)} p50 ${p50.toFixed(1)} s, p95 ${p95.toFixed(1)} s (p50 of the API's answer ${apiP50.toFixed(2)} s, of the checked pages showing it ${shownP50.toFixed(2)} s)`,
      )
    console.log(`  the site worker's memory after the publishing rounds: RSS ${await workerMemory()}`)
    // Steady: idle for 10 s the worker gives back what a large publish left committed (site/src/worker/release-memory.ts).
    const steadyFrom = Date.now() + 15_000
    await waitForSiteStatus(statusFile, Date.now(), checkedEmptySince(steadyFrom), { timeoutMs: 600_000, what: 'the worker to stay idle 15 s' })
    console.log(`  the site worker's steady memory (idle 15 s after the rounds): RSS ${await workerMemory()}`)
  }
} finally {
  // The stack's own log beside the run's output (not kept in git: the worker's line per publish,
  // with its phases, tells where a change's time went; a failure of the stack shows there).
  const stackLog = outputFile.replace(/\.txt$/, '.stack.log')
  await writeFile(stackLog, stack.output())
  console.log(`  the stack's log: ${path.relative(repoRoot, stackLog)}`)
  if (!values.keep) await removeGeneratedStories(db)
  await db.end()
  await stack.stop()
}
process.exit(0)
