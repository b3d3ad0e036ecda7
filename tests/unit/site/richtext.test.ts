import { describe, expect, it } from 'vitest'

import { decodeHTMLAttribute } from 'entities'

import { safeLinkUrl } from '@fengcai/shared/richtext/rules'

import { richTextToHtml } from '../../../site/src/data/richtext'
import { attributePaths, hostileStrings, placed, samples, text, unsupportedNodeTypes, withAttribute, wrongTypes } from '../../fixtures/richtext'
import type { Node } from '../../fixtures/richtext'

const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })
const paragraph = (...children: unknown[]): Node => ({ type: 'paragraph', version: 1, children })

/** An image as the site's data layer hands it over: the upload's value populated with its media document. */
const media = { id: 7, url: '/api/media/file/harbour.jpg', width: 1600, height: 1000, alt: '志愿者在码头', credit: '李四', sizes: {} }
const populated = (node: Node): Node => (node.type === 'upload' && typeof node.value === 'number' ? { ...node, value: media } : node)

const TAGS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'em',
  'span',
  'code',
  'sub',
  'sup',
  'br',
  'hr',
  'figure',
  'img',
  'figcaption',
])
const ATTRIBUTES = new Set([
  'style',
  'class',
  'value',
  'href',
  'rel',
  'target',
  'src',
  'srcset',
  'sizes',
  'width',
  'height',
  'alt',
  'loading',
  'decoding',
  'data-pagefind-ignore',
  'data-keep',
])
const STYLES =
  /^(text-align: (center|right|left|justify);)?(padding-inline-start: \d+px;)?$|^text-decoration: (line-through|underline);$|^list-style-type: none;$/

/**
 * Fails unless the HTML is made only of the renderer's own tags and attributes, with every
 * attribute value of a known form, and everything else escaped text.
 */
