import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../../helpers/source-tree'

const siteSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site/src')
const MAX_LINES = 300

describe('the size of site/src', () => {
  it(`should have no source file over ${MAX_LINES} lines in site/src`, () => {
    const files = sourceFiles(siteSrc)
    expect(files.length).toBeGreaterThan(50)
    const long = files
      .map((file) => ({ file: path.relative(siteSrc, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`)
    expect(long).toEqual([])
  })
})
