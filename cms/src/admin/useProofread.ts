'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { DocumentFinding } from '@fengcai/shared/proofread'

import { clearFindingHighlight } from './showFinding'

export type PanelFinding = DocumentFinding & { label?: string }

export type Proofreading =
  | { state: 'unsaved' }
  | { state: 'loading'; previous: PanelFinding[] | null }
  | { state: 'done'; findings: PanelFinding[]; pendingLinks: number }
  | { state: 'failed'; message: string }

/**
 * The findings of `GET /api/<collection>/:id/proofread` for the document open in the form: asked
 * when the page opens, after each save (the newest draft is what the endpoint reads), after each
 * review step, and when `again` is called (重新校对). A newer request supersedes one in flight.
 */
export const useProofread = (): { result: Proofreading; again: () => void } => {
  const { config } = useConfig()
  const { id, collectionSlug, lastUpdateTime, data } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const [result, setResult] = useState<Proofreading>(id ? { state: 'loading', previous: null } : { state: 'unsaved' })
  const [round, setRound] = useState(0)
  const current = useRef<AbortController | null>(null)
  const savedAt = (data as { updatedAt?: string } | undefined)?.updatedAt

  useEffect(() => {
    if (!id || !collectionSlug) {
      setResult({ state: 'unsaved' })
      return
    }
    current.current?.abort()
    const controller = new AbortController()
    current.current = controller
    setResult((before) => ({ state: 'loading', previous: before.state === 'done' ? before.findings : before.state === 'loading' ? before.previous : null }))
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}/proofread` })
    fetch(url, { credentials: 'include', headers: { 'Accept-Language': 'zh' }, signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as {
          findings?: PanelFinding[]
          pendingLinks?: number
          errors?: { message?: string }[]
        }
        if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `服务器返回 HTTP ${response.status}`)
        clearFindingHighlight()
        setResult({ state: 'done', findings: body.findings ?? [], pendingLinks: body.pendingLinks ?? 0 })
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        console.warn('校对请求失败', error)
        setResult({ state: 'failed', message: error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '网络连接失败。' })
      })
    return () => controller.abort()
  }, [id, collectionSlug, config.routes.api, lastUpdateTime, savedAt, state, round])

  const again = useCallback(() => setRound((count) => count + 1), [])
  return { result, again }
}
