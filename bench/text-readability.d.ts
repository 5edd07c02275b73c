// text-readability ships no types; this declares only the part the benchmarks call.
declare module 'text-readability' {
  const readability: { syllableCount(text: string, lang?: string): number };
  export default readability;
}
