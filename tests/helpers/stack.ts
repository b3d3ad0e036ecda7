/**
 * Runs the README's first command (`pnpm start`) as a newcomer would, on its own data folder
 * and free ports, so end-to-end tests exercise exactly what `pnpm start` brings up.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { statSync } from 'node:fs'
import { chmod, mkdtemp, readFile } from 'node:fs/promises'
import path from 'node:path'

import { freePorts, isPortFree } from '@fengcai/cms/scripts/lib/net'
import { defaultReviewChain } from '@fengcai/shared'
import type { DemoCredentials, ReviewChainConfig } from '@fengcai/shared'

import { pidListeningOn } from './proc'
import { authHeaders, login } from './rest'
import { oneStageChain } from './reviewChain'
import { checkedEmptySince, statusFileOf, waitForSiteStatus } from './siteStatus'

import { childEnv, makeDataDir, repoRoot } from './stackEnv'
import { dataDirFromTemplate } from './stackTemplate'

export { childEnv, dataDirFromTemplate, makeDataDir, repoRoot }

export type Stack = {
  cmsUrl: string
  siteUrl: string
  dataDir: string
  pgPort: number
  /** The stack's own embedded database, for tests that look at what was stored. */
  databaseUrl: () => Promise<string>
  output: () => string
  /**
   * Ctrl-C, as a person would; resolves once every process of the stack is gone. A port still
   * listening 30 s later fails the call with `orphans: 'fail'` (the test of Ctrl-C itself); by
   * default, in a file's teardown, the process left listening is named in a warning and ended.
   */
  stop: (options?: { orphans?: 'fail' | 'end' }) => Promise<void>
}

export type StackOptions = {
  dataDir?: string
  env?: Record<string, string>
  readyTimeoutMs?: number
  /** Fixed ports (say, those of an earlier stack, so both build their site for the same addresses). */
  ports?: { cms: number; site: number }
  /**
   * Start on an empty data folder, as a newcomer's first `pnpm start` (cluster created, demo content
   * seeded). Otherwise a new folder starts as a copy of the first run's result (helpers/stackTemplate.ts),
   * which was made with the embedded database and media on disk: a stack whose first run differs
   * (another database, media on S3) says `fresh: true`.
   */
  fresh?: boolean
  /**
   * 站点设置 → 审核流程 once started, set by the demo administrator over the REST API: one stage
   * everywhere unless given (the single review step the tests from before the chain were written for);
   * `'kept'` leaves the stored one (a data folder restored from a backup, which has no demo accounts file).
   */
  reviewChain?: ReviewChainConfig | 'default' | 'kept'
}

/** Sets the review chain of a started stack as its demo administrator would, in 站点设置. */
export const setReviewChain = async (cmsUrl: string, dataDir: string, chain: ReviewChainConfig): Promise<void> => {
  const { admin } = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
  const session = await login(cmsUrl, admin.email, admin.password)
  const response = await fetch(`${cmsUrl}/api/globals/site-settings`, {
    method: 'POST',
    headers: { ...authHeaders(session), 'content-type': 'application/json' },
    body: JSON.stringify({ reviewChain: chain }),
  })
  if (response.status !== 200) throw new Error(`setting the review chain answered ${response.status}: ${await response.text()}`)
}

/**
 * A new folder on another file system than the checkout (`/dev/shm`, a tmpfs on Linux), as a
 * deployment's separate disk for the site's builds: moving a file from `site/` into it takes a
 * copy, not a rename. Fails when there is none, rather than testing nothing.
 */
export const otherFilesystemDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join('/dev/shm', 'fengcai-'))
  await chmod(dir, 0o755)
  if (statSync(dir).dev === statSync(repoRoot).dev) throw new Error(`${dir} is on the checkout's own file system: no other one to test with`)
  return dir
}

