/**
 * Growth measurements: how the cost of handling an input grows as the input doubles. A linear
 * step doubles (×2); a quadratic one quadruples (×4) and an exponential one explodes, so each
 * doubling may cost at most ×2.5. Timings are the fastest of a few runs (the machine's noise only
 * ever adds time), and a small floor is added to both sides of each ratio so that fixed costs of
 * a millisecond or two do not read as growth.
 *
 * One allowance, for the engine rather than the code: V8 changes how it keeps a string once it
 * passes a size (large-object space, about 128 KB), which costs one doubling a constant factor of
 * its own, once (×3.1–3.3 measured on the CI machine, for a tokenizer at 0.5 µs a character). So
 * one of the three doublings may reach ×3.5 when the three together stay within 2.5³ (×15.6 from
 * n to 8n). A quadratic step (×4 at every doubling, ×64 in all) never passes, nor one that turns
 * quadratic at the last doubling only (×2, ×2, ×4: ×16).
 */
import { expect } from 'vitest'

export const DOUBLINGS = [1, 2, 4, 8] as const
export const MAX_RATIO = 2.5
const ONE_STEP_RATIO = 3.5

/** Whether the doublings' ratios pass: each ≤ MAX_RATIO, or one ≤ ONE_STEP_RATIO with the total within MAX_RATIO³. */
export const ratiosPass = (ratios: number[]): boolean => {
  const over = ratios.filter((ratio) => ratio > MAX_RATIO)
  if (over.length === 0) return true
  const total = ratios.reduce((product, ratio) => product * ratio, 1)
  return over.length === 1 && (over[0] as number) <= ONE_STEP_RATIO && total <= MAX_RATIO ** ratios.length
}

export type Timing = { size: number; ms: number }

/** A garbage collection now, where node runs with --expose-gc (the security project does). */
const collect = (type: 'major' | 'minor'): void =>
  (globalThis as { gc?: (options: { type: string; execution: string }) => void }).gc?.({ type, execution: 'sync' })

/**
 * The fastest of `repeats` samples at each size n, 2n, 4n, 8n; a sample is `batch` runs of `work`
 * on the input made for that size, divided by `batch` (so a run of a fraction of a millisecond is
 * measured over many, not against the clock's and the JIT's noise).
 */
export const timeDoublings = async <T>(base: number, make: (size: number) => T, work: (input: T) => unknown, repeats = 3, batch = 1): Promise<Timing[]> => {
  const timings: Timing[] = []
  // One run at the largest size first: compiled code and a grown heap for every measured run.
  await work(make(base * (DOUBLINGS[DOUBLINGS.length - 1] as number)))
  // A full collection once per series (with the CMS's modules loaded it takes 30 ms and more, and
  // before every sample it cost the suite 80 s); before each sample only the young generation,
  // where the garbage of the earlier runs is.
  collect('major')
  for (const factor of DOUBLINGS) {
    const size = base * factor
    const input = make(size)
    let fastest = Number.POSITIVE_INFINITY
    for (let sample = 0; sample < repeats; sample += 1) {
      // A collection owed by earlier runs is not charged to this one (where node runs with --expose-gc).
      collect('minor')
      const started = performance.now()
      for (let run = 0; run < batch; run += 1) await work(input)
      fastest = Math.min(fastest, (performance.now() - started) / batch)
    }
    timings.push({ size, ms: fastest })
  }
  return timings
}

/** How many runs of `work` on `input` take about `targetMs` (at least one, at most 1,000). */
export const calibratedBatch = async <T>(input: T, work: (input: T) => unknown, targetMs: number): Promise<number> => {
  await work(input)
  const started = performance.now()
  await work(input)
  const once = Math.max(0.001, performance.now() - started)
  return Math.min(1000, Math.max(1, Math.ceil(targetMs / once)))
}

/** Each doubling's cost ratio, with `floorMs` added to both sides. */
export const ratiosOf = (timings: Timing[], floorMs: number): number[] =>
  timings.slice(1).map((timing, index) => (timing.ms + floorMs) / ((timings[index] as Timing).ms + floorMs))

/** A one-line account of the timings, for assertion messages. */
export const describeTimings = (timings: Timing[], floorMs: number): string =>
  `${timings.map((timing) => `${timing.size}: ${timing.ms.toFixed(1)} ms`).join(', ')} (ratios ${ratiosOf(timings, floorMs)
    .map((ratio) => ratio.toFixed(2))
    .join(', ')}, floor ${floorMs} ms)`

