/**
 * A search query in Simplified characters: Taiwan and Hong Kong variant forms first, then OpenCC's
 * Traditional → Simplified phrases and characters (tens of kilobytes, loaded by the search page only).
 */
import { ConverterFactory } from 'opencc-js/core'
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev'
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TSPhrases from 'opencc-js/dict/TSPhrases'
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev'
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases'

export const simplifiedQuery = ConverterFactory([TWVariantsRevPhrases, TWVariantsRev], [HKVariantsRevPhrases, HKVariantsRev], [TSPhrases, TSCharacters])
