// s3rver (a local S3-compatible server for tests) ships no types: what the tests use of it.
declare module 's3rver' {
  type Options = {
    address?: string
    port?: number
    silent?: boolean
    directory: string
    configureBuckets?: { name: string; configs: (string | Buffer)[] }[]
  }
  /** The S3 event notification it emits for each object stored or deleted one by one. */
  type S3Event = { Records: { eventName: string; s3: { object: { key: string } } }[] }
  export default class S3rver {
    constructor(options: Options)
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
    on(name: 'event', listener: (event: S3Event) => void): this
  }
}
