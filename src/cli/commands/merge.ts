import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { fail, formatDiagnostic } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import { FILE_REASON } from "../../i18n/text/files.js";
import { USAGE } from "../../i18n/text/usage.js";
import { toJsonText } from "../../report/json.js";
import { loadScenario } from "../../scenario/load.js";
import type { Io } from "../io.js";
import { allowOutsideOption, formatOption, langOption } from "../options.js";

interface MergeOptions {
  scenario?: string;
  allowOutsideIncludes?: boolean;
  format: "table" | "json" | "csv";
  lang: Lang;
}

export function register(program: Command, io: Io): void {
  program
    .command("merge")
    .description(
      "combine the states of sharded runs (simulate or costs --shard K/N --state-out FILE) into the output of one run",
    )
    .argument("<files...>", "state files, one per shard, in any order")
    .option("--scenario <file>", "the scenario file, if it is no longer at the path recorded in the states")
    .addOption(allowOutsideOption())
    .addOption(formatOption(["table", "json", "csv"], "table"))
    .addOption(langOption())
    .action(async (files: string[], opts: MergeOptions) => {
      const [{ parseState, mergeStates, checkStates }, { evaluateTargets }, { project }, out] =
        await Promise.all([
          import("../../engine/shard.js"),
          import("../../analysis/targets.js"),
          import("../../engine/project.js"),
          import("../../report/simulate-output.js"),
        ]);
      const states = files.map((f) => {
        let text: string;
        try {
          text = readFileSync(f, "utf8");
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          if (err.code === "ENOENT") return fail("E_FILE_NOT_FOUND", { file: f });
          return fail("E_FILE_READ", { file: f, reason: FILE_REASON.read(err.code, err.message) });
        }
        return parseState(text, f);
      });
      checkStates(states);
      const first = states[0]!.state;
      const load: { variant?: string; set: string[]; allowOutsideIncludes?: boolean } = {
        set: first.scenario.set,
      };
      if (first.scenario.variant) load.variant = first.scenario.variant;
      if (opts.allowOutsideIncludes) load.allowOutsideIncludes = true;
      const s = await loadScenario(opts.scenario ?? first.scenario.file, load);
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w, opts.lang)}\n`);
      if (first.analysis === "costs") {
        const [{ mergeCostStates }, costsOut] = await Promise.all([
          import("../../analysis/policy/costs-shard.js"),
          import("../../report/costs-output.js"),
        ]);
        const c = mergeCostStates(s, states);
        if (opts.format === "json")
          io.stdout(toJsonText(costsOut.costsJson(s, c, c.years[c.years.length - 1]!)));
        else if (opts.format === "csv") fail("E_USAGE", { detail: USAGE.costsMergeFormat });
        else io.stdout(costsOut.costsTable(s, c, opts.lang));
        return;
      }
      const r = mergeStates(s, states);
      const deterministic = evaluateTargets(s, project(s));
      if (opts.format === "json") io.stdout(toJsonText(out.simulateJson(s, r, deterministic)));
      else if (opts.format === "csv") io.stdout(out.simulateCsv(s, r, deterministic));
      else io.stdout(out.simulateTable(s, r, deterministic, opts.lang));
    });
}
