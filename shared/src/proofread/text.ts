/** The text engine: the findings in one text or in the blocks of a rich-text body. */
import { CompiledLists, compileLists } from './compile'
import { dictionaryMatches } from './matches'
import { punctuationFindings } from './punctuation'
import type { Finding, ProofreadLists, TextBlock } from './types'

const CONTEXT_CHARS = 10

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** About ten characters either side of a stretch, on one line, never cutting a character in two. */
export const contextOf = (text: string, offset: number, length: number): string => {
  let start = Math.max(0, offset - CONTEXT_CHARS)
  let end = Math.min(text.length, offset + length + CONTEXT_CHARS)
  if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += 1
  return text.slice(start, end).replace(/\s+/g, ' ')
}

/**
 * The most findings of one rule listed for one text (the words of the lists count as one rule): a
 * text with more is listed up to here, in text order, and is no less marked as needing work.
 */
export const MAX_FINDINGS_PER_RULE = 500

/** The findings in a text, in text order; the whole text is one block for paired brackets. */
export const proofreadText = (text: string, lists: ProofreadLists | CompiledLists): Finding[] => {
  const compiled = lists instanceof CompiledLists ? lists : compileLists(lists)
  const findings: Finding[] = dictionaryMatches(text, compiled)
    .slice(0, MAX_FINDINGS_PER_RULE)
    .map(({ offset, length, rule }) => ({
      kind: rule.kind,
      severity: rule.severity,
      text: text.slice(offset, offset + length),
      suggestion: rule.suggestion,
      where: { offset, length },
      context: contextOf(text, offset, length),
    }))
  for (const { offset, length, ...found } of punctuationFindings(text, MAX_FINDINGS_PER_RULE))
    findings.push({ kind: 'punctuation', severity: 'warning', ...found, where: { offset, length }, context: contextOf(text, offset, length) })
  return findings.sort((a, b) => a.where.offset - b.where.offset)
}

/** Every finding in a body's blocks, each naming its block's path; offsets are within the block. */
export const proofreadBlocks = (blocks: readonly TextBlock[], lists: ProofreadLists | CompiledLists): Finding[] => {
  const compiled = lists instanceof CompiledLists ? lists : compileLists(lists)
  return blocks.flatMap((block) => proofreadText(block.text, compiled).map((finding) => ({ ...finding, where: { path: block.path, ...finding.where } })))
}
