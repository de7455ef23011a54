/**
 * Names of a firm population's parameters as sensitivity inputs
 * (engine/population/inputs.ts; docs/firms.md, "Which assumption matters"),
 * for charts and tables that name inputs by what they mean. Every value
 * arrives as a display name (a sector's, a firm's, a group's).
 */
import type { Bilingual } from "../lang.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

export const POPULATION_INPUT = {
  sectorGrowth: bi(
    (sector: string) => `${sector} 企业增速`,
    (sector: string) => `${sector}: firm growth`,
  ),
  namedRevenue: bi(
    (sector: string) => `${sector} 点名企业营收（同分位）`,
    (sector: string) => `${sector}: named firms' revenue`,
  ),
  firmRevenue: bi(
    (firm: string) => `${firm} 营业收入`,
    (firm: string) => `${firm}: revenue`,
  ),
  ownGrowth: bi(
    (who: string) => `${who} 增速`,
    (who: string) => `${who}: growth`,
  ),
  count: bi(
    (group: string) => `${group} 企业数`,
    (group: string) => `${group}: number of firms`,
  ),
  perYear: bi(
    (cohort: string) => `${cohort} 每年新进入企业数`,
    (cohort: string) => `${cohort}: new firms a year`,
  ),
  cityAverage: bi("全市企业平均增速", "city average growth"),
  /** A generated group or entry cohort the scenario gives no name: said by its sector. */
  unnamed: {
    count: bi(
      (sector: string) => `${sector} 未点名企业数`,
      (sector: string) => `${sector}: number of unnamed firms`,
    ),
    growth: bi(
      (sector: string) => `${sector} 未点名企业增速`,
      (sector: string) => `${sector}: unnamed firms' growth`,
    ),
    perYear: bi(
      (sector: string) => `${sector} 每年新进入企业数`,
      (sector: string) => `${sector}: new firms a year`,
    ),
    entrantGrowth: bi(
      (sector: string) => `${sector} 新进入企业增速`,
      (sector: string) => `${sector}: entrants' growth`,
    ),
  },
  /** The workbook's unit column for a count (firms) and a group's quantile (a revenue is in the firms' money unit). */
  unit: {
    count: bi("家", "firms"),
    quantile: bi("分位数（0–1）", "quantile (0–1)"),
  },
  /** What such an input is, beside a quantity's baseline or growth (the workbook's role column). */
  role: bi("企业群体参数", "firm-population parameter"),
};
