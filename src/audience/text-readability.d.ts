// text-readability ships no types; this declares only the part clinq calls.
declare module 'text-readability' {
  const readability: { syllableCount(text: string, lang?: string): number };
  export default readability;
}
