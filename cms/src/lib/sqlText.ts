/**
 * SQL of our own for node-postgres's pool (upstream/payload `poolOf`), where drizzle's statement
 * building cost a public submission more than the statement itself (`pnpm bench --only comments
 * --cpu-prof`): plain text with placeholders ($1 …), never values, sent as a named statement that
 * each pooled connection parses and plans once.
 */
import { createHash } from 'node:crypto'

/** Plain SQL text from a template whose values are placeholders or quoted names. */
export const sqlText = (strings: TemplateStringsArray, ...values: string[]): string => String.raw({ raw: strings }, ...values)

/** A table's or column's name as an SQL identifier. */
export const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`

export type NamedStatement = { name: string; text: string }

/** The statement under a name its text decides, so two texts never share one. */
export const namedStatement = (prefix: string, text: string): NamedStatement => ({
  name: `${prefix}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
  text,
})
