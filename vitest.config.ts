import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The slowest test files (docs/testing.md), slowest first. With two files at a time, one of them started
 * last would keep one core busy alone at the end of the run; they start first instead.
 */
const SLOW_FIRST = [
  "test/scenario/plain-data.test.ts",
  "test/browser/visual-page.test.ts",
  "test/browser/notebooks.test.ts",
  "test/api/pack.test.ts",
  "test/browser/visual-screenshot.test.ts",
  "test/robustness/adversarial-memory.property.test.ts",
  "test/browser/page-agreement.test.ts",
  "test/report/kill.test.ts",
  "test/robustness/report-kill.test.ts",
];

/** Vitest's order (failed, then longest last time, else largest), with the files of SLOW_FIRST first. */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(relative(process.cwd(), f.moduleId).split("\\").join("/"));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // some suites build a report or simulate once in beforeAll; shared CI machines can be slow
    hookTimeout: 60_000,
    pool: "forks",
    // two test files at a time on a 2-core machine: vitest's default (cores − 1) runs one file at a time
    // there, leaving a core idle while a file waits on Chromium, a child process or its worker threads
    // (docs/testing.md); on more cores, vitest's default
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowFirst },
    // one scratch folder per run, where costly shared fixtures are made once (the built notebooks)
    globalSetup: ["test/global-setup.ts"],
  },
});
