import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // some suites build a report or simulate once in beforeAll; shared CI machines can be slow
    hookTimeout: 60_000,
    pool: "forks",
    // one scratch folder per run, where costly shared fixtures are made once (the built notebooks)
    globalSetup: ["test/global-setup.ts"],
  },
});
