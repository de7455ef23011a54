import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { USAGE } from "../../i18n/text/usage.js";
import type { PublishedFigure } from "../../model/published-figure.js";
import type { Scenario } from "../../model/scenario.js";
import { toJsonText } from "../../report/json.js";
import { openScenario } from "../../scenario/load.js";
import { findFiguresFile, readFiguresFile } from "../../scenario/published-figures.js";
import type { Io } from "../io.js";
import { asOfDate, formatOption, langOption, loadOptions, withScenarioOptions } from "../options.js";
import { samplesOption, seedOption } from "./simulate.js";

interface BacktestOptions {
  variant?: string;
  set?: string[];
  allowOutsideIncludes?: boolean;
  asOf?: string;
  figures?: string | false;
  chart?: string;
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
    .option(
      "--figures <file>",
      "published figures to place when the scenario holds no dated actual for a year (default: the nearest seeds/figures.yaml)",
    )
    .option("--no-figures", "place only the scenario's own actuals")
    .option("--chart <file>", "also write the calibration chart (PIT) to FILE (.svg or .png)")
    .option("--samples <n>", "number of samples", "10000")
    .option("--seed <seed>", "random seed: the same seed gives the same results", "1")
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .action(async (file: string, opts: BacktestOptions) => {
      const asOf = asOfDate(opts.asOf ?? "");
      if (opts.chart !== undefined && !/\.(svg|png)$/i.test(opts.chart))
        fail("E_USAGE", { detail: USAGE.chartFile(opts.chart) });
      const { asOf: _drop, figures: _f, ...rest } = opts;
      const opened = await openScenario(file);
      const full = await opened.load(loadOptions(rest));
      for (const w of full.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const then = await opened.load(loadOptions(opts));
      // the engine and the backtest load only for this command (not at every command's start)
      const [{ simulate }, { backtest }, { backtestTable }] = await Promise.all([
        import("../../engine/simulate.js"),
        import("../../analysis/backtest/backtest.js"),
        import("../../report/backtest-output.js"),
      ]);
      const sim = await simulate(then, { samples: samplesOption(opts.samples), seed: seedOption(opts.seed) });
      const r = backtest(full, then, sim, asOf, regionFigures(full, file, opts.figures));
      if (opts.chart !== undefined) {
        // Plot and jsdom load only when a chart is asked for
        const { writeCalibrationChart } = await import("../../report/calibration-file.js");
        await writeCalibrationChart(r, opts.chart, opts.lang);
      }
      io.stdout(opts.format === "json" ? toJsonText(r) : backtestTable(r, opts.lang));
    });
}

/**
 * The published figures of the scenario's region: from --figures FILE, or the
 * nearest seeds/figures.yaml; none with --no-figures. The region is that of the
 * documents the scenario cites (goals.yaml beside the figures file).
 */
function regionFigures(s: Scenario, file: string, option: string | false | undefined): PublishedFigure[] {
  if (option === false) return [];
  const path = option ?? findFiguresFile(file);
  if (!path) return [];
  const f = readFiguresFile(path);
  const regions = new Set(Object.values(s.documents).map((d) => f.regions.get(d)));
  return f.figures.filter((x) => regions.has(x.region));
}
