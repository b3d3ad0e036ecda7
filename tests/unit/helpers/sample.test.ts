import { describe, expect, it } from 'vitest'

import { seededRandom } from '../../helpers/random'
import { matrixSample, sampleCells } from '../../helpers/sample'

/** A matrix shaped like the state-change one: paths × collections × roles. */
const paths = ['REST', 'REST bulk', 'GraphQL', 'restore', 'schedule']
const collections = ['stories', 'galleries', 'honor-rolls', 'notices', 'announcements']
const roles = ['anonymous', 'editor', 'reviewer', 'notice-staff', 'admin']
const cells = paths.flatMap((path) => collections.flatMap((collection) => roles.map((role) => ({ path, collection, role }))))
const byPath = (cell: (typeof cells)[number]) => `${cell.path} ${cell.role}`
const byCollection = (cell: (typeof cells)[number]) => `${cell.collection} ${cell.role}`

describe('a sample of a test matrix', () => {
  it('should hold a cell of every cover key whatever the seed, and about the fraction of the rest', () => {
    let others = 0
    for (let seed = 1; seed <= 200; seed += 1) {
      const picked = sampleCells(cells, [byPath, byCollection], 1 / 3, seededRandom(seed))
      expect(new Set(picked.map(byPath)).size).toBe(paths.length * roles.length)
      expect(new Set(picked.map(byCollection)).size).toBe(collections.length * roles.length)
      // In the matrix's order, each cell once.
      expect(picked).toEqual(cells.filter((cell) => picked.includes(cell)))
      others += picked.length
    }
    // 25 path × role keys and 25 collection × role keys: 25 to 50 cells, then a third of the other 75 to 100.
    const mean = others / 200
    expect(mean).toBeGreaterThan(60)
    expect(mean).toBeLessThan(80)
  })

  it('should draw the same cells from the same seed, other cells from another, and every cell when asked', () => {
    const draw = (env: Record<string, string>) => matrixSample(env).pick(cells, [byPath], 1 / 3)
    expect(draw({ FENGCAI_MATRIX_SEED: '42' })).toEqual(draw({ FENGCAI_MATRIX_SEED: '42' }))
    expect(draw({ FENGCAI_MATRIX_SEED: '42' })).not.toEqual(draw({ FENGCAI_MATRIX_SEED: '43' }))
    expect(matrixSample({ FENGCAI_MATRIX_SEED: '42' }).label).toContain('FENGCAI_MATRIX_SEED=42')
    expect(matrixSample({}).seed).toEqual(expect.any(Number))
    expect(draw({ FENGCAI_MATRIX_ALL: '1', FENGCAI_MATRIX_SEED: '42' })).toEqual(cells)
    expect(() => matrixSample({ FENGCAI_MATRIX_SEED: 'x' })).toThrow('FENGCAI_MATRIX_SEED')
  })
})
