import { type Command, Option } from "commander";
import { analyseChain, MAX_CHAIN_SAMPLES, TABLE_SECTORS } from "../../analysis/chain/analyse.js";
import { baseFindings } from "../../analysis/findings/base.js";
import { chainFindings } from "../../analysis/findings/chain-findings.js";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { chainJson, chainTable } from "../../report/chain-output.js";
import { toJsonText } from "../../report/json.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { loadScenario } from "../../scenario/load.js";
import { parseShock } from "../../scenario/shock-arg.js";
import type { Io } from "../io.js";
import { announceChain } from "../long-runs.js";
import {
  collect,
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

interface ChainCliOptions {
  variant?: string;
  set?: string[];
  shock: string[];
  supplyShock: string[];
  year?: string;
  format: "table" | "json" | "xlsx";
  out?: string;
  lang: Lang;
  samples?: string;
  seed: string;
  workers: string;
  tables?: boolean;
  progress?: boolean;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("chain")
      .description(
        "industry chain: how a shock travels along the input-output links, multipliers, key sectors, and the upstream output the goals imply",
      )
      .argument("<file>", "scenario file (.yaml or .json) with a links block"),
  )
    .option(
      "--shock <sector=change>",
      "change a sector's final demand: terminals=-10% or terminals=-600亿 (repeatable)",
      collect,
      [],
    )
    .option(
      "--supply-shock <sector=change>",
      "change a sector's primary inputs (Ghosh model): ic=-20% (repeatable)",
      collect,
      [],
    )
    .option("--year <year>", "the year analysed (default: the scenario's horizon)")
    .addOption(progressOption())
    .addOption(formatOption(["table", "json", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .addOption(
      new Option(
        "--samples <n>",
        `Monte Carlo samples for P5–P95 intervals when coefficients are uncertain (default 2000; 0: none; at most ${MAX_CHAIN_SAMPLES})`,
      ),
    )
    .option("--seed <seed>", "random seed: the same seed gives the same output", "1")
    .option(
      "--workers <w>",
      "threads for the Monte Carlo: this one and W − 1 worker threads (the results do not depend on it)",
      "1",
    )
    .option(
      "--tables",
      `form the Leontief and Ghosh inverses for --format json (default: only up to ${TABLE_SECTORS} sectors)`,
    )
    .action(async (file: string, opts: ChainCliOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (!s.links) fail("E_NO_LINKS", { file }, { file, line: 0, col: 0 });
      const sectors = s.links.sectors;
      const shocks = opts.shock.map((a) => parseShock(a, "--shock", s.unit, sectors));
      const supplyShocks = opts.supplyShock.map((a) => parseShock(a, "--supply-shock", s.unit, sectors));
      const year = intOption("--year", opts.year, 1949, 2100);
      const samples = intOption("--samples", opts.samples, 0, MAX_CHAIN_SAMPLES);
      const seed = intOption("--seed", opts.seed, 0, Number.MAX_SAFE_INTEGER)!;
      const workers = workersOption(opts.workers, io, undefined, opts.lang);
      // estimate and progress on stderr: on a terminal, or with --progress (stdout is the same either way)
      const show = io.isTTY || opts.progress === true;
      const bar = progressBar(io, { label: "chain", lang: opts.lang }, undefined, opts.progress === true);
      const result = await analyseChain(s, {
        beforeMonteCarlo: (n, inputs, trial) => announceChain(n, inputs, trial, io, opts.lang, show),
        onProgress: bar.update,
        shocks,
        supplyShocks,
        seed,
        workers,
        ...(opts.tables ? { tables: true } : {}),
        ...(year === undefined ? {} : { year }),
        ...(samples === undefined ? {} : { samples }),
      });
      bar.done();
      for (const w of result.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (opts.format === "json") io.stdout(toJsonText(chainJson(s, result)));
      else if (opts.format === "xlsx") {
        const shock = shocks[0] ? { sector: shocks[0].sector, arg: shocks[0].arg } : null;
        const f = {
          ...baseFindings(s, { seed, samples }),
          chain: chainFindings(result, s.links.line, shock),
        };
        await writeFindingsXlsx(f, opts.out, opts.lang, "chain");
      } else io.stdout(chainTable(s, result, opts.lang));
    });
}
