/**
 * The built-in confusion dictionary (confusions.json): commonly miswritten idioms and words,
 * `wrong → right`, written for this project. A `plain` pair is wrong wherever it stands. A
 * `guarded` entry is wrong only in context, because its wrong form also occurs across the
 * boundary of correct words: `except` lists the longer correct strings that contain it (按装修),
 * `unlessAfter` / `unlessBefore` are patterns for the text after or before it (既使…又 is
 * 既 + 使, correct).
 */
import data from './confusions.json'

export type GuardedConfusion = {
  wrong: string
  right: string
  /** Correct text containing `wrong`: a match inside one of these is no finding. */
  except?: string[]
  /** No finding where the text after `wrong` matches this (anchored with ^). */
  unlessAfter?: string
  /** No finding where the text before `wrong` matches this (anchored with $). */
  unlessBefore?: string
}

type DictionaryFile = { plain: [wrong: string, right: string][]; guarded: GuardedConfusion[] }

const file = data as DictionaryFile

/** Every built-in entry, plain ones as guarded entries without guards. */
export const builtInConfusions: readonly GuardedConfusion[] = [...file.plain.map(([wrong, right]) => ({ wrong, right })), ...file.guarded]
