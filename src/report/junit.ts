/**
 * JUnit XML (the Apache Ant report schema Jenkins, GitLab and Azure DevOps read): one testsuite
 * per control, one testcase per control and configuration. A testcase fails when a blocking
 * finding (violation or gap) of the control applies to its configuration (findings without a
 * configuration apply to every configuration); the failure carries those findings. Findings that
 * do not block (warning, info) are the suite's system-out. Deterministic: the timestamp is the
 * evaluation time, the host `localhost`, durations 0.
 */
import type { GateReport } from '../contracts/report.js'
import type { Finding } from '../contracts/policy-output.js'

const BLOCKING = new Set<Finding['severity']>(['violation', 'gap'])

/** XML 1.0 text: escaped, with characters XML cannot carry replaced by U+FFFD. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlText(String(v)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}"`)
    .join('')

const line = (f: Finding) => {
  const where = f.configuration ? ` [${f.configuration}]` : ''
  const evidence = f.evidence.length ? ` (evidence: ${f.evidence.join(', ')})` : ''
  return `${f.severity.toUpperCase()} ${f.rule}${where}: ${f.message}${evidence}`
}

/** `2026-10-02T10:00:00Z` -> `2026-10-02T10:00:00` (the schema's timestamp has no zone; UTC). */
const timestamp = (t: string) => t.slice(0, 19)

export function renderJunit(report: GateReport): string {
  const r = report.result
  const controls = [...r.controls.map(c => c.id)]
  for (const f of r.findings) if (!controls.includes(f.control)) controls.push(f.control)
  const configurations = r.configurations.map(c => c.id)
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  out.push('<testsuites>')
  for (const [i, control] of controls.entries()) {
    const findings = r.findings.filter(f => f.control === control)
    const blocking = findings.filter(f => BLOCKING.has(f.severity))
    const cases = configurations.map(id => ({
      id,
      failing: blocking.filter(f => f.configuration === undefined || f.configuration === id)
    }))
    const meta = r.controls.find(c => c.id === control)
    out.push(
      `  <testsuite${attrs({
        name: control,
        timestamp: timestamp(report.evaluationTime),
        hostname: 'localhost',
        tests: cases.length,
        failures: cases.filter(c => c.failing.length > 0).length,
        errors: 0,
        skipped: 0,
        time: 0,
        package: 'update-gate',
        id: i
      })}>`
    )
    out.push('    <properties>')
    const props: [string, string][] = [
      ['decision', r.decision],
      ['product', report.package.product],
      ['fromVersion', report.package.fromVersion],
      ['toVersion', report.package.toVersion],
      ['cohort', report.package.cohort],
      ['evaluationTime', report.evaluationTime],
      ['policy', `${report.policy.name} sha256:${report.policy.sha256}`],
      ...(meta
        ? ([
            ['result', meta.result],
            ...(meta.level === null ? [] : [['level', String(meta.level)]]),
            ['required', String(meta.required)]
          ] as [string, string][])
        : [])
    ]
    for (const [name, value] of props) out.push(`      <property${attrs({ name, value })}/>`)
    out.push('    </properties>')
    for (const c of cases) {
      const head = `    <testcase${attrs({ name: `${control} on ${c.id}`, classname: `update-gate.${control}`, time: 0 })}`
      if (c.failing.length === 0) {
        out.push(`${head}/>`)
        continue
      }
      const first = c.failing[0]!
      out.push(`${head}>`)
      out.push(
        `      <failure${attrs({ message: first.message, type: first.rule })}>${xmlText(c.failing.map(line).join('\n'))}</failure>`
      )
      out.push('    </testcase>')
    }
    const other = findings.filter(f => !BLOCKING.has(f.severity))
    out.push(`    <system-out>${xmlText(other.map(line).join('\n'))}</system-out>`)
    out.push('    <system-err></system-err>')
    out.push('  </testsuite>')
  }
  out.push('</testsuites>')
  return `${out.join('\n')}\n`
}
