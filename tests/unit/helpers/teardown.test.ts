import { describe, expect, it } from 'vitest'

import { tearDown } from '../../helpers/teardown'

describe('a test file’s teardown', () => {
  it('should run every step in order, name the one that hangs and the one that fails, and go on past both', async () => {
    const ran: string[] = []
    const outcome = tearDown(
      [
        ['browser', () => void ran.push('browser')],
        ['bucket', () => new Promise(() => ran.push('bucket'))],
        ['skipped', undefined],
        ['stack', () => Promise.reject(new Error('port still listening'))],
        ['folder', () => void ran.push('folder')],
      ],
      50,
    )
    await expect(outcome).rejects.toThrow(/bucket had not ended after 0\.05 s\nstack failed: port still listening$/)
    expect(ran).toEqual(['browser', 'bucket', 'folder'])
  })

  it('should end quietly when every step ends', async () => {
    await expect(tearDown([['one', async () => undefined]], 50)).resolves.toBeUndefined()
  })
})
