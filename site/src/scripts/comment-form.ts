/**
 * The notice page's comment / objection form. The form is plain HTML that posts to the CMS; this
 * script adds what a static page cannot: the proof-of-work (ALTCHA widget), checking with the
 * same zod schema as the server, messages beside the fields, a draft kept in this browser until
 * the CMS has confirmed it, and the receipts of what was sent. The fields and messages are
 * ./comment-form-fields, what is kept in this browser and the proof of work ./comment-local, the
 * sending ./submit-form.
 */
import 'altcha'
import 'altcha/i18n/zh-cn'
// Before the shared schemas are built (see the module).
import './zod-jitless'

import { commentSubmissionSchema, fieldErrors, submissionErrorMessage, submissionOutcome } from '@fengcai/shared'

import { CommentFormFields, DRAFT_FIELDS, INVALID_SUMMARY, VISIBLE_FIELDS } from './comment-form-fields'
import type { Draft } from './comment-form-fields'
import { newKey, storage } from './comment-local'
import { sendSubmission } from './submit-form'

const DRAFT_TTL_MS = 30 * 24 * 3600_000

class CommentForm extends CommentFormFields {
  start(): void {
    // The messages a page without JavaScript shows for `#feedback-error-…`; here the status line says it.
    this.root.querySelector<HTMLElement>('[data-feedback-errors]')?.setAttribute('hidden', '')
    this.showWindow()
    this.restoreDraft()
    this.showReceipts()
    this.readRedirect()
    this.syncKind()
    this.updateCount()
    this.form.addEventListener('input', () => this.onEdit())
    this.form.addEventListener('change', () => this.onEdit())
    // Each field is checked as it is left, with the same schema as on submit and on the server.
    this.form.addEventListener('focusout', (event) => {
      const name = (event.target as HTMLInputElement | null)?.name
      if (!name || !VISIBLE_FIELDS.has(name)) return
      // Leaving a field for 提交: the submit checks every field at once. A message shown here, on the
      // press, would push the button down before the release, and the click would be lost.
      const next = (event as FocusEvent).relatedTarget
      if (next instanceof HTMLButtonElement && next.type === 'submit') return
      this.touched.add(name)
      this.showErrors(this.touchedErrors())
    })
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.submit()
    })
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-feedback-nominee]')) {
      link.addEventListener('click', () => {
        this.field<HTMLSelectElement>('nomineeId').value = link.dataset.feedbackNominee ?? ''
        this.saveDraft()
        // Let the browser follow the #notice-feedback link to the form's start, then focus the choice
        // of 留言/异议 there: a text field would open a phone's keyboard over that choice.
        requestAnimationFrame(() => {
          const kind =
            this.form.querySelector<HTMLInputElement>('input[name="kind"]:checked') ?? this.form.querySelector<HTMLInputElement>('input[name="kind"]')
          kind?.focus({ preventScroll: true })
        })
      })
    }
  }

  private saveDraft(): void {
    const values = this.values()
    const typed = Boolean(values.content || values.evidence || values.name || values.phone || values.email)
    if (!typed) {
      storage.remove(this.draftKey)
      return
    }
    storage.write(this.draftKey, { ...values, idempotencyKey: this.idempotencyKey(), savedAt: Date.now() })
  }

  private idempotencyKey(): string {
    const input = this.field<HTMLInputElement>('idempotencyKey')
    if (!input.value) input.value = newKey()
    return input.value
  }

  private restoreDraft(): void {
    const draft = storage.read<Draft>(this.draftKey)
    if (!draft || !draft.savedAt || Date.now() - draft.savedAt > DRAFT_TTL_MS) {
      storage.remove(this.draftKey)
      this.idempotencyKey()
      return
    }
    for (const name of DRAFT_FIELDS) {
      const value = draft[name]
      if (value === undefined) continue
      if (name === 'kind') {
        const radio = this.form.querySelector<HTMLInputElement>(`input[name="kind"][value="${value === 'objection' ? 'objection' : 'comment'}"]`)
        if (radio) radio.checked = true
      } else {
        this.field<HTMLInputElement>(name).value = value
      }
    }
    this.field<HTMLInputElement>('idempotencyKey').value = draft.idempotencyKey ?? ''
    this.idempotencyKey()
    if (draft.content || draft.evidence) {
      this.say('已恢复您上次在本机填写、尚未提交成功的内容。', 'info')
    }
  }

  /**
   * After a plain form post the CMS sends the reader back with ?receipt= or ?error=<code>. Anyone
   * can link to this page with any query: only a well-formed receipt and the fixed message of a
   * known code (or the generic one) are shown, never text from the address.
   */
  private readRedirect(): void {
    const url = new URL(location.href)
    const outcome = submissionOutcome(url.searchParams)
    if (!outcome) return
    if ('receipt' in outcome) {
      this.addReceipt({ receipt: outcome.receipt, kind: this.kind(), nominee: this.nomineeName(), at: Date.now() })
      this.clearAfterSuccess()
      this.say(`提交成功，回执编号：${outcome.receipt}`, 'success')
    } else {
      this.say(`${outcome.error}${this.phoneHint}`, 'error')
      // The address points at the message a page without JavaScript shows (hidden here): bring the status line into view instead.
      this.status.focus()
      url.hash = 'notice-feedback'
    }
    url.searchParams.delete('receipt')
    url.searchParams.delete('error')
    history.replaceState(history.state, '', url.href)
  }

  private onEdit(): void {
    this.syncKind()
    this.updateCount()
    this.saveDraft()
    // A message goes as soon as its field is fixed (and follows a change of 留言/异议).
    if (!this.touched.size) return
    const errors = this.touchedErrors()
    this.showErrors(errors)
    if (!Object.keys(errors).length && this.status.textContent === INVALID_SUMMARY) this.say('', 'info')
  }

  /** What the shared schema says of the form as it stands (the proof of work is not asked yet). */
  private check(): Record<string, string> {
    const checked = commentSubmissionSchema.safeParse(this.payload('pending'))
    return checked.success ? {} : fieldErrors(checked.error)
  }

  private touchedErrors(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.check()).filter(([name]) => this.touched.has(name)))
  }

  /** Every message beside its field, the first such field focused; one for a field the reader cannot see goes under the form. */
  private refuse(errors: Record<string, string>, summary: string): void {
    for (const name of VISIBLE_FIELDS) this.touched.add(name)
    this.showErrors(errors)
    const first = Object.keys(errors).find((name) => VISIBLE_FIELDS.has(name))
    if (first) this.form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
    const unseen = Object.entries(errors).find(([name]) => !VISIBLE_FIELDS.has(name))
    this.say(unseen ? unseen[1] : summary, 'error')
  }

  private payload(altcha: string): Record<string, unknown> {
    const values = this.values()
    return {
      ...values,
      evidence: values.kind === 'objection' ? values.evidence : '',
      noticeId: this.field<HTMLInputElement>('noticeId').value,
      consent: this.field<HTMLInputElement>('consent').checked,
      website: this.field<HTMLInputElement>('website').value,
      idempotencyKey: this.idempotencyKey(),
      altcha,
    }
  }

  private async submit(): Promise<void> {
    if (this.busy) return
    const errors = this.check()
    if (Object.keys(errors).length) {
      this.refuse(errors, INVALID_SUMMARY)
      return
    }
    this.showErrors({})
    this.busy = true
    this.setBusy(true)
    this.saveDraft()
    try {
      await this.send()
    } finally {
      this.busy = false
      this.setBusy(false)
    }
  }

  private async send(): Promise<void> {
    this.say('正在提交，请稍候…', 'busy')
    const sent = await sendSubmission(this.form, (altcha) => this.payload(altcha))
    switch (sent.outcome) {
      case 'received':
        this.addReceipt({ receipt: sent.receipt, kind: this.kind(), nominee: this.nomineeName(), at: Date.now() })
        this.clearAfterSuccess()
        this.say(`提交成功，回执编号：${sent.receipt}。${sent.message}`, 'success')
        this.status.focus()
        return
      case 'refused':
        this.refuse(sent.errors, sent.code === 'invalid' ? INVALID_SUMMARY : sent.message)
        return
      case 'limited':
        this.say(`${submissionErrorMessage('rate-limited')}请约 ${sent.minutes} 分钟后再试，您填写的内容已保存在本机。${this.phoneHint}`, 'error')
        return
      case 'failed':
        this.say(`${sent.message}${this.phoneHint}`, 'error')
        return
      case 'no-proof':
        this.say(`人机校验未能完成，请检查网络后再点“提交”。您填写的内容已保存在本机。${this.phoneHint}`, 'error')
        return
      case 'offline':
        this.say(`网络连接出现问题，提交未能送达。您填写的内容已保存在本机浏览器中，不会丢失，请稍后再点“提交”重试。${this.phoneHint}`, 'error')
        return
      case 'server-error':
        this.say(`系统暂时无法保存您的提交。您填写的内容已保存在本机浏览器中，不会丢失，请稍后再点“提交”重试。${this.phoneHint}`, 'error')
    }
  }

  /** Keeps who the reader is, so a second submission is quick; clears what was said. */
  private clearAfterSuccess(): void {
    this.field<HTMLTextAreaElement>('content').value = ''
    this.field<HTMLTextAreaElement>('evidence').value = ''
    this.field<HTMLInputElement>('consent').checked = false
    this.field<HTMLInputElement>('idempotencyKey').value = newKey()
    storage.remove(this.draftKey)
    this.touched.clear()
    this.updateCount()
  }
}

export const initCommentForms = (): void => {
  for (const root of document.querySelectorAll<HTMLElement>('[data-feedback]')) {
    if (!root.querySelector('form[data-comment-form]')) continue
    new CommentForm(root).start()
  }
}
