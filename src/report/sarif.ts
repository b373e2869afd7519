/**
 * SARIF 2.1.0 (OASIS), what GitHub code scanning and Azure DevOps read: one run of the tool
 * `update-gate`, one rule per Rego rule id with its METADATA title and description (the catalog
 * is built from the policies at build time, scripts/build-rule-catalog.mjs), one result per
 * finding, located at the line of its first evidence item in update-evidence.yaml. Levels:
 * violation -> error, gap -> warning (both block a required control), warning and info -> note.
 * The decision is in `runs[0].properties`.
 */
import type { GateReport } from '../contracts/report.js'
import type { Finding } from '../contracts/policy-output.js'
import type { IndexPlaces } from '../shared/index-places.js'
import { RULE_CATALOG, type RuleInfo } from '../generated/rule-catalog.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** One evaluated package and where its index is. */
export interface SarifPackage {
  report: GateReport
  /** Lines of the index's evidence items (src/shared/index-places.ts). */
  places: IndexPlaces
  /** URI reference of the package's update-evidence.yaml, relative to the repository or cwd. */
  indexUri: string
}

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'note'> = {
  violation: 'error',
  gap: 'warning',
  warning: 'note',
  info: 'note'
}

function ruleInfo(rule: string, control: string): RuleInfo {
  return (
    RULE_CATALOG[rule] ?? {
      title: rule,
      description: `Finding ${rule} of the ${control} control (a rule without METADATA in the built-in policy).`,
      control
    }
  )
}

/** Path segments as a URI reference (spaces and other reserved characters escaped). */
export function uriOf(path: string): string {
  return path
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/')
}

/**
 * `decision` overrides the worst package decision (the Action passes its run decision, which is
 * `error` when a package could not be judged).
 */
export function renderSarif(
  packages: readonly SarifPackage[],
  toolVersion: string,
  decision?: string
): string {
  const ruleIds = [
    ...new Set(packages.flatMap(p => p.report.result.findings.map(f => f.rule)))
  ].sort()
  const controlOf = new Map<string, string>()
  for (const p of packages)
    for (const f of p.report.result.findings) controlOf.set(f.rule, f.control)
  const rules = ruleIds.map(id => {
    const info = ruleInfo(id, controlOf.get(id) ?? 'unknown')
    return {
      id,
      name: info.title,
      shortDescription: { text: info.title },
      fullDescription: { text: info.description },
      properties: { control: info.control }
    }
  })
  const index = new Map(ruleIds.map((id, i) => [id, i]))
  const results = packages.flatMap(p =>
    p.report.result.findings.map(f => {
      const line = f.evidence.map(id => p.places.evidence.get(id)?.line).find(l => l !== undefined)
      const where = f.configuration ? ` [${f.configuration}]` : ''
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule)!,
        level: LEVEL[f.severity],
        message: { text: `${f.message}${where}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: p.indexUri },
              ...(line !== undefined ? { region: { startLine: line } } : {})
            }
          }
        ],
        properties: {
          severity: f.severity,
          control: f.control,
          evidence: f.evidence,
          ...(f.configuration ? { configuration: f.configuration } : {})
        }
      }
    })
  )
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'update-gate',
            version: toolVersion,
            rules
          }
        },
        results,
        properties: {
          packages: packages.map(p => ({
            index: p.indexUri,
            product: p.report.package.product,
            fromVersion: p.report.package.fromVersion,
            toVersion: p.report.package.toVersion,
            decision: p.report.result.decision,
            summary: p.report.result.summary,
            maturity: p.report.result.maturity.level,
            evaluationTime: p.report.evaluationTime,
            policy: p.report.policy
          })),
          decision: decision ?? worst(packages.map(p => p.report.result.decision))
        }
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

const ORDER = ['approve', 'conditional', 'reject'] as const

function worst(decisions: readonly (typeof ORDER)[number][]): string {
  if (decisions.length === 0) return 'none'
  return ORDER[Math.max(...decisions.map(d => ORDER.indexOf(d)))]!
}
