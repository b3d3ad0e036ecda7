/**
 * zod compiles its object checks with `new Function` when it may, and probes for that when a schema
 * is built; the site's content security policy forbids it, and browsers report the refusal as a
 * security issue. Imported before any schema is built, this tells zod not to try.
 */
import { z } from 'zod'

z.config({ jitless: true })
