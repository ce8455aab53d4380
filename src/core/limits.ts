// Every limit the engine keeps, as named data: what it bounds and why that number.

export const LIMITS = {
  /**
   * Error localisation tries sets of written cells up to this total weight (a total weighs 2, a
   * part 3): three wrong cells at most. Beyond that a table is too broken to say which cell is
   * wrong, and the failing relations are reported without a fix.
   */
  solverMaxErrorWeight: 9,
  /** Nodes (propagations) the error localisation may visit for one table before it gives up. */
  solverMaxNodes: 20_000,
} as const;
