/**
 * The 网站纠错 form (/jiucuo/). Plain HTML that posts to the CMS; this script adds what the comment
 * form's does: the proof of work, checking with the same zod schema as the server, messages beside
 * the fields, and the answer read without leaving the page. It fills in the page the reader came
 * from (`?page=`, as every page's footer links here) and reads the outcome of a plain form post.
 */
import 'altcha'
import 'altcha/i18n/zh-cn'
// Before the shared schemas are built (see the module).
import './zod-jitless'

import { CORRECTION_MAX, charCount, fieldErrors, siteCorrectionSchema, submissionErrorMessage, submissionOutcome } from '@fengcai/shared'

import { newKey } from './comment-local'
import { sendSubmission, setFormBusy, showFieldErrors } from './submit-form'

const INVALID = '提交的内容有误，请按红字提示修改。'
const FIELDS = ['page', 'content', 'contact'] as const

class CorrectionForm {
  private readonly status: HTMLElement
  private busy = false

  constructor(
    private readonly root: HTMLElement,
    private readonly form: HTMLFormElement,
  ) {
    this.status = root.querySelector<HTMLElement>('[data-form-status]') as HTMLElement
  }

  private field(name: string): HTMLInputElement {
    return this.form.elements.namedItem(name) as HTMLInputElement
  }

  start(): void {
    // The messages a page without JavaScript shows for `#feedback-error-…`; here the status line says it.
    this.root.querySelector<HTMLElement>('[data-feedback-errors]')?.setAttribute('hidden', '')
    this.field('idempotencyKey').value = newKey()
    const url = new URL(location.href)
    // Only a path of this site, as the schema has it, goes into the field: the link is anyone's to write.
    const page = siteCorrectionSchema.shape.page.safeParse(url.searchParams.get('page') ?? '')
    if (page.success && !this.field('page').value) this.field('page').value = page.data
    this.readRedirect(url)
    this.updateCount()
    this.form.addEventListener('input', () => this.updateCount())
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.submit()
    })
  }

  private say(message: string, tone: 'info' | 'success' | 'error' | 'busy'): void {
    this.status.textContent = message
    this.status.dataset.tone = tone
  }

  private updateCount(): void {
    const counter = this.form.querySelector<HTMLElement>('[data-count-for="content"]')
    if (!counter) return
    const used = charCount(this.field('content').value.trim())
    counter.textContent = `已输入 ${used} 字，最多 ${CORRECTION_MAX} 字`
    counter.classList.toggle('field__hint--over', used > CORRECTION_MAX)
  }

  /** After a plain form post: a well-formed receipt or a known code's fixed message, never text from the address. */
  private readRedirect(url: URL): void {
    const outcome = submissionOutcome(url.searchParams, 'JC')
    if (!outcome) return
    if ('receipt' in outcome) this.say(`提交成功，回执编号：${outcome.receipt}。感谢您的指正。`, 'success')
    else this.say(outcome.error, 'error')
    this.status.focus()
    url.searchParams.delete('receipt')
    url.searchParams.delete('error')
    url.hash = ''
    history.replaceState(history.state, '', url.href)
  }

  private body(altcha: string): Record<string, unknown> {
    const values = Object.fromEntries(FIELDS.map((name) => [name, this.field(name).value]))
    return { ...values, website: this.field('website').value, idempotencyKey: this.field('idempotencyKey').value, altcha }
  }

  private refuse(errors: Record<string, string>, summary: string): void {
    showFieldErrors(this.form, errors)
    const first = FIELDS.find((name) => errors[name])
    if (first) this.field(first).focus()
    const unseen = Object.entries(errors).find(([name]) => !(FIELDS as readonly string[]).includes(name))
    this.say(unseen ? unseen[1] : summary, 'error')
  }

  private async submit(): Promise<void> {
    if (this.busy) return
    const checked = siteCorrectionSchema.safeParse(this.body('pending'))
    if (!checked.success) {
      this.refuse(fieldErrors(checked.error), INVALID)
      return
    }
    showFieldErrors(this.form, {})
    this.busy = true
    setFormBusy(this.form, true)
    this.say('正在提交，请稍候…', 'busy')
    try {
      const sent = await sendSubmission(this.form, (altcha) => this.body(altcha), 'JC')
      if (sent.outcome === 'received') {
        this.say(`提交成功，回执编号：${sent.receipt}。${sent.message}`, 'success')
        this.field('content').value = ''
        this.field('idempotencyKey').value = newKey()
        this.updateCount()
      } else if (sent.outcome === 'refused') this.refuse(sent.errors, sent.code === 'invalid' ? INVALID : sent.message)
      else if (sent.outcome === 'limited') this.say(`${submissionErrorMessage('rate-limited')}请约 ${sent.minutes} 分钟后再试。`, 'error')
      else if (sent.outcome === 'failed') this.say(sent.message, 'error')
      else if (sent.outcome === 'no-proof') this.say('人机校验未能完成，请检查网络后再点“提交”。', 'error')
      else this.say('提交未能完成，请稍后再点“提交”重试。', 'error')
      this.status.focus()
    } finally {
      this.busy = false
      setFormBusy(this.form, false)
    }
  }
}

export const initCorrectionForm = (): void => {
  const root = document.querySelector<HTMLElement>('[data-correction]')
  const form = root?.querySelector<HTMLFormElement>('form[data-correction-form]')
  if (root && form) new CorrectionForm(root, form).start()
}
