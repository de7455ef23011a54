/**
 * `chainsim convert FILE --to xlsx|yaml [-o OUT]`: a scenario from YAML (or
 * JSON) to a workbook to edit in Excel or WPS, and back. The input is loaded
 * and checked first (every loader check, positions by line or by cell), so a
 * bad file writes nothing; the output is written atomically. Comments travel
 * too: a YAML comment becomes a note on its field's cell, and back.
 */
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import { writeFileAtomic } from "../../report/atomic-write.js";
import { loadScenario } from "../../scenario/load.js";
import { readScenarioFile } from "../../scenario/parse.js";
import { isWorkbookFile } from "../../scenario/workbook/is-workbook.js";
import type { Io } from "../io.js";
import type { CommonOptions } from "../options.js";

interface ConvertOptions extends CommonOptions {
  to: string;
  out?: string;
}

/** OUT, or FILE with the target's extension beside it. */
function outputPath(file: string, to: string, out: string | undefined): string {
  return out ?? `${file.slice(0, file.length - extname(file).length)}.${to}`;
}

export function register(program: Command, io: Io): void {
  program
    .command("convert")
    .description("convert a scenario between YAML and an Excel/WPS workbook (.xlsx), keeping every value")
    .argument("<file>", "scenario file (.yaml, .json or .xlsx)")
    .requiredOption("--to <format>", "xlsx or yaml")
    .option("-o, --out <file>", "output file (default: FILE with the new extension)")
    .action(async (file: string, opts: ConvertOptions) => {
      const to = opts.to.toLowerCase();
      const fromWorkbook = isWorkbookFile(file);
      if ((to !== "xlsx" && to !== "yaml") || fromWorkbook === (to === "xlsx"))
        fail("E_CONVERT_TARGET", { from: basename(file), to: opts.to });
      const s = await loadScenario(file); // every check, before anything is written
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const out = outputPath(file, to, opts.out);
      if (to === "xlsx") {
        const parsed = readScenarioFile(file);
        const { scenarioWorkbook } = await import("../../report/xlsx/scenario-workbook.js");
        writeFileAtomic(
          out,
          await scenarioWorkbook(parsed.data as Record<string, unknown>, { yaml: parsed.doc }),
        );
      } else {
        const { workbookYaml } = await import("../../scenario/workbook/to-yaml.js");
        writeFileAtomic(out, await workbookYaml(file));
      }
      io.stdout(`${out}\n`);
    });
}
