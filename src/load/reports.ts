/**
 * Retained reports (`--approved-reports`): the JSON reports the gate wrote earlier, given back by
 * the gate runner (like the trust file, never by the package under review). Each is read bounded,
 * parsed and held to schemas/report.schema.json; what the policy gets are facts (product, cohort,
 * versions, decision, evaluation time, file). Which reports count as approvals for this update
 * (same product and cohort, approve or conditional, not after the evaluation time) is the
 * policy's rule, fleet.older_than_approved.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { PolicyInput } from '../contracts/policy-input.js'
import { excerpt, GateError } from '../shared/errors.js'
import { REPORT_VERSION } from '../contracts/report.js'
import { readBounded, realRoot, sha256Hex } from '../shared/fs-safe.js'
import { decodeUtf8, parseJson } from '../shared/parse.js'
import { validateOrThrow } from '../shared/schema.js'
import { normaliseTimestamp } from '../shared/time.js'

export type RetainedReport = NonNullable<PolicyInput['retainedReports']>[number]

/** A report holds a whole policy output; a 10 000-configuration one is a few MiB. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024
/** At most this many report files in all (a retention folder, not an archive). */
export const MAX_REPORTS = 10_000

export interface LoadedReports {
  reports: RetainedReport[]
  /** sha256 of each report file read, by `report:<label>`, for the report's inputDigests. */
  digests: Record<string, string>
}

/**
 * The report files a source names: the file itself, or every `*.json` file directly in a
 * directory (sorted by name; subdirectories are not read). `label` is how errors name it.
 */
function reportFiles(source: string, label: string): { real: string; label: string }[] {
  const where = { file: label, field: '--approved-reports' }
  let real: string
  try {
    real = realRoot(source, where)
  } catch (error) {
    if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
      throw new GateError(
        'FILE_NOT_FOUND',
        'does not exist; give a report file (update-gate evaluate --format json) or a directory of them',
        where
      )
    throw error
  }
  if (!statSync(real).isDirectory()) return [{ real, label }]
  const names = readdirSync(real, { withFileTypes: true })
    .filter(e => e.name.endsWith('.json') && (e.isFile() || e.isSymbolicLink()))
    .map(e => e.name)
    .sort()
  if (names.length === 0)
    throw new GateError(
      'FILE_NOT_FOUND',
      'holds no report (*.json); give a directory of reports written by update-gate evaluate --format json',
      where
    )
  return names.map(name => ({ real: path.join(real, name), label: path.join(label, name) }))
}

/** One report file, schema-valid, as the facts the policy reads. */
function readReport(real: string, file: string): RetainedReport {
  const bytes = readBounded(real, MAX_REPORT_BYTES, { file })
  const value = parseJson(decodeUtf8(bytes, file), file)
  const apiVersion = (value as { apiVersion?: unknown } | null)?.apiVersion
  if (apiVersion !== REPORT_VERSION)
    throw new GateError(
      'SCHEMA_VIOLATION',
      `must be ${JSON.stringify(REPORT_VERSION)}, got ${excerpt(apiVersion)}: a retained report is the JSON report of one package (update-gate evaluate --format json; in the Action's report, each packages[].report)`,
      { file, field: 'apiVersion' }
    )
  validateOrThrow('report', value, file)
  const p = value.package
  return {
    file,
    sha256: sha256Hex(bytes),
    product: p.product,
    cohort: p.cohort,
    fromVersion: p.fromVersion,
    toVersion: p.toVersion,
    decision: value.result.decision,
    evaluationTime: normaliseTimestamp(value.evaluationTime, { file, field: 'evaluationTime' })
  }
}

/**
 * Reads the retained reports `sources` name (files or directories; `labels`, when given, name
 * them in errors and in the report). Fails closed: a file that is not a valid report is an error
 * naming the file and the field, never skipped.
 */
export function loadRetainedReports(sources: string[], labels: string[] = sources): LoadedReports {
  const files = sources.flatMap((s, i) => reportFiles(s, labels[i] ?? s))
  if (files.length > MAX_REPORTS)
    throw new GateError(
      'FILE_TOO_LARGE',
      `${files.length} report files; at most ${MAX_REPORTS} (keep the reports of the cohorts judged)`,
      { field: '--approved-reports' }
    )
  const seen = new Set<string>()
  const reports: RetainedReport[] = []
  const digests: Record<string, string> = {}
  for (const f of files) {
    if (seen.has(f.real)) continue // a file named twice (itself and through its folder) counts once
    seen.add(f.real)
    const report = readReport(f.real, f.label)
    reports.push(report)
    digests[`report:${f.label}`] = report.sha256
  }
  return { reports, digests }
}
