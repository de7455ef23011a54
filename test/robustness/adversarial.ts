/**
 * Adversarial scenario files (issue 22), shared by the property test and
 * bench/robustness.ts: each kind stresses one limit, scaled by `size`.
 */
import { HEAD, SECTOR } from "./helpers.js";

export const KINDS = [
  "deep-brackets",
  "deep-lines",
  "long-ids",
  "unknown-keys",
  "many-sectors",
  "long-line",
  "aliases",
  "cr-only",
  "dup-keys",
  "fullwidth",
  "controls",
  "many-refs",
  "long-strings",
  "wide-map",
  "deep-legal",
  "many-includes",
  "valid-near-limit",
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * A file of the given kind, of roughly `size` bytes.
 *
 * @example
 * adversarial("deep-brackets", 2000).length // about 2000
 */
export function adversarial(kind: Kind, size: number): string {
  const fill = (unit: string, head = HEAD) =>
    head + unit.repeat(Math.max(1, Math.floor((size - head.length) / unit.length)));
  switch (kind) {
    case "deep-brackets":
      return `${HEAD}x: ${"[".repeat(Math.min(size, 9_000))}\n`;
    case "deep-lines":
      return fill(`x${"[".repeat(5000)}\n`, `${HEAD}y:\n`).replace(/\nx/g, "\n- ");
    case "long-ids": {
      let s = `${HEAD}sectors:\n`;
      for (let i = 0; s.length < size; i++)
        s += `  ${"a".repeat(300)}${i}:\n    baseline: 100\n    growth: 5%\n    children: [${"b".repeat(300)}${i}]\n`;
      return s;
    }
    case "unknown-keys": {
      let s = `${HEAD}${SECTOR}`;
      for (let i = 0; s.length < size; i++) s += `    k${i}: 1\n`;
      return s;
    }
    case "many-sectors": {
      let s = `${HEAD}sectors:\n`;
      for (let i = 0; s.length < size; i++) s += `  s${i}: { baseline: 100, growth: 5% }\n`;
      return s;
    }
    case "long-line":
      return `${HEAD}x: ${"y".repeat(size)}\n`;
    case "aliases":
      return `${HEAD}a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(i ? `*b${i - 1}` : "*a")
            .join(", ")}]`,
      ).join("\n")}\n`;
    case "cr-only":
      return `${HEAD}${SECTOR}`.replace(/\n/g, "\r").repeat(Math.max(1, Math.floor(size / 120)));
    case "dup-keys":
      return fill("  a: { baseline: 1, growth: 1% }\n", `${HEAD}sectors:\n`);
    case "fullwidth":
      return fill("  x：{ triangular: [8%， 12%， 17%] }\n", `${HEAD}sectors:\n`);
    case "controls":
      return fill("  \u001b]0;x\u0007: 1\n", `${HEAD}sectors:\n`);
    case "long-strings":
      // lines just under the line limit, quoted
      return fill(`  n: "${"长".repeat(300)}${"y".repeat(8000)}"\n`, `${HEAD}x:\n`).replace(
        /\n {2}n:/g,
        (_, i) => `\n  n${i}:`,
      );
    case "wide-map": {
      let s = `${HEAD}x: {`;
      for (let i = 0; s.length < size; i++) s += `${i % 50 === 49 ? "\n  " : ""}k${i}: ${i}, `;
      return `${s}z: 0}\n`;
    }
    case "deep-legal": {
      // 60 levels (the limit is 64), repeated
      let block = "";
      for (let i = 1; i <= 60; i++) block += `${" ".repeat(i)}k${i}:\n`;
      let s = `${HEAD}x:\n`;
      for (let j = 0; s.length < size; j++)
        s += ` d${j}:\n${block.replace(/^ /gm, "  ")}${" ".repeat(62)}v: ${j}\n`;
      return s;
    }
    case "many-includes": {
      let s = `${HEAD}${SECTOR}regions:\n`;
      for (let i = 0; s.length < size; i++) s += `  - { id: r${i}, file: r.yaml }\n`;
      return s;
    }
    case "valid-near-limit": {
      // valid sectors of 3 lines and 2 bracketed values: 5 entries each, up to the entries limit
      let s = `${HEAD}sectors:\n`;
      for (let i = 0; s.length < size && i < 31_990; i++)
        s += `  s${i}:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n`;
      return s;
    }
    case "many-refs": {
      let s = `${HEAD}sectors:\n  a:\n    baseline: 100\n    growth: 5%\n    children: [`;
      for (let i = 0; s.length < size; i++) s += `${"c".repeat(60)}${i}, `;
      return `${s}z]\n`;
    }
  }
}
