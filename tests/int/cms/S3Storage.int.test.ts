/**
 * Media on S3-compatible storage, against a real S3 server started here (s3rver, on a temporary
 * folder): with S3_BUCKET set, every rendition goes to the bucket, documents carry the bucket's
 * public addresses, and deleting the media deletes its objects.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { imageSizes } from '@fengcai/shared'

import { toImage } from '../../../site/src/data/media'
import { siteSecurityHeaders } from '../../../cms/scripts/lib/static-server'
import { drawJpeg } from '../../helpers/images'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

const BUCKET = 'fengcai-media'

describe('media on S3-compatible storage', () => {
  let ctx: TestPayload
  let server: S3rver
  let directory: string
  let client: S3Client
  let publicUrl: string

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'fengcai-s3-'))
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] })
    const { port } = await server.run()
    const endpoint = `http://127.0.0.1:${port}`
    publicUrl = `${endpoint}/${BUCKET}`
    Object.assign(process.env, {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PUBLIC_URL: publicUrl,
    })
    client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
    ctx = await bootPayload()
  })

  afterAll(async () => {
    await server?.close()
    await rm(directory, { recursive: true, force: true })
  })

  const keysInBucket = async (): Promise<string[]> =>
    ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((object) => object.Key as string)

  it('should put the original and every image size in the bucket, address them there, and delete them with the media', async () => {
    const editor = await ctx.createUser(['editor'])
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: '对象存储测试图片' },
      file: { data: await drawJpeg(2000, 1400), mimetype: 'image/jpeg', name: 's3-test.jpg', size: 0 },
      overrideAccess: false,
      user: editor,
    })
    const files = [doc.filename, ...imageSizes.map((size) => (doc.sizes as Record<string, { filename?: string | null }>)[size.name]?.filename)]
    expect(files.every(Boolean), JSON.stringify(doc.sizes)).toBe(true)
    const keys = await keysInBucket()
    for (const file of files) expect(keys).toContain(file)

    // Documents (and so the built pages) address the bucket, and the bucket serves the files.
    expect(doc.url).toBe(`${publicUrl}/${doc.filename}`)
    for (const size of imageSizes) expect((doc.sizes as Record<string, { url?: string | null }>)[size.name]?.url).toMatch(new RegExp(`^${publicUrl}/`))
    const served = await fetch(doc.sizes?.card?.url as string)
    expect(served.status).toBe(200)
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(8, 12)
        .toString('latin1'),
    ).toBe('WEBP')

    // The site's pages take those addresses as they are, and its security policy lets browsers load them.
    const image = toImage(doc, 'full')
    expect(image?.src).toMatch(new RegExp(`^${publicUrl}/`))
    for (const candidate of image?.srcset.split(', ') ?? []) expect(candidate).toMatch(new RegExp(`^${publicUrl}/\\S+ \\d+w$`))
    expect(siteSecurityHeaders('http://cms.example')['content-security-policy']).toContain(
      `img-src 'self' data: http://cms.example ${new URL(publicUrl).origin}`,
    )

    await ctx.payload.delete({ collection: 'media', id: doc.id, overrideAccess: false, user: editor })
    const left = await keysInBucket()
    for (const file of files) expect(left).not.toContain(file)
  })

  it("should keep the adapter's object-key field labelled in Chinese and out of the list's columns and filters", () => {
    const media = ctx.payload.collections.media.config
    const field = media.fields.find((candidate) => 'name' in candidate && candidate.name === '_objectKey')
    expect(field).toMatchObject({ label: { zh: '存储对象键' }, admin: { hidden: true, disableListColumn: true, disableListFilter: true } })
  })
})
