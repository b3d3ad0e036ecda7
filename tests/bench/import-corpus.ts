/**
 * The importer scored on a corpus of pages: each case is an input (`NN-slug.html`, `.txt`, or
 * `.docx.txt` — one Word paragraph a line) beside `NN-slug.expect.json`, read exactly as the CMS
 * reads an uploaded file (readImportFile, then the import thread's reader), and each expectation
 * is one check. Needs no stack: `pnpm bench` prints it, and tests/unit/shared/import-corpus.test.ts
 * holds it to its floor.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { shanghaiDay } from '@fengcai/shared/dates'
import type { ImportedArticle } from '@fengcai/shared/import/article'

import { readArticleHere } from '@/lib/import/readArticle'
import { readImportFile } from '@/lib/importer'

import { docxOf, documentXml } from '../helpers/docx'
import { repoRoot } from '../helpers/stack'

/** The corpus: `tuning/` may be looked at while working on the importer, `evaluation/` only scored. */
export const CORPUS_DIR = path.join(repoRoot, 'tests/fixtures/import-corpus')

export type CaseExpectation = {
  shape: string
  title?: string | null
  /** `YYYY-MM-DD` in Shanghai, or null for no date. */
  date?: string | null
  source?: string | null
  author?: string
  bodyStartsWith?: string
  bodyIncludes?: string[]
  bodyExcludes?: string[]
  captions?: string[]
}

export type CaseResult = { name: string; shape: string; checks: number; passed: number; failed: string[] }
export type CorpusScore = { cases: CaseResult[]; checks: number; passed: number }

const INPUT = /^(.+?)\.(docx\.txt|html|htm|txt)$/

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The article the CMS would make of the case's input file. */
const importCase = async (dir: string, file: string): Promise<ImportedArticle> => {
  const bytes = await readFile(path.join(dir, file))
  if (file.endsWith('.docx.txt')) {
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
    const name = file.replace(/\.txt$/, '')
    return readArticleHere(name, readImportFile(name, docxOf(documentXml(lines.map(escapeXml)))))
  }
  return readArticleHere(file, readImportFile(file, bytes))
}

const quote = (value: unknown): string => JSON.stringify(value)
const shanghaiDate = (iso: string | null): string | null => (iso ? shanghaiDay(new Date(iso)) : null)

/** What a refused input is scored as: nothing found. */
const EMPTY_ARTICLE = {
  title: null,
  publishedAt: null,
  source: null,
  reporter: null,
  correspondent: null,
  responsibleEditor: null,
  blocks: [],
  captions: [],
} as unknown as ImportedArticle

/** Each expectation of the case against the article: a label per failed check. */
export const checkCase = (article: ImportedArticle, expected: CaseExpectation): { checks: number; failed: string[] } => {
  const failed: string[] = []
  let checks = 0
  const check = (ok: boolean, label: string) => {
    checks += 1
    if (!ok) failed.push(label)
  }
  const body = article.blocks.map((block) => block.text).join('\n')
  if (expected.title !== undefined) check(article.title === expected.title, `title: expected ${quote(expected.title)}, got ${quote(article.title)}`)
  if (expected.date !== undefined) {
    const date = shanghaiDate(article.publishedAt)
    check(date === expected.date, `date: expected ${quote(expected.date)}, got ${quote(date)}`)
  }
  if (expected.source !== undefined) check(article.source === expected.source, `source: expected ${quote(expected.source)}, got ${quote(article.source)}`)
  if (expected.author !== undefined) {
    // Names compared with any separator between them and in any order across the bylines:
    // 顾思远、沈佳 is found as reporter 沈佳 and correspondent 顾思远 too.
    const names = (text: string | null | undefined) => (text ?? '').split(/[、，,\s]+/).filter(Boolean)
    const found = new Set([article.reporter, article.correspondent, article.responsibleEditor].flatMap(names))
    const wanted = names(expected.author)
    check(
      wanted.length > 0 && wanted.every((name) => found.has(name)),
      `author: expected ${quote(expected.author)}, got reporter ${quote(article.reporter)}, correspondent ${quote(article.correspondent)}`,
    )
  }
  if (expected.bodyStartsWith !== undefined)
    check(body.startsWith(expected.bodyStartsWith), `bodyStartsWith: expected ${quote(expected.bodyStartsWith)}, body starts ${quote(body.slice(0, 40))}`)
  for (const text of expected.bodyIncludes ?? []) check(body.includes(text), `bodyIncludes: ${quote(text)} missing`)
  for (const text of expected.bodyExcludes ?? []) check(!body.includes(text), `bodyExcludes: ${quote(text)} kept`)
  for (const caption of expected.captions ?? [])
    check(
      article.captions.some((found) => found.includes(caption)),
      `captions: ${quote(caption)} not among ${quote(article.captions)}`,
    )
  return { checks, failed }
}

/** Every case of the folder, imported and checked. */
export const scoreCorpus = async (dir: string): Promise<CorpusScore> => {
  const files = (await readdir(dir)).sort()
  const cases: CaseResult[] = []
  for (const file of files) {
    const match = INPUT.exec(file)
    if (!match || file.endsWith('.expect.json')) continue
    const name = match[1] as string
    const expected = JSON.parse(await readFile(path.join(dir, `${name}.expect.json`), 'utf8')) as CaseExpectation
    try {
      const { checks, failed } = checkCase(await importCase(dir, file), expected)
      cases.push({ name, shape: expected.shape, checks, passed: checks - failed.length, failed })
    } catch (error) {
      // An input the importer refuses fails every check it has.
      const { checks } = checkCase(EMPTY_ARTICLE, expected)
      cases.push({ name, shape: expected.shape, checks, passed: 0, failed: [`import failed: ${error instanceof Error ? error.message : String(error)}`] })
    }
  }
  return { cases, checks: cases.reduce((sum, one) => sum + one.checks, 0), passed: cases.reduce((sum, one) => sum + one.passed, 0) }
}

/** `92.3% (120/130 checks, 31 cases)`. */
export const formatScore = (score: CorpusScore): string =>
  `${score.checks ? ((100 * score.passed) / score.checks).toFixed(1) : '0.0'}% (${score.passed}/${score.checks} checks, ${score.cases.length} cases)`

/** The failed checks, one line each, by case. */
export const failedChecks = (score: CorpusScore): string[] => score.cases.flatMap((one) => one.failed.map((label) => `${one.name}: ${label}`))

/** The "Importer corpus" section of `pnpm bench`. */
export const printImportCorpus = async (): Promise<void> => {
  console.log('\nImporter corpus')
  for (const part of ['tuning', 'evaluation']) console.log(`  ${part.padEnd(12)} ${formatScore(await scoreCorpus(path.join(CORPUS_DIR, part)))}`)
}
