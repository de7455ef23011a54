/**
 * Options shared by several commands, declared and read in one place.
 */
import { type Command, Option } from "commander";
import { fail } from "../diagnostics.js";
import type { LoadOptions } from "../scenario/load.js";

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --variant, --set and --allow-outside-includes. */
export function withScenarioOptions(cmd: Command): Command {
  return cmd
    .option("--variant <name>", "apply a variant defined in the file")
    .option(
      "--set <path=value>",
      "override an assumption, e.g. software.growth=12% (repeatable)",
      collect,
      [],
    )
    .option(
      "--allow-outside-includes",
      "let regions: include files outside the scenario's folder (only the command line can grant this)",
    );
}

export function loadOptions(opts: {
  variant?: string;
  set?: string[];
  allowOutsideIncludes?: boolean;
}): LoadOptions {
  const o: LoadOptions = { set: opts.set ?? [] };
  if (opts.variant) o.variant = opts.variant;
  if (opts.allowOutsideIncludes) o.allowOutsideIncludes = true;
  return o;
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option("--format <format>", `output format`).choices([...formats]).default(fallback);
}

export function langOption(): Option {
  return new Option("--lang <lang>", "language of names and labels").choices(["zh", "en"]).default("zh");
}

/** Parse an integer option, refusing anything else with a usage error. */
export function intOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[+-]?\d+(e\d+)?$/i.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    fail("E_USAGE", { detail: `${name} must be a whole number from ${min} to ${max}, not "${value}"` });
  }
  return n;
}
