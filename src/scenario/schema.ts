/**
 * The scenario file format: the single source of truth.
 *
 * This zod schema validates the structure of a parsed file, gives the
 * TypeScript types of the raw file (`ScenarioFile`), and is exported as the
 * JSON Schema in `schema/scenario.schema.json` (`chainsim schema`).
 *
 * Numbers are "magnitudes": a number, or text as the documents print it
 * (`2.2万亿`, `10%以上`, `11000~11300`). Their meaning depends on where they
 * stand (an amount in the sector's unit, a rate, a share), so they are read by
 * the normaliser (`normalise.ts`), which knows the units.
 */
import { z } from "zod";
import { suggest } from "../messages.js";

/** A strict object whose unknown-key error carries the allowed keys and a suggestion. */
function obj<T extends z.ZodRawShape>(shape: T, description?: string) {
  const keys = Object.keys(shape);
  const schema = z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== "unrecognized_keys") return undefined;
      const key = String(iss.keys[0] ?? "");
      return JSON.stringify({ unknownKey: key, suggestion: suggest(key, keys) ?? null, allowed: keys });
    },
  });
  return description ? schema.describe(description) : schema;
}

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const TARGET_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/i;

export const Id = z
  .string()
  .regex(ID_PATTERN)
  .describe("snake_case id: lower-case letters, digits, underscores");

export const Magnitude = z
  .union([z.number(), z.string()])
  .describe(
    "a number, or a magnitude as printed: 2.2万亿, 14000亿, 过千亿, 10%以上, 5‰, 2000万, 11000~11300",
  );

export const Year = z.number().int().describe("a calendar year, e.g. 2025");

export const Name = z.union([
  z.string(),
  obj({ zh: z.string().optional(), en: z.string().optional() }, "names in Chinese and English"),
]);

export const Source = obj(
  {
    doc: z.string().describe("source document file, e.g. 000_4bf4d86db3557302.txt"),
    clause: z
      .union([z.string(), z.number()])
      .describe("clause as the document numbers it, e.g. 二(二)")
      .optional(),
    figure: z.union([z.string(), z.number()]).describe("the figure as printed, e.g. 2.2万亿元").optional(),
    note: z.string().optional(),
  },
  "where a figure comes from",
);

const Triple = z.tuple([Magnitude, Magnitude, Magnitude]);
const Pair = z.tuple([Magnitude, Magnitude]);

/** Probability distributions, written as a one-key mapping: `{ triangular: [8%, 12%, 17%] }`. */
export const Distribution = z.union([
  obj({ normal: z.union([Pair, obj({ mean: Magnitude, sd: Magnitude })]) }, "normal: [mean, sd]"),
  obj(
    {
      truncnormal: z.union([
        z.tuple([Magnitude, Magnitude, Magnitude, Magnitude]),
        obj({ mean: Magnitude, sd: Magnitude, min: Magnitude, max: Magnitude }),
      ]),
    },
    "normal truncated to [min, max]: [mean, sd, min, max]",
  ),
  obj(
    { lognormal: z.union([Pair, obj({ median: Magnitude, sigma: z.number() })]) },
    "lognormal: [median, sigma of the log]; for growth rates the factor 1+g is lognormal",
  ),
  obj({ uniform: Pair }, "uniform: [min, max]"),
  obj({ triangular: Triple }, "triangular: [min, mode, max]"),
  obj({ pert: Triple }, "PERT (beta): [min, mode, max]"),
  obj(
    {
      choice: z.union([
        obj({ values: z.array(Magnitude).min(1), weights: z.array(z.number()).optional() }),
        z.array(obj({ value: Magnitude, weight: z.number() })).min(1),
      ]),
    },
    "discrete choice with weights",
  ),
  obj({ empirical: z.array(Magnitude).min(1) }, "empirical: resample from a list of observed values"),
]);

export const DISTRIBUTION_NAMES = [
  "normal",
  "truncnormal",
  "lognormal",
  "uniform",
  "triangular",
  "pert",
  "choice",
  "empirical",
] as const;

/** An uncertain quantity: a number, a range (uniform), or a distribution. */
export const Uncertain = z.union([Magnitude, Distribution]);

export const Formula = obj({ formula: z.string().describe("a restricted expression, e.g. gdp * 0.5") });

