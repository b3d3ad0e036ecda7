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
/** A single page's fragment opens with its address: read without parsing its text. */
const URL_FIRST = /^\{"url":("(?:[^"\\]|\\.)*")/
/** Fragment files read at a time. */
const BATCH = 128

type Fragment = { url?: unknown }

/** The pages of one fragment file, as `[id, url]`. */
const pagesOf = (name: string, data: Buffer): [string, string][] => {
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind 索引文件格式不认识：${name}`)
  const first = URL_FIRST.exec(data.toString('utf8', SIGNATURE.length, SIGNATURE.length + 4096))?.[1]
  if (first) return [[name.slice(0, -SUFFIX.length), JSON.parse(first) as string]]
  const parsed = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as Fragment | Record<string, Fragment>
  const entries: [string, Fragment][] =
    typeof parsed.url === 'string' ? [[name.slice(0, -SUFFIX.length), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>)
  return entries.flatMap(([id, fragment]) => (typeof fragment.url === 'string' ? [[id, fragment.url] as [string, string]] : []))
}

/** Each page's id in the shard folder `dir`, by address; empty when the shard has no index. */
export const fragmentIds = async (dir: string): Promise<Map<string, string>> => {
  const ids = new Map<string, string>()
  const fragments = path.join(dir, 'fragment')
  if (!existsSync(fragments)) return ids
  const names = (await readdir(fragments)).filter((name) => name.endsWith(SUFFIX))
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = names.slice(start, start + BATCH)
    const files = await Promise.all(batch.map((name) => readFile(path.join(fragments, name))))
    for (const [index, name] of batch.entries()) for (const [id, url] of pagesOf(name, gunzipSync(files[index] as Buffer))) ids.set(url, id)
  }
  return ids
}
