import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { USAGE } from "../../i18n/text/usage.js";
import { toJsonText } from "../../report/json.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { openScenario } from "../../scenario/load.js";
import { isSweepArg, parseSweep, sweepGrid } from "../../scenario/sweep.js";
import type { Io } from "../io.js";
import {
  allowOutsideOption,
  asOfDate,
  asOfOption,
  type CommonOptions,
  collect,
  formatOption,
  langOption,
  outOption,
} from "../options.js";
import { progressBar } from "../progress.js";
import { samplesOption, seedOption } from "./simulate.js";

interface SweepOptions extends CommonOptions {
  variant?: string;
  set: string[];
  samples: string;
  seed: string;
  lhs?: boolean;
  allowOutsideIncludes?: boolean;
  goals?: string;
  format: "table" | "json" | "csv" | "xlsx";
  lang: Lang;
  out?: string;
  asOf?: string;
}

export function register(program: Command, io: Io): void {
  program
    .command("sweep")
    .description("goal probabilities over a grid of one or two assumptions (--set PATH=FROM:TO:STEP)")
    .argument("<file>", "scenario file (.yaml or .json)")
    .option(
      "--set <path=from:to:step>",
      "sweep an assumption, e.g. software.growth=5%:20%:1% (once or twice); PATH=VALUE fixes one",
      collect,
      [],
    )
    .option("--variant <name>", "apply a variant defined in the file")
    .option("--samples <n>", "samples per point (common random numbers); 0 for central projections", "1000")
    .option("--seed <seed>", "random seed", "1")
    .option("--lhs", "Latin hypercube sampling")
    .addOption(allowOutsideOption())
    .option("--goals <ids>", "comma-separated goal ids to show (default: all)")
    .addOption(asOfOption())
    .addOption(formatOption(["table", "json", "csv", "xlsx"], "table"))
    .addOption(langOption())
    .addOption(outOption())
    .action(async (file: string, opts: SweepOptions) => {
      const samples = samplesOption(opts.samples, true);
      const seed = seedOption(opts.seed);
      const sweeps = opts.set.filter(isSweepArg).map(parseSweep);
      const fixed = opts.set.filter((a) => !isSweepArg(a));
      if (sweeps.length === 0 || sweeps.length > 2) {
        fail("E_USAGE", { detail: USAGE.sweepArity(sweeps.length) });
      }
      const grid = sweepGrid(sweeps);
      const variant = {
        ...(opts.variant ? { variant: opts.variant } : {}),
        ...(opts.allowOutsideIncludes ? { allowOutsideIncludes: true } : {}),
        ...(opts.asOf === undefined ? {} : { asOf: asOfDate(opts.asOf) }),
      };
      // read and parsed once: each grid point loads a copy with its own --set values
      const opened = await openScenario(file);
      const base = await opened.load({ ...variant, set: fixed });
      for (const w of base.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const goals = (opts.goals ?? "")
        .split(",")
        .map((g) => g.trim())
        .filter(Boolean);
      const [{ sweep }, out] = await Promise.all([
        import("../../analysis/sweep.js"),
        import("../../report/sweep-output.js"),
      ]);
      const bar = progressBar(io, { label: "sweeping", lang: opts.lang });
      let f: Awaited<ReturnType<typeof sweep>>;
      try {
        f = await sweep(grid, (sets) => opened.load({ ...variant, set: [...fixed, ...sets] }), {
          parameters: sweeps.map((w) => ({ path: w.path, values: w.values })),
          samples,
          seed,
          lhs: opts.lhs === true,
          goals,
          onProgress: bar.update,
        });
      } finally {
        bar.done();
      }
      if (opts.format === "json") io.stdout(toJsonText(out.sweepJson(f)));
      else if (opts.format === "csv") io.stdout(out.sweepCsv(f));
      else if (opts.format === "xlsx") await writeFindingsXlsx(f, opts.out, opts.lang, "sweep");
      else io.stdout(out.sweepTable(f, opts.lang));
    });
}
