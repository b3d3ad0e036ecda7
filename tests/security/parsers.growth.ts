/**
 * The growth harness, in this process: the parsers every input path hands its input to, fed the
 * shapes that make them work hardest at n, 2n, 4n and 8n. Each doubling may cost at most ×2.5
 * (linear is ×2, a quadratic step ×4). Shapes are generated from the tokens each parser reacts to
 * (helpers/growth.ts), not listed by hand. The same paths over HTTP against a running stack are
 * ./growth.security.ts; a new input path gets a row in one of the two.
 *
 * No stack here, so this file runs in the integration and stack files' group (its own project,
 * `growth`, with the harness's node flags), in the second place beside a running stack file
 * (helpers/sequencer.ts), rather than in the security group at the end where one core idles.
 */
import { describe, it } from 'vitest'

import type { NoticeComment } from '@fengcai/shared/payload-types'
import { commentSubmissionSchema, toCsv } from '@fengcai/shared'
import { htmlToText } from '@fengcai/shared/import/html'
import { parseArticle } from '@fengcai/shared/import/article'
import { proofreadText } from '@fengcai/shared/proofread'
import { findRichTextProblem } from '@fengcai/shared/richtext/check'
import { termNameForms, toSearchText } from '@fengcai/shared/search-text'
import { slugify } from '@fengcai/shared/slugify'
import { richTextToHtml } from '@fengcai/site/data/richtext'
import { searchExtract } from '@fengcai/site/data/search-digest'

import { objectionTable } from '@/collections/NoticeComments/endpoints/objectionTable'
import { DOCX_LIMITS, checkDocxDirectory } from '@/lib/import/docxArchive'
import { refusalOfQuery } from '@/lib/graphqlShape'
import { workbookOf } from '@/lib/xlsx'

import { searchableHtml } from '../../site/src/integrations/searchable-html'

import { bodyProfile, documentOf, editorParagraph, samples, text } from '../fixtures/richtext'
import type { Node } from '../fixtures/richtext'
import { zipOf } from '../helpers/docx'
import { calibratedBatch, expectLinear, inputOf, repetitionsFor, shapesOf, timeDoublings } from '../helpers/growth'
import type { Shape } from '../helpers/growth'

/** Added to both sides of each ratio: the fixed cost of a call in this process. */
const FLOOR_MS = 1
/** How long a sample at n lasts (runs are batched up to it), so it measures the input, not the clock. */
const BATCH_MS = 5
/**
 * Samples per size in one series: the fastest counts (growsLinearly measures a doubtful series again).
 * One took the file 50 s → 34 s alone, but a loaded clean-clone run then failed a linear row
 * ("importer text": 记者), where two samples had passed every run: two it stays.
 */
const REPEATS = 2

/**
 * What the proofreader reacts to: dictionary and name prefixes that never complete, brackets and
 * quotes left open or closed alone, half-width marks beside Chinese, runs of marks, addresses,
 * numbers and Latin text where half-width marks are right.
 */
const PROOFREAD_TOKENS = [
  '再接再',
  '迫不急',
  '上海志愿者',
  '按',
  '（',
  '(',
  ')',
  '《',
  '“',
  '」',
  ',',
  '.',
  '!',
  '！',
  '。。',
  'http://a.cn/',
  '8:30',
  'A',
  '志',
]

/** What the importer's text rules react to: markup, entities, spaces, brackets, separators, bylines, dates, readings. */
const TEXT_TOKENS = [
  '<',
  '&',
  '&#',
  '<p ',
  ' ',
  '\u3000',
  '\n',
  '\t',
  '志',
  '誌',
  '（',
  '(',
  ')',
  '“',
  '"',
  '、',
  '，',
  ',',
  '：',
  ':',
  '。',
  '.',
  '·',
  '1',
  '2026年3月',
  '2026-03-',
  '记者',
  '通讯员',
  '摄',
  '张三',
  '荣获',
  '优秀志愿者',
  '来源：',
  '图为',
  'a',
  '(zhì)',
  '?',
  '|',
  '>',
  '【',
  '版权所有',
]
/** What the HTML reader reacts to: tags opened and never closed, nesting, comments, entities, attributes. */
const HTML_TOKENS = [
  '<div>',
  '</div>',
  '<nav>',
  '</nav>',
  '<p',
  '<!--',
  '-->',
  '&amp;',
  '&#x',
  '<br>',
  '<script>',
  '</script>',
  '<a href="',
  '"',
  "'",
  '=',
  '<h2>',
  '</h2>',
  '志',
  ' ',
  '<',
  '>',
  '<title>',
  '<head>',
  '<![CDATA[',
]
/** What the search extract reacts to besides: the attributes that mark what Pagefind reads. */
const PAGEFIND_TOKENS = [...HTML_TOKENS, '<p data-pagefind-ignore>', '<img src="a.webp">', ' data-pagefind-meta="title:', '</p>']
const SEARCH_TOKENS = ['志', 'a', '1', ' ', '，', '\n', '𠀀', 'Ａ', '·', '-']
const SLUG_TOKENS = ['志', 'a', ' ', '-', '--', '，', '!', '𠀀', 'é', '·']

