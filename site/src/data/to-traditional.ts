/**
 * OpenCC's Simplified → Traditional phrases and characters: the 繁體 view converts pages with it
 * in the browser (src/scripts/traditional-view.ts), and the search terms map (./search-terms)
 * writes the Traditional form of every name with it, so a name typed as the 繁體 view shows it is
 * found.
 */
import { ConverterFactory } from 'opencc-js/core'
import STCharacters from 'opencc-js/dict/STCharacters'
import STPhrases from 'opencc-js/dict/STPhrases'

export const toTraditional = ConverterFactory([STPhrases, STCharacters])
