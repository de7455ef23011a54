import { type Command, Option } from "commander";
import type { OutputSpec } from "../../analysis/sensitivity/model-function.js";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { USAGE } from "../../i18n/text/usage.js";
import { writeSensitivityXlsx, xlsxOut } from "../../report/xlsx/write-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { announceMorris, announceShapley } from "../long-runs.js";
import {
  type CommonOptions,
  checkRunSize,
  collect,
  formatOption,
  intOption,
  langOption,
  loadOptions,
  outOption,
  progressOption,
  withScenarioOptions,
} from "../options.js";
import { progressBar } from "../progress.js";

interface SensitivityOptions extends CommonOptions {
  progress?: boolean;
  variant?: string;
  set?: string[];
  method: "tornado" | "morris" | "sobol" | "shapley";
  output?: string;
  target?: string;
  year?: string;
  inputs?: string;
  samples?: string;
  seed: string;
  trajectories: string;
  levels: string;
  group: string[];
  secondOrder?: boolean;
  bootstrap?: string;
  sampling: "qmc" | "random";
  replicates?: string;
  permutations?: string;
  range: "p10-p90" | "full";
  format: "table" | "json" | "xlsx";
  out?: string;
  lang: Lang;
}

/** What is analysed: --target (the goal's gap) or --output (a quantity or a formula, in --year). */
export function outputSpec(
  opts: { output?: string; target?: string; year?: string },
  horizon: number,
): OutputSpec {
  if (opts.output && opts.target) fail("E_USAGE", { detail: USAGE.outputOrTarget });
  if (opts.target) return { kind: "gap", target: opts.target };
  if (opts.output)
    return { kind: "expr", text: opts.output, year: intOption("--year", opts.year, 1949, 2100) ?? horizon };
  return fail("E_USAGE", { detail: USAGE.nothingToAnalyse });
}

/** --group NAME=a,b (repeatable) as { NAME: [a, b] }. */
function groupsOf(specs: string[]): Record<string, string[]> {
  return Object.fromEntries(
    specs.map((g) => {
      const [name, members] = g.split("=");
      if (!name || !members) fail("E_USAGE", { detail: USAGE.group(g) });
      return [name, members.split(",").map((m) => m.trim())];
    }),
  );
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("sensitivity")
      .description(
        "which assumptions matter: tornado, Morris elementary effects, Sobol indices, or Shapley effects (correlated inputs)",
      )
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .addOption(
      new Option("--method <method>", "the method")
        .choices(["tornado", "morris", "sobol", "shapley"])
        .default("sobol"),
    )
    .option("--target <id>", "analyse this goal's gap (projected − goal)")
    .option("--output <expr>", "analyse a quantity or a formula over quantities, in --year")
    .option("--year <year>", "the year of --output (default: the horizon)")
    .option("--inputs <names>", "only these inputs, comma-separated (default: every uncertain input)")
    .option(
      "--samples <n>",
      "Sobol: base samples N (default 1024); Shapley: outer draws per subset (default 1000)",
    )
    .option("--seed <seed>", "random seed", "1")
    .option("--trajectories <r>", "Morris: trajectories", "20")
    .option("--levels <p>", "Morris: grid levels", "4")
    .option("--group <name=a,b>", "Morris: move these inputs together (repeatable)", collect, [])
    .option("--second-order", "Sobol: also second-order indices")
    .addOption(
      new Option("--sampling <kind>", "Sobol: scrambled Sobol' points (qmc) or plain Monte Carlo (random)")
        .choices(["qmc", "random"])
        .default("qmc"),
    )
    .option(
      "--replicates <r>",
      "Sobol: independent scramblings for the intervals (default 4 from N = 4096, 2 from 2048, else 1)",
    )
    .option(
      "--bootstrap <n>",
      "Sobol (one replicate or random sampling) and Morris: bootstrap resamples for intervals",
    )
    .option(
      "--permutations <m>",
      "Shapley: random orders of the inputs when there are more than 8 (default 200)",
    )
    .addOption(
      new Option("--range <range>", "tornado: each input's range")
        .choices(["p10-p90", "full"])
        .default("p10-p90"),
    )
    .addOption(progressOption())
    .addOption(formatOption(["table", "json", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .action(async (file: string, opts: SensitivityOptions) => {
      if (opts.format === "xlsx") xlsxOut(opts.out, "sensitivity"); // before the run, which can be long
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const { analyseSensitivity } = await import("../../analysis/sensitivity/analyse.js");
      const { renderSensitivity } = await import("../../report/sensitivity-output.js");
      const optional = (name: string, v: string | undefined, min: number, max: number) => {
        const n = intOption(name, v, min, max);
        return n === undefined ? {} : { [name.slice(2)]: n };
      };
      // estimate and progress on stderr: on a terminal, or with --progress (stdout is the same either way)
      const show = io.isTTY || opts.progress === true;
      const label = opts.method === "morris" || opts.method === "shapley" ? opts.method : "sobol";
      const bar = progressBar(io, { label, lang: opts.lang }, undefined, opts.progress === true);
      const run = await analyseSensitivity(s, {
        method: opts.method,
        output: outputSpec(opts, s.horizon),
        ...(opts.inputs
          ? {
              inputs: opts.inputs
                .split(",")
                .map((x) => x.trim())
                .filter(Boolean),
            }
          : {}),
        seed: opts.seed,
        ...optional("--samples", opts.samples, 2, 10_000_000),
        ...optional("--bootstrap", opts.bootstrap, 0, 100_000),
        ...optional("--replicates", opts.replicates, -1e9, 1e6),
        ...optional("--permutations", opts.permutations, -1e9, 1e7),
        trajectories: intOption("--trajectories", opts.trajectories, -1e9, 1e6)!,
        levels: intOption("--levels", opts.levels, -1e9, 1e3)!,
        groups: groupsOf(opts.group),
        secondOrder: opts.secondOrder === true,
        sampling: opts.sampling,
        range: opts.range,
        beforeSobol: (f, n, design) => checkRunSize(f, n, design, io, opts.lang, show),
        beforeMorris: (f, o) => announceMorris(f, o, io, opts.lang, show),
        beforeShapley: (f, o) => announceShapley(f, o, io, opts.lang, show),
        onProgress: bar.update,
      });
      bar.done();
      for (const w of run.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (opts.format === "xlsx") await writeSensitivityXlsx(s, run, opts.out, opts.lang);
      else io.stdout(renderSensitivity(s, run, opts.format, opts.lang));
    });
}
