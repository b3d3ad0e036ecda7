/**
 * The stories' cards and pages, kept from one build to the next (in the site worker, from one
 * publish to the next) and worked out again only where an input changed: a story's own document,
 * a story it links to (related stories, links in its text), or anything else it reads (media,
 * taxonomy, the documents its text may link to), which the snapshot replaces whole when one of
 * them changes (src/worker/snapshot-store). So a publish of one story maps that story, the
 * stories that link to it, and its column neighbours' 上一篇 / 下一篇, not every story of the site.
 * What is kept is the same object as before (./memo), so the pages' keys (./pages) are not worked
 * out again either.
 */
import { refId } from './common'
import { memoizeByObject, sameValue } from './memo'
import { shareEmptyLists } from './shared-strings'
import { toStory, toStoryCard } from './stories'
import type { ParsedStory, Story, StoryCard, StoryLookups } from './stories'
import type { Lookup } from './context'
import type { Link } from './common'

const STORIES = 'stories'
const NONE: readonly string[] = Object.freeze([])

/** The ids of the stories a story's page shows something of: its related stories and the stories its text links to. */
const storiesReferenced = memoizeByObject((story: ParsedStory): readonly string[] => {
  const ids = (story.relatedStories ?? []).map(refId)
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const child of node) visit(child)
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      const doc = (record.fields as { doc?: { relationTo?: unknown; value?: unknown } } | undefined)?.doc
      if (doc?.relationTo === STORIES) ids.push(refId(doc.value))
      visit(record.root)
      visit(record.children)
    }
  }
  visit(story.body)
  return ids.length ? ids.filter((id): id is string => id !== null) : NONE
})

/** Whether two links (上一篇 / 下一篇) are the same. */
const sameLink = (a: Link | null, b: Link | null): boolean => a === b || (a !== null && b !== null && a.name === b.name && a.href === b.href)

export class StoryModels {
  private inputs: readonly unknown[] = []
  private parsed = new Map<string, ParsedStory>()
  private cards = new Map<string, StoryCard>()
  /** Each story as the last build gave it, with its 上一篇 / 下一篇: one object a story, not one without them beside it. */
  private stories = new Map<string, Story>()
  /** Stories the last build worked out again (the others it kept without looking). */
  mapped = 0

  /**
   * The cards and stories of `parsed` (newest first). `inputs`: every object besides the stories
   * that cards and stories are worked out from (the snapshot's lists of media, taxonomy and the
   * documents rich text links to); while each is the same object, an unchanged story is kept.
   */
  build(
    parsed: readonly ParsedStory[],
    inputs: readonly unknown[],
    lookups: Omit<StoryLookups, 'card'>,
  ): { cards: Map<string, StoryCard>; card: Lookup<StoryCard>; stories: Story[] } {
    const sameInputs = inputs.length === this.inputs.length && inputs.every((input, index) => input === this.inputs[index])
    if (sameInputs && this.parsed.size) {
      const few = this.fewChanged(parsed)
      if (few) return this.update(parsed, few, inputs, lookups)
    }
    const byId = new Map(parsed.map((story) => [story.id, story]))
    // Stories changed, gone or new since the last build.
    const changed = new Set<string>()
    for (const story of parsed) if (this.parsed.get(story.id) !== story) changed.add(story.id)
    for (const id of this.parsed.keys()) if (!byId.has(id)) changed.add(id)
    const keep = (id: string): boolean => sameInputs && !changed.has(id)

    const cards = new Map<string, StoryCard>()
    for (const story of parsed) {
      const last = this.cards.get(story.id)
      if (last && keep(story.id)) cards.set(story.id, last)
      else {
        const fresh = toStoryCard(story, lookups)
        cards.set(story.id, last && sameValue(last, fresh) ? last : fresh)
      }
    }
    const card: Lookup<StoryCard> = (value) => cards.get(refId(value) ?? '') ?? null

    const bases = new Map<string, Story>()
    this.mapped = 0
    for (const story of parsed) {
      const last = this.stories.get(story.id)
      if (last && keep(story.id) && !storiesReferenced(story).some((id) => changed.has(id))) bases.set(story.id, last)
      else {
        const fresh = shareEmptyLists(toStory(story, cards.get(story.id) as StoryCard, { ...lookups, card }))
        this.mapped += 1
        bases.set(story.id, last && sameValue(unlinked(last), fresh) ? last : fresh)
      }
    }

    const stories = withNeighbours(parsed, bases)
    this.inputs = inputs
    this.parsed = byId
    this.cards = cards
    this.stories = stories
    return { cards, card, stories: parsed.map((story) => stories.get(story.id) as Story) }
  }

