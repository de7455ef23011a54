/**
 * The Findings every analysis starts from: the scenario's facts, its
 * warnings and its manifest. Light on purpose: the planner page bundles it
 * without the heavier analyses.
 */
import { FINDINGS_VERSION, type Findings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import { VERSION } from "../../version.js";
import { scenarioFacts, warningFacts } from "./scenario-facts.js";

/** The manifest every output carries, so a figure can be reproduced. */
export function manifestOf(s: Scenario, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: VERSION,
    scenario: s.provenance.file.replace(/\\/g, "/"),
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
