/** Text with each machine timestamp ("2026-11-26T00:41:35.254Z") written as a date and a UTC time to the minute. */
export function readableTimestamps(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z\b/g, '$1 $2 UTC');
}

/**
 * How many records a corpus holds and its snapshot, one way everywhere: "1,896 records (last updated 2026-11-27 18:17
 * UTC)". A snapshot that starts with the count already ("1896 articles, last updated ...") does not say it twice.
 */
export function corpusSize(records: number, snapshot: string): string {
  const rest = readableTimestamps(snapshot.replace(/^\d[\d,]*\s+(?:articles?|records?)\b,?\s*/, '')).trim();
  return `${records.toLocaleString('en-US')} ${records === 1 ? 'record' : 'records'}${rest ? ` (${rest})` : ''}`;
}
