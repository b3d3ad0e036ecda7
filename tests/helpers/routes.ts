import { PEER_HEADER } from '@/lib/clientAddress'

/**
 * Calls the CMS's real REST and GraphQL route handlers (the ones Next mounts under /api)
 * in-process, with real Request objects, so access rules are checked on the HTTP path.
 */
export type RouteClient = {
  /** `bytes` is the body as sent (a workbook, say); `text` the same read as UTF-8. */
  get: (path: string, token?: string, extraHeaders?: Record<string, string>) => Promise<{ status: number; text: string; bytes: Buffer; headers: Headers }>
  post: (
    path: string,
    init?: { headers?: Record<string, string>; body?: BodyInit; token?: string },
  ) => Promise<{ status: number; text: string; headers: Headers }>
  patch: (path: string, body: unknown, token?: string) => Promise<{ status: number; text: string; headers: Headers }>
  delete: (path: string, token?: string) => Promise<{ status: number; text: string }>
  graphql: (query: string, token?: string) => Promise<{ status: number; text: string }>
}

export const routeClient = async (): Promise<RouteClient> => {
  const { REST_DELETE, REST_GET, REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
  // The GraphQL route as the CMS mounts it, with its own wrapper.
  const { POST: graphqlPost } = await import('@/app/(payload)/api/graphql/route')
  const { default: config } = await import('@payload-config')
  const restGet = REST_GET(config)
  const restPost = REST_POST(config)
  const restPatch = REST_PATCH(config)
  const restDelete = REST_DELETE(config)
  // Requests arrive as through the CMS's own server from a proxy on this machine; the int
  // project sets TRUST_PROXY=1, so a test's X-Forwarded-For names the client.
  const peer = { [PEER_HEADER]: '127.0.0.1' }
  const headers = (token?: string): Record<string, string> => (token ? { ...peer, authorization: `JWT ${token}` } : peer)
  type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  /** Calls a REST handler as Next's catch-all route would, with the path split into its slug. */
  const call = (handler: Handler, path: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(`http://cms.test/api/${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handler(new Request(url, init), { params: Promise.resolve({ slug }) })
  }

  return {
    get: async (path, token, extraHeaders = {}) => {
      const response = await call(restGet, path, { headers: { ...headers(token), ...extraHeaders } })
      const bytes = Buffer.from(await response.arrayBuffer())
      // ignoreBOM keeps a byte-order mark in the text, so a test can see that a CSV has one.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      return { status: response.status, text, bytes, headers: response.headers }
    },
    post: async (path, init = {}) => {
      const response = await call(restPost, path, { method: 'POST', headers: { ...headers(init.token), ...init.headers }, body: init.body })
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
    patch: async (path, body, token) => {
      const response = await call(restPatch, path, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers(token) },
        body: JSON.stringify(body),
      })
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
    delete: async (path, token) => {
      const response = await call(restDelete, path, { method: 'DELETE', headers: headers(token) })
      return { status: response.status, text: await response.text() }
    },
    graphql: async (query, token) => {
      const response = await graphqlPost(
        new Request('http://cms.test/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers(token) },
          body: JSON.stringify({ query }),
        }),
      )
      return { status: response.status, text: await response.text() }
    },
  }
}