/** A small seeded generator (mulberry32), so a run's shapes can be made again from its seed. */
export const seeded = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

export type Shape = { name: string; unit: string; prefix: string; suffix: string }

const shape = (unit: string, prefix = '', suffix = ''): Shape => ({
  name: JSON.stringify(prefix + unit + (prefix || suffix ? '…' : '') + suffix),
  unit,
  prefix,
  suffix,
})

/**
 * The shapes that make parsers work hardest, generated from the tokens their rules react to: a run
 * of each token alone, the same run between two other characters (`around`: a long run of spaces
 * between two Chinese characters, the shape of a rule that retries from every space), and runs of
 * seeded random pairs and triples of tokens (a token that opens what another never closes, a
 * separator between names, …). Input n is the prefix, the unit n times, then the suffix.
 */
export const shapesOf = (tokens: readonly string[], { pairs = 12, triples = 6, around = null as [string, string] | null, seed = 20261205 } = {}): Shape[] => {
  const random = seeded(seed)
  const pick = (): string => tokens[Math.floor(random() * tokens.length)] as string
  const shapes: Shape[] = tokens.map((token) => shape(token))
  if (around) for (const token of tokens) shapes.push(shape(token, around[0], around[1]))
  for (let index = 0; index < pairs; index += 1) shapes.push(shape(pick() + pick()))
  for (let index = 0; index < triples; index += 1) shapes.push(shape(pick() + pick() + pick()))
  return shapes
}

/** The input of size n of a shape. */
export const inputOf = (shape: Shape, size: number): string => shape.prefix + shape.unit.repeat(size) + shape.suffix

/** How many repetitions of `unit` make about `chars` characters. */
export const repetitionsFor = (unit: string, chars: number): number => Math.max(1, Math.ceil(chars / unit.length))

/**
 * Whether the timings grow at most ×MAX_RATIO per doubling (see ratiosPass). When they do not, the
 * series is measured again, up to three times in all: it passes when one whole series passes, or
 * when each size's fastest time over the series does. A passing pause of the machine only ever adds
 * time and rarely strikes the same size each time; a quadratic step strikes every series. (The
 * fastest times alone are not enough: one series's quick start beside another's slow end reads as
 * growth that neither series showed.)
 */
export const growsLinearly = async (
  measure: () => Promise<Timing[]>,
  floorMs: number,
  series = 3,
  extraMs = Number.POSITIVE_INFINITY,
): Promise<{ ok: boolean; account: string }> => {
  const accounts: string[] = []
  let best: Timing[] = []
  const passes = (timings: Timing[]) => ratiosPass(ratiosOf(timings, floorMs)) && withinBudget(timings, extraMs)
  for (let round = 0; round < series; round += 1) {
    const timings = await measure()
    accounts.push(describeTimings(timings, floorMs))
    if (passes(timings)) return { ok: true, account: accounts.join('; ') }
    best = round === 0 ? timings : best.map((timing, index) => ({ size: timing.size, ms: Math.min(timing.ms, timings[index]?.ms ?? timing.ms) }))
    if (passes(best)) return { ok: true, account: accounts.join('; ') }
  }
  const budget = Number.isFinite(extraMs) ? `, at most ${extraMs} ms more at 8n than at n` : ''
  return { ok: false, account: `${accounts.join('; again: ')}; best of all: ${describeTimings(best, floorMs)}${budget}` }
}

/**
 * Whether the largest input cost at most `extraMs` more than the smallest. Where an input is bounded
 * (a field's maximum), a step that grows faster than linearly costs little at the bound beside a
 * request's fixed cost, and passes the ratios: with a 10 ms fixed cost and the 25 ms floor, a
 * quadratic step of up to about 160 ms a request at 2,000 characters did (ratios 1.17, 1.53, 2.36).
 * A budget on what the largest adds catches it.
 */
export const withinBudget = (timings: Timing[], extraMs: number): boolean => ((timings.at(-1) as Timing).ms ?? 0) - ((timings[0] as Timing).ms ?? 0) <= extraMs

/**
 * Fails with the timings when a series grows faster than linearly (see growsLinearly), or, given
 * `extraMs`, when its largest input costs more than that over its smallest (withinBudget).
 */
export const expectLinear = async (measure: () => Promise<Timing[]>, floorMs: number, extraMs?: number): Promise<void> => {
  const { ok, account } = await growsLinearly(measure, floorMs, 3, extraMs)
  expect(ok, account).toBe(true)
}