export const Growth = z
  .union([
    Magnitude,
    Distribution,
    obj(
      {
        schedule: z
          .record(z.string(), Uncertain)
          .describe("growth by year; years not listed keep the last rate"),
      },
      "growth rate by year",
    ),
    Formula,
    obj(
      {
        rate: Uncertain.describe("the growth rate: a number, a range or a distribution"),
        draw: z.enum(["once", "yearly"]).optional().describe("draw the rate once per run or each year"),
        autocorrelation: z.number().optional().describe("with yearly draws: correlation of successive years"),
        note: z.string().optional(),
      },
      "a growth rate with sampling options",
    ),
  ])
  .describe("annual growth: 10%, 8%~12%, a distribution, { schedule }, { formula } or { rate, draw }");

export const Baseline = z
  .union([
    Magnitude,
    z.literal("implied"),
    obj(
      {
        year: Year.optional(),
        value: Uncertain,
        source: Source.optional(),
        note: z.string().optional(),
      },
      "a published or assumed starting value",
    ),
    obj(
      {
        implied: obj({
          target: z.string().optional().describe("the level goal to back-calculate from"),
          growth: Magnitude.optional().describe("the growth rate to discount with"),
        }),
      },
      "back-calculated from a goal and a growth rate",
    ),
  ])
  .describe("a value (in base_year), { year, value }, or implied");

const quantityShape = {
  name: Name.optional(),
  unit: z.string().optional().describe("unit of the values, e.g. 亿元, 家, %"),
  baseline: Baseline.optional(),
  growth: Growth.optional(),
  value: Formula.optional().describe("a level given by a formula instead of baseline and growth"),
  actuals: z.record(z.string(), Magnitude).optional().describe("published outcomes by year"),
  note: z.string().optional(),
  source: Source.optional(),
};

export const Sector = obj(
  {
    ...quantityShape,
    children: z.array(z.string()).optional().describe("sub-sectors whose goals should add up to this one"),
    exhaustive: z.boolean().optional().describe("whether the children together are the whole sector"),
  },
  "a sector with revenue or output",
);

export const Indicator = obj(
  {
    ...quantityShape,
    flow: z.boolean().optional().describe("values are yearly additions (new firms, patents per year)"),
  },
  "a non-revenue quantity: firms, patents, a share of GDP",
);

const comparatorShape = {
  at_least: Magnitude.optional().describe("突破, 超过, 以上, 过"),
  reach: Magnitude.optional().describe("达到"),
  about: Magnitude.optional().describe("左右 (see tolerance)"),
  no_fewer_than: Magnitude.optional().describe("不少于"),
  below: Magnitude.optional().describe("低于"),
  at_most: Magnitude.optional().describe("不超过, 以下"),
  tolerance: Magnitude.optional().describe("for about: relative tolerance, default 5%"),
};

export const COMPARATORS = ["at_least", "reach", "about", "no_fewer_than", "below", "at_most"] as const;

const Period = obj({ from: Year, to: Year, ...comparatorShape });

export const Target = obj(
  {
    id: z.string().regex(TARGET_ID_PATTERN).optional(),
    sector: z.string().optional(),
    indicator: z.string().optional(),
    year: Year.optional(),
    ...comparatorShape,
    growth: Period.optional().describe("average annual growth from..to"),
    share: obj({ of: z.string(), year: Year, ...comparatorShape })
      .optional()
      .describe("share of another quantity"),
    per_year: Period.optional().describe("a yearly flow that must hold in every year of the period"),
    cumulative: Period.optional().describe("the sum of yearly values over the period"),
    group: z.string().optional().describe("a group name for joint probabilities"),
    source: Source.optional(),
    note: z.string().optional(),
  },
  "a goal from a document",
);

export const Overlap = obj(
  {
    part: z.string().describe("the sector whose value is partly counted elsewhere"),
    within: z.string().optional().describe("the sector that also counts that share"),
    outside: z.string().optional().describe("a parent whose statistical scope excludes that share"),
    share: Uncertain.describe("the share of `part`: 60%, a range 60%~90%, or a distribution"),
    note: z.string().optional(),
    source: Source.optional(),
  },
  "a share of one sector also counted in another (within), or outside a parent's scope (outside)",
);

