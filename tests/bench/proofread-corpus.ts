/**
 * The proofreader scored on a corpus of sentences (tests/fixtures/proofread/*.json): each case is
 * a text with the findings it should give (kind, offending text, suggestion), none for a clean
 * sentence. Recall is the share of expected findings given; false positives are findings nobody
 * expected, counted per 1,000 characters of the whole corpus. `tuning.json` may be looked at while
 * working on the engine; an `evaluation.json` beside it, if there is one, is only ever scored.
 * Needs no stack: `pnpm bench` prints it, tests/unit/shared/proofread-corpus.test.ts holds it to a floor.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { proofreadText, type Finding, type FindingKind, type ProofreadLists } from '@fengcai/shared/proofread'

import { repoRoot } from '../helpers/stack'

export const PROOFREAD_CORPUS_DIR = path.join(repoRoot, 'tests/fixtures/proofread')

export type ExpectedFinding = { kind: FindingKind; text: string; suggestion: string | null }
export type ProofreadCase = { text: string; expect: ExpectedFinding[] }
export type ProofreadCorpus = { lists: ProofreadLists; cases: ProofreadCase[] }

export type ProofreadScore = {
  cases: number
  characters: number
  expected: number
  found: number
  falsePositives: number
  /** One line for each expected finding missed and each finding nobody expected. */
  misses: string[]
}

/** An item of the evaluation set, written in its own shape (tests/fixtures/proofread/README.md): no lists of the site's own. */
type EvaluationItem = { id: string; text: string; expected: { kind: FindingKind; wrong: string; right: string | null }[] }

/** A corpus file: the tuning set's shape, or the evaluation set's (a list of items) read as one. */
export const readProofreadCorpus = async (file: string): Promise<ProofreadCorpus> => {
  const data = JSON.parse(await readFile(file, 'utf8')) as ProofreadCorpus | EvaluationItem[]
  if (!Array.isArray(data)) return data
  return {
    lists: { officialNames: [], sensitive: [] },
    cases: data.map((item) => ({ text: item.text, expect: item.expected.map(({ kind, wrong, right }) => ({ kind, text: wrong, suggestion: right })) })),
  }
}

const sameFinding = (finding: Finding, expected: ExpectedFinding): boolean =>
  finding.kind === expected.kind && finding.text === expected.text && finding.suggestion === expected.suggestion

/** Each case proofread and compared with what it expects; an expected finding is matched once. */
export const scoreProofreadCorpus = (corpus: ProofreadCorpus): ProofreadScore => {
  const score: ProofreadScore = { cases: corpus.cases.length, characters: 0, expected: 0, found: 0, falsePositives: 0, misses: [] }
  for (const { text, expect } of corpus.cases) {
    score.characters += [...text].length
    score.expected += expect.length
    const findings = proofreadText(text, corpus.lists)
    const unmatched = [...findings]
    for (const expected of expect) {
      const index = unmatched.findIndex((finding) => sameFinding(finding, expected))
      if (index >= 0) {
        score.found += 1
        unmatched.splice(index, 1)
      } else score.misses.push(`missed ${expected.kind} ${expected.text} → ${expected.suggestion ?? '—'}: ${text}`)
    }
    score.falsePositives += unmatched.length
    for (const finding of unmatched) score.misses.push(`unexpected ${finding.kind} ${finding.text} → ${finding.suggestion ?? '—'}: ${text}`)
  }
  return score
}

export const recallOf = (score: ProofreadScore): number => (score.expected ? score.found / score.expected : 1)
export const falsePositivesPerThousand = (score: ProofreadScore): number => (score.characters ? (1000 * score.falsePositives) / score.characters : 0)

/** `recall 97.7% (85/87), 0.21 false positives per 1,000 characters (2 in 9,512; 206 cases)`. */
export const formatProofreadScore = (score: ProofreadScore): string =>
  `recall ${(100 * recallOf(score)).toFixed(1)}% (${score.found}/${score.expected}), ` +
  `${falsePositivesPerThousand(score).toFixed(2)} false positives per 1,000 characters ` +
  `(${score.falsePositives} in ${score.characters.toLocaleString('en')}; ${score.cases} cases)`
