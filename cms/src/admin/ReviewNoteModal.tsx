'use client'
import { Button, Modal, toast, useModal } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

export type NoteAction = {
  label: string
  /** Carries out the step with the note; resolves to an error message, or null when done. */
  run: (note: string) => Promise<string | null>
  danger?: boolean
}

/**
 * A confirmation, in the look of Payload's own confirmation dialogs, with a note: required for the
 * steps that change what the public sees or answer a writer (撤稿, 删除, 驳回, 申请, 退回) and say
 * why, optional (通过) or absent (发布, whose dialog lists what to check instead).
 */
export const ReviewNoteModal = ({
  slug,
  heading,
  children,
  noteLabel,
  noteRequired = true,
  actions,
}: {
  slug: string
  heading: string
  children?: React.ReactNode
  noteLabel?: string
  noteRequired?: boolean
  actions: NoteAction[]
}) => {
  const { closeModal } = useModal()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [missing, setMissing] = useState(false)
  const fieldId = useId()

  const confirm = async (action: NoteAction) => {
    if (noteLabel && noteRequired && !note.trim()) {
      setMissing(true)
      return
    }
    setBusy(true)
    try {
      const error = await action.run(note.trim())
      if (error) {
        toast.error(error)
        return
      }
      setNote('')
      closeModal(slug)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal aria-label={heading} className="confirmation-modal" closeOnBlur={false} slug={slug}>
      <div className="confirmation-modal__wrapper">
        <div className="confirmation-modal__content">
          <h1>{heading}</h1>
          {children}
          {noteLabel ? (
            <>
              <label htmlFor={fieldId} style={{ display: 'block', margin: '0.75rem 0 0.25rem' }}>
                {noteLabel}（{noteRequired ? '必填' : '选填'}）
              </label>
              <textarea
                id={fieldId}
                aria-invalid={missing}
                maxLength={1000}
                onChange={(event) => {
                  setNote(event.target.value)
                  setMissing(false)
                }}
                rows={4}
                style={{
                  width: '100%',
                  padding: '0.5rem',
                  font: 'inherit',
                  border: `1px solid var(--theme-${missing ? 'error-500' : 'elevation-250'})`,
                  borderRadius: 4,
                  background: 'var(--theme-input-bg)',
                  color: 'var(--theme-text)',
                }}
                value={note}
              />
              {missing ? <p style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0 0' }}>请先填写{noteLabel}。</p> : null}
            </>
          ) : null}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={busy} onClick={() => closeModal(slug)} size="large" type="button">
            取消
          </Button>
          {actions.map((action) => (
            <Button
              key={action.label}
              buttonStyle={action.danger ? 'error' : 'primary'}
              disabled={busy}
              onClick={() => void confirm(action)}
              size="large"
              type="button"
            >
              {action.label}
            </Button>
          ))}
        </div>
      </div>
    </Modal>
  )
}
