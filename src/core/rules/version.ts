// The version a report must follow, for templates and the format-version rule.
import { newestVersion, versionForYear, type FormatVersion } from '../format';
import type { Report } from '../report';

/** The version the report's year requires; without a year, the one its tables use; else the current one. */
export function expectedVersion(report: Report): FormatVersion {
  if (report.year) return versionForYear(report.year);
  return report.formatVersion ?? newestVersion();
}