  /** The ids of the stories changed, gone or new since the last build (null past FEW): one pass over the stories. */
  private fewChanged(parsed: readonly ParsedStory[]): Set<string> | null {
    const changed = new Set<string>()
    let known = 0
    for (const story of parsed) {
      const last = this.parsed.get(story.id)
      if (last) known += 1
      if (last !== story && changed.add(story.id).size > FEW) return null
    }
    if (known < this.parsed.size) {
      const ids = new Set(parsed.map((story) => story.id))
      for (const id of this.parsed.keys()) if (!ids.has(id) && changed.add(id).size > FEW) return null
    }
    return changed
  }

  /**
   * build() for a few stories changed, gone or new while every other input is the same object:
   * the last build's maps brought up to date in place, each story's card and page worked out again
   * only where build() would, and 上一篇 / 下一篇 only in the columns those stories were or are in.
   * What it gives is what build() gives (tests/unit/site/story-models.test.ts compares them).
   */
  private update(
    parsed: readonly ParsedStory[],
    changed: ReadonlySet<string>,
    inputs: readonly unknown[],
    lookups: Omit<StoryLookups, 'card'>,
  ): { cards: Map<string, StoryCard>; card: Lookup<StoryCard>; stories: Story[] } {
    const { cards } = this
    const present = new Map<string, ParsedStory>()
    for (const id of changed) this.parsed.delete(id)
    for (const story of parsed)
      if (changed.has(story.id)) {
        present.set(story.id, story)
        this.parsed.set(story.id, story)
      }
    for (const id of changed) {
      const story = present.get(id)
      const last = cards.get(id)
      if (!story) cards.delete(id)
      else {
        const fresh = toStoryCard(story, lookups)
        cards.set(id, last && sameValue(last, fresh) ? last : fresh)
      }
    }
    const card: Lookup<StoryCard> = (value) => cards.get(refId(value) ?? '') ?? null

    // The stories worked out again: the changed ones, and those whose page shows one of them.
    const bases = new Map<string, Story>()
    const columns = new Set<string | undefined>()
    this.mapped = 0
    for (const story of parsed) {
      if (!changed.has(story.id) && !storiesReferenced(story).some((id) => changed.has(id))) continue
      const last = this.stories.get(story.id)
      const fresh = shareEmptyLists(toStory(story, cards.get(story.id) as StoryCard, { ...lookups, card }))
      this.mapped += 1
      const base = last && sameValue(unlinked(last), fresh) ? last : fresh
      bases.set(story.id, base)
      columns.add(last?.column?.href).add(base.column?.href)
    }
    for (const id of changed)
      if (!present.has(id)) {
        columns.add(this.stories.get(id)?.column?.href)
        this.stories.delete(id)
      }
    // 上一篇 / 下一篇 again in those columns; a story in none has neither.
    const inColumns = parsed.filter((story) => {
      const base = bases.get(story.id) ?? (this.stories.get(story.id) as Story)
      return base.column ? columns.has(base.column.href) : bases.has(story.id)
    })
    const relinked = withNeighbours(inColumns, new Map(inColumns.map((story) => [story.id, bases.get(story.id) ?? (this.stories.get(story.id) as Story)])))
    for (const [id, story] of relinked) this.stories.set(id, story)
    this.inputs = inputs
    return { cards, card, stories: parsed.map((story) => this.stories.get(story.id) as Story) }
  }
}

/** Past this many stories changed, gone or new, a build works every story out as a first build would. */
const FEW = 500

/** A story as toStory makes it: without 上一篇 / 下一篇. */
const unlinked = (story: Story): Story => (story.previous || story.next ? { ...story, previous: null, next: null } : story)

/**
 * 上一篇 / 下一篇 within each column, in the column list's order (newest first). `bases`: each
 * story as worked out, or the last build's story when its page is unchanged but for these two; it
 * is kept as it is when they are unchanged too.
 */
const withNeighbours = (parsed: readonly ParsedStory[], bases: Map<string, Story>): Map<string, Story> => {
  const byColumn = new Map<string, Story[]>()
  for (const { id } of parsed) {
    const base = bases.get(id) as Story
    if (!base.column) continue
    const list = byColumn.get(base.column.href)
    if (list) list.push(base)
    else byColumn.set(base.column.href, [base])
  }
  const linked = new Map<string, Story>()
  const link = (story: Story | undefined): Link | null => (story ? { name: story.title, href: story.href } : null)
  const put = (base: Story, previous: Link | null, next: Link | null): void => {
    const same = sameLink(base.previous, previous) && sameLink(base.next, next)
    linked.set(base.id, same ? base : { ...base, previous, next })
  }
  for (const list of byColumn.values()) list.forEach((base, index) => put(base, link(list[index - 1]), link(list[index + 1])))
  for (const { id } of parsed) if (!linked.has(id)) put(bases.get(id) as Story, null, null)
  return linked
}
