import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { run } from './processes'

export type SiteBuilderOptions = {
  /** The Astro project (site/). */
  siteDir: string
  /** Where finished builds are kept; each build gets its own folder. */
  buildsDir: string
  /** The CMS the build reads from. */
  cmsUrl: string
  /** Astro's cache between builds: unchanged pages are copied from it instead of rendered again. */
  cacheDir?: string
  /** Wait this long after the last request before building, so a burst gives one build. */
  debounceMs?: number
  /** The build program; `astro build` in siteDir unless given (tests pass a stand-in). */
  command?: { file: string; args: string[] }
}

/**
 * Builds the static site into a fresh folder and switches to it only when the build
 * succeeded, so readers always get the last good site. Never runs two builds at once.
 */
export class SiteBuilder {
  private currentDir: string | null = null
  private running: Promise<void> | null = null
  private pending = false
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly options: SiteBuilderOptions) {}

  /** The folder of the last good build, or null before the first one. */
  current = (): string | null => this.currentDir

  /** Picks up the last good build of an earlier run, so the site is served at once. */
  async restore(): Promise<void> {
    const pointer = path.join(this.options.buildsDir, 'current')
    if (!existsSync(pointer)) return
    const dir = path.join(this.options.buildsDir, (await readFile(pointer, 'utf8')).trim())
    if (existsSync(path.join(dir, 'index.html'))) this.currentDir = dir
  }

  /** Builds now (after any running build) and resolves when the site is current. */
  async buildNow(): Promise<void> {
    while (this.running) await this.running
    this.running = this.buildOnce().finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Asks for a rebuild soon; several requests within the debounce window give one build. */
  request(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.running) {
        this.pending = true
        return
      }
      this.buildNow()
        .then(() => console.log('[site] 网站已重新生成。'))
        .catch((error: unknown) => console.error(`[site] 重新生成失败，继续提供上一版网站：${String(error)}`))
        .finally(() => {
          if (this.pending) {
            this.pending = false
            this.request()
          }
        })
    }, this.options.debounceMs ?? 1_000)
  }

  private async buildOnce(): Promise<void> {
    const { siteDir, buildsDir, cmsUrl } = this.options
    await mkdir(buildsDir, { recursive: true })
    const name = `build-${Date.now()}`
    const outDir = path.join(buildsDir, name)
    try {
      const { file, args } = this.options.command ?? { file: path.join(siteDir, 'node_modules', '.bin', 'astro'), args: ['build'] }
      await run('site', file, args, {
        cwd: siteDir,
        env: {
          ...process.env,
          CMS_URL: cmsUrl,
          SITE_OUT_DIR: outDir,
          // The last good build: search shards whose pages are unchanged are copied from it.
          SITE_PREVIOUS_DIR: this.currentDir ?? '',
          ...(this.options.cacheDir ? { SITE_CACHE_DIR: this.options.cacheDir } : {}),
        },
      })
    } catch (error) {
      await rm(outDir, { recursive: true, force: true })
      throw error
    }
    this.currentDir = outDir
    await writeFile(path.join(buildsDir, 'current'), `${name}\n`)
    await this.removeOldBuilds(name)
  }

  private async removeOldBuilds(keep: string): Promise<void> {
    const entries = await readdir(this.options.buildsDir)
    await Promise.all(
      entries
        .filter((entry) => entry.startsWith('build-') && entry !== keep)
        .map((entry) => rm(path.join(this.options.buildsDir, entry), { recursive: true, force: true })),
    )
  }
}
