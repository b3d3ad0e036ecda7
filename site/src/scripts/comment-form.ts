/**
 * The notice page's comment / objection form. The form is plain HTML that posts to the CMS; this
 * script adds what a static page cannot: the proof-of-work (ALTCHA widget), checking with the
 * same zod schema as the server, messages beside the fields, a draft kept in this browser until
 * the CMS has confirmed it, and the receipts of what was sent.
 */
import 'altcha'
import 'altcha/i18n/zh-cn'
// Before the shared schemas are built (see the module).
import './zod-jitless'

import { CONTENT_MAX, charCount, commentSubmissionSchema, fieldErrors, submissionErrorMessage, submissionOutcome } from '@fengcai/shared'

import { periodOf } from './notice-status'

/** The status line's word while fields have messages beside them. */
const INVALID_SUMMARY = '提交的内容有误，请按红字提示修改。'
const DRAFT_TTL_MS = 30 * 24 * 3600_000
const REQUEST_TIMEOUT_MS = 30_000
const DRAFT_FIELDS = ['kind', 'nomineeId', 'name', 'phone', 'email', 'content', 'evidence'] as const
/** Fields a reader can see; any other field's message goes to the status line under the form. */
const VISIBLE_FIELDS = new Set<string>([...DRAFT_FIELDS, 'consent'])

type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>> & { idempotencyKey?: string; savedAt?: number }
type Receipt = { receipt: string; kind: string; nominee: string; at: number }
type Answer = { receipt?: string; message?: string; code?: string; errors?: Record<string, string> }
type AltchaWidget = HTMLElement & { getState?: () => string; reset?: () => void; verify?: () => Promise<unknown> }

const storage = {
  read<T>(key: string): T | null {
    try {
      const raw = localStorage.getItem(key)
      return raw ? (JSON.parse(raw) as T) : null
    } catch (error) {
      console.warn('无法读取本机保存的草稿', error)
      return null
    }
  },
  write(key: string, value: unknown): void {
    try {
      localStorage.setItem(key, JSON.stringify(value))
    } catch (error) {
      console.warn('无法在本机保存草稿', error)
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key)
    } catch (error) {
      console.warn('无法清除本机保存的草稿', error)
    }
  },
}

/** A random key for one submission; works outside secure contexts, unlike randomUUID. */
const newKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** Waits for the widget's proof of work, starting it if needed; resolves to its payload. */
const solveAltcha = (form: HTMLFormElement): Promise<string> => {
  const widget = form.querySelector<AltchaWidget>('altcha-widget')
  const current = form.querySelector<HTMLInputElement>('input[name="altcha"]')?.value
  if (!widget || typeof widget.verify !== 'function') return Promise.reject(new Error('altcha widget not ready'))
  if (widget.getState?.() === 'verified' && current) return Promise.resolve(current)
  return new Promise((resolve, reject) => {
    const onState = (event: Event) => {
      const { state, payload } = (event as CustomEvent<{ state: string; payload?: string }>).detail
      if (state === 'verified') {
        widget.removeEventListener('statechange', onState)
        resolve(payload || form.querySelector<HTMLInputElement>('input[name="altcha"]')?.value || '')
      } else if (state === 'error' || state === 'expired') {
        widget.removeEventListener('statechange', onState)
        reject(new Error(`altcha ${state}`))
      }
    }
    widget.addEventListener('statechange', onState)
    if (widget.getState?.() !== 'verifying') {
      widget.reset?.()
      void widget.verify?.()
    }
  })
}

class CommentForm {
  private readonly form: HTMLFormElement
  private readonly status: HTMLElement
  private readonly draftKey: string
  private readonly receiptsKey: string
  private readonly phoneHint: string
  private busy = false
  /** Fields the reader has left (or tried to submit): only their messages are shown while typing. */
  private readonly touched = new Set<string>()

