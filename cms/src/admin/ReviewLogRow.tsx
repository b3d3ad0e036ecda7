'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { formatMomentZh, reviewActionLabels } from '@fengcai/shared'
import type { ReviewAction } from '@fengcai/shared'

/** A step of the review history at a glance: 送审 · 演示编辑 · 2026年11月23日 14:50. */
export const ReviewLogRow = () => {
  const { data } = useRowLabel<{ action?: ReviewAction; by?: string; at?: string }>()
  const label = data?.action ? reviewActionLabels[data.action]?.zh : '记录'
  const when = data?.at ? formatMomentZh(new Date(data.at)) : ''
  return <span>{[label, data?.by, when].filter(Boolean).join(' · ')}</span>
}
