import { type Command, Option } from "commander";
import { check, passesStrict } from "../../analysis/check.js";
import { formatDiagnostic } from "../../diagnostics.js";
import { checkJson, checkMarkdown, checkTable } from "../../report/check-output.js";
import type { Lang } from "../../report/run-output.js";
import { loadScenario } from "../../scenario/load.js";
import { setExitCode } from "../exit.js";
import { EXIT, type Io } from "../io.js";
import { formatOption, langOption, loadOptions, withScenarioOptions } from "../options.js";

interface CheckOptions {
  variant?: string;
  set?: string[];
  format: "table" | "json" | "markdown";
  lang: Lang;
  strict?: boolean;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("check")
      .description(
        "do the goals add up? verdicts, implied baselines, binding goals, required growth, tracking, regions",
      )
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .addOption(formatOption(["table", "json", "markdown"], "table"))
    .addOption(langOption())
    .addOption(new Option("--strict", "exit 1 when any verdict is not CONSISTENT or any goal is missed"))
    .action(async function (this: Command, file: string, opts: CheckOptions) {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      const result = check(s);
      if (opts.format === "json") io.stdout(`${JSON.stringify(checkJson(s, result), null, 2)}\n`);
      else if (opts.format === "markdown") io.stdout(checkMarkdown(s, result, opts.lang));
      else io.stdout(checkTable(s, result, opts.lang));
      if (opts.strict && !passesStrict(result)) setExitCode(this, EXIT.checkFailed);
    });
}
