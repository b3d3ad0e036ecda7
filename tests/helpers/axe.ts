import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (WCAG 2.0–2.2 A/AA rules, target size included) and returns the serious and critical violations. */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated over the DevTools protocol: the site's CSP (rightly) refuses an injected inline script.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })
    return result.violations
  })
  return (violations as AxeViolation[]).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
