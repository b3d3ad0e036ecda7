/**
 * A sample of a generated matrix of test cells that changes from run to run: every value of each
 * `cover` key (a state change × path × role, say) gets at least one cell, drawn at random, and each
 * other cell runs with probability `fraction`. The seed is `FENGCAI_MATRIX_SEED` or the clock's, and
 * is shown in the suite's name so a failing run can be replayed; `FENGCAI_MATRIX_ALL=1` runs every cell.
 */
import { seededRandom } from './random'

export type MatrixSample = {
  /** The seed of this run's draw, or null when every cell runs. */
  seed: number | null
  /** A label for the suite's name: how to replay this run's cells, or that every cell runs. */
  label: string
  /** The cells to run, in their order. */
  pick: <T>(cells: T[], cover: ((cell: T) => string)[], fraction: number) => T[]
}

/** The cells of `cells` to run: one of each cover key's group first, then `fraction` of the rest. */
export const sampleCells = <T>(cells: T[], cover: ((cell: T) => string)[], fraction: number, random: () => number): T[] => {
  const chosen = new Set<T>()
  for (const key of cover) {
    const groups = new Map<string, T[]>()
    for (const cell of cells) {
      const group = groups.get(key(cell)) ?? []
      group.push(cell)
      groups.set(key(cell), group)
    }
    for (const group of groups.values()) chosen.add(group[Math.floor(random() * group.length)] as T)
  }
  for (const cell of cells) if (!chosen.has(cell) && random() < fraction) chosen.add(cell)
  return cells.filter((cell) => chosen.has(cell))
}

/** This run's sample, from the environment (see the module's comment). */
export const matrixSample = (env: Record<string, string | undefined> = process.env): MatrixSample => {
  if (env.FENGCAI_MATRIX_ALL === '1') return { seed: null, label: 'every cell', pick: (cells) => cells }
  const seed = env.FENGCAI_MATRIX_SEED ? Number(env.FENGCAI_MATRIX_SEED) : Date.now() % 1_000_000_007
  if (!Number.isSafeInteger(seed)) throw new Error(`FENGCAI_MATRIX_SEED is not a whole number: ${env.FENGCAI_MATRIX_SEED}`)
  // One generator for the file: each matrix's draw follows the one before it, in the file's order.
  const random = seededRandom(seed)
  return {
    seed,
    label: `sample: FENGCAI_MATRIX_SEED=${seed}, every cell with FENGCAI_MATRIX_ALL=1`,
    pick: (cells, cover, fraction) => sampleCells(cells, cover, fraction, random),
  }
}
