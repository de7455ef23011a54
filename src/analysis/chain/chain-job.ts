/**
 * Monte Carlo intervals of chain analysis on the engine's block runner:
 * block b draws every uncertain input from its stream (seed, input, b),
 * solves each usable draw from the central factors (`nearbySystem`), and
 * counts every metric in a quantile sketch — nothing is kept per sample, so
 * memory does not grow with the number of samples. A block's numbers are
 * its counts of used and dropped draws; sketches merge exactly in any order,
 * so any number of threads gives the same bytes.
 */
import { Accumulator } from "../../engine/accumulator.js";
import type { BlockJob } from "../../engine/block-job.js";
import { blockLength, stream } from "../../engine/streams.js";
import type { Scenario } from "../../model/scenario.js";
import { evaluateChain } from "./chain-evaluate.js";
import { ChainDrawer, type ChainParams } from "./chain-inputs.js";
import { type ChainSetup, type ChainSetupOptions, chainSetup } from "./chain-setup.js";
import { nearbySystem } from "./nearby-system.js";

export interface ChainJobOptions extends ChainSetupOptions {
  samples: number;
  seed: number;
}

/** Build the chain job for a worker thread (the `JobSpec` entry point). */
export function createJob(s: Scenario, options: unknown): BlockJob {
  const o = options as ChainJobOptions;
  return new ChainJob(chainSetup(s, o), o.samples, o.seed);
}

export class ChainJob implements BlockJob {
  /** One sketch per metric value (`setup.slots`). */
  readonly acc: Accumulator;
  private readonly drawer: ChainDrawer;
  /** The draw's I − A_r, reused from draw to draw. */
  private readonly matrix: Float64Array;

  constructor(
    readonly setup: ChainSetup,
    readonly samples: number,
    readonly seed: number,
  ) {
    this.acc = new Accumulator({ stats: setup.slots.length, targets: 0, groups: 0, verdicts: 0 });
    this.drawer = new ChainDrawer(setup.central, setup.inputs);
    this.matrix = new Float64Array(setup.n * setup.n);
  }

  /** Numbers of block b: [draws used, draws dropped]. */
  runBlock(b: number): Float64Array {
    const { setup } = this;
    const nb = blockLength(this.samples, b);
    const streams = setup.inputs.map((u) => stream(this.seed, u.name, b));
    const c = setup.central;
    const p: ChainParams = {
      a: c.a.map((row) => [...row]),
      s: [...c.s],
      f: c.f ? [...c.f] : null,
      va: c.va.map((row) => [...row]),
    };
    let used = 0;
    for (let j = 0; j < nb; j++) {
      if (!this.drawer.draw(p, streams)) continue;
      const m = evaluateChain(setup.context, p, (d) => nearbySystem(setup.system, d.a, d.s, this.matrix));
      for (const [key, values] of m) {
        const at = setup.offsets.get(key);
        if (at === undefined) continue;
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!;
          if (!Number.isNaN(v)) this.acc.sketches[at + i]!.add(v);
        }
      }
      used++;
    }
    return Float64Array.of(used, nb - used);
  }

  sketchState(): { sketchHeader: Float64Array; sketchData: Float64Array } {
    return this.acc.serializeSketches();
  }
}
