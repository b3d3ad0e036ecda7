import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { reviewComparison } from '@/lib/reviewCompare'

type Props = {
  collectionSlug: string
  id?: number | string
  data?: { reviewLog?: { action?: string | null; at?: string | null }[] | null }
  payload: Payload
  req: PayloadRequest
}

/**
 * Under the 审核记录: a link to Payload's version comparison of what was submitted (送审) with what
 * was approved at the last signature of the newest submission, so a reviewer sees what changed
 * during review. Nothing while the submission has no approval yet.
 */
export const ReviewCompareLink = async ({ collectionSlug, id, data, payload, req }: Props) => {
  if (id === undefined) return null
  const compared = await reviewComparison(payload, collectionSlug as CollectionSlug, id, data?.reviewLog, req.user)
  if (!compared) return null
  const href = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${collectionSlug}/${id}/versions/${compared.approved}?versionFrom=${compared.submitted}`,
  })
  return (
    <div className="field-type review-compare-link" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <a href={href}>对比送审稿与通过稿</a>
    </div>
  )
}
