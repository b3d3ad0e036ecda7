import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../helpers/source-tree'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const MAX_LINES = 300
/** Every package's own source (tests aside); generated files and migrations are exempt. */
const TREES = ['site/src', 'cms/src', 'cms/scripts', 'shared/src']
const GENERATED = [/\/migrations\//, /\/payload-types\.ts$/, /\/app\/\(payload\)\/admin\/importMap\.js$/]

describe('the size of source files', () => {
  it(`should have no source file over ${MAX_LINES} lines outside generated types and migrations`, () => {
    const files = TREES.flatMap((tree) => sourceFiles(path.join(repo, tree)).filter((file) => !file.includes('/node_modules/')))
    expect(files.length).toBeGreaterThan(200)
    const long = files
      .filter((file) => !GENERATED.some((pattern) => pattern.test(file)))
      .map((file) => ({ file: path.relative(repo, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`)
    expect(long).toEqual([])
  })
})
