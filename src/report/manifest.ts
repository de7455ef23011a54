/**
 * The manifest every output carries, so a figure can be reproduced: version
 * and commit of the build (the same build gives the same bytes), the
 * scenario file's name, input hash, variant, overrides, and (for
 * simulations) seed and samples. Built in one place, manifestOf
 * (analysis/findings/base.ts); this is its typed view for the renderers.
 */
import { manifestOf } from "../analysis/findings/base.js";
import type { Scenario } from "../model/scenario.js";

export interface Manifest {
  version: string;
  /** The git commit chainsim was built from ("…-dirty" with uncommitted changes, "unknown" without git or build). */
  commit: string;
  /** The scenario file's name, without its folder. */
  scenario: string;
  input_sha256: string;
  variant: string | null;
  overrides: string[];
  seed?: number | string;
  samples?: number;
  [extra: string]: unknown;
}

export function manifest(s: Scenario, extra: Record<string, unknown> = {}): Manifest {
  return manifestOf(s, extra) as Manifest;
}
