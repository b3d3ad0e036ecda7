import { getTranslation } from '@payloadcms/translations'
import type { I18nClient } from '@payloadcms/translations'
import type { ClientField } from 'payload'

type Labelled = { name?: string; type?: string; label?: unknown; fields?: ClientField[]; tabs?: { name?: string; fields: ClientField[] }[] }

/** The fields a path segment may name here: those of rows, collapsibles and unnamed tabs count as this level's. */
const named = (fields: readonly ClientField[]): Labelled[] =>
  fields.flatMap((field) => {
    const item = field as Labelled
    if (item.name) return [item]
    if (item.tabs) return item.tabs.flatMap((tab) => (tab.name ? [{ ...tab, type: 'group' }] : named(tab.fields)))
    return item.fields ? named(item.fields) : []
  })

/**
 * A form path (`body`, `seo.title`, `photos.2.caption`) in the words of the form's labels, read
 * from the collection's config rather than the page, which may not show the field yet or at all
 * (a folded row, another tab): 正文, 搜索结果中的标题, 照片第 3 行的图片说明. A group's own label
 * is left out (its field's says enough). Null for a path the config does not have.
 */
export const fieldLabel = (fields: readonly ClientField[] | undefined, path: string, i18n: I18nClient): string | null => {
  let level: readonly ClientField[] = fields ?? []
  let words = ''
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      words += `第 ${Number(segment) + 1} 行`
      continue
    }
    const field = named(level).find((candidate) => candidate.name === segment)
    if (!field) return null
    const label = field.label ? getTranslation(field.label as Parameters<typeof getTranslation>[0], i18n) : ''
    if (field.type !== 'group' && typeof label === 'string') words += `${words ? '的' : ''}${label || segment}`
    level = field.fields ?? []
  }
  return words || null
}
