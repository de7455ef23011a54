import { type Command, Option } from "commander";
import type { OutputSpec } from "../../analysis/sensitivity/model-function.js";
import { diagnostic, fail, formatDiagnostic } from "../../diagnostics.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import {
  checkRunSize,
  collect,
  formatOption,
  intOption,
  loadOptions,
  withScenarioOptions,
} from "../options.js";

interface SensitivityOptions {
  variant?: string;
  set?: string[];
  method: "tornado" | "morris" | "sobol";
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
  bootstrap: string;
  range: "p10-p90" | "full";
  format: "table" | "json";
}

/** What is analysed: --target (the goal's gap) or --output (a quantity or a formula, in --year). */
export function outputSpec(
  opts: { output?: string; target?: string; year?: string },
  horizon: number,
): OutputSpec {
  if (opts.output && opts.target) fail("E_USAGE", { detail: "give --output or --target, not both" });
  if (opts.target) return { kind: "gap", target: opts.target };
  if (opts.output)
    return { kind: "expr", text: opts.output, year: intOption("--year", opts.year, 1949, 2100) ?? horizon };
  return fail("E_USAGE", { detail: "say what to analyse: --target GOAL_ID (its gap) or --output EXPR" });
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("sensitivity")
      .description("which assumptions matter: tornado, Morris elementary effects, or Sobol indices")
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .addOption(
      new Option("--method <method>", "the method").choices(["tornado", "morris", "sobol"]).default("sobol"),
    )
    .option("--target <id>", "analyse this goal's gap (projected − goal)")
    .option("--output <expr>", "analyse a quantity or a formula over quantities, in --year")
    .option("--year <year>", "the year of --output (default: the horizon)")
    .option("--inputs <names>", "only these inputs, comma-separated (default: every uncertain input)")
    .option("--samples <n>", "Sobol: base samples N (default 1024)")
    .option("--seed <seed>", "random seed", "1")
    .option("--trajectories <r>", "Morris: trajectories", "20")
    .option("--levels <p>", "Morris: grid levels", "4")
    .option("--group <name=a,b>", "Morris: move these inputs together (repeatable)", collect, [])
    .option("--second-order", "Sobol: also second-order indices")
    .option("--bootstrap <n>", "Sobol: bootstrap resamples for intervals", "200")
    .addOption(
      new Option("--range <range>", "tornado: each input's range")
        .choices(["p10-p90", "full"])
        .default("p10-p90"),
    )
    .addOption(formatOption(["table", "json"], "table"))
    .action(async (file: string, opts: SensitivityOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      const spec = outputSpec(opts, s.horizon);
      const { modelFunction } = await import("../../analysis/sensitivity/model-function.js");
      const out = await import("../../report/sensitivity-output.js");
      const inputs = opts.inputs
        ?.split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const f = await modelFunction(s, spec, inputs ? { inputs } : {});
      const { correlatedInputs } = await import("../../analysis/sensitivity/copula.js");
      const ignored = correlatedInputs(s, f.inputs).map((i) => f.inputs[i]!.name);
      if (ignored.length) {
        io.stderr(
          `${formatDiagnostic(
            diagnostic(
              "W_SENSITIVITY_INDEPENDENT",
              { method: opts.method, inputs: ignored.join(", ") },
              { file: s.provenance.file, line: s.correlations!.line, col: 1 },
              "warning",
            ),
          )}\n`,
        );
      }
      const seed = opts.seed;
      let text: string;
      let json: unknown;
      if (opts.method === "tornado") {
        const { tornado } = await import("../../analysis/sensitivity/tornado.js");
        const t = tornado(f, opts.range);
        text = out.tornadoTable(s, f, t);
        json = out.sensitivityJson(s, f, "tornado", t, { range: opts.range });
      } else if (opts.method === "morris") {
        const { morris } = await import("../../analysis/sensitivity/morris.js");
        const r = intOption("--trajectories", opts.trajectories, -1e9, 1e6)!;
        const p = intOption("--levels", opts.levels, -1e9, 1e3)!;
        const groups = Object.fromEntries(
          opts.group.map((g) => {
            const [name, members] = g.split("=");
            if (!name || !members) fail("E_USAGE", { detail: `--group takes NAME=a,b, not "${g}"` });
            return [name, members.split(",").map((m) => m.trim())];
          }),
        );
        const res = morris(f, { trajectories: r, levels: p, seed, groups });
        text = out.morrisTable(f, res.rows, r, p);
        json = out.sensitivityJson(s, f, "morris", res, { seed, trajectories: r, levels: p });
      } else {
        const { sobol } = await import("../../analysis/sensitivity/sobol.js");
        const n = intOption("--samples", opts.samples, 2, 10_000_000) ?? 1024;
        const bootstrap = intOption("--bootstrap", opts.bootstrap, 0, 100_000)!;
        checkRunSize(f, n, { bootstrap, secondOrder: opts.secondOrder === true }, io);
        const res = sobol(f, { samples: n, seed, bootstrap, secondOrder: opts.secondOrder === true });
        text = out.sobolTable(f, res);
        json = out.sensitivityJson(s, f, "sobol", res, { seed, samples: n, bootstrap });
      }
      io.stdout(opts.format === "json" ? `${JSON.stringify(json, null, 2)}\n` : text);
    });
}
