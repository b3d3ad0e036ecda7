/** What the importer reads, and how it says it cannot: shared by the CMS's thread and the import threads. */

/** What the importer was given: a file's bytes by kind, or pasted text. */
export type ImportInput =
  { kind: 'docx'; bytes: Uint8Array } | { kind: 'file'; bytes: Uint8Array; html: boolean } | { kind: 'text'; text: string; html: boolean }

/** Why an input cannot be imported; its message is for the editor as it is. */
export class ImportFileError extends Error {
  /** 415 for a kind of file it does not read, 413 for too large, 422 for a broken file, 503 when too many imports are under way. */
  constructor(
    message: string,
    readonly status: 413 | 415 | 422 | 503 = 422,
  ) {
    super(message)
  }
}
