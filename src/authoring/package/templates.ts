/**
 * The record templates `package init` writes beside the index: one per record kind the controls
 * need, each with its schema line, what init already knows (product, versions, cohort,
 * configurations, vulnerabilities) written in, and a quoted `FILL-IN: <what>` placeholder for
 * everything else. Replacing every placeholder with a value of the kind it names makes the record
 * valid against its schema (test/package.test.ts fills them in and evaluates); until then
 * `package check` lists each placeholder left by file and line, so nothing half-written passes.
 */
import { schemaUrl, DOCS, type SchemaFile } from './links.js'

/** Marks a value still to be written; `package check` finds it in any file of the package. */
export const FILL_IN = 'FILL-IN'

export interface TemplateScope {
  product: string
  fromVersion: string
  toVersion: string
  cohort: string
  configurations: { id: string; hardware: string }[]
  vulnerabilities: string[]
}

/** A placeholder: a quoted string the schema refuses where it expects a time, digest or enum. */
const fill = (what: string): string => JSON.stringify(`${FILL_IN}: ${what}`)
const q = (value: string): string => JSON.stringify(value)
const TIME = 'RFC 3339 time with a zone, e.g. 2026-10-02T10:00:00Z'

/** A record kind as its schema is named (`records/<kind>`); the `kind:` it writes is its PascalCase (SigningEvent). */
type TemplateKind =
  Extract<SchemaFile, `records/${string}`> extends `records/${infer K}` ? K : never
const pascal = (kind: string) => kind.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())

/** A record template: its schema line, `what` it records, where to see an example, then `body`. */
const record = (kind: TemplateKind, what: string, body: string) =>
  `# yaml-language-server: $schema=${schemaUrl(`records/${kind}`)}
# ${what}
# Write each value marked as still to fill in (\`update-gate package check <dir>\` lists those
# left); the example of this record: ${DOCS.records}
apiVersion: update-gate.dev/v1
kind: ${pascal(kind)}
${body}`

/** File name (as the index template lists it) -> template text. */
export function recordTemplates(s: TemplateScope): Record<string, string> {
  const configurations = s.configurations
  const vulnerabilities = s.vulnerabilities.length ? s.vulnerabilities : [null] // one entry to fill in: the id too
  return {
    'signing-event.yaml': record(
      'signing-event',
      'Who signed the manifest of this release, with which key, when (after every release approval).',
      `product: ${q(s.product)}
version: ${s.toVersion}
signer: ${fill('who signed, e.g. release-signing@supplier.example (not an approver)')}
keyId: ${fill("the id the buyer's trust file gives the signing key")}
time: ${fill(`when the manifest was signed, ${TIME}`)}
subject: manifest # the evidence id of the manifest item in update-evidence.yaml
`
    ),
    'approval.yaml': record(
      'release-approval',
      'The release approval: the artifacts approved (as manifest.json lists them) and who approved, before signing.',
      `product: ${q(s.product)}
version: ${s.toVersion}
approvedArtifacts: # exactly the names and sha256 of manifest.json (update-gate package manifest prints them)
  - name: ${fill('artifact file name, as in manifest.json')}
    sha256: ${fill('its sha256, 64 lower-case hex characters')}
approvals:
  - approver: ${fill("approver id, a release-approver in the buyer's trust file")}
    role: release-approver
    decision: ${fill('approved or rejected')}
    time: ${fill(`when, before the signing time, ${TIME}`)}
    reference: ${fill('your change or release ticket')}
`
    ),
    'tests.yaml': record(
      'rollback-recovery-tests',
      'Rollback conditions, and a rollback and a recovery test result for every configuration in scope.',
      `product: ${q(s.product)}
fromVersion: ${s.fromVersion}
toVersion: ${s.toVersion}
rollbackConditions:
  - ${fill(`when the device rolls back to ${s.fromVersion}, e.g. a failed post-update health check`)}
results:
${configurations
  .flatMap(c =>
    (['rollback', 'recovery'] as const).map(
      test => `  - configuration: ${q(c.id)}
    hardware: ${q(c.hardware)}
    test: ${test}
    outcome: ${fill('passed, failed or not-run')}
    time: ${fill(`when the test ran, ${TIME}`)}
    reference: ${fill('test report id')}`
    )
  )
  .join('\n')}
`
    ),
    'recovery-procedure.md': `# ${s.product} recovery procedure (${s.fromVersion} -> ${s.toVersion})

<!-- How a failed update is recovered, step by step (example: ${DOCS.records}). -->

- ${FILL_IN}: what happens when the installation fails (e.g. the device reboots into ${s.fromVersion}).
- ${FILL_IN}: how a device that does not boot is recovered.
`,
    'affected-versions.yaml': record(
      'affected-versions',
      'Every vulnerability in scope: its advisory, the affected ranges and the version that fixes it.',
      `format: update-gate
product: ${q(s.product)}
vulnerabilities:
${vulnerabilities
  .map(
    v => `  - id: ${v === null ? fill('vulnerability id; add it to scope.vulnerabilities and notification.yaml too, or remove this record and its index item if the update fixes none') : q(v)}
    record: ${fill('advisory id, e.g. your PSIRT record')}
    ranges: # the from-version must be affected, the to-version fixed
      - { introduced: ${fill('first affected version')}, fixed: ${s.toVersion} }
    fixedIn: ${s.toVersion}
    remediation: ${fill('what the update changes, in one sentence')}`
  )
  .join('\n')}
`
    ),
    'notification.yaml': record(
      'customer-notification',
      'The customer notification: who is told what, for which configurations and vulnerabilities.',
      `status: ${fill('draft, approved or sent')}
scope:
  product: ${q(s.product)}
  cohorts: [${q(s.cohort)}]
  configurations: [${configurations.map(c => q(c.id)).join(', ')}]
  vulnerabilities: [${s.vulnerabilities.map(q).join(', ')}]
audience: ${fill('who receives it, e.g. operators of the product in this cohort')}
text: ${fill('the notification text')}
`
    ),
    'deployments.yaml': record(
      'deployment-records',
      `Retained deployments of ${s.toVersion} (level 5): a succeeded one per configuration.`,
      `product: ${q(s.product)}
cohort: ${q(s.cohort)}
records:
${configurations
  .map(
    c => `  - configuration: ${q(c.id)}
    version: ${s.toVersion}
    time: ${fill(`when it was deployed, ${TIME}`)}
    outcome: ${fill('succeeded, failed or rolled-back')}
    devices: ${fill('number of devices, an integer')}
    reference: ${fill('deployment record id')}`
  )
  .join('\n')}
retainedAt: ${fill('where the deployment records are kept')}
`
    )
  }
}

/** Every placeholder left in a text: its line number and the line. */
export function placeholders(text: string): { line: number; text: string }[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.includes(FILL_IN) ? [{ line: i + 1, text: line.trim() }] : []))
}
