import type { Command } from "commander";
import { analyse } from "../../analysis/analyse.js";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { toJsonText } from "../../report/json.js";
import { runCsv, runJson, runTable } from "../../report/run-output.js";
import { writeFindingsXlsx } from "../../report/xlsx/write-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import {
  formatOption,
  intOption,
  langOption,
  loadOptions,
  outOption,
  withScenarioOptions,
} from "../options.js";

interface RunOptions {
  variant?: string;
  set?: string[];
  to?: string;
  format: "table" | "json" | "csv" | "xlsx";
  out?: string;
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("run")
      .description("project every sector and indicator year by year and check each goal")
      .argument("<file>", "scenario file (.yaml or .json)"),
  )
    .option("--to <year>", "last year to project (default: the scenario's horizon)")
    .addOption(formatOption(["table", "json", "csv", "xlsx"], "table"))
    .addOption(outOption())
    .addOption(langOption())
    .action(async (file: string, opts: RunOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const to = intOption("--to", opts.to, 1949, 2100);
      const f = await analyse(s, { parts: ["projection", "targets"], ...(to === undefined ? {} : { to }) });
      if (opts.format === "json") io.stdout(toJsonText(runJson(f)));
      else if (opts.format === "csv") io.stdout(runCsv(f));
      else if (opts.format === "xlsx") await writeFindingsXlsx(f, opts.out, opts.lang, "run");
      else io.stdout(runTable(f, opts.lang));
    });
}
