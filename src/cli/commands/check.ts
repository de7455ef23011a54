import { type Command, Option } from "commander";
import { analyse } from "../../analysis/analyse.js";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { checkJson, checkMarkdown, checkTable, passesStrictFindings } from "../../report/check-output.js";
import { toJsonText } from "../../report/json.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { loadScenario } from "../../scenario/load.js";
import { setExitCode } from "../exit.js";
import { EXIT, type Io } from "../io.js";
import { formatOption, langOption, loadOptions, outOption, withScenarioOptions } from "../options.js";

interface CheckOptions {
  variant?: string;
  set?: string[];
  format: "table" | "json" | "markdown" | "xlsx";
  out?: string;
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
    .addOption(formatOption(["table", "json", "markdown", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .addOption(new Option("--strict", "exit 1 when any verdict is not CONSISTENT or any goal is missed"))
    .action(async function (this: Command, file: string, opts: CheckOptions) {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const f = await analyse(s, { parts: ["check"] });
      if (opts.format === "json") io.stdout(toJsonText(checkJson(f)));
      else if (opts.format === "markdown") io.stdout(checkMarkdown(f, opts.lang));
      else if (opts.format === "xlsx") await writeFindingsXlsx(f, opts.out, opts.lang, "check");
      else io.stdout(checkTable(f, opts.lang));
      if (opts.strict && !passesStrictFindings(f)) setExitCode(this, EXIT.checkFailed);
    });
}
