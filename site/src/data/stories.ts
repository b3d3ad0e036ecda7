import { z } from 'zod'

import { collectionSlugs } from '@fengcai/shared'

import { findAll } from './client'

const storySchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  publishedAt: z.string().nullish(),
})

export type StoryCard = {
  title: string
  href: string
  summary: string
  publishedAt: Date | null
}

const toCard = (raw: unknown): StoryCard => {
  const story = storySchema.parse(raw)
  return {
    title: story.title,
    href: `/stories/${story.slug}/`,
    summary: story.summary ?? '',
    publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
  }
}

/** Published stories, newest first. */
export const loadPublishedStories = async (): Promise<StoryCard[]> => {
  const docs = await findAll(collectionSlugs.stories, {
    'where[_status][equals]': 'published',
    sort: '-publishedAt',
    depth: 0,
  })
  return docs.map(toCard)
}
