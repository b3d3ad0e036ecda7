/**
 * Samples of what is too long to take whole on every run — a generated matrix of cells (state
 * change × path × role), a walk over pages × screens × text sizes or admin views — each run drawing
 * its own from a seed it shows, so that runs together cover every case. `FENGCAI_TEST_SEED=<seed>`
 * draws a run's sample again; `FENGCAI_TEST_ALL=1` takes every case.
 */
import { seededRandom } from './random'

type Env = Record<string, string | undefined>

/** This run's seed: `FENGCAI_TEST_SEED`, else a new one; null with `FENGCAI_TEST_ALL=1`. */
const seedOf = (env: Env): number | null => {
  if (env.FENGCAI_TEST_ALL === '1') return null
  const given = env.FENGCAI_TEST_SEED
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 31)
  if (!/^\d+$/.test(given) || !Number.isSafeInteger(Number(given))) throw new Error(`FENGCAI_TEST_SEED is not a whole number: ${given}`)
  return Number(given)
}

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

/**
 * This run's sample of a matrix: every value of each `cover` key gets at least one cell, drawn at
 * random, and each other cell runs with probability `fraction`.
 */
export const matrixSample = (env: Env = process.env): MatrixSample => {
  const seed = seedOf(env)
  if (seed === null) return { seed: null, label: 'every cell', pick: (cells) => cells }
  // One generator for the file: each matrix's draw follows the one before it, in the file's order.
  const random = seededRandom(seed)
  return {
    seed,
    label: `sample: FENGCAI_TEST_SEED=${seed}, every cell with FENGCAI_TEST_ALL=1`,
    pick: (cells, cover, fraction) => sampleCells(cells, cover, fraction, random),
  }
}

export type Sample = {
  /** Every case (FENGCAI_TEST_ALL=1): `deal` and `oneOf` hand back everything. */
  all: boolean
  /** How to draw this sample again, for a failure's message. */
  replay: string
  /** One item of the list. */
  oneOf: <T>(items: readonly T[]) => T[]
  /**
   * One option for each of `count` places, dealt round from a random start: each option goes to
   * every `options.length`-th place, so every option is taken in every run once there are as many places.
   */
  deal: <T>(options: readonly T[], count: number) => T[][]
}

/** This run's sample of a walk, announced on the console with how to draw it again. */
export const drawSample = (walk: string, env: Env = process.env): Sample => {
  const seed = seedOf(env)
  const all = seed === null
  const random = seededRandom(seed ?? 0)
  const replay = all ? 'FENGCAI_TEST_ALL=1' : `FENGCAI_TEST_SEED=${seed}`
  console.log(`${walk}: ${all ? 'every case (FENGCAI_TEST_ALL=1)' : `a sample; ${replay} draws it again, FENGCAI_TEST_ALL=1 takes every case`}`)
  const index = (length: number) => Math.floor(random() * length)
  return {
    all,
    replay,
    oneOf: (items) => (all ? [...items] : [items[index(items.length)] as (typeof items)[number]]),
    deal: (options, count) => {
      const start = index(options.length)
      return Array.from({ length: count }, (_, place) => (all ? [...options] : [options[(start + place) % options.length] as (typeof options)[number]]))
    },
  }
}
