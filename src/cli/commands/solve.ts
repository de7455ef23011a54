import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import { loadScenario } from "../../scenario/load.js";
import { parseMagnitude } from "../../scenario/magnitude.js";
import type { Io } from "../io.js";
import { formatOption, intOption, loadOptions, withScenarioOptions } from "../options.js";

interface SolveOptions {
  variant?: string;
  set?: string[];
  target: string;
  for: string;
  probability?: string;
  range?: string;
  samples?: string;
  seed: string;
  format: "table" | "json";
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("solve")
      .description(
        "goal seeking: the value of an assumption at which a goal is just met (or met with a probability)",
      )
      .argument("<file>", "scenario file (.yaml or .json)")
      .requiredOption("--target <id>", "the goal")
      .requiredOption("--for <input>", "the assumption to solve for, e.g. software.growth"),
  )
    .option("--probability <p>", "required probability, e.g. 80%")
    .option(
      "--range <low:high>",
      "search range, e.g. 0%:40% (default: -50%:200% for rates, 0 to 10× the high end for amounts)",
    )
    .option("--samples <n>", "samples for --probability (common random numbers)", "4000")
    .option("--seed <seed>", "random seed", "1")
    .addOption(formatOption(["table", "json"], "table"))
    .action(async (file: string, opts: SolveOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      const { modelFunction } = await import("../../analysis/sensitivity/model-function.js");
      const { solve } = await import("../../analysis/sensitivity/solve.js");
      const out = await import("../../report/sensitivity-output.js");
      const probability =
        opts.probability === undefined ? undefined : readShare("--probability", opts.probability);
      if (probability !== undefined && (probability <= 0 || probability >= 1)) {
        fail("E_USAGE", {
          detail: `--probability must be between 0% and 100% (exclusive), not ${opts.probability}`,
        });
      }
      // the other inputs keep their joint distribution; the searched one is fixed, so it leaves
      // the copula, as an input fixed by --set does in simulate
      const f = await modelFunction(
        s,
        { kind: "margin", target: opts.target },
        { include: [opts.for], correlate: { except: [opts.for] } },
      );
      const index = f.inputs.findIndex((i) => i.name === opts.for);
      const inp = f.inputs[index]!;
      const isRate = inp.role !== "baseline";
      let low: number;
      let high: number;
      if (opts.range) {
        const [a, b] = opts.range.split(":");
        if (a === undefined || b === undefined)
          fail("E_USAGE", { detail: `--range takes LOW:HIGH, not "${opts.range}"` });
        const unit = s.quantities.get(inp.quantity)!.unit;
        const read = (t: string) =>
          isRate ? parseMagnitude(t, { kind: "rate" }).low : parseMagnitude(t, { kind: "amount", unit }).low;
        low = read(a);
        high = read(b);
        if (!(low < high)) fail("E_USAGE", { detail: `--range ${opts.range} must run from low to high` });
      } else {
        [low, high] = isRate ? [-0.5, 2] : [0, 10 * Math.max(inp.value.high, 1)];
      }
      const samples = intOption("--samples", opts.samples, 10, 1_000_000)!;
      const res = solve(f, (x) => f.evaluate(x), {
        input: index,
        low,
        high,
        ...(probability !== undefined ? { probability, samples, seed: opts.seed } : {}),
      });
      if (opts.format === "json") {
        const json = out.sensitivityJson(
          s,
          f,
          "solve",
          {
            for: opts.for,
            target: opts.target,
            probability: probability ?? null,
            range: [low, high],
            ...res,
          },
          {
            seed: opts.seed,
            samples: probability !== undefined ? samples : 0,
          },
        );
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else io.stdout(out.solveText(s, inp, opts.target, res, probability));
    });
}

function readShare(name: string, text: string): number {
  try {
    return parseMagnitude(text, { kind: "share" }).low;
  } catch {
    return fail("E_USAGE", { detail: `${name} must be a probability such as 80% or 0.8, not "${text}"` });
  }
}
