/**
 * The order files start in when the browser and stack tests (`e2e`) share their group with the
 * integration tests (`int`), two files at a time: a stack test leaves about a third of the two
 * cores idle (waiting on its browser, site builds and child processes) while an integration file
 * is busy all the time, so one of each side by side keeps both cores working (stack files take
 * turns: helpers/e2eFile.ts). Each stack test is followed by its share of integration files,
 * longest first within each project (Vitest's own order: the last run's durations, else file size).
 */
import { BaseSequencer } from 'vitest/node'
import type { TestSpecification } from 'vitest/node'

export default class StackBesideIntegration extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const stacks = sorted.filter((file) => file.project.name === 'e2e')
    const beside = sorted.filter((file) => file.project.name === 'int')
    if (stacks.length === 0 || beside.length === 0) return sorted
    const share = Math.ceil(beside.length / stacks.length)
    const interleaved = stacks.flatMap((stack, index) => [stack, ...beside.slice(index * share, (index + 1) * share)])
    // The other projects keep their places (their groups run before and after this one).
    const first = sorted.findIndex((file) => file.project.name === 'e2e' || file.project.name === 'int')
    const rest = sorted.filter((file) => file.project.name !== 'e2e' && file.project.name !== 'int')
    return [...rest.slice(0, first), ...interleaved, ...rest.slice(first)]
  }
}
