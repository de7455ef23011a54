/**
 * A loaded scenario: validated, units normalised, formulas compiled.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import type { Correlations } from "./correlation.js";
import type { Firms } from "./firm.js";
import type { Instrument } from "./instrument.js";
import type { Links } from "./link.js";
import type { Overlap } from "./overlap.js";
import type { Quantity, SourceRef } from "./quantity.js";
import type { Target } from "./target.js";
import type { Unit } from "./units.js";

/** A source document as a reader cites it. */
export interface DocumentInfo {
  file: string;
  title?: string;
  /** The document number (文号), e.g. 鲁政发〔2023〕11号. */
  number?: string;
  issuer?: string;
  date?: string;
}

/** A goal of a source document left out of the scenario. */
export interface OutOfScopeGoal {
  /** Its id in seeds/goals.yaml. */
  goal: string;
  /** As the file writes it: one text, or one per language. */
  reason: string | Bilingual;
  source?: SourceRef;
}

export interface Scenario {
  id: string;
  title: string;
  description?: string;
  /** The money unit every sector value is expressed in. */
  unit: Unit;
  baseYear: number;
  horizon: number;
  /** Sectors then indicators, in file order. */
  quantities: Map<string, Quantity>;
  targets: Target[];
  /** Quantity ids in an order where every formula's references come first. */
  order: string[];
  /** Short name → file of each source document. */
  documents: Record<string, string>;
  /** Short name → what a reader cites a document by, when the file gives it ({ file, title, number, issuer, date }). */
  documentInfo?: Record<string, DocumentInfo>;
  /** Goals of the source documents the scenario does not model, each with the reason. */
  outOfScope?: OutOfScopeGoal[];
  /** Names of the variants defined in the file. */
  variants: string[];
  /** What was loaded: file, hash, variant and overrides applied. */
  provenance: Provenance;
  /** Stated double counting and out-of-scope shares. */
  overlaps: Overlap[];
  /** Other scenarios included as regions. */
  regions: RegionRef[];
  /** Whether the regions together are the whole of this scenario. */
  regionsExhaustive: boolean;
  /** Correlations between uncertain inputs (Gaussian copula), when the file states any. */
  correlations?: Correlations;
  /** Input-output links between sectors, for chain analysis. */
  links?: Links;
  /** The firm population policy instruments pay (`firms:`). */
  firms?: Firms;
  /** Subsidy and award rules (`instruments:`), costed by `chainsim costs`. */
  instruments?: Instrument[];
  warnings: Diagnostic[];
}

export interface RegionRef {
  id: string;
  file: string;
  scenario: Scenario;
  /** The region's quantity id → this scenario's quantity id. */
  map: Record<string, string>;
  line: number;
}

export interface Provenance {
  file: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  variant: string | null;
  overrides: string[];
}

export function sectors(s: Scenario): Quantity[] {
  return [...s.quantities.values()].filter((q) => q.kind === "sector");
}

export function indicators(s: Scenario): Quantity[] {
  return [...s.quantities.values()].filter((q) => q.kind === "indicator");
}
