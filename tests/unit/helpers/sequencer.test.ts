import type { TestSpecification } from 'vitest/node'
import { describe, expect, it } from 'vitest'

import StackBesideIntegration from '../../helpers/sequencer'

const ROOT = '/suite'
const project = (name: string, groupOrder: number) => ({ name, config: { root: ROOT, isolate: true, sequence: { groupOrder } } })
const PROJECTS = { unit: project('unit', 0), int: project('int', 1), e2e: project('e2e', 1), growth: project('growth', 1), security: project('security', 3) }

/** Files named by project and seconds (`int:60` is an integration file the last run took 60 s over). */
const plan = async (names: string[]): Promise<string[]> => {
  const seconds = new Map<string, number>()
  const files = names.map((name, index) => {
    const [kind, taking] = name.split(':') as [keyof typeof PROJECTS, string]
    const relative = `${kind}/file-${index}.ts`
    seconds.set(`${kind}:${relative}`, Number(taking) * 1000)
    return { project: PROJECTS[kind], moduleId: `${ROOT}/${relative}`, name }
  })
  const cache = { getFileTestResults: (key: string) => ({ duration: seconds.get(key) ?? 0, failed: false }), getFileStats: () => ({ size: 1 }) }
  const sequencer = new StackBesideIntegration({ cache, config: { root: ROOT } } as never)
  const sorted = await sequencer.sort(files as unknown as TestSpecification[])
  return (sorted as unknown as { name: string }[]).map((file) => file.name)
}

describe('the order of the integration and stack group', () => {
  it('should keep a stack file running in one place, the longest other files beside it, the longest stack files first', async () => {
    expect(await plan(['e2e:50', 'e2e:100', 'int:20', 'int:60', 'growth:40', 'int:30'])).toEqual([
      'e2e:100',
      'int:60',
      'growth:40',
      'e2e:50',
      'int:30',
      'int:20',
    ])
  })

  it('should start the next stack file as soon as a place comes free with no stack file in the other', async () => {
    expect(await plan(['e2e:10', 'e2e:10', 'int:30', 'int:25'])).toEqual(['e2e:10', 'int:30', 'e2e:10', 'int:25'])
  })

  it('should put two stack files side by side only once the other files are done', async () => {
    expect(await plan(['e2e:30', 'e2e:100', 'int:50', 'e2e:40'])).toEqual(['e2e:100', 'int:50', 'e2e:40', 'e2e:30'])
  })

  it('should keep every file once, and the other groups before and after', async () => {
    const names = ['security:90', 'unit:1', 'int:5', 'e2e:30', 'int:7', 'unit:2', 'e2e:40', 'growth:50']
    const planned = await plan(names)
    expect([...planned].sort()).toEqual([...names].sort())
    expect(planned.slice(0, 2).every((name) => name.startsWith('unit'))).toBe(true)
    expect(planned.at(-1)).toBe('security:90')
  })
})
