import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Sent with every admin page and API answer. Next's own inline bootstrap scripts need
 * 'unsafe-inline'; everything else comes from this origin only: no third-party script, image,
 * font or connection, no framing (clickjacking), no plugin content.
 */
export const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      // Media thumbnails from the bucket (or its CDN) when media live on S3 (src/lib/storage.ts).
      `img-src 'self' data: blob:${process.env.S3_PUBLIC_URL ? ` ${new URL(process.env.S3_PUBLIC_URL).origin}` : ''}`,
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A draft's preview (src/lib/preview.ts) is the site's page, with the site's styles and
  // scripts: it sends its own, narrower policy.
  headers: async () => [
    { source: '/:path((?!api/(?:stories|notices|honor-rolls|galleries|announcements)/[0-9]+/preview$).*)', headers: securityHeaders },
    // An uploaded file never changes under its name (a new upload gets a new one): browsers and
    // CDNs keep media for a year without asking again.
    { source: '/api/media/file/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
  ],
  // The workspace root holds the lockfile; tell Next so it traces files from there.
  outputFileTracingRoot: root,
  turbopack: { root },
  // Piscina starts its threads from its own files (dist/worker.js beside it): bundled, it looks for
  // them where the bundle is and no import thread ever starts. exceljs (the objections' Excel
  // export) is a large CommonJS library with zip and stream modules of its own, used by one
  // endpoint: Node loads it as published instead of the bundler rewriting it.
  serverExternalPackages: ['piscina', 'exceljs'],
  // On CI the build starts from a clean clone and is thrown away: writing Turbopack's cache for a
  // next build that never comes took 31 s of the 89 s, and `.ci/run` has type-checked every
  // package (`pnpm typecheck`) before the tests build the CMS (20 s more here).
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  typescript: { ignoreBuildErrors: Boolean(process.env.CI) },
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
