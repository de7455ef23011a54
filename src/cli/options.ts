/**
 * Options shared by several commands, declared and read in one place.
 */

import { availableParallelism } from "node:os";
import { type Command, Option } from "commander";
import { diagnostic, fail, formatDiagnostic } from "../diagnostics.js";
import { LANGS, type Lang, pick } from "../i18n/lang.js";
import { CLI_TEXT } from "../i18n/text/cli.js";
import { RUN_TEXT } from "../i18n/text/state.js";
import { USAGE } from "../i18n/text/usage.js";
import type { LoadOptions } from "../scenario/load.js";
import {
  ANNOUNCE_SECONDS,
  humanBytes,
  humanSeconds,
  MAX_RUN_BYTES,
  MAX_RUN_EVALUATIONS,
  type RunEstimate,
  sobolEstimate,
  timeModel,
} from "./progress.js";

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --variant, --set and --allow-outside-includes. */
export function withScenarioOptions(cmd: Command): Command {
  return cmd
    .option("--variant <name>", "apply a variant defined in the file")
    .option(
      "--set <path=value>",
      "override an assumption, e.g. software.growth=12% (repeatable)",
      collect,
      [],
    )
    .addOption(allowOutsideOption())
    .addOption(asOfOption());
}

/** --as-of DATE: read the scenario as of a date (actuals published after it are ignored). */
export function asOfOption(): Option {
  return new Option(
    "--as-of <date>",
    "read the scenario as of a date (YYYY-MM or YYYY-MM-DD): actuals published after it are ignored",
  );
}

/** --progress: show the estimate and progress of a long run on stderr even when it is not a terminal. */
export function progressOption(): Option {
  return new Option(
    "--progress",
    "show the run's estimate and progress on stderr (default: only on a terminal)",
  );
}

/** --allow-outside-includes: every command that loads scenarios takes it (withScenarioOptions, compare, sweep, merge). */
export function allowOutsideOption(): Option {
  return new Option(
    "--allow-outside-includes",
    "let regions: include files outside the scenario's folder (only the command line can grant this)",
  );
}

export function loadOptions(opts: {
  variant?: string;
  set?: string[];
  allowOutsideIncludes?: boolean;
  asOf?: string;
}): LoadOptions {
  const o: LoadOptions = { set: opts.set ?? [] };
  if (opts.variant) o.variant = opts.variant;
  if (opts.allowOutsideIncludes) o.allowOutsideIncludes = true;
  if (opts.asOf !== undefined) o.asOf = asOfDate(opts.asOf);
  return o;
}

/** A `--as-of` date: YYYY-MM or YYYY-MM-DD, else a usage error (E_AS_OF). */
export function asOfDate(v: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(v)) fail("E_AS_OF", { value: v });
  return v;
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option("--format <format>", `output format`).choices([...formats]).default(fallback);
}

/** -o/--out FILE: where --format xlsx writes its workbook. */
export function outOption(): Option {
  return new Option("-o, --out <file>", "the file --format xlsx writes (a workbook)");
}

/** --lang zh|en; its default (from the environment) is set by applyCommonOptions. */
export function langOption(): Option {
  return new Option("--lang <lang>", "language of the output, messages and help").choices([...LANGS]);
}

/** Options every command reads through applyCommonOptions. */
export interface CommonOptions {
  lang: Lang;
}

/**
 * Options every command has, applied once after all commands are registered
 * (so a new command gets them too): `--lang zh|en`, defaulting to the
 * language resolved from the environment.
 */
export function applyCommonOptions(program: Command, lang: Lang): void {
  for (const cmd of program.commands) {
    let opt = cmd.options.find((o) => o.long === "--lang");
    if (!opt) {
      opt = langOption();
      cmd.addOption(opt);
    }
    opt.default(lang);
    // commander copies a default into the values when the option is added: set it again
    if (cmd.getOptionValueSource("lang") !== "cli") cmd.setOptionValueWithSource("lang", lang, "default");
  }
}

/**
 * The `--lang` given on a command line (`--lang zh` or `--lang=zh`), read
 * before parsing so that `--help` and usage errors speak it too.
 *
 * @example
 * langArg(["check", "a.yaml", "--lang", "en"]) // "en"
 * langArg(["check", "--lang=zh"]) // "zh"
 */
export function langArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") found = argv[i + 1];
    else if (a.startsWith("--lang=")) found = a.slice("--lang=".length);
  }
  return found;
}

/** Parse an integer option, refusing anything else with a usage error. */
export function intOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[+-]?\d+(e\d+)?$/i.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    fail("E_USAGE", { detail: USAGE.integer(name, min, max, value) });
  }
  return n;
}

/**
 * --workers: a whole number from 1 to 256, capped at the cores this machine
 * has (more threads than cores only add memory and switching), with a
 * warning on stderr when capped.
 *
 * @example
 * workersOption("256", io, 2) // 2, after "warning W_WORKERS_CAPPED: …"
 */
export function workersOption(
  value: string | undefined,
  io: { stderr: (s: string) => void },
  cores: number = availableParallelism(),
  lang: Lang = "en",
): number {
  const asked = intOption("--workers", value, 1, 256) ?? 1;
  if (asked <= cores) return asked;
  io.stderr(
    `${formatDiagnostic(diagnostic("W_WORKERS_CAPPED", { asked, cores }, undefined, "warning"), lang)}\n`,
  );
  return cores;
}

/**
 * Before a Sobol run: refuse it when its arrays would pass MAX_RUN_BYTES or
 * its evaluations MAX_RUN_EVALUATIONS (E_RUN_TOO_LARGE, with the estimate;
 * decided by counting, so the same on every machine), and announce the estimate on stderr
 * (W_LONG_RUN) when it would take longer than ANNOUNCE_SECONDS; with `show`
 * (stderr is a terminal, or --progress) the estimate is shown for any run.
 */
export function checkRunSize(
  model: Parameters<typeof timeModel>[0],
  n: number,
  opts: { bootstrap: number; secondOrder: boolean },
  io: { stderr: (s: string) => void },
  lang: Lang = "en",
  show = false,
): RunEstimate {
  const k = model.inputs.length;
  const cheap = sobolEstimate(n, k, { ...opts, secondsPerEvaluation: 0 });
  const what = RUN_TEXT.sobol(n.toLocaleString("en-US"), k);
  const words = (e: RunEstimate) => ({
    what,
    evaluations: e.evaluations.toLocaleString("en-US"),
    memory: humanBytes(e.bytes),
  });
  if (cheap.bytes > MAX_RUN_BYTES)
    fail("E_RUN_TOO_LARGE", { ...words(cheap), max: RUN_TEXT.memoryLimit(humanBytes(MAX_RUN_BYTES)) });
  if (cheap.evaluations > MAX_RUN_EVALUATIONS)
    fail("E_RUN_TOO_LARGE", {
      ...words(cheap),
      max: RUN_TEXT.evaluationLimit(MAX_RUN_EVALUATIONS.toLocaleString("en-US")),
    });
  const e = sobolEstimate(n, k, { ...opts, secondsPerEvaluation: timeModel(model) });
  if (e.seconds > ANNOUNCE_SECONDS) {
    io.stderr(
      `${formatDiagnostic(diagnostic("W_LONG_RUN", { ...words(e), time: humanSeconds(e.seconds) }, undefined, "warning"), lang)}\n`,
    );
  } else if (show) {
    io.stderr(`${pick(CLI_TEXT.runEstimate({ ...words(e), time: humanSeconds(e.seconds) }), lang)}\n`);
  }
  return e;
}
