/** A CDN's purge address for tests: records the paths each POST asks to purge. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type PurgeRecorder = {
  url: string
  /** Every request's paths, in order of arrival, with the time each arrived. */
  requests: { at: number; paths: string[] }[]
  /** The paths of the requests since `since` (ms), as a sorted set. */
  pathsSince: (since: number) => string[]
  close: () => Promise<void>
}

export const recordPurges = async (): Promise<PurgeRecorder> => {
  const requests: PurgeRecorder['requests'] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { paths: string[] }
      requests.push({ at: Date.now(), paths: body.paths })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`,
    requests,
    pathsSince: (since) => [...new Set(requests.filter((request) => request.at >= since).flatMap((request) => request.paths))].sort(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Close waits for open connections (a worker's keep-alive, a request cut short): end them.
        server.closeAllConnections()
      }),
  }
}
