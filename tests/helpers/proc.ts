/** What Linux's /proc tells about the stack's processes: who listens on a port, and how much memory it holds. */
import { readFile, readdir, readlink } from 'node:fs/promises'

/** Socket inodes listening on the port (TCP over IPv4 and IPv6). */
const listeningInodes = async (port: number): Promise<Set<string>> => {
  const inodes = new Set<string>()
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1)
    for (const line of lines) {
      const columns = line.trim().split(/\s+/)
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; inode is the tenth column.
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A' && columns[9]) inodes.add(columns[9])
    }
  }
  return inodes
}

/** The process that listens on the port, or null when none does. */
export const pidListeningOn = async (port: number): Promise<number | null> => {
  const inodes = await listeningInodes(port)
  if (inodes.size === 0) return null
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [] as string[])
    for (const fd of fds) {
      const target = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => '')
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
      if (inode && inodes.has(inode)) return Number(entry)
    }
  }
  return null
}

/** Resident memory of a process, in bytes. */
export const rssBytes = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
  if (!kb) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kb) * 1024
}

/** The environment a process was started with (Linux's /proc/<pid>/environ). */
const environOf = async (pid: string): Promise<Map<string, string>> => {
  const raw = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '')
  return new Map(
    raw
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  )
}

/** The site worker of the stack whose data folder is `dataDir`: its process and nudge port, or null. */
export const siteWorkerOf = async (dataDir: string): Promise<{ pid: number; port: number } | null> => {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (!command.includes('src/worker/main.ts')) continue
    const environ = await environOf(entry)
    const port = Number(environ.get('SITE_WORKER_PORT'))
    if (environ.get('FENGCAI_DATA_DIR') === dataDir && port > 0) return { pid: Number(entry), port }
  }
  return null
}
