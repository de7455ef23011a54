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

/** Where an uncertain input goes in a draw: coefficient (i, j), local share i, final demand i or value added (r, j). */
export type InputTarget =
  | { kind: "a"; i: number; j: number }
  | { kind: "s"; i: number }
  | { kind: "f"; i: number }
  | { kind: "va"; r: number; j: number };

export interface ChainInput {
  name: string;
  value: UncertainValue;
  target: InputTarget;
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
  const uncertain = (u: UncertainValue | null): u is UncertainValue => u !== null && u.dist.type !== "point";
  links.coefficients.forEach((row, i) => {
    row.forEach((c, j) => {
      if (uncertain(c))
        out.push({ name: coefficientInput(sectors[j]!, sectors[i]!), value: c, target: { kind: "a", i, j } });
    });
  });
  links.localShare.forEach((c, i) => {
    if (uncertain(c))
      out.push({ name: `links.local_share.${sectors[i]}`, value: c, target: { kind: "s", i } });
  });
  links.finalDemand?.forEach((c, i) => {
    if (uncertain(c))
      out.push({ name: `links.final_demand.${sectors[i]}`, value: c, target: { kind: "f", i } });
  });
  links.valueAdded.forEach((r, k) => {
    r.shares.forEach((c, j) => {
      if (uncertain(c))
        out.push({
          name: `links.value_added.${r.name}.${sectors[j]}`,
          value: c,
          target: { kind: "va", r: k, j },
        });
    });
  });
  return out;
}

/**
 * Draws of the uncertain inputs, sample by sample, from one stream per input
 * (seeded from seed, input name and block by the caller): the k-th draw of an
 * input is the k-th number of its stream, whatever else is drawn. Column sums
 * (coefficients, value added) are kept up to date from the central ones, so
 * checking a draw costs O(inputs + n), not O(n²).
 */
export class ChainDrawer {
  private readonly prepared: Prepared[];
  private readonly centralValue: Float64Array;
  private readonly centralA: Float64Array;
  private readonly centralVa: Float64Array;
  private readonly colA: Float64Array;
  private readonly colVa: Float64Array;

  constructor(
    readonly central: ChainParams,
    readonly inputs: readonly ChainInput[],
  ) {
    const n = central.s.length;
    this.prepared = inputs.map((u) => prepare(u.value.dist));
    this.centralValue = Float64Array.from(inputs, (u) => {
      const t = u.target;
      if (t.kind === "a") return central.a[t.i]![t.j]!;
      if (t.kind === "s") return central.s[t.i]!;
      if (t.kind === "f") return central.f![t.i]!;
      return central.va[t.r]![t.j]!;
    });
    this.centralA = new Float64Array(n);
    this.centralVa = new Float64Array(n);
    for (const row of central.a) for (let j = 0; j < n; j++) this.centralA[j]! += row[j]!;
    for (const row of central.va) for (let j = 0; j < n; j++) this.centralVa[j]! += row[j]!;
    this.colA = new Float64Array(n);
    this.colVa = new Float64Array(n);
  }

  /**
   * The next draw into `p` (a copy of the central values; only uncertain
   * entries change): each uncertain input takes its stream's next number
   * (coefficients, shares and value added clamped to be at least 0, shares at
   * most 1). Returns whether the draw is usable: every column's inputs below
   * 1 per unit of output, and with value added at most 1.
   */
  draw(p: ChainParams, streams: readonly Uniform[]): boolean {
    const clamp = (v: number, hi = Number.POSITIVE_INFINITY) => Math.min(hi, Math.max(0, v));
    this.colA.set(this.centralA);
    this.colVa.set(this.centralVa);
    for (let d = 0; d < this.inputs.length; d++) {
      const v = sampleAt(this.prepared[d]!, streams[d]!() + HALF_STEP);
      const t = this.inputs[d]!.target;
      if (t.kind === "a") {
        const c = clamp(v);
        p.a[t.i]![t.j] = c;
        this.colA[t.j]! += c - this.centralValue[d]!;
      } else if (t.kind === "s") p.s[t.i] = clamp(v, 1);
      else if (t.kind === "f") p.f![t.i] = v;
      else {
        const c = clamp(v);
        p.va[t.r]![t.j] = c;
        this.colVa[t.j]! += c - this.centralValue[d]!;
      }
    }
    for (let j = 0; j < this.colA.length; j++) {
      if (!(this.colA[j]! < 1) || !(this.colA[j]! + this.colVa[j]! <= 1 + 1e-9)) return false;
    }
    return true;
  }
}