const waitForExit = (child: ChildProcess, timeoutMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

export const startStack = async (options: StackOptions = {}): Promise<Stack> => {
  const dataDir = options.dataDir ?? (options.fresh ? await makeDataDir() : await dataDirFromTemplate())
  const given = options.ports ? [options.ports.cms, options.ports.site] : []
  const [port, sitePort, pgPort] = [...given, ...(await freePorts(3 - given.length, given))] as [number, number, number]
  const child = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({
      FENGCAI_DATA_DIR: dataDir,
      PORT: String(port),
      SITE_PORT: String(sitePort),
      EMBEDDED_PG_PORT: String(pgPort),
      ...options.env,
    }),
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))

  const stop = async ({ orphans = 'end' }: { orphans?: 'fail' | 'end' } = {}): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, 'SIGINT')
      if (!(await waitForExit(child, 30_000))) {
        process.kill(-child.pid, 'SIGKILL')
        throw new Error(`the stack did not stop within 30 s after Ctrl-C\n${output.slice(-3000)}`)
      }
    }
    // pnpm itself may exit on Ctrl-C before the stack it started has finished stopping (seen once
    // in CI: the database still listening 0.3 s later): done is when nothing listens any more.
    const deadline = Date.now() + 30_000
    for (const [role, listening] of [
      ['CMS', port],
      ['site', sitePort],
      ['database', pgPort],
    ] as const) {
      while (!(await isPortFree(listening))) {
        if (Date.now() > deadline) {
          // The stack's own lines say how far its shutdown got; the rest is the processes' chatter.
          const own = output.split('\n').filter((line) => line.startsWith('[stack]'))
          const account = `the ${role} port ${listening} still listening 30 s after Ctrl-C\n${own.slice(-20).join('\n')}\n${output.slice(-1500)}`
          if (orphans === 'fail' || !(await endListener(listening))) throw new Error(account)
          console.warn(`${account}\n(ended the process group listening on it)`)
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the stack was not ready in time\n${output.slice(-5000)}`))
    }, options.readyTimeoutMs ?? 840_000)
    const onData = () => {
      if (output.includes('风采已启动')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the stack exited with ${code} before it was ready\n${output.slice(-5000)}`))
    })
  })
    .then(async () => {
      const chain = options.reviewChain ?? oneStageChain
      if (chain !== 'kept') await setReviewChain(`http://localhost:${port}`, dataDir, chain === 'default' ? defaultReviewChain : chain)
    })
    .catch(async (error: unknown) => {
      await stop().catch(() => undefined)
      throw error
    })

  return {
    cmsUrl: `http://localhost:${port}`,
    siteUrl: `http://localhost:${sitePort}`,
    dataDir,
    pgPort,
    databaseUrl: async () => {
      const password = (await readFile(path.join(dataDir, 'postgres', 'password'), 'utf8')).trim()
      return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/fengcai`
    },
    output: () => output,
    stop,
  }
}

/** Kills the process group of whatever listens on the port; false when nothing could be found to kill. */
const endListener = async (port: number): Promise<boolean> => {
  const pid = await pidListeningOn(port)
  if (!pid) return false
  const group = Number((await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /s, '').split(' ')[2])
  process.kill(group > 1 ? -group : pid, 'SIGKILL')
  return true
}

/** True once nothing listens on the port any more. */
export const portClosed = (port: number): Promise<boolean> => isPortFree(port)

/** A command's exit code and its output (stdout and stderr as they came); never throws. */
const outputOf = (command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // A command that cannot start (ENOENT, EACCES) is an answer too; 'close' comes after the
    // last of the output, where 'exit' may come before it.
    child.on('error', (error) => resolve({ code: null, output: `${output}${String(error)}` }))
    child.on('close', (code) => resolve({ code, output }))
  })

/** One of the README's commands (`pnpm backup …`, `pnpm restore …`) in the repository, as typed; never throws. */
export const runPnpm = (args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> => outputOf('pnpm', args, repoRoot, env)

/**
 * A CMS script run the way its package.json entry runs it (`cms/scripts/ts scripts/<name>.ts`, from
 * the repository's root as pnpm's INIT_CWD, against which the scripts resolve relative paths),
 * without pnpm's two start-ups (the root's, then `--filter`'s: 1–3 s a run): for a test's later
 * runs of a command whose first run went through runPnpm.
 */
export const runCmsScript = (name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> =>
  outputOf(path.join(repoRoot, 'cms/scripts/ts'), [`scripts/${name}.ts`, ...args], path.join(repoRoot, 'cms'), { INIT_CWD: repoRoot, ...env })

/**
 * Resolves once the stack's site worker has found its queue empty after `since`: every change
 * committed before then is live. `since` is a time after the change's request was answered, not
 * before it was sent (`siteShows` takes both). Fails at once, with the worker's error, when it
 * fails an attempt begun after `failuresSince` (`since` unless given).
 */
export const siteCaughtUp = async (stack: Stack, since: number, timeoutMs = 120_000, failuresSince = since): Promise<void> => {
  await waitForSiteStatus(statusFileOf(stack.dataDir), failuresSince, checkedEmptySince(since), { timeoutMs, output: stack.output })
}

/**
 * Makes a change (a request to the CMS) and resolves with its answer once the site shows it: once
 * the worker found its queue empty in a look begun after the answer came. The queue's entry
 * commits with the request, so a look begun while the request ran (a busy machine's request
 * takes seconds) found the queue empty too, dated after the request was sent: CI once took such
 * a look for the change's publish, and read the site before it. Fails at once when the worker
 * fails an attempt begun after the request was sent.
 */
export const siteShows = async <T>(stack: Stack, change: () => Promise<T>, timeoutMs = 120_000): Promise<T> => {
  const sent = Date.now()
  const answer = await change()
  await siteCaughtUp(stack, Date.now(), timeoutMs, sent)
  return answer
}
