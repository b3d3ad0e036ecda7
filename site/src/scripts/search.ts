/** Search over the static Pagefind index (built after the site), with plain result markup. */
import { shardPath } from '@/data/search'

type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
type Pagefind = {
  search: (query: string) => Promise<{ results: PagefindResult[] }>
  mergeIndex: (url: string) => Promise<void>
}

const escapeText = (value: string): string => {
  const element = document.createElement('span')
  element.textContent = value
  return element.innerHTML
}

export const setupSearch = (): void => {
  const form = document.querySelector<HTMLFormElement>('.search-form')
  const input = document.querySelector<HTMLInputElement>('#search-input')
  const status = document.querySelector<HTMLElement>('#search-status')
  const list = document.querySelector<HTMLOListElement>('#search-results')
  if (!form || !input || !status || !list) return
  let pagefind: Promise<Pagefind> | null = null
  // The index lives beside the built pages, in shards: the first one searches, the others are
  // merged into it. A runtime path keeps the bundler from resolving it.
  const load = () =>
    (pagefind ??= (async () => {
      const present = (await (await fetch('/pagefind/present.json')).json()) as number[]
      const [head, ...rest] = present
      if (head === undefined) throw new Error('搜索索引为空')
      const first = (await import(/* @vite-ignore */ `/${shardPath(head)}/pagefind.js`)) as Pagefind
      for (const shard of rest) await first.mergeIndex(`/${shardPath(shard)}/`)
      return first
    })())

  const run = async (query: string) => {
    list.innerHTML = ''
    if (!query.trim()) {
      status.textContent = ''
      return
    }
    status.textContent = '正在搜索…'
    try {
      const search = await (await load()).search(query)
      const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()))
      status.textContent = results.length ? `找到 ${search.results.length} 条结果` : '没有找到相关内容，请换个词试试。'
      list.innerHTML = results
        .map(
          (result) =>
            `<li><h2><a href="${encodeURI(result.url)}">${escapeText(result.meta.title ?? result.url)}</a></h2><p>${result.excerpt}</p></li>`,
        )
        .join('')
    } catch (error) {
      console.error('搜索失败', error)
      status.textContent = '搜索暂时不可用，请稍后再试。'
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const url = new URL(location.href)
    url.searchParams.set('q', input.value)
    history.replaceState(null, '', url)
    void run(input.value)
  })
  const initial = new URL(location.href).searchParams.get('q') ?? ''
  if (initial) {
    input.value = initial.slice(0, 100)
    void run(input.value)
  }
}
