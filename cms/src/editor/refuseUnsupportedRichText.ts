import type { LexicalRichTextAdapter, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { findRichTextProblem, richTextProblemMessage } from '@fengcai/shared/richtext/check'
import type { RichTextProfile } from '@fengcai/shared/richtext/catalog'

import { richTextProfile } from '@/editor/profile'
import { publicError } from '@/lib/errors'
import { labelIn } from '@/lib/labelsPerLanguage'

// Payload exports neither type by name.
type LexicalRichTextAdapterProvider = ReturnType<typeof lexicalEditor>
type BeforeValidateRichTextHook = NonNullable<NonNullable<LexicalRichTextAdapter['hooks']>['beforeValidate']>[number]

/** 正文, 导语…: the field's Chinese label, else its name. */
const fieldLabel = (name: string, label: RichTextField['label']): string => labelIn(label, 'zh') ?? name

/**
 * Refuses (400, in Chinese) a rich-text value its editor could not have written: nodes of features
 * the editor lacks, unknown or mistyped attributes, nodes in the wrong place, too deep or too
 * large. It runs before Payload's own rich-text hooks, on every save (REST, GraphQL, the Local API,
 * drafts and autosaves included, which skip field validation) and, when a document is published
 * without its text in the request, on the text it already has.
 */
export const refuseUnsupportedRichText =
  (profile: RichTextProfile): BeforeValidateRichTextHook =>
  ({ data, field, previousSiblingDoc, value }) => {
    const { name, label } = field as RichTextField
    const published = value === undefined && (data as { _status?: unknown } | undefined)?._status === 'published'
    const checked: unknown = published ? (previousSiblingDoc as Record<string, unknown> | undefined)?.[name] : value
    const problem = findRichTextProblem(checked, profile)
    if (problem) throw publicError(richTextProblemMessage(fieldLabel(name, label), problem), 400, { field: name })
    return value
  }

/** A Lexical editor whose fields refuse what it could not have written (see above). */
export const withRichTextCheck =
  (editor: LexicalRichTextAdapterProvider): LexicalRichTextAdapterProvider =>
  async (args) => {
    const adapter = await editor(args)
    const check = refuseUnsupportedRichText(richTextProfile(adapter.editorConfig))
    return { ...adapter, hooks: { ...adapter.hooks, beforeValidate: [check, ...(adapter.hooks?.beforeValidate ?? [])] } }
  }
