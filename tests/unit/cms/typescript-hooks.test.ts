/**
 * The workspace's TypeScript hooks (cms/scripts/lib/typescript-hooks.mjs), which every script,
 * the CMS's server and the site worker run under: each way a TypeScript import is written
 * resolves, a module already loaded is found again after its file is gone, and a compiled file is
 * kept until its text changes.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '../../helpers/stackEnv'

const hooks = path.join(repoRoot, 'cms', 'scripts', 'lib', 'typescript-hooks.mjs')

/** Runs `entry` (a path inside `dir`) under the hooks; its standard output and error. */
const runUnderHooks = async (dir: string, entry: string) => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--enable-source-maps', '--import', hooks, path.join(dir, entry)], { cwd: dir })
  return { stdout, stderr }
}

describe('the workspace TypeScript hooks', () => {
  let dir: string

  beforeAll(async () => {
    // Inside the workspace (the hooks compile only its own files), in a git-ignored folder.
    await mkdir(path.join(repoRoot, '.tmp'), { recursive: true })
    const root = await mkdtemp(path.join(repoRoot, '.tmp', 'hooks-'))
    dir = path.join(root, 'pkg')
    await mkdir(path.join(dir, 'src', 'nested'), { recursive: true })
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
    const files: Record<string, string> = {
      'src/entry.ts': [
        `import { plain } from './plain'`,
        `import { written } from './written.js'`,
        `import { fromIndex } from './nested'`,
        `import { aliased } from '@/nested/aliased'`,
        `import data from './data.json'`,
        `import { render } from './view'`,
        `import type { Shape } from './plain'`,
        `const shape: Shape = { n: 1 }`,
        `enum Kind { A = 'a' }`,
        `import { loadChunk } from './loader.mjs'`,
        `const first = (await loadChunk()).value as number`,
        `await (await import('node:fs/promises')).rm(new URL('./chunk.mjs', import.meta.url))`,
        `const again = (await loadChunk()).value as number`,
        `console.log(JSON.stringify([plain, written, fromIndex, aliased, data.word, render('tsx'), shape.n, Kind.A, first, again]))`,
      ].join('\n'),
      'src/plain.ts': `export type Shape = { n: number }\nexport const plain: string = 'plain'`,
      'src/written.ts': `export const written = 'written' as const`,
      'src/nested/index.ts': `export const fromIndex = 'index'`,
      'src/nested/aliased.ts': `export const aliased = 'aliased'`,
      'src/data.json': JSON.stringify({ word: 'json' }),
      'src/view.tsx': `export const render = <T,>(value: T): T => value`,
      // As Astro's compiled pages import their chunks: relative, from JavaScript.
      'src/loader.mjs': `export const loadChunk = () => import('./chunk.mjs')`,
      'src/chunk.mjs': `export const value = 42`,
    }
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  })

  afterAll(async () => {
    await rm(path.dirname(dir), { recursive: true, force: true })
  })

  it('should resolve every import form TypeScript allows and find a loaded module again after its file is removed', async () => {
    const { stdout } = await runUnderHooks(dir, 'src/entry.ts')
    expect(JSON.parse(stdout)).toEqual(['plain', 'written', 'index', 'aliased', 'json', 'tsx', 1, 'a', 42, 42])
  })

  it('should compile a file again once its text changes, and not while it stays the same', async () => {
    const cache = path.join(repoRoot, 'node_modules', '.cache', 'fengcai-typescript')
    const file = path.join(dir, 'src', 'changing.ts')
    // The compiled copies of this file: the ones holding its token.
    const token = `token-${Date.now()}-${process.pid}`
    const compiledCopies = async () => {
      let count = 0
      for (const name of await readdir(cache)) if ((await readFile(path.join(cache, name), 'utf8')).includes(token)) count += 1
      return count
    }
    await writeFile(file, `const token: string = '${token}'\nconsole.log('first' as string)`)
    expect((await runUnderHooks(dir, 'src/changing.ts')).stdout.trim()).toBe('first')
    expect(await compiledCopies()).toBe(1)
    expect((await runUnderHooks(dir, 'src/changing.ts')).stdout.trim()).toBe('first')
    expect(await compiledCopies()).toBe(1)
    await writeFile(file, `const token: string = '${token}'\nconsole.log('second' as string)`)
    expect((await runUnderHooks(dir, 'src/changing.ts')).stdout.trim()).toBe('second')
    expect(await compiledCopies()).toBe(2)
  })

  it('should report a TypeScript error at its place in the source', async () => {
    await writeFile(path.join(dir, 'src', 'broken.ts'), `const n: number = 1\n\nthrow new Error('broken on purpose ' + n)\n`)
    const failure = await runUnderHooks(dir, 'src/broken.ts').then(
      () => null,
      (error: { stderr: string }) => error.stderr,
    )
    expect(failure).toContain('broken on purpose 1')
    expect(failure).toContain('broken.ts:3')
  })
})
