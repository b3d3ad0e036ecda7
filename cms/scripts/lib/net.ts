import net from 'node:net'

/** True when nothing listens on the port at 127.0.0.1 yet. */
export const isPortFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)))
  })

const anyFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/**
 * A port the kernel says is free right now, other than `taken`: ports chosen earlier but not yet
 * listened on. The kernel may hand out a port it just gave (seen: the site worker's port was the
 * CMS's, picked a moment before and not yet bound), so a process choosing several asks for them
 * together.
 */
export const freePort = async (taken: readonly number[] = []): Promise<number> => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await anyFreePort()
    if (!taken.includes(port)) return port
  }
  throw new Error(`no free port other than ${taken.join(', ')}`)
}

/** `count` different free ports. */
export const freePorts = async (count: number, taken: readonly number[] = []): Promise<number[]> => {
  const ports: number[] = []
  while (ports.length < count) ports.push(await freePort([...taken, ...ports]))
  return ports
}

/** Polls a URL until it answers with one of the accepted statuses, or gives up. */
export const waitForHttp = async (url: string, { timeoutMs = 120_000, accept = (status: number) => status < 500 } = {}): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      if (accept(response.status)) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${lastError})`)
}
