/**
 * 站点设置 → 校对词表: the lists editors keep for the proofreader (extra miswritten words, 规范表述
 * names with the wrong forms to look for, 敏感词), as the settings store them; the checks a save of
 * them passes, in Chinese; and the `ProofreadLists` the proofreader is given.
 */
import type { ProofreadLists, Severity } from './types'

/** The longest word, name or wrong form a list takes. */
export const MAX_LIST_ENTRY = 60
/** The most rows a list takes: far more than a site keeps, few enough to compile in an instant. */
export const MAX_LIST_ROWS = 1_000
/**
 * The most wrong forms one 规范表述 name takes: without it, one row could carry the whole body a
 * save may send (8 MB, some 100,000 forms) into the matcher that every save of every story compiles.
 */
export const MAX_WRONG_FORMS = 20

type Text = string | null | undefined

export type StoredConfusion = { wrong?: Text; right?: Text }
export type StoredOfficialName = { name?: Text; wrongForms?: Text[] | null }
export type StoredSensitiveWord = { word?: Text; suggestion?: Text; severity?: Severity | null }
export type StoredProofreadLists = {
  confusions?: StoredConfusion[] | null
  officialNames?: StoredOfficialName[] | null
  sensitive?: StoredSensitiveWord[] | null
}

const clean = (value: Text): string => (value ?? '').trim()

/** The lists the proofreader gets from the stored ones: trimmed, rows without their words left out. */
export const siteListsOf = (stored: StoredProofreadLists | null | undefined): ProofreadLists => ({
  confusions: (stored?.confusions ?? []).map((row) => ({ wrong: clean(row.wrong), right: clean(row.right) })).filter((row) => row.wrong && row.right),
  officialNames: (stored?.officialNames ?? [])
    .map((row) => ({ right: clean(row.name), wrong: (row.wrongForms ?? []).map(clean).filter(Boolean) }))
    .filter((row) => row.right && row.wrong.length > 0),
  sensitive: (stored?.sensitive ?? [])
    .map((row) => ({ word: clean(row.word), severity: row.severity ?? 'error', ...(clean(row.suggestion) ? { suggestion: clean(row.suggestion) } : {}) }))
    .filter((row) => row.word),
})

type Check = (rows: readonly unknown[]) => string | null
/** A row: its number, and how a message names it. */
type Place = { row: number; label: string }

/** The first of the rows' problems, or null; rows are numbered from 1 as the admin shows them. */
const firstProblem = <Row>(rows: readonly Row[] | null | undefined, checkRow: (row: Row, at: Place, seen: Map<string, number>) => string | null) => {
  const list = rows ?? []
  if (list.length > MAX_LIST_ROWS) return `最多 ${MAX_LIST_ROWS} 行。`
  const seen = new Map<string, number>()
  for (const [index, row] of list.entries()) {
    const problem = checkRow(row, { row: index + 1, label: `第 ${index + 1} 行` }, seen)
    if (problem) return problem
  }
  return null
}

/** A word's own problem (empty, over-long, shorter than `minimum`), or null. */
const wordProblem = (word: string, { label: at }: Place, what: string, minimum = 1): string | null => {
  if (!word) return `${at}：请填写${what}。`
  if (word.length > MAX_LIST_ENTRY) return `${at}：${what}“${word.slice(0, 10)}…”超过 ${MAX_LIST_ENTRY} 个字。`
  if (word.length < minimum) return `${at}：${what}“${word}”至少要有 ${minimum} 个字，一个字的写法离开上下文无法判断对错。`
  return null
}

/** Remembers a word as seen on this row; the message when an earlier row has it. */
const repeated = (seen: Map<string, number>, word: string, { row, label }: Place, what: string): string | null => {
  const earlier = seen.get(word)
  if (earlier !== undefined) return earlier === row ? `${label}：${what}“${word}”填了两次。` : `${label}：${what}“${word}”与第 ${earlier} 行重复。`
  seen.set(word, row)
  return null
}

/** 易错词: each wrong form (two characters or more) once, with a different right form. */
export const confusionsProblem: Check = (rows) =>
  firstProblem(rows as StoredConfusion[], (row, at, seen) => {
    const wrong = clean(row.wrong)
    const right = clean(row.right)
    const problem = wordProblem(wrong, at, '错误写法', 2) ?? wordProblem(right, at, '正确写法')
    if (problem) return problem
    if (wrong === right) return `${at.label}：错误写法和正确写法都是“${wrong}”。`
    return repeated(seen, wrong, at, '错误写法')
  })

/** 规范表述: each name once, with at least one wrong form, none of them the name itself or another row's. */
export const officialNamesProblem: Check = (rows) => {
  const forms = new Map<string, number>()
  return firstProblem(rows as StoredOfficialName[], (row, at, names) => {
    const name = clean(row.name)
    const problem = wordProblem(name, at, '规范名称') ?? repeated(names, name, at, '规范名称')
    if (problem) return problem
    const wrongForms = (row.wrongForms ?? []).map(clean)
    if (wrongForms.length === 0) return `${at.label}：请为“${name}”填写至少一种常见的错误写法。`
    if (wrongForms.length > MAX_WRONG_FORMS) return `${at.label}：“${name}”的错误写法最多 ${MAX_WRONG_FORMS} 种。`
    for (const form of wrongForms) {
      const formProblem = wordProblem(form, at, '错误写法', 2) ?? repeated(forms, form, at, '错误写法')
      if (formProblem) return formProblem
      if (form === name) return `${at.label}：错误写法“${form}”就是规范名称本身。`
    }
    return null
  })
}

/** 敏感词: each word once; the suggested wording, if any, not the word itself. */
export const sensitiveProblem: Check = (rows) =>
  firstProblem(rows as StoredSensitiveWord[], (row, at, seen) => {
    const word = clean(row.word)
    const suggestion = clean(row.suggestion)
    const problem = wordProblem(word, at, '敏感词') ?? (suggestion ? wordProblem(suggestion, at, '建议写法') : null)
    if (problem) return problem
    if (suggestion === word) return `${at.label}：建议写法和敏感词都是“${word}”。`
    return repeated(seen, word, at, '敏感词')
  })
