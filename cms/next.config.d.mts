import type { NextConfig } from 'next'

/** The headers next.config.mjs gives every admin page and API answer (scripts/lib/cmsListener.ts sends them too). */
export declare const securityHeaders: { key: string; value: string }[]

declare const nextConfig: NextConfig
export default nextConfig
