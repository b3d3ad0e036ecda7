/**
 * `pnpm bench`: starts the seeded stack, then reports the gzipped HTML+CSS weight of a story
 * page (target ≤ 25 KB, images excluded), the time of a full site build, Lighthouse on the home,
 * story, notice and search pages, and accepted comment submissions per second with their p50 /
 * p99 latency. First, needing no stack, the importer's scores on its corpus (tuning and evaluation)
 * and the proofreader's speed and scores.
 *
 * `pnpm bench --only comments [--count N] [--warm-up N] [--instances 2] [--cpu-prof DIR]` runs the
 * comment submissions alone: on that many CMS instances sharing the stack's database, optionally
 * with every Node process of the stack writing a CPU profile into DIR when it stops. `--warm-up`
 * (default 0: the first submissions after the start are timed) sends that many untimed first.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { openNotice } from '../helpers/comments'
import { gzippedHtmlAndCss, STORY_PAGE_BUDGET } from '../helpers/pageWeight'
import { repoRoot, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

import { printImportCorpus } from './import-corpus'
import { keepOutput } from './keep-output'
import { benchLighthouse, printLighthouse } from './lighthouse'
import { printProofread } from './proofread'
import { printSubmissions, runCommentsOnly } from './comments'
import { benchSubmissions } from './submissions'

const { values } = parseArgs({
  // `pnpm bench -- --only comments` hands the script a `--` of its own: not an argument.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    only: { type: 'string' },
    count: { type: 'string', default: '400' },
    instances: { type: 'string', default: '1' },
    'warm-up': { type: 'string', default: '0' },
    'cpu-prof': { type: 'string' },
  },
})
if (values.only !== undefined && values.only !== 'comments') throw new Error(`--only knows "comments", not "${values.only}"`)

keepOutput(values.only ? `bench-${values.only}` : 'bench')

const BUILD_RUNS = 3

const timeBuild = async (cmsUrl: string): Promise<number> => {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-bench-'))
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], {
      cwd: path.join(repoRoot, 'site'),
      env: { ...process.env, CMS_URL: cmsUrl, SITE_OUT_DIR: outDir },
      stdio: 'ignore',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))))
  })
  const elapsed = performance.now() - started
  await rm(outDir, { recursive: true, force: true })
  return elapsed
}

if (values.only === 'comments') {
  await runCommentsOnly({ count: Number(values.count), instances: Number(values.instances), warmUp: Number(values['warm-up']), cpuProfDir: values['cpu-prof'] })
  process.exit(0)
}

await printImportCorpus()
await printProofread()

// Submissions come from many readers: as behind one proxy, each request names its own address.
const stack: Stack = await startStack({ env: { TRUST_PROXY: '1' } })
try {
  const home = await (await fetch(`${stack.siteUrl}/stories/`)).text()
  const storyPath = /href="(\/stories\/[a-z0-9-]+\/)"/.exec(home)?.[1]
  if (!storyPath) throw new Error('no story link on /stories/')
  const { html: htmlGz, css: cssGz } = await gzippedHtmlAndCss(stack.siteUrl, storyPath)

  const builds: number[] = []
  for (let run = 0; run < BUILD_RUNS; run += 1) builds.push(await timeBuild(stack.cmsUrl))
  builds.sort((a, b) => a - b)

  const { noticePath, noticeHtml, noticeId } = await openNotice(stack.siteUrl)
  const scriptSrcs = [...noticeHtml.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] as string)
  // Every module the page loads: its script tags and, through them, their imported chunks.
  const loaded = new Map<string, string>()
  const follow = async (src: string): Promise<void> => {
    const url = new URL(src, `${stack.siteUrl}/_astro/`).href
    if (loaded.has(url)) return
    const text = await (await fetch(url)).text()
    loaded.set(url, text)
    for (const match of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) await follow(new URL(match[1] as string, url).href)
  }
  for (const src of scriptSrcs) await follow(new URL(src, stack.siteUrl).href)
  const noticeJsGz = [...loaded.values()].reduce((sum, text) => sum + gzipSync(text).length, 0)
  const lighthouseRows = await benchLighthouse(stack.siteUrl, [
    { name: '首页', path: '/' },
    { name: '新闻', path: storyPath },
    { name: '公示', path: noticePath as string },
    { name: '搜索', path: `/search/?q=${encodeURIComponent('志愿服务')}` },
  ])
  const submissions = await benchSubmissions([stack.cmsUrl], noticeId, Number(values.count), 16, Number(values['warm-up']))

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log('\n风采 bench (this machine)')
  console.log(`  story page ${storyPath}`)
  console.log(`    HTML gzipped            ${kb(htmlGz)}`)
  console.log(`    CSS gzipped             ${kb(cssGz)}`)
  console.log(
    `    HTML+CSS gzipped        ${kb(htmlGz + cssGz)}  (budget ${kb(STORY_PAGE_BUDGET)}: ${htmlGz + cssGz <= STORY_PAGE_BUDGET ? 'within' : 'OVER'})`,
  )
  console.log(
    `  full site build (${BUILD_RUNS} runs)  median ${(builds[1]! / 1000).toFixed(2)} s, min ${(builds[0]! / 1000).toFixed(2)} s, max ${(builds[2]! / 1000).toFixed(2)} s`,
  )
  console.log(`  notice page JavaScript gzipped, all ${loaded.size} modules (comment form, ALTCHA widget)  ${kb(noticeJsGz)}`)
  printLighthouse(lighthouseRows)
  await printSubmissions(stack, submissions)
} finally {
  await stack.stop()
}
process.exit(0)
