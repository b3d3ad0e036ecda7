import type { FieldHook } from 'payload'

import type { NoticeComment } from '@fengcai/shared/payload-types'

/**
 * Puts back the stored value of a field kept as sent when an update left it out. Field access
 * (keptAsSent) drops such a field from every update by a user; Payload fills it in again from the
 * document, except when restoring a version, where it would stay empty (and a required one would
 * make the restore fail), so restoring a version changes only the moderation fields.
 */
export const keepSentValue: FieldHook<NoticeComment> = ({ operation, previousValue, value }) =>
  operation === 'update' && value === undefined ? previousValue : value
