/**
 * Reading and writing the served site's pages, shared by the publisher and its menu swapper
 * (./swapper, a worker thread): no Astro here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { pageFromHtml } from '../integrations/pagefind'
import type { Page } from '../integrations/pagefind'
import { temporaryOf } from '../integrations/write-atomically'

const NAV_START = '<nav class="site-nav"'

/**
 * Milliseconds this thread spent on each step of swapping menus and writing pages since it was
 * emptied: the swapper thread's share of a publish, step by step, for the worker's log.
 */
export const spent: Record<string, number> = {}
let clockMark = 0
/** Ends the step under way (null: none), and starts the next. */
const tick = (step: string | null): void => {
  const now = performance.now()
  if (step) spent[step] = (spent[step] ?? 0) + now - clockMark
  clockMark = now
}

/** The site navigation's markup in a page (src/layouts/Base.astro), when the page has it exactly once. */
export const navFragment = (html: string): string | null => {
  const start = html.indexOf(NAV_START)
  const end = start < 0 ? -1 : html.indexOf('</nav>', start)
  if (end < 0 || html.indexOf(NAV_START, start + 1) >= 0) return null
  return html.slice(start, end + '</nav>'.length)
}

/**
 * Where navFragment lies in a page's bytes, as [start, end), without decoding the page (the menu's
 * delimiters are ASCII, so these are the bytes of the same fragment).
 */
export const navSpan = (page: Buffer): [number, number] | null => {
  const start = page.indexOf(NAV_START)
  const end = start < 0 ? -1 : page.indexOf('</nav>', start)
  if (end < 0 || page.indexOf(NAV_START, start + 1) >= 0) return null
  return [start, end + '</nav>'.length]
}

