/**
 * Routes the CMS's HTTP server (scripts/serve.ts) answers itself, with the very endpoint handler
 * Payload would run, instead of handing the request to Next. The handlers live in Next's bundle
 * (its Payload instance, its classes); the server, which loads none of that, finds them here once
 * Payload is up (lib/publicSubmission/direct.ts offers them from the config's `onInit`). No import
 * beyond Node's types: the server and the bundle each load their own copy of this file, and meet
 * under one `Symbol.for` key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export type DirectAnswer = (request: IncomingMessage, response: ServerResponse) => Promise<void>

type Offered = Map<string, DirectAnswer>

const KEY = Symbol.for('fengcai.directAnswers')

const offered = (): Offered => {
  const holder = globalThis as { [KEY]?: Offered }
  holder[KEY] ??= new Map()
  return holder[KEY]
}

const routeKey = (method: string, pathname: string): string => `${method.toUpperCase()} ${pathname}`

/** Offers `answer` for requests of `method` to exactly `pathname` (no trailing slash, any query). */
export const offerDirectAnswer = (method: string, pathname: string, answer: DirectAnswer): void => {
  offered().set(routeKey(method, pathname), answer)
}

/**
 * The direct answer for a request, or undefined (Next handles it): none offered yet (Payload starts
 * on the first request Next serves), `FENGCAI_DIRECT_ANSWERS=off`, or a method override, which
 * Payload's REST handler would follow to another route.
 */
export const directAnswerFor = (request: IncomingMessage, pathname: string): DirectAnswer | undefined => {
  if (process.env.FENGCAI_DIRECT_ANSWERS === 'off') return undefined
  if (request.headers['x-payload-http-method-override'] || request.headers['x-http-method-override']) return undefined
  return offered().get(routeKey(request.method ?? 'GET', pathname))
}
