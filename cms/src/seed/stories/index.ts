/** 24 original demo stories. Every body: two paragraphs, a heading, a captioned photo, two more. */
import { firstStories } from './first'
import { secondStories } from './second'
import type { StorySeed } from './types'

export type { StorySeed } from './types'

export const storySeeds: StorySeed[] = [...firstStories, ...secondStories]
