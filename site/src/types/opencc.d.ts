// OpenCC's dictionaries as ES modules (opencc-js ships no types for these paths).
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
