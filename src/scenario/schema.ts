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
    doc: z.string().optional().describe("source document file, e.g. 000_4bf4d86db3557302.txt"),
    clause: z
      .union([z.string(), z.number()])
      .describe("clause as the document numbers it, e.g. 二(二)")
      .optional(),
    figure: z.union([z.string(), z.number()]).describe("the figure as printed, e.g. 2.2万亿元").optional(),
    note: z.string().optional(),
    publisher: z.string().optional().describe("a published statistic: who published it"),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional()
      .describe("a published statistic: when (YYYY, YYYY-MM or YYYY-MM-DD)"),
    assumed: z
      .union([z.string(), obj({ zh: z.string(), en: z.string() }, "the reason in Chinese and English")])
      .optional()
      .describe(
        "no published figure: the value is assumed, for this reason: a text, or { zh, en } so each language reads its own",
      ),
  },
  "where a figure comes from",
);

/** A source document with what a reader cites it by (docs/scenarios.md). */
export const DocumentRef = obj(
  {
    file: z.string().describe("the document's file, e.g. 000_4bf4d86db3557302.txt"),
    title: z.string().optional().describe("the document's title"),
    number: z.string().optional().describe("the document number (文号), e.g. 鲁政发〔2023〕11号"),
    issuer: z.string().optional().describe("who issued it, e.g. 山东省人民政府"),
    date: z.string().optional().describe("the date it was issued (YYYY-MM-DD)"),
  },
  "a source document: its file, title, number, issuer and date",
);

/** A goal of a source document that the scenario does not model, and why. */
export const OutOfScope = obj(
  {
    goal: z.string().describe("the goal's id in seeds/goals.yaml, e.g. sd-digital-economy-fund"),
    reason: z
      .union([z.string(), obj({ zh: z.string(), en: z.string() }, "the reason in Chinese and English")])
      .describe("why the scenario does not model it: a text, or { zh, en } so each language reads its own"),
    source: Source.optional(),
  },
  "a goal left out of the scenario, with the reason",
);

/** A published outcome with what the publication says about it (docs/actuals.md). */
export const ActualObject = obj(
  {
    value: Magnitude.describe("the figure as published: 20000以上, 20000~22500, 9730"),
    spread: Magnitude.optional().describe(
      "for a floor (以上) the relative range above it, e.g. 0%~12.5%; for 左右 the relative range either side",
    ),
    through: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .optional()
      .describe("a partial-year figure: the last month it covers, e.g. 2023-06"),
    share_of_year: Magnitude.optional().describe(
      "with through: the share of the full year's total those months hold, e.g. 45%~50% (drawn like any input)",
    ),
    publisher: z.string().optional().describe("who published it"),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .optional()
      .describe("when it was published (YYYY-MM or YYYY-MM-DD); --as-of ignores it before then"),
    scope_break: z
      .boolean()
      .optional()
      .describe(
        "the series is redefined from this year: levels and growth goals are measured in the new scope",
      ),
    note: z.string().optional(),
  },
  "a published outcome with its uncertainty, period, publisher and date",
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
        source: Source.optional(),
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
        source: Source.optional(),
      },
      "a growth rate with sampling options",
    ),
  ])
  .describe("annual growth: 10%, 8%~12%, a distribution, { schedule }, { formula } or { rate, draw }");

