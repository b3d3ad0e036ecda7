/**
 * Replacing a file in a site that is being served: a reader gets the old file or the new one,
 * never half of one. Used by the search index's shard list (./pagefind) and the site worker.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

/** A temporary name beside a file, of this process and thread alone: for a writer that writes synchronously, one file at a time. */
export const temporaryOf = (file: string): string => `${file}.${process.pid}-${threadId}.tmp`

let calls = 0
/** A temporary name beside a file, of this call alone: two writes of one file that overlap in one process each write their own. */
const temporaryOfCall = (file: string): string => `${file}.${process.pid}-${threadId}-${(calls += 1)}.tmp`

/** Writes a file so that a reader sees the old or the new one, never half of one; of overlapping writes, the last renamed stays. */
export const writeAtomically = async (file: string, body: Uint8Array | string): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = temporaryOfCall(file)
  try {
    await writeFile(temporary, body)
    await rename(temporary, file)
  } catch (error) {
    // A name of its own is not written over by the next write: a failed one is removed.
    await rm(temporary, { force: true })
    throw error
  }
}
