/**
 * The report: what the CLI prints with `--format json` and the Action retains. A public,
 * versioned contract (`apiVersion`) whose single source is schemas/report.schema.json (types
 * generated into src/generated/types; `result` is the policy output's schema), built by gate.ts
 * and rendered by report/. Retained reports read back (`--approved-reports`) are validated
 * against the same schema.
 */
import type { GateReport } from '../generated/types/report.js'

export type { EvidenceSummary, GateReport, SignatureSummary } from '../generated/types/report.js'

export const REPORT_VERSION: GateReport['apiVersion'] = 'update-gate.dev/report/v1'
