/**
 * Every bench run keeps its whole output: what it prints also goes to
 * `tests/bench/results/<bench>-<UTC time>-<commit>.txt` (the commit marked `+` when the tree has
 * uncommitted changes), so the README's figures can name the run they come from.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../helpers/stack'

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

/** Starts copying this process's output to the run's file; returns the file's path. */
export const keepOutput = (bench: string): string => {
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown'
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? '+' : ''
  const stamp = new Date()
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const dir = path.join(repoRoot, 'tests/bench/results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${bench}-${stamp}-${commit}${dirty}.txt`)
  appendFileSync(file, `${bench} at ${commit}${dirty}, started ${new Date().toISOString()}, args: ${process.argv.slice(2).join(' ') || '(none)'}\n`)
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      appendFileSync(file, typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array))
      return write(chunk, ...rest)
    }) as typeof stream.write
  }
  console.log(`(this run's whole output is kept in ${path.relative(repoRoot, file)})`)
  return file
}
