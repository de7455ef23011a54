import type { Command } from "commander";
import { baseFindings } from "../../analysis/findings/base.js";
import { costsFindings } from "../../analysis/findings/costs-findings.js";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import { USAGE } from "../../i18n/text/usage.js";
import { costsCsv } from "../../report/costs-csv.js";
import { toJsonText } from "../../report/json.js";
import type { Lang } from "../../report/run-output.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import {
  formatOption,
  intOption,
  langOption,
  loadOptions,
  outOption,
  progressOption,
  withScenarioOptions,
  workersOption,
} from "../options.js";
import { progressBar } from "../progress.js";
import { writeShardState } from "../shard-output.js";

interface CostsOptions {
  variant?: string;
  set?: string[];
  samples: string;
  seed: string;
  to?: string;
  workers: string;
  shard?: string;
  stateOut?: string;
  format: "table" | "json" | "csv" | "xlsx";
  out?: string;
  lang: Lang;
  progress?: boolean;
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
    .option(
      "--workers <w>",
      "threads: this one and W − 1 worker threads (the results do not depend on it)",
      "1",
    )
    .option("--shard <k/n>", "cost shard K of N only (blocks b with b mod N = K − 1); needs --state-out")
    .option("--state-out <file>", "write the mergeable state (for chainsim merge) instead of the statistics")
    .addOption(formatOption(["table", "json", "csv", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .addOption(progressOption())
    .action(async (file: string, opts: CostsOptions) => {
      const samples = intOption("--samples", opts.samples, 1, 10_000_000)!;
      const seed = intOption("--seed", opts.seed, 0, Number.MAX_SAFE_INTEGER)!;
      const to = intOption("--to", opts.to, 1949, 2100);
      const workers = workersOption(opts.workers, io, undefined, opts.lang);
      if (opts.shard !== undefined && opts.stateOut === undefined)
        fail("E_USAGE", { detail: USAGE.shardNeedsStateOut });
      const load = loadOptions(opts);
      const s = await loadScenario(file, load);
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const run = {
        samples,
        seed,
        workers,
        ...(to === undefined ? {} : { to }),
      };
      if (opts.stateOut !== undefined) {
        const { costsShard } = await import("../../analysis/policy/costs-shard.js");
        const { stateOut, shard } = opts;
        await writeShardState(io, { shard, stateOut, verb: "costing", lang: opts.lang }, (k, onProgress) =>
          costsShard(s, { ...run, onProgress }, k, { file, ...load }),
        );
        return;
      }
      // the simulation and its report load only for this command
      const [{ runCosts }, out] = await Promise.all([
        import("../../analysis/policy/simulate-costs.js"),
        import("../../report/costs-output.js"),
      ]);
      const bar = progressBar(io, { label: "costing", lang: opts.lang }, undefined, opts.progress === true);
      let r: Awaited<ReturnType<typeof runCosts>>;
      try {
        r = await runCosts(s, { ...run, onProgress: bar.update });
      } finally {
        bar.done();
      }
      const last = r.years[r.years.length - 1]!;
      if (opts.format === "json") io.stdout(toJsonText(out.costsJson(s, r, last)));
      else if (opts.format === "csv" || opts.format === "xlsx") {
        const f = { ...baseFindings(s, { seed, samples }), costs: costsFindings(r) };
        if (opts.format === "csv") io.stdout(costsCsv(f.costs));
        else await writeFindingsXlsx(f, opts.out, opts.lang, "costs");
      } else io.stdout(out.costsTable(s, r, opts.lang));
    });
}
