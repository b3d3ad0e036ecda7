/**
 * The publisher's side of the menu swapper thread (./swapper, which describes the protocol):
 * renders the pages that changed otherwise on this thread while the thread swaps the new menu
 * into the old text of the pages whose only change is the menu, answers the thread's requests
 * for a sample of each menu variant, and hands it the pages rendered here to write. Writing is
 * most of the cost, and one thread writing while the other renders went faster than both writing
 * (renaming a column at 10,000 stories: 12,600 pages written, 35 % of both cores in the kernel);
 * once every page is rendered, this thread swaps too, beside the thread. The thread is started at
 * its first use and kept for the next publishes while they come (./kept-thread).
 */
import path from 'node:path'

import { urlOf } from '../integrations/pagefind'
import type { Page } from '../integrations/pagefind'

import { KeptThread } from './kept-thread'
import { menuPair, navFragment, readIfExists, swapMenu } from './pages-on-disk'
import type { MenuPair, SwapItem } from './pages-on-disk'
import { fileOfPath } from './paths'
import type { PathWithRoute } from './paths'
import { renderInFull } from './render'
import type { RenderStage } from './render'
import { claimPage } from './swapper'
import type { PageWrite, PublisherMessage, SwapResult, SwapperMessage } from './swapper'

/** Pages this thread swaps between two looks at the thread's messages. */
const SWAPS_BETWEEN_TURNS = 32

export class SwapClient {
  private readonly thread = new KeptThread(new URL('./swapper.ts', import.meta.url))

  /**
   * Renders `inFull` here while the thread swaps the menus of `navOnly`. Each variant of the menu
   * (pages in the menu mark themselves current) is learned from a page of it rendered in full
   * here, and only where swapping the menu gives exactly what rendering gave; the pages the
   * thread cannot swap are rendered here after it is done. `searchPages`: what search reads of
   * each page now.
   */
  async run(
    stage: RenderStage,
    navOnly: PathWithRoute[],
    inFull: PathWithRoute[],
    searchPages: ReadonlyMap<string, Page>,
  ): Promise<{ swapped: number; ms: number; spent: Record<string, number>; here: { swapped: number; ms: number } }> {
    const swapper = this.thread.get()
    const items = navOnly.map((entry): SwapItem => {
      const file = fileOfPath(entry)
      return { pathname: entry.pathname, file, searchKnown: searchPages.has(urlOf(file)) }
    })
    const samples: { from: string; index: number }[] = []
    // The variants' pairs this thread learned, for the pages it swaps itself.
    const learned = new Map<string, MenuPair>()
    let result = null as SwapResult | null
    let swapError = null as string | null
    let wake: (() => void) | null = null
    const onMessage = (message: SwapperMessage) => {
      if ('need' in message) samples.push(message.need)
      else if ('done' in message) result = message.done
      else swapError = message.error
      wake?.()
    }
    const onError = (error: Error) => {
      swapError = error.message
      wake?.()
    }
    const onExit = (code: number) => {
      swapError ??= `线程意外退出（${code}）`
      wake?.()
    }
    // A variant's sample: rendered and written, and the menu swap learned from it, or none.
    const renderSample = async ({ from, index }: { from: string; index: number }): Promise<void> => {
      const entry = navOnly[index] as PathWithRoute
      const file = fileOfPath(entry)
      let to: string | null = null
      try {
        const oldBody = readIfExists(path.join(stage.dirs.from, file))
        const body = await stage.render(entry)
        const fresh = body.toString('utf8')
        const freshNav = navFragment(fresh)
        const old = oldBody?.toString('utf8')
        if (old !== undefined && freshNav !== null && old.replace(from, () => freshNav) === fresh) to = freshNav
        stage.write(file, body, fresh, oldBody)
      } catch (error) {
        stage.fail(entry, error)
      } finally {
        learned.set(from, to === null ? null : menuPair(from, to))
        swapper.postMessage({ pair: { from, to } } satisfies PublisherMessage)
      }
    }
    let swappedHere = 0
    let swappingHereMs = 0
    // A page swapped here: a variant met here first is learned here, from that page rendered.
    const swapHere = async (index: number): Promise<void> => {
      const outcome = swapMenu(stage.dirs, items[index] as SwapItem, learned, stage.fault)
      if (outcome.kind === 'unknown') await renderSample({ from: outcome.from, index })
      else if (outcome.kind === 'render') await renderInFull(stage, navOnly[index] as PathWithRoute)
      else {
        swappedHere += 1
        if (outcome.written) {
          const [file, search] = outcome.written
          stage.record(file, search === 'same' ? (searchPages.get(urlOf(file)) ?? null) : search)
        }
      }
    }
    const handOver = (page: PageWrite) => swapper.postMessage({ write: page } satisfies PublisherMessage)
    swapper.on('message', onMessage)
    swapper.on('error', onError)
    swapper.on('exit', onExit)
    const claimed = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
    swapper.postMessage({ job: { dirs: stage.dirs, fault: stage.fault?.source ?? null, items, claimed } } satisfies PublisherMessage)
    // The swapper's messages are delivered between turns of the event loop.
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve))
    try {
      let next = 0
      let ended = false
      let index: number | undefined
      for (;;) {
        const sample = samples.shift()
        const known = sample && learned.get(sample.from)
        if (sample && known !== undefined) {
          // A variant learned here meanwhile: its sample is swapped like the rest.
          swapper.postMessage({ pair: { from: sample.from, to: known?.text ?? null } } satisfies PublisherMessage)
          await swapHere(sample.index)
        } else if (sample) await renderSample(sample)
        else if (next < inFull.length) {
          await renderInFull(stage, inFull[next++] as PathWithRoute, handOver)
          await nextTurn()
        } else if (!ended) {
          ended = true
          swapper.postMessage({ end: true } satisfies PublisherMessage)
        } else if ((index = claimPage(claimed, items.length)) !== undefined) {
          const begun = performance.now()
          await swapHere(index)
          for (let more = 1; more < SWAPS_BETWEEN_TURNS && (index = claimPage(claimed, items.length)) !== undefined; more++) await swapHere(index)
          swappingHereMs += performance.now() - begun
          await nextTurn()
        } else if (result || swapError) break
        else {
          await new Promise<void>((resolve) => {
            wake = resolve
          })
          wake = null
        }
      }
    } catch (error) {
      // Never leave the swapper writing into the site past this publish.
      await this.stop()
      throw error
    } finally {
      swapper.off('message', onMessage)
      swapper.off('error', onError)
      swapper.off('exit', onExit)
      this.thread.release()
    }
    const done = result
    if (swapError || !done) {
      await this.stop()
      throw new Error(`导航替换线程出错：${swapError ?? '没有结果'}`)
    }
    for (const [file, search] of done.written) stage.record(file, search === 'same' ? (searchPages.get(urlOf(file)) ?? null) : search)
    // Pages it could not swap (no old page, no single menu, a variant that swapping does not reproduce).
    for (const index of done.unswapped) await renderInFull(stage, navOnly[index] as PathWithRoute)
    return { swapped: done.swapped + swappedHere, ms: done.ms, spent: done.spent, here: { swapped: swappedHere, ms: swappingHereMs } }
  }

  async stop(): Promise<void> {
    await this.thread.stop()
  }
}
