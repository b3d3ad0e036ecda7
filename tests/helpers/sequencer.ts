/**
 * The order files start in when the browser and stack tests (`e2e`) share their group with the
 * integration tests (`int`) and the growth harness's parsers (`growth`), two files at a time. Stack
 * files take turns (helpers/e2eFile.ts), so the group lasts at least as long as they do one after
 * the other: that chain is the run's longest path, and the other files fill the second place
 * beside it. Two ways to lose time: a stack file that starts while another holds the turn keeps a
 * place idle until it gets it, and a stack file queued behind more of the other files than the
 * running one lasts starts late, with the turn free.
 *
 * So the order is planned by playing the two places forward with each file's expected time (the
 * last run's, else helpers/fileSeconds.ts): when a place comes free, the next stack file goes there
 * if the turn is free by then; otherwise the longest other file that ends before the turn comes
 * free; if none does, the stack file after all (it waits a little). Vitest hands queued files to
 * places as they come free, in this order, so the plan holds as long as the times roughly do.
 */
import path from 'node:path'

import { BaseSequencer } from 'vitest/node'
import type { TestSpecification } from 'vitest/node'

import { FILE_SECONDS } from './fileSeconds'

const PLACES = 2

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
    const others = [...beside].sort((a, b) => seconds(b) - seconds(a))

    const planned: TestSpecification[] = []
    const free = Array.from({ length: PLACES }, () => 0)
    let turnFree = 0
    while (stacks.length > 0 || others.length > 0) {
      const place = free.indexOf(Math.min(...free))
      const now = free[place] as number
      const fitting = stacks.length === 0 ? others[0] : others.find((file) => now + seconds(file) <= turnFree)
      if (fitting) {
        others.splice(others.indexOf(fitting), 1)
        free[place] = now + seconds(fitting)
        planned.push(fitting)
      } else {
        const stack = stacks.shift() as TestSpecification
        turnFree = Math.max(now, turnFree) + seconds(stack)
        free[place] = turnFree
        planned.push(stack)
      }
    }
    // The other groups keep their places (they run before and after this one).
    const first = sorted.findIndex(inGroup)
    const rest = sorted.filter((file) => !inGroup(file))
    return [...rest.slice(0, first), ...planned, ...rest.slice(first)]
  }
}
