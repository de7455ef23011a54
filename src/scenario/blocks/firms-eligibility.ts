/**
 * Eligibility mappings (`eligible:` on events and instruments): firm
 * attributes with a test, checked with did-you-mean.
 *
 * ```yaml
 * eligible: { sector: [electronics, software], investment: { at_least: 5000万 }, growth: { above: city_average } }
 * ```
 */

import { EXPECTED, same } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import {
  COMPARE_OPS,
  type CompareOp,
  type Condition,
  FIRM_ATTRIBUTES,
  type FirmAttribute,
  FLAG_ATTRIBUTES,
  type FlagAttribute,
  NUMERIC_ATTRIBUTES,
  type NumericAttribute,
  SET_ATTRIBUTES,
  type SetAttribute,
} from "../../model/firm.js";
import type { Unit } from "../../model/units.js";
import { describeValue, type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { NormaliseContext } from "./context.js";

/** What reading an `eligible:` mapping needs to know. */
export interface EligibilityEnv {
  unit: Unit;
  sectors: readonly string[];
  tags: ReadonlySet<string>;
  /** An organisation type when the rule pays organisations (they have no firm attributes). */
  recipients: string | null;
  /** Whether `city_average` can be used (firms.city_average_growth is given). */
  cityAverage: boolean;
}

/**
 * Read an `eligible:` mapping (firm attribute → test) into conditions, or
 * undefined when a problem was reported.
 *
 * @example
 * readEligibility(ctx, { sector: "electronics", investment: { at_least: "5000万" } }, path, env)
 * // [{ kind: "set", attribute: "sector", values: ["electronics"] },
 * //  { kind: "compare", attribute: "investment", op: "at_least", value: 5000 }]
 */
export function readEligibility(
  ctx: NormaliseContext,
  raw: Record<string, unknown> | undefined,
  path: Path,
  env: EligibilityEnv,
): Condition[] | undefined {
  const out: Condition[] = [];
  let ok = true;
  for (const [key, value] of Object.entries(raw ?? {})) {
    const kp: Path = [...path, key];
    const line = ctx.lineOf(kp);
    if (!(FIRM_ATTRIBUTES as readonly string[]).includes(key)) {
      ctx.report(
        "E_UNKNOWN_FIRM_ATTRIBUTE",
        { attribute: key, suggestion: suggest(key, FIRM_ATTRIBUTES), known: [...FIRM_ATTRIBUTES] },
        kp,
        true,
      );
      ok = false;
      continue;
    }
    const attribute = key as FirmAttribute;
    if (env.recipients !== null) {
      ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients: env.recipients, attribute }, kp, true);
      ok = false;
      continue;
    }
    if ((SET_ATTRIBUTES as readonly string[]).includes(attribute)) {
      const values =
        typeof value === "string" ? [value] : Array.isArray(value) ? value.map(String) : undefined;
      if (!values) {
        ctx.report(
          "E_WRONG_TYPE",
          { expected: EXPECTED.attributeValues(attribute), found: describeValue(value) },
          kp,
        );
        ok = false;
        continue;
      }
      const pool = attribute === "sector" ? env.sectors : [...env.tags];
      values.forEach((v, i) => {
        if (!pool.includes(v)) {
          ctx.report(
            "E_FIRMS_UNKNOWN_REFERENCE",
            {
              kind: attribute === "sector" ? "firm sector" : "tag",
              name: v,
              suggestion: suggest(v, pool),
              table: attribute === "sector" ? "sectors" : "named, generated or entry (tags)",
            },
            typeof value === "string" ? kp : [...kp, i],
          );
          ok = false;
        }
      });
      out.push({ kind: "set", attribute: attribute as SetAttribute, values, line });
      continue;
    }
    if ((FLAG_ATTRIBUTES as readonly string[]).includes(attribute)) {
      if (typeof value !== "boolean") {
        ctx.report("E_WRONG_TYPE", { expected: EXPECTED.boolean, found: describeValue(value) }, kp);
        ok = false;
        continue;
      }
      out.push({ kind: "flag", attribute: attribute as FlagAttribute, value, line });
      continue;
    }
    // numeric attributes take a test: { at_least: 5000万 }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      ctx.report(
        "E_WRONG_TYPE",
        {
          expected: EXPECTED.attributeTest(attribute),
          found: describeValue(value),
        },
        kp,
      );
      ok = false;
      continue;
    }
    const m: MagnitudeContext =
      attribute === "growth" ? { kind: "rate" } : { kind: "amount", unit: env.unit };
    for (const [op, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined || !(COMPARE_OPS as readonly string[]).includes(op)) continue;
      const vp: Path = [...kp, op];
      if (v === "city_average") {
        if (attribute !== "growth") {
          ctx.report(
            "E_WRONG_TYPE",
            { expected: EXPECTED.amountNotCityAverage, found: same('"city_average"') },
            vp,
          );
          ok = false;
        } else if (!env.cityAverage) {
          ctx.report("E_MISSING_FIELD", { field: "firms.city_average_growth" }, vp);
          ok = false;
        } else
          out.push({
            kind: "compare",
            attribute: "growth",
            op: op as CompareOp,
            value: "city_average",
            line,
          });
        continue;
      }
      const parsed = ctx.attempt(vp, () => parseMagnitude(v, m));
      if (!parsed) {
        ok = false;
        continue;
      }
      out.push({
        kind: "compare",
        attribute: attribute as NumericAttribute,
        op: op as CompareOp,
        value: parsed.low,
        line,
      });
    }
  }
  return ok ? out : undefined;
}

/** Whether an attribute is an amount of money (what a rate can apply to). */
export function isAmountAttribute(a: string): a is NumericAttribute {
  return (NUMERIC_ATTRIBUTES as readonly string[]).includes(a) && a !== "growth";
}