const expectOnlyKnownMarkup = (html: string, context: string): void => {
  const tag = /<(\/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*(\/?)>/g
  for (const [, , name, attributes] of html.matchAll(tag)) {
    expect(TAGS.has(name as string), `${context}: <${name}>`).toBe(true)
    for (const [, attribute, value = ''] of (attributes as string).matchAll(/\s+([a-z-]+)(?:="([^"]*)")?/g)) {
      expect(ATTRIBUTES.has(attribute as string), `${context}: ${name} ${attribute}`).toBe(true)
      const decoded = decodeHTMLAttribute(value)
      if (attribute === 'href') expect(decoded.startsWith('/') || safeLinkUrl(decoded) !== null, `${context}: href="${value}"`).toBe(true)
      if (attribute === 'style') expect(value, `${context}: style`).toMatch(STYLES)
      if (attribute === 'class') expect(value, `${context}: class`).toMatch(/^(list-(bullet|number)|nestedListItem|inline-figure|credit)$/)
      if (attribute === 'value' || attribute === 'width' || attribute === 'height') expect(value, `${context}: ${attribute}`).toMatch(/^\d+$/)
    }
  }
  // Outside the tags above, only text: not one "<" or ">" left over.
  expect(html.replace(tag, ''), context).not.toMatch(/[<>]/)
}

describe('rich text on the site', () => {
  it('should render what the body editor writes', () => {
    const html = richTextToHtml(root(samples.paragraph, samples.heading, samples.quote, samples.list, populated(samples.upload), samples.horizontalrule))
    expect(html).toBe(
      '<p style="text-align: center;padding-inline-start: 40px;">志愿者在社区服务</p>' +
        '<h3>小标题</h3>' +
        '<blockquote>引用的话</blockquote>' +
        '<ol class="list-number"><li value="1">第一项</li></ol>' +
        '<figure class="inline-figure"><img src="http://localhost:3000/api/media/file/harbour.jpg" srcset="http://localhost:3000/api/media/file/harbour.jpg 1600w" ' +
        'sizes="(min-width: 48rem) 46rem, 100vw" width="1600" height="1000" alt="志愿者在码头" loading="lazy" decoding="async">' +
        '<figcaption data-pagefind-ignore>图片说明 <span class="credit">摄影：<span data-keep>张三</span></span></figcaption></figure>' +
        '<hr />',
    )
    const inline = richTextToHtml(root(paragraph(samples.text, samples.linebreak, samples.tab, text('斜体', 2), samples.link, samples.autolink)))
    expect(inline).toBe(
      '<p><strong>加粗的文字</strong><br />\t<em>斜体</em>' +
        '<a href="https://www.example.org/path?a=1#top" rel="noopener noreferrer" target="_blank">外部链接</a>' +
        '<a href="mailto:office@example.org">office@example.org</a></p>',
    )
    const story = {
      type: 'link',
      version: 3,
      fields: { linkType: 'internal', doc: { relationTo: 'stories', value: { id: 12, slug: 'harbour-team' } } },
      children: [text('站内')],
    }
    expect(richTextToHtml(root(paragraph(story)))).toBe('<p><a href="/stories/harbour-team/">站内</a></p>')
    expect(richTextToHtml(root(paragraph()))).toBe('')
    expect(richTextToHtml(null)).toBe('')
  })

  it('should drop every node type it does not know, with all it holds', () => {
    const twoParagraphs = '<p>第一段。</p><p>第二段。</p>'
    for (const type of unsupportedNodeTypes) {
      const node = { type, version: 1, headerState: hostileStrings[0], url: 'javascript:alert(1)', text: '不该出现', children: [text('不该出现')] }
      const asBlock = richTextToHtml(placed(node))
      const inParagraph = richTextToHtml(placed(paragraph(node)))
      expect(asBlock, type).toBe(twoParagraphs)
      expect(inParagraph, type).toBe(`${twoParagraphs}<p><br /></p>`)
      expectOnlyKnownMarkup(asBlock, type)
      expectOnlyKnownMarkup(inParagraph, type)
    }
    // The probe's table cell, as it was stored before the CMS checked rich text.
    const cell = {
      type: 'tablecell',
      version: 1,
      headerState: '0"><meta http-equiv="refresh" content="3;url=https://evil.example/phish">…',
      children: [paragraph(text('x'))],
    }
    const table = { type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [cell] }] }
    for (const value of [placed(cell), placed(table)]) expect(richTextToHtml(value)).not.toMatch(/meta|evil|headerState/)
  })

  it('should let no attribute of a known node reach the HTML but as a checked, escaped value', () => {
    for (const [name, node] of Object.entries(samples)) {
      for (const path of attributePaths(node)) {
        for (const value of [...wrongTypes, ...hostileStrings]) {
          const html = richTextToHtml(placed(populated(withAttribute(node, path, value))))
          expectOnlyKnownMarkup(html, `${name} ${path} = ${JSON.stringify(value)?.slice(0, 50)}`)
          expect(html).not.toMatch(/<meta|<script/i)
        }
      }
    }
    // Into the image's own media document too: its address, size and description.
    for (const value of hostileStrings) {
      for (const key of ['url', 'alt', 'credit'] as const) {
        const html = richTextToHtml(placed({ ...samples.upload, fields: { caption: value }, value: { ...media, [key]: value } }))
        expectOnlyKnownMarkup(html, `media ${key}`)
      }
    }
  })

  it('should drop nodes set where the editor never puts them', () => {
    expect(richTextToHtml(root(text('裸文字'), samples.listitem, samples.link, paragraph(text('留下'))))).toBe('<p>留下</p>')
    expect(richTextToHtml(root(paragraph(paragraph(text('段中段')), samples.upload, samples.list)))).toBe('<p><br /></p>')
    expect(richTextToHtml(root({ ...samples.list, children: [paragraph(text('列表里的段落'))] }))).toBe('<ol class="list-number"></ol>')
  })

  it('should stop at the depth bound and the node limit, however deep or long the stored text is', () => {
    let item: Node = { type: 'listitem', version: 1, children: [text('最深处')] }
    for (let level = 0; level < 200_000; level += 1)
      item = { type: 'listitem', version: 1, children: [{ type: 'list', version: 1, listType: 'bullet', children: [item] }] }
    const deep = richTextToHtml(root({ type: 'list', version: 1, listType: 'bullet', children: [item] }))
    expect(deep).not.toContain('最深处')
    expect(deep.length).toBeLessThan(2000)
    const long = richTextToHtml(root(...Array.from({ length: 50_000 }, () => paragraph(text('字')))))
    expect(long.split('<p>').length - 1).toBeLessThan(20_000)
  })
})
