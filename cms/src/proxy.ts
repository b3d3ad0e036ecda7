import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

/**
 * The admin speaks Chinese unless a user picked English (Payload stores that choice in the
 * `payload-lng` cookie). Payload would otherwise follow the browser's Accept-Language.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ['/admin/:path*'],
}
