/**
 * A cheap bound on the work of parsing a scenario, before the YAML library
 * builds its syntax tree (which costs about 2 KB of memory and several
 * microseconds per entry: 4.9 MB of mappings took 38 s and 620 MB).
 */

/**
 * Count the entries of a YAML (or JSON) text in one linear pass: every line
 * that is not blank or a comment (a mapping entry, a list item, a line of a
 * block scalar), every `[` or `{` opened and every `,` inside brackets —
 * an upper bound on the keys and values the parser creates. Quotes and
 * comments are skipped. Returns the count and where it first passes `max`
 * (the scan stops there), or the whole text's count and offset −1.
 *
 * @example
 * scanEntries("a: 1\nb: [1, 2, 3]\n", 3) // { count: 4, offset: 10 } (the first ",")
 * scanEntries("a: 1\nb: [1, 2, 3]\n", 10) // { count: 5, offset: -1 }
 */
export function scanEntries(text: string, max: number): { count: number; offset: number } {
  let count = 0;
  let quote = "";
  let flow = 0;
  let lineStart = true;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 10 /* \n */) {
      lineStart = true;
      continue;
    }
    if (quote) {
      if (ch === 92 /* \\ */ && quote === '"') k++;
      else if (text[k] === quote) quote = "";
      continue;
    }
    if (lineStart) {
      if (ch === 32 || ch === 9 || ch === 13) continue;
      lineStart = false;
      if (ch === 35 /* # */) {
        while (k < text.length && text.charCodeAt(k) !== 10) k++;
        k--;
        continue;
      }
      if (++count > max) return { count, offset: k };
    }
    if (ch === 34 || ch === 39) {
      const prev = text[k - 1];
      if (
        prev === undefined ||
        prev === " " ||
        prev === "[" ||
        prev === "{" ||
        prev === "," ||
        prev === ":" ||
        prev === "\n"
      )
        quote = text[k]!;
    } else if (ch === 35 && (text[k - 1] === " " || text[k - 1] === "\t")) {
      while (k < text.length && text.charCodeAt(k) !== 10) k++;
      k--;
    } else if (ch === 91 || ch === 123) {
      flow++;
      if (++count > max) return { count, offset: k };
    } else if ((ch === 93 || ch === 125) && flow > 0) flow--;
    else if (ch === 44 && flow > 0 && ++count > max) return { count, offset: k };
  }
  return { count, offset: -1 };
}
