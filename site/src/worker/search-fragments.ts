/**
 * The ids Pagefind gives the pages of a shard it wrote: the names its search results carry
 * (`result.id`), which the search page compares with the tombstones of the recent shard
 * (../data/search). Read from the shard's fragment files, which Pagefind writes as
 * `fragment/<id>.pf_fragment`, each gzipped, after a 12-byte signature, as the page's JSON
 * (`{ url, … }`), or as a group of pages (`{ <id>: { url, … }, … }`); pagefind 1.6's
 * `_loadFragment` and `_loadFragmentGroup` in its `pagefind.js` read them so.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

const SIGNATURE = 'pagefind_dcd'
const SUFFIX = '.pf_fragment'

type Fragment = { url?: unknown }

/** Each page's id in the shard folder `dir`, by address; empty when the shard has no index. */
export const fragmentIds = async (dir: string): Promise<Map<string, string>> => {
  const ids = new Map<string, string>()
  const fragments = path.join(dir, 'fragment')
  if (!existsSync(fragments)) return ids
  for (const name of await readdir(fragments)) {
    if (!name.endsWith(SUFFIX)) continue
    const data = gunzipSync(await readFile(path.join(fragments, name)))
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind 索引文件格式不认识：${path.join(fragments, name)}`)
    const parsed = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as Fragment | Record<string, Fragment>
    const entries: [string, Fragment][] =
      typeof parsed.url === 'string' ? [[name.slice(0, -SUFFIX.length), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>)
    for (const [id, fragment] of entries) if (typeof fragment.url === 'string') ids.set(fragment.url, id)
  }
  return ids
}
