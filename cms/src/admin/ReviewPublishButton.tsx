'use client'
import { FormSubmit, PublishButton, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { canReview } from '@fengcai/shared'
import type { User } from '@fengcai/shared/payload-types'

/** 送审: saves the draft as it is in the form, marked 待审核 for a reviewer. */
const SubmitForReviewButton = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const waiting = state === 'submitted' && !modified

  const send = useCallback(async () => {
    if (!collectionSlug) return
    const action = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true` })
    await submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft', reviewState: 'submitted' }, skipValidation: true })
    toast.success('已送审，等待审核员审核。')
  }, [collectionSlug, config.routes.api, id, submit])

  return (
    <FormSubmit buttonId="action-submit-for-review" buttonStyle="primary" disabled={waiting} onClick={() => void send()} size="medium" type="button">
      {waiting ? '已送审，待审核' : '送审'}
    </FormSubmit>
  )
}

/**
 * Where Payload shows 发布: reviewers and administrators get Payload's own button (publish,
 * schedule); editors get 送审, since publishing is the reviewer's step (hooks/enforceReview.ts
 * refuses an editor's publish on every path, this only spares them the error).
 */
export const ReviewPublishButton = () => {
  const { user } = useAuth<User>()
  return canReview(user) ? <PublishButton /> : <SubmitForReviewButton />
}
