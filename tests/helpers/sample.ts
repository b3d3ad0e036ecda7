/**
 * A sample of a walk too long to take whole on every run (pages × screens × text sizes, admin
 * views): each run draws its own from a seed it prints, so runs together cover every case.
 * `FENGCAI_TEST_SEED=<seed>` draws a run's sample again; `FENGCAI_TEST_ALL=1` takes every case.
 */
import { seededRandom } from './random'

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

export const drawSample = (walk: string): Sample => {
  const all = process.env.FENGCAI_TEST_ALL === '1'
  const given = process.env.FENGCAI_TEST_SEED
  const seed = given && /^\d+$/.test(given) ? Number(given) : Math.floor(Math.random() * 2 ** 31)
  const random = seededRandom(seed)
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
