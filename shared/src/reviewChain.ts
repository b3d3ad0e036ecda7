/**
 * The review chain (三审): how many stages a submission passes before it is published, per
 * collection, as configured in 站点设置 → 审核流程, and the stages each reviewer may sign. The
 * steps through the chain are in reviewChainStep.ts.
 */
import { z } from 'zod'

import { collectionSlugs } from './slugs'

/** The collections with a review chain, by their key in `collectionSlugs`. */
export const chainCollections = ['stories', 'galleries', 'honorRolls', 'notices', 'announcements'] as const
export type ChainCollection = (typeof chainCollections)[number]

/** The most stages each collection may have: a notice is checked twice at most. */
export const maxReviewStages: Record<ChainCollection, number> = { stories: 3, galleries: 3, honorRolls: 3, notices: 2, announcements: 3 }

/** The highest stage number a reviewer may carry (`users.reviewStages`). */
export const highestReviewStage = 3

export const chainCollectionLabels: Record<ChainCollection, string> = {
  stories: '新闻稿',
  galleries: '图集',
  honorRolls: '荣誉榜',
  notices: '公示',
  announcements: '通知公告',
}

/** The stages of one collection's chain, by name, in order; the last one publishes. */
export type ReviewChain = { stages: string[] }
export type ReviewChainConfig = Record<ChainCollection, ReviewChain>

export const defaultReviewChain: ReviewChainConfig = {
  stories: { stages: ['初审', '复审', '终审'] },
  galleries: { stages: ['初审', '复审', '终审'] },
  honorRolls: { stages: ['初审', '复审', '终审'] },
  notices: { stages: ['初审', '终审'] },
  announcements: { stages: ['初审', '复审', '终审'] },
}

const STAGE_NAME_MAX = 20

const chainSchema = (collection: ChainCollection) => {
  const label = chainCollectionLabels[collection]
  const max = maxReviewStages[collection]
  return z.object({
    stages: z
      .array(
        z
          .string({ error: `${label}的审核级别名称须为文字。` })
          .trim()
          .min(1, `${label}的审核级别名称不能为空。`)
          .max(STAGE_NAME_MAX, `${label}的审核级别名称不能超过 ${STAGE_NAME_MAX} 个字。`),
        { error: `${label}的审核流程须列出各级名称。` },
      )
      .min(1, `${label}至少要有一级审核。`)
      .max(max, `${label}的审核流程最多 ${max} 级。`)
      .superRefine((names, ctx) => {
        const twice = names.find((name, index) => names.indexOf(name) !== index)
        if (twice !== undefined) ctx.addIssue({ code: 'custom', message: `${label}的审核级别“${twice}”重复了，各级名称须不同。` })
      }),
  })
}

/** Each collection's schema, built once: `chainFor` parses the stored setting on every save. */
const chainSchemas = {
  stories: chainSchema('stories'),
  galleries: chainSchema('galleries'),
  honorRolls: chainSchema('honorRolls'),
  notices: chainSchema('notices'),
  announcements: chainSchema('announcements'),
}

/** 站点设置 → 审核流程, as the form and the CMS validate it; names are trimmed. */
export const reviewChainConfigSchema = z.object(chainSchemas, { error: '审核流程的设置不完整。' })

const slugToCollection = Object.fromEntries(chainCollections.map((key) => [collectionSlugs[key], key])) as Record<string, ChainCollection>

/**
 * The chain a collection's documents follow. A setting that was never saved, or one collection's
 * part of it that is missing or no longer valid (a stored row edited outside the form), falls back
 * to the default, so a document is never left without a chain. Takes the key (`honorRolls`) or the
 * slug (`honor-rolls`), since the CMS knows collections by slug.
 */
export const chainFor = (
  config: Partial<Record<ChainCollection, unknown>> | null | undefined,
  collection: ChainCollection | (typeof collectionSlugs)[ChainCollection],
): ReviewChain => {
  const key = slugToCollection[collection] ?? (collection as ChainCollection)
  const parsed = chainSchemas[key].safeParse(config?.[key])
  return parsed.success ? parsed.data : defaultReviewChain[key]
}

/** A stage's name (初审, 复审, 终审 by default), or “第 n 级审核” for a stage the chain does not have. */
export const reviewStageLabel = (chain: ReviewChain, stage: number): string => chain.stages[stage - 1] ?? `第 ${stage} 级审核`

/**
 * Why a value for a user's `reviewStages` is refused; null when it is a list of distinct stages
 * from 1 to 3 (or empty: a reviewer who signs no stage of a longer chain).
 */
export const reviewStagesRefusal = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (!Array.isArray(value)) return '审核级别须为列表，例如 [1, 2]。'
  const wrong = value.findIndex((stage) => !Number.isInteger(stage) || stage < 1 || stage > highestReviewStage)
  if (wrong >= 0) return `审核级别只能是 1 到 ${highestReviewStage}（收到 ${JSON.stringify(value[wrong]) ?? '空值'}）。`
  if (new Set(value).size !== value.length) return '审核级别不能重复。'
  return null
}
