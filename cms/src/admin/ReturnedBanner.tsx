'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { formatMomentZh, lastReturn } from '@fengcai/shared'
import type { ReviewLogStep } from '@fengcai/shared'

/**
 * At the top of a document a reviewer returned, until it is submitted again: 已退回, with the
 * reviewer's note, name and time (the newest 退回 of its history).
 */
export const ReturnedBanner = () => {
  const { data } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  if (state !== 'returned') return null
  const step = lastReturn((data as { reviewLog?: ReviewLogStep[] } | undefined)?.reviewLog)
  if (!step) return null
  return (
    <div
      className="returned-banner"
      role="status"
      style={{
        border: '1px solid var(--theme-error-500)',
        background: 'var(--theme-error-50)',
        color: 'var(--theme-text)',
        borderRadius: 4,
        padding: '0.75rem 1rem',
        margin: '0 0 1.5rem',
      }}
    >
      <strong style={{ color: 'var(--theme-error-500)' }}>已退回</strong>
      <span>
        {' '}
        · {step.by}
        {step.at ? ` · ${formatMomentZh(new Date(step.at))}` : ''}
      </span>
      <p style={{ margin: '0.35rem 0 0', whiteSpace: 'pre-wrap' }}>审核意见：{step.note}</p>
      <p style={{ margin: '0.35rem 0 0', opacity: 0.8 }}>请按意见修改后重新“送审”。</p>
    </div>
  )
}