export const Baseline = z
  .union([
    Magnitude,
    z.literal("implied"),
    Distribution,
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
  .describe("a value (in base_year), a range or distribution, { year, value }, or implied");

const quantityShape = {
  name: Name.optional(),
  unit: z.string().optional().describe("unit of the values, e.g. 亿元, 家, %"),
  baseline: Baseline.optional(),
  growth: Growth.optional(),
  value: z
    .union([
      Formula,
      obj(
        { sum: z.array(z.string()).min(1).describe("quantities added up each year") },
        "the sum of other quantities",
      ),
    ])
    .optional()
    .describe("a level given by a formula, or the sum of other quantities, instead of baseline and growth"),
  actuals: z
    .record(z.string(), z.union([Magnitude, ActualObject]))
    .optional()
    .describe("published outcomes by year"),
  note: z.string().optional(),
  source: Source.optional(),
  may_be_negative: z
    .boolean()
    .optional()
    .describe(
      "values may fall below zero (a net balance, a change): formulas giving negative values are not refused, and negative Monte Carlo draws not warned about",
    ),
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
    goal: z.string().optional().describe("the goal's id in seeds/goals.yaml, when the target's id differs"),
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

/** A row or column of values by sector: a mapping `{ ic: 0.1 }`, or a list in the order of `links.sectors`. */
const BySector = z.union([z.record(z.string(), Uncertain), z.array(Uncertain)]);
/** A matrix: `{ BUYER: { INPUT: value } }` (columns of inputs), or rows of lists in the order of `links.sectors`. */
const SectorMatrix = z.union([
  z.record(z.string(), z.record(z.string(), Uncertain)),
  z.array(z.array(Uncertain)),
]);

export const Links = obj(
  {
    sectors: z
      .array(z.string())
      .optional()
      .describe("the sectors of the system, in the order of rows and columns of matrices written as lists"),
    coefficients: SectorMatrix.optional().describe(
      "technical coefficients a_ij: input from sector i per unit of output of sector j; { terminals: { ic: 0.08~0.15 } } or rows of lists",
    ),
    transactions: SectorMatrix.optional().describe(
      "intermediate sales z_ij from sector i to sector j, amounts in the scenario unit (needs output)",
    ),
    output: BySector.optional().describe("total output of each sector of the transactions table"),
    local_share: BySector.optional().describe(
      "share of each input sector's sales to the system sourced locally (default 100%)",
    ),
    final_demand: BySector.optional().describe(
      "final demand by sector, amounts (default: derived from the projected output x as (I − A)x)",
    ),
    value_added: z
      .record(z.string(), BySector)
      .optional()
      .describe(
        "value-added rows by name (wages, surplus …): shares of each sector's output, or amounts with transactions",
      ),
    note: z.string().optional(),
    source: Source.optional(),
  },
  "input-output links between sectors, for chain analysis (chainsim chain)",
);

// ── firms and policy instruments (chainsim costs) ─────────────────────

/** A share (probability) or a true/false for a named firm. */
const ShareOrFlag = z.union([z.boolean(), Magnitude]);

/**
 * Eligibility: firm attribute → test. `sector: [electronics]`, `tag: chips`,
 * `in_park: true`, `investment: { at_least: 5000万 }`, `growth: { above: city_average }`,
 * `revenue: { first_above: 2000万 }`. Attributes are checked by the reader (with did-you-mean).
 */
export const Eligibility = z
  .record(
    z.string(),
    z.union([
      z.boolean(),
      z.string(),
      z.number(),
      z.array(z.string()),
      obj({
        at_least: Magnitude.optional(),
        above: Magnitude.optional(),
        at_most: Magnitude.optional(),
        below: Magnitude.optional(),
        first_above: Magnitude.optional(),
      }),
    ]),
  )
  .describe(
    "firm attribute → test, all must hold: sector, tag, in_park, entrant, entry_year, supporting, above_scale, in_scope (true/false), revenue, growth, investment, land, rent, rd, event_cost ({ at_least | above | at_most | below | first_above: value })",
  );

const firmProfileShape = {
  growth: Uncertain.optional().describe("the population's common yearly revenue growth, drawn each year"),
  spread: Uncertain.optional().describe(
    "firm-to-firm standard deviation of yearly growth around it, e.g. 15%",
  ),
  investment: obj(
    {
      probability: Uncertain.optional().describe("chance a firm starts a project in a year (default 0)"),
      amount: Uncertain.describe("project size (across projects)"),
      land_share: Uncertain.optional().describe("share of a project that is land (default 0)"),
    },
    "yearly investment projects; entrants always invest in their first year",
  ).optional(),
  rent: Uncertain.optional().describe("yearly rent of a firm leasing park premises"),
  in_park: ShareOrFlag.optional().describe("whether (or the chance that) a firm is in an industrial park"),
  rd_share: Uncertain.optional().describe("R&D spending as a share of revenue"),
};

export const FirmSector = obj(
  {
    name: Name.optional(),
    in_scope: z
      .boolean()
      .optional()
      .describe("whether its firms count in the firm-count and revenue goals (default true)"),
    ...firmProfileShape,
    note: z.string().optional(),
  },
  "a sector of firms, with the defaults of its populations",
);

export const NamedFirm = obj(
  {
    id: Id,
    name: Name.optional(),
    sector: z.string().describe("a sector under firms.sectors"),
    revenue: Uncertain.describe("revenue in the base year (or in its first year when entered is later)"),
    tags: z.array(z.string()).optional().describe("labels rules can test, e.g. chips"),
    in_scope: z.boolean().optional(),
    entered: Year.optional().describe("the year it entered the city or its park"),
    supporting: z.boolean().optional().describe("a supporting project (配套项目) with its own legal entity"),
    ...firmProfileShape,
    source: Source.optional(),
    note: z.string().optional(),
  },
  "a firm the document names",
);

export const FirmGroup = obj(
  {
    id: Id.optional(),
    name: Name.optional(),
    sector: z.string(),
    count: Uncertain.describe("how many firms (drawn per sample, rounded)"),
    revenue: Uncertain.describe("base-year revenue of each firm (a distribution across firms)"),
    tags: z.array(z.string()).optional(),
    in_scope: z.boolean().optional(),
    ...firmProfileShape,
    source: Source.optional(),
    note: z.string().optional(),
  },
  "unnamed firms of one sector, generated per sample",
);

export const EntryCohort = obj(
  {
    id: Id.optional(),
    name: Name.optional(),
    sector: z.string(),
    per_year: Uncertain.describe("new firms per year (drawn per sample and year, rounded)"),
    from: Year.optional().describe("first year of entries (default: the year after base_year)"),
    to: Year.optional().describe("last year of entries (default: horizon)"),
    revenue: Uncertain.describe("first-year revenue of each entrant"),
    supporting: Magnitude.optional().describe("share of entrants that are supporting projects (配套项目)"),
    tags: z.array(z.string()).optional(),
    in_scope: z.boolean().optional(),
    ...firmProfileShape,
    source: Source.optional(),
    note: z.string().optional(),
  },
  "new firms entering each year (projects attracted)",
);

export const FirmEventSpec = obj(
  {
    name: Name.optional(),
    recipients: z.string().optional().describe("an organisation type (default: firms)"),
    eligible: Eligibility.optional(),
    probability: Uncertain.describe("chance per eligible recipient and year"),
    once: z.boolean().optional().describe("at most once per recipient (首次; default true)"),
    cost: Uncertain.optional().describe("cost of what is certified, for awards that are a share of it"),
    source: Source.optional(),
    note: z.string().optional(),
  },
  "a certification or listing that may happen in a year",
);

export const OrganisationSpec = obj(
  {
    name: Name.optional(),
    count: Uncertain.describe("how many"),
    active: Uncertain.optional().describe("chance one is active in a year (default 100%)"),
    source: Source.optional(),
    note: z.string().optional(),
  },
  "recipients that are not firms: parks, associations, colleges",
);

export const Firms = obj(
  {
    unit: z.string().optional().describe("money unit of firm amounts and awards (default 万元)"),
    above_scale_threshold: Magnitude.describe("规上: annual main-business revenue threshold, e.g. 2000万"),
    city_average_growth: Uncertain.optional().describe(
      "the city's average growth (全市平均水平), drawn each year",
    ),
    aggregates: obj({
      count: z.string().optional().describe("the indicator counting above-scale firms"),
      revenue: z.string().optional().describe("the sector summing above-scale firms' revenue"),
    })
      .optional()
      .describe("scenario quantities the population stands for: their goals are checked on it"),
    sectors: z.record(z.string(), FirmSector),
    named: z.array(NamedFirm).optional(),
    generated: z.array(FirmGroup).optional(),
    entry: z.array(EntryCohort).optional(),
    events: z.record(z.string(), FirmEventSpec).optional(),
    organisations: z.record(z.string(), OrganisationSpec).optional(),
    note: z.string().optional(),
  },
  "the firm population policy instruments pay",
);

const Cap = obj(
  {
    per_firm: Magnitude.optional().describe("one award: one project, event or threshold (给予最高…)"),
    per_year: Magnitude.optional().describe("one recipient in one year (每年最高…)"),
    cumulative: Magnitude.optional().describe("one recipient over all years (累计不超过…)"),
  },
  "caps on what one recipient gets from the instrument",
);

const instrumentShape = {
  id: z.string().regex(TARGET_ID_PATTERN).describe("instrument id, e.g. lc-investment-subsidy"),
  name: Name.optional(),
  eligible: Eligibility.optional(),
  cap: Cap.optional(),
  years: obj({ from: Year, to: Year })
    .optional()
    .describe("the years it pays (default: the year after base_year to horizon)"),
  take_up: Uncertain.optional().describe("chance an eligible recipient applies (default 100%)"),
  payout: Uncertain.optional().describe("share of the computed maximum actually paid (default 100%)"),
  source: Source.optional(),
  note: z.string().optional(),
};
const AttributeList = z.array(z.string());

export const Instrument = z
  .discriminatedUnion("type", [
    obj(
      {
        type: z.literal("rate_with_cap"),
        ...instrumentShape,
        recipients: z.string().optional().describe("an organisation type (default: firms)"),
        rate: Magnitude.describe("the rate, e.g. 10% or 5‰"),
        base: z
          .string()
          .describe("the attribute the rate applies to: investment, rent, revenue, rd, event_cost"),
        exclude: AttributeList.optional().describe("attributes left out of the base, e.g. [land]"),
        event: z.string().optional().describe("pays in the year of this event (base may be event_cost)"),
      },
      "rate × (base − exclusions), capped",
    ),
    obj(
      {
        type: z.literal("milestone_ladder"),
        ...instrumentShape,
        thresholds: z
          .array(obj({ revenue: Magnitude, award: Magnitude, figure: z.string().optional() }))
          .min(1)
          .describe("increasing revenue thresholds, each with its award"),
        same_year: z
          .enum(["all", "highest"])
          .optional()
          .describe("two thresholds first crossed in one year: pay each (all, default) or only the highest"),
        revenue_year: z
          .enum(["previous", "current"])
          .optional()
          .describe("previous (default): awards are for the previous year's revenue (上年度营收)"),
      },
      "an award on the first crossing of each revenue threshold",
    ),
    obj(
      {
        type: z.literal("tapering"),
        ...instrumentShape,
        base: z.string(),
        exclude: AttributeList.optional(),
        rates: z
          .array(Magnitude)
          .min(1)
          .describe("rates in the entry year, the year after, …: [70%, 50%, 30%]"),
      },
      "rates of a base by year since entry, with caps",
    ),
    obj(
      {
        type: z.literal("event_award"),
        ...instrumentShape,
        recipients: z.string().optional(),
        awards: z
          .array(obj({ event: z.string(), award: Magnitude }))
          .min(1)
          .describe("an award per event"),
      },
      "fixed awards on events (certification, listing)",
    ),
    obj(
      {
        type: z.literal("grant"),
        ...instrumentShape,
        recipients: z.string().optional(),
        amount: Magnitude.describe("yearly amount per active recipient"),
      },
      "a yearly grant per recipient",
    ),
  ])
  .describe("a policy instrument: rate_with_cap, milestone_ladder, tapering, event_award or grant");

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
    documents: z
      .record(z.string(), z.union([z.string(), DocumentRef]))
      .optional()
      .describe("short names for source documents: a file name, or { file, title, number, issuer, date }"),
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
    links: Links.optional(),
    firms: Firms.optional(),
    instruments: z.array(Instrument).optional().describe("subsidy and award rules, costed by chainsim costs"),
    variants: z.record(z.string(), Variant).optional(),
    out_of_scope: z
      .array(OutOfScope)
      .optional()
      .describe("goals of the source documents this scenario does not model, each with the reason"),
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
export type OverlapFile = z.infer<typeof Overlap>;
export type RegionFile = z.infer<typeof Region>;
export type CorrelationsFile = z.infer<typeof Correlations>;
export type FirmsFile = z.infer<typeof Firms>;
export type InstrumentFile = z.infer<typeof Instrument>;
export type EligibilityFile = z.infer<typeof Eligibility>;
export type LinksFile = z.infer<typeof Links>;

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
    Links,
    Eligibility,
    Firms,
    Instrument,
    Variant,
    DocumentRef,
    OutOfScope,
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
