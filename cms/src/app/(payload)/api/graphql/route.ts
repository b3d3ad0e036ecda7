/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Changed by hand in one place: queries are refused by their shape first (lib/graphqlShape), and
   refused queries are answered 400 (lib/graphqlLimits). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerRefusedQueriesWith400 } from '@/lib/graphqlLimits'
import { refuseOversizedQueries } from '@/lib/graphqlShape'

export const POST = refuseOversizedQueries(answerRefusedQueriesWith400(GRAPHQL_POST(config)))

export const OPTIONS = REST_OPTIONS(config)
