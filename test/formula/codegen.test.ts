/**
 * Formulas compiled to JavaScript (codegen.ts) against mathjs, the
 * reference: random allow-listed expressions on random inputs give the same
 * number (bit for bit, NaN for NaN), or both fail.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { simulate } from "../../src/engine/simulate.js";
import type { EvaluateWithCode } from "../../src/formula/codegen.js";
import { compileFormula } from "../../src/formula/compile.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const NAMES = ["a", "b", "c"];
const KNOWN = new Set(NAMES);

/** Evaluate a formula both ways on one scope: mathjs' result (or "throws") and the generated code's. */
function both(text: string, scope: Record<string, number>): [unknown, unknown] {
  const f = compileFormula(text, KNOWN);
  const code = (f.evaluate as EvaluateWithCode).code!;
  const v = Float64Array.from([...code.refs.map((r) => scope[r]!), scope.year!, scope.t!]);
  const run = (g: () => number) => {
    try {
      return g();
    } catch {
      return "throws";
    }
  };
  return [run(() => f.evaluate(scope)), run(() => code.run(v))];
}

const same = (x: unknown, y: unknown) =>
  Object.is(x, y) || (x === 0 && y === 0 && Object.is(1 / (x as number), 1 / (y as number)));

/** Random expressions over the allow-list's syntax. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NAMES, "year", "t", "pi", "e", "true", "false"),
    fc.constantFrom("0", "1", "2", "0.5", "3", "1e-13", "1e300", "0.1", "10", "-1"),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => String(x)),
    fc
      .tuple(
        tie("e"),
        fc.constantFrom(
          "+",
          "-",
          "*",
          "/",
          "^",
          " mod ",
          "<",
          "<=",
          ">",
          ">=",
          "==",
          "!=",
          " and ",
          " or ",
          " xor ",
        ),
        tie("e"),
      )
      .map(([x, op, y]) => `(${x}${op}${y})`),
    tie("e").map((x) => `(-${x})`),
    tie("e").map((x) => `(not ${x})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([c, x, y]) => `(${c} ? ${x} : ${y})`),
    fc
      .tuple(
        fc.constantFrom(
          "abs",
          "sign",
          "exp",
          "expm1",
          "log",
          "log10",
          "log2",
          "log1p",
          "sqrt",
          "cbrt",
          "floor",
          "ceil",
          "round",
          "sin",
          "cos",
          "tan",
          "asin",
          "acos",
          "atan",
          "sinh",
          "cosh",
          "tanh",
        ),
        tie("e"),
      )
      .map(([f, x]) => `${f}(${x})`),
    fc
      .tuple(fc.constantFrom("pow", "atan2", "log", "round", "min", "max", "hypot"), tie("e"), tie("e"))
      .map(([f, x, y]) => `${f}(${x}, ${y})`),
    fc
      .array(tie("e"), { minLength: 1, maxLength: 4 })
      .chain((xs) => fc.constantFrom("min", "max", "hypot").map((f) => `${f}(${xs.join(", ")})`)),
  ),
})).e;

/** Input values: ordinary numbers, and the ones where the semantics differ (negatives, near-ties, specials). */
const value = fc.oneof(
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(
    0,
    -0,
    0.5,
    -0.5,
    1 + 1e-13,
    1 - 1e-13,
    1e-16,
    -8,
    2.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
);

describe("generated formulas", () => {
  it("give mathjs' number on random allow-listed expressions and inputs (bit for bit)", () => {
    fc.assert(
      fc.property(expr, value, value, value, fc.integer({ min: 2000, max: 2060 }), (text, a, b, c, year) => {
        const scope = { a, b, c, year, t: year - 2020 };
        let pair: [unknown, unknown];
        try {
          pair = both(text, scope);
        } catch {
          return; // refused by the allow-list's limits (length, nesting): not a formula
        }
        const [ref, gen] = pair;
        if (!same(ref, gen))
          throw new Error(`${text} at ${JSON.stringify(scope)}: mathjs ${ref}, generated ${gen}`);
      }),
      { numRuns: 3000, seed: 20 },
    );
  });

  it("row(): a level or growth row equals run() sample by sample, NaN where a reference is NaN", () => {
    fc.assert(
      fc.property(
        expr,
        fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 8 }),
        (text, samples) => {
          let code: NonNullable<EvaluateWithCode["code"]>;
          try {
            code = (compileFormula(text, KNOWN).evaluate as EvaluateWithCode).code!;
          } catch {
            return;
          }
          const n = samples.length;
          // rows: a, b, c columns (n each), then prev, then out
          const rows = new Float64Array(5 * n);
          samples.forEach(([a, b, c], j) => {
            rows[j] = a;
            rows[n + j] = b;
            rows[2 * n + j] = c;
            rows[3 * n + j] = 100 + j;
          });
          const offs = Int32Array.from(code.refs, (r) => NAMES.indexOf(r) * n);
          const scale = Float64Array.from(code.refs, () => 0.5);
          for (const growth of [false, true]) {
            let bad: number;
            try {
              bad = code.row(rows, offs, scale, n, 2030, 10, 4 * n, 3 * n, growth, 2);
            } catch {
              return; // a helper threw (mathjs does too): run() is compared above
            }
            for (let j = 0; j < (bad < 0 ? n : bad); j++) {
              const v = Float64Array.from([
                ...code.refs.map((r) => rows[NAMES.indexOf(r) * n + j]! * 0.5),
                2030,
                10,
              ]);
              const prev = rows[3 * n + j]!;
              const expected = v.some(Number.isNaN)
                ? Number.NaN
                : growth
                  ? prev * (1 + code.run(v))
                  : code.run(v) / 2;
              if (!same(rows[4 * n + j], expected))
                throw new Error(`${text}, sample ${j}: row ${rows[4 * n + j]}, run ${expected}`);
            }
            if (bad >= 0)
              expect(
                Number.isFinite(
                  code.run(
                    Float64Array.from([
                      ...code.refs.map((r) => rows[NAMES.indexOf(r) * n + bad]! * 0.5),
                      2030,
                      10,
                    ]),
                  ),
                ),
              ).toBe(false);
          }
        },
      ),
      { numRuns: 1000, seed: 21 },
    );
  });

  it.each([
    ["a * b + t", { a: 100, b: 0.5, year: 2025, t: 5 }, 55],
    ["(-8) ^ (1/3)", {}, -2], // mathjs predictable: a real odd root
    ["-7 mod 3", {}, 2], // mathjs mod: x − y·floor(x/y), not JavaScript's %
    ["1 + 1e-13 == 1", {}, 1], // comparisons within relTol 1e-12
    ["1 + 1e-13 > 1", {}, 0],
    ["max(2, 0/0, 3)", {}, Number.NaN],
    ["round(2.5) + round(-2.5)", {}, 0], // mathjs rounds halves away from zero: 3 + (−3)
    ["log(8, 2)", {}, 3],
    ["sqrt(-1)", {}, Number.NaN],
    ["true + true", {}, 2],
    ["a > b ? a : b", { a: 1, b: 4 }, 4],
    ["pi", {}, Math.PI],
  ])("%s = %s, as mathjs gives (hand-checked)", (text, s, expected) => {
    const scope = { a: 0, b: 0, c: 0, year: 2025, t: 5, ...s };
    const [ref, gen] = both(text, scope);
    expect(gen).toBe(expected);
    expect(ref).toBe(expected);
  });

  it("writes references as array slots and numbers as literals, never the formula's text", () => {
    const f = compileFormula("a * 2 + year", KNOWN);
    const code = (f.evaluate as EvaluateWithCode).code!;
    expect(code.source).toBe("((v[0] * (2)) + v[1])");
  });

  it("in Monte Carlo, a formula that divides by zero stops with E_FORMULA_EVAL at its line and year", async () => {
    const text = [
      "id: t",
      "title: t",
      "unit: 亿元",
      "base_year: 2022",
      "horizon: 2025",
      "sectors:",
      "  a: { baseline: 90~110, growth: 10% }",
      "  d:",
      '    value: { formula: "a / (year - 2024)" }',
    ].join("\n");
    const s = await loadScenarioText(text, "inline.yaml");
    const e = await simulate(s, { samples: 100, seed: 1 }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ChainsimError);
    const err = e as ChainsimError;
    expect(err.code).toBe("E_FORMULA_EVAL");
    expect(err.diagnostics[0]!.message).toContain("2024");
    expect(err.diagnostics[0]!.loc).toMatchObject({ file: "inline.yaml", line: 9 });
  });
});
