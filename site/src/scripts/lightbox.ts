/**
 * The gallery lightbox works with links and :target alone; this adds the keys people expect:
 * Escape closes, arrows move, and focus goes into the open photo and back to its thumbnail.
 */
export const setupLightbox = (): void => {
  let opener: HTMLElement | null = null
  const open = (): HTMLElement | null => {
    const id = location.hash.slice(1)
    return id.startsWith('photo-') ? document.getElementById(id) : null
  }
  const focusOpen = () => {
    const box = open()
    if (box) box.querySelector<HTMLElement>('[data-lightbox-close]')?.focus()
    else opener?.focus({ preventScroll: true })
  }
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLElement>('.photo-grid__link')
    if (link) opener = link
  })
  window.addEventListener('hashchange', focusOpen)
  document.addEventListener('keydown', (event) => {
    const box = open()
    if (!box) return
    const target =
      event.key === 'Escape'
        ? box.querySelector<HTMLAnchorElement>('[data-lightbox-close]')
        : event.key === 'ArrowLeft'
          ? box.querySelector<HTMLAnchorElement>('[data-lightbox-prev]')
          : event.key === 'ArrowRight'
            ? box.querySelector<HTMLAnchorElement>('[data-lightbox-next]')
            : null
    if (!target) return
    event.preventDefault()
    // Setting the hash (not history.replaceState) is what updates :target; closing goes back to the
    // photo's thumbnail (#thumb-N), so the reader stays where they were.
    location.hash = target.getAttribute('href') ?? ''
  })
}
