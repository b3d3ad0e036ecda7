import { LinkHTMLConverter, convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { toImage } from './media'

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)

type UploadNode = { value?: unknown; fields?: { caption?: string | null; credit?: string | null } | null }

/** An inline image with its caption and credit, sized from the CMS's generated renditions. */
const captionedImage = (node: UploadNode): string => {
  const image = toImage(node.value, 'full')
  if (!image) return ''
  const caption = node.fields?.caption?.trim() ?? ''
  const credit = (node.fields?.credit ?? image.credit).trim()
  const figcaption =
    caption || credit
      ? `<figcaption data-pagefind-ignore>${escapeHtml(caption)}${credit ? ` <span class="credit">摄影：<span data-keep>${escapeHtml(credit)}</span></span>` : ''}</figcaption>`
      : ''
  return (
    `<figure class="inline-figure"><img src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" ` +
    `sizes="(min-width: 48rem) 46rem, 100vw" width="${image.width}" height="${image.height}" ` +
    `alt="${escapeHtml(image.alt)}" loading="lazy" decoding="async">${figcaption}</figure>`
  )
}

const SITE_PATHS: Record<string, string> = {
  stories: 'stories',
  notices: 'notices',
  'honor-rolls': 'honors',
  galleries: 'galleries',
  columns: 'columns',
  districts: 'districts',
  organizations: 'organizations',
}

/** Where an internal link to a CMS document points on the site. */
const internalDocToHref = ({ linkNode }: { linkNode: { fields: { doc?: { relationTo?: string; value?: unknown } | null } } }): string => {
  const doc = linkNode.fields.doc
  const slug = doc?.value && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
  const base = doc?.relationTo ? SITE_PATHS[doc.relationTo] : undefined
  return base && slug ? `/${base}/${slug}/` : '#'
}

const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkHTMLConverter({ internalDocToHref: internalDocToHref as never }),
  upload: ({ node }) => captionedImage(node as UploadNode),
})

/** HTML of a Lexical field through Payload's own converters, with ours for captioned images. */
export const richTextToHtml = (data: unknown): string => {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters,
    disableContainer: true,
  })
}
