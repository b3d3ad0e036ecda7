/**
 * The proofreader's speed: a 10,000-character story against 50,000 list entries (the built-in
 * dictionary plus generated official names and sensitive words), compiled once, then proofread
 * many times after a warm-up. Target: at most 20 ms a call. Also the scores on the proofreading
 * corpus. Needs no stack; `pnpm bench` prints it.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { builtInConfusions, compileLists, proofreadText, type ProofreadLists } from '@fengcai/shared/proofread'

import { seededRandom } from '../helpers/random'

import { formatProofreadScore, PROOFREAD_CORPUS_DIR, readProofreadCorpus, scoreProofreadCorpus } from './proofread-corpus'

export const LIST_ENTRIES = 50_000
export const STORY_CHARACTERS = 10_000
const WARM_UP_CALLS = 50
const TIMED_CALLS = 200

// Common characters of news text, so generated words share prefixes with the story as real lists do.
const CHARACTERS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车'
const pick = (random: () => number, length: number): string =>
  Array.from({ length }, () => CHARACTERS[Math.floor(random() * CHARACTERS.length)] as string).join('')

/** 50,000 entries in all: the built-in dictionary, then generated official names and sensitive words. */
export const benchLists = (): ProofreadLists => {
  const random = seededRandom(2026)
  const generated = LIST_ENTRIES - builtInConfusions.length
  const officialNames = Array.from({ length: Math.floor(generated / 2) }, (_, index) => ({
    right: `${pick(random, 3)}${index}号${pick(random, 3)}`,
    wrong: [`${pick(random, 4)}${pick(random, 2)}`],
  }))
  const sensitive = Array.from({ length: generated - officialNames.length }, () => ({ word: pick(random, 3 + Math.floor(random() * 3)) }))
  return { officialNames, sensitive }
}

/** A 10,000-character story of generated sentences with a few dictionary errors in it. */
export const benchStory = (): string => {
  const random = seededRandom(6)
  let story = ''
  while (story.length < STORY_CHARACTERS) {
    story += `${pick(random, 8 + Math.floor(random() * 20))}${random() < 0.5 ? '，' : '。'}`
    if (random() < 0.02) story += `${builtInConfusions[Math.floor(random() * builtInConfusions.length)]?.wrong}。`
  }
  return story.slice(0, STORY_CHARACTERS)
}

const percentile = (sorted: number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number

export type ProofreadBench = { entries: number; characters: number; compileMs: number; medianMs: number; p95Ms: number; findings: number }

export const benchProofread = (): ProofreadBench => {
  const lists = benchLists()
  const story = benchStory()
  const started = performance.now()
  const compiled = compileLists(lists)
  const compileMs = performance.now() - started
  for (let call = 0; call < WARM_UP_CALLS; call += 1) proofreadText(story, compiled)
  const times: number[] = []
  let findings = 0
  for (let call = 0; call < TIMED_CALLS; call += 1) {
    const start = performance.now()
    findings = proofreadText(story, compiled).length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { entries: compiled.patternCount, characters: story.length, compileMs, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), findings }
}

/** The "Proofreader" section of `pnpm bench`. */
export const printProofread = async (): Promise<void> => {
  console.log('\nProofreader')
  const bench = benchProofread()
  console.log(
    `  ${bench.characters.toLocaleString('en')} characters against ${LIST_ENTRIES.toLocaleString('en')} list entries (${bench.entries.toLocaleString('en')} patterns with the correct names that guard them): ` +
      `compile ${bench.compileMs.toFixed(0)} ms, median ${bench.medianMs.toFixed(2)} ms, p95 ${bench.p95Ms.toFixed(2)} ms a call ` +
      `(${TIMED_CALLS} calls, ${bench.findings} findings each; target ≤ 20 ms)`,
  )
  for (const part of ['tuning', 'evaluation']) {
    const file = path.join(PROOFREAD_CORPUS_DIR, `${part}.json`)
    if (existsSync(file)) console.log(`  ${part.padEnd(12)} ${formatProofreadScore(scoreProofreadCorpus(await readProofreadCorpus(file)))}`)
  }
}
