'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

import { collectionSlugs } from '@fengcai/shared'

/**
 * 导出 CSV above the 操作日志 list: the rows the list shows with its current filter and search
 * (the list's query string goes along; the export ignores its paging and takes every row).
 */
export const ExportCsvButton = () => {
  const { config } = useConfig()
  const search = useSearchParams()
  const href = `${config.serverURL}${config.routes.api}/${collectionSlugs.auditLog}/export.csv${search.size ? `?${search.toString()}` : ''}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'var(--base)' }}>
      <Button el="anchor" url={href} buttonStyle="secondary" size="small">
        按当前筛选导出 CSV
      </Button>
    </div>
  )
}
