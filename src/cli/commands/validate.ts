import type { Command } from "commander";
import { ChainsimError, type Diagnostic, formatDiagnostic } from "../../diagnostics.js";
import { type LoadOptions, loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { loadOptions, withScenarioOptions } from "../options.js";

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("validate")
      .description("check a scenario file and report every problem with its line and column")
      .argument("<file>", "scenario file (.yaml or .json)"),
  ).action(async (file: string, opts: { variant?: string; set?: string[] }) => {
    const s = await loadScenario(file, loadOptions(opts));
    for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
    // every variant too (a variant's error would otherwise show only when it is applied)
    if (!opts.variant) await checkVariants(file, s.variants, loadOptions(opts));
    const sectors = [...s.quantities.values()].filter((q) => q.kind === "sector").length;
    io.stdout(
      `${file}: ok — ${sectors} sectors, ${s.quantities.size - sectors} indicators, ${s.targets.length} goals, ${s.baseYear}–${s.horizon}${s.warnings.length ? `, ${s.warnings.length} warnings` : ""}\n`,
    );
  });
}

/** Load the scenario with each variant; throw every variant's errors together. */
async function checkVariants(file: string, variants: readonly string[], base: LoadOptions): Promise<void> {
  const found: Diagnostic[] = [];
  for (const variant of variants) {
    try {
      await loadScenario(file, { ...base, variant });
    } catch (e) {
      if (!(e instanceof ChainsimError)) throw e;
      for (const d of e.diagnostics) found.push({ ...d, message: `variant "${variant}": ${d.message}` });
    }
  }
  if (found.length) throw new ChainsimError(found);
}
