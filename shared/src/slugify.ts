import { pinyin } from 'pinyin-pro'

const MAX_SLUG_LENGTH = 64
/**
 * What of a title is read: enough for a 64-letter slug many times over. The pinyin library's work
 * grows faster than the text, and a slug never needs more than the beginning.
 */
const MAX_SOURCE_LENGTH = 256

/**
 * A readable ASCII slug from a Chinese (or mixed) title: `浦东青年志愿者` → `pu-dong-qing-nian-zhi-yuan-zhe`.
 * Never empty and never digits only: such input gets `fallback` in front.
 */
export const slugify = (text: string, fallback = 'item'): string => {
  const syllables = pinyin(text.slice(0, MAX_SOURCE_LENGTH).normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' })
  const words = syllables
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) break
    slug = next
  }
  if (!slug) slug = words[0]?.slice(0, MAX_SLUG_LENGTH) ?? ''
  if (!slug) return fallback
  return /^[0-9-]+$/.test(slug) ? `${fallback}-${slug}` : slug
}

/** Cleans a slug an editor typed, so it is safe in a URL; empty when nothing usable is left. */
export const normalizeSlug = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')

/** `slug`, `slug-2`, `slug-3`, … : the n-th candidate when earlier ones are taken. */
export const slugCandidate = (base: string, attempt: number): string => (attempt <= 1 ? base : `${base}-${attempt}`)
