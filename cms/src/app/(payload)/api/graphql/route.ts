/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Changed by hand in one place: refused queries are answered 400 (lib/graphqlLimits). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerRefusedQueriesWith400 } from '@/lib/graphqlLimits'

export const POST = answerRefusedQueriesWith400(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
