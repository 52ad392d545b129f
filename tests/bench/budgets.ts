// The budgets of issue 5 (loopback) and issue 12 (the mobile profile), checked against the figures the benchmark measured. Only the byte
// sizes are asserted in tests; here every budget is reported as met (✓) or missed (✗).

export interface Budget {
  /** What is compared, e.g. `map-ready median`. */
  figure: string;
  /** The measured value, in `unit`; null when it could not be measured. */
  value: number | null;
  limit: number;
  unit: 'ms' | 'KB' | 'MB' | '×' | 'tasks';
  met: boolean | null;
  /** `≤ 1000 ms`, `none`… */
  text: string;
}

export interface BudgetLimits {
  transferKB?: number;
  mapReadyMs?: number;
  mapReadyFloorRatio?: number;
  interactionWorstMs?: number;
  openMs?: number;
  heapMB?: number;
  /** Long tasks during filtering: none at all (0) or none longer than this many ms. */
  filterLongTaskMs?: number;
}

/** Issue 5's table. 1k has none: the issue sets budgets for the shipped data, 10k and 100k. */
export const BUDGETS: Record<string, BudgetLimits> = {
  shipped: {
    transferKB: 450,
    mapReadyMs: 1000,
    mapReadyFloorRatio: 1.5,
    interactionWorstMs: 16,
    openMs: 100,
    heapMB: 40,
    filterLongTaskMs: 0,
  },
  '10k': {
    mapReadyMs: 1500,
    interactionWorstMs: 50,
    openMs: 100,
    heapMB: 80,
    filterLongTaskMs: 0,
  },
  '100k': {
    mapReadyMs: 3000,
    interactionWorstMs: 200,
    openMs: 100,
    heapMB: 300,
    filterLongTaskMs: 200,
  },
};

export interface MobileBudgetLimits {
  fcpMs: number;
  mapReadyFloorRatio: number;
  /** Everything the first load transfers, to settled. */
  transferKB: number;
  /** JavaScript sent before map-ready: what the first view needs. */
  firstViewJsKB: number;
  /** No task of the load (to settled) longer than this. */
  longTaskMs: number;
}

/** Issue 12's budgets under the mobile profile: shipped data, medians of the runs. */
export const MOBILE_BUDGETS: Record<string, MobileBudgetLimits> = {
  shipped: {
    fcpMs: 1500,
    mapReadyFloorRatio: 1.3,
    transferKB: 330,
    firstViewJsKB: 120,
    longTaskMs: 200,
  },
};

export function check(
  figure: string,
  value: number | null,
  limit: number,
  unit: Budget['unit'],
  text = `≤ ${limit} ${unit}`,
): Budget {
  const met = value === null || Number.isNaN(value) ? null : value <= limit;
  return {
    figure,
    value: value !== null && Number.isNaN(value) ? null : value,
    limit,
    unit,
    met,
    text,
  };
}

export function mark(budget: Budget | undefined): string {
  if (!budget) return '';
  if (budget.met === null) return `${budget.text} ?`;
  return `${budget.text} ${budget.met ? '✓' : '✗'}`;
}
