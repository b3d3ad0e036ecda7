/**
 * The comment form's fields and what it shows (src/scripts/comment-form adds the drafts and the
 * sending): reading the fields, the kind (留言/异议) and its required fields, the character count,
 * messages beside the fields and on the status line, the busy state and the receipts kept here.
 */
import { CONTENT_MAX, SITE_TIME_ZONE, charCount } from '@fengcai/shared'

import { storage } from './comment-local'
import { periodOf } from './notice-status'
import { setFormBusy, showFieldErrors } from './submit-form'

/** The status line's word while fields have messages beside them. */
export const INVALID_SUMMARY = '提交的内容有误，请按红字提示修改。'
export const DRAFT_FIELDS = ['kind', 'nomineeId', 'name', 'phone', 'email', 'content', 'evidence'] as const
/** Fields a reader can see; any other field's message goes to the status line under the form. */
export const VISIBLE_FIELDS = new Set<string>([...DRAFT_FIELDS, 'consent'])

export type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>> & { idempotencyKey?: string; savedAt?: number }
export type Receipt = { receipt: string; kind: string; nominee: string; at: number }

/** The form's fields and messages; ./comment-form's CommentForm adds drafts and sending. */
export class CommentFormFields {
  protected readonly form: HTMLFormElement
  protected readonly status: HTMLElement
  protected readonly draftKey: string
  protected readonly receiptsKey: string
  protected readonly phoneHint: string
  protected busy = false
  /** Fields the reader has left (or tried to submit): only their messages are shown while typing. */
  protected readonly touched = new Set<string>()

  constructor(protected readonly root: HTMLElement) {
    this.form = root.querySelector<HTMLFormElement>('form[data-comment-form]') as HTMLFormElement
    this.status = root.querySelector<HTMLElement>('[data-form-status]') as HTMLElement
    this.draftKey = `fengcai:feedback-draft:${root.dataset.noticeId}`
    this.receiptsKey = `fengcai:feedback-receipts:${root.dataset.noticeId}`
    this.phoneHint = root.dataset.phoneHint ?? ''
  }

  /** Shows the form only while the notice is open, by the reader's clock rather than the build's. */
  protected showWindow(): void {
    const status = periodOf(this.root)?.status
    if (!status) return
    for (const block of this.root.querySelectorAll<HTMLElement>('[data-feedback-when]')) {
      block.hidden = block.dataset.feedbackWhen !== status
    }
    for (const link of document.querySelectorAll<HTMLElement>('[data-feedback-nominee]')) {
      link.hidden = status !== 'open'
    }
  }

  protected field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.form.elements.namedItem(name) as unknown as T
  }

  protected kind(): string {
    return this.form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? 'comment'
  }

  protected values(): Draft {
    const draft: Draft = {}
    for (const name of DRAFT_FIELDS) {
      draft[name] = name === 'kind' ? this.kind() : (this.field<HTMLInputElement>(name)?.value ?? '')
    }
    return draft
  }

  protected syncKind(): void {
    const objection = this.kind() === 'objection'
    for (const block of this.form.querySelectorAll<HTMLElement>('[data-objection-only]')) block.hidden = !objection
    const mark = this.form.querySelector<HTMLElement>('[data-phone-required]')
    if (mark) mark.textContent = objection ? '（必填）' : '（留言可不填）'
    this.field<HTMLInputElement>('phone').required = objection
  }

  protected updateCount(): void {
    const counter = this.form.querySelector<HTMLElement>('[data-count-for="content"]')
    if (!counter) return
    const used = charCount(this.field<HTMLTextAreaElement>('content').value.trim())
    counter.textContent = `已输入 ${used} 字，最多 ${CONTENT_MAX} 字`
    counter.classList.toggle('field__hint--over', used > CONTENT_MAX)
  }

  protected nomineeName(): string {
    const select = this.field<HTMLSelectElement>('nomineeId')
    return select.selectedOptions[0]?.textContent ?? ''
  }

  protected say(message: string, tone: 'info' | 'success' | 'error' | 'busy'): void {
    this.status.textContent = message
    this.status.dataset.tone = tone
  }

  protected showErrors(errors: Record<string, string>): void {
    showFieldErrors(this.form, errors)
  }

  protected setBusy(busy: boolean): void {
    setFormBusy(this.form, busy)
  }

  protected receipts(): Receipt[] {
    const list = storage.read<Receipt[]>(this.receiptsKey)
    return Array.isArray(list) ? list.filter((item) => typeof item?.receipt === 'string') : []
  }

  protected addReceipt(receipt: Receipt): void {
    const list = this.receipts().filter((item) => item.receipt !== receipt.receipt)
    storage.write(this.receiptsKey, [...list, receipt].slice(-20))
    this.showReceipts()
  }

  protected showReceipts(): void {
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
        const when = new Date(item.at).toLocaleString('zh-CN', { timeZone: SITE_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' })
        li.append(code, document.createTextNode(`（${kind}${about}，${when}）`))
        return li
      }),
    )
  }
}
