import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { CompareColumn } from "../../report/compare-output.js";
import type { Lang } from "../../report/run-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { collect, formatOption, langOption } from "../options.js";
import { progressBar } from "../progress.js";
import { samplesOption, seedOption } from "./simulate.js";

interface CompareOptions {
  variants?: string;
  set: string[];
  samples: string;
  seed: string;
  lhs?: boolean;
  format: "table" | "json" | "csv";
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  program
    .command("compare")
    .description(
      "variants (and a second scenario file) side by side: projections and goal probabilities, with differences from the first",
    )
    .argument("<file>", "scenario file (.yaml or .json)")
    .argument("[file2]", "a second scenario file to compare with")
    .option(
      "--variants <names>",
      'comma-separated variants; "base" is the scenario without a variant (default: base and every variant of FILE)',
    )
    .option("--set <path=value>", "override an assumption in every column (repeatable)", collect, [])
    .option(
      "--samples <n>",
      "samples per column, with common random numbers; 0 for central assumptions only",
      "10000",
    )
    .option("--seed <seed>", "random seed", "1")
    .option("--lhs", "Latin hypercube sampling")
    .addOption(formatOption(["table", "json", "csv"], "table"))
    .addOption(langOption())
    .action(async (file: string, file2: string | undefined, opts: CompareOptions) => {
      const samples = samplesOption(opts.samples, true);
      const seed = seedOption(opts.seed);
      const files = file2 ? [file, file2] : [file];
      const [{ simulate }, { evaluateTargets }, { project }, out] = await Promise.all([
        import("../../engine/simulate.js"),
        import("../../analysis/targets.js"),
        import("../../engine/project.js"),
        import("../../report/compare-output.js"),
      ]);
      const columns: CompareColumn[] = [];
      const plan: Array<{ file: string; variant: string | null; label: string }> = [];
      for (const f of files) {
        const base = await loadScenario(f, { set: opts.set });
        for (const w of base.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
        const names = opts.variants
          ? opts.variants
              .split(",")
              .map((v) => v.trim())
              .filter(Boolean)
          : file2
            ? ["base"]
            : ["base", ...base.variants];
        for (const v of names) {
          const variant = v === "base" ? null : v;
          plan.push({ file: f, variant, label: file2 ? `${base.id}/${v}` : v });
        }
      }
      const bar = progressBar(io, "comparing");
      const total = plan.length * Math.max(samples, 1);
      try {
        for (const [k, p] of plan.entries()) {
          const s = await loadScenario(p.file, {
            set: opts.set,
            ...(p.variant ? { variant: p.variant } : {}),
          });
          const projection = project(s);
          const simulation =
            samples > 0
              ? await simulate(s, {
                  samples,
                  seed,
                  lhs: opts.lhs === true,
                  onProgress: (done) => bar.update(k * samples + done, total),
                })
              : null;
          columns.push({
            label: p.label,
            scenario: s,
            projection,
            results: evaluateTargets(s, projection),
            simulation,
          });
        }
      } finally {
        bar.done();
      }
      const settings = {
        samples,
        seed,
        method: samples > 0 ? (opts.lhs ? "latin-hypercube" : "monte-carlo") : null,
      };
      if (opts.format === "json")
        io.stdout(`${JSON.stringify(out.compareJson(columns, settings), null, 2)}\n`);
      else if (opts.format === "csv") io.stdout(out.compareCsv(columns, settings));
      else io.stdout(out.compareTable(columns, settings, opts.lang));
    });
}
