import type { PayloadRequest } from 'payload'

import { publicError } from '@/lib/errors'

/**
 * Reads a request body as text, stopping at `maxBytes`: a larger body is refused as soon as it
 * passes the cap (or at once when its declared length does), never read whole into memory.
 */
export const readTextCapped = async (req: PayloadRequest, maxBytes: number): Promise<string> => {
  const tooLarge = () => publicError('提交的内容过长。', 413)
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  const body = (req as unknown as Request).body
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
