import { existsSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { imageSizes } from '@fengcai/shared'

import { drawJpeg } from '../../helpers/images'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('media', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  const upload = async (data: Record<string, unknown>, user?: Awaited<ReturnType<TestPayload['createUser']>>) =>
    ctx.payload.create({
      collection: 'media',
      data: data as { alt: string },
      file: { data: await drawJpeg(2400, 1600), mimetype: 'image/jpeg', name: 'volunteers.jpg', size: 0 },
      overrideAccess: !user,
      user,
    })

  it('should store the upload and every image size as WebP', async () => {
    const editor = await ctx.createUser(['editor'])
    const doc = await upload({ alt: '志愿者在社区花园里合影' }, editor)
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.filename).toMatch(/\.webp$/)
    for (const size of imageSizes) {
      const generated = doc.sizes?.[size.name]
      expect(generated?.mimeType, size.name).toBe('image/webp')
      expect(generated?.width, size.name).toBe(size.width)
      if (size.height) expect(generated?.height, size.name).toBe(size.height)
      const file = path.join(ctx.mediaDir, String(generated?.filename))
      expect(existsSync(file), file).toBe(true)
      const meta = await sharp(file).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(size.width)
    }
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630 })
  })

  it('should refuse an upload without alt text', async () => {
    const editor = await ctx.createUser(['editor'])
    await expect(upload({}, editor)).rejects.toMatchObject({ status: 400 })
  })

  it('should refuse an anonymous upload', async () => {
    await expect(
      ctx.payload.create({
        collection: 'media',
        data: { alt: '匿名上传' },
        file: { data: await drawJpeg(200, 100), mimetype: 'image/jpeg', name: 'anon.jpg', size: 0 },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should keep the focal point an editor sets', async () => {
    const doc = await upload({ alt: '焦点测试', focalX: 20, focalY: 70 })
    expect(doc.focalX).toBe(20)
    expect(doc.focalY).toBe(70)
  })
})
