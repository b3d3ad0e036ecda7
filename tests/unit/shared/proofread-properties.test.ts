import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { builtInConfusions, compileLists, proofreadText, type CompiledLists } from '@fengcai/shared/proofread'

import { PROOFREAD_CORPUS_DIR, readProofreadCorpus } from '../../bench/proofread-corpus'
import { seededRandom as seeded } from '../../helpers/random'

const RUNS = 300

const pickFrom = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

let clean: string[] = []
let compiled: CompiledLists
/** Entries wrong wherever they stand (no context rules), so an insertion must always be found. */
const PLAIN = builtInConfusions.filter((entry) => !entry.except && !entry.unlessAfter && !entry.unlessBefore)

beforeAll(async () => {
  const corpus = await readProofreadCorpus(path.join(PROOFREAD_CORPUS_DIR, 'tuning.json'))
  clean = corpus.cases.filter((one) => one.expect.length === 0).map((one) => one.text)
  compiled = compileLists(corpus.lists)
})

const cleanStory = (random: () => number): string => Array.from({ length: 3 + Math.floor(random() * 8) }, () => pickFrom(random, clean)).join('')

describe('the proofreader on generated text', () => {
  it('should find no typo in any text made of correct sentences', () => {
    const random = seeded(1)
    expect(clean.length).toBeGreaterThan(75)
    for (let run = 0; run < RUNS; run += 1) {
      const story = cleanStory(random)
      expect(proofreadText(story, compiled), story).toEqual([])
    }
  })

  it('should find exactly one typo, at its offset, when a known wrong form is inserted between any two sentences', () => {
    const random = seeded(2)
    for (let run = 0; run < RUNS; run += 1) {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pickFrom(random, clean))
      const at = Math.floor(random() * (sentences.length + 1))
      const entry = pickFrom(random, PLAIN)
      const text = [...sentences.slice(0, at), entry.wrong, ...sentences.slice(at)].join('')
      const offset = sentences.slice(0, at).join('').length
      const typos = proofreadText(text, compiled).filter((finding) => finding.kind === 'typo')
      expect(
        typos.map(({ text: found, suggestion, where }) => ({ found, suggestion, offset: where.offset })),
        text,
      ).toEqual([{ found: entry.wrong, suggestion: entry.right, offset }])
    }
  })

  // Inside a sentence an insertion may also make a second, real error of its neighbours (慰问侯|大爷
  // split by it reads 问侯), so there the inserted form must be found, not alone.
  it('should find a known wrong form inserted at any position, at its offset', () => {
    const random = seeded(4)
    for (let run = 0; run < RUNS; run += 1) {
      const story = cleanStory(random)
      const at = Math.floor(random() * (story.length + 1))
      const entry = pickFrom(random, PLAIN)
      const text = story.slice(0, at) + entry.wrong + story.slice(at)
      const typos = proofreadText(text, compiled).filter((finding) => finding.kind === 'typo')
      expect(
        typos.filter((finding) => finding.where.offset === at && finding.text === entry.wrong && finding.suggestion === entry.right),
        text,
      ).toHaveLength(1)
    }
  })

  it('should give offsets and contexts that always point at the finding’s text', () => {
    const random = seeded(3)
    const noise = ['，，', '...', '《', ',', '(试点)', '!', '“', 'A.B', '😀', '\n']
    for (let run = 0; run < RUNS; run += 1) {
      let text = cleanStory(random)
      for (let insert = 0; insert < 5; insert += 1) {
        const at = Math.floor(random() * (text.length + 1))
        const piece = random() < 0.5 ? pickFrom(random, PLAIN).wrong : pickFrom(random, noise)
        text = text.slice(0, at) + piece + text.slice(at)
      }
      for (const finding of proofreadText(text, compiled)) {
        expect(text.slice(finding.where.offset, finding.where.offset + finding.where.length), text).toBe(finding.text)
        expect(finding.context.replace(/\s/g, ''), text).toContain(finding.text.replace(/\s/g, ''))
      }
    }
  })
})
