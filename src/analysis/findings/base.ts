/**
 * The Findings every analysis starts from: the scenario's facts, its
 * warnings and its manifest. Light on purpose: the planner page bundles it
 * without the heavier analyses.
 */
import { FINDINGS_VERSION, type Findings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import { buildInfo, VERSION } from "../../version.js";
import { fileName, scenarioFacts, warningFacts } from "./scenario-facts.js";

/**
 * The manifest every output carries, so a figure can be reproduced: version
 * and the commit of the build (src/version.ts buildInfo()), the scenario file's name (no folder: outputs do not depend on where the file
 * lies or how its path was typed, and do not reveal the user's folders),
 * input hash, variant, overrides, then the command's own fields.
 *
 * @example
 * manifestOf(s, { seed: 1 }).scenario // "shandong-it-2025.yaml", for "./scenarios/shandong-it-2025.yaml"
 */
export function manifestOf(s: Scenario, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: VERSION,
    commit: buildInfo().commit,
    scenario: fileName(s.provenance.file),
    input_sha256: s.provenance.sha256,
    variant: s.provenance.variant,
    overrides: s.provenance.overrides,
    ...extra,
  };
}

/** The Findings every analysis starts from: the scenario's facts, its warnings and its manifest. */
export function baseFindings(s: Scenario, manifest: Record<string, unknown> = {}): Findings {
  return {
    findings_version: FINDINGS_VERSION,
    chainsim_version: VERSION,
    scenario: scenarioFacts(s),
    warnings: warningFacts(s.warnings),
    manifest: manifestOf(s, manifest),
  };
}
