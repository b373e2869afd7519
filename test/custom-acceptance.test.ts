/**
 * Issue 12's acceptance: a buyer's two company rules written from the docs' building blocks
 * (lib.records_of, lib.has_role, the seed fixtures and fx.with_record), tested with
 * `update-gate policy test` and evaluated on the real seed packages.
 *   (a) a vulnerability fix needs a customer notification actually sent, else reject;
 *   (b) a configuration on IC-22-RG* hardware needs an approval from a regional-safety role,
 *       else that configuration is rejected: EXC-1 waives only the regional recovery test, so
 *       it does not exclude regional from (b).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, expect, it } from '@jest/globals'
import { cli, packageArgs } from './support/cli.js'
import { copySeed, edit, EVAL_TIME, REPO, tempDir } from './helpers.js'

beforeAll(() => {
  const bin = execFileSync('bash', [path.join(REPO, 'scripts/install-policy-tools.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  }).trim()
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`
})

const POLICY = `# METADATA
# title: Company rules
# description: A fix is notified before it ships; regional hardware needs a regional-safety approval.
# scope: package
package update_gate.custom.company

import data.update_gate.lib

# The verification questions these rules bear on: their findings answer them too.
questions contains "decisions-retained"

questions contains "approved-before-signing"

# (a) A vulnerability fix needs a notification actually sent.
violations contains {
	"rule": "company.notification_not_sent",
	"message": "the update fixes a vulnerability but no customer notification was sent",
} if {
	count(input.package.scope.vulnerabilities) > 0
	not notification_sent
}

notification_sent if {
	some e in lib.records_of("customer-notification")
	e.record.status == "sent"
}

# (b) Regional hardware needs a regional-safety approval, else that configuration is rejected.
findings contains {
	"rule": "company.regional_safety_approval_missing",
	"severity": "violation",
	"message": concat("", ["configuration ", c.id, " (", c.hardware, ") has no regional-safety approval"]),
	"configuration": c.id,
} if {
	some c in input.package.scope.configurations
	startswith(c.hardware, "IC-22-RG")
	not regional_safety_approved
}

regional_safety_approved if {
	some e in lib.records_of("release-approval")
	some a in e.record.approvals
	a.decision == "approved"
	lib.has_role(a.approver, "regional-safety")
	lib.approval_counts(e, a.approver) # signed by its approver where the trust file requires it
}
`

const TESTS = `package update_gate.test.company_test

import data.update_gate.decision
import data.update_gate.test.fixtures_test as fx

result_of(r, id) := [c | some c in r.configurations; c.id == id][0]

sent := fx.with_record(fx.strong, "notification", object.union(fx.notification, {"status": "sent"}))

safety_approval := {
	"approver": "sam.safety@buyer.example", "role": "regional-safety", "decision": "approved",
	"time": "2026-10-02T09:30:00Z", "reference": "RS-7",
}

# The approval record with Sam's approval added, signed by Carol and by Sam.
with_safety(inp) := fx.patch_item(
	fx.with_record(inp, "approval", object.union(fx.approval, {"approvals": array.concat(fx.approval.approvals, [safety_approval])})),
	"approval",
	{"attestation": {"signatures": array.concat(fx.signed_with("carol-2026", "approval.yaml.sig").signatures, fx.signed_with("sam-2026", "approval.yaml.sam.sig").signatures)}},
)

approved := with_safety(sent)

trust := object.union(fx.trust, {
	"keys": array.concat(fx.trust.keys, [fx.record_key("sam-2026", "sha256:5a5a", ["release-approval"])]),
	"approvers": array.concat(fx.trust.approvers, [{"id": "sam.safety@buyer.example", "name": "Sam", "roles": ["regional-safety"], "keys": ["sam-2026"]}]),
})

# Where the trust configuration requires signed release approvals, an unsigned one does not count.
test_unsigned_safety_approval_does_not_count if {
	unsigned := fx.with_record(sent, "approval", object.union(fx.approval, {"approvals": array.concat(fx.approval.approvals, [safety_approval])}))
	r := decision.result with input as unsigned with data.trust as trust
	not "company.regional_safety_approval_missing" in {f.rule | some f in r.findings}
	required := object.union(trust, {"requirements": {"signedRecords": ["release-approval"]}})
	s := decision.result with input as unsigned with data.trust as required
	"company.regional_safety_approval_missing" in {f.rule | some f in s.findings}
}

test_strong_rejected_for_the_notification if {
	r := decision.result with input as fx.strong with data.trust as fx.trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "company.notification_not_sent"
	f.control == "custom.company"
}

test_sent_regional_rejected_not_excluded_despite_exc1 if {
	r := decision.result with input as sent with data.trust as fx.trust
	r.decision == "reject"
	regional := result_of(r, "regional")
	regional.result == "rejected"
	some waived in regional.reasons
	startswith(waived, "rollback_recovery.recovery_test_missing: ")
	endswith(waived, " (waived by EXC-1)")
	some refused in regional.reasons
	startswith(refused, "company.regional_safety_approval_missing [custom.company]: ")
	endswith(refused, " (not waived: not in the waives of EXC-1)")
	result_of(r, "reference").result == "approved"
}

# (b) is met: regional is excluded again, under EXC-1 for its recovery test only.
test_with_a_regional_safety_approval_regional_is_excluded_only_for_its_recovery_test if {
	r := decision.result with input as approved with data.trust as trust
	r.decision == "conditional"
	result_of(r, "reference").result == "approved"
	regional := result_of(r, "regional")
	regional.result == "excluded"
	regional.exception == "EXC-1"
	not "company.regional_safety_approval_missing" in {f.rule | some f in r.findings}
}

test_with_every_test_passed_it_is_approved if {
	inp := with_safety(fx.all_tested)
	r := decision.result with input as fx.with_record(inp, "notification", object.union(fx.notification, {"status": "sent"}))
		with data.trust as trust
	r.decision == "approve"
}
`

interface Result {
  decision: string
  findings: { rule: string; control: string }[]
  controls: unknown[]
  questions: { id: string; answer: string }[]
  maturity: { reason: string }
  configurations: {
    id: string
    result: string
    exception: string | null
    reasons: string[]
    waivers: {
      exception: string
      waived: { rule: string }[]
      notWaived: { rule: string; why: string }[]
    }[]
  }[]
}

async function evaluate(
  pkg: string,
  trust: string,
  policy: string
): Promise<{ code: number; result: Result }> {
  const out = await cli(
    packageArgs(['evaluate'], pkg, trust, '--policy', policy, '--format', 'json')
  )
  if (!out.stdout) throw new Error(out.stderr)
  return { code: out.code, result: (JSON.parse(out.stdout) as { result: Result }).result }
}

const configuration = (r: Result, id: string) => r.configurations.find(c => c.id === id)!

it('rules (a) and (b): tested with policy test, and evaluated on the seed packages', async () => {
  const dir = path.join(tempDir(), 'company')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'company.rego'), POLICY)
  writeFileSync(path.join(dir, 'company_test.rego'), TESTS)
  const tested = await cli(['policy', 'test', dir, '-v'])
  expect(tested.stdout).toMatch(/PASS: 5\/5/)
  expect(tested.code).toBe(0)

  const seed = copySeed()
  const trust = path.join(seed, 'trust.yaml')
  const strong = path.join(seed, 'strong')

  // (a): the strong example's notification is a draft.
  const a = await evaluate(strong, trust, dir)
  expect(a.code).toBe(1)
  expect(a.result.decision).toBe('reject')
  expect(a.result.findings).toContainEqual(
    expect.objectContaining({ rule: 'company.notification_not_sent', control: 'custom.company' })
  )
  // The team package is a control of every report section: the Controls table, the questions
  // it declares, the maturity reason, and the control beside its rules in text and Markdown.
  expect(a.result.controls).toContainEqual({
    id: 'custom.company',
    result: 'fail',
    level: null,
    required: true,
    questions: ['approved-before-signing', 'decisions-retained']
  })
  expect(a.result.questions.find(q => q.id === 'decisions-retained')).toEqual(
    expect.objectContaining({ answer: 'fail' })
  )
  expect(a.result.maturity.reason).toContain(
    'because of company.notification_not_sent [custom.company]'
  )
  const text = await cli(['evaluate', strong, '--trust', trust, '--at', EVAL_TIME, '--policy', dir])
  expect(text.stdout).toMatch(
    /^ {2}custom\.company +fail +no level +required +blocking: company\.notification_not_sent/m
  )
  expect(text.stdout).toMatch(/VIOLATION \(custom\.company\) company\.notification_not_sent:/)
  const markdown = await cli(
    packageArgs(['evaluate'], strong, trust, '--policy', dir, '--format', 'markdown')
  )
  expect(markdown.stdout).toMatch(
    /\| violation \| custom\.company \| company\.notification\\_not\\_sent \|/
  )

  // (b): notification sent; regional is rejected, not excluded: EXC-1 waives only the recovery test.
  edit(path.join(strong, 'notification.yaml'), 'status: draft', 'status: sent')
  const b = await evaluate(strong, trust, dir)
  expect(b.result.decision).toBe('reject')
  expect(b.result.findings.map(f => f.rule)).not.toContain('company.notification_not_sent')
  expect(configuration(b.result, 'reference').result).toBe('approved')
  const regional = configuration(b.result, 'regional')
  expect(regional.result).toBe('rejected')
  expect(regional.exception).toBeNull()
  expect(regional.waivers).toEqual([
    expect.objectContaining({
      exception: 'EXC-1',
      // The known gap GAP-1 is waived by any valid exception of regional; the recovery test by name.
      waived: [
        expect.objectContaining({ rule: 'fleet.known_gap' }),
        expect.objectContaining({ rule: 'rollback_recovery.recovery_test_missing' })
      ],
      notWaived: [
        expect.objectContaining({
          rule: 'company.regional_safety_approval_missing',
          why: 'not-in-waives'
        })
      ]
    })
  ])
  expect(regional.reasons).toContainEqual(
    expect.stringMatching(/^rollback_recovery\.recovery_test_missing: .* \(waived by EXC-1\)$/)
  )
  expect(regional.reasons).toContainEqual(
    expect.stringMatching(
      /^company\.regional_safety_approval_missing \[custom\.company\]: .* \(not waived: not in the waives of EXC-1\)$/
    )
  )

  // With a regional-safety approval (b) holds: the update is approved for reference, regional
  // excluded under EXC-1 for its recovery test only.
  edit(
    path.join(strong, 'approval.yaml'),
    /approvals:\n/,
    'approvals:\n  - { approver: sam.safety@buyer.example, role: regional-safety, decision: approved, time: 2026-10-02T09:30:00Z, reference: RS-7 }\n'
  )
  edit(
    trust,
    /approvers:\n/,
    'approvers:\n  - { id: sam.safety@buyer.example, name: Sam, roles: [regional-safety] }\n'
  )
  const approved = await evaluate(strong, trust, dir)
  expect(approved.code).toBe(0)
  expect(approved.result.decision).toBe('conditional')
  expect(configuration(approved.result, 'reference').result).toBe('approved')
  expect(configuration(approved.result, 'regional')).toEqual(
    expect.objectContaining({ result: 'excluded', exception: 'EXC-1' })
  )
  expect(approved.result.findings.map(f => f.rule)).not.toContain(
    'company.regional_safety_approval_missing'
  )
})
