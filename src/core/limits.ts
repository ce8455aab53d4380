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

// The command line and the batch review: what a host refuses or stops, each with the Chinese
// words a user reads when it is hit.

/** A review worker thread's V8 heap (old generation), in MiB: one hostile file cannot take the machine. */
export const WORKER_MEMORY_MB = 512;
/** Shown for a file whose worker ran out of memory. */
export const WORKER_MEMORY_MESSAGE = (mb: number): string =>
  `文件过大：检查这份文件所需的内存超过上限（${mb} MB），已跳过。请确认文件内容正常，或拆分后再检查。`;

/** Time for one file in a review (a cross-year chain gets this per file), in milliseconds. */
export const FILE_TIME_LIMIT_MS = 60_000;
/** Shown for a file whose check did not finish in time. */
export const FILE_TIME_MESSAGE = (seconds: number): string =>
  `处理超时：这份文件在 ${seconds} 秒内未能检查完，已跳过。请确认文件内容正常后单独检查。`;

/** The largest file the command line reads, in bytes (a .docx report is rarely above 20 MB). */
export const INPUT_FILE_MAX_BYTES = 200 * 1024 * 1024;
/** Shown for a file above INPUT_FILE_MAX_BYTES. */
export const INPUT_FILE_MAX_MESSAGE = `文件过大：超过 ${INPUT_FILE_MAX_BYTES / 1024 / 1024} MB，不像是一份年度报告，未检查。`;
