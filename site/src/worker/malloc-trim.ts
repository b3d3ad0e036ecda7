/**
 * glibc's `malloc_trim(0)`, called through koffi (a foreign-function interface with prebuilt
 * binaries: nothing is compiled at install). What the worker frees outside V8's heap — the Buffers
 * of the files a publish reads and writes, the native parts' allocations — goes back to glibc's
 * arenas, and glibc hands the operating system only what lies at the top of its main heap. At
 * 100,000 stories the main heap (`[heap]` in /proc/<pid>/smaps) stood at 163 MB after the cold
 * build and 433 MB after a column's rename, nearly all of it free and still resident: the largest
 * part of the worker's memory outside V8. `malloc_trim(0)` returns every free page of every arena
 * (glibc ≥ 2.8 gives back the middle of a heap too, with MADV_DONTNEED).
 *
 * Null where there is no glibc (musl, macOS) or koffi cannot load: the release then does without.
 */
import { createRequire } from 'node:module'

import type Koffi from 'koffi'

type Trim = () => number

let trim: Trim | null | undefined

/** The trim, looked up once; null where it is not available. */
export const mallocTrim = (): Trim | null => {
  if (trim !== undefined) return trim
  trim = null
  if (process.platform !== 'linux') return trim
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof Koffi
    const native = koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as (pad: number) => number
    trim = () => native(0)
  } catch {
    // Not glibc, or no koffi for this platform: nothing to trim with.
  }
  return trim
}
