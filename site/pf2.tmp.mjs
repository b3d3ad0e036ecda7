import { readFileSync } from 'node:fs'
import * as pagefind from 'pagefind'
const snap = JSON.parse(readFileSync('/tmp/scale/snapshot.json', 'utf8'))
const text = (node) => node?.text ?? (node?.children ?? node?.root?.children ?? []).map(text).join(node?.type === 'paragraph' ? '\n' : '')
const t0 = performance.now()
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
const jobs = snap.stories.map((s) => index.addCustomRecord({ url: `/stories/${s.slug}/`, content: text(s.body.root ? s.body : s.body), language: 'zh-cn', meta: { title: s.title, date: String(s.publishedAt).slice(0, 10) }, filters: { type: ['新闻'] } }))
await Promise.all(jobs)
const t1 = performance.now()
await index.writeFiles({ outputPath: '/tmp/scale/pf-out2' })
console.log('records', jobs.length, 'add', Math.round(t1 - t0), 'write', Math.round(performance.now() - t1))
await pagefind.close()
