/**
 * SEAM `schedulePublishHandler`: Payload's `schedule-publish` server function, imported from a
 * deep path of @payloadcms/ui (ui/src/utilities/schedulePublishHandler.ts; not a documented
 * export) so that `access/guardSchedulePublish` can run it after its own checks. The guard
 * replaces Payload's function through `handleServerFunctions`' `serverFunctions`, which win over
 * Payload's own of the same name (next/src/utilities/handleServerFunctions.ts:
 * `extraServerFunctions?.[fnKey] || baseServerFunctions[fnKey]`; checked by
 * tests/int/cms/StateChangeMatrix.int.test.ts). Imported only by the admin's side, so this file
 * checks itself when it loads, which is at the admin's start.
 */
import * as handlerModule from '@payloadcms/ui/utilities/schedulePublishHandler'

import { upstreamMessage } from './adapter'

export type { SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'

/** One sentence when `module` lacks the handler, else none. */
export const checkSchedulePublishShape = (module: Record<string, unknown>): string[] =>
  typeof module.schedulePublishHandler === 'function'
    ? []
    : ['@payloadcms/ui/utilities/schedulePublishHandler no longer exports schedulePublishHandler (cms/src/access/guardSchedulePublish.ts guards it)']

const problems = checkSchedulePublishShape(handlerModule)
// Fail at start-up, not on the first schedule.
if (problems.length) throw new Error(upstreamMessage(problems))

export const schedulePublishHandler = handlerModule.schedulePublishHandler
