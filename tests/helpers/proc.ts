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

/** A number of a process's /proc/<pid>/status (`VmRSS`, `Threads`…), without its unit. */
const statusNumber = async (pid: number, field: string): Promise<number> => {
  const value = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]
  if (!value) throw new Error(`no ${field} for process ${pid}`)
  return Number(value)
}

/** Resident memory of a process, in bytes. */
export const rssBytes = async (pid: number): Promise<number> => (await statusNumber(pid, 'VmRSS')) * 1024

/** How many threads a process runs. */
export const threadsOf = (pid: number): Promise<number> => statusNumber(pid, 'Threads')

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

/** A process's resident memory by kind of mapping, in bytes (Linux's /proc/<pid>/smaps). */
export type MemoryMap = {
  /** Mapped files: the node binary, shared libraries (sharp's libvips among them), other files. */
  files: Map<string, number>
  /** glibc's main arena (`[heap]`, grown with brk). */
  brk: number
  /** Anonymous mappings: V8's heap, glibc's other arenas and large allocations, thread stacks. */
  anonymous: number
  /** Anonymous mappings of 64 MB or more reserved (glibc's thread arenas are 64 MB reservations). */
  anonymousLarge: number
  /** Shared memory and the like, counted as anonymous by the kernel. */
  other: number
}

/** The process's resident memory by kind of mapping (./proc's MemoryMap). */
export const memoryMapOf = async (pid: number): Promise<MemoryMap> => {
  const text = await readFile(`/proc/${pid}/smaps`, 'utf8')
  const map: MemoryMap = { files: new Map(), brk: 0, anonymous: 0, anonymousLarge: 0, other: 0 }
  let name = ''
  let size = 0
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \d+\s*(.*)$/.exec(line)
    if (header) {
      name = header[3] ?? ''
      size = parseInt(header[2] as string, 16) - parseInt(header[1] as string, 16)
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)?.[1]
    if (rss === undefined) continue
    const bytes = Number(rss) * 1024
    if (name === '[heap]') map.brk += bytes
    else if (name === '') {
      map.anonymous += bytes
      if (size >= 64 * 1024 * 1024) map.anonymousLarge += bytes
    } else if (name.startsWith('/')) map.files.set(name, (map.files.get(name) ?? 0) + bytes)
    else map.other += bytes
  }
  return map
}

/** MemoryMap as one line, in MB: the largest mapped files by name. */
export const describeMemoryMap = (map: MemoryMap): string => {
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
  const files = [...map.files].sort((a, b) => b[1] - a[1])
  const fileTotal = files.reduce((sum, [, bytes]) => sum + bytes, 0)
  const largest = files
    .slice(0, 3)
    .map(([file, bytes]) => `${file.split('/').at(-1)} ${mb(bytes)}`)
    .join(', ')
  return `anonymous ${mb(map.anonymous)} MB (in reservations of 64 MB or more ${mb(map.anonymousLarge)}), brk heap ${mb(map.brk)} MB, files ${mb(fileTotal)} MB (${largest}), other ${mb(map.other)} MB`
}
