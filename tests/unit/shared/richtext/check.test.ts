import { describe, expect, it } from 'vitest'

import { RICH_TEXT_LIMITS } from '@fengcai/shared/richtext/catalog'
import type { RichTextProfile } from '@fengcai/shared/richtext/catalog'
import { findRichTextProblem, richTextProblemMessage } from '@fengcai/shared/richtext/check'

import { attributePaths, bodyProfile, hostileStrings, placed, samples, text, unsupportedNodeTypes, withAttribute, wrongTypes } from '../../../fixtures/richtext'
import type { Node } from '../../../fixtures/richtext'

const problemOf = (value: unknown, profile: RichTextProfile = bodyProfile) => findRichTextProblem(value, profile)
const messageOf = (value: unknown, profile: RichTextProfile = bodyProfile) => {
  const problem = problemOf(value, profile)
  return problem && richTextProblemMessage('正文', problem)
}
const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })
const paragraph = (...children: unknown[]): Node => ({ type: 'paragraph', version: 1, children })

/** Attributes whose value is the editor's free text (escaped where it is shown). */
const FREE_TEXT = new Set(['text', 'style', 'textStyle', 'fields.caption', 'fields.credit'])
const NULLABLE = new Set(['direction', 'fields', 'fields.caption', 'fields.credit', 'fields.newTab'])
const IDS = new Set(['id', 'value', 'fields.doc.value'])
const BOOLEANS = new Set(['fields.newTab'])
const URLS = new Set(['fields.url'])

