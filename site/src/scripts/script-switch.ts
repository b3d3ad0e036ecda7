import { parseScriptChoice } from '@fengcai/shared/traditional'
import type { TraditionalStandard } from '@fengcai/shared/traditional'

const STORAGE_KEY = 'fengcai-script'

const save = (value: 'hans' | TraditionalStandard): void => {
  try {
    localStorage.setItem(STORAGE_KEY, value)
  } catch (error) {
    console.warn('繁简设置未能保存', error)
  }
}

const showTraditional = async (select: HTMLSelectElement, standard: TraditionalStandard): Promise<void> => {
  document.documentElement.dataset.script = standard
  select.value = standard
  try {
    const { convertPage } = await import('./traditional-view')
    await convertPage(standard)
  } catch (error) {
    console.error('繁体转换失败', error)
    delete document.documentElement.dataset.script
    select.value = 'hans'
  }
}

/**
 * Shows the 简 / 繁 choice and applies the reader's remembered one (public/font-size.js marks it on
 * the page before the first paint). From Simplified a standard converts the page in place; any
 * other change is a reload, the page as built being the Simplified one.
 */
export const setupScriptSwitch = (): void => {
  const select = document.querySelector<HTMLSelectElement>('[data-script-switch]')
  if (!select) return
  select.hidden = false
  const remembered = parseScriptChoice(document.documentElement.dataset.script)
  if (remembered) void showTraditional(select, remembered)
  select.addEventListener('change', () => {
    const chosen = parseScriptChoice(select.value)
    save(chosen ?? 'hans')
    if (document.documentElement.dataset.script || !chosen) location.reload()
    else void showTraditional(select, chosen)
  })
}
