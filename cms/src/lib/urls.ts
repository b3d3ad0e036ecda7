import { DEFAULT_CMS_PORT, localhostUrl, siteUrlOr } from '@fengcai/shared'

/**
 * The public addresses the CMS is configured with, read in one place. CMS_PUBLIC_URL is where
 * staff open the admin (default: this machine on PORT); SITE_URL is the public site (several
 * may be given, comma-separated: the CDN and a mirror, say).
 */
export const cmsPublicUrl = (): string => (process.env.CMS_PUBLIC_URL || localhostUrl(process.env.PORT || DEFAULT_CMS_PORT)).replace(/\/+$/, '')

export const siteUrls = (): string[] =>
  siteUrlOr(process.env.SITE_URL)
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)

export const isSecureUrl = (url: string | undefined): boolean => Boolean(url && url.startsWith('https://'))

/**
 * Origins whose pages may send the admin's cookie with a request (Payload's `csrf` list; it
 * adds `serverURL` itself). Locally the admin is reached as localhost and as 127.0.0.1 alike.
 */
export const adminOrigins = (): string[] => {
  const origin = new URL(cmsPublicUrl()).origin
  const loopback = origin.replace('://localhost:', '://127.0.0.1:')
  return loopback === origin ? [origin] : [origin, loopback]
}

/** The configured sites as addresses: origin, and the path the site lives under ('' at the root). */
const sites = (urls: string[]): { origin: string; base: string }[] =>
  urls.flatMap((url) => {
    if (!URL.canParse(url)) return []
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return []
    return [{ origin: parsed.origin, base: parsed.pathname.replace(/\/+$/, '') }]
  })

/**
 * The page of the public site a request came from, by its Referer: only an http(s) address on one
 * of the site's origins, under the site's path, naming a page rather than just the site (a browser
 * sends only the origin to another origin by default). Its query and fragment are dropped. Anything
 * else — another origin, `javascript:`, credentials, text that is no URL at all — gives null.
 */
export const sitePageFrom = (referer: string | null | undefined, urls: string[] = siteUrls()): URL | null => {
  if (!referer || !URL.canParse(referer)) return null
  const from = new URL(referer)
  if (from.username || from.password) return null
  const site = sites(urls).find((candidate) => candidate.origin === from.origin)
  if (!site || !from.pathname.startsWith(`${site.base}/`) || from.pathname === `${site.base}/`) return null
  return new URL(`${from.origin}${from.pathname}`)
}

/**
 * `path` (from the site's root, e.g. `/notices/x/`) on the public site: on the site the Referer
 * names when it is one of them (a mirror's reader stays on the mirror), else on the first.
 */
export const siteAddress = (path: string, referer?: string | null, urls: string[] = siteUrls()): URL => {
  const configured = sites(urls)
  const from = referer && URL.canParse(referer) ? new URL(referer).origin : null
  const site = configured.find((candidate) => candidate.origin === from) ?? configured[0]
  if (!site) throw new Error(`SITE_URL holds no http(s) address: "${process.env.SITE_URL ?? ''}"`)
  return new URL(`${site.origin}${site.base}/${path.replace(/^\/+/, '')}`)
}
