/**
 * Dictionary findings: every occurrence of every pattern, then one finding per stretch of text.
 * Where matches overlap the longest wins (ties: the earlier one), so 再接再励 is one finding and
 * not also a shorter entry inside it, and a guard (correct text such as 按装修 or an official
 * name) hides the wrong forms it contains. A match whose context rules it out (既使…又) is set
 * aside before that choice, so it hides nothing.
 */
import type { CompiledLists, Rule } from './compile'

export type DictionaryMatch = { offset: number; length: number; rule: Rule }

/** A match; its rule is null for a guard, correct text that hides what it contains. */
type Candidate = { offset: number; length: number; rule: Rule | null }

/** How far before or after a match its context patterns look. */
const CONTEXT_WINDOW = 30

const ruledOut = (text: string, offset: number, end: number, rule: Rule): boolean =>
  (rule.unlessAfter !== undefined && rule.unlessAfter.test(text.slice(end, end + CONTEXT_WINDOW))) ||
  (rule.unlessBefore !== undefined && rule.unlessBefore.test(text.slice(Math.max(0, offset - CONTEXT_WINDOW), offset)))

/** The dictionary's findings in a text, in text order, guards left out. */
export const dictionaryMatches = (text: string, compiled: CompiledLists): DictionaryMatch[] => {
  const candidates: Candidate[] = []
  for (const { begin, end, keyword } of compiled.matcher.matchInText(text)) {
    const rule = compiled.rules.get(keyword)
    if (rule && !ruledOut(text, begin, end, rule)) candidates.push({ offset: begin, length: end - begin, rule })
  }
  for (const { begin, end } of compiled.guards?.matchInText(text) ?? []) candidates.push({ offset: begin, length: end - begin, rule: null })
  candidates.sort((a, b) => b.length - a.length || a.offset - b.offset)
  const taken = new Uint8Array(text.length)
  const chosen: DictionaryMatch[] = []
  for (const candidate of candidates) {
    const end = candidate.offset + candidate.length
    let free = true
    for (let index = candidate.offset; index < end && free; index += 1) free = taken[index] === 0
    if (!free) continue
    taken.fill(1, candidate.offset, end)
    if (candidate.rule) chosen.push({ offset: candidate.offset, length: candidate.length, rule: candidate.rule })
  }
  return chosen.sort((a, b) => a.offset - b.offset)
}