/** Whether the check may let `value` through at `path`: what the editor itself could have written there. */
const mayAccept = (path: string, value: unknown): boolean => {
  if (value === null) return NULLABLE.has(path)
  if (typeof value === 'boolean') return BOOLEANS.has(path)
  // An image's fields, all left empty.
  if (path === 'fields' && typeof value === 'object' && Object.keys(value).length === 0 && !Array.isArray(value)) return true
  if (typeof value === 'number') return IDS.has(path) && Number.isSafeInteger(value) && value > 0
  if (typeof value !== 'string') return false
  if (FREE_TEXT.has(path)) return true
  if (IDS.has(path)) return /^[\w-]+$/.test(value)
  // An address with no scheme but http(s), mailto or tel, and nothing a browser strips.
  if (URLS.has(path)) return !/[\s\u0000-\u001f]/.test(value) && (/^(https?:\/\/\w|mailto:|tel:)/i.test(value) || !/^[^/?#]*:/.test(value))
  return false
}

describe('rich text check on save', () => {
  it('should accept every node the body editor writes, with every attribute set', () => {
    for (const [name, node] of Object.entries(samples)) expect(problemOf(placed(node)), name).toBeNull()
    expect(problemOf(root(samples.paragraph, samples.heading, samples.quote, samples.list, samples.upload, samples.horizontalrule))).toBeNull()
    expect(problemOf(root(paragraph(samples.text, samples.tab, samples.linebreak, samples.link, samples.internalLink, samples.autolink)))).toBeNull()
    // A nested list, a quote pasted with its paragraphs, an image still uploading, empty fields.
    const nested = { ...samples.list, children: [{ type: 'listitem', version: 1, value: 1, children: [{ ...samples.list }] }] }
    const uploading = { type: 'upload', version: 3, format: '', pending: { formID: '6b13d91a4686ca27c5d4a136', src: 'blob:http://localhost:3100/4c1b' } }
    expect(problemOf(root(nested, { ...samples.quote, children: [paragraph(text())] }, uploading, paragraph()))).toBeNull()
    // The minimal shape other tests and older clients send: only type, version, children and text.
    expect(problemOf(root(paragraph({ type: 'text', version: 1, text: '正文。' })))).toBeNull()
    expect(problemOf(null)).toBeNull()
    expect(problemOf(undefined)).toBeNull()
  })

  it('should refuse the table cell of the probe with the Chinese message naming it and its paragraph', () => {
    const probe = {
      type: 'tablecell',
      version: 1,
      headerState: '0"><meta http-equiv="refresh" content="3;url=https://evil.example/phish">',
      children: [paragraph(text('x'))],
    }
    expect(messageOf(placed(probe))).toBe('正文包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。')
  })

  it('should refuse every node type the editor does not offer, as a block and inside a paragraph', () => {
    for (const type of unsupportedNodeTypes) {
      for (const node of [
        { type, version: 1, children: [] },
        { type, version: 1, text: 'x' },
        { type, version: 1 },
      ]) {
        expect(problemOf(placed(node)), type).toEqual({ kind: 'unknown-node', block: 3, nodeType: type })
        expect(problemOf(placed(paragraph(node))), type).toEqual({ kind: 'unknown-node', block: 3, nodeType: type })
        expect(messageOf(placed(node)), type).toMatch(/^正文包含编辑器不支持的内容（第 3 段：.*），请删除后再保存。$/)
      }
    }
    // A node of the catalog the editor lacks counts as unknown too.
    const withoutRules = { ...bodyProfile, nodes: bodyProfile.nodes.filter((type) => type !== 'horizontalrule') }
    expect(problemOf(placed(samples.horizontalrule), withoutRules)).toEqual({ kind: 'unknown-node', block: 3, nodeType: 'horizontalrule' })
    // Nodes without a type.
    for (const node of [null, 'text', 3, [], { version: 1 }, { type: 7, version: 1 }])
      expect(problemOf(placed(paragraph(node)))).toMatchObject({ kind: 'unknown-node', block: 3 })
  })

  it('should refuse every attribute of the supported nodes set to a wrong type or a hostile string, naming it', () => {
    let refused = 0
    for (const [name, node] of Object.entries(samples)) {
      for (const path of attributePaths(node)) {
        for (const value of [...wrongTypes, ...hostileStrings]) {
          const problem = problemOf(placed(withAttribute(node, path, value)))
          if (problem === null) {
            expect(mayAccept(path, value), `${name} ${path} = ${JSON.stringify(value)?.slice(0, 60)}`).toBe(true)
            continue
          }
          refused += 1
          expect(problem, `${name} ${path}`).toMatchObject({ kind: 'attribute', block: 3 })
          // The attribute itself, or (a link's fields without an address) what is missing inside it.
          const attribute = (problem as { attribute: string }).attribute
          expect(attribute === path || attribute.startsWith(`${path}.`), `${name} ${path}: ${attribute}`).toBe(true)
          expect(richTextProblemMessage('正文', problem)).toContain(`第 3 段：`)
        }
      }
    }
    expect(refused).toBeGreaterThan(1000)
    expect(messageOf(placed(withAttribute(samples.heading, 'tag', 'h1')))).toBe(
      '正文包含编辑器不支持的设置（第 3 段：标题 heading 的 tag 只能是 h2、h3 或 h4），请在编辑器中重新编辑这一段后再保存。',
    )
    expect(messageOf(placed(withAttribute(samples.link, 'fields.url', 'javascript:alert(1)')))).toBe(
      '正文包含编辑器不支持的设置（第 3 段：链接 link 的 fields.url 只能是 http(s)、mailto、tel 开头的地址或站内相对地址），请在编辑器中重新编辑这一段后再保存。',
    )
  })

  it('should refuse attributes no feature writes, on every node', () => {
    for (const [name, node] of Object.entries(samples)) {
      for (const key of ['headerState', 'colSpan', 'onclick', 'html', '$', 'src', 'href', 'className']) {
        expect(problemOf(placed({ ...node, [key]: 'x' })), `${name} ${key}`).toMatchObject({
          kind: 'attribute',
          attribute: key,
          expected: '不是编辑器支持的属性',
        })
      }
      // JSON.parse makes "__proto__" an own key, as a request body would.
      const polluted = JSON.parse(JSON.stringify(placed(node)).replace('"version":', '"__proto__":{"x":1},"version":'))
      expect(problemOf(polluted), name).toMatchObject({ kind: 'attribute', attribute: '__proto__' })
    }
    expect(problemOf(placed(withAttribute(samples.link, 'fields.text', '显示文字')))).toMatchObject({ attribute: 'fields.text' })
    expect(problemOf(placed(withAttribute(samples.upload, 'fields.alt', 'x')))).toMatchObject({ attribute: 'fields.alt' })
    expect(problemOf(placed(withAttribute(samples.list, 'checked', true)))).toMatchObject({ attribute: 'checked' })
    expect(problemOf(placed({ ...samples.listitem, checked: true }))).toMatchObject({ attribute: 'checked' })
  })

  it('should refuse nodes without what they need', () => {
    const without = (node: Node, key: string) => Object.fromEntries(Object.entries(node).filter(([name]) => name !== key))
    expect(problemOf(placed(without(samples.text, 'text')))).toMatchObject({ attribute: 'text', expected: '不能缺少' })
    expect(problemOf(placed(without(samples.heading, 'tag')))).toMatchObject({ attribute: 'tag' })
    expect(problemOf(placed(without(samples.list, 'listType')))).toMatchObject({ attribute: 'listType' })
    expect(problemOf(placed(without(samples.link, 'fields')))).toMatchObject({ attribute: 'fields' })
    expect(problemOf(placed(without(samples.paragraph, 'children')))).toMatchObject({ attribute: 'children' })
    expect(problemOf(placed(without(samples.upload, 'value')))).toMatchObject({ attribute: 'value' })
    expect(problemOf(placed(without(samples.upload, 'relationTo')))).toMatchObject({ attribute: 'relationTo' })
    for (const [name, node] of Object.entries(samples)) expect(problemOf(placed(without(node, 'version'))), name).toMatchObject({ attribute: 'version' })
    expect(problemOf(placed(withAttribute(samples.link, 'fields', { linkType: 'custom' })))).toMatchObject({ attribute: 'fields.url' })
    expect(problemOf(placed(withAttribute(samples.internalLink, 'fields', { linkType: 'internal' })))).toMatchObject({ attribute: 'fields.doc' })
    expect(problemOf(placed(withAttribute(samples.list, 'tag', 'ul')))).toMatchObject({ attribute: 'tag', expected: '与列表类型不符' })
    expect(problemOf(placed(withAttribute(samples.upload, 'fields.caption', '长'.repeat(201))))).toMatchObject({ attribute: 'fields.caption' })
  })

  it('should refuse nodes where the editor never puts them', () => {
    const cases: [unknown, string, string][] = [
      [root(text()), 'text', 'root'],
      [root(samples.listitem), 'listitem', 'root'],
      [root(samples.link), 'link', 'root'],
      [root(paragraph(paragraph(text()))), 'paragraph', 'paragraph'],
      [root(paragraph(samples.upload)), 'upload', 'paragraph'],
      [root(paragraph(samples.horizontalrule)), 'horizontalrule', 'paragraph'],
      [root(paragraph(samples.list)), 'list', 'paragraph'],
      [root(paragraph({ ...samples.link, children: [samples.link] })), 'link', 'link'],
      [root({ ...samples.list, children: [paragraph(text())] }), 'paragraph', 'list'],
      [root(paragraph({ type: 'root', version: 1, children: [] })), 'root', 'paragraph'],
      [root({ ...samples.quote, children: [samples.heading] }), 'heading', 'quote'],
    ]
    for (const [value, nodeType, parentType] of cases)
      expect(problemOf(value), `${nodeType} in ${parentType}`).toMatchObject({ kind: 'misplaced-node', nodeType, parentType })
    expect(messageOf(root(paragraph(text()), { ...samples.list, children: [paragraph(text())] }))).toBe(
      '正文的结构不正确（第 2 段：段落 paragraph 不能放在列表 list 里），请删除后再保存。',
    )
    for (const leaf of ['text', 'tab', 'linebreak', 'upload', 'horizontalrule'] as const) {
      expect(problemOf(placed({ ...samples[leaf], children: [] })), leaf).toMatchObject({ attribute: 'children', expected: '不能有下级内容' })
    }
    expect(problemOf(placed({ ...samples.paragraph, children: { 0: text() } }))).toMatchObject({ attribute: 'children' })
  })

  it('should refuse what the profile leaves out: check lists, alignment, indents, other headings and collections', () => {
    const narrow: RichTextProfile = { ...bodyProfile, alignment: false, indent: false, headingTags: ['h2'], uploads: {} }
    expect(problemOf(placed(samples.paragraph), narrow)).toMatchObject({ attribute: 'format' })
    expect(problemOf(placed({ ...samples.paragraph, format: '' }), narrow)).toMatchObject({ attribute: 'indent' })
    expect(problemOf(placed(samples.heading), narrow)).toMatchObject({ attribute: 'tag', expected: '只能是 h2' })
    expect(problemOf(placed(samples.upload), narrow)).toMatchObject({ attribute: 'relationTo' })
    expect(problemOf(placed(withAttribute(samples.list, 'listType', 'check')))).toMatchObject({ attribute: 'listType' })
    const checklists: RichTextProfile = { ...bodyProfile, listTypes: ['bullet', 'number', 'check'] }
    const checklist = {
      ...samples.list,
      listType: 'check',
      tag: 'ul',
      children: [{ type: 'listitem', version: 1, value: 1, checked: true, children: [text()] }],
    }
    expect(problemOf(placed(checklist), checklists)).toBeNull()
    expect(problemOf(placed(checklist))).toMatchObject({ attribute: 'listType' })
    expect(problemOf(placed(withAttribute(samples.internalLink, 'fields.doc.relationTo', 'users')))).toMatchObject({ attribute: 'fields.doc.relationTo' })
  })

  it('should refuse what is not an editor state', () => {
    for (const value of ['<p>x</p>', 3, [], {}, { root: [] }, { root: null }, { ...root(), extra: 1 }, { root: { ...samples.paragraph } }]) {
      expect(problemOf(value), JSON.stringify(value)).toEqual({ kind: 'shape' })
    }
    expect(messageOf('<p>x</p>')).toBe('正文的格式不正确：不是编辑器保存的内容，请在编辑器中重新编辑后再保存。')
  })

  it('should refuse nesting deeper than the bound, without running out of stack however deep', () => {
    const nestedLists = (levels: number): Node => {
      let item: Node = { type: 'listitem', version: 1, value: 1, children: [text()] }
      for (let level = 1; level < levels; level += 1)
        item = { type: 'listitem', version: 1, value: 1, children: [{ type: 'list', version: 1, listType: 'bullet', children: [item] }] }
      return { type: 'list', version: 1, listType: 'bullet', children: [item] }
    }
    // Lists ten deep (the indent limit) pass; the bound is reached well before the stack ends.
    expect(problemOf(root(paragraph(text()), nestedLists(RICH_TEXT_LIMITS.maxIndent + 1)))).toBeNull()
    expect(problemOf(root(paragraph(text()), nestedLists(20)))).toEqual({ kind: 'too-deep', block: 2 })
    expect(problemOf(root(nestedLists(200_000)))).toEqual({ kind: 'too-deep', block: 1 })
    expect(messageOf(root(paragraph(text()), nestedLists(20)))).toBe(`正文嵌套层级过多（第 2 段：超过 ${RICH_TEXT_LIMITS.maxDepth} 层），请简化后再保存。`)
  })

  it('should refuse documents over the size limits', () => {
    const paragraphs = (count: number) => root(...Array.from({ length: count }, () => paragraph(text('字'))))
    expect(problemOf(paragraphs(RICH_TEXT_LIMITS.maxNodes / 2 - 1))).toBeNull()
    expect(problemOf(paragraphs(RICH_TEXT_LIMITS.maxNodes))).toEqual({ kind: 'too-large', measure: 'nodes' })
    expect(problemOf(root(paragraph(...Array.from({ length: 5 }, () => text('长'.repeat(RICH_TEXT_LIMITS.maxTextLength / 4))))))).toEqual({
      kind: 'too-large',
      measure: 'text',
    })
    expect(messageOf(paragraphs(RICH_TEXT_LIMITS.maxNodes))).toMatch(/^正文内容过多（超过 20000 个.*），请删减或分成几篇后再保存。$/)
  })

  it('should take time in proportion to the size of the document', () => {
    const story = (blocks: number) => root(...Array.from({ length: blocks }, (_, index) => paragraph(text(`第 ${index} 段。`), samples.link)))
    const small = story(600)
    const large = story(4800)
    // The fastest of many runs: the least disturbed by other work on the machine.
    const time = (value: unknown): number => {
      let fastest = Number.POSITIVE_INFINITY
      for (let run = 0; run < 15; run += 1) {
        const start = performance.now()
        expect(problemOf(value)).toBeNull()
        fastest = Math.min(fastest, performance.now() - start)
      }
      return fastest
    }
    time(small)
    time(large)
    // Eight times the size: linear is about 8×; a quadratic step would be about 64×.
    expect(time(large) / Math.max(time(small), 0.05)).toBeLessThan(24)
  })
})
