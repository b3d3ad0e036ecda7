import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { placed, samples } from '../../../fixtures/richtext'
import { labelIn } from '@/lib/labelsPerLanguage'

import { richTextPlaces } from '../../../helpers/richTextBodies'
import type { RichTextField } from '../../../helpers/richTextBodies'

type Hook = NonNullable<NonNullable<LexicalRichTextAdapter['hooks']>['beforeValidate']>[number]

const probe = placed({ type: 'tablecell', version: 1, headerState: '0"><meta http-equiv="refresh" content="3;url=https://evil.example/phish">', children: [] })

const run = async (hook: Hook, field: RichTextField, args: { value?: unknown; data?: Record<string, unknown>; previousSiblingDoc?: Record<string, unknown> }) =>
  hook({ field, data: args.data ?? {}, previousSiblingDoc: args.previousSiblingDoc ?? {}, siblingData: args.data ?? {}, value: args.value } as never)

describe('refuseUnsupportedRichText', () => {
  let fields: { where: string; field: RichTextField }[]

  beforeAll(async () => {
    process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
    process.env.DATABASE_URL ||= 'postgres://unused@127.0.0.1:1/unused'
    const config: SanitizedConfig = await (await import('@payload-config')).default
    fields = [...config.collections, ...config.globals].flatMap((entity) =>
      // Every rich-text field, however deep in rows, tabs, groups, arrays or blocks.
      richTextPlaces(entity.fields, entity.slug).map(({ where, field }) => ({ where, field })),
    )
  }, 120_000)

  it('should check every rich-text field of every collection and global first, in its own words', async () => {
    expect(fields.map(({ where }) => where)).toEqual(expect.arrayContaining(['stories.body', 'honor-rolls.intro', 'notices.intro']))
    for (const { where, field } of fields) {
      const [check] = field.editor.hooks?.beforeValidate ?? []
      expect(check, where).toBeTypeOf('function')
      // The field's Chinese label (the config gives labels to Payload as functions per language).
      const label = labelIn(field.label, 'zh')
      expect(label, where).toMatch(/^\p{Script=Han}+$/u)
      await expect(run(check as Hook, field, { value: probe }), where).rejects.toMatchObject({
        status: 400,
        message: `${label}包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。`,
      })
    }
  })

  it('should give back what the editor wrote, and leave an unchanged field alone', async () => {
    const { field } = fields.find(({ where }) => where === 'stories.body') as { field: RichTextField }
    const [check] = field.editor.hooks?.beforeValidate ?? []
    const body = placed(samples.paragraph)
    expect(await run(check as Hook, field, { value: body })).toBe(body)
    // A draft saved without its text keeps the stored text as it is (it was checked when saved).
    expect(await run(check as Hook, field, { value: undefined, previousSiblingDoc: { body: probe } })).toBeUndefined()
  })

  it('should check the stored text of a document published without its text in the request', async () => {
    const { field } = fields.find(({ where }) => where === 'stories.body') as { field: RichTextField }
    const [check] = field.editor.hooks?.beforeValidate ?? []
    await expect(run(check as Hook, field, { value: undefined, data: { _status: 'published' }, previousSiblingDoc: { body: probe } })).rejects.toMatchObject({
      status: 400,
      message: '正文包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。',
    })
    expect(
      await run(check as Hook, field, { value: undefined, data: { _status: 'published' }, previousSiblingDoc: { body: placed(samples.heading) } }),
    ).toBeUndefined()
  })
})
