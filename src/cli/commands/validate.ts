import type { Command } from "commander";
import { ChainsimError, type Diagnostic, formatDiagnostic } from "../../diagnostics.js";
import { project } from "../../engine/project.js";
import { pick } from "../../i18n/lang.js";
import { CLI_TEXT } from "../../i18n/text/cli.js";
import { type LoadOptions, type OpenedScenario, openScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { type CommonOptions, loadOptions, withScenarioOptions } from "../options.js";

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("validate")
      .description("check a scenario file and report every problem with its line and column")
      .argument("<file>", "scenario file (.yaml or .json)"),
  ).action(async (file: string, opts: { variant?: string; set?: string[] } & CommonOptions) => {
    // read and parsed once: every variant is loaded from a copy
    const opened = await openScenario(file);
    const s = await opened.load(loadOptions(opts));
    // central projection: formulas that fail or make money negative (E_FORMULA_NEGATIVE) are found here too
    project(s);
    for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
    // every variant too (a variant's error would otherwise show only when it is applied)
    if (!opts.variant) await checkVariants(opened, s.variants, loadOptions(opts));
    const sectors = [...s.quantities.values()].filter((q) => q.kind === "sector").length;
    const ok = CLI_TEXT.validateOk({
      file,
      sectors,
      indicators: s.quantities.size - sectors,
      goals: s.targets.length,
      from: s.baseYear,
      to: s.horizon,
      warnings: s.warnings.length,
    });
    io.stdout(`${pick(ok, opts.lang)}\n`);
  });
}

/** Load the scenario with each variant; throw every variant's errors together. */
async function checkVariants(
  opened: OpenedScenario,
  variants: readonly string[],
  base: LoadOptions,
): Promise<void> {
  const found: Diagnostic[] = [];
  for (const variant of variants) {
    try {
      project(await opened.load({ ...base, variant }));
    } catch (e) {
      if (!(e instanceof ChainsimError)) throw e;
      for (const d of e.diagnostics)
        found.push({
          ...d,
          message: `variant "${variant}": ${d.message}`,
          context: CLI_TEXT.inVariant(variant),
        });
    }
  }
  if (found.length) throw new ChainsimError(found);
}
