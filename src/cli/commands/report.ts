import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../report/labels.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { langOption, loadOptions, withScenarioOptions } from "../options.js";
import { progressBar } from "../progress.js";
import { samplesOption, seedOption } from "./simulate.js";

interface ReportCliOptions {
  variant?: string;
  set?: string[];
  output?: string;
  samples: string;
  seed: string;
  png?: boolean;
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("report")
      .description(
        "write a report folder: report.html (self-contained, charts inline), summary.md, charts/*.svg, data/*.csv and *.parquet, manifest.json",
      )
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .option("-o, --output <dir>", "output folder (default: out/<scenario id>/)")
    .option(
      "--samples <n>",
      "Monte Carlo samples, 0 for none (fan chart and probabilities need them)",
      "10000",
    )
    .option("--seed <seed>", "random seed: the same seed gives byte-identical files", "1")
    .option("--png", "also render each chart to charts/*.png (with a bundled CJK font)")
    .addOption(langOption())
    .action(async (file: string, opts: ReportCliOptions) => {
      const samples = samplesOption(opts.samples, true);
      const seed = seedOption(opts.seed);
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      // jsdom, Plot, resvg and the engine load only for this command
      const { writeReport } = await import("../../report/report.js");
      const bar = progressBar(io, "simulating");
      let html: string;
      try {
        html = (
          await writeReport(
            s,
            { samples, seed, lang: opts.lang, png: opts.png === true, onProgress: bar.update },
            opts.output,
          )
        ).html;
      } finally {
        bar.done();
      }
      io.stdout(`${html}\n`);
    });
}
