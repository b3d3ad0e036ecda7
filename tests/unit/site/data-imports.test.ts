import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { cyclesOf, importGraph, relativeImports } from '../../helpers/source-tree'

const siteSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site/src')

describe('the imports of site/src/data', () => {
  it('should find a cycle in a graph that has one, and read type imports and re-exports as imports', () => {
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']])
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []],
          ['c', ['a', 'b']],
        ]),
      ),
    ).toEqual([])
    const text = "import type { A } from './a'\nimport {\n  b,\n} from '../b'\nexport type { C } from './c'\nimport './d.css'\nimport { z } from 'zod'\n"
    expect(relativeImports(text)).toEqual(['./a', '../b', './c', './d.css'])
  })

  it('should have no import cycle in site/src/data', () => {
    const graph = importGraph(path.join(siteSrc, 'data'))
    expect(graph.size).toBeGreaterThan(10)
    expect(graph.get('snapshot.ts')).toContain('collections.ts')
    expect(cyclesOf(graph).map((cycle) => cycle.join(' → '))).toEqual([])
  })
})
