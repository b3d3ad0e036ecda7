/** 复制链接 and 打印 under a story: shown only where they work (they need JavaScript). */
const copyLink = async (url: string, actions: HTMLElement, status: HTMLElement): Promise<void> => {
  try {
    await navigator.clipboard.writeText(url)
    status.textContent = '链接已复制，可以粘贴到微信或短信里发送。'
  } catch {
    // No clipboard permission (some in-app browsers): select the address for the reader instead.
    const link = actions.parentElement?.querySelector('.share__url a')
    if (link) window.getSelection()?.selectAllChildren(link)
    status.textContent = '无法自动复制，链接已选中，请长按或按 Ctrl+C 复制。'
  }
}

export const setupShare = (): void => {
  for (const actions of document.querySelectorAll<HTMLElement>('[data-share-actions]')) {
    const status = actions.querySelector<HTMLElement>('.share__status')
    actions.hidden = false
    actions.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button')
      if (!button) return
      if (button.hasAttribute('data-print')) {
        window.print()
        return
      }
      const url = button.dataset.copyLink
      // copyLink settles either way: it tells the reader in the status line.
      if (url && status) void copyLink(url, actions, status)
    })
  }
}
