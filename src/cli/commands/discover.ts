import type { Command } from "commander";
import { formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { toJsonText } from "../../report/json.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import {
  type CommonOptions,
  formatOption,
  intOption,
  langOption,
  loadOptions,
  withScenarioOptions,
} from "../options.js";

interface DiscoverOptions extends CommonOptions {
  variant?: string;
  set?: string[];
  target: string;
  samples?: string;
  seed: string;
  inputs?: string;
  format: "table" | "json";
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  withScenarioOptions(
    program
      .command("discover")
      .description("scenario discovery (PRIM): which ranges of the inputs lead to a goal being missed")
      .argument("<file>", "scenario file (.yaml or .json)")
      .requiredOption("--target <id>", "the goal"),
  )
    .option("--samples <n>", "samples", "2000")
    .option("--seed <seed>", "random seed", "1")
    .option("--inputs <names>", "only these inputs, comma-separated")
    .addOption(formatOption(["table", "json"], "table"))
    .addOption(langOption())
    .action(async (file: string, opts: DiscoverOptions) => {
      const s = await loadScenario(file, loadOptions(opts));
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      const { discoverMisses } = await import("../../analysis/sensitivity/discover-misses.js");
      const out = await import("../../report/sensitivity-output.js");
      const n = intOption("--samples", opts.samples, 10, 1_000_000)!;
      const { f, result: res } = await discoverMisses(s, {
        target: opts.target,
        ...(opts.inputs
          ? {
              inputs: opts.inputs
                .split(",")
                .map((x) => x.trim())
                .filter(Boolean),
            }
          : {}),
        samples: n,
        seed: opts.seed,
      });
      io.stdout(
        opts.format === "json"
          ? toJsonText(out.sensitivityJson(s, f, "prim", res, { seed: opts.seed, samples: n }))
          : out.primTable(s, f, res, opts.target, opts.lang),
      );
    });
}
