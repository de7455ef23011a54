/**
 * The uncertain inputs of a links system (coefficients, local shares, final
 * demand, value added), their stream names, one draw of them, and whether a
 * draw is usable.
 */
import { type Prepared, prepare, sampleAt } from "../../engine/distributions/index.js";
import { HALF_STEP, type Uniform } from "../../engine/streams.js";
import type { UncertainValue } from "../../model/distribution.js";
import type { Links } from "../../model/link.js";

/** One draw (or the central values) of the uncertain inputs. */
export interface ChainParams {
  a: number[][];
  s: number[];
  f: number[] | null;
  va: number[][];
}

export interface ChainInput {
  name: string;
  value: UncertainValue;
}

export function coefficientInput(column: string, row: string): string {
  return `links.coefficients.${column}.${row}`;
}

/** The central values of a links system's inputs. */
export function centralParams(links: Links): ChainParams {
  return {
    a: links.coefficients.map((row) => row.map((c) => c?.central ?? 0)),
    s: links.localShare.map((c) => c?.central ?? 1),
    f: links.finalDemand ? links.finalDemand.map((c) => c?.central ?? 0) : null,
    va: links.valueAdded.map((r) => r.shares.map((c) => c?.central ?? 0)),
  };
}

/** The uncertain inputs of a links system, with their stream names. */
export function uncertainInputs(links: Links): ChainInput[] {
  const { sectors } = links;
  const out: ChainInput[] = [];
  const add = (name: string, u: UncertainValue | null) => {
    if (u && u.dist.type !== "point") out.push({ name, value: u });
  };
  links.coefficients.forEach((row, i) => {
    row.forEach((c, j) => {
      add(coefficientInput(sectors[j]!, sectors[i]!), c);
    });
  });
  links.localShare.forEach((c, i) => {
    add(`links.local_share.${sectors[i]}`, c);
  });
  links.finalDemand?.forEach((c, i) => {
    add(`links.final_demand.${sectors[i]}`, c);
  });
  for (const r of links.valueAdded) {
    r.shares.forEach((c, j) => {
      add(`links.value_added.${r.name}.${sectors[j]}`, c);
    });
  }
  return out;
}

/** Where each uncertain input goes in a draw: coefficient (i, j), local share i, final demand i or value added (r, j). */
type Target =
  | { kind: "a"; i: number; j: number }
  | { kind: "s"; i: number }
  | { kind: "f"; i: number }
  | { kind: "va"; r: number; j: number };

/**
 * Draws of the uncertain inputs, sample by sample, from one stream per input
 * (seeded from seed, input name and block by the caller): the k-th draw of an
 * input is the k-th number of its stream, whatever else is drawn.
 */
export class ChainDrawer {
  private readonly prepared: Prepared[];
  private readonly targets: Target[];

  constructor(
    links: Links,
    readonly inputs: readonly ChainInput[],
  ) {
    this.prepared = inputs.map((u) => prepare(u.value.dist));
    const { sectors } = links;
    const index = new Map<string, Target>();
    sectors.forEach((row, i) => {
      sectors.forEach((col, j) => {
        index.set(coefficientInput(col, row), { kind: "a", i, j });
      });
      index.set(`links.local_share.${row}`, { kind: "s", i });
      index.set(`links.final_demand.${row}`, { kind: "f", i });
    });
    links.valueAdded.forEach((r, k) => {
      sectors.forEach((col, j) => {
        index.set(`links.value_added.${r.name}.${col}`, { kind: "va", r: k, j });
      });
    });
    this.targets = inputs.map((u) => index.get(u.name)!);
  }

  /**
   * The next draw: the central values with every uncertain input replaced by
   * its stream's next number (coefficients, shares and value added clamped to
   * be at least 0, shares at most 1). `p` is overwritten (it must start as a
   * copy of the central values; only uncertain entries change).
   */
  draw(p: ChainParams, streams: readonly Uniform[]): void {
    const clamp = (v: number, hi = Number.POSITIVE_INFINITY) => Math.min(hi, Math.max(0, v));
    for (let d = 0; d < this.targets.length; d++) {
      const v = sampleAt(this.prepared[d]!, streams[d]!() + HALF_STEP);
      const t = this.targets[d]!;
      if (t.kind === "a") p.a[t.i]![t.j] = clamp(v);
      else if (t.kind === "s") p.s[t.i] = clamp(v, 1);
      else if (t.kind === "f") p.f![t.i] = v;
      else p.va[t.r]![t.j] = clamp(v);
    }
  }
}

/** A draw is used only when every column's inputs stay below 1 per unit of output, and with value added at most 1. */
export function validDraw(p: ChainParams, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.a[i]![j]!;
    if (!(sum < 1)) return false;
    for (const row of p.va) sum += row[j]!;
    if (!(sum <= 1 + 1e-9)) return false;
  }
  return true;
}
