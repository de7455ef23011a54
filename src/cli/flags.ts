/**
 * Name the flag behind a library error. The engine and the analyses report
 * an out-of-range option as data (a code and its values, e.g.
 * E_YEAR_BEFORE_BASE { year, baseYear }); only the CLI knows which flag gave
 * the value, so it puts the flag where a file position would go:
 *
 *     --to: error E_YEAR_BEFORE_BASE: the year 2020 is before the base year 2022
 */
import type { Diagnostic } from "../diagnostics.js";
import type { MessageCode } from "../messages.js";

const FORMULA_CODES: MessageCode[] = [
  "E_FORMULA_SYNTAX",
  "E_FORMULA_FORBIDDEN",
  "E_FORMULA_UNKNOWN_NAME",
  "E_FORMULA_TOO_LONG",
  "E_FORMULA_TOO_DEEP",
  "E_FORMULA_TOO_COMPLEX",
];

/** The flag that carries the value each code reports: one flag, or one per command (with a default). */
const FLAGS: Partial<Record<MessageCode, string | Record<string, string>>> = {
  E_YEAR_BEFORE_BASE: { chain: "--year", default: "--to" },
  E_YEAR_NOT_PROJECTED: { chain: "--year", default: "--to" },
  E_YEAR_OUT_OF_RANGE: "--to",
  E_YEAR_BEFORE_PAYMENT: "--to",
  E_TOO_MANY_SAMPLES: "--samples",
  E_SHARD_SPEC: "--shard",
  // the formula of `sensitivity --output`; a scenario file's formulas carry their position
  ...Object.fromEntries(FORMULA_CODES.map((code) => [code, { sensitivity: "--output" }])),
};

/** The flag behind a diagnostic's code in a command, if a flag gave the value. */
export function flagFor(code: MessageCode, command: string | undefined): string | undefined {
  const f = FLAGS[code];
  if (f === undefined || typeof f === "string") return f;
  return (command !== undefined ? f[command] : undefined) ?? f.default;
}

/** Give each diagnostic without a position the flag behind it (in place). */
export function nameFlags(diagnostics: Diagnostic[], command: string | undefined): void {
  for (const d of diagnostics) {
    const flag = d.loc ? undefined : flagFor(d.code, command);
    if (flag) d.loc = { file: flag, line: 0, col: 0 };
  }
}
