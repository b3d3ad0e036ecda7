import { APIError } from 'payload'

/**
 * An error whose Chinese message reaches the client as it is. Payload formats an APIError
 * by its `name`, which the production bundle minifies away, so the name is set here.
 */
export const publicError = (message: string, status: number, data: Record<string, unknown> = {}): APIError => {
  const error = new APIError(message, status, data, true)
  error.name = status === 403 ? 'Forbidden' : 'APIError'
  return error
}

/**
 * For `.catch` after a lookup by id: "not found" (or not visible to this reader) becomes null,
 * anything else (the database is down, say) is rethrown so the client gets a 5xx, not a 4xx.
 */
export const nullIfNotFound = (error: unknown): null => {
  if ((error as { status?: number })?.status === 404) return null
  throw error
}
