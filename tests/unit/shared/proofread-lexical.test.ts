import { beforeAll, describe, expect, it } from 'vitest'

import { collectionSlugs } from '@fengcai/shared'
import {
  builtInConfusions,
  compileLists,
  documentContent,
  proofreadText,
  richTextParts,
  textFindings,
  type CompiledLists,
  type RichTextBlock,
  type RichTextImage,
  type RichTextLink,
} from '@fengcai/shared/proofread'

import { seededRandom } from '../../helpers/random'

const RUNS = 200

type Node = Record<string, unknown>
type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1))

/** Correct sentences (checked below): between any two of them, a wrong form stands alone. */
const CLEAN = ['志愿者们走进社区。', '老人们笑着道谢。', '活动持续了一个上午。', '大家分工合作，井然有序。', '孩子们认真听讲。', '服务队为居民测量血压。']
/** Entries wrong wherever they stand, so a planted one must be found exactly there. */
const PLAIN = builtInConfusions.filter((entry) => !entry.except && !entry.unlessAfter && !entry.unlessBefore).slice(0, 300)

type Planted = { field: string; block: number; node: number[]; part?: 'caption'; offset: number; wrong: string; right: string }

/**
 * A random Lexical value, with what the walk should give for it: blocks, images and links in
 * reading order, and the wrong forms planted in it with where each stands.
 */
const generate = (random: Random, field = 'body') => {
  const blocks: RichTextBlock[] = []
  const images: RichTextImage[] = []
  const links: RichTextLink[] = []
  const planted: Planted[] = []
  let count = 0

  /** A block's text: sentences, a planted wrong form between two of them, line breaks and tabs. */
  const blockText = (index: number, node: number[], part?: 'caption'): string => {
    let text = ''
    for (let sentence = between(random, 0, 3); sentence > 0; sentence -= 1) {
      if (random() < 0.3) {
        const entry = pick(random, PLAIN)
        planted.push({ field, block: index, node, ...(part ? { part } : {}), offset: text.length, wrong: entry.wrong, right: entry.right })
        text += entry.wrong
      }
      text += pick(random, CLEAN)
      if (!part && random() < 0.2) text += pick(random, ['\n', '\t'])
    }
    return text
  }

  /** The text as inline nodes: cut at random, each stretch text, line breaks and tabs, some stretches a link. */
  const inline = (text: string, index: number, node: number[]): Node[] => {
    const cuts = [...new Set([0, ...Array.from({ length: between(random, 0, 4) }, () => between(random, 0, text.length)), text.length])].sort((a, b) => a - b)
    const nodes: Node[] = []
    for (let at = 0; at + 1 < cuts.length; at += 1) {
      const [start, end] = [cuts[at] as number, cuts[at + 1] as number]
      if (start === end) continue
      const pieces = text
        .slice(start, end)
        .split(/(\n|\t)/)
        .filter(Boolean)
        .map((piece) =>
          piece === '\n'
            ? { type: 'linebreak', version: 1 }
            : piece === '\t'
              ? { type: 'tab', version: 1, text: '\t' }
              : { type: 'text', version: 1, text: piece },
        )
      if (random() < 0.3) {
        const internal = random() < 0.5
        const target = internal
          ? { linkType: 'internal', doc: { relationTo: 'stories', value: between(random, 1, 99) } }
          : { linkType: 'custom', url: `https://example.org/${start}` }
        nodes.push({ type: 'link', version: 3, fields: target, children: pieces })
        links.push({
          block: index,
          node,
          offset: start,
          length: end - start,
          text: text.slice(start, end),
          url: internal ? null : (target.url as string),
          doc: internal ? { relationTo: 'stories', id: (target.doc as { value: number }).value } : null,
        })
      } else nodes.push(...pieces)
    }
    return nodes
  }

  const textBlock = (type: string, node: number[], extra: Node = {}): Node => {
    const index = count++
    const text = blockText(index, node)
    const children = inline(text, index, node)
    blocks.push({ index, node, type, text })
    return { type, version: 1, ...extra, children }
  }

  const list = (node: number[], depth: number): Node => {
    const items: Node[] = []
    for (let item = 0; item < between(random, 1, 3); item += 1) {
      const path = [...node, item]
      if (depth < 2 && random() < 0.3) items.push({ type: 'listitem', version: 1, children: [list([...path, 0], depth + 1)] })
      else items.push(textBlock('listitem', path))
    }
    return { type: 'list', version: 1, listType: 'bullet', tag: 'ul', children: items }
  }

  const topLevel = (position: number): Node => {
    const node = [position]
    switch (pick(random, ['paragraph', 'heading', 'quote', 'quoted-paragraphs', 'list', 'upload', 'horizontalrule'])) {
      case 'heading':
        return textBlock('heading', node, { tag: 'h2' })
      case 'quote':
        return textBlock('quote', node)
      case 'quoted-paragraphs':
        return { type: 'quote', version: 1, children: [0, 1].map((child) => textBlock('paragraph', [position, child])) }
      case 'list':
        return list(node, 0)
      case 'upload': {
        const index = count++
        const caption = blockText(index, node, 'caption')
        const image = { index, node, relationTo: 'media', mediaId: between(random, 1, 99), caption, credit: random() < 0.5 ? '张三' : '' }
        images.push(image)
        return { type: 'upload', version: 3, relationTo: 'media', value: image.mediaId, fields: { caption, credit: image.credit } }
      }
      case 'horizontalrule':
        return { type: 'horizontalrule', version: 1 }
      default:
        return textBlock('paragraph', node)
    }
  }

  const children = Array.from({ length: between(random, 0, 8) }, (_, position) => topLevel(position))
  return { value: { root: { type: 'root', version: 1, children } }, blocks, images, links, planted }
}

