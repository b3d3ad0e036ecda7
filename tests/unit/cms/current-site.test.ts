import { mkdtempSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { currentSite } from '@fengcai/cms/scripts/lib/current-site'

describe("the static server's reading of the worker's current site", () => {
  it('should follow a switch that leaves the pointer with the same mtime, as two within one clock tick do', () => {
    const builds = mkdtempSync(path.join(os.tmpdir(), 'fengcai-builds-'))
    const pointer = path.join(builds, 'current')
    const at = new Date('2026-12-07T08:00:00.000Z')
    // As the worker switches: a new file renamed over the pointer.
    const switchTo = (name: string) => {
      writeFileSync(`${pointer}.tmp`, `${name}\n`)
      utimesSync(`${pointer}.tmp`, at, at)
      renameSync(`${pointer}.tmp`, pointer)
    }
    const current = currentSite(builds)
    expect(current()).toBeNull()
    switchTo('build-1')
    expect(current()).toBe(path.join(builds, 'build-1'))
    switchTo('build-2')
    expect(current()).toBe(path.join(builds, 'build-2'))
  })

  it('should follow a pointer written again in place with the same mtime (its inode kept, as one reused would be)', () => {
    const builds = mkdtempSync(path.join(os.tmpdir(), 'fengcai-builds-'))
    const pointer = path.join(builds, 'current')
    const at = new Date('2026-12-07T08:00:00.000Z')
    const writeInPlace = (name: string) => {
      writeFileSync(pointer, `${name}\n`)
      utimesSync(pointer, at, at)
    }
    const current = currentSite(builds)
    writeInPlace('build-1')
    expect(current()).toBe(path.join(builds, 'build-1'))
    writeInPlace('build-2')
    expect(statSync(pointer).mtimeMs).toBe(at.getTime())
    expect(current()).toBe(path.join(builds, 'build-2'))
  })
})
