/**
 * Lexical JSON → HTML, for the site's pages and the CMS's previews (the site worker renders both).
 * Only the nodes of the catalog (shared/src/richtext/catalog.ts), each only where the catalog lets
 * it sit, with every attribute read by its type and escaped; anything else is left out with its
 * content. The CMS refuses such text on save, but a document stored before it did must still not
 * put markup of its own on a page (a table cell's `headerState` once carried a <meta> redirect).
 */
import { escapeHtml } from '@fengcai/shared/html/escape'
import { NODE_CHILDREN, RICH_TEXT_LIMITS } from '@fengcai/shared/richtext/catalog'
import type { CatalogNodeType } from '@fengcai/shared/richtext/catalog'
import { isRecord, safeLinkUrl } from '@fengcai/shared/richtext/rules'

import { toImage } from './media'
import { pageOf, sectionOfCollection } from './routes'

type Node = Record<string, unknown>
type Output = { parts: string[]; budget: number }

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** An inline image with its caption and credit, sized from the CMS's generated renditions. */
const captionedImage = (node: Node): string => {
  const image = toImage(node.value, 'full')
  if (!image) return ''
  const fields = isRecord(node.fields) ? node.fields : {}
  const caption = textOf(fields.caption).trim()
  const credit = (typeof fields.credit === 'string' ? fields.credit : image.credit).trim()
  const figcaption =
    caption || credit
      ? `<figcaption data-pagefind-ignore>${escapeHtml(caption)}${credit ? ` <span class="credit">摄影：<span data-keep>${escapeHtml(credit)}</span></span>` : ''}</figcaption>`
      : ''
  return (
    `<figure class="inline-figure"><img src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" ` +
    `sizes="(min-width: 48rem) 46rem, 100vw" width="${Number(image.width)}" height="${Number(image.height)}" ` +
    `alt="${escapeHtml(image.alt)}" loading="lazy" decoding="async">${figcaption}</figure>`
  )
}

/** Where a link points: a document on the site (populated by ./context), or a safe address; null for neither. */
const hrefOf = (node: Node): string | null => {
  const fields = isRecord(node.fields) ? node.fields : {}
  if (fields.linkType !== 'internal') return safeLinkUrl(fields.url)
  const doc = isRecord(fields.doc) ? fields.doc : {}
  const section = typeof doc.relationTo === 'string' && Object.hasOwn(sectionOfCollection, doc.relationTo) ? sectionOfCollection[doc.relationTo] : undefined
  const slug = isRecord(doc.value) ? doc.value.slug : undefined
  return section && typeof slug === 'string' && slug ? pageOf(section, encodeURIComponent(slug)) : null
}

const ALIGNMENT_CSS: Readonly<Record<string, string>> = {
  center: 'text-align: center;',
  end: 'text-align: right;',
  justify: 'text-align: justify;',
  right: 'text-align: right;',
  start: 'text-align: left;',
}

/** A block's alignment and indent, from their known values only. */
const blockStyle = (node: Node, { indent = true } = {}): string => {
  const alignment = typeof node.format === 'string' && Object.hasOwn(ALIGNMENT_CSS, node.format) ? ALIGNMENT_CSS[node.format] : ''
  const level = indent && Number.isInteger(node.indent) && (node.indent as number) > 0 ? Math.min(node.indent as number, RICH_TEXT_LIMITS.maxIndent) : 0
  const css = `${alignment}${level ? `padding-inline-start: ${level * 40}px;` : ''}`
  return css ? ` style="${css}"` : ''
}

// Lexical's text format bits.
const TEXT_FORMATS: readonly [number, string, string][] = [
  [1, '<strong>', '</strong>'],
  [2, '<em>', '</em>'],
  [4, '<span style="text-decoration: line-through;">', '</span>'],
  [8, '<span style="text-decoration: underline;">', '</span>'],
  [16, '<code>', '</code>'],
  [32, '<sub>', '</sub>'],
  [64, '<sup>', '</sup>'],
]

const formattedText = (node: Node): string => {
  let html = escapeHtml(textOf(node.text))
  const format = Number.isInteger(node.format) ? (node.format as number) : 0
  for (const [bit, open, close] of TEXT_FORMATS) if (format & bit) html = `${open}${html}${close}`
  return html
}

/** The page's own title is its h1; a body heading is h2 to h6, and any other tag becomes h2. */
const headingTag = (tag: unknown): string => (typeof tag === 'string' && /^h[2-6]$/.test(tag) ? tag : 'h2')

