/**
 * Search over the static Pagefind index (built after the site, in shards that are merged here):
 * every result reachable 20 at a time, a filter by kind (新闻 / 公示 / 通知公告 / 荣誉榜 / 图集 / 专题), the kind and
 * date on every result, Traditional queries answered from the Simplified pages, and a column's,
 * district's or organisation's name answered with its page and everything filed under it (through
 * the search terms map, src/data/search-terms.ts).
 */
import { fromSearchText, searchQueryText, searchQueryVariants, searchTermKey } from '@fengcai/shared/search-text'

import { FILED_UNDER, TERM_PAGE, pageKeys, withoutRepeats } from '@/data/search'
import type { SearchTermsMap } from '@/data/search'

import { loadIndex, onFreshIndex, reopenIndex } from './search-index'
import type { PagefindResult, ResultData } from './search-index'

/** Results shown at a time; 显示更多结果 shows the next ones. */
export const PAGE = 20
const KINDS = new Set(['新闻', '公示', '通知公告', '荣誉榜', '图集', '专题'])

const escapeText = (value: string): string => {
  const element = document.createElement('span')
  element.textContent = value
  return element.innerHTML
}

const NO_TERMS: SearchTermsMap = { names: {}, terms: {} }
let termsMap: Promise<SearchTermsMap> | null = null
/** The names of columns, districts and organisations → their tokens; without it, search goes on by text alone. */
const loadTerms = (): Promise<SearchTermsMap> =>
  (termsMap ??= fetch('/search-terms.json')
    .then(async (response) => (response.ok ? ((await response.json()) as SearchTermsMap) : NO_TERMS))
    .catch((error: unknown) => {
      console.warn('栏目、区和组织名称不可用', error)
      return NO_TERMS
    }))

let toSimplified: Promise<(text: string) => string> | null = null
/** OpenCC's Traditional → Simplified tables (Taiwan and Hong Kong forms too), loaded with the first query. */
const loadSimplifier = () =>
  (toSimplified ??= import('./simplified-query')
    .then((module) => module.simplifiedQuery)
    .catch((error: unknown) => {
      console.warn('繁简转换不可用', error)
      return (text: string) => text
    }))

/**
 * The results for a query: as typed, and, when it has Traditional characters, as Simplified too
 * (the pages are Simplified; a name typed in Traditional is still matched as typed first), and a
 * place name also without its ending (徐汇区 → 徐汇). Where the query is the name of columns,
 * districts or organisations (in the map, as typed or as Simplified), their own pages come first,
 * then what both names the query and is filed under them, then the rest filed under them, then
 * the rest that names the query.
 */
const searchAll = async (query: string, kind: string): Promise<{ results: PagefindResult[]; queries: string[]; terms: SearchTermsMap }> => {
  const [index, simplify, terms] = await Promise.all([loadIndex(), loadSimplifier(), loadTerms()])
  const byKind: Record<string, string> = kind ? { kind } : {}
  const simplified = simplify(query)
  const queries = [...new Set([query, simplified].flatMap(searchQueryVariants))]
  const tokens = [...new Set(queries.flatMap((text) => terms.names[searchTermKey(text)] ?? []))]
  const filtered = async (filter: string) => (tokens.length ? (await index.search(null, { filters: { ...byKind, [filter]: { any: tokens } } })).results : [])
  // The index holds Chinese as encoded character pairs (@fengcai/shared/search-text): so must the query.
  const [texts, pages, filed] = await Promise.all([
    Promise.all(queries.map(async (words) => (await index.search(searchQueryText(words), { filters: byKind })).results)),
    filtered(TERM_PAGE),
    filtered(FILED_UNDER),
  ])
  const keyOf = await pageKeys([...texts, pages, filed], index.shared)
  const text = withoutRepeats(texts, keyOf)
  const filedKeys = new Set(filed.map(keyOf))
  const [textAndFiled, textOnly] = [text.filter((result) => filedKeys.has(keyOf(result))), text.filter((result) => !filedKeys.has(keyOf(result)))]
  return { results: withoutRepeats([pages, textAndFiled, filed, textOnly], keyOf), queries, terms }
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A result's snippet as written (the index gives it back as encoded character pairs) with the query's
 * words marked: the whole query where it appears, otherwise each of its words of two or more
 * characters.
 */
const snippetOf = (excerpt: string, queries: string[]): string => {
  const holder = document.createElement('div')
  holder.innerHTML = excerpt
  const text = fromSearchText(holder.textContent ?? '')
  const terms = [...new Set(queries.flatMap((query) => [query.trim(), ...query.split(/[\s\p{P}]+/u)]))]
    .filter((term) => [...term].length >= 2 || (term && !/\p{Script=Han}/u.test(term)))
    .sort((a, b) => b.length - a.length)
  if (!terms.length) return escapeText(text)
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'gi')
  let html = ''
  let position = 0
  for (const match of text.matchAll(pattern)) {
    html += `${escapeText(text.slice(position, match.index))}<mark>${escapeText(match[0])}</mark>`
    position = match.index + match[0].length
  }
  return `${html}${escapeText(text.slice(position))}`
}

