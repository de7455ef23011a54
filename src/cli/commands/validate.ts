import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import { loadScenario } from "../../scenario/load.js";
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
    const sectors = [...s.quantities.values()].filter((q) => q.kind === "sector").length;
    io.stdout(
      `${file}: ok — ${sectors} sectors, ${s.quantities.size - sectors} indicators, ${s.targets.length} goals, ${s.baseYear}–${s.horizon}${s.warnings.length ? `, ${s.warnings.length} warnings` : ""}\n`,
    );
  });
}
