/**
 * Patterns of test code that cannot fail or that wait on the clock instead of an event, found in
 * a test file's text (see unit/test-hygiene.test.ts).
 */

/** What returns a Playwright Locator: `page.locator(…)`, `getByRole(…)`, `.first()` of one, … */
const LOCATOR_CALL = /\.(?:locator|frameLocator|getBy[A-Z]\w*)\(/
const LOCATOR_TAIL = /\.(?:locator|frameLocator|getBy[A-Z]\w*|first|last|nth|filter|and|or)\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$/

/** The names a file binds to a Locator (`const row = page.locator(…)`). */
const locatorNames = (text: string): Set<string> =>
  new Set(
    [...text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*([^\n]+)/g)].filter((match) => LOCATOR_CALL.test(match[2] as string)).map((match) => match[1] as string),
  )

/** The argument of each `expect(…)` directly followed by the given matcher (no `.resolves`/`.not` between). */
const expectArguments = (text: string, matcher: string): string[] => {
  const found: string[] = []
  for (let at = text.indexOf('expect('); at !== -1; at = text.indexOf('expect(', at + 1)) {
    let depth = 0
    let end = at + 'expect'.length
    for (; end < text.length; end += 1) {
      const char = text[end]
      if (char === '(') depth += 1
      else if (char === ')' && --depth === 0) break
    }
    if (text.startsWith(`.${matcher}(`, end + 1)) found.push(text.slice(at + 'expect('.length, end))
  }
  return found
}

/** The first argument of a call's argument list (up to its first comma outside brackets and quotes). */
const firstArgument = (list: string): string => {
  let depth = 0
  let quote = ''
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index] as string
    if (quote) {
      if (char === quote && list[index - 1] !== '\\') quote = ''
    } else if (char === "'" || char === '"' || char === '`') quote = char
    else if ('([{'.includes(char)) depth += 1
    else if (')]}'.includes(char)) depth -= 1
    else if (char === ',' && depth === 0) return list.slice(0, index)
  }
  return list
}

/** Every `expect(locator).toBeTruthy()`: always true, since a Locator is an object whether or not anything matches it. */
export const truthyLocators = (text: string): string[] => {
  const names = locatorNames(text)
  return expectArguments(text, 'toBeTruthy').filter((argument) => {
    const subject = firstArgument(argument)
      .replace(/^await\s+/, '')
      .trim()
    return LOCATOR_TAIL.test(subject) || names.has(subject)
  })
}

/**
 * Every `expect(x).toBe(x)` (or toEqual, toStrictEqual) comparing a value with itself. Only plain
 * values and property paths count: two calls alike (`f(a)` against `f(a)`) are a determinism check.
 */
export const selfComparisons = (text: string): string[] =>
  [...text.matchAll(/expect\(\s*([\w$.?[\]'"]+)\s*\)\.(?:toBe|toEqual|toStrictEqual)\(\s*([\w$.?[\]'"]+)\s*\)/g)]
    .filter((match) => match[1] === match[2])
    .map((match) => match[0])

/** Every `waitForTimeout(`: a fixed sleep in the browser (wait for what the sleep was waiting for instead). */
export const browserSleeps = (text: string): string[] => text.split('\n').filter((line) => line.includes('waitForTimeout('))
