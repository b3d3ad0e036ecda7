import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../../helpers/source-tree'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const TREES = ['cms/src', 'cms/scripts', 'site/src', 'shared/src']
const FILES = ['site/astro.config.ts']
/** Generated and historical files keep their own spelling; the defining modules are where the words live. */
const EXEMPT = [
  /\/migrations\//,
  /\/payload-types\.ts$/,
  /^shared\/src\/urls\.ts$/,
  /^shared\/src\/dates\.ts$/,
  /^shared\/src\/entry-types\.ts$/,
  /^shared\/src\/comment-statuses\.ts$/,
  /^shared\/src\/notice-period\.ts$/,
]

/** Each word of the vocabulary, by the ways it has been spelt again; its one home is named in the message. */
const SPELLINGS: { name: string; pattern: RegExp }[] = [
  { name: 'a local URL default (use DEFAULT_SITE_URL / siteUrlOr, DEFAULT_CMS_URL / cmsUrlOr in shared/src/urls.ts)', pattern: /localhost:(4321|3000)\b/ },
  { name: 'a local port default (use DEFAULT_CMS_PORT / DEFAULT_SITE_PORT in shared/src/urls.ts)', pattern: /(\|\||\?\?)\s*(4321|3000)\b/ },
  { name: 'the Shanghai offset (use shanghaiDay / shanghaiInstant in shared/src/dates.ts)', pattern: /\b8\s*\*\s*(3600_?000|60\s*\*\s*60\s*\*\s*1000)\b/ },
  { name: 'a Shanghai wall-clock time parsed by hand (use shanghaiInstant in shared/src/dates.ts)', pattern: /new Date\(`[^`]*\+08:00`\)/ },
  { name: 'the time zone by name (use SITE_TIME_ZONE in shared/src/dates.ts)', pattern: /['"]Asia\/Shanghai['"]/ },
  {
    name: 'a list of nominee / honoree types (use nomineeTypes, honoreeTypes in shared/src/entry-types.ts)',
    pattern: /['"]individual['"]\s*[,|]\s*['"]collective['"]/,
  },
  {
    name: 'nominee / honoree type labels (use entryTypeLabels in shared/src/entry-types.ts)',
    pattern: /individual['"]?\s*:\s*['"]个人|value:\s*['"]individual['"]/,
  },
  {
    name: 'a list of comment statuses (use commentStatusesOf, openObjectionStatuses in shared/src/comment-statuses.ts)',
    pattern: /['"](pending|received)['"]\s*[,|]\s*['"](approved|under-review)['"]/,
  },
  { name: 'comment status labels (use commentStatusLabels in shared/src/comment-statuses.ts)', pattern: /value:\s*['"](pending|received)['"]/ },
  { name: 'notice status wording (use noticeStatusLabels / noticeStatusBadge in shared/src/notice-period.ts)', pattern: /['"`](未开始|公示期已结束)['"`]/ },
]

const spellingsIn = (text: string): string[] => SPELLINGS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name)

describe('one vocabulary, one place', () => {
  it('should recognise every way each word has been spelt again', () => {
    // The spellings this test was written against, as they stood before shared/ held them.
    const before = [
      "site: process.env.SITE_URL || 'http://localhost:4321',",
      "(process.env.CMS_URL || 'http://localhost:3000')",
      'const port = Number(process.env.PORT || 3000)',
      'new Date(date.getTime() + 8 * 3600_000)',
      'const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000',
      'new Date(`${iso}T00:00:00+08:00`)',
      "{ timeZone: 'Asia/Shanghai', dateStyle: 'medium' }",
      "type: z.enum(['individual', 'collective', 'project']),",
      "type HonoreeType = 'individual' | 'collective' | 'project' | 'organization'",
      "{ value: 'individual', label: { zh: '个人', en: 'Individual' } },",
      "const typeLabels = { individual: '个人', collective: '集体', project: '项目' }",
      "comment: ['pending', 'approved', 'rejected'],",
      "c.status IN ('received', 'under-review')",
      "{ value: 'pending', label: { zh: '待审核', en: 'Pending' } },",
      "{ upcoming: '未开始', open: `公示中`, closed: '公示期已结束' }",
    ]
    for (const line of before) expect(spellingsIn(line), line).not.toEqual([])
    expect(new Set(before.flatMap(spellingsIn))).toEqual(new Set(SPELLINGS.map(({ name }) => name)))
  })

  it('should define the vocabulary only in shared/, with everything else importing it', () => {
    const files = [...TREES.flatMap((tree) => sourceFiles(path.join(repo, tree))), ...FILES.map((file) => path.join(repo, file))]
      .map((file) => path.relative(repo, file))
      .filter((file) => !file.includes('node_modules/') && !EXEMPT.some((pattern) => pattern.test(file)))
    expect(files.length).toBeGreaterThan(200)
    const found = files.flatMap((file) => {
      const lines = readFileSync(path.join(repo, file), 'utf8').split('\n')
      return lines.flatMap((line, index) => spellingsIn(line).map((name) => `${file}:${index + 1}: ${name}`))
    })
    expect(found).toEqual([])
  })
})
