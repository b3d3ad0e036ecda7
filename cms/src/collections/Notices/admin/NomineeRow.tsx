'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** A nominee row titled by the nominee: 03 · 顾文静（优秀志愿者）. */
export const NomineeRow = () => {
  const { data, rowNumber } = useRowLabel<{ name?: string; category?: string }>()
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  const name = data?.name?.trim()
  return <span>{name ? `${number} · ${name}${data?.category ? `（${data.category}）` : ''}` : `${number} · 新的公示对象`}</span>
}
