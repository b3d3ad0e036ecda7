/**
 * The lists compiled into one Aho–Corasick automaton (@monyone/aho-corasick), built once per
 * version of the lists: a site's 50,000 entries take about a second to compile and a few
 * milliseconds to search a long story. Compiled lists are kept by the lists object and by their
 * content, so a settings global read afresh for each request still finds its automaton.
 */
import { AhoCorasick } from '@monyone/aho-corasick'

import { builtInConfusions } from './dictionary'
import type { FindingKind, ProofreadLists, Severity } from './types'

/** What a pattern means. A guard is correct text that hides the shorter wrong forms inside it. */
export type Rule = {
  kind: FindingKind | 'guard'
  severity: Severity
  suggestion: string | null
  unlessAfter?: RegExp
  unlessBefore?: RegExp
}

const GUARD: Rule = { kind: 'guard', severity: 'warning', suggestion: null }

/** Lists ready to search: build with compileLists and pass to proofreadText as often as needed. */
export class CompiledLists {
  readonly patternCount: number
  readonly compileMs: number

  constructor(
    readonly matcher: AhoCorasick,
    readonly rules: ReadonlyMap<string, Rule>,
    compileMs: number,
  ) {
    this.patternCount = rules.size
    this.compileMs = compileMs
  }
}

const anchored = (source: string | undefined): RegExp | undefined => (source ? new RegExp(source, 'u') : undefined)

/**
 * Every pattern with its rule. Where two lists name the same string, the first added wins, in
 * this order: official names, sensitive words, the site's confusions, the built-in dictionary,
 * then guards (correct names and the dictionary's exceptions), which only hide what they contain.
 */
const rulesOf = (lists: ProofreadLists): Map<string, Rule> => {
  const rules = new Map<string, Rule>()
  const add = (pattern: string, rule: Rule): void => {
    if (pattern.length > 0 && !rules.has(pattern)) rules.set(pattern, rule)
  }
  for (const name of lists.officialNames)
    for (const wrong of name.wrong) if (wrong !== name.right) add(wrong, { kind: 'official-name', severity: 'error', suggestion: name.right })
  for (const entry of lists.sensitive) add(entry.word, { kind: 'sensitive', severity: entry.severity ?? 'error', suggestion: entry.suggestion ?? null })
  for (const entry of lists.confusions ?? []) add(entry.wrong, { kind: 'typo', severity: 'error', suggestion: entry.right })
  for (const entry of builtInConfusions)
    add(entry.wrong, {
      kind: 'typo',
      severity: 'error',
      suggestion: entry.right,
      unlessAfter: anchored(entry.unlessAfter),
      unlessBefore: anchored(entry.unlessBefore),
    })
  for (const name of lists.officialNames) add(name.right, GUARD)
  for (const entry of builtInConfusions) for (const correct of entry.except ?? []) add(correct, GUARD)
  return rules
}

const build = (lists: ProofreadLists): CompiledLists => {
  const started = performance.now()
  const rules = rulesOf(lists)
  const matcher = new AhoCorasick([...rules.keys()])
  return new CompiledLists(matcher, rules, performance.now() - started)
}

/** How many versions of the lists are kept; a site has one, tests and previews a few more. */
const KEPT_VERSIONS = 4
const byObject = new WeakMap<ProofreadLists, CompiledLists>()
const byContent = new Map<string, CompiledLists>()

const contentKey = (lists: ProofreadLists): string => JSON.stringify([lists.officialNames, lists.sensitive, lists.confusions ?? []])

/** The automaton for these lists, compiled on first use of their content and reused after. */
export const compileLists = (lists: ProofreadLists): CompiledLists => {
  const known = byObject.get(lists)
  if (known) return known
  const key = contentKey(lists)
  let compiled = byContent.get(key)
  if (compiled) byContent.delete(key)
  else compiled = build(lists)
  // Re-inserted so the Map's order is least recently used first.
  byContent.set(key, compiled)
  for (const oldest of byContent.keys()) {
    if (byContent.size <= KEPT_VERSIONS) break
    byContent.delete(oldest)
  }
  byObject.set(lists, compiled)
  return compiled
}
