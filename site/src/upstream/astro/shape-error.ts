/**
 * What a seam's self-check throws when the upstream shape it relies on is missing: the site
 * would otherwise go on building or publishing wrongly without a word. The message names the
 * seam, what is missing, and where the reliance is written down (src/upstream/astro).
 */
export class UpstreamShapeError extends Error {
  override name = 'UpstreamShapeError'

  constructor(seam: string, missing: string) {
    super(`上游接口已变化（${seam}）：${missing}。请对照 site/src/upstream/astro/ 中记录的 Astro 源码位置调整后再发布。`)
  }
}

/**
 * Checks that `owner[name]` is a function this process can replace (the global patches of
 * ./compiled-pages and ./cross-device-moves): a frozen or missing one fails loudly.
 */
export const checkReplaceable = (seam: string, owner: object, name: string, label: string): void => {
  const descriptor = Object.getOwnPropertyDescriptor(owner, name)
  if (!descriptor || typeof descriptor.value !== 'function' || !(descriptor.writable ?? false) || Object.isFrozen(owner))
    throw new UpstreamShapeError(seam, `${label} 不是可替换的函数`)
}
