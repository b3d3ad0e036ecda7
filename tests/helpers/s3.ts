/**
 * A real S3-compatible server for tests (s3rver, on a temporary folder) with one bucket, reached
 * through a TCP relay the test can cut and restore, as a bucket that stops answering mid-upload
 * and comes back on the same address.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { cacheControlOf, contentTypeOf } from '../../site/src/worker/cdn-objects'

export type S3Object = { body: Buffer; contentType?: string; cacheControl?: string }

export type TestBucket = {
  bucket: string
  endpoint: string
  /** The settings a process needs to use the bucket, under the given prefix (`S3_`, `SITE_S3_`). */
  env: (prefix: string) => Record<string, string>
  client: S3Client
  /** Every object, by key, with its bytes and headers. */
  objects: () => Promise<Map<string, S3Object>>
  /**
   * How the bucket differs from a folder, as the site's mirror should keep it: keys missing or
   * extra, and objects whose bytes, content type or cache header are not the file's. Empty when equal.
   */
  differencesFrom: (dir: string) => Promise<string[]>
  /** Called with the key of each object put, as the server stores it. */
  onPut: (listener: (key: string) => void) => void
  /** Connections refused from now on, and those open cut. */
  cut: () => Promise<void>
  restore: () => Promise<void>
  close: () => Promise<void>
}

const listen = (server: net.Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))
  })

export const startBucket = async (bucket: string): Promise<TestBucket> => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'fengcai-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port: s3Port } = await server.run()
  const sockets = new Set<net.Socket>()
  const relay = net.createServer((client) => {
    const upstream = net.connect(s3Port, '127.0.0.1')
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => [client, upstream].forEach((end) => end.destroy()))
    }
    client.pipe(upstream).pipe(client)
  })
  const port = await listen(relay, 0)
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  let cut = false
  /**
   * Stops taking connections and ends the open ones. A server's close waits for its connections to
   * end: they are ended first, not awaited first (a clean-clone run's teardown once waited its whole
   * 15 minutes here).
   */
  const closeRelay = async () => {
    const closed = new Promise((resolve) => relay.close(resolve))
    for (const socket of sockets) socket.destroy()
    await closed
  }

  const objects = async (): Promise<Map<string, S3Object>> => {
    const found = new Map<string, S3Object>()
    let token: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
      for (const { Key } of page.Contents ?? []) {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key }))
        found.set(Key as string, {
          body: Buffer.from(await (object.Body as { transformToByteArray: () => Promise<Uint8Array> }).transformToByteArray()),
          contentType: object.ContentType,
          cacheControl: object.CacheControl,
        })
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return found
  }

  const differencesFrom = async (dir: string): Promise<string[]> => {
    const found = await objects()
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    const differences: string[] = []
    for (const file of files) {
      const object = found.get(file)
      found.delete(file)
      if (!object) differences.push(`${file}: not in the bucket`)
      else if (!object.body.equals(await readFile(path.join(dir, file)))) differences.push(`${file}: other bytes`)
      else if (object.contentType !== contentTypeOf(file) || object.cacheControl !== cacheControlOf(file))
        differences.push(`${file}: ${object.contentType}, ${object.cacheControl}`)
    }
    for (const key of found.keys()) differences.push(`${key}: not in the folder`)
    return differences.sort()
  }

  return {
    bucket,
    differencesFrom,
    endpoint,
    env: (prefix) => ({
      [`${prefix}BUCKET`]: bucket,
      [`${prefix}ENDPOINT`]: endpoint,
      [`${prefix}REGION`]: 'us-east-1',
      [`${prefix}ACCESS_KEY_ID`]: 'S3RVER',
      [`${prefix}SECRET_ACCESS_KEY`]: 'S3RVER',
    }),
    client,
    objects,
    onPut: (listener) =>
      server.on('event', (event) => {
        const record = event.Records[0]
        if (record?.eventName.startsWith('ObjectCreated')) listener(record.s3.object.key)
      }),
    cut: async () => {
      if (cut) return
      cut = true
      await closeRelay()
    },
    restore: async () => {
      if (!cut) return
      await listen(relay, port)
      cut = false
    },
    close: async () => {
      client.destroy()
      if (!cut) await closeRelay()
      // Connections the server still holds (one whose client went mid-request waits for the rest
      // of its body): its close waits for every one of them.
      ;(server as unknown as { httpServer?: Server }).httpServer?.closeAllConnections()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
