'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect, useState } from 'react'

import { collectionSlugs, formatMomentZh } from '@fengcai/shared'

type Note = { id: number; body: string; authorName?: string | null; createdAt: string }

/**
 * 批注 in the sidebar of a story, gallery or honour roll: staff's internal notes on the draft, with
 * who wrote each and when, and a box to add one. Stored in `review-notes` (collections/ReviewNotes),
 * never in the document: nothing here is published.
 */
export const ReviewNotes = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const [notes, setNotes] = useState<Note[] | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const notesUrl = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlugs.reviewNotes}` })

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = `where[targetCollection][equals]=${encodeURIComponent(collectionSlug)}&where[targetId][equals]=${encodeURIComponent(String(id))}&sort=createdAt&limit=100&depth=0`
    const response = await fetch(`${notesUrl}?${query}`, { credentials: 'include' })
    if (response.ok) setNotes(((await response.json()) as { docs: Note[] }).docs)
  }, [id, collectionSlug, notesUrl])

  useEffect(() => {
    void load()
  }, [load])

  if (!id || !collectionSlug) return null
  const add = async () => {
    if (!text.trim()) return
    setBusy(true)
    const response = await fetch(notesUrl, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'Accept-Language': 'zh' },
      body: JSON.stringify({ targetCollection: collectionSlug, targetId: Number(id), body: text.trim() }),
    })
    setBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      toast.error(body.errors?.[0]?.message ?? '批注没有保存成功，请重试。')
      return
    }
    setText('')
    await load()
  }

  return (
    <div className="review-notes field-type" data-testid="review-notes" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="review-notes-input">
        批注（仅后台可见，不会发布）
      </label>
      {notes?.length ? (
        <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1rem' }}>
          {notes.map((note) => (
            <li key={note.id} className="review-note" style={{ marginBottom: '0.4rem' }}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{note.body}</div>
              <div style={{ fontSize: '0.85rem', opacity: 0.75 }}>
                {(note.authorName ?? '').replace(/（.*$/, '')} · {formatMomentZh(new Date(note.createdAt))}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: '0 0 0.5rem', opacity: 0.75 }}>{notes ? '还没有批注。' : '正在读取批注…'}</p>
      )}
      <textarea
        id="review-notes-input"
        value={text}
        maxLength={2000}
        rows={3}
        placeholder="写下给同事看的批注"
        onChange={(event) => setText(event.target.value)}
        style={{ width: '100%' }}
      />
      <Button buttonStyle="secondary" size="small" disabled={busy || !text.trim()} onClick={() => void add()}>
        添加批注
      </Button>
    </div>
  )
}
