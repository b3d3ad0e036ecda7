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
