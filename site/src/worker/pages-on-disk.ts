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

/** writeAtomically for a page, through writingDirOf: its folder is made only when the page is new. */
const writeAtomicallySync = (publicDir: string, file: string, body: Uint8Array, folderExists: boolean): void => {
  if (!folderExists) fs.mkdirSync(path.dirname(file), { recursive: true })
  // One temporary name per process and thread: each writes one page at a time.
  const temporary = temporaryOf(path.join(writingDirOf(publicDir), 'page'))
  try {
    fs.writeFileSync(temporary, body)
  } catch (error) {
    // The first page written there, or the folder was removed since.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    fs.mkdirSync(path.dirname(temporary), { recursive: true })
    fs.writeFileSync(temporary, body)
  }
  fs.renameSync(temporary, file)
}

/**
 * A page into a generation no reader sees yet: no temporary file and no rename. Always a new file
 * (`wx`): one there is a link to the served page, whose bytes readers are being sent.
 */
const writeUnservedSync = (file: string, body: Uint8Array): void => {
  try {
    fs.writeFileSync(file, body, { flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') fs.unlinkSync(file)
    else if (code === 'ENOENT') fs.mkdirSync(path.dirname(file), { recursive: true })
    else throw error
    fs.writeFileSync(file, body, { flag: 'wx' })
  }
}

/** Writes a page's new bytes where `dirs` says; `folderExists`: in the served site. */
const writeSync = (dirs: PageDirs, file: string, body: Uint8Array, folderExists: boolean): void => {
  const target = path.join(dirs.to, file)
  if (dirs.to === dirs.from) writeAtomicallySync(dirs.to, target, body, folderExists)
  else writeUnservedSync(target, body)
}

/**
 * Writes a page unless the bytes served are the same (`old`: those bytes, when read already).
 * Returns null when nothing was written, else what search reads of the page (null for a page
 * search passes over, and for a file that is not a page).
 */
export const writePage = (dirs: PageDirs, file: string, body: Buffer, text?: string, old?: Buffer | null): { search: Page | null } | null => {
  const previous = old !== undefined ? old : readIfExists(path.join(dirs.from, file))
  if (previous && previous.equals(body)) return null
  writeSync(dirs, file, body, previous !== null)
  return { search: file.endsWith('.html') ? pageFromHtml(file, text ?? body.toString('utf8')) : null }
}

/** A page whose only change is the menu. */
export type SwapItem = { pathname: string; file: string; searchKnown: boolean }
/** A variant's new menu, or null when swapping does not give what rendering gives. */
export type MenuPair = { text: string; bytes: Buffer } | null
/** What search reads of a swapped page: unchanged ('same'), or worked out again. */
export type SwappedSearch = 'same' | Page | null
export type SwapOutcome =
  /** No old page, or not exactly one menu in it (or a failure drill): render it. */
  | { kind: 'render' }
  /** Its menu is a variant with no pair yet: learn one by rendering a page of it. */
  | { kind: 'unknown'; from: string }
  /** Brought up to date; `written` unless the new text equals the old. */
  | { kind: 'swapped'; written: [file: string, search: SwappedSearch] | null }

/**
 * Swaps a served page's menu for its variant's new one. Worked on as bytes: decoding and
 * encoding a page took longer than reading and writing it.
 */
export const swapMenu = (dirs: PageDirs, item: SwapItem, pairs: Map<string, MenuPair>, fault: RegExp | null): SwapOutcome => {
  const oldBody = fault?.test(item.pathname) ? null : readIfExists(path.join(dirs.from, item.file))
  const span = oldBody === null ? null : navSpan(oldBody)
  if (oldBody === null || span === null) return { kind: 'render' }
  const from = oldBody.toString('utf8', span[0], span[1])
  const to = pairs.get(from)
  if (to === undefined) return { kind: 'unknown', from }
  if (to === null) return { kind: 'render' }
  const body = Buffer.concat([oldBody.subarray(0, span[0]), to.bytes, oldBody.subarray(span[1])])
  if (body.equals(oldBody)) return { kind: 'swapped', written: null }
  writeSync(dirs, item.file, body, true)
  // Search reads the same as before when the menu lies before the searchable body and neither
  // menu carries search attributes; otherwise it is worked out again from the new text.
  const bodyAt = oldBody.indexOf('data-pagefind-body')
  const same = item.searchKnown && bodyAt >= 0 && !from.includes('data-pagefind') && !to.text.includes('data-pagefind') && span[1] < bodyAt
  return { kind: 'swapped', written: [item.file, same ? 'same' : pageFromHtml(item.file, body.toString('utf8'))] }
}
