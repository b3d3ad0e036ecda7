/**
 * Resolves once what was just typed has reached the form. Payload's rich-text field writes the
 * editor's state into the form only when the browser is idle (requestIdleCallback, at most 500 ms
 * later: richtext-lexical/dist/utilities/useRunDeprioritized.js), so a button clicked right after
 * typing saved the form without the text — a story submitted with an empty body. Idle callbacks
 * run in the order they were asked for, so ours runs after the editor's; the next frame then lets
 * React render the form's new state before the button reads it.
 */
export const editsSettled = (): Promise<void> =>
  new Promise((resolve) => {
    // A background tab draws no frames: 100 ms stands in for the frame there.
    const nextFrame = () => {
      let done = false
      const finish = () => {
        if (done) return
        done = true
        setTimeout(resolve, 0)
      }
      requestAnimationFrame(finish)
      setTimeout(finish, 100)
    }
    if ('requestIdleCallback' in window) requestIdleCallback(nextFrame, { timeout: 1_000 })
    else setTimeout(nextFrame, 600)
  })
