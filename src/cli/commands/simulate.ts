import type { Command } from "commander";
import { type Diagnostic, fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { USAGE } from "../../i18n/text/usage.js";
import { MAX_SAMPLES } from "../../model/limits.js";
import { toJsonText } from "../../report/json.js";
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

interface SimulateOptions {
  variant?: string;
  set?: string[];
  samples: string;
  seed: string;
  workers: string;
  lhs?: boolean;
  qmc?: boolean;
  precision?: string;
  shard?: string;
  stateOut?: string;
  format: "table" | "json" | "csv" | "xlsx";
  out?: string;
  lang: Lang;
  progress?: boolean;
}

/**
 * Read --samples: a whole number from 1 (or 0 where a command allows a
 * deterministic run) to 100,000,000.
 */
export function samplesOption(value: string, allowZero = false): number {
  const min = allowZero ? 0 : 1;
  const n = Number(value);
  if (!/^\s*\d+(e\d+)?\s*$/i.test(value) || !Number.isInteger(n) || n < min || n > MAX_SAMPLES) {
    fail("E_USAGE", { detail: USAGE.samples(min, MAX_SAMPLES, value) });
  }
  return n;
}

/** Read --precision: a standard error from 0.00005 to 0.5 (smaller would need over 100,000,000 samples). */
export function precisionOption(value: string): number {
  const h = Number(value);
  if (value.trim() === "" || !Number.isFinite(h) || h < 0.00005 || h > 0.5) {
    fail("E_USAGE", { detail: USAGE.precision(value) });
  }
  return h;
}

export function seedOption(value: string): number {
  return intOption("--seed", value, 0, Number.MAX_SAFE_INTEGER)!;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("simulate")
      .description("Monte Carlo: how likely each goal is, and the spread of every quantity by year")
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .option("--samples <n>", "number of samples, 1 to 100,000,000 (memory does not grow with it)", "10000")
    .option("--seed <seed>", "random seed: the same seed gives the same results", "1")
    .option(
      "--workers <w>",
      "threads: this one and W − 1 worker threads (the results do not depend on it)",
      "1",
    )
    .option("--lhs", "Latin hypercube sampling instead of plain Monte Carlo")
    .option(
      "--qmc",
      "quasi-Monte Carlo: a scrambled Sobol' sequence instead of random draws (smaller error at the same samples)",
    )
    .option(
      "--precision <se>",
      "choose the number of samples: every goal probability's standard error at most SE (e.g. 0.005), after a pilot run",
    )
    .option("--shard <k/n>", "simulate shard K of N only (blocks b with b mod N = K − 1); needs --state-out")
    .option("--state-out <file>", "write the mergeable state (for chainsim merge) instead of the statistics")
    .addOption(formatOption(["table", "json", "csv", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .addOption(progressOption())
    .action(async (file: string, opts: SimulateOptions) => {
      const samples = samplesOption(opts.samples);
      const seed = seedOption(opts.seed);
      const workers = workersOption(opts.workers, io, undefined, opts.lang);
      const load = loadOptions(opts);
      const precision = opts.precision === undefined ? undefined : precisionOption(opts.precision);
      if (precision !== undefined && opts.stateOut !== undefined)
        fail("E_USAGE", { detail: USAGE.precisionWithStateOut });
      if (opts.shard !== undefined && opts.stateOut === undefined)
        fail("E_USAGE", { detail: USAGE.shardNeedsStateOut });
      const s = await loadScenario(file, load);
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (opts.stateOut !== undefined) {
        const { simulateShard } = await import("../../engine/shard.js");
        const { stateOut, shard } = opts;
        await writeShardState(io, { shard, stateOut, verb: "simulating", lang: opts.lang }, (k, onProgress) =>
          simulateShard(
            s,
            { samples, seed, lhs: opts.lhs === true, qmc: opts.qmc === true, workers, onProgress },
            k,
            {
              file,
              ...load,
            },
          ),
        );
        return;
      }
      // the engine (and worker_threads) load only for this command
      const [{ analyse }, out] = await Promise.all([
        import("../../analysis/analyse.js"),
        import("../../report/simulate-output.js"),
      ]);
      const bar = progressBar(
        io,
        { label: "simulating", lang: opts.lang },
        undefined,
        opts.progress === true,
      );
      let f: Awaited<ReturnType<typeof analyse>>;
      const late: Diagnostic[] = [];
      try {
        f = await analyse(s, {
          parts: ["targets", "simulation"],
          samples,
          seed,
          lhs: opts.lhs === true,
          qmc: opts.qmc === true,
          workers,
          ...(precision === undefined ? {} : { precision }),
          onProgress: bar.update,
          onWarning: (w) => late.push(w),
        });
      } finally {
        bar.done();
      }
      for (const w of late) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (opts.format === "json") io.stdout(toJsonText(out.simulationJson(f)));
      else if (opts.format === "csv") io.stdout(out.simulationCsv(f));
      else if (opts.format === "xlsx") await writeFindingsXlsx(f, opts.out, opts.lang, "simulate");
      else io.stdout(out.simulationTable(f, opts.lang));
    });
}
