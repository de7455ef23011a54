import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

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
    // one scratch folder per run, where costly shared fixtures are made once (the built notebooks)
    globalSetup: ["test/global-setup.ts"],
  },
});
