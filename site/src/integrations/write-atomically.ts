/**
 * Replacing a file in a site that is being served: a reader gets the old file or the new one,
 * never half of one. Used by the search index's shard list (./pagefind) and the site worker.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

/** A temporary name beside a file, of this process and thread alone. */
export const temporaryOf = (file: string): string => `${file}.${process.pid}-${threadId}.tmp`

/** Writes a file so that a reader sees the old or the new one, never half of one. */
export const writeAtomically = async (file: string, body: Uint8Array | string): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = temporaryOf(file)
  await writeFile(temporary, body)
  await rename(temporary, file)
}
