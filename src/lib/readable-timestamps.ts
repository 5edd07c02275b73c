/** Text with each machine timestamp ("2026-11-26T00:41:35.254Z") written as a date and a UTC time to the minute. */
export function readableTimestamps(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z\b/g, '$1 $2 UTC');
}
