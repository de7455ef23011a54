import type { Command } from "commander";
import { backtest } from "../../analysis/backtest/backtest.js";
import { formatDiagnostic } from "../../diagnostics.js";
import { simulate } from "../../engine/simulate.js";
import type { Lang } from "../../i18n/lang.js";
import { backtestTable } from "../../report/backtest-output.js";
import { toJsonText } from "../../report/json.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { asOfDate, formatOption, langOption, loadOptions, withScenarioOptions } from "../options.js";
import { samplesOption, seedOption } from "./simulate.js";

interface BacktestOptions {
  variant?: string;
  set?: string[];
  allowOutsideIncludes?: boolean;
  asOf?: string;
  samples: string;
  seed: string;
  format: "table" | "json";
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("backtest")
      .description(
        "the projection as of --as-of against every actual published after it: percentiles, band coverage, calibration, goals on the wrong side of 50%",
      )
      .argument("<file>", "scenario file with dated actuals (.yaml or .json)"),
  )
    .option("--samples <n>", "number of samples", "10000")
    .option("--seed <seed>", "random seed: the same seed gives the same results", "1")
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .action(async (file: string, opts: BacktestOptions) => {
      const asOf = asOfDate(opts.asOf ?? "");
      const { asOf: _drop, ...rest } = opts;
      const full = await loadScenario(file, loadOptions(rest));
      for (const w of full.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const then = await loadScenario(file, loadOptions(opts));
      const sim = await simulate(then, { samples: samplesOption(opts.samples), seed: seedOption(opts.seed) });
      const r = backtest(full, then, sim, asOf);
      io.stdout(opts.format === "json" ? toJsonText(r) : backtestTable(r, opts.lang));
    });
}