/** A file's bytes, or null when there is none. */
export const readIfExists = (file: string): Buffer | null => {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Where a served site's pages are written before they are renamed into place: one folder beside
 * the site (`build-N/` → `.writing/`), on the same file system and never served. On ext4 without
 * a journal, creating a file next to the page it replaces passes over the inodes that the pages
 * replaced in the last minutes had (`recently_deleted()` in fs/ext4/ialloc.c: the kernel tries
 * the folder's own block group first); one folder of their own keeps new files out of those
 * groups.
 */
export const writingDirOf = (publicDir: string): string => path.join(path.dirname(publicDir), '.writing')

/**
 * Where a publish reads the pages it replaces (`from`: the served site) and writes their new
 * versions (`to`): the same folder, where each page replaces the served one by rename; or a new
 * generation not served yet (./generations), where a page is written straight to its place and
 * its folder made when it is the first there.
 */
export type PageDirs = { from: string; to: string }

/** A publish that writes into the served site itself. */
export const inPlace = (dir: string): PageDirs => ({ from: dir, to: dir })

/** A page's new bytes, in parts written with one `writev` (a swapped page: before, the new menu, after). */
type Parts = readonly Uint8Array[]

/** Opens `file` (`wx`: a new one; `w`: emptied if there) and writes `parts` with one call. */
const createSync = (file: string, parts: Parts, flag: 'wx' | 'w' = 'wx'): void => {
  const fd = fs.openSync(file, flag)
  try {
    const written = fs.writevSync(fd, parts as Uint8Array[])
    // A short write (a full disk on the way): the rest as writeFileSync writes, until done or failed.
    const total = parts.reduce((sum, part) => sum + part.byteLength, 0)
    if (written < total) fs.writeFileSync(fd, Buffer.concat(parts).subarray(written))
  } finally {
    fs.closeSync(fd)
  }
}

/** writeAtomically for a page, through writingDirOf: its folder is made only when the page is new. */
const writeAtomicallySync = (publicDir: string, file: string, parts: Parts, folderExists: boolean): void => {
  if (!folderExists) fs.mkdirSync(path.dirname(file), { recursive: true })
  // One temporary name per process and thread: each writes one page at a time.
  const temporary = temporaryOf(path.join(writingDirOf(publicDir), 'page'))
  try {
    createSync(temporary, parts, 'w')
  } catch (error) {
    // The first page written there, or the folder was removed since.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    fs.mkdirSync(path.dirname(temporary), { recursive: true })
    createSync(temporary, parts, 'w')
  }
  fs.renameSync(temporary, file)
}

/** A folder unless there is one: the folder of a page a new generation has not linked anything into yet. */
const ensureFolder = (dir: string): void => {
  try {
    fs.mkdirSync(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') fs.mkdirSync(dir, { recursive: true })
    else if (code !== 'EEXIST') throw error
  }
}

/**
 * A page into a generation no reader sees yet: no temporary file and no rename. Always a new file
 * (`wx`): one there is a link to the served page, whose bytes readers are being sent. Its folder
 * is made first: the generation's links (./linker) leave out the pages the publish writes, so the
 * folder of a page alone in it (a story's) is not there yet.
 */
const writeUnservedSync = (file: string, parts: Parts): void => {
  ensureFolder(path.dirname(file))
  try {
    createSync(file, parts)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    fs.unlinkSync(file)
    createSync(file, parts)
  }
}

/** Writes a page's new bytes where `dirs` says; `folderExists`: in the served site. */
const writeSync = (dirs: PageDirs, file: string, parts: Parts, folderExists: boolean): void => {
  const target = path.join(dirs.to, file)
  if (dirs.to === dirs.from) writeAtomicallySync(dirs.to, target, parts, folderExists)
  else writeUnservedSync(target, parts)
}

/** This thread's buffer for the page being swapped: read, swapped and written within one call. */
let swapBuffer = Buffer.allocUnsafe(1 << 18)

/**
 * A page's bytes in swapBuffer (valid until the next call), or null when there is none: one open,
 * one read and one close, no `fstat` and no new buffer. A read of a regular file returns less than
 * asked only at its end.
 */
const readIntoSwapBuffer = (file: string): Buffer | null => {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    let size = 0
    for (;;) {
      const room = swapBuffer.length - size
      const got = fs.readSync(fd, swapBuffer, size, room, null)
      size += got
      if (got < room) return swapBuffer.subarray(0, size)
      // A page larger than the buffer: a larger one, kept for the next pages.
      const larger = Buffer.allocUnsafe(swapBuffer.length * 2)
      swapBuffer.copy(larger, 0, 0, size)
      swapBuffer = larger
    }
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Writes a page unless the bytes served are the same (`old`: those bytes, when read already).
 * Returns null when nothing was written, else what search reads of the page (null for a page
 * search passes over, and for a file that is not a page).
 */
export const writePage = (dirs: PageDirs, file: string, body: Buffer, text?: string, old?: Buffer | null): { search: Page | null } | null => {
  tick(null)
  const previous = old !== undefined ? old : readIntoSwapBuffer(path.join(dirs.from, file))
  tick('page compare')
  if (previous && previous.equals(body)) return null
  writeSync(dirs, file, [body], previous !== null)
  tick('page write')
  const search = file.endsWith('.html') ? pageFromHtml(file, text ?? body.toString('utf8')) : null
  tick('page search')
  return { search }
}

/** A page whose only change is the menu. */
export type SwapItem = { pathname: string; file: string; searchKnown: boolean }
/**
 * A variant's new menu (`plain`: neither it nor the old one carries search attributes), or null
 * when swapping does not give what rendering gives.
 */
export type MenuPair = { text: string; bytes: Buffer; plain: boolean } | null

/** The pair that swaps `to` for the menu `from`. */
export const menuPair = (from: string, to: string): NonNullable<MenuPair> => ({
  text: to,
  bytes: Buffer.from(to),
  plain: !from.includes('data-pagefind') && !to.includes('data-pagefind'),
})

/** What search reads of a swapped page: unchanged ('same'), or worked out again. */
export type SwappedSearch = 'same' | Page | null
export type SwapOutcome =
  /** No old page, or not exactly one menu in it (or a failure drill): render it. */
  | { kind: 'render' }
  /** Its menu is a variant with no pair yet: learn one by rendering a page of it. */
  | { kind: 'unknown'; from: string }
  /** Brought up to date; `written` unless the new text equals the old. */
  | { kind: 'swapped'; written: [file: string, search: SwappedSearch] | null }

const BODY_MARK = 'data-pagefind-body'

/**
 * Swaps a served page's menu for its variant's new one. Worked on as bytes: decoding and
 * encoding a page took longer than reading and writing it. Read with one call into a buffer kept
 * for it, written with one: the old bytes before and after the menu around the new menu.
 */
export const swapMenu = (dirs: PageDirs, item: SwapItem, pairs: Map<string, MenuPair>, fault: RegExp | null): SwapOutcome => {
  tick(null)
  const oldBody = fault?.test(item.pathname) ? null : readIntoSwapBuffer(path.join(dirs.from, item.file))
  tick('swap read')
  const span = oldBody === null ? null : navSpan(oldBody)
  if (oldBody === null || span === null) return { kind: 'render' }
  const from = oldBody.toString('utf8', span[0], span[1])
  const to = pairs.get(from)
  if (to === undefined) return { kind: 'unknown', from }
  if (to === null) return { kind: 'render' }
  // The same bytes but for the menu: unchanged when the menu is.
  if (to.bytes.equals(oldBody.subarray(span[0], span[1]))) return { kind: 'swapped', written: null }
  const [before, after] = [oldBody.subarray(0, span[0]), oldBody.subarray(span[1])]
  tick('swap splice')
  writeSync(dirs, item.file, [before, to.bytes, after], true)
  tick('swap write')
  // Search reads the same as before when the menu lies before the searchable body and neither
  // menu carries search attributes; otherwise it is worked out again from the new text.
  const same = item.searchKnown && to.plain && oldBody.lastIndexOf(BODY_MARK, span[0]) < 0 && oldBody.indexOf(BODY_MARK, span[1]) >= 0
  const written: [string, SwappedSearch] = [item.file, same ? 'same' : pageFromHtml(item.file, `${before.toString('utf8')}${to.text}${after.toString('utf8')}`)]
  tick('swap search')
  return { kind: 'swapped', written }
}
