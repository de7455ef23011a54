/**
 * The Leontief and Ghosh models against a textbook example and against
 * identities that must hold for any productive system.
 *
 * The two-sector example is from Miller, R. E. and Blair, P. D.,
 * Input-Output Analysis: Foundations and Extensions, 2nd ed., Cambridge
 * University Press, 2009, chapter 2 (section 2.3): Z = [[150, 500], [200, 100]],
 * x = [1000, 2000]. Checked by hand from the formulas:
 *   A = Z x̂⁻¹ = [[150/1000, 500/2000], [200/1000, 100/2000]] = [[0.15, 0.25], [0.2, 0.05]]
 *   I − A = [[0.85, −0.25], [−0.2, 0.95]], det = 0.85·0.95 − 0.25·0.2 = 0.7575
 *   L = (1/0.7575)[[0.95, 0.25], [0.2, 0.85]] = [[1.2541, 0.3300], [0.2640, 1.1221]]
 *   f = [600, 1500] → x = L f = [1.2541·600 + 0.3300·1500, 0.2640·600 + 1.1221·1500] = [1247.52, 1841.58]
 *   output multipliers = column sums of L = [1.5182, 1.4521]
 */
import seedrandom from "seedrandom";
import { beforeAll, describe, expect, it } from "vitest";
import {
  allocationCoefficients,
  ghoshInverse,
  primaryInputs,
  solveSupply,
} from "../../../src/analysis/chain/ghosh.js";
import { leontiefInverse, technicalCoefficients } from "../../../src/analysis/chain/leontief-inverse.js";
import { type LinearAlgebra, loadLinearAlgebra } from "../../../src/analysis/chain/linear-algebra.js";
import { classifySector, rasmussen } from "../../../src/analysis/chain/linkages.js";
import { columnSums, matVec, rowSums, scaleColumns } from "../../../src/analysis/chain/matrix.js";
import { outputMultipliers, valueAddedMultipliers } from "../../../src/analysis/chain/multipliers.js";
import { demandShock, supplyShock } from "../../../src/analysis/chain/shock.js";
import { finalDemandFor, leontiefSystem, solveOutput } from "../../../src/analysis/chain/solve-output.js";

let la: LinearAlgebra;
beforeAll(async () => {
  la = await loadLinearAlgebra();
});

const Z = [
  [150, 500],
  [200, 100],
];
const X = [1000, 2000];
const A = [
  [0.15, 0.25],
  [0.2, 0.05],
];

function expectMatrix(actual: number[][], expected: number[][], digits: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => {
    row.forEach((v, j) => {
      expect(v).toBeCloseTo(expected[i]![j]!, digits);
    });
  });
}

function expectVector(actual: number[], expected: number[], digits: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    expect(v).toBeCloseTo(expected[i]!, digits);
  });
}

describe("Miller and Blair (2009), chapter 2: the two-sector example", () => {
  it("derives the technical coefficients A = Z x̂⁻¹", () => {
    expectMatrix(technicalCoefficients(Z, X), A, 12);
  });

  it("gives the Leontief inverse [[1.2541, 0.3300], [0.2640, 1.1221]]", () => {
    const L = leontiefInverse(la, A);
    expectMatrix(
      L,
      [
        [1.2541, 0.33],
        [0.264, 1.1221],
      ],
      4,
    );
    // exactly (1/0.7575)[[0.95, 0.25], [0.2, 0.85]]
    expectMatrix(
      L,
      [
        [0.95 / 0.7575, 0.25 / 0.7575],
        [0.2 / 0.7575, 0.85 / 0.7575],
      ],
      12,
    );
  });

  it("solves a new final demand f = [600, 1500] to x = [1247.52, 1841.58]", () => {
    expectVector(solveOutput(la, A, [600, 1500]), [1247.52, 1841.58], 2);
    expectVector(
      solveOutput(la, A, [600, 1500]),
      [(0.95 * 600 + 0.25 * 1500) / 0.7575, (0.2 * 600 + 0.85 * 1500) / 0.7575],
      9,
    );
  });

  it("reproduces the table: final demand (I − A)x = [350, 1700] and back", () => {
    expectVector(finalDemandFor(A, X), [350, 1700], 10);
    expectVector(solveOutput(la, A, [350, 1700]), X, 9);
  });

  it("output multipliers are the column sums of L: [1.5182, 1.4521]", () => {
    const sys = leontiefSystem(la, A);
    expectVector(outputMultipliers(sys), [1.5182, 1.4521], 4);
    expectVector(outputMultipliers(sys), columnSums(leontiefInverse(la, A)), 12);
  });

  it("a change of final demand splits into direct and indirect effects", () => {
    const e = demandShock(leontiefSystem(la, A), [250, -200]);
    expectVector(e.output, [247.52, -158.42], 2);
    expectVector(e.direct, [250, -200], 12);
    expectVector(e.indirect, [-2.48, 41.58], 2);
  });

  it("Rasmussen indices: sector 1 is a key sector, and the indices average 1", () => {
    const l = rasmussen(leontiefSystem(la, A));
    // column sums 1.5182, 1.4521; row sums 1.5842, 1.3861; mean 2.9703 / 2 = 1.4851
    expectVector(l.backward, [1.0222, 0.9778], 4);
    expectVector(l.forward, [1.0667, 0.9333], 4);
    expect(l.classes).toEqual(["key", "weak"]);
  });

  it("the Ghosh model: B = x̂⁻¹Z, G = (I − B)⁻¹ = x̂⁻¹ L x̂, and v'G = x'", () => {
    const B = allocationCoefficients(Z, X);
    expectMatrix(
      B,
      [
        [0.15, 0.5],
        [0.1, 0.05],
      ],
      12,
    );
    const v = primaryInputs(Z, X);
    expectVector(v, [650, 1400], 12);
    const G = ghoshInverse(la, B);
    const L = leontiefInverse(la, A);
    expectMatrix(
      G,
      L.map((row, i) => row.map((x, j) => (x * X[j]!) / X[i]!)),
      12,
    );
    expectVector(solveSupply(la, B, v), X, 9);
    expectVector(supplyShock(la, B, [-130, 0]).output, [-130 * G[0]![0]!, -130 * G[0]![1]!], 9);
  });

  it("value-added multipliers are 1 when value added is everything but the inputs", () => {
    const v = columnSums(A).map((c) => 1 - c);
    expectVector(valueAddedMultipliers(leontiefSystem(la, A), v), [1, 1], 12);
  });
});