const PROOFREAD_LISTS = { officialNames: [], sensitive: [] }

describe('growth of the parsers, in this process', () => {
  type Row = { name: string; shapes: Shape[]; chars: number; run: (input: string) => unknown }
  const rows: Row[] = [
    // The importer's whole cleaning, as pasted text (HTML found by itself) and as read from a page.
    { name: 'importer text', shapes: shapesOf(TEXT_TOKENS, { pairs: 6, triples: 3, around: ['志', '愿'] }), chars: 3000, run: (input) => parseArticle(input) },
    {
      name: 'importer HTML',
      shapes: shapesOf(HTML_TOKENS, { pairs: 4, triples: 2 }).filter((_, index) => index % 3 === 0),
      chars: 8000,
      run: (input) => parseArticle(input, { html: true }),
    },
    { name: 'HTML reader', shapes: shapesOf(HTML_TOKENS, { pairs: 6, triples: 3, around: ['<p>', '</p>'] }), chars: 12_000, run: htmlToText },
    // What search reads of a built page: the site's own markup, read on every build and publish.
    {
      name: 'search extract',
      shapes: shapesOf(PAGEFIND_TOKENS, { pairs: 3, triples: 1, around: ['<main data-pagefind-body>', '</main>'] }),
      chars: 12_000,
      run: searchExtract,
    },
    { name: 'searchable HTML', shapes: shapesOf(HTML_TOKENS, { pairs: 3, triples: 1 }), chars: 12_000, run: searchableHtml },
    // From 24,000 characters: below, V8 turns a Han run's replacements from one regime to another
    // (one Han character between two commas: ×6 from 6,000 to 12,000 characters, ×2.7–4.7 from
    // 12,000 to 24,000, then ×2 per doubling), which failed a loaded run at its first doubling.
    { name: 'search-text encoding', shapes: shapesOf(SEARCH_TOKENS, { pairs: 3, triples: 1 }), chars: 24_000, run: toSearchText },
    // A search query resolved to the terms it names (the search page's lookup in /search-terms.json).
    {
      name: 'search term lookup',
      shapes: shapesOf([...SEARCH_TOKENS, '区', '街道', '新区'], { pairs: 3, triples: 1 }).filter((_, index) => index % 2 === 0),
      chars: 12_000,
      run: termNameForms,
    },
    // Every save's 校对 (proofreading) of a story's text against the built-in lists. Chinese text
    // is held in two bytes a character: 6,000 keeps 8n below V8's large-object size.
    { name: 'proofreader', shapes: shapesOf(PROOFREAD_TOKENS, { pairs: 3, triples: 1 }), chars: 6000, run: (input) => proofreadText(input, PROOFREAD_LISTS) },
    { name: 'slugify', shapes: shapesOf(SLUG_TOKENS, { pairs: 3, triples: 1 }), chars: 12_000, run: (input) => slugify(input) },
    {
      name: 'comment validation',
      shapes: shapesOf(TEXT_TOKENS, { pairs: 0, triples: 0 }).filter((_, index) => index % 4 === 0),
      chars: 2000,
      run: (input) =>
        commentSubmissionSchema.safeParse({
          kind: 'objection',
          noticeId: '1',
          name: input,
          phone: input,
          email: input,
          content: input,
          evidence: input,
          consent: true,
          website: '',
          idempotencyKey: input,
          altcha: input,
        }),
    },
  ]
  for (const row of rows) {
    for (const shape of row.shapes) {
      it(`should handle ${row.name} in linear time: ${shape.name}`, async () => {
        const make = (size: number) => inputOf(shape, size)
        // n is the row's size: large enough that the engine's fast paths for short strings (up to
        // about 10,000 characters) are behind, small enough that 8n of a one-byte string stays below
        // V8's large-object size (128 KiB: at 16,000 characters, 8n sat on it and the CI machine
        // measured that step at ×3.2–4.0 for a reader linear everywhere else).
        const base = repetitionsFor(shape.unit, row.chars)
        const batch = await calibratedBatch(make(base), row.run, BATCH_MS)
        await expectLinear(() => timeDoublings(base, make, row.run, REPEATS, batch), FLOOR_MS)
      })
    }
  }

  describe('rich text, checked on save and rendered for the site', () => {
    const root = documentOf
    const block = (children: unknown[]): Node => editorParagraph(children, { textStyle: '' })
    const inline = new Set(['text', 'tab', 'linebreak', 'link', 'internalLink', 'autolink'])
    /** n of a node in a document: blocks side by side, an inline node n times in one paragraph, a list item n times in one list. */
    const documents: Record<string, (size: number) => unknown> = Object.fromEntries(
      Object.entries(samples).map(([name, node]) => [
        name,
        (size: number) =>
          name === 'listitem'
            ? root([{ ...samples.list, children: Array.from({ length: size }, () => node) }])
            : root(inline.has(name) ? [block(Array.from({ length: size }, () => node))] : Array.from({ length: size }, () => node)),
      ]),
    )
    documents['long hostile text'] = (size) => root([block([text('<"&\'志'.repeat(size))])])
    documents['unknown nodes'] = (size) =>
      root(Array.from({ length: size }, () => ({ type: 'tablecell', version: 1, headerState: '0"><meta http-equiv="refresh">', children: [] })))
    documents['quotes in lists, nested to the limit'] = (size) => {
      let node: Node = text()
      for (let level = 0; level < Math.min(size, 30); level += 1) node = { ...samples.list, children: [{ ...samples.listitem, children: [node] }] }
      return root(Array.from({ length: size }, () => node))
    }
    for (const [name, make] of Object.entries(documents)) {
      for (const [step, run] of [
        ['check on save', (value: unknown) => findRichTextProblem(value, bodyProfile)],
        ['render', richTextToHtml],
      ] as const) {
        it(`should ${step} rich text in linear time: ${name}`, async () => {
          const batch = await calibratedBatch(make(250), run, BATCH_MS)
          await expectLinear(() => timeDoublings(250, make, run, REPEATS, batch), FLOOR_MS)
        })
      }
    }
  })

  it('should judge a .docx directory in linear time whatever it holds', async () => {
    const entries = (count: number) =>
      zipOf(Array.from({ length: count }, (_, index) => ({ name: `word/media/${'长'.repeat(index % 50)}${index}.xml`, data: Buffer.from('<a/>') })))
    // Up to the limit of parts (beyond it the directory is refused at its count, in no time).
    const judge = (zip: Buffer) => checkDocxDirectory(zip)
    const batch = await calibratedBatch(entries(DOCX_LIMITS.entries / 8), judge, BATCH_MS)
    await expectLinear(() => timeDoublings(DOCX_LIMITS.entries / 8, entries, judge, REPEATS, batch), FLOOR_MS)
  })

  it('should write the objection export, CSV and Excel, in time linear in its rows', async () => {
    // Objections as staff export them: long text with line breaks and a formula-like start, a full history.
    const objection = (index: number): NoticeComment => ({
      id: index,
      receipt: `GS-20261201-${String(index).padStart(4, '0')}`,
      idempotencyKey: String(index),
      kind: 'objection',
      status: 'resolved',
      notice: 1,
      nomineeName: '郑晓岚',
      name: `读者${index}`,
      phone: '021-55550123',
      email: `reader${index}@example.com`,
      content: `=第${index}条，${'志愿者在社区服务，"核实"。\n'.repeat(20)}`,
      evidence: '证人：社区居委会'.repeat(5),
      resolution: '经核实，情况不属实。',
      reply: '感谢监督。',
      statusHistory: ['received', 'under-review', 'resolved'].map((status, step) => ({ status, at: new Date(Date.UTC(2026, 11, 1 + step)).toISOString() })),
      createdAt: '2026-12-01T01:30:00.000Z',
      updatedAt: '2026-12-03T01:30:00.000Z',
    })
    const make = (size: number) => Array.from({ length: size }, (_, index) => objection(index))
    const write = async (docs: NoticeComment[]) => {
      const table = objectionTable(docs)
      toCsv(table.header, table.rows)
      return workbookOf([{ name: '公示', ...table }])
    }
    const batch = await calibratedBatch(make(250), write, BATCH_MS)
    await expectLinear(() => timeDoublings(250, make, write, REPEATS, batch), FLOOR_MS)
  })

  it('should judge GraphQL documents by their shape in linear time', async () => {
    const shapes: ((size: number) => string)[] = [
      (size) =>
        `{ Stories(limit: 1) { docs { ...F0 } } } ${Array.from({ length: size }, (_, index) => `fragment F${index} on Story { ...F${index + 1} ...F${index + 1} }`).join(' ')} fragment F${size} on Story { id }`,
      (size) => `{ ${Array.from({ length: size }, (_, index) => `a${index}: Stories(limit: 1) { totalDocs }`).join(' ')} }`,
      (size) => `{ ${'Stories { docs { relatedStories { '.repeat(size)}id${' } } }'.repeat(size)} }`,
      (size) => `{ Stories { docs { ${'... on Story { '.repeat(size)}id${' }'.repeat(size)} } } }`,
    ]
    for (const shape of shapes) {
      const batch = await calibratedBatch(shape(60), refusalOfQuery, BATCH_MS)
      await expectLinear(() => timeDoublings(60, shape, refusalOfQuery, REPEATS, batch), FLOOR_MS)
    }
  })
})
