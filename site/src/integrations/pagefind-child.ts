/**
 * A second Pagefind service for the search index (see buildShards in ./pagefind): reads
 * `{ outDir, jobs }` as JSON on standard input and builds those shards, and answers
 * with the pages it indexed as one line of JSON on standard output.
 */
import * as pagefind from 'pagefind'

import { buildShard } from './pagefind'
import type { ShardJob } from './pagefind'

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const { outDir, jobs } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { outDir: string; jobs: ShardJob[] }
const indexed = []
for (const job of jobs) indexed.push(...(await buildShard(outDir, job.shard, job.pages, job.target, job.skipMissing)))
await pagefind.close()
process.stdout.write(`${JSON.stringify(indexed)}\n`)
