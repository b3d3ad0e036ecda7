/**
 * The order files start in when the browser and stack tests (`e2e`) share their group with the
 * integration tests (`int`) and the growth harness's parsers (`growth`), two files at a time. A
 * stack file is several processes (database, CMS, site worker, browser) and the longest files are
 * stack files, so the run is shortest when a stack file is always running in one place, the other
 * files fill the other place beside it, and two stack files run side by side only once the other
 * files are done (helpers/e2eFile.ts allows two at once).
 *
 * So the order is planned by playing the two places forward with each file's expected time (the
 * last run's, else helpers/fileSeconds.ts): when a place comes free, the next stack file (longest
 * first) goes there unless the other place runs one and other files remain; then the longest other
 * file goes there. Vitest hands queued files to places as they come free, in this order, so the
 * plan holds as long as the times roughly do; when they do not, a stack file may start beside
 * another early, which costs nothing but load.
 */
import path from 'node:path'

import { BaseSequencer } from 'vitest/node'
import type { TestSpecification } from 'vitest/node'

import { FILE_SECONDS } from './fileSeconds'
import { GROUP_PLACES as PLACES } from './places'

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 1

export default class StackBesideIntegration extends BaseSequencer {
  /** A file's expected seconds: the last run's duration in Vitest's cache, else the table. */
  private known(file: TestSpecification): number | undefined {
    const relative = path.relative(file.project.config.root, file.moduleId)
    const cached = this.ctx.cache.getFileTestResults(`${file.project.name}:${relative}`)?.duration
    return cached ? cached / 1000 : FILE_SECONDS[relative]
  }

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const stacks = sorted.filter((file) => file.project.name === 'e2e')
    const group = stacks[0]?.project.config.sequence.groupOrder
    const inGroup = (file: TestSpecification) => file.project.config.sequence.groupOrder === group
    const beside = sorted.filter((file) => inGroup(file) && file.project.name !== 'e2e')
    if (stacks.length === 0 || beside.length === 0) return sorted

    const known = new Map(sorted.filter(inGroup).map((file) => [file, this.known(file)]))
    const byProject = new Map<string, number[]>()
    for (const [file, value] of known) if (value) byProject.set(file.project.name, [...(byProject.get(file.project.name) ?? []), value])
    const seconds = (file: TestSpecification): number => known.get(file) ?? median(byProject.get(file.project.name) ?? [])
    const longestFirst = (a: TestSpecification, b: TestSpecification) => seconds(b) - seconds(a)
    stacks.sort(longestFirst)
    const others = [...beside].sort(longestFirst)
    const planned: TestSpecification[] = []
    const free = Array.from({ length: PLACES }, () => 0)
    const runsStack = Array.from({ length: PLACES }, () => false)
    while (stacks.length > 0 || others.length > 0) {
      const place = free.indexOf(Math.min(...free))
      const now = free[place] as number
      const stackBeside = runsStack.some((stack, other) => other !== place && stack && (free[other] as number) > now)
      const file = stacks.length > 0 && (!stackBeside || others.length === 0) ? (stacks.shift() as TestSpecification) : (others.shift() as TestSpecification)
      free[place] = now + seconds(file)
      runsStack[place] = file.project.name === 'e2e'
      planned.push(file)
    }
    // The other groups keep their places (they run before and after this one).
    const first = sorted.findIndex(inGroup)
    const rest = sorted.filter((file) => !inGroup(file))
    return [...rest.slice(0, first), ...planned, ...rest.slice(first)]
  }
}
