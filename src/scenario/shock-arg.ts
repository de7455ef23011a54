/**
 * Shocks as a user writes them (`--shock terminals=-10%`, `--supply-shock
 * terminals=-600亿`): read by the loader's magnitude reader, so they take the
 * same numbers as the file does. Relative when the change ends in % or ‰ (of
 * the sector's final demand or primary inputs), else an amount in the
 * scenario's unit (a bare number is in that unit).
 */
import { ChainsimError, diagnostic, diagnosticBilingual, fail } from "../diagnostics.js";
import { SHOCK } from "../i18n/text/loader.js";
import { suggest } from "../messages.js";
import type { Shock } from "../model/shock.js";
import type { Unit } from "../model/units.js";
import { parseMagnitude } from "./magnitude.js";

/**
 * Read `SECTOR=CHANGE` for `--shock` or `--supply-shock`.
 *
 * @example
 * parseShock("terminals=-10%", "--shock", unit, ["ic", "terminals"])
 * // { sector: "terminals", kind: "relative", value: -0.1, arg: "terminals=-10%" }
 * parseShock("terminals=-600亿", "--shock", unit, ["ic", "terminals"])
 * // { sector: "terminals", kind: "absolute", value: -600, … } (in 亿元)
 */
export function parseShock(arg: string, flag: string, unit: Unit, sectors: readonly string[]): Shock {
  const loc = { file: `${flag} ${arg}`, line: 0, col: 0 };
  const eq = arg.indexOf("=");
  if (eq <= 0) fail("E_SHOCK_SYNTAX", { arg, reason: SHOCK.form }, loc);
  const sector = arg.slice(0, eq).trim();
  const text = arg.slice(eq + 1).trim();
  if (!sectors.includes(sector)) {
    fail("E_LINK_UNKNOWN_SECTOR", { name: sector, suggestion: suggest(sector, sectors) }, loc);
  }
  if (text === "") fail("E_SHOCK_SYNTAX", { arg, reason: SHOCK.missing }, loc);
  const relative = /[%‰]\s*$/.test(text);
  try {
    const m = relative
      ? parseMagnitude(text, { kind: "rate" })
      : parseMagnitude(text, { kind: "amount", unit, allowNegative: true });
    if (m.low !== m.high) fail("E_SHOCK_SYNTAX", { arg, reason: SHOCK.oneNumber }, loc);
    return { sector, kind: relative ? "relative" : "absolute", value: m.low, arg };
  } catch (e) {
    if (!(e instanceof ChainsimError) || e.diagnostics.some((d) => d.loc)) throw e;
    throw new ChainsimError(
      e.diagnostics.map((d) => ({
        ...diagnostic("E_SHOCK_SYNTAX", { arg, reason: diagnosticBilingual(d) }),
        loc,
      })),
    );
  }
}
