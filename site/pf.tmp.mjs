import * as pagefind from 'pagefind'
const t0 = performance.now()
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
const added = await index.addDirectory({ path: process.argv[2] })
const t1 = performance.now()
await index.writeFiles({ outputPath: '/tmp/scale/pf-out' })
console.log('pages', added.page_count, 'add', Math.round(t1 - t0), 'write', Math.round(performance.now() - t1))
await pagefind.close()
