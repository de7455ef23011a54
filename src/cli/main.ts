/**
 * The command line: one file per command under `commands/`; no logic here
 * that the library lacks. Bad input exits 2 with positioned messages, never a
 * stack trace (unless --debug).
 */
import { Command, CommanderError } from "commander";
import { ChainsimError, diagnostic, formatDiagnostic } from "../diagnostics.js";
import { isLang, type Lang, resolveLang } from "../i18n/lang.js";
import { INTERNAL } from "../i18n/text/loader.js";
import { setCsvBom } from "../report/csv.js";
import { setWorkbookReader } from "../scenario/load.js";
import { versionLine } from "../version.js";
import { register as registerBacktest } from "./commands/backtest.js";
import { register as registerChain } from "./commands/chain.js";
import { register as registerCheck } from "./commands/check.js";
import { register as registerCompare } from "./commands/compare.js";
import { register as registerConvert } from "./commands/convert.js";
import { register as registerCosts } from "./commands/costs.js";
import { register as registerDiscover } from "./commands/discover.js";
import { register as registerExplain } from "./commands/explain.js";
import { register as registerExtract } from "./commands/extract.js";
import { register as registerInit } from "./commands/init.js";
import { register as registerMerge } from "./commands/merge.js";
import { register as registerReport } from "./commands/report.js";
import { register as registerRun } from "./commands/run.js";
import { register as registerSchema } from "./commands/schema.js";
import { register as registerSensitivity } from "./commands/sensitivity.js";
import { register as registerServe } from "./commands/serve.js";
import { register as registerSimulate } from "./commands/simulate.js";
import { register as registerSolve } from "./commands/solve.js";
import { register as registerSweep } from "./commands/sweep.js";
import { register as registerValidate } from "./commands/validate.js";
import { exitCodeOf } from "./exit.js";
import { nameFlags } from "./flags.js";
import { commanderError, localizeHelp } from "./help.js";
import { EXIT, type Io, processIo } from "./io.js";
import { applyCommonOptions, langArg } from "./options.js";

/** What every command is registered with: the language resolved before parsing (for --help). */
export interface CliContext {
  lang: Lang;
}

export type Register = (program: Command, io: Io, ctx: CliContext) => void;

/** Commands in the order `--help` lists them. */
export const COMMANDS: Register[] = [
  registerInit,
  registerValidate,
  registerRun,
  registerSimulate,
  registerMerge,
  registerCompare,
  registerSweep,
  registerCheck,
  registerBacktest,
  registerCosts,
  registerChain,
  registerExplain,
  registerSensitivity,
  registerDiscover,
  registerSolve,
  registerReport,
  registerServe,
  registerSchema,
  registerExtract,
  registerConvert,
];

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  // .xlsx scenarios (issue 17): the xlsx library loads only when one is read
  setWorkbookReader(async (f) => (await import("../scenario/workbook/read.js")).readWorkbookScenario(f));
  const debug = argv.includes("--debug");
  // the one place the language is chosen: --lang, else the environment (CHAINSIM_LANG, LC_*, LANG)
  let lang: Lang = resolveLang(langArg(argv), io.env ?? {});
  const ctx: CliContext = { lang };
  const errOut = (str: string) => io.stderr(commanderError(str, lang));
  const program = new Command("chainsim")
    .version(versionLine(), "-V, --version")
    .option("--debug", "show stack traces for internal errors")
    .option(
      "--no-csv-bom",
      "write CSV without the UTF-8 byte-order mark (default: with it, so Excel reads Chinese)",
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: errOut });
  for (const register of COMMANDS) register(program, io, ctx);
  applyCommonOptions(program, lang);
  localizeHelp(program, lang);
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: errOut });
  let code: number = EXIT.ok;
  let command: string | undefined;
  program.hook("preAction", (_p, action) => {
    command = action.name();
    setCsvBom(program.opts().csvBom !== false);
    const chosen = action.opts().lang;
    if (isLang(chosen)) lang = chosen;
  });
  program.hook("postAction", (_p, action) => {
    const c = exitCodeOf(action);
    if (c !== undefined) code = c;
  });
  try {
    await program.parseAsync(
      argv.filter((a) => a !== "--debug"),
      { from: "user" },
    );
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      ) {
        return EXIT.ok;
      }
      return EXIT.badInput;
    }
    if (e instanceof ChainsimError) {
      nameFlags(e.diagnostics, command);
      io.stderr(`${e.diagnostics.map((d) => formatDiagnostic(d, lang)).join("\n")}\n`);
      if (debug) io.stderr(`${e.stack}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr(
      `${formatDiagnostic(diagnostic("E_INTERNAL", { detail: INTERNAL.unexpected(err?.message ?? String(e)) }), lang)}\n`,
    );
    if (debug) io.stderr(`${err?.stack}\n`);
    return EXIT.internal;
  }
}
