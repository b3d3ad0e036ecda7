import type { BeforeDocumentControlsServerProps, CollectionSlug } from 'payload'
import React from 'react'

import { pageOf, sectionOfCollection } from '@fengcai/shared'

import { siteUrls } from '@/lib/urls'

type Props = BeforeDocumentControlsServerProps & { collection: CollectionSlug }

/**
 * 在网站查看, beside the document's buttons: the page readers see, for a document that is
 * published (its published version, whatever draft is being edited).
 */
export const ViewOnSite = async ({ id, payload, collection }: Props) => {
  const section = sectionOfCollection[collection]
  if (!id || !section) return null
  const published = await payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true }).catch((error: unknown) => {
    if ((error as { status?: number }).status !== 404) payload.logger.error({ err: error, msg: `在网站查看: could not read ${collection} ${id}` })
    return null
  })
  const slug = (published as { slug?: unknown; _status?: unknown } | null)?.slug
  if (!published || (published as { _status?: unknown })._status !== 'published' || typeof slug !== 'string' || !slug) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-small view-on-site"
      href={`${siteUrls()[0]}${pageOf(section, slug)}`}
      target="_blank"
      rel="noopener"
      style={{ margin: 0 }}
    >
      在网站查看
    </a>
  )
}
