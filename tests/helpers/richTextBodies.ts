/**
 * The rich-text fields the save check guards, their editor profiles as the running config has
 * them, and a read of every stored body through that check.
 */
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import { expect } from 'vitest'

import { findRichTextProblem } from '@fengcai/shared/richtext/check'
import type { RichTextProfile } from '@fengcai/shared/richtext/catalog'

export const richTextFields = [
  ['stories', 'body'],
  ['honor-rolls', 'intro'],
  ['notices', 'intro'],
] as const

export type RichTextSlug = (typeof richTextFields)[number][0]

export const richTextProfiles = async (payload: Payload): Promise<Record<RichTextSlug, RichTextProfile>> => {
  const { richTextProfile } = await import('@/editor/profile')
  const profileOf = (slug: RichTextSlug, field: string) => {
    const config = payload.collections[slug].config
    const editorOf = config.fields.find((candidate) => 'name' in candidate && candidate.name === field) as unknown as { editor: LexicalRichTextAdapter }
    return richTextProfile(editorOf.editor.editorConfig)
  }
  return Object.fromEntries(richTextFields.map(([slug, field]) => [slug, profileOf(slug, field)])) as Record<RichTextSlug, RichTextProfile>
}

/** Reads every stored body (drafts too), expects each to pass the check, and counts those read per collection. */
export const expectStoredBodiesPass = async (payload: Payload): Promise<Partial<Record<RichTextSlug, number>>> => {
  const profiles = await richTextProfiles(payload)
  const checked: Partial<Record<RichTextSlug, number>> = {}
  for (const [slug, field] of richTextFields) {
    const docs = await payload.find({ collection: slug, draft: true, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    for (const doc of docs.docs) {
      const value = (doc as unknown as Record<string, unknown>)[field]
      expect(findRichTextProblem(value, profiles[slug]), `${slug} ${doc.id}`).toBeNull()
      if (value) checked[slug] = (checked[slug] ?? 0) + 1
    }
  }
  return checked
}
