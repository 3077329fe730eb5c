/** Small wording helpers shared by pages, reports and messages. */

/** "1 event", "2 events": a count with its noun, in the singular only for one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
