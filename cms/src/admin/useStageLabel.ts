'use client'
import { useFormFields } from '@payloadcms/ui'

import { reviewStageLabel } from '@fengcai/shared'

import { useReviewChain } from './useReviewChain'

/**
 * The name of the stage a submitted document awaits (初审, 复审, 终审: 站点设置 → 审核流程), for
 * the 通过 button to say which stage it signs; null in a one-stage chain, where 通过 is all it says.
 */
export const useStageLabel = (): string | null => {
  const stage = useFormFields(([fields]) => fields.reviewStage?.value as number | null | undefined)
  const chain = useReviewChain()
  if (!chain || chain.stages.length < 2) return null
  return reviewStageLabel(chain, stage ?? 1)
}
