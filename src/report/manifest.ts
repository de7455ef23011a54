/**
 * The manifest every output carries, so a figure can be reproduced: version,
 * input hash, variant, overrides, and (for simulations) seed and samples.
 */
import type { Scenario } from "../model/scenario.js";
import { VERSION } from "../version.js";

export interface Manifest {
  version: string;
  scenario: string;
  input_sha256: string;
  variant: string | null;
  overrides: string[];
  seed?: number | string;
  samples?: number;
  [extra: string]: unknown;
}

export function manifest(s: Scenario, extra: Record<string, unknown> = {}): Manifest {
  return {
    version: VERSION,
    scenario: s.provenance.file.replace(/\\/g, "/"),
    input_sha256: s.provenance.sha256,
    variant: s.provenance.variant,
    overrides: s.provenance.overrides,
    ...extra,
  };
}
