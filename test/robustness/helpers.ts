/** Shared helpers for the robustness tests (issue 22). */
import { ChainsimError } from "../../src/diagnostics.js";

/** The scenario header every generated file starts with. */
export const HEAD = "id: t\ntitle: t\nunit: 亿元\nbase_year: 2022\nhorizon: 2025\n";

/** A small valid sector block. */
export const SECTOR = "sectors:\n  a:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n";

/** The ChainsimError a promise (or function) rejects with; fails the test otherwise. */
export async function rejected(p: Promise<unknown> | (() => unknown)): Promise<ChainsimError> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw new Error(`expected a ChainsimError, got ${(e as Error)?.stack ?? String(e)}`);
  }
  throw new Error("expected a ChainsimError, but it succeeded");
}
