/**
 * The custom-package contract at its source: every entry a team package contributes
 * (`findings`, `violations`, `conditions`, `exclusions`, `questions` of `update_gate.custom.<team>`) is
 * validated against the `$defs` of schemas/policy-output.schema.json. `policy test` and the
 * evaluate stage use this one check, so a malformed entry gets the same message in both: the
 * package, the rule, the entry's index, the field and the shape expected.
 */
import { CONTRIBUTIONS_ENTRYPOINT, TEAM_NAME } from '../contracts/policy-output.js'
import { GateError } from '../shared/errors.js'
import { schemaProblems, type SchemaName } from '../shared/schema.js'
import { isObject } from '../shared/values.js'

const KINDS: Record<string, { schema: SchemaName; shape: string }> = {
  findings: {
    schema: 'custom-finding',
    shape:
      '{rule: string, severity: "violation"|"gap"|"warning"|"info", message: string, evidence?: [string], configuration?: string, waivable?: boolean}'
  },
  violations: {
    schema: 'custom-violation',
    shape:
      'a message string, or {rule: string, message: string, evidence?: [string], configuration?: string, waivable?: boolean}'
  },
  conditions: {
    schema: 'custom-condition',
    shape: '{id: string, text: string, configuration?: string|null, followUpBy?: string|null}'
  },
  exclusions: {
    schema: 'custom-exclusion',
    shape: '{configuration: string, reason: string, id?: string}'
  },
  questions: {
    schema: 'custom-question',
    shape:
      'a question id: "approved-before-signing"|"signed-by-authorized-key"|"affected-versions-mapped"|"rollback-recovery-tested"|"decisions-retained"'
  }
}

/**
 * One line per problem, sorted by package, rule and entry:
 * `update_gate.custom.ops findings[1] (rule "ops.x"): message is required; expected {…}`.
 * `contributions` is the value of `update_gate.contract.contributions` (team -> rule -> entries).
 */
export function contributionProblems(contributions: unknown): string[] {
  if (!isObject(contributions)) return []
  const problems: string[] = []
  for (const team of Object.keys(contributions).sort()) {
    // The team names a control and is shown in every report: only the documented names.
    if (!TEAM_NAME.test(team)) {
      problems.push(
        `update_gate.custom[${JSON.stringify(team)}]: the team name must match ${TEAM_NAME.source.slice(1, -1)}`
      )
      continue
    }
    const rules = contributions[team]
    if (!isObject(rules)) continue
    for (const kind of Object.keys(KINDS)) {
      if (!(kind in rules)) continue
      const where = `update_gate.custom.${team} ${kind}`
      const entries = rules[kind]
      const { schema, shape } = KINDS[kind]!
      if (!Array.isArray(entries)) {
        problems.push(
          `${where}: must be a set (\`${kind} contains …\`), got ${JSON.stringify(entries)}`
        )
        continue
      }
      entries.forEach((entry, index) => {
        const base = `${kind}[${index}]`
        let found = schemaProblems(schema, entry, base)
        // A violation may be a bare message: an object's problems are its own, not "must be string".
        if (kind === 'violations' && isObject(entry))
          found = found.filter(p => !(p.field === base && p.message.startsWith('must be string')))
        const rule =
          isObject(entry) && typeof entry.rule === 'string'
            ? ` (rule ${JSON.stringify(entry.rule)})`
            : ''
        for (const p of found) {
          const field =
            p.field === base ? 'the entry' : p.field.slice(base.length).replace(/^\./, '')
          problems.push(
            `update_gate.custom.${team} ${base}${rule}: ${field} ${p.message}; expected ${shape}`
          )
        }
      })
    }
  }
  return problems
}

/** Throws POLICY_OUTPUT listing every malformed contribution, naming the policy. */
export function checkContributions(policy: { name: string }, resultSet: unknown): void {
  const first = Array.isArray(resultSet)
    ? (resultSet[0] as { result?: unknown } | undefined)
    : undefined
  const problems = contributionProblems(first?.result)
  if (problems.length === 0) return
  throw new GateError(
    'POLICY_OUTPUT',
    `${problems.length} custom contribution(s) do not meet the contract (schemas/policy-output.schema.json, ${CONTRIBUTIONS_ENTRYPOINT}):`,
    { file: policy.name, details: problems.map(p => `- ${p}`) }
  )
}