const resultItem = (result: ResultData, queries: string[], terms: SearchTermsMap): string => {
  // A term's own page has no title in the index: its name is the map's, so it follows a rename.
  const title = (result.meta[TERM_PAGE] && terms.terms[result.meta[TERM_PAGE]]) || result.meta.title || result.url
  const kind = result.meta.kind ? `<span class="search-result__kind">${escapeText(result.meta.kind)}</span>` : ''
  const date = result.meta.date ? `<span class="search-result__date">${escapeText(result.meta.date)}</span>` : ''
  return (
    `<li class="search-result"><p class="search-result__meta">${kind}${date}</p>` +
    `<h2><a href="${encodeURI(result.url)}">${escapeText(title)}</a></h2><p>${snippetOf(result.excerpt, queries)}</p></li>`
  )
}

export const setupSearch = (): void => {
  const form = document.querySelector<HTMLFormElement>('.search-form')
  const input = document.querySelector<HTMLInputElement>('#search-input')
  const status = document.querySelector<HTMLElement>('#search-status')
  const list = document.querySelector<HTMLOListElement>('#search-results')
  const more = document.querySelector<HTMLButtonElement>('#search-more')
  if (!form || !input || !status || !list || !more) return
  let results: PagefindResult[] = []
  let queries: string[] = []
  let terms = NO_TERMS
  let shown = 0
  let run = 0

  const append = (shownNow: ResultData[]) => {
    list.insertAdjacentHTML('beforeend', shownNow.map((result) => resultItem(result, queries, terms)).join(''))
    shown += shownNow.length
    more.hidden = shown >= results.length
    status.textContent = `找到 ${results.length} 条结果${results.length > shown ? `，已显示 ${shown} 条` : ''}`
  }
  let asked = { query: '', kind: '' }
  /** Searches and shows the first `upTo` results (more, when the reader had shown more before the index changed). */
  const search = async (query: string, kind: string, upTo = PAGE) => {
    const current = ++run
    asked = { query, kind }
    list.innerHTML = ''
    more.hidden = true
    results = []
    shown = 0
    if (!query.trim()) {
      status.textContent = ''
      return
    }
    status.textContent = '正在搜索…'
    try {
      const found = await onFreshIndex(async () => {
        const all = await searchAll(query.trim(), kind)
        return { ...all, first: await Promise.all(all.results.slice(0, upTo).map((result) => result.data())) }
      })
      if (current !== run) return
      results = found.results
      queries = found.queries
      terms = found.terms
      if (!results.length) {
        status.textContent = kind ? `“${kind}”中没有找到相关内容，可以选“全部”再试。` : '没有找到相关内容，请换个词试试。'
        return
      }
      append(found.first)
      // On a phone, at a large text size, the form can fill the screen: bring the first result up to
      // its bottom edge (nothing moves when it is already in view).
      if (upTo === PAGE) list.firstElementChild?.scrollIntoView({ block: 'nearest', behavior: 'instant' })
    } catch (error) {
      console.error('搜索失败', error)
      status.textContent = '搜索暂时不可用，请稍后再试。'
    }
  }

  const showMore = async () => {
    const current = run
    let next: ResultData[]
    try {
      next = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()))
    } catch (error) {
      // The index changed since the search (a page left open): the same search on it as it is now.
      console.warn('搜索索引在页面打开后更新过，重新搜索', error)
      reopenIndex()
      return search(asked.query, asked.kind, shown + PAGE)
    }
    if (current !== run) return
    append(next)
  }

  const selectedKind = (): string => form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? ''
  const submit = () => {
    const url = new URL(location.href)
    url.searchParams.set('q', input.value)
    if (selectedKind()) url.searchParams.set('kind', selectedKind())
    else url.searchParams.delete('kind')
    history.replaceState(null, '', url)
    void search(input.value, selectedKind())
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    submit()
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'kind' && input.value.trim()) submit()
  })
  more.addEventListener('click', () => void showMore())

  const params = new URL(location.href).searchParams
  const kind = params.get('kind') ?? ''
  if (KINDS.has(kind)) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`)
    if (radio) radio.checked = true
  }
  const initial = (params.get('q') ?? '').slice(0, 100)
  if (initial) {
    input.value = initial
    void search(initial, KINDS.has(kind) ? kind : '')
  }
}
