/**
 * The Content-Type of each kind of file in the built site, for whatever serves it: the static
 * server of `pnpm start` (cms/scripts/lib/static-server) and the CDN bucket the site worker
 * mirrors the site into (site/src/worker/cdn-objects).
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index files (wasm.*.pagefind, *.pf_meta, *.pf_index, *.pf_fragment, *.pf_filter)
  // are gzip streams its script fetches and unpacks itself: plain bytes to the browser.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** The Content-Type a site file is served with, by its extension; unknown ones as plain bytes. */
export const siteContentTypeOf = (file: string): string => {
  const dot = file.lastIndexOf('.')
  const extension = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : ''
  return CONTENT_TYPES[extension] ?? 'application/octet-stream'
}
