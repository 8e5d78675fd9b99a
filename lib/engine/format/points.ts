/**
 * Points as people read them: whole numbers, and one decimal only when the fraction is the point
 * ("1.8 of 3" for a partial verdict). A fraction never rounds to a whole number: 6.99 of 7 is "6.9",
 * not a "7" that reads as full marks, and 0.04 is "0.1", not a "0" that reads as none.
 * Stored scores keep their two decimals; only the text rounds.
 */
export function shownPoints(n: number): string {
  if (!Number.isFinite(n)) return '?';
  if (Number.isInteger(n)) return String(n);
  let tenths = Math.round(n * 10);
  if (tenths % 10 === 0) tenths += n * 10 < tenths ? -1 : 1;
  return (tenths / 10).toFixed(1);
}

/** A total ("335 of 658 points", a category's sum): whole, as no one reads a total's tenths. */
export function wholePoints(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n)) : '?';
}
