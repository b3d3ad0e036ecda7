import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Field, FieldHook, TextField } from 'payload'

import { normalizeSlug, slugCandidate, slugify } from '@fengcai/shared'

import { isLive } from '@/lib/isLive'
import { executeIn } from '@/upstream/payload'

type SlugOptions = {
  /** The field the slug is made from. */
  from?: string
  /** Prefix for titles that give no letters (e.g. digits only). */
  fallback?: string
  /** Slugs the site uses for pages of its own in the section (`/notices/progress/`): never given. */
  reserved?: readonly string[]
  overrides?: { label?: TextField['label']; admin?: TextField['admin'] }
}

const MAX_ATTEMPTS = 50

/**
 * Fills the slug from the title's pinyin when empty, cleans one an editor typed, and adds
 * `-2`, `-3`, … while another document of the collection has it. Saves that want the same slug
 * at the same moment (eight imports of one article) take turns: a transaction-scoped advisory
 * lock on the collection and slug is held until the save commits, so the next one sees its row
 * and picks the next number, instead of both picking the same and one failing on the unique index.
 */
const makeSlugUnique =
  (from: string, fallback: string, reserved: readonly string[]): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const previous = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    // A partial update that does not mention the slug keeps the one the document has.
    if (value === undefined && previous) return previous
    const source = String(data?.[from] ?? originalDoc?.[from] ?? '')
    let typed = typeof value === 'string' ? normalizeSlug(value) : ''
    // Autosave creates a draft before the editor has typed a title, so its slug is the bare
    // fallback. Until the document is first published, an untouched automatic slug follows
    // the title; after that the URL stays put.
    if (typed && typed === previous && collection?.versions?.drafts && originalDoc?.id !== undefined) {
      const automatic = slugify(String(originalDoc[from] ?? ''), fallback)
      const untouched = previous === automatic || new RegExp(`^${automatic}-\\d+$`).test(previous)
      if (untouched && source !== String(originalDoc[from] ?? '') && !(await isLive(req, collection.slug, originalDoc.id))) typed = ''
    }
    const base = typed || slugify(source, fallback)
    if (!collection) return base
    const ownId = originalDoc?.id ?? data?.id
    await executeIn(req.payload, req, sql`SELECT pg_advisory_xact_lock(hashtext(${`slug:${collection.slug}:${base}`}))`)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const candidate = slugCandidate(base, attempt)
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: ownId ? { and: [{ slug: { equals: candidate } }, { id: { not_equals: ownId } }] } : { slug: { equals: candidate } },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0 && !reserved.includes(candidate)) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

/**
 * Ours, not Payload's `slugField` (payload 3.90.2, dist/fields/baseFields/slug/), which takes our
 * pinyin `slugify` but would change what editors get, as its beforeChange hook
 * (generateSlug.js) reads:
 * - Without autosave (we have none, see fields/versions.ts) the `generateSlug` checkbox turns off
 *   once a create produced any slug (line 29 `return Boolean(!data?.[slugFieldName])`), and an
 *   update with it off changes nothing (line 33 `if (!isChecked) return false`): a draft created
 *   before its title keeps `story` for ever, where ours follows the title until first published.
 *   Following the title exists there only with autosave (line 75, `versionCount <= 2`).
 * - The same line 33 skips `slugify` for a slug typed on update, so `Harbour Team` would be
 *   stored as typed; ours cleans every typed slug.
 * - It makes no `-2`, `-3` for a taken slug: the field is `unique` (index.js line 69) and the
 *   second save fails. `slugify` gets only `{ data, req, valueToSlugify }`, not the collection
 *   or the document's id, so it cannot look for a twin that is not the document itself.
 * Revisit if Payload's hook follows the title without autosave and passes the collection and id.
 */
export const slugField = ({ from = 'title', fallback = 'item', reserved = [], overrides = {} }: SlugOptions = {}): Field => ({
  name: 'slug',
  type: 'text',
  label: { zh: '网址别名', en: 'Slug' },
  index: true,
  unique: true,
  ...overrides,
  admin: {
    position: 'sidebar',
    description: {
      zh: '留空则按标题拼音自动生成；只能用小写字母、数字和连字符。',
      en: 'Left empty, it is made from the title. Lowercase letters, digits and hyphens.',
    },
    ...overrides.admin,
  },
  hooks: {
    beforeValidate: [makeSlugUnique(from, fallback, reserved)],
  },
})
