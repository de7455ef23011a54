import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../report/labels.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { intOption, langOption, loadOptions, withScenarioOptions } from "../options.js";
import { progressBar } from "../progress.js";
import { samplesOption, seedOption } from "./simulate.js";

interface ReportCliOptions {
  variant?: string;
  set?: string[];
  output?: string;
  samples: string;
  seed: string;
  png?: boolean;
  interactive?: boolean;
  lang: Lang;
  sensitivity?: string;
  sensitivitySamples?: string;
  shock?: string;
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
    .option(
      "--interactive",
      "also write interactive.html: sliders for the assumptions, recomputed in the browser (works offline)",
    )
    .option("--sensitivity <goal>", "add tornado and Sobol charts of this goal's gap (projected − goal)")
    .option("--sensitivity-samples <n>", "Sobol base samples N for --sensitivity (default 1024)")
    .option(
      "--shock <sector=change>",
      "the demand shock drawn in the industry-chain chart (default: the sector with the largest final demand, -10%)",
    )
    .addOption(langOption())
    .action(async (file: string, opts: ReportCliOptions) => {
      const samples = samplesOption(opts.samples, true);
      const seed = seedOption(opts.seed);
      const sensitivitySamples = intOption("--sensitivity-samples", opts.sensitivitySamples, 2, 10_000_000);
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      // jsdom, Plot, resvg and the engine load only for this command
      const { writeReport } = await import("../../report/report.js");
      const bar = progressBar(io, { label: "simulating", lang: opts.lang });
      let written: { html: string; dir: string };
      try {
        written = await writeReport(
          s,
          {
            samples,
            seed,
            lang: opts.lang,
            png: opts.png === true,
            onProgress: bar.update,
            ...(opts.sensitivity ? { sensitivityGoal: opts.sensitivity } : {}),
            ...(sensitivitySamples === undefined ? {} : { sensitivitySamples }),
            ...(opts.shock ? { shock: opts.shock } : {}),
          },
          opts.output,
        );
      } finally {
        bar.done();
      }
      io.stdout(`${written.html}\n`);
      if (opts.interactive) {
        const { writeInteractive } = await import("../../page/write.js");
        // the page runs the report's samples and seed (none asked for: the page's own)
        const run = samples > 0 ? { samples, seed } : undefined;
        io.stdout(`${writeInteractive(s, file, loadOptions(opts), written.dir, opts.lang, run)}\n`);
      }
    });
}
