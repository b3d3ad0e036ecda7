/**
 * The build's log (astro.config `logger`): Astro's own Node logger without the two lines it
 * prints for every page (`├─ /stories/x/index.html` and `(+3ms)`), which at 10,000 stories were
 * 25,000 synchronous writes to the terminal and about 0.8 s of the one thread that renders.
 * Every other line is printed as Astro prints it, and a count of the pages written every
 * PROGRESS_EVERY pages says the build is moving.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro'
import nodeLogger from 'astro/logger/node'

const PROGRESS_EVERY = 2_000
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

const plain = (message: string): string => message.replace(ANSI, '')

/** The line Astro prints before a page is rendered (without a line end: its time follows). */
export const isPageLine = (event: AstroLoggerMessage): boolean => event.label === null && !event.newLine && /^\s*├─ /.test(plain(event.message))

/** The line Astro prints after a page: its render time, or that it came from the cache. */
export const isPageTimeLine = (event: AstroLoggerMessage): boolean =>
  event.label === 'SKIP_FORMAT' && /^\s*(\(\+[\d.]+m?s\)|\((cached|restored)\))\s*(\(file not created[^)]*\))?\s*$/.test(plain(event.message))

export default function buildLog(config?: Record<string, unknown>): AstroLoggerDestination {
  const inner = nodeLogger(config) as AstroLoggerDestination
  let pages = 0
  return {
    write(event) {
      if (isPageTimeLine(event)) return
      if (isPageLine(event)) {
        pages += 1
        if (pages % PROGRESS_EVERY === 0) inner.write({ ...event, label: 'build', message: `已生成 ${pages} 页…`, newLine: true })
        return
      }
      inner.write(event)
    },
  }
}