export const Region = obj(
  {
    id: z.string().regex(ID_PATTERN).describe("a short id for the region, e.g. liaocheng"),
    file: z.string().describe("the region's scenario file, relative to this one"),
    map: z
      .record(z.string(), z.string())
      .optional()
      .describe("the region's sector or indicator → this scenario's (default: same ids)"),
    note: z.string().optional(),
  },
  "another scenario included as a region (a city inside a province)",
);

const InputName = z
  .string()
  .describe(
    "an uncertain input: software.growth, software.baseline, or software.growth.2024 (a year of a schedule)",
  );

export const CorrelationPair = obj(
  {
    between: z.tuple([InputName, InputName]),
    rho: z.number().describe("the correlation, from -1 to 1"),
    note: z.string().optional(),
  },
  "a correlation between two uncertain inputs",
);

export const CorrelationMatrix = obj(
  {
    inputs: z.array(InputName).min(2),
    matrix: z
      .array(z.array(z.number()))
      .describe("a symmetric matrix over inputs, 1 on the diagonal, entries from -1 to 1"),
    note: z.string().optional(),
  },
  "correlations among several uncertain inputs, as a matrix",
);

export const Correlations = z
  .union([CorrelationMatrix, z.array(z.union([CorrelationPair, CorrelationMatrix]))])
  .describe(
    "correlations between uncertain inputs (Gaussian copula): a list of { between: [a, b], rho } and { inputs, matrix } entries, or one { inputs, matrix }",
  );

export const Variant = obj(
  {
    description: z.string().optional(),
    set: z.record(z.string(), z.unknown()).describe("overrides: path → value, as with --set"),
  },
  "a named set of overrides",
);

export const ScenarioFile = obj(
  {
    $schema: z.string().optional(),
    id: z.string().regex(TARGET_ID_PATTERN).describe("scenario id, e.g. shandong-it-2025"),
    title: z.string(),
    description: z.string().optional(),
    unit: z.string().describe("the money unit for sectors, e.g. 亿元"),
    base_year: Year,
    horizon: Year,
    documents: z.record(z.string(), z.string()).optional().describe("short names for source documents"),
    sectors: z.record(z.string(), Sector),
    indicators: z.record(z.string(), Indicator).optional(),
    targets: z.array(Target).optional(),
    overlaps: z
      .array(Overlap)
      .optional()
      .describe("double counting between sectors, and shares outside a parent's scope"),
    regions: z.array(Region).optional().describe("other scenarios rolled up into this one"),
    regions_exhaustive: z
      .boolean()
      .optional()
      .describe("whether the regions together are the whole of this scenario"),
    allow_outside_includes: z
      .boolean()
      .optional()
      .describe("allow region files outside this file's folder tree"),
    correlations: Correlations.optional(),
    variants: z.record(z.string(), Variant).optional(),
  },
  "a chainsim scenario",
);

export type ScenarioFile = z.infer<typeof ScenarioFile>;
export type SectorFile = z.infer<typeof Sector>;
export type IndicatorFile = z.infer<typeof Indicator>;
export type TargetFile = z.infer<typeof Target>;
export type GrowthFile = z.infer<typeof Growth>;
export type BaselineFile = z.infer<typeof Baseline>;
export type DistributionFile = z.infer<typeof Distribution>;
export type UncertainFile = z.infer<typeof Uncertain>;
export type MagnitudeFile = z.infer<typeof Magnitude>;
export type Comparator = (typeof COMPARATORS)[number];
export type OverlapFile = z.infer<typeof Overlap>;
export type RegionFile = z.infer<typeof Region>;
export type CorrelationsFile = z.infer<typeof Correlations>;

/** The JSON Schema of the scenario format, generated from the zod schema. */
export function scenarioJsonSchema(): unknown {
  const registry = z.registry<{ id: string }>();
  const named = {
    Magnitude,
    Year,
    Name,
    Source,
    Distribution,
    Uncertain,
    Formula,
    Growth,
    Baseline,
    Sector,
    Indicator,
    Target,
    Overlap,
    Region,
    CorrelationPair,
    CorrelationMatrix,
    Correlations,
    Variant,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const schema = z.toJSONSchema(ScenarioFile, {
    io: "input",
    unrepresentable: "any",
    metadata: registry,
  }) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://chainsim.dev/schema/scenario.schema.json",
    title: "chainsim scenario",
    ...schema,
  };
}
