/**
 * Vitest's global setup (vitest.config.ts): one scratch folder for the whole
 * run, shared by every test file (`inject("runDir")`), removed at the end.
 * What is costly to make and the same for every file that needs it within a
 * run — the built notebooks (test/page/build-notebooks.ts) — is made there
 * once, by the first file that asks for it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A scratch folder that lives as long as this vitest run. */
    runDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "chainsim-test-run-"));
  project.provide("runDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
