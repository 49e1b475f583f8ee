/** "3, 6 och 12" → [3, 6, 12]: every whole number in the text, in the order written (the server sorts). */
export const parseMonths = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

/** One label a line; blank lines left out. */
export const parseLabels = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
