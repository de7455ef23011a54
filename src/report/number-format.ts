/**
 * The one `Intl.NumberFormat` per number of decimals that every output
 * shares: thousands separators (en-US digits, as Chinese statistical
 * bulletins print them too), at most `max` decimals and at least `min`.
 * Each format is built on first use and kept: a table or a check report
 * formats thousands of numbers, and the first `Intl.NumberFormat` of a
 * process loads ICU's number data (about 10 ms), which a command that prints
 * no number (`validate`) then never pays.
 */

const formats = new Map<number, Intl.NumberFormat>();

/**
 * The shared format with `min` to `max` decimals (default: exactly `max`).
 *
 * @example
 * grouped(1).format(22000) // "22,000.0"
 * grouped(2, 0).format(1.25) // "1.25"
 * grouped(2, 0).format(3) // "3"
 */
export function grouped(max: number, min = max): Intl.NumberFormat {
  const key = max * 32 + min;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formats.set(key, f);
  }
  return f;
}
