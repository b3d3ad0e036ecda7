import { spawn } from 'node:child_process'
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const typescriptHooks = path.join(path.dirname(fileURLToPath(import.meta.url)), 'typescript-hooks.mjs')

/**
 * Node's arguments to run one of the workspace's TypeScript files (./typescript-hooks.mjs): the
 * CMS server and the site worker, long-running. Without `--enable-source-maps`, which the CLI
 * scripts keep (../ts): with it the site worker published 10–20 % slower at 10,000 stories
 * (`pnpm bench:scale`, two runs each way alternating: rename column p50 5.8 / 4.5 s against
 * 4.4 / 3.7 s). Stack traces then name the compiled lines, which esbuild keeps close to the source's.
 */
export const typescriptArgs = (file: string): string[] => ['--import', typescriptHooks, file]

const children = new Set<ChildProcess>()

/** Signals the child's whole process group: `.bin` wrappers are shells that start the real program. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch (error) {
    // ESRCH: the group is already gone, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

// If this process goes away for any reason, take every child (and its children) with it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) signalGroup(child, 'SIGKILL')
})

const prefixLines = (prefix: string, write: (line: string) => void) => {
  let rest = ''
  return (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) write(`${prefix} ${line}\n`)
  }
}

/**
 * Spawns a child whose output is prefixed (or, `quiet`, handed to `collect` instead of printed),
 * and which dies with this process.
 */
export const start = (label: string, command: string, args: string[], options: SpawnOptions = {}, collect?: (chunk: Buffer) => void): ChildProcess => {
  // Its own process group, so stopping it stops everything it started.
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  child.on('exit', () => children.delete(child))
  child.stdout?.on('data', collect ?? prefixLines(`[${label}]`, (line) => process.stdout.write(line)))
  child.stderr?.on('data', collect ?? prefixLines(`[${label}]`, (line) => process.stderr.write(line)))
  return child
}

/**
 * Runs a child to completion; rejects with its exit code when it fails. `quiet` keeps its output
 * out of this process's and puts the end of it in the rejection instead.
 */
export const run = (label: string, command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<void> =>
  new Promise((resolve, reject) => {
    const { quiet, ...spawnOptions } = options
    // The output's end, kept as bytes (a character may be split between two chunks).
    const kept: Buffer[] = []
    let keptBytes = 0
    const keep = (chunk: Buffer): void => {
      kept.push(chunk)
      keptBytes += chunk.length
      while (keptBytes > 64 * 1024 && kept.length > 1) keptBytes -= (kept.shift() as Buffer).length
    }
    const child = start(label, command, args, spawnOptions, quiet ? keep : undefined)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve()
      const output = Buffer.concat(kept).toString('utf8').slice(-3000)
      reject(new Error(`${label}: \`${command} ${args.join(' ')}\` exited with ${signal ?? code}${output ? `\n${output}` : ''}`))
    })
  })

/** Asks a child to stop, and kills it if it has not stopped after the grace period. */
export const stop = (child: ChildProcess, graceMs = 10_000): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    signalGroup(child, 'SIGTERM')
  })

export type Supervised = {
  /** Stops the child for good: no restart after this. */
  stop: () => Promise<void>
}

/**
 * Keeps a long-running child alive: when it exits on its own it is started again after a
 * growing pause (1 s, 2 s, 4 s … at most 30 s; back to 1 s once it has run for a minute), so
 * one crash never takes down the rest of the stack. `onExit` is told of each unexpected exit.
 */
export const supervise = (
  label: string,
  command: string,
  args: string[],
  options: SpawnOptions,
  onExit: (how: string, restartInMs: number) => void,
): Supervised => {
  let child: ChildProcess | null = null
  let stopped = false
  let failures = 0
  let startedAt = 0
  let timer: NodeJS.Timeout | null = null
  const launch = (): void => {
    timer = null
    if (stopped) return
    startedAt = Date.now()
    const current = start(label, command, args, options)
    child = current
    current.on('exit', (code, signal) => {
      if (stopped || child !== current) return
      if (Date.now() - startedAt > 60_000) failures = 0
      const delay = Math.min(30_000, 1000 * 2 ** failures)
      failures += 1
      onExit(String(signal ?? code), delay)
      timer = setTimeout(launch, delay)
    })
  }
  launch()
  return {
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      if (child) await stop(child)
    },
  }
}