  constructor(private readonly root: HTMLElement) {
    this.form = root.querySelector<HTMLFormElement>('form[data-comment-form]') as HTMLFormElement
    this.status = root.querySelector<HTMLElement>('[data-form-status]') as HTMLElement
    this.draftKey = `fengcai:feedback-draft:${root.dataset.noticeId}`
    this.receiptsKey = `fengcai:feedback-receipts:${root.dataset.noticeId}`
    this.phoneHint = root.dataset.phoneHint ?? ''
  }

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
          const kind = this.form.querySelector<HTMLInputElement>('input[name="kind"]:checked') ?? this.form.querySelector<HTMLInputElement>('input[name="kind"]')
          kind?.focus({ preventScroll: true })
        })
      })
    }
  }

  /** Shows the form only while the notice is open, by the reader's clock rather than the build's. */
  private showWindow(): void {
    const status = periodOf(this.root)?.status
    if (!status) return
    for (const block of this.root.querySelectorAll<HTMLElement>('[data-feedback-when]')) {
      block.hidden = block.dataset.feedbackWhen !== status
    }
    for (const link of document.querySelectorAll<HTMLElement>('[data-feedback-nominee]')) {
      link.hidden = status !== 'open'
    }
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.form.elements.namedItem(name) as unknown as T
  }

  private kind(): string {
    return this.form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? 'comment'
  }

  private values(): Draft {
    const draft: Draft = {}
    for (const name of DRAFT_FIELDS) {
      draft[name] = name === 'kind' ? this.kind() : (this.field<HTMLInputElement>(name)?.value ?? '')
    }
    return draft
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

  private syncKind(): void {
    const objection = this.kind() === 'objection'
    for (const block of this.form.querySelectorAll<HTMLElement>('[data-objection-only]')) block.hidden = !objection
    const mark = this.form.querySelector<HTMLElement>('[data-phone-required]')
    if (mark) mark.textContent = objection ? '（必填）' : '（留言可不填）'
    this.field<HTMLInputElement>('phone').required = objection
  }

  private updateCount(): void {
    const counter = this.form.querySelector<HTMLElement>('[data-count-for="content"]')
    if (!counter) return
    const used = charCount(this.field<HTMLTextAreaElement>('content').value.trim())
    counter.textContent = `已输入 ${used} 字，最多 ${CONTENT_MAX} 字`
    counter.classList.toggle('field__hint--over', used > CONTENT_MAX)
  }

  private nomineeName(): string {
    const select = this.field<HTMLSelectElement>('nomineeId')
    return select.selectedOptions[0]?.textContent ?? ''
  }

  private say(message: string, tone: 'info' | 'success' | 'error' | 'busy'): void {
    this.status.textContent = message
    this.status.dataset.tone = tone
  }

  private showErrors(errors: Record<string, string>): void {
    for (const slot of this.form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const name = slot.dataset.errorFor ?? ''
      const message = errors[name]
      slot.textContent = message ?? ''
      slot.hidden = !message
      const controls = this.form.querySelectorAll<HTMLElement>(`[name="${name}"]`)
      for (const control of controls) {
        if (message) control.setAttribute('aria-invalid', 'true')
        else control.removeAttribute('aria-invalid')
      }
    }
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
      await this.send(true)
    } finally {
      this.busy = false
      this.setBusy(false)
    }
  }

  private setBusy(busy: boolean): void {
    const button = this.form.querySelector<HTMLButtonElement>('button[type="submit"]')
    if (button) {
      button.disabled = busy
      button.textContent = busy ? '正在提交…' : '提交'
    }
    this.form.setAttribute('aria-busy', String(busy))
  }

  private async send(retryAltcha: boolean): Promise<void> {
    this.say('正在提交，请稍候…', 'busy')
    let altcha: string
    try {
      altcha = await solveAltcha(this.form)
    } catch (error) {
      console.warn('人机校验未完成', error)
      this.say(`人机校验未能完成，请检查网络后再点“提交”。您填写的内容已保存在本机。${this.phoneHint}`, 'error')
      return
    }
    let response: Response
    let answer: Answer
    try {
      response = await fetch(this.form.action, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(this.payload(altcha)),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      answer = (await response.json().catch(() => ({}))) as Answer
    } catch (error) {
      console.warn('提交未送达', error)
      this.say(`网络连接出现问题，提交未能送达。您填写的内容已保存在本机浏览器中，不会丢失，请稍后再点“提交”重试。${this.phoneHint}`, 'error')
      return
    }
    // Each proof of work is accepted once: whatever happened, the next try needs a fresh one.
    this.form.querySelector<AltchaWidget>('altcha-widget')?.reset?.()

    if ((response.status === 201 || response.status === 200) && answer.receipt) {
      this.addReceipt({ receipt: answer.receipt, kind: this.kind(), nominee: this.nomineeName(), at: Date.now() })
      this.clearAfterSuccess()
      this.say(`提交成功，回执编号：${answer.receipt}。${answer.message ?? ''}`, 'success')
      this.status.focus()
      return
    }
    const errors = answer.errors ?? {}
    if (response.status === 400 && errors.altcha && retryAltcha) {
      await this.send(false)
      return
    }
    // What went wrong is said by the answer's code, in the site's own words for it.
    const message = submissionErrorMessage(answer.code)
    if (response.status === 400 || response.status === 422) {
      this.refuse(errors, answer.code === 'invalid' ? INVALID_SUMMARY : message)
      return
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after')) || 60
      const minutes = Math.max(1, Math.ceil(seconds / 60))
      this.say(`${submissionErrorMessage('rate-limited')}请约 ${minutes} 分钟后再试，您填写的内容已保存在本机。${this.phoneHint}`, 'error')
      return
    }
    if (response.status < 500) {
      this.say(`${message}${this.phoneHint}`, 'error')
      return
    }
    this.say(`系统暂时无法保存您的提交。您填写的内容已保存在本机浏览器中，不会丢失，请稍后再点“提交”重试。${this.phoneHint}`, 'error')
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

  private receipts(): Receipt[] {
    const list = storage.read<Receipt[]>(this.receiptsKey)
    return Array.isArray(list) ? list.filter((item) => typeof item?.receipt === 'string') : []
  }

  private addReceipt(receipt: Receipt): void {
    const list = this.receipts().filter((item) => item.receipt !== receipt.receipt)
    storage.write(this.receiptsKey, [...list, receipt].slice(-20))
    this.showReceipts()
  }

  private showReceipts(): void {
    const box = this.root.querySelector<HTMLElement>('[data-receipts]')
    const list = box?.querySelector('ul')
    if (!box || !list) return
    const receipts = this.receipts()
    box.hidden = receipts.length === 0
    list.replaceChildren(
      ...receipts.map((item) => {
        const li = document.createElement('li')
        const code = document.createElement('strong')
        code.className = 'receipt-code'
        code.textContent = item.receipt
        const kind = item.kind === 'objection' ? '异议' : '留言'
        const about = item.nominee ? `，针对：${item.nominee}` : ''
        const when = new Date(item.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' })
        li.append(code, document.createTextNode(`（${kind}${about}，${when}）`))
        return li
      }),
    )
  }
}

export const initCommentForms = (): void => {
  for (const root of document.querySelectorAll<HTMLElement>('[data-feedback]')) {
    if (!root.querySelector('form[data-comment-form]')) continue
    new CommentForm(root).start()
  }
}
