/**
 * What a bench's files are written to. The site's build times at 10,000 stories depend on the
 * file system as much as on the code: ext4 without a journal (this workplace's virtual machines'
 * root) passes over every inode freed in the last one to six minutes each time it allocates one
 * (`recently_deleted()` in fs/ext4/ialloc.c, only checked when there is no journal), so creating
 * or replacing ~12,600 pages right after as many were removed costs several times what it costs on
 * ext4 as mkfs.ext4 makes it by default, with a journal. The bench prints which one it measured.
 */
import { readFileSync, realpathSync } from 'node:fs'

export type Mount = { mountPoint: string; fsType: string; source: string }

/** Undoes mountinfo's octal escapes of space, tab, newline and backslash in paths. */
const unescape = (field: string): string => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))

/**
 * The mount that holds `dir` (an absolute path with its links resolved), from the text of
 * `/proc/self/mountinfo`: the one with the longest mount point above it, the last mounted when two
 * share a mount point. Null when no line parses.
 */
export const mountOf = (mountinfo: string, dir: string): Mount | null => {
  let best: Mount | null = null
  for (const line of mountinfo.split('\n')) {
    // id parent major:minor root mountpoint options [optional fields…] - fstype source superoptions
    const [left, right] = line.split(' - ')
    if (!left || !right) continue
    const mountPoint = unescape(left.split(' ')[4] ?? '')
    const [fsType, source] = right.split(' ')
    if (!mountPoint || !fsType || source === undefined) continue
    const inside = mountPoint === '/' || dir === mountPoint || dir.startsWith(`${mountPoint}/`)
    if (inside && (!best || mountPoint.length >= best.mountPoint.length)) best = { mountPoint, fsType, source: unescape(source) }
  }
  return best
}

/** How a bench names the file system under `dir`, e.g. "ext4 on /dev/vda, without a journal". */
export const describeFilesystem = (dir: string): string => {
  let mount: Mount | null
  try {
    mount = mountOf(readFileSync('/proc/self/mountinfo', 'utf8'), realpathSync(dir))
  } catch {
    return 'unknown (no /proc/self/mountinfo)'
  }
  if (!mount) return 'unknown'
  const named = `${mount.fsType} on ${mount.source}`
  if (mount.fsType !== 'ext4') return named
  try {
    // The ext4 journal thread's pid, or "<none>" for a file system without a journal.
    const journal = readFileSync(`/sys/fs/ext4/${mount.source.replace(/^\/dev\//, '')}/journal_task`, 'utf8').trim()
    return journal === '<none>' ? `${named}, without a journal` : `${named}, with a journal`
  } catch {
    return named
  }
}
