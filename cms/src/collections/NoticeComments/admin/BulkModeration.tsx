'use client'
import { Button, toast, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { collectionSlugs } from '@fengcai/shared'

type Decision = { status: 'approved' | 'rejected'; label: string }
const decisions: Decision[] = [
  { status: 'approved', label: '通过' },
  { status: 'rejected', label: '不通过' },
]

/**
 * Approve or reject the ticked comments in one go. Only comments are touched: an objection in
 * the selection is left as it is, since objections are never published and have their own steps.
 */
export const BulkModeration = () => {
  const { count, getQueryParams, toggleAll } = useSelection()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const apply = async ({ status, label }: Decision) => {
    if (!window.confirm(`将所选的 ${count} 条中的留言全部设为“${label}”？异议不受影响。`)) return
    setBusy(true)
    try {
      const url = `${config.serverURL}${config.routes.api}/${collectionSlugs.noticeComments}${getQueryParams({ kind: { equals: 'comment' } })}`
      const response = await fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
        body: JSON.stringify({ status }),
      })
      const body = (await response.json().catch(() => ({}))) as { docs?: unknown[]; errors?: { message?: string }[] }
      const done = body.docs?.length ?? 0
      if (response.ok && !body.errors?.length) toast.success(`已将 ${done} 条留言设为“${label}”。`)
      else toast.error(`${done} 条已处理，${body.errors?.length ?? 0} 条未能处理：${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`)
      toggleAll(false)
      router.refresh()
    } catch (error) {
      console.error('bulk moderation failed', error)
      toast.error('网络出现问题，未能完成批量操作，请重试。')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="bulk-moderation" style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap', margin: '0 0 1rem' }}>
      <span>{count > 0 ? `已选 ${count} 条：` : '勾选留言后可批量审核：'}</span>
      {decisions.map((decision) => (
        <Button
          key={decision.status}
          buttonStyle={decision.status === 'approved' ? 'primary' : 'secondary'}
          size="small"
          margin={false}
          disabled={busy || count === 0}
          onClick={() => void apply(decision)}
        >
          批量{decision.label}
        </Button>
      ))}
    </div>
  )
}
