/**
 * Search by column, district and organisation. Every searchable page filed under a term carries
 * the term's token (`c3`, `d12`, `o7`: its kind and id, which a rename does not change) as a
 * Pagefind filter, and a term's own page carries it as `page`. The names are not in the index at
 * all: the search page resolves a query to tokens with the map this module builds
 * (`/search-terms.json`: every name, its Traditional form and its place-name forms → tokens, and
 * each token's current name), so a rename rewrites that map and the pages that show the name, and
 * re-indexes no search shard.
 */
import { convertKeeping, searchTermKey, termNameForms } from '@fengcai/shared'

import { refId } from './common'
import type { Lookup } from './context'
import type { SearchTermsMap } from './search'
import type { SiteSettings } from './settings'
import type { Taxonomy } from './taxonomy'

export type TermKind = 'columns' | 'districts' | 'organizations'

const PREFIX: Record<TermKind, string> = { columns: 'c', districts: 'd', organizations: 'o' }

export const termToken = (kind: TermKind, id: string): string => `${PREFIX[kind]}${id}`

/** Each list of tokens given out, by its tokens: the stories of a column and district share one. */
const tokenLists = new Map<string, readonly string[]>()

/**
 * The tokens of the terms a document is filed under that are published (resolve), in the order
 * given, without repeats. The same tokens are the same (frozen) array, and its strings the same
 * strings: at 30,000 stories the site worker kept an array and two tokens of its own a story.
 */
export const termTokens = (filed: [kind: TermKind, value: unknown, resolve: Lookup<unknown>][]): string[] => {
  const tokens = filed.flatMap(([kind, value, resolve]) => {
    const id = refId(value)
    return id !== null && resolve(value) ? [termToken(kind, id)] : []
  })
  const unique = [...new Set(tokens)]
  const key = unique.join(' ')
  const known = tokenLists.get(key)
  if (known) return known as string[]
  tokenLists.set(key, Object.freeze(unique))
  return unique
}

/**
 * The map of every term's names to its token: the name and its place-name forms, in Simplified and
 * as the 繁體 view writes them (`toTraditional`, with the 不转换词表 kept). Keys sorted, so the same
 * terms always give the same bytes, whether the full build or the site worker writes it.
 */
export const searchTermsMap = (
  site: Record<TermKind, Taxonomy[]> & { settings: Pick<SiteSettings, 'keepWords'> },
  toTraditional: (text: string) => string,
): SearchTermsMap => {
  const names = new Map<string, Set<string>>()
  const terms: [string, string][] = []
  for (const kind of ['columns', 'districts', 'organizations'] as const) {
    for (const term of site[kind]) {
      const token = termToken(kind, term.id)
      terms.push([token, term.name])
      const simplified = termNameForms(term.name)
      const traditional = simplified.map((form) => searchTermKey(convertKeeping(form, toTraditional, site.settings.keepWords)))
      for (const form of new Set([...simplified, ...traditional])) {
        const tokens = names.get(form) ?? new Set<string>()
        tokens.add(token)
        names.set(form, tokens)
      }
    }
  }
  const sortedEntries = <T>(entries: [string, T][]): [string, T][] => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    names: Object.fromEntries(sortedEntries([...names].map(([form, tokens]) => [form, [...tokens].sort()]))),
    terms: Object.fromEntries(sortedEntries(terms)),
  }
}
