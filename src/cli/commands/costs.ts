import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../report/run-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { formatOption, intOption, langOption, loadOptions, withScenarioOptions } from "../options.js";

interface CostsOptions {
  variant?: string;
  set?: string[];
  samples: string;
  seed: string;
  to?: string;
  format: "table" | "json";
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("costs")
      .description(
        "what a subsidy schedule costs each year (expected, P50, P90), by instrument and sector, and whether the firm goals hold",
      )
      .argument("<file>", "scenario file with firms and instruments (.yaml or .json)"),
  )
    .option("--samples <n>", "number of samples, 1 to 10,000,000 (memory does not grow with it)", "10000")
    .option("--seed <seed>", "random seed: the same seed gives the same results", "1")
    .option("--to <year>", "last year costed (default: two years past the horizon)")
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .action(async (file: string, opts: CostsOptions) => {
      const samples = intOption("--samples", opts.samples, 1, 10_000_000)!;
      const seed = intOption("--seed", opts.seed, 0, Number.MAX_SAFE_INTEGER)!;
      const to = intOption("--to", opts.to, 1949, 2100);
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      // the simulation and its report load only for this command
      const [{ simulateCosts }, out] = await Promise.all([
        import("../../analysis/policy/simulate-costs.js"),
        import("../../report/costs-output.js"),
      ]);
      const r = simulateCosts(s, to === undefined ? { samples, seed } : { samples, seed, to });
      const last = r.years[r.years.length - 1]!;
      if (opts.format === "json") io.stdout(`${JSON.stringify(out.costsJson(s, r, last), null, 2)}\n`);
      else io.stdout(out.costsTable(s, r, opts.lang));
    });
}
