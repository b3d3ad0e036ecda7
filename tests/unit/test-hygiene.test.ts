import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { browserSleeps, selfComparisons, truthyLocators } from '../helpers/hygiene'
import { sourceFiles } from '../helpers/source-tree'

const tests = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The suite's own TypeScript, but for this check itself (its examples and rules spell the patterns it looks for). */
const checkItself = [fileURLToPath(import.meta.url), path.join(tests, 'helpers', 'hygiene.ts')]
const files = sourceFiles(tests).filter((file) => file.endsWith('.ts') && !file.includes('/node_modules/') && !checkItself.includes(file))

const findings = (check: (text: string) => string[]): string[] =>
  files.flatMap((file) => check(readFileSync(file, 'utf8')).map((found) => `${path.relative(tests, file)}: ${found.trim()}`))

describe('test hygiene', () => {
  it('should find the patterns it looks for in examples of them, and not in their sound forms', () => {
    expect(truthyLocators("await expect(page.locator('#photo-1')).toBeTruthy()")).toHaveLength(1)
    expect(truthyLocators("expect(page.getByRole('button', { name: '发布' }).first()).toBeTruthy()")).toHaveLength(1)
    expect(truthyLocators("const row = page.locator('tr')\nexpect(row).toBeTruthy()")).toHaveLength(1)
    expect(truthyLocators("await expect(page.locator('h1').textContent()).resolves.toBeTruthy()")).toEqual([])
    expect(truthyLocators("expect(await page.locator('h1').isVisible()).toBe(true)\nexpect(href).toBeTruthy()")).toEqual([])
    expect(selfComparisons('expect(shown.length).toBe(shown.length)')).toHaveLength(1)
    expect(selfComparisons('expect(shown.length).toBe(built.length)')).toEqual([])
    expect(selfComparisons('expect(shapesOf(tokens)).toEqual(shapesOf(tokens))')).toEqual([])
    expect(browserSleeps('await page.waitForTimeout(500)')).toHaveLength(1)
  })

  it('should assert what a locator finds, never that a locator object exists', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(findings(truthyLocators)).toEqual([])
  })

  it('should compare no value with itself', () => {
    expect(findings(selfComparisons)).toEqual([])
  })

  it('should wait in the browser for events (a locator, a response, a function), never a fixed time', () => {
    expect(findings(browserSleeps)).toEqual([])
  })
})
