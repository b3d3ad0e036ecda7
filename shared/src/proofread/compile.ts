/**
 * The lists compiled into Aho–Corasick automata (@monyone/aho-corasick), one of every wrong form
 * and a small one of the correct text that hides some of them, built once per version of the
 * lists: 50,000 entries take about a second to compile and a few milliseconds to search a long
 * story. Compiled lists are kept by the lists object and by their content, so a settings global
 * read afresh for each request still finds its automata.
 */
import { AhoCorasick } from '@monyone/aho-corasick'

import { builtInConfusions } from './dictionary'
import type { FindingKind, ProofreadLists, Severity } from './types'

/** What a wrong form means: its kind, severity, suggestion and the context that excuses it. */
export type Rule = {
  kind: FindingKind
  severity: Severity
  suggestion: string | null
  unlessAfter?: RegExp
  unlessBefore?: RegExp
}

/** Lists ready to search: build with compileLists and pass to proofreadText as often as needed. */
export class CompiledLists {
  readonly patternCount: number

  constructor(
    /** Every wrong form of every list. */
    readonly matcher: AhoCorasick,
    readonly rules: ReadonlyMap<string, Rule>,
    /** Correct text that contains wrong forms and hides them (按装修, 街道办事处), or null for none. */
    readonly guards: AhoCorasick | null,
    guardCount: number,
    readonly compileMs: number,
  ) {
    this.patternCount = rules.size + guardCount
  }
}

const anchored = (source: string | undefined): RegExp | undefined => (source ? new RegExp(source, 'u') : undefined)

/**
 * Every wrong form with its rule. Where two lists name the same string, the first added wins, in
 * this order: official names, sensitive words, the site's confusions, the built-in dictionary.
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
  return rules
}

/**
 * The correct strings that must hide wrong forms inside them: the dictionary's exceptions, and
 * the official names that contain a wrong form of some list (街道办 in 街道办事处). Only those: tens
 * of thousands of names in the automaton made every search three times slower, though few of
 * them ever contain a wrong form. A wrong form straddling a name's edge is not guarded.
 */
const guardsOf = (lists: ProofreadLists, rules: ReadonlyMap<string, Rule>, matcher: AhoCorasick): string[] => {
  const guards = new Set(builtInConfusions.flatMap((entry) => entry.except ?? []))
  for (const name of lists.officialNames) if (matcher.matchInText(name.right).length > 0) guards.add(name.right)
  return [...guards].filter((guard) => !rules.has(guard))
}

const build = (lists: ProofreadLists): CompiledLists => {
  const started = performance.now()
  const rules = rulesOf(lists)
  const matcher = new AhoCorasick([...rules.keys()])
  const guards = guardsOf(lists, rules, matcher)
  return new CompiledLists(matcher, rules, guards.length ? new AhoCorasick(guards) : null, guards.length, performance.now() - started)
}

/** How many versions of the lists are kept; a site has one, tests and previews a few more. */
const KEPT_VERSIONS = 4
const byContent = new Map<string, CompiledLists>()
/**
 * The last compilation of a lists object, with the shape it had then: a list grown or shrunk in
 * place (a word pushed) is compiled anew. An entry edited in place is not noticed; pass new
 * objects for new versions, as a settings global read from the database gives.
 */
const byObject = new WeakMap<ProofreadLists, { shape: string; compiled: CompiledLists }>()

const contentKey = (lists: ProofreadLists): string => JSON.stringify([lists.officialNames, lists.sensitive, lists.confusions ?? []])
const shapeOf = (lists: ProofreadLists): string => [lists.officialNames, lists.sensitive, lists.confusions ?? []].map((list) => list.length).join('/')

/** The automata for these lists, compiled on first use of their content and reused after. */
export const compileLists = (lists: ProofreadLists): CompiledLists => {
  const shape = shapeOf(lists)
  const known = byObject.get(lists)
  if (known?.shape === shape) return known.compiled
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
  byObject.set(lists, { shape, compiled })
  return compiled
}
