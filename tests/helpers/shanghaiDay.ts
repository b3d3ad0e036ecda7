/**
 * Tests that compare two builds of the site made minutes apart (a backup's original and its
 * restore) compare pages that show the time: a notice's 还剩 N 天 and its status change at
 * midnight in Shanghai, when a build on either side of it differs by those words. Such a test
 * starts clear of that midnight.
 */
import { addDays, shanghaiDay, startOfShanghaiDay } from '@fengcai/shared/dates'

/** Milliseconds from `now` to the next midnight in Shanghai. */
export const untilShanghaiMidnight = (now: Date = new Date()): number => startOfShanghaiDay(addDays(shanghaiDay(now), 1)).getTime() - now.getTime()

/**
 * Waits past the next midnight in Shanghai when it is less than `span` away, so that what runs
 * next for up to `span` runs within one Shanghai day. Says so on the output when it waits.
 */
export const clearOfShanghaiMidnight = async (span: number, now: () => Date = () => new Date()): Promise<number> => {
  const left = untilShanghaiMidnight(now())
  if (left >= span) return 0
  console.log(`waiting ${Math.ceil(left / 1000)} s for midnight in Shanghai, so that both builds are made on one day there`)
  await new Promise((resolve) => setTimeout(resolve, left + 1000))
  return left + 1000
}