/** A node by its child indexes from the root, as the admin's editor would find it. */
const nodeAt = (value: { root: Node }, path: readonly number[]): Node =>
  path.reduce<Node>((node, index) => (node.children as Node[])[index] as Node, value.root)

/** A block's text read independently: its inline descendants, as Lexical's getTextContent would give them. */
const textContent = (node: Node): string =>
  ((node.children as Node[] | undefined) ?? [])
    .map((child) => (child.type === 'linebreak' ? '\n' : typeof child.text === 'string' ? child.text : child.type === 'link' ? textContent(child) : ''))
    .join('')

let lists: CompiledLists

beforeAll(() => {
  lists = compileLists({ officialNames: [], sensitive: [] })
})

describe('richTextParts: a rich-text value as blocks of text', () => {
  it('should find nothing to say about the sentences the generated text is made of', () => {
    for (const sentence of CLEAN) expect(proofreadText(sentence, lists), sentence).toEqual([])
  })

  it('should give every block, image and link of a generated value, in reading order, where the editor finds them', () => {
    const random = seededRandom(7)
    for (let run = 0; run < RUNS; run += 1) {
      const generated = generate(random)
      const parts = richTextParts(generated.value)
      expect(parts.blocks, `run ${run}`).toEqual(generated.blocks)
      expect(parts.images, `run ${run}`).toEqual(generated.images)
      expect(parts.links, `run ${run}`).toEqual(generated.links)
      for (const block of parts.blocks) {
        const node = nodeAt(generated.value, block.node)
        expect(node.type).toBe(block.type)
        expect(textContent(node)).toBe(block.text)
      }
      for (const link of parts.links)
        expect(parts.blocks.find((block) => block.index === link.block)?.text.slice(link.offset, link.offset + link.length)).toBe(link.text)
    }
  })

  it('should report each planted wrong form once, at its block, node and offset, in text and captions alike', () => {
    const random = seededRandom(8)
    let plantedTotal = 0
    for (let run = 0; run < RUNS; run += 1) {
      const generated = generate(random)
      const content = documentContent(collectionSlugs.stories, { body: generated.value })
      if (!content) throw new Error('stories are proofread')
      const found = textFindings(content, lists).map(({ kind, text, suggestion, where }) => ({ kind, text, suggestion, where }))
      const expected = generated.planted.map(({ field, block, node, part, offset, wrong, right }) => ({
        kind: 'typo',
        text: wrong,
        suggestion: right,
        where: { field, block, node, ...(part ? { part } : {}), offset, length: wrong.length },
      }))
      expect(found, `run ${run}`).toEqual(expected)
      for (const finding of found) {
        const unit = finding.where.part
          ? (nodeAt(generated.value, finding.where.node ?? []).fields as { caption: string }).caption
          : textContent(nodeAt(generated.value, finding.where.node ?? []))
        expect(unit.slice(finding.where.offset, finding.where.offset + finding.where.length)).toBe(finding.text)
      }
      plantedTotal += expected.length
    }
    // The generator plants enough for the property to mean something.
    expect(plantedTotal).toBeGreaterThan(RUNS)
  })

  it('should read nothing from an empty, missing or malformed value', () => {
    for (const value of [null, undefined, '', 42, {}, { root: null }, { root: { type: 'root' } }, { root: { type: 'root', children: 'no' } }])
      expect(richTextParts(value)).toEqual({ blocks: [], images: [], links: [] })
  })
})

describe('documentContent: the fields of a document, by their paths', () => {
  it('should name every row of an array field by its index, for any number of rows', () => {
    const random = seededRandom(9)
    for (let run = 0; run < 50; run += 1) {
      const rows = Array.from({ length: between(random, 0, 6) }, (_, row) => ({
        image: row + 1,
        caption: random() < 0.5 ? `第${row}张照片，${pick(random, PLAIN).wrong}。` : '',
        credit: '',
      }))
      const content = documentContent(collectionSlugs.galleries, { title: '图集', photos: rows })
      const findings = textFindings(content as NonNullable<typeof content>, lists)
      const expected = rows.flatMap((row, index) => (row.caption ? [`photos.${index}.caption`] : []))
      expect(findings.map((finding) => finding.where.field)).toEqual(expected)
      expect(content?.images.map((image) => image.where.field)).toEqual(rows.map((_, index) => `photos.${index}.image`))
    }
  })

  it('should read a notice nominees’ names and deeds, and none of a collection it does not proofread', () => {
    const content = documentContent(collectionSlugs.notices, { title: '公示', nominees: [{ name: '甲', deeds: '乙' }, { name: '丙' }] })
    expect(content?.texts.map((text) => text.field)).toEqual(['title', 'nominees.0.name', 'nominees.1.name', 'nominees.0.deeds'])
    expect(documentContent(collectionSlugs.users, { email: 'x' })).toBeNull()
  })
})
