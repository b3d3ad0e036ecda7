'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormFields, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useState } from 'react'

import { changeRequestLabels } from '@fengcai/shared'
import type { ChangeRequest } from '@fengcai/shared'

import { editsSettled } from './editsSettled'
import { ReviewNoteModal } from './ReviewNoteModal'

/** Saves the form with these values: as a draft (the live document untouched), or onto the live row. */
export const useReviewSave = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  return useCallback(
    async (overrides: Record<string, unknown>, { draft }: { draft: boolean }): Promise<boolean> => {
      if (!collectionSlug || !id) return false
      await editsSettled()
      const action = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}?depth=0${draft ? '&draft=true' : ''}` })
      // Payload's form shows the server's message when it refuses (in Chinese, from the hooks).
      const result = await submit({ action, method: 'PATCH', overrides, skipValidation: true, disableSuccessStatus: true })
      return Boolean(result?.res?.ok)
    },
    [collectionSlug, config.routes.api, id, submit],
  )
}

const usePendingRequest = () => {
  const request = useFormFields(([fields]) => (fields.changeRequest?.value as ChangeRequest | null | undefined) ?? null)
  const reason = useFormFields(([fields]) => (fields.changeRequestReason?.value as string | null | undefined) ?? '')
  return { request, reason }
}

/** Whether the public has seen the document (it is live, or its history records a publish). */
const useEverPublished = () => {
  const { hasPublishedDoc, data } = useDocumentInfo()
  const log = (data as { reviewLog?: { action?: string }[] } | undefined)?.reviewLog ?? []
  return { live: hasPublishedDoc, seen: hasPublishedDoc || log.some((step) => step.action === 'published') }
}

/**
 * For editors (and notice staff on honour rolls): 申请撤稿 / 申请删除 with a reason, on what the
 * public has seen, or 撤回申请 while one waits. A reviewer carries it out or declines it.
 */
export const RequestChangeButton = () => {
  const { id } = useDocumentInfo()
  const { openModal } = useModal()
  const save = useReviewSave()
  const { request, reason } = usePendingRequest()
  const { live, seen } = useEverPublished()
  const [kind, setKind] = useState<ChangeRequest>(live ? 'unpublish' : 'delete')
  const slug = `review-request-${String(id)}`
  if (!id || !seen) return null

  if (request) {
    const withdraw = async () => {
      if (await save({ _status: 'draft', changeRequest: null }, { draft: true })) toast.success('已撤回申请。')
    }
    return (
      <Button buttonStyle="secondary" id="action-withdraw-request" onClick={() => void withdraw()} size="medium" tooltip={`理由：${reason}`} type="button">
        撤回{changeRequestLabels[request].zh}
      </Button>
    )
  }
  return (
    <>
      <Button buttonStyle="secondary" id="action-request-change" onClick={() => openModal(slug)} size="medium" type="button">
        申请撤稿/删除
      </Button>
      <ReviewNoteModal
        actions={[
          {
            label: '提交申请',
            run: async (note) =>
              (await save({ _status: 'draft', changeRequest: kind, changeRequestReason: note }, { draft: true }))
                ? (toast.success(`已${changeRequestLabels[kind].zh}，等待审核员处理。`), null)
                : '申请没有提交成功。',
          },
        ]}
        heading="申请撤稿或删除"
        noteLabel="申请理由"
        slug={slug}
      >
        <p>已发布过的稿件由审核员撤稿或删除。请选择要申请的操作并写明理由，审核员会执行或驳回。</p>
        <div role="radiogroup" style={{ display: 'flex', gap: '1.5rem' }}>
          {(['unpublish', 'delete'] as const).map((option) => (
            <label key={option} style={{ opacity: option === 'unpublish' && !live ? 0.5 : 1 }}>
              <input
                checked={kind === option}
                disabled={option === 'unpublish' && !live}
                name="review-request"
                onChange={() => setKind(option)}
                type="radio"
                value={option}
              />{' '}
              {changeRequestLabels[option].zh}
            </label>
          ))}
        </div>
      </ReviewNoteModal>
    </>
  )
}

/**
 * For reviewers and administrators: 撤稿 with a note (what Payload's own 取消发布 does, recorded),
 * and, while a writer's request waits, 处理申请: carry it out (撤稿 or 删除) or decline it, with a note.
 */
export const HandleRequestButtons = () => {
  const { config } = useConfig()
  const { id, collectionSlug, setHasPublishedDoc } = useDocumentInfo()
  const { openModal } = useModal()
  const router = useRouter()
  const save = useReviewSave()
  const { request, reason } = usePendingRequest()
  const { live } = useEverPublished()
  if (!id || !collectionSlug) return null
  const unpublishSlug = `review-unpublish-${String(id)}`
  const handleSlug = `review-handle-${String(id)}`

  const unpublish = async (note: string) => {
    if (!(await save({ _status: 'draft', reviewNote: note }, { draft: false }))) return '撤稿没有成功。'
    setHasPublishedDoc(false)
    toast.success('已撤稿，网站上的页面将在几秒内移除。')
    return null
  }
  const remove = async (note: string) => {
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}?note=${encodeURIComponent(note)}` })
    const response = await fetch(url, { method: 'DELETE', credentials: 'include', headers: { 'Accept-Language': 'zh' } })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      return body.errors?.[0]?.message ?? '删除没有成功。'
    }
    toast.success('已删除。')
    router.push(formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collectionSlug}` }))
    return null
  }
  const decline = async (note: string) =>
    (await save({ _status: 'draft', changeRequest: null, reviewNote: note }, { draft: true })) ? (toast.success('已驳回申请。'), null) : '驳回没有成功。'

  return (
    <>
      {request ? (
        <Button buttonStyle="secondary" id="action-handle-request" onClick={() => openModal(handleSlug)} size="medium" type="button">
          处理{changeRequestLabels[request].zh}
        </Button>
      ) : live ? (
        <Button buttonStyle="secondary" id="action-review-unpublish" onClick={() => openModal(unpublishSlug)} size="medium" type="button">
          撤稿
        </Button>
      ) : null}
      <ReviewNoteModal actions={[{ label: '撤稿', run: unpublish, danger: true }]} heading="撤稿" noteLabel="撤稿原因" slug={unpublishSlug}>
        <p>撤稿后网站上的页面将被移除，稿件回到草稿；原因记入审核记录和操作日志。</p>
      </ReviewNoteModal>
      {request ? (
        <ReviewNoteModal
          actions={[
            { label: '驳回申请', run: decline },
            request === 'delete' ? { label: '执行删除', run: remove, danger: true } : { label: '执行撤稿', run: unpublish, danger: true },
          ]}
          heading={`处理${changeRequestLabels[request].zh}`}
          noteLabel="处理意见"
          slug={handleSlug}
        >
          <p>申请理由：{reason || '（未填写）'}</p>
          <p>执行或驳回都记入审核记录；删除不可恢复，记入操作日志。</p>
        </ReviewNoteModal>
      ) : null}
    </>
  )
}