/** A random productive system: non-negative entries, column sums between 0.05 and 0.9. */
function randomSystem(rng: () => number, n: number): number[][] {
  const a = Array.from({ length: n }, () => Array.from({ length: n }, () => (rng() < 0.3 ? 0 : rng())));
  const sums = columnSums(a);
  const targets = Array.from({ length: n }, () => 0.05 + 0.85 * rng());
  return a.map((row) => row.map((v, j) => (sums[j]! > 0 ? (v / sums[j]!) * targets[j]! : 0)));
}

describe("identities on random productive systems", () => {
  const rng = seedrandom("chain identities");
  const systems = Array.from({ length: 40 }, () => {
    const n = 2 + Math.floor(rng() * 9);
    const a = randomSystem(rng, n);
    const f = Array.from({ length: n }, () => 10 + 1000 * rng());
    return { n, a, f };
  });

  it("x solves x = Ax + f", () => {
    for (const { a, f } of systems) {
      const x = solveOutput(la, a, f);
      const ax = matVec(a, x);
      x.forEach((xi, i) => {
        expect(xi).toBeCloseTo(ax[i]! + f[i]!, 7);
        expect(xi).toBeGreaterThanOrEqual(f[i]! - 1e-9); // L ≥ I: output at least final demand
      });
    }
  });

  it("the solution equals L f with the explicit inverse", () => {
    for (const { a, f } of systems) {
      expectVector(solveOutput(la, a, f), matVec(leontiefInverse(la, a), f), 7);
    }
  });

  it("output multipliers equal the column sums of L, and are at least 1", () => {
    for (const { a } of systems) {
      const m = outputMultipliers(leontiefSystem(la, a));
      expectVector(m, columnSums(leontiefInverse(la, a)), 9);
      for (const v of m) expect(v).toBeGreaterThanOrEqual(1 - 1e-12);
    }
  });

  it("Rasmussen backward and forward indices each average exactly 1", () => {
    for (const { n, a } of systems) {
      const l = rasmussen(leontiefSystem(la, a));
      const L = leontiefInverse(la, a);
      const mean = columnSums(L).reduce((s, v) => s + v, 0) / n;
      expect(l.backward.reduce((s, v) => s + v, 0) / n).toBeCloseTo(1, 12);
      expect(l.forward.reduce((s, v) => s + v, 0) / n).toBeCloseTo(1, 12);
      expectVector(
        l.forward,
        rowSums(L).map((r) => r / mean),
        9,
      );
      l.classes.forEach((c, i) => {
        expect(c).toBe(classifySector(l.backward[i]!, l.forward[i]!));
      });
    }
  });

  it("Ghosh: total output from primary inputs equals the Leontief output, and G = x̂⁻¹ L x̂", () => {
    for (const { a, f } of systems) {
      const x = solveOutput(la, a, f);
      const z = scaleColumns(a, x);
      const b = allocationCoefficients(z, x);
      const v = primaryInputs(z, x);
      expectVector(solveSupply(la, b, v), x, 6);
      // the value of total inputs equals the value of total outputs: Σv = Σf
      expect(v.reduce((s, t) => s + t, 0)).toBeCloseTo(
        f.reduce((s, t) => s + t, 0),
        6,
      );
      const G = ghoshInverse(la, b);
      const L = leontiefInverse(la, a);
      expectMatrix(
        G,
        L.map((row, i) => row.map((l, j) => (l * x[j]!) / x[i]!)),
        8,
      );
    }
  });

  it("a demand shock is linear: direct + indirect = total, and scaling the shock scales the effect", () => {
    for (const { a, f } of systems) {
      const sys = leontiefSystem(la, a);
      const df = f.map((v, i) => (i === 0 ? -0.1 * v : 0));
      const e = demandShock(sys, df);
      const e2 = demandShock(
        sys,
        df.map((v) => 2 * v),
      );
      e.output.forEach((o, i) => {
        expect(e.direct[i]! + e.indirect[i]!).toBeCloseTo(o, 9);
        expect(e2.output[i]!).toBeCloseTo(2 * o, 9);
        expect(o).toBeLessThanOrEqual(1e-9); // a cut in demand lowers every output (L ≥ 0)
      });
    }
  });
});
