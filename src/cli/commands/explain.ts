import type { Command } from "commander";
import { analyse } from "../../analysis/analyse.js";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { explainText } from "../../report/explain-output.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { langOption, loadOptions, withScenarioOptions } from "../options.js";

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("explain")
      .description("show how a goal's result is derived, each number traced to a line or clause")
      .argument("<file>", "scenario file (.yaml or .json)")
      .argument("<target>", "the goal's id (chainsim run lists them)"),
  )
    .addOption(langOption())
    .action(async (file: string, target: string, opts: { variant?: string; set?: string[]; lang: Lang }) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      io.stdout(explainText(await analyse(s, { parts: ["explain"], explain: target }), opts.lang));
    });
}
