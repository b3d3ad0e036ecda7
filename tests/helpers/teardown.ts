/**
 * A test file's teardown, step by step, each step given `stepMs`: a step that fails or does not end
 * is named in the hook's error, and the steps after it still run. Without it, one close that waits
 * forever holds the file until the hook's timeout (15 minutes) and says only "Hook timed out".
 */
/** A step, or a falsy value (say `browser && …` before the browser was launched) for none. */
export type TeardownStep = readonly [name: string, step: (() => unknown) | false | 0 | '' | undefined | null]

export const tearDown = async (steps: TeardownStep[], stepMs = 60_000): Promise<void> => {
  const problems: string[] = []
  for (const [name, step] of steps) {
    if (!step) continue
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      Promise.resolve()
        .then(step)
        .then(
          () => null,
          (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`had not ended after ${stepMs / 1000} s`), stepMs)
      }),
    ])
    clearTimeout(timer)
    if (outcome) problems.push(`${name} ${outcome}`)
  }
  if (problems.length) throw new Error(`teardown: ${problems.join('\n')}`)
}
