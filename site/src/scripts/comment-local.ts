/**
 * What the comment form keeps in this browser and the proof of work it waits for: drafts and
 * receipts in localStorage (a browser that refuses it only loses the convenience), one random key
 * per submission, and the ALTCHA widget's answer.
 */
export type AltchaWidget = HTMLElement & { getState?: () => string; reset?: () => void; verify?: () => Promise<unknown> }

export const storage = {
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
export const newKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

/** Waits for the widget's proof of work, starting it if needed; resolves to its payload. */
export const solveAltcha = (form: HTMLFormElement): Promise<string> => {
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
