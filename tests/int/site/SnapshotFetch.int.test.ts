import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findAllByIdRanges } from '../../../site/src/data/client'
import { snapshotQueries } from '../../../site/src/data/snapshot'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { TestPayload } from '../../helpers/payload'

/** More than three pages of 100 (a reader's page, without the build's secret). */
const PUBLISHED = 330

describe('the snapshot fetch', () => {
  let ctx: TestPayload
  let server: http.Server
  const asked: URLSearchParams[] = []
  const published: number[] = []
  const drafts: number[] = []

  beforeAll(async () => {
    ctx = await bootPayload()
    const client = await routeClient()
    // The CMS's REST handlers over HTTP, as the build reads them; every query is recorded.
    server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://cms.test')
      if (url.pathname === '/api/stories') asked.push(url.searchParams)
      void client
        .get(`${url.pathname.replace(/^\/api\//, '')}${url.search}`)
        .then(({ status, bytes }) => response.writeHead(status, { 'content-type': 'application/json' }).end(bytes))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    delete process.env.SITE_REBUILD_SECRET
    for (let n = 0; n < PUBLISHED + 3; n += 1) {
      const story = await ctx.payload.create({
        collection: 'stories',
        data: {
          title: `志愿服务稿件 ${n}`,
          body: richText('正文。'),
          _status: n % 111 === 5 ? 'draft' : 'published',
          publishedAt: new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString(),
        } as never,
        draft: n % 111 === 5,
        overrideAccess: true,
        context: { seed: true },
      })
      ;(n % 111 === 5 ? drafts : published).push(Number(story.id))
    }
  }, 180_000)

  afterAll(() => {
    server?.close()
  })

  it('should fetch every published story once, by id ranges, each page asked after the last id instead of by number', async () => {
    const { collection, query } = snapshotQueries.stories
    const docs = (await findAllByIdRanges(collection, { depth: 0, ...query })) as { id: number }[]
    const ids = docs.map((doc) => Number(doc.id))
    expect(ids).toEqual([...published].sort((a, b) => a - b))
    expect(ids.filter((id) => drafts.includes(id))).toEqual([])
    // Pages by cursor, never by number: each costs the same however deep into the collection it is.
    expect(asked.length).toBeGreaterThan(PUBLISHED / 100)
    expect(asked.map((params) => params.get('page'))).toEqual(asked.map(() => '1'))
    expect(asked.filter((params) => params.get('sort') === 'id').every((params) => params.has('where[id][greater_than]'))).toBe(true)
  })
})
