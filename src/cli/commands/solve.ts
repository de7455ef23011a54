import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { USAGE } from "../../i18n/text/usage.js";
import { loadScenario } from "../../scenario/load.js";
import { parseMagnitude } from "../../scenario/magnitude.js";
import type { Io } from "../io.js";
import {
  type CommonOptions,
  formatOption,
  intOption,
  langOption,
  loadOptions,
  withScenarioOptions,
} from "../options.js";

interface SolveOptions extends CommonOptions {
  variant?: string;
  set?: string[];
  target: string;
  for: string;
  probability?: string;
  range?: string;
  samples?: string;
  seed: string;
  format: "table" | "json";
  lang: Lang;
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
    .addOption(langOption())
    .action(async (file: string, opts: SolveOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const { solveGoal } = await import("../../analysis/sensitivity/solve-goal.js");
      const out = await import("../../report/sensitivity-output.js");
      const probability =
        opts.probability === undefined ? undefined : readShare("--probability", opts.probability);
      if (probability !== undefined && (probability <= 0 || probability >= 1)) {
        fail("E_USAGE", { detail: USAGE.probabilityOpen(String(opts.probability)) });
      }
      const samples = intOption("--samples", opts.samples, 10, 1_000_000)!;
      const run = await solveGoal(s, {
        target: opts.target,
        for: opts.for,
        ...(probability !== undefined ? { probability } : {}),
        ...(opts.range
          ? { range: opts.range, readRangeEnd: (t: string, as) => parseMagnitude(t, as).low }
          : {}),
        samples,
        seed: opts.seed,
      });
      io.stdout(out.renderSolve(s, run, opts.target, probability, opts.seed, opts.format, opts.lang));
    });
}

function readShare(name: string, text: string): number {
  try {
    return parseMagnitude(text, { kind: "share" }).low;
  } catch {
    return fail("E_USAGE", { detail: USAGE.probabilityText(name, text) });
  }
}
