/**
 * Where the CMS and the site are when nothing says otherwise: this machine, on the ports
 * `pnpm start` uses. Pure: callers pass the environment's value in, so the defaults live here
 * and the reading of `process.env` stays with the code that owns it.
 */
export const DEFAULT_CMS_PORT = 3000
export const DEFAULT_SITE_PORT = 4321

/** `http://localhost:<port>`: a server on this machine. */
export const localhostUrl = (port: number | string): string => `http://localhost:${port}`

export const DEFAULT_CMS_URL = localhostUrl(DEFAULT_CMS_PORT)
export const DEFAULT_SITE_URL = localhostUrl(DEFAULT_SITE_PORT)

/** The configured CMS address, or the local default when it is unset or empty. */
export const cmsUrlOr = (configured: string | undefined): string => configured || DEFAULT_CMS_URL

/** The configured public site address (SITE_URL), or the local default when it is unset or empty. */
export const siteUrlOr = (configured: string | undefined): string => configured || DEFAULT_SITE_URL
