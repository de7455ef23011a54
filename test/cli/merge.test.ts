import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseShard, shardBlocks } from "../../src/engine/shard.js";
import { cli, SHANDONG } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-merge-"));
const state = (name: string) => join(dir, name);
const RUN = ["--samples", "9000", "--seed", "11"];

async function shard(k: number, n: number, file: string, ...extra: string[]) {
  const r = await cli("simulate", SHANDONG, ...RUN, "--shard", `${k}/${n}`, "--state-out", file, ...extra);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe("");
}

describe("sharded runs and chainsim merge", () => {
  it("3 shards merged give byte-identical output to the unsharded run (json and table)", async () => {
    await shard(1, 3, state("a1.json"));
    await shard(2, 3, state("a2.json"), "--workers", "2");
    await shard(3, 3, state("a3.json"));
    for (const format of ["json", "table", "csv"]) {
      const whole = await cli("simulate", SHANDONG, ...RUN, "--format", format);
      const merged = await cli(
        "merge",
        state("a3.json"),
        state("a1.json"),
        state("a2.json"),
        "--format",
        format,
      );
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    }
    const st = JSON.parse(readFileSync(state("a1.json"), "utf8"));
    expect(st).toMatchObject({ format: "chainsim-state", formatVersion: 1, shard: { index: 1, count: 3 } });
    expect(st.blocks).toEqual([0, 3]);
  }, 120_000);

  it("a single --state-out without --shard is shard 1/1", async () => {
    const r = await cli("simulate", SHANDONG, ...RUN, "--state-out", state("whole.json"));
    expect(r.code).toBe(0);
    const merged = await cli("merge", state("whole.json"), "--format", "json");
    const whole = await cli("simulate", SHANDONG, ...RUN, "--format", "json");
    expect(merged.stdout).toBe(whole.stdout);
  });

  it("refuses missing, duplicate and foreign shards with positioned errors", async () => {
    await shard(1, 2, state("b1.json"));
    await shard(2, 2, state("b2.json"));
    const missing = await cli("merge", state("b1.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("E_STATE_MISSING_SHARD");
    const dup = await cli("merge", state("b1.json"), state("b1.json"), state("b2.json"));
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/b1\.json:\d+:\d+: error E_STATE_DUPLICATE_SHARD/);
    const other = await cli(
      "simulate",
      SHANDONG,
      "--samples",
      "9000",
      "--seed",
      "12",
      "--shard",
      "2/2",
      "--state-out",
      state("c2.json"),
    );
    expect(other.code).toBe(0);
    const seed = await cli("merge", state("b1.json"), state("c2.json"));
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/c2\.json:\d+:\d+: error E_STATE_MISMATCH: .* seed is 12/);
    const count = await cli("merge", state("b1.json"), state("a2.json"));
    expect(count.stderr).toContain("E_STATE_MISMATCH");
    const v = JSON.parse(readFileSync(state("b2.json"), "utf8"));
    v.formatVersion = 99;
    writeFileSync(state("v2.json"), JSON.stringify(v, null, 2));
    const version = await cli("merge", state("b1.json"), state("v2.json"));
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/v2\.json:\d+:\d+: error E_STATE_VERSION/);
    writeFileSync(state("junk.json"), "{}");
    expect((await cli("merge", state("junk.json"))).stderr).toContain("E_STATE_FORMAT");
    // in Chinese, the field and the detail are Chinese too (src/i18n/text/state.ts), not English inside 错误
    const seedZh = await cli("merge", state("b1.json"), state("c2.json"), "--lang", "zh");
    expect(seedZh.stderr).toMatch(/E_STATE_MISMATCH：.*随机种子 为 12/);
    expect(seedZh.stderr).not.toMatch(/\bseed is\b/);
    const junkZh = await cli("merge", state("junk.json"), "--lang", "zh");
    expect(junkZh.stderr).toContain('"format" 不是');
  }, 60_000);

  it("reads --shard K/N and assigns blocks round-robin", async () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(shardBlocks(7, { index: 2, count: 3 })).toEqual([1, 4]);
    for (const bad of ["0/3", "4/3", "x", "1/0"]) expect(() => parseShard(bad)).toThrow();
    const r = await cli("simulate", SHANDONG, "--shard", "1/2");
    expect(r.code).toBe(2);
  });
});
