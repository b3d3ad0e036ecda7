const STORAGE_KEY = 'fengcai-font-size'
const SIZES = ['standard', 'large', 'xlarge'] as const
type Size = (typeof SIZES)[number]

const isSize = (value: unknown): value is Size => SIZES.includes(value as Size)

const apply = (size: Size): void => {
  if (size === 'standard') delete document.documentElement.dataset.fontSize
  else document.documentElement.dataset.fontSize = size
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-font-switch] button')) {
    button.setAttribute('aria-pressed', String(button.dataset.size === size))
  }
}

/** Shows the text-size buttons and remembers the reader's choice on this device. */
export const setupFontSizeSwitch = (): void => {
  const root = document.querySelector<HTMLElement>('[data-font-switch]')
  if (!root) return
  root.hidden = false
  const stored = document.documentElement.dataset.fontSize
  apply(isSize(stored) ? stored : 'standard')
  root.addEventListener('click', (event) => {
    const size = (event.target as HTMLElement).closest('button')?.dataset.size
    if (!isSize(size)) return
    apply(size)
    try {
      localStorage.setItem(STORAGE_KEY, size)
    } catch (error) {
      console.warn('字号设置未能保存', error)
    }
  })
}
