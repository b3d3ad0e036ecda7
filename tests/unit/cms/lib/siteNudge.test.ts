import { describe, expect, it } from 'vitest'

import { coalesce } from '@/lib/siteNudge/nudge'

/** A `send` whose calls stay in flight until the test answers them. */
const controlledSend = () => {
  const sent: string[] = []
  const answers: (() => void)[] = []
  const send = (reason: string) => {
    sent.push(reason)
    return new Promise<void>((resolve) => answers.push(resolve))
  }
  const answerNext = async () => {
    answers.shift()?.()
    // Let the send's `finally` run.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { sent, send, answerNext }
}

describe('coalesce', () => {
  it('should send at once when nothing is in flight', async () => {
    const { sent, send, answerNext } = controlledSend()
    const nudge = coalesce(send)
    nudge('a')
    await answerNext()
    nudge('b')
    expect(sent).toEqual(['a', 'b'])
  })

  it('should keep one nudge in flight and queue one for everything that came meanwhile', async () => {
    const { sent, send, answerNext } = controlledSend()
    const nudge = coalesce(send)
    for (const reason of ['a', 'b', 'c', 'd']) nudge(reason)
    expect(sent).toEqual(['a'])
    await answerNext()
    expect(sent).toEqual(['a', 'd (+2 more)'])
    await answerNext()
    expect(sent).toEqual(['a', 'd (+2 more)'])
  })

  it('should send a queued nudge with its own reason when it stands alone', async () => {
    const { sent, send, answerNext } = controlledSend()
    const nudge = coalesce(send)
    nudge('a')
    nudge('b')
    await answerNext()
    expect(sent).toEqual(['a', 'b'])
  })
})
