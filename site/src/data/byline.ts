/**
 * A story's 来源 / 通讯员 / 记者 / 责任编辑 line. The 繁體 view keeps the people's names as written
 * (`keep`); the 来源 is an organisation or a paper, converted like any text (徐汇区… → 徐匯區…).
 */
import type { Story } from './stories'

export type BylinePart = { label: string; name: string; keep: boolean }

export const storyByline = (story: Pick<Story, 'source' | 'correspondent' | 'reporter' | 'responsibleEditor'>): BylinePart[] =>
  [
    { label: '来源', name: story.source, keep: false },
    { label: '通讯员', name: story.correspondent, keep: true },
    { label: '记者', name: story.reporter, keep: true },
    { label: '责任编辑', name: story.responsibleEditor, keep: true },
  ].filter((part) => part.name)
