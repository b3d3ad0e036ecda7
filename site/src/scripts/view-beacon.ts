/** One beacon per page view, no cookies; shows the live count when the CMS answers. */
export const sendViewBeacon = (): void => {
  const element = document.querySelector<HTMLElement>('[data-view-endpoint]')
  const endpoint = element?.dataset.viewEndpoint
  const number = element?.querySelector<HTMLElement>('[data-view-number]')
  if (!endpoint || !number) return
  fetch(endpoint, { method: 'POST', mode: 'cors', credentials: 'omit', keepalive: true })
    .then((response) => (response.ok ? (response.json() as Promise<{ views?: unknown }>) : null))
    .then((body) => {
      if (typeof body?.views === 'number') number.textContent = body.views.toLocaleString('zh-CN')
    })
    .catch((error: unknown) => console.warn('阅读量统计未送达，页面显示的是生成时的数字', error))
}
