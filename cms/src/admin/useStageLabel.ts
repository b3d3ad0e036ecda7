'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { chainFor, reviewStageLabel } from '@fengcai/shared'
import type { ChainCollection, ReviewChain, collectionSlugs } from '@fengcai/shared'

/**
 * The name of the stage a submitted document awaits (初审, 复审, 终审: 站点设置 → 审核流程), for
 * the 通过 button to say which stage it signs; null in a one-stage chain, where 通过 is all it says.
 */
export const useStageLabel = (): string | null => {
  const { config } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.reviewStage?.value as number | null | undefined)
  const [chain, setChain] = useState<ReviewChain | null>(null)
  useEffect(() => {
    if (!collectionSlug) return
    const url = formatAdminURL({ apiRoute: config.routes.api, path: '/globals/site-settings' })
    void fetch(`${url}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((settings: { reviewChain?: Partial<Record<ChainCollection, unknown>> } | null) =>
        setChain(chainFor(settings?.reviewChain, collectionSlug as (typeof collectionSlugs)[ChainCollection])),
      )
      .catch((error: unknown) => console.warn('审核流程读取失败，“通过”按钮不显示级别', error))
  }, [collectionSlug, config.routes.api])
  if (!chain || chain.stages.length < 2) return null
  return reviewStageLabel(chain, stage ?? 1)
}