const isCatalogType = (type: unknown): type is CatalogNodeType => typeof type === 'string' && Object.hasOwn(NODE_CHILDREN, type)

/** Renders the children the catalog lets `parent` hold; returns whether any wrote something. */
const renderChildren = (parent: Node & { type: CatalogNodeType }, out: Output, depth: number): boolean => {
  const allowed = NODE_CHILDREN[parent.type]
  if (!allowed || !Array.isArray(parent.children) || depth > RICH_TEXT_LIMITS.maxDepth) return false
  const before = out.parts.length
  for (const child of parent.children) {
    if (out.budget <= 0) break
    if (isRecord(child) && isCatalogType(child.type) && allowed.includes(child.type)) renderNode(child as Node & { type: CatalogNodeType }, out, depth)
  }
  return out.parts.length > before
}

const wrapped = (node: Node & { type: CatalogNodeType }, out: Output, depth: number, open: string, close: string): void => {
  out.parts.push(open)
  renderChildren(node, out, depth + 1)
  out.parts.push(close)
}

function renderNode(node: Node & { type: CatalogNodeType }, out: Output, depth: number): void {
  out.budget -= 1
  switch (node.type) {
    case 'root':
      renderChildren(node, out, depth + 1)
      return
    case 'paragraph': {
      const style = blockStyle(node)
      out.parts.push(`<p${style}>`)
      if (!renderChildren(node, out, depth + 1)) out.parts.push('<br />')
      out.parts.push('</p>')
      return
    }
    case 'heading': {
      const tag = headingTag(node.tag)
      return wrapped(node, out, depth, `<${tag}${blockStyle(node)}>`, `</${tag}>`)
    }
    case 'quote':
      return wrapped(node, out, depth, `<blockquote${blockStyle(node)}>`, '</blockquote>')
    case 'list': {
      const numbered = node.listType === 'number'
      const tag = numbered ? 'ol' : 'ul'
      return wrapped(node, out, depth, `<${tag}${blockStyle(node)} class="list-${numbered ? 'number' : 'bullet'}">`, `</${tag}>`)
    }
    case 'listitem': {
      const nested = Array.isArray(node.children) && node.children.some((child) => isRecord(child) && child.type === 'list')
      const value = Number.isSafeInteger(node.value) && (node.value as number) >= 0 ? ` value="${node.value as number}"` : ''
      const style = blockStyle(node, { indent: false })
      return wrapped(node, out, depth, nested ? `<li class="nestedListItem" style="list-style-type: none;"${value}>` : `<li${style}${value}>`, '</li>')
    }
    case 'link':
    case 'autolink': {
      const href = hrefOf(node)
      if (!href) {
        renderChildren(node, out, depth + 1)
        return
      }
      const newTab = isRecord(node.fields) && node.fields.newTab === true ? ' rel="noopener noreferrer" target="_blank"' : ''
      return wrapped(node, out, depth, `<a href="${escapeHtml(href)}"${newTab}>`, '</a>')
    }
    case 'upload':
      if (node.relationTo === 'media') out.parts.push(captionedImage(node))
      return
    case 'horizontalrule':
      out.parts.push('<hr />')
      return
    case 'linebreak':
      out.parts.push('<br />')
      return
    case 'tab':
      out.parts.push('\t')
      return
    case 'text':
      out.parts.push(formattedText(node))
      return
  }
}

/** Whether the field holds anything: Payload's editor leaves one empty paragraph in an empty field. */
const isEmpty = (root: Node): boolean => {
  const children = Array.isArray(root.children) ? root.children : []
  if (children.length !== 1) return children.length === 0
  const only = children[0]
  if (!isRecord(only) || only.type !== 'paragraph') return false
  const inner = Array.isArray(only.children) ? only.children : []
  return inner.length === 0 || (inner.length === 1 && isRecord(inner[0]) && inner[0].type === 'text' && !textOf(inner[0].text))
}

/** HTML of a Lexical field: the catalog's nodes only, at most as deep and as many as the CMS accepts. */
export const richTextToHtml = (data: unknown): string => {
  if (!isRecord(data) || !isRecord(data.root) || data.root.type !== 'root' || isEmpty(data.root)) return ''
  const out: Output = { parts: [], budget: RICH_TEXT_LIMITS.maxNodes }
  renderNode(data.root as Node & { type: 'root' }, out, 0)
  return out.parts.join('')
}
