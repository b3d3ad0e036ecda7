'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { chainFor } from '@fengcai/shared'
import type { ChainCollection, ReviewChain, collectionSlugs } from '@fengcai/shared'

/**
 * The review chain of the document's collection (站点设置 → 审核流程), read once per page; null
 * until it has arrived, and when it could not be read (the buttons then fall back to what they
 * showed before chains, and the server still decides).
 */
export const useReviewChain = (): ReviewChain | null => {
  const { config } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const [chain, setChain] = useState<ReviewChain | null>(null)
  useEffect(() => {
    if (!collectionSlug) return
    const url = formatAdminURL({ apiRoute: config.routes.api, path: '/globals/site-settings' })
    void fetch(`${url}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((settings: { reviewChain?: Partial<Record<ChainCollection, unknown>> } | null) =>
        setChain(chainFor(settings?.reviewChain, collectionSlug as (typeof collectionSlugs)[ChainCollection])),
      )
      .catch((error: unknown) => console.warn('审核流程读取失败', error))
  }, [collectionSlug, config.routes.api])
  return chain
}
