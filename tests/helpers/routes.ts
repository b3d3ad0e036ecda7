/**
 * Calls the CMS's real REST and GraphQL route handlers (the ones Next mounts under /api)
 * in-process, with real Request objects, so access rules are checked on the HTTP path.
 */
export type RouteClient = {
  get: (path: string, token?: string) => Promise<{ status: number; text: string; headers: Headers }>
  post: (path: string, init?: { headers?: Record<string, string>; body?: string }) => Promise<{ status: number; text: string }>
  patch: (path: string, body: unknown, token?: string) => Promise<{ status: number; text: string; headers: Headers }>
  graphql: (query: string, token?: string) => Promise<{ status: number; text: string }>
}

export const routeClient = async (): Promise<RouteClient> => {
  const { REST_GET, REST_PATCH, REST_POST, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const restGet = REST_GET(config)
  const restPost = REST_POST(config)
  const restPatch = REST_PATCH(config)
  const graphqlPost = GRAPHQL_POST(config)
  const headers = (token?: string): HeadersInit => (token ? { authorization: `JWT ${token}` } : {})

  return {
    get: async (path, token) => {
      const url = new URL(`http://cms.test/api/${path}`)
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await restGet(new Request(url, { headers: headers(token) }), { params: Promise.resolve({ slug }) })
      // ignoreBOM keeps a byte-order mark in the text, so a test can see that a CSV has one.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
      return { status: response.status, text, headers: response.headers }
    },
    post: async (path, init = {}) => {
      const url = new URL(`http://cms.test/api/${path}`)
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const request = new Request(url, { method: 'POST', headers: init.headers ?? {}, body: init.body })
      const response = await restPost(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, text: await response.text() }
    },
    patch: async (path, body, token) => {
      const url = new URL(`http://cms.test/api/${path}`)
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const request = new Request(url, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers(token) }, body: JSON.stringify(body) })
      const response = await restPatch(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, text: await response.text(), headers: response.headers }
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
