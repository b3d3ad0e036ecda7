const STORAGE_KEY = 'fengcai-script'

const save = (value: 'hans' | 'hant'): void => {
  try {
    localStorage.setItem(STORAGE_KEY, value)
  } catch (error) {
    console.warn('繁简设置未能保存', error)
  }
}

const showTraditional = async (button: HTMLButtonElement): Promise<void> => {
  document.documentElement.dataset.script = 'hant'
  button.textContent = '简体'
  button.lang = 'zh-Hans'
  button.setAttribute('aria-label', '切换为简体中文')
  try {
    const { convertPage } = await import('./traditional-view')
    await convertPage()
  } catch (error) {
    console.error('繁体转换失败', error)
    delete document.documentElement.dataset.script
    button.textContent = '繁體'
    button.lang = 'zh-Hant'
    button.setAttribute('aria-label', '切换为繁體中文')
  }
}

/**
 * Shows the 简 / 繁 switch and applies the reader's remembered choice. Back to Simplified is a
 * reload: the page as built is the Simplified one.
 */
export const setupScriptSwitch = (): void => {
  const button = document.querySelector<HTMLButtonElement>('[data-script-switch]')
  if (!button) return
  button.hidden = false
  if (document.documentElement.dataset.script === 'hant') void showTraditional(button)
  button.addEventListener('click', () => {
    if (document.documentElement.dataset.script === 'hant') {
      save('hans')
      location.reload()
      return
    }
    save('hant')
    void showTraditional(button)
  })
}
