'use client'
import { FormSubmit, PublishButton, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect } from 'react'

import { canReview } from '@fengcai/shared'
import type { User } from '@fengcai/shared/payload-types'

import { editsSettled } from './editsSettled'
import { HandleRequestButtons, RequestChangeButton } from './ReviewRequestButtons'
import { ApproveReturnButtons, ConfirmedPublishButton } from './ReviewStepButtons'
import { usePublishRefusal } from './usePublishRefusal'

/** 送审: saves the draft as it is in the form, marked 待审核 for a reviewer. */
const SubmitForReviewButton = () => {
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const { id, collectionSlug, documentIsLocked } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const waiting = state === 'submitted' && !modified

  // Submitted and unchanged since: the editor is not editing it, and the reviewer who opens it in
  // the next five minutes must not be told otherwise. A save deletes every edit lock on the
  // document, but a form-state request sent just before the save can take one for this editor just
  // after it, which this page is not told about (Payload shows nobody their own lock): look for it
  // when the page opens on the submitted story, 1.5 s later (when such a request has landed), and
  // whenever the page learns of a lock (`documentIsLocked`).
  useEffect(() => {
    if (!waiting || !id || !collectionSlug || !user) return
    const api = `${config.serverURL}${config.routes.api}/payload-locked-documents`
    const release = async () => {
      const query = new URLSearchParams({ depth: '0', 'where[document.relationTo][equals]': collectionSlug, 'where[document.value][equals]': String(id) })
      const response = await fetch(`${api}?${query}`, { credentials: 'include' })
      if (!response.ok) return
      const { docs } = (await response.json()) as { docs?: { id: number | string; user?: { value?: unknown } }[] }
      for (const lock of docs ?? []) if (lock.user?.value === user.id) await fetch(`${api}/${lock.id}`, { method: 'DELETE', credentials: 'include' })
    }
    void release().catch(() => undefined)
    const again = setTimeout(() => void release().catch(() => undefined), 1_500)
    return () => clearTimeout(again)
  }, [waiting, documentIsLocked, id, collectionSlug, user, config.serverURL, config.routes.api])

  const send = useCallback(async () => {
    if (!collectionSlug) return
    await editsSettled()
    const action = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true` })
    const result = await submit({
      action,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewState: 'submitted' },
      skipValidation: true,
      disableSuccessStatus: true,
    })
    if (result?.res?.ok) toast.success('已送审，等待审核员审核。')
  }, [collectionSlug, config.routes.api, id, submit])

  return (
    <FormSubmit buttonId="action-submit-for-review" buttonStyle="primary" disabled={waiting} onClick={() => void send()} size="medium" type="button">
      {waiting ? '已送审，待审核' : '送审'}
    </FormSubmit>
  )
}

/**
 * Where Payload shows 发布, at the top of the document: reviewers and administrators get 退回 and
 * 通过 while the document waits for review, Payload's own 发布 (and 定时发布) behind a
 * confirmation that lists what to check, 撤稿 with a note, and 处理申请 while a writer's request
 * waits; editors get 送审 (已送审，待审核 while it waits) and 申请撤稿/删除, since publishing,
 * unpublishing and deleting what the public has seen are the reviewer's steps (hooks/enforceReview.ts
 * refuses them to editors on every path; this only spares them the error). In a chain of several
 * stages Payload's 发布 shows only where the server would let it through (usePublishRefusal): on
 * the last stage, to one who may sign it, and to republish what passed every stage; elsewhere the
 * review buttons are the way forward, and a reviewer's own draft gets 送审.
 */
export const ReviewPublishButton = () => {
  const { user } = useAuth<User>()
  const refusal = usePublishRefusal()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  return canReview(user) ? (
    <>
      <HandleRequestButtons />
      <ApproveReturnButtons />
      {refusal ? (
        state === 'submitted' ? null : (
          <SubmitForReviewButton />
        )
      ) : (
        <ConfirmedPublishButton>
          <PublishButton />
        </ConfirmedPublishButton>
      )}
    </>
  ) : (
    <>
      <RequestChangeButton />
      <SubmitForReviewButton />
    </>
  )
}
