/**
 * Sending a public form (the notice page's comments, 网站纠错) from its script: the proof of work
 * solved, the body posted as JSON to the form's action, and the CMS's answer sorted into what the
 * page says. A refused proof of work is tried once more with a fresh one.
 */
import { submissionErrorMessage } from '@fengcai/shared'
import type { ReceiptPrefix } from '@fengcai/shared'

import { solveAltcha } from './comment-local'
import type { AltchaWidget } from './comment-local'

const REQUEST_TIMEOUT_MS = 30_000

type Answer = { receipt?: string; message?: string; code?: string; errors?: Record<string, string> }

export type Sent =
  /** Stored (201), or stored before (200): the receipt and the CMS's word. */
  | { outcome: 'received'; receipt: string; message: string }
  /** The fields (400, 422): per-field messages and the code's fixed message. */
  | { outcome: 'refused'; code: string; errors: Record<string, string>; message: string }
  /** Too many submissions (429): try again in this many minutes. */
  | { outcome: 'limited'; minutes: number }
  /** Any other refusal: the code's fixed message. */
  | { outcome: 'failed'; message: string }
  /** The CMS could not store it (5xx). */
  | { outcome: 'server-error' }
  /** No proof of work, or no answer at all: nothing reached the CMS. */
  | { outcome: 'no-proof' }
  | { outcome: 'offline' }

/** Sends the form's body with a fresh proof of work; `prefix` (its receipts') picks the form's wording of a refusal. */
export const sendSubmission = async (
  form: HTMLFormElement,
  body: (altcha: string) => Record<string, unknown>,
  prefix: ReceiptPrefix = 'GS',
  retryAltcha = true,
): Promise<Sent> => {
  let altcha: string
  try {
    altcha = await solveAltcha(form)
  } catch (error) {
    console.warn('人机校验未完成', error)
    return { outcome: 'no-proof' }
  }
  let response: Response
  let answer: Answer
  try {
    response = await fetch(form.action, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body(altcha)),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    answer = (await response.json().catch(() => ({}))) as Answer
  } catch (error) {
    console.warn('提交未送达', error)
    return { outcome: 'offline' }
  }
  // Each proof of work is accepted once: whatever happened, the next try needs a fresh one.
  form.querySelector<AltchaWidget>('altcha-widget')?.reset?.()

  if ((response.status === 201 || response.status === 200) && answer.receipt) {
    return { outcome: 'received', receipt: answer.receipt, message: answer.message ?? '' }
  }
  const errors = answer.errors ?? {}
  if (response.status === 400 && errors.altcha && retryAltcha) return sendSubmission(form, body, prefix, false)
  // What went wrong is said by the answer's code, in the site's own words for it.
  const message = submissionErrorMessage(answer.code, prefix)
  if (response.status === 400 || response.status === 422) return { outcome: 'refused', code: answer.code ?? '', errors, message }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after')) || 60
    return { outcome: 'limited', minutes: Math.max(1, Math.ceil(seconds / 60)) }
  }
  if (response.status < 500) return { outcome: 'failed', message }
  return { outcome: 'server-error' }
}

/** Each field's message in its slot (`data-error-for`), the field marked invalid; fields without one are cleared. */
export const showFieldErrors = (form: HTMLFormElement, errors: Record<string, string>): void => {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const name = slot.dataset.errorFor ?? ''
    const message = errors[name]
    slot.textContent = message ?? ''
    slot.hidden = !message
    for (const control of form.querySelectorAll<HTMLElement>(`[name="${name}"]`)) {
      if (message) control.setAttribute('aria-invalid', 'true')
      else control.removeAttribute('aria-invalid')
    }
  }
}

/** The submit button says it is sending, and the form is marked busy, while a submission is under way. */
export const setFormBusy = (form: HTMLFormElement, busy: boolean): void => {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (button) {
    button.disabled = busy
    button.textContent = busy ? '正在提交…' : '提交'
  }
  form.setAttribute('aria-busy', String(busy))
}
