import {
  $createAutoLinkNode,
  $createLinkNode,
  BlocksFeature,
  ChecklistFeature,
  EXPERIMENTAL_TableFeature,
  RelationshipFeature,
  TextStateFeature,
  getEnabledNodes,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { $createListItemNode, $createListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { $createHeadingNode, $createQuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  $parseSerializedNode,
} from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findRichTextProblem, richTextProblemMessage } from '@fengcai/shared/richtext/check'
import type { RichTextProfile } from '@fengcai/shared/richtext/catalog'

import { bodyProfile, placed } from '../../../fixtures/richtext'

let config: SanitizedConfig
let bodyAdapter: LexicalRichTextAdapter
let profile: RichTextProfile

const problemOf = (value: unknown) => findRichTextProblem(value, profile)

beforeAll(async () => {
  // The CMS's real config, resolved as Payload does at start-up; nothing connects to a database.
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
  process.env.DATABASE_URL ||= 'postgres://unused@127.0.0.1:1/unused'
  config = await (await import('@payload-config')).default
  const stories = config.collections.find((collection) => collection.slug === 'stories')
  bodyAdapter = (stories?.fields.find((field) => 'name' in field && field.name === 'body') as { editor: LexicalRichTextAdapter }).editor
  const { richTextProfile } = await import('@/editor/profile')
  profile = richTextProfile(bodyAdapter.editorConfig)
}, 120_000)

describe('rich text profile of an editor', () => {
  it("should derive the body editor's nodes, headings, lists and fields from its features", () => {
    const { nodes, linkFields, ...rest } = profile
    const { nodes: expectedNodes, linkFields: expectedLinkFields, ...expectedRest } = bodyProfile
    expect(new Set(nodes)).toEqual(new Set(expectedNodes))
    expect(rest).toEqual(expectedRest)
    expect(Object.keys(linkFields).sort()).toEqual(Object.keys(expectedLinkFields).sort())
    expect(linkFields.url).toEqual({ kind: 'url' })
    expect(linkFields.linkType).toEqual(expectedLinkFields.linkType)
    // Links may name any collection (Payload's default); the site links those it has pages for.
    const relations = linkFields.doc?.kind === 'relationship' ? linkFields.doc.relationTo : []
    const expectedRelations = expectedLinkFields.doc?.kind === 'relationship' ? expectedLinkFields.doc.relationTo : []
    expect(relations).toEqual(expect.arrayContaining([...expectedRelations]))
  })

  it('should accept what the body editor itself writes', () => {
    const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig: bodyAdapter.editorConfig }) })
    editor.update(
      () => {
        const root = $getRoot()
        const formatted = $createParagraphNode()
        formatted.setFormat('center')
        formatted.setIndent(2)
        formatted.append(
          $createTextNode('加粗').toggleFormat('bold'),
          $createLineBreakNode(),
          $createTabNode(),
          $createTextNode('上标').toggleFormat('superscript'),
        )
        formatted.append($createLinkNode({ fields: { linkType: 'custom', url: 'https://example.org', newTab: true } }).append($createTextNode('链接')))
        formatted.append(
          $createLinkNode({ fields: { linkType: 'internal', doc: { relationTo: 'stories', value: 3 }, newTab: false } }).append($createTextNode('站内')),
        )
        formatted.append(
          $createAutoLinkNode({ fields: { linkType: 'custom', url: 'https://www.example.org', newTab: false } }).append($createTextNode('www.example.org')),
        )
        const headings = (['h2', 'h3', 'h4'] as const).map((tag) => $createHeadingNode(tag).append($createTextNode(tag)))
        const quote = $createQuoteNode().append($createTextNode('引用'))
        const inner = $createListNode('bullet').append($createListItemNode().append($createTextNode('子项')))
        const numbered = $createListNode('number', 3).append($createListItemNode().append($createTextNode('一')), $createListItemNode().append(inner))
        const image = $parseSerializedNode({
          type: 'upload',
          version: 3,
          format: '',
          id: '6b13d91a4686ca27c5d4a135',
          relationTo: 'media',
          value: 7,
          fields: { caption: '说明', credit: '摄影' },
        } as never)
        const rule = $parseSerializedNode({ type: 'horizontalrule', version: 1 })
        root.append(formatted, ...headings, quote, numbered, image, rule, $createParagraphNode())
      },
      { discrete: true },
    )
    const written = editor.getEditorState().toJSON()
    expect(JSON.stringify(written)).toContain('"tag":"h4"')
    expect(JSON.stringify(written)).toContain('"type":"autolink"')
    expect(problemOf(written)).toBeNull()
  })

  it("should accept the demo content's and the importer's builders (cms/src/lib/lexical.ts)", async () => {
    const { bulletList, heading, image, paragraph, quote, richText } = await import('@/lib/lexical')
    expect(
      problemOf(richText([heading('小标题'), heading('三级', 'h3'), paragraph('正文。'), quote('引用'), bulletList(['一', '二']), image(5, '说明', '摄影')])),
    ).toBeNull()
  })

  it('should refuse the nodes of every Payload feature the body editor leaves out, naming each', async () => {
    const everything = await lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures,
        EXPERIMENTAL_TableFeature(),
        ChecklistFeature(),
        RelationshipFeature(),
        TextStateFeature({ state: { color: { red: { label: '红', css: { color: 'red' } } } } }),
        BlocksFeature({
          blocks: [{ slug: 'callout', fields: [{ name: 'note', type: 'text' }] }],
          inlineBlocks: [{ slug: 'mention', fields: [{ name: 'who', type: 'text' }] }],
        }),
      ],
    })({ config, isRoot: false, parentIsLocalized: false })
    const types = everything.editorConfig.features.nodes.map(({ node }) => ('getType' in node ? node.getType() : node.replace.getType()))
    const missing = [...new Set(types)].filter((type) => !profile.nodes.includes(type))
    expect(missing).toEqual(expect.arrayContaining(['table', 'tablerow', 'tablecell', 'relationship', 'block', 'inlineBlock']))
    for (const type of missing) {
      const problem = problemOf(placed({ type, version: 1, children: [] }))
      expect(problem, type).toEqual({ kind: 'unknown-node', block: 3, nodeType: type })
      expect(richTextProblemMessage('正文', problem as never)).toMatch(new RegExp(`^正文包含编辑器不支持的内容（第 3 段：\\S+ ${type}），请删除后再保存。$`))
    }
  })

  it('should fail at start-up, in words, for an editor that writes nodes the catalog does not describe', async () => {
    const { richTextProfile } = await import('@/editor/profile')
    const tables = await lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] })({
      config,
      isRoot: false,
      parentIsLocalized: false,
    })
    expect(() => richTextProfile(tables.editorConfig)).toThrow(
      /^Rich text check: the editor writes nodes the catalog does not describe \(table, tablecell, tablerow, relationship\)\./,
    )
  })
})
