/**
 * The reference articles editors will import (`../shared/reference` beside the checkout on our
 * machines; not part of the repository, as they are real articles). Tests of the importer on them
 * run where they are found; its rules are also tested on our own corpus in fixtures/import.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './stack'

const candidates = [process.env.FENGCAI_REFERENCE_DIR, path.resolve(repoRoot, '../shared/reference'), '/work/shared/reference'].filter(Boolean) as string[]

export const referenceDir: string | null = candidates.find((dir) => existsSync(path.join(dir, 'article-a-traditional.txt'))) ?? null

if (!referenceDir) console.warn(`The reference articles were not found (looked in ${candidates.join(', ')}): their importer tests are skipped.`)
