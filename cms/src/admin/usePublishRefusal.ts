'use client'
import { useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { reviewChainStep } from '@fengcai/shared'
import type { ReviewSignature, ReviewState } from '@fengcai/shared'
import type { User } from '@fengcai/shared/payload-types'

import { useReviewChain } from './useReviewChain'

/**
 * The signatures of the document's current submission as stored. Read from the API rather than the
 * form: a step taken through the 审核 endpoint changes them without the form hearing of it (the
 * buttons update only the state and the stage). Read again whenever those change.
 */
const useStoredSignatures = (state: string | undefined, stage: number | null | undefined): ReviewSignature[] | null => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const [signatures, setSignatures] = useState<ReviewSignature[] | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug) {
      setSignatures([])
      return
    }
    const controller = new AbortController()
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}` })
    void fetch(`${url}?depth=0&draft=true&select[signatures]=true`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ signatures?: ReviewSignature[] | null }>) : null))
      .then((doc) => setSignatures(doc ? (doc.signatures ?? []) : null))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn('本次送审的签发读取失败，“发布”按钮照常显示', error)
      })
    return () => controller.abort()
  }, [id, collectionSlug, config.routes.api, state, stage])
  return signatures
}

/**
 * Why the server would refuse Payload's own 发布 (and 定时发布) to this user on this document now,
 * by the same rule it applies (reviewChainStep, action `publish`): in a chain of several stages,
 * a document that has not passed the stages before the last, or a person who signed an earlier
 * stage of this submission. Null when it would go ahead, and while the chain or the signatures are
 * not known (the button then shows, and the server still decides). Proofreading errors are left
 * to the publish dialog: a reason to publish anyway can answer them.
 */
export const usePublishRefusal = (): string | null => {
  const { user } = useAuth<User>()
  const chain = useReviewChain()
  const state = useFormFields(([fields]) => fields.reviewState?.value as ReviewState | undefined)
  const stage = useFormFields(([fields]) => fields.reviewStage?.value as number | null | undefined)
  const signatures = useStoredSignatures(state, stage)
  if (!user || !chain || !signatures) return null
  const result = reviewChainStep({
    chain,
    doc: { reviewState: state ?? 'draft', reviewStage: stage ?? null, signatures },
    user: { id: user.id, name: '', roles: user.roles, reviewStages: user.reviewStages },
    action: 'publish',
    at: new Date().toISOString(),
  })
  return 'refusal' in result ? result.refusal.message : null
}
