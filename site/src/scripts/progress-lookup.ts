/**
 * The progress page's lookup (/notices/progress/): the page reads without JavaScript; this script
 * shows the form, checks it with the same zod schema as the CMS, asks the CMS and writes the
 * answer into the page as text (never as markup: the reply is staff's words).
 */
// Before the shared schemas are built (see the module).
import './zod-jitless'

import { fieldErrors, formatMomentZh, progressErrors, progressLookupSchema, statusExplanations } from '@fengcai/shared'
import type { ProgressAnswer } from '@fengcai/shared'

const REQUEST_TIMEOUT_MS = 20_000

class ProgressLookup {
  private readonly status: HTMLElement
  private readonly result: HTMLElement

  constructor(private readonly form: HTMLFormElement) {
    this.status = form.querySelector<HTMLElement>('[data-progress-status]') as HTMLElement
    this.result = document.querySelector<HTMLElement>('[data-progress-result]') as HTMLElement
  }

  start(): void {
    this.form.hidden = false
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.lookup()
    })
  }

  private say(message: string, tone: 'error' | 'info' = 'info'): void {
    this.status.textContent = message
    this.status.dataset.tone = tone
  }

  private showErrors(errors: Record<string, string>): void {
    for (const slot of this.form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const message = errors[slot.dataset.errorFor ?? '']
      slot.textContent = message ?? ''
      slot.hidden = !message
    }
  }

  private input(): Record<string, string> {
    const data = new FormData(this.form)
    const out: Record<string, string> = { receipt: String(data.get('receipt') ?? '') }
    for (const name of ['phoneLast4', 'email']) {
      const value = String(data.get(name) ?? '').trim()
      if (value) out[name] = value
    }
    return out
  }

  private async lookup(): Promise<void> {
    this.result.hidden = true
    const parsed = progressLookupSchema.safeParse(this.input())
    if (!parsed.success) {
      this.showErrors(fieldErrors(parsed.error))
      this.say(progressErrors.invalid, 'error')
      return
    }
    this.showErrors({})
    this.say('正在查询……')
    let response: Response
    let answer: Partial<ProgressAnswer> & { message?: string }
    try {
      response = await fetch(this.form.dataset.lookupUrl ?? '', {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(parsed.data),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      answer = (await response.json().catch(() => ({}))) as typeof answer
    } catch (error) {
      console.warn('查询未送达', error)
      this.say('网络连接出现问题，查询未能送达，请稍后重试。', 'error')
      return
    }
    if (response.status === 200 && answer.status) {
      this.say('')
      this.show(answer as ProgressAnswer)
      return
    }
    if (response.status === 429) {
      const minutes = Math.max(1, Math.ceil((Number(response.headers.get('retry-after')) || 60) / 60))
      this.say(`${progressErrors['rate-limited']}请约 ${minutes} 分钟后再试。`, 'error')
      return
    }
    this.say(response.status === 404 ? progressErrors['not-found'] : response.status < 500 ? progressErrors.invalid : progressErrors['server-error'], 'error')
  }

  private slot(name: string): HTMLElement {
    return this.result.querySelector<HTMLElement>(`[data-result="${name}"]`) as HTMLElement
  }

  private show(answer: ProgressAnswer): void {
    this.slot('receipt').textContent = answer.receipt
    this.slot('kind').textContent = answer.kindLabel
    const notice = this.slot('notice')
    notice.replaceChildren()
    if (answer.notice.path) {
      const link = document.createElement('a')
      link.href = answer.notice.path
      link.textContent = answer.notice.title
      notice.append(link)
    } else notice.textContent = answer.notice.title
    this.slot('nominee').textContent = answer.nomineeName ?? '本次公示整体'
    this.slot('received').textContent = formatMomentZh(new Date(answer.receivedAt))
    this.slot('status').textContent = answer.statusLabel
    this.slot('history').replaceChildren(
      ...answer.history.map((entry) => {
        const item = document.createElement('li')
        item.textContent = `${formatMomentZh(new Date(entry.at))}　${entry.statusLabel}`
        return item
      }),
    )
    this.slot('reply').textContent = answer.reply ?? ''
    this.slot('reply-block').hidden = !answer.reply
    this.slot('explanation').textContent = `${answer.statusLabel}：${statusExplanations[answer.status]}`
    this.result.hidden = false
    this.result.focus()
  }
}

export const initProgressLookup = (): void => {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-progress-form]')) new ProgressLookup(form).start()
}
