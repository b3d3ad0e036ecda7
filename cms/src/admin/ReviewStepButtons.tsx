'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useRef, useState } from 'react'

import { prePublishFindings } from '@fengcai/shared'
import type { PrePublishFinding, ReviewStep } from '@fengcai/shared'

import { editsSettled } from './editsSettled'
import { useReviewSave } from './ReviewRequestButtons'
import { ReviewNoteModal } from './ReviewNoteModal'
import { useStageLabel } from './useStageLabel'

/** Takes a review step through `POST /api/<collection>/:id/review`; resolves to an error message, or null when done. */
const useReviewStep = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const router = useRouter()
  const modified = useFormModified()
  const { dispatchFields } = useForm()
  const save = useReviewSave()
  return useCallback(
    async (action: ReviewStep, note: string): Promise<string | null> => {
      if (!collectionSlug || !id) return '请先保存稿件。'
      // What the reviewer changed in the form is saved (as a draft) before the step is taken on it.
      if (modified && !(await save({}, { draft: true }))) return '修改没有保存成功，请先保存。'
      const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}/review` })
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'Accept-Language': 'zh' },
        body: JSON.stringify({ action, note: note || undefined }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        reviewState?: string
        reviewStage?: number | null
        errors?: { message?: string }[]
      }
      if (!response.ok) return body.errors?.[0]?.message ?? body.message ?? `操作没有成功（HTTP ${response.status}）。`
      toast.success(body.message ?? '已完成。')
      // The buttons follow the new state at once; the rest of the page (history, note) on refresh.
      dispatchFields({ type: 'UPDATE', path: 'reviewState', value: body.reviewState })
      dispatchFields({ type: 'UPDATE', path: 'reviewStage', value: body.reviewStage ?? null })
      router.refresh()
      return null
    },
    [collectionSlug, config.routes.api, dispatchFields, id, modified, router, save],
  )
}

/**
 * For reviewers and administrators on a submitted document: 通过 (with an optional note; “通过（复审）”
 * in a chain of several stages, the last of which publishes) and 退回 (with a required one).
 */
export const ApproveReturnButtons = () => {
  const { id } = useDocumentInfo()
  const { openModal } = useModal()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const step = useReviewStep()
  const stage = useStageLabel()
  const approve = stage ? `通过（${stage}）` : '通过'
  if (!id || state !== 'submitted') return null
  const approveSlug = `review-approve-${String(id)}`
  const returnSlug = `review-return-${String(id)}`
  return (
    <>
      <Button buttonStyle="secondary" id="action-review-return" onClick={() => openModal(returnSlug)} size="medium" type="button">
        退回
      </Button>
      <Button buttonStyle="secondary" id="action-review-approve" onClick={() => openModal(approveSlug)} size="medium" type="button">
        {approve}
      </Button>
      <ReviewNoteModal actions={[{ label: '退回', run: (note) => step('return', note) }]} heading="退回修改" noteLabel="审核意见" slug={returnSlug}>
        <p>稿件将回到作者的“我的草稿”，标为“已退回”；作者会在稿件上方看到您的意见，有邮箱的还会收到邮件。</p>
      </ReviewNoteModal>
      <ReviewNoteModal
        actions={[{ label: approve, run: (note) => step('approve', note) }]}
        heading={stage ? `${stage}通过` : '审核通过'}
        noteLabel="审核意见"
        noteRequired={false}
        slug={approveSlug}
      >
        <p>
          {stage ? `签发“${stage}”：同一次送审的各级须由不同的人签发，最后一级通过即发布。` : '通过后稿件标为“已通过”，可以发布；作者再修改时需要重新送审。'}
        </p>
      </ReviewNoteModal>
    </>
  )
}

/** What to check before this document goes out, from what is in the form now. */
const useFindings = () => {
  const publishedAt = useFormFields(([fields]) => fields.publishedAt?.value ?? null)
  // A story's body, an honour roll's introduction, a gallery's description.
  const body = useFormFields(([fields]) => fields.body?.value ?? fields.intro?.value ?? fields.description?.value ?? null)
  return useCallback(() => prePublishFindings({ publishedAt: publishedAt as string | null, body }), [publishedAt, body])
}

/**
 * Payload's own 发布 (and its 定时发布 menu), behind a confirmation that lists what to check first
 * (an empty or old publication date, page furniture copied into the body: shared/src/prepublish.ts).
 * The click is held until what was just typed has reached the form (editsSettled: a click right
 * after typing published the form without the text), the dialog is answered, and then given again.
 */
export const ConfirmedPublishButton = ({ children }: { children: React.ReactNode }) => {
  const { id } = useDocumentInfo()
  const { openModal } = useModal()
  const findingsNow = useFindings()
  const [findings, setFindings] = useState<PrePublishFinding[]>([])
  const held = useRef<HTMLElement | null>(null)
  const confirmed = useRef(false)
  const slug = `review-publish-${String(id ?? 'new')}`

  const hold = useCallback(
    (event: React.MouseEvent) => {
      if (confirmed.current) {
        confirmed.current = false
        return
      }
      const target = event.target as HTMLElement
      // Only the main 发布 button asks; the menu beside it (定时发布) has a dialog of its own.
      if (!target.closest('#action-save')) return
      event.preventDefault()
      event.stopPropagation()
      held.current = target
      void editsSettled().then(() => {
        setFindings(findingsNow())
        openModal(slug)
      })
    },
    [findingsNow, openModal, slug],
  )
  const publish = async () => {
    confirmed.current = true
    held.current?.click()
    return null
  }
  return (
    <>
      <span onClickCapture={hold} style={{ display: 'contents' }}>
        {children}
      </span>
      <ReviewNoteModal actions={[{ label: findings.length ? '仍然发布' : '发布', run: publish }]} heading="发布前检查" slug={slug}>
        {findings.length ? (
          <>
            <p>发布后读者即可在网站上看到。请先核对以下 {findings.length} 处：</p>
            <ul className="prepublish-findings" style={{ margin: '0 0 0.5rem', paddingLeft: '1.2rem' }}>
              {findings.map((finding, index) => (
                <li key={index} style={{ color: 'var(--theme-warning-700, var(--theme-text))', marginBottom: '0.35rem' }}>
                  {finding.message}
                </li>
              ))}
            </ul>
            <p>确认无误后可以仍然发布，或取消后修改。</p>
          </>
        ) : (
          <p>没有发现需要核对的问题：发布时间在 30 天内，正文中没有网页导航等多余内容。发布后读者即可在网站上看到。</p>
        )}
      </ReviewNoteModal>
    </>
  )
}
