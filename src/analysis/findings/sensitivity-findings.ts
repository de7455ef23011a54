/**
 * Tornado and Sobol indices of one goal's gap as a Findings part (the
 * report's chart 7). The sensitivity analysis itself lives in
 * analysis/sensitivity; this runs the two methods the report draws.
 */
import { populationInputLabel } from "../../engine/population/inputs.js";
import type { Bilingual } from "../../i18n/lang.js";
import type { SensitivityFindings } from "../../model/findings.js";
import type { Input } from "../../model/inputs.js";
import type { Scenario } from "../../model/scenario.js";
import { num } from "./scenario-facts.js";

/** Sobol base samples when none are given. */
export const DEFAULT_SENSITIVITY_SAMPLES = 1024;

export async function sensitivityFindings(
  s: Scenario,
  target: string,
  opts: { samples?: number; seed: number },
): Promise<SensitivityFindings> {
  const [{ modelFunction }, { tornado }, { sobol }, { correlatedInputs }] = await Promise.all([
    import("../sensitivity/model-function.js"),
    import("../sensitivity/tornado.js"),
    import("../sensitivity/sobol.js"),
    import("../sensitivity/copula.js"),
  ]);
  const samples = opts.samples ?? DEFAULT_SENSITIVITY_SAMPLES;
  const f = await modelFunction(s, { kind: "gap", target });
  const tor = tornado(f);
  const sob = sobol(f, { samples, seed: opts.seed });
  return {
    target,
    samples,
    seed: opts.seed,
    tornado: {
      base: num(tor.base),
      bars: tor.bars.map((b) => ({
        input: b.input,
        low: { value: num(b.low.value), output: num(b.low.output) },
        high: { value: num(b.high.value), output: num(b.high.output) },
      })),
    },
    sobol: {
      indices: sob.indices.map((x) => ({
        input: x.input,
        first: num(x.first),
        first_ci: [num(x.firstCi[0]), num(x.firstCi[1])],
        total: num(x.total),
        total_ci: [num(x.totalCi[0]), num(x.totalCi[1])],
      })),
    },
    independent: correlatedInputs(s, f.inputs).map((i) => f.inputs[i]!.name),
    inputs: f.inputs.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      role: i.role,
      ...populationLabel(s, i),
    })),
  };
}

/** A firm population's input: its name in both languages (a quantity's input is named by its quantity). */
function populationLabel(s: Scenario, i: Input): { label?: Bilingual } {
  if (!i.firm) return {};
  const zh = populationInputLabel(s, i.name, "zh");
  const en = populationInputLabel(s, i.name, "en");
  return zh && en ? { label: { zh, en } } : {};
}
