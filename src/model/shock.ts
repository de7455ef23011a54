/**
 * A shock to one sector of the industry chain: a change of its final demand
 * (Leontief, demand-driven) or of its primary inputs (Ghosh, supply-driven).
 */
export interface Shock {
  sector: string;
  kind: "relative" | "absolute";
  /** A fraction (−0.1) for relative shocks, an amount in the scenario unit for absolute ones. */
  value: number;
  /** As written on the command line. */
  arg: string;
}
