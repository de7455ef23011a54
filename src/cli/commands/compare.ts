import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { toJsonText } from "../../report/json.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { type OpenedScenario, openScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import {
  allowOutsideOption,
  asOfDate,
  asOfOption,
  collect,
  formatOption,
  langOption,
  outOption,
} from "../options.js";
import { progressBar } from "../progress.js";
import { samplesOption, seedOption } from "./simulate.js";

interface CompareOptions {
  variants?: string;
  set: string[];
  samples: string;
  seed: string;
  lhs?: boolean;
  allowOutsideIncludes?: boolean;
  format: "table" | "json" | "csv" | "xlsx";
  out?: string;
  lang: Lang;
  asOf?: string;
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
    .addOption(allowOutsideOption())
    .addOption(asOfOption())
    .addOption(formatOption(["table", "json", "csv", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .action(async (file: string, file2: string | undefined, opts: CompareOptions) => {
      const samples = samplesOption(opts.samples, true);
      const seed = seedOption(opts.seed);
      const asOf = opts.asOf === undefined ? {} : { asOf: asOfDate(opts.asOf) };
      const files = file2 ? [file, file2] : [file];
      const outside = opts.allowOutsideIncludes ? { allowOutsideIncludes: true } : {};
      const [{ compare, comparePlan }, out] = await Promise.all([
        import("../../analysis/compare.js"),
        import("../../report/compare-output.js"),
      ]);
      const bases: Array<{ file: string; id: string; variants: string[] }> = [];
      // each file read and parsed once; its variants load from copies
      const opened = new Map<string, OpenedScenario>();
      for (const f of files) {
        if (!opened.has(f)) opened.set(f, await openScenario(f));
        const base = await opened.get(f)!.load({ set: opts.set, ...outside, ...asOf });
        for (const w of base.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
        bases.push({ file: f, id: base.id, variants: base.variants });
      }
      const variants = opts.variants
        ?.split(",")
        .map((v) => v.trim())
        .filter(Boolean);
      const bar = progressBar(io, { label: "comparing", lang: opts.lang });
      let f: Awaited<ReturnType<typeof compare>>;
      try {
        f = await compare(
          comparePlan(bases, variants),
          (path, variant) =>
            opened.get(path)!.load({ set: opts.set, ...outside, ...asOf, ...(variant ? { variant } : {}) }),
          { samples, seed, lhs: opts.lhs === true, onProgress: bar.update },
        );
      } finally {
        bar.done();
      }
      if (opts.format === "json") io.stdout(toJsonText(out.compareJson(f)));
      else if (opts.format === "csv") io.stdout(out.compareCsv(f));
      else if (opts.format === "xlsx") await writeFindingsXlsx(f, opts.out, opts.lang, "compare");
      else io.stdout(out.compareTable(f, opts.lang));
    });
}
