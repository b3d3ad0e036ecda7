/**
 * The public addresses the CMS is configured with, read in one place. CMS_PUBLIC_URL is where
 * staff open the admin (default: this machine on PORT); SITE_URL is the public site (several
 * may be given, comma-separated: the CDN and a mirror, say).
 */
export const cmsPublicUrl = (): string =>
  (process.env.CMS_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const siteUrls = (): string[] =>
  (process.env.SITE_URL || 'http://localhost:4321')
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
