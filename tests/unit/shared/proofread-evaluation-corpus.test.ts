import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

/**
 * Integrity of the proofreading evaluation corpus only: it never runs the checker, because the
 * corpus is scored once at the end and must not be tuned on (see its README).
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/proofread')

type Expected = { kind: 'typo' | 'punctuation'; wrong: string; right: string | null }
type Item = { id: string; text: string; expected: Expected[] }

const items = JSON.parse(readFileSync(path.join(dir, 'evaluation.json'), 'utf8')) as Item[]
const readme = readFileSync(path.join(dir, 'README.md'), 'utf8')

const categoryOf = (item: Item): string => {
  if (item.expected.length === 0) return 'clean'
  if (item.expected.length === 2) return 'two problems'
  return item.expected[0]?.kind === 'typo' ? 'one typo' : 'one punctuation problem'
}

/** The counts the README's table states, by category. */
const statedCounts = (): Record<string, number> =>
  Object.fromEntries(
    [...readme.matchAll(/^\| (clean|one typo|one punctuation problem|two problems|total) \| (\d+) \|$/gm)].map((row) => [row[1], Number(row[2])]),
  )

const typos = items.flatMap((item) => item.expected.filter((entry) => entry.kind === 'typo'))
const TEXTBOOK = ['按装', '既使', '再接再励', '迫不急待', '走头无路', '一愁莫展', '谈笑风声', '默守成规', '甘败下风', '金榜提名']

describe('the proofreading evaluation corpus', () => {
  it('should number its items e001, e002, … without gaps or repeats', () => {
    expect(items.map((item) => item.id)).toEqual(items.map((_, index) => `e${String(index + 1).padStart(3, '0')}`))
    expect(new Set(items.map((item) => item.text)).size).toBe(items.length)
  })

  it('should find every wrong substring in its text, with a right form that differs for typos', () => {
    const broken = items.flatMap((item) =>
      item.expected
        .filter((entry) => !item.text.includes(entry.wrong) || (entry.kind === 'typo' && (entry.right === null || entry.right === entry.wrong)))
        .map((entry) => `${item.id}: ${entry.wrong} → ${String(entry.right)}`),
    )
    expect(broken).toEqual([])
  })

  it('should give a full-width mark or null as the right form of a punctuation problem', () => {
    const fullWidth: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }
    const wrongRight = items.flatMap((item) =>
      item.expected
        .filter((entry) => entry.kind === 'punctuation' && entry.right !== (fullWidth[entry.wrong] ?? null))
        .map((entry) => `${item.id}: ${entry.wrong} → ${String(entry.right)}`),
    )
    expect(wrongRight).toEqual([])
  })

  it('should hold as many items of each category as its README states', () => {
    const counted: Record<string, number> = { total: items.length }
    for (const item of items) counted[categoryOf(item)] = (counted[categoryOf(item)] ?? 0) + 1
    expect(Object.keys(statedCounts())).toHaveLength(5)
    expect(counted).toEqual(statedCounts())
  })

  it('should hold at least 300 items, a quarter of them clean, in roughly the asked mix', () => {
    const share = (category: string) => items.filter((item) => categoryOf(item) === category).length / items.length
    expect(items.length).toBeGreaterThanOrEqual(300)
    expect(share('clean')).toBeGreaterThanOrEqual(0.25)
    expect(share('one typo')).toBeCloseTo(0.45, 1)
    expect(share('one punctuation problem')).toBeCloseTo(0.15, 1)
    expect(share('two problems')).toBeCloseTo(0.1, 1)
  })

  it('should use at least 200 distinct typo pairs', () => {
    expect(new Set(typos.map((entry) => `${entry.wrong}→${String(entry.right)}`)).size).toBeGreaterThanOrEqual(200)
  })

  it('should use the ten textbook miswritings in at most 10 items', () => {
    expect(items.filter((item) => TEXTBOOK.some((word) => item.text.includes(word))).length).toBeLessThanOrEqual(10)
  })
})
