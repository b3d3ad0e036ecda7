/**
 * OpenCC's Simplified → Traditional phrases and characters: the 繁體 view converts pages with it
 * in the browser (src/scripts/traditional-view.ts), in the reader's standard (Taiwan's or Hong
 * Kong's variant tables after the phrases), and the search terms map (./search-terms) writes the
 * Traditional form of every name with it, so a name typed as the 繁體 view shows it is found.
 */
import { ConverterFactory } from 'opencc-js/core'
import HKVariants from 'opencc-js/dict/HKVariants'
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases'
import STCharacters from 'opencc-js/dict/STCharacters'
import STPhrases from 'opencc-js/dict/STPhrases'
import TWVariants from 'opencc-js/dict/TWVariants'
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases'

import type { TraditionalStandard } from '@fengcai/shared/traditional'

export const toTraditional = ConverterFactory([STPhrases, STCharacters])

const variants: Record<TraditionalStandard, [string, string]> = {
  tw: [TWVariantsPhrases, TWVariants],
  hk: [HKVariantsPhrases, HKVariants],
}

const converters = new Map<TraditionalStandard, (text: string) => string>()

/** The converter of a standard, built on first use (each builds its own phrase table). */
export const traditionalConverter = (standard: TraditionalStandard): ((text: string) => string) => {
  const existing = converters.get(standard)
  if (existing) return existing
  const converter = ConverterFactory([STPhrases, STCharacters], variants[standard])
  converters.set(standard, converter)
  return converter
}
