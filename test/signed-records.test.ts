/**
 * Signed records (issue 13) through the real pipeline (load -> verify -> compiled policy in wasm):
 * examples/signed-records has every record signed by whom it names, and its trust requires every
 * kind signed; unsigned or forged records there drop the decision and the level. The seed's trust
 * requires none (requirements.signedRecords: []): its strong package's unsigned records count and
 * are listed. Hostile records are refused each with its own rule, required or not; records also
 * come as in-toto statements in DSSE envelopes (the record as predicate, or in-toto test-result
 * v0.1 for tests).
 */
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import type { GateReport } from '../src/contracts/report.js'
import { runGate } from '../src/gate.js'
import { pae } from '../src/verify/index.js'
import {
  addTrustKey,
  copySeed,
  copySigned,
  edit,
  EVAL_TIME,
  gateError,
  managedKeyBundle,
  resign,
  SEED,
  SEED_TRUST,
  SIGNED_RECORDS
} from './helpers.js'

const evaluate = (packageDir: string, trustFile: string): Promise<GateReport> =>
  runGate({ packageDir, trustFile, evaluationTime: EVAL_TIME, label: path.basename(packageDir) })

const rules = (r: GateReport) => r.result.findings.map(f => f.rule)
const results = (r: GateReport) =>
  Object.fromEntries(r.result.configurations.map(c => [c.id, c.result]))
const level = (r: GateReport, control: string) =>
  r.result.controls.find(c => c.id === control)?.level

/** Removes the `signature:` of index items whose file is one of `files`. */
function unsign(dir: string, ...files: string[]): void {
  const index = path.join(dir, 'update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { evidence: Record<string, unknown>[] }
  for (const e of doc.evidence) if (files.includes(e.file as string)) delete e.signature
  writeFileSync(index, stringify(doc))
}

function editTrust(trustFile: string, change: (trust: Record<string, unknown>) => void): void {
  const trust = parse(readFileSync(trustFile, 'utf8')) as Record<string, unknown>
  change(trust)
  writeFileSync(trustFile, stringify(trust))
}

const ARTIFACT_SHA = 'd895b58bf1d76d6511b2267f9ec0cbb1d9b0f33567aab5b750d4494408a0461d'

/** A DSSE envelope holding an in-toto statement, signed with `key`. */
function envelope(
  predicateType: string,
  predicate: unknown,
  key: KeyObject,
  sha = ARTIFACT_SHA,
  payloadType = 'application/vnd.in-toto+json'
) {
  const payload = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ic22-fw-5.4.3.bin', digest: { sha256: sha } }],
      predicateType,
      predicate
    })
  )
  return JSON.stringify({
    payloadType,
    payload: payload.toString('base64'),
    signatures: [{ sig: sign(null, pae(payloadType, payload), key).toString('base64') }]
  })
}

const TR = 'https://in-toto.io/attestation/test-result/v0.1'

/** An in-toto test-result v0.1 predicate: one run on `configuration`, PASSED unless a test failed. */
const testRun = (configuration: string, hardware: string, passed: string[], failed: string[]) => ({
  result: failed.length > 0 ? 'FAILED' : 'PASSED',
  configuration: [
    {
      name: '.github/workflows/hil.yml',
      digest: { gitBlob: 'ebe4add40f63c3c98bc9b32ff1e736f04120b023' }
    },
    {
      name: 'update-gate:test-target',
      annotations: {
        configuration,
        hardware,
        product: 'IC-22',
        fromVersion: '5.4.2',
        toVersion: '5.4.3',
        time: '2026-10-01T13:00:00Z',
        rollbackConditions: ['Automatic rollback to 5.4.2 on a failed health check.']
      }
    }
  ],
  url: `https://ci.supplier.example/runs/${configuration}`,
  passedTests: passed,
  failedTests: failed
})

/**
 * Puts test-result statements signed with `key` (`<id>.dsse.json`, by evidence id) in place of
 * the index item `tests`, each an item like it.
 */
function testStatements(dir: string, key: KeyObject, runs: Record<string, unknown>): void {
  const index = path.join(dir, 'update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { evidence: Record<string, unknown>[] }
  const tests = doc.evidence.find(e => e.id === 'tests')!
  doc.evidence = doc.evidence.filter(e => e.id !== 'tests')
  for (const [id, run] of Object.entries(runs)) {
    writeFileSync(path.join(dir, `${id}.dsse.json`), envelope(TR, run, key))
    doc.evidence.push({
      ...tests,
      id,
      file: `${id}.dsse.json`,
      format: 'dsse',
      signature: undefined
    })
  }
  writeFileSync(index, stringify(JSON.parse(JSON.stringify(doc))))
}

/** Replaces the index item `id` by `item` (its other fields kept). */
function setItem(dir: string, id: string, item: Record<string, unknown>): void {
  const index = path.join(dir, 'update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { evidence: Record<string, unknown>[] }
  doc.evidence = doc.evidence.map(e => {
    if (e.id !== id) return e
    const next: Record<string, unknown> = { ...e, ...item }
    for (const [k, v] of Object.entries(item)) if (v === undefined) delete next[k]
    return next
  })
  writeFileSync(index, stringify(doc))
}

/** A fresh key trusted for `usage`, added to the first party of the trust's `list` (approvers, testSystems). */
function addPartyKey(trust: string, list: string, id: string, usage: string): KeyObject {
  const key = addTrustKey(trust, id, [usage])
  editTrust(trust, t => {
    ;(t[list] as { keys: string[] }[])[0]!.keys.push(id)
  })
  return key
}

/**
 * Carol's approval record of `dir` as the predicate of an in-toto statement about `sha`, in a DSSE
 * envelope signed with a new key of hers (approval.dsse.json, in the index in place of approval.yaml).
 */
function approvalStatement(
  dir: string,
  trust: string,
  sha = ARTIFACT_SHA,
  payloadType?: string
): void {
  const key = addPartyKey(trust, 'approvers', 'carol-dsse', 'release-approval')
  const predicate = parse(readFileSync(path.join(dir, 'approval.yaml'), 'utf8')) as unknown
  const type = 'https://update-gate.dev/attestation/release-approval/v1'
  writeFileSync(
    path.join(dir, 'approval.dsse.json'),
    envelope(type, predicate, key, sha, payloadType)
  )
  setItem(dir, 'approval', { file: 'approval.dsse.json', format: 'dsse', signature: undefined })
}

const SIGNED_TRUST = path.join(SIGNED_RECORDS, 'trust.yaml')
const unsignedRules = (r: GateReport) =>
  r.result.findings
    .filter(f => f.rule === 'attestation.unsigned')
    .map(f => f.evidence[0])
    .sort()

/**
 * A copy of the seed (its packages) and of signed-records (its trust, which requires every record
 * kind signed, and its keys, the seed's): `all-tested` is the seed's fully signed package.
 */
function signedCopies(): { dir: (example: string) => string; trust: string; seedTrust: string } {
  const seed = copySeed()
  const signed = copySigned()
  return {
    dir: example => path.join(seed, example),
    trust: path.join(signed, 'trust.yaml'),
    seedTrust: path.join(seed, 'trust.yaml')
  }
}

/** signedCopies' all-tested and trust, with a key of the test lab's that signs test statements. */
function testResultCopy(): { dir: string; trust: string; lab: KeyObject } {
  const c = signedCopies()
  const lab = addPartyKey(c.trust, 'testSystems', 'lab-intoto', 'rollback-recovery-tests')
  return { dir: c.dir('all-tested'), trust: c.trust, lab }
}

describe('who must sign what: requirements.signedRecords', () => {
  it('signed-records: every record signed by whom it names, every kind required; the seed decision and levels', async () => {
    const r = await evaluate(path.join(SIGNED_RECORDS, 'package'), SIGNED_TRUST)
    expect(r.result.decision).toBe('conditional')
    expect(results(r)).toEqual({ reference: 'approved', regional: 'excluded' })
    expect(r.result.maturity.level).toBe(5)
    expect(rules(r)).not.toContain('attestation.unsigned')
    const signers = Object.fromEntries(
      r.evidence.signatures.map(s => [s.evidence, [s.keyId, s.verified]])
    )
    expect(signers).toMatchObject({
      approval: ['carol-2026', true],
      acceptance: ['olga-2026', true],
      tests: ['ic22-test-lab-2026', true],
      deployments: ['ic22-update-service-2026', true],
      'signing-event': ['ic22-release-records-2026', true],
      notification: ['ic22-release-records-2026', true],
      'affected-versions': ['ic22-release-records-2026', true]
    })
    const allTested = await evaluate(path.join(SEED, 'all-tested'), SIGNED_TRUST)
    expect(allTested.result.decision).toBe('approve')
    expect(allTested.result.maturity.level).toBe(5)
  })

  it('signed-records unsigned: the acceptance excludes nothing, so the update is rejected at level 3; the report names the records', async () => {
    const r = await evaluate(path.join(SIGNED_RECORDS, 'unsigned'), SIGNED_TRUST)
    expect(r.result.decision).toBe('reject')
    expect(results(r).regional).toBe('rejected')
    expect(r.result.maturity.level).toBe(3)
    expect(unsignedRules(r)).toEqual([
      'acceptance', 'affected-versions', 'approval', 'deployments', 'notification', 'signing-event', 'tests'
    ]) // prettier-ignore
    expect(rules(r)).toEqual(
      expect.arrayContaining([
        'retention.exception_acceptance_unsigned',
        'approval.not_signed_by_approver',
        'rollback_recovery.result_unsigned'
      ])
    )
    for (const c of ['approval', 'notification', 'signing', 'rollback-recovery', 'retention', 'affected-versions'])
      expect(level(r, c)).toBe(3) // prettier-ignore
  })

  it('the seed trust requires none: strong keeps its decision and levels, its unsigned records listed as info', async () => {
    const r = await evaluate(path.join(SEED, 'strong'), SEED_TRUST)
    expect(r.result.decision).toBe('conditional')
    expect(r.result.maturity.level).toBe(5)
    expect(r.evidence.signatures.map(s => s.evidence)).toEqual(['manifest', 'provenance'])
    const unsigned = r.result.findings.filter(f => f.rule === 'attestation.unsigned')
    expect(unsigned.map(f => f.evidence[0]).sort()).toEqual([
      'EXC-1', 'affected-versions', 'approval', 'deployments', 'notification', 'signing-event', 'tests'
    ]) // prettier-ignore
    expect(new Set(unsigned.map(f => f.severity))).toEqual(new Set(['info']))
    expect(unsigned.find(f => f.evidence[0] === 'EXC-1')?.message).toBe(
      'exception EXC-1 is in no risk-acceptance record its acceptor signed; it counts, because requirements.signedRecords does not name risk-acceptance'
    )
  })

  it('only the kinds named must be signed; leaving the setting out requires every kind', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    editTrust(trust, t => {
      ;(t.requirements as Record<string, unknown>).signedRecords = ['release-approval']
    })
    const some = await evaluate(path.join(seed, 'strong'), trust)
    expect(rules(some)).toContain('approval.not_signed_by_approver')
    expect(level(some, 'approval')).toBe(3)
    expect(level(some, 'notification')).toBe(4)
    expect(some.result.decision).toBe('reject')

    editTrust(trust, t => {
      delete (t.requirements as Record<string, unknown>).signedRecords
    })
    const all = await evaluate(path.join(seed, 'strong'), trust)
    expect(all.result.decision).toBe('reject')
    expect(all.result.maturity.level).toBe(3)
    expect(rules(all)).toContain('retention.exception_acceptance_unsigned')
  })

  it('a trust file naming a kind that is not a record kind is an input error naming the field', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    editTrust(trust, t => {
      ;(t.requirements as Record<string, unknown>).signedRecords = ['build-provenance']
    })
    const e = await gateError(() => evaluate(path.join(seed, 'strong'), trust))
    expect(e).toMatchObject({ code: 'SCHEMA_VIOLATION', field: 'requirements.signedRecords[0]' })
  })
})

describe('forged records (every kind required)', () => {
  it('an unsigned approval naming an authorized approver does not reach level 4', async () => {
    const c = signedCopies()
    unsign(c.dir('all-tested'), 'approval.yaml')
    const r = await evaluate(c.dir('all-tested'), c.trust)
    expect(level(r, 'approval')).toBe(3)
    expect(rules(r)).toEqual(
      expect.arrayContaining(['approval.not_signed_by_approver', 'approval.insufficient_approvals'])
    )
    expect(r.result.decision).toBe('reject')
  })

  it('an approval signed by another key (trusted, but not mapped to the approver) does not count', async () => {
    const c = signedCopies()
    const dir = c.dir('all-tested')
    const mallory = addTrustKey(c.trust, 'mallory-2026', ['release-approval'])
    const bytes = readFileSync(path.join(dir, 'approval.yaml'))
    writeFileSync(
      path.join(dir, 'approval.yaml.sig'),
      sign(null, bytes, mallory).toString('base64')
    )
    const r = await evaluate(dir, c.trust)
    expect(r.evidence.signatures.find(s => s.evidence === 'approval')?.keyId).toBe('mallory-2026')
    expect(level(r, 'approval')).toBe(3)
    expect(rules(r)).toContain('approval.not_signed_by_approver')
    expect(rules(r)).not.toContain('attestation.signer_untrusted')
    expect(r.result.decision).toBe('reject')
  })

  it('a forged risk acceptance excludes nothing: the configuration and the update are rejected', async () => {
    const dir = path.join(copySigned(), 'package')
    unsign(dir, 'acceptance.yaml')
    const r = await evaluate(dir, SIGNED_TRUST)
    expect(results(r)).toEqual({ reference: 'approved', regional: 'rejected' })
    expect(r.result.decision).toBe('reject')
    expect(rules(r)).toContain('retention.exception_acceptance_unsigned')
  })

  it('an exception widened after its acceptance was signed loses it', async () => {
    const dir = path.join(copySigned(), 'package')
    edit(path.join(dir, 'update-evidence.yaml'), 'followUpBy: 2027-01-15', 'followUpBy: 2027-06-15')
    const r = await evaluate(dir, SIGNED_TRUST)
    expect(results(r).regional).toBe('rejected')
    const f = r.result.findings.find(x => x.rule === 'retention.exception_acceptance_unsigned')
    expect(f?.message).toContain('(followUpBy differ)')
    // Where risk acceptances need not be signed, what olga signed still shows the widening.
    const seedTrust = await evaluate(dir, SEED_TRUST)
    expect(results(seedTrust).regional).toBe('rejected')
  })

  it("a risk acceptance signed for cohort A's regional accepts nothing for cohort B's regional on other hardware", async () => {
    const dir = path.join(copySigned(), 'package')
    const index = path.join(dir, 'update-evidence.yaml')
    edit(index, 'cohort: A', 'cohort: B')
    edit(index, 'hardware: IC-22-RG-B }', 'hardware: IC-22-RG-X }')
    // acceptance.yaml and its signature are olga's, unchanged
    const r = await evaluate(dir, SEED_TRUST)
    const f = r.result.findings.find(x => x.rule === 'retention.exception_acceptance_unsigned')
    expect(f?.message).toContain('(cohort, hardware differ)')
    expect(results(r).regional).toBe('rejected')
    expect(r.result.decision).toBe('reject')
  })

  it('a signing event of another release does not give this release its signing time', async () => {
    // The approval came after this release's signing; the signing event is swapped for one of
    // another release (5.4.4) dated later, which would put the approval before "signing".
    const c = signedCopies()
    const dir = c.dir('all-tested')
    edit(
      path.join(dir, 'approval.yaml'),
      'time: 2026-10-01T15:00:00Z',
      'time: 2026-10-02T11:00:00Z'
    )
    edit(path.join(dir, 'signing-event.yaml'), 'version: 5.4.3', 'version: 5.4.4')
    edit(
      path.join(dir, 'signing-event.yaml'),
      'time: 2026-10-02T10:00:00Z',
      'time: 2026-10-03T09:00:00Z'
    )
    unsign(dir, 'approval.yaml', 'signing-event.yaml')
    const r = await evaluate(dir, c.seedTrust)
    const f = r.result.findings.find(x => x.rule === 'signing.signing_event_scope_mismatch')
    expect(f?.message).toContain(
      'signing event signing-event is for IC-22 5.4.4, scope is IC-22 5.4.3'
    )
    expect(rules(r)).toContain('approval.signing_time_unknown')
    expect(r.result.decision).toBe('reject')
  })

  it('a test result signed by a system not authorized for that hardware does not count, required or not', async () => {
    const c = signedCopies()
    for (const trust of [c.trust, c.seedTrust]) {
      editTrust(trust, t => {
        ;(t.testSystems as { hardware: string[] }[])[0]!.hardware = ['IC-22-REF-C']
      })
      const r = await evaluate(c.dir('all-tested'), trust)
      const f = r.result.findings.find(x => x.rule === 'attestation.hardware_unauthorized')
      expect(f).toMatchObject({ severity: 'violation', evidence: ['tests'] })
      expect(f?.message).toContain('signed by ic22-test-lab, not authorized (testSystems[].hardware) for hardware IC-22-RG-B') // prettier-ignore
      expect(rules(r)).toContain('rollback_recovery.recovery_test_missing')
      expect(results(r).regional).toBe('rejected')
      expect(r.result.decision).toBe('reject')
    }
  })
})

// With the seed trust, which requires no record kind signed: hostile records are refused all the same.
/** A copy of the seed: its all-tested package (every record signed) and its trust file. */
function allTestedCopy(): { seed: string; dir: string; trust: string } {
  const seed = copySeed()
  return { seed, dir: path.join(seed, 'all-tested'), trust: path.join(seed, 'trust.yaml') }
}

/** The approval record refused by `rule` (a violation), so the update rejected: the finding. */
function approvalRefused(r: GateReport, rule: string): GateReport['result']['findings'][number] {
  const f = r.result.findings.find(x => x.rule === rule)
  expect(f).toMatchObject({ severity: 'violation', evidence: ['approval'] })
  expect(r.result.decision).toBe('reject')
  return f!
}

describe('hostile records are refused, each with its own rule', () => {
  it('a signature over other bytes: attestation.signature_invalid', async () => {
    const seed = copySeed()
    const dir = path.join(seed, 'all-tested')
    edit(path.join(dir, 'tests.yaml'), 'reference: TEST-5430-RG-RC', 'reference: TEST-5430-RG-XX')
    const r = await evaluate(dir, path.join(seed, 'trust.yaml'))
    const f = r.result.findings.find(x => x.rule === 'attestation.signature_invalid')
    expect(f).toMatchObject({ severity: 'violation', evidence: ['tests'] })
    expect(f?.message).toContain('tests.yaml.sig does not verify')
    expect(r.result.decision).toBe('reject')
  })

  it('a statement whose subjects name other digests: attestation.subjects_mismatch', async () => {
    const { dir, trust } = allTestedCopy()
    approvalStatement(dir, trust, 'ab'.repeat(32))
    approvalRefused(await evaluate(dir, trust), 'attestation.subjects_mismatch')
  })

  it('two artifacts with the same bytes: the subjects are still compared, as a set of digests', async () => {
    const { seed, dir, trust } = allTestedCopy()
    // The image shipped under a second name: the manifest lists both, signed with a new key.
    const image = readFileSync(path.join(dir, 'artifacts/ic22-fw-5.4.3.bin'))
    writeFileSync(path.join(dir, 'artifacts/ic22-fw-5.4.3-sku2.bin'), image)
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      artifacts: { name: string }[]
    }
    manifest.artifacts.push({ ...manifest.artifacts[0]!, name: 'ic22-fw-5.4.3-sku2.bin' })
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2))
    writeFileSync(path.join(dir, 'manifest.json'), manifestBytes)
    const releaseKey = addTrustKey(trust, 'release-sku', ['update-manifest'])
    writeFileSync(
      path.join(dir, 'manifest.json.sig'),
      sign(null, manifestBytes, releaseKey).toString('base64')
    )
    edit(path.join(dir, 'signing-event.yaml'), 'keyId: ic22-release-2026', 'keyId: release-sku')
    edit(
      path.join(dir, 'approval.yaml'),
      'approvals:',
      `  - { name: ic22-fw-5.4.3-sku2.bin, sha256: ${ARTIFACT_SHA} }\napprovals:`
    )
    resign(seed, 'all-tested', 'signing-event.yaml', 'approval.yaml')
    const honest = await evaluate(dir, trust)
    expect(honest.result.findings.filter(f => f.severity === 'violation')).toEqual([])
    // Carol's statement about another build: its subjects are not this release's digests.
    approvalStatement(dir, trust, 'ab'.repeat(32))
    approvalRefused(await evaluate(dir, trust), 'attestation.subjects_mismatch')
  })

  it('an envelope whose payload is not an in-toto statement: attestation.payload_type', async () => {
    const { dir, trust } = allTestedCopy()
    approvalStatement(dir, trust, ARTIFACT_SHA, 'application/vnd.example.order+json')
    const f = approvalRefused(await evaluate(dir, trust), 'attestation.payload_type')
    expect(f.message).toBe(
      'release-approval approval: the envelope in approval.dsse.json has payloadType application/vnd.example.order+json, expected application/vnd.in-toto+json; the record is refused'
    )
  })

  it('a signer the trust configuration does not authorize for the kind: attestation.signer_untrusted', async () => {
    const { dir, trust } = allTestedCopy()
    // A key trusted for manifests only signs the notification.
    const key = addTrustKey(trust, 'manifests-only', ['update-manifest'])
    const bytes = readFileSync(path.join(dir, 'notification.yaml'))
    writeFileSync(
      path.join(dir, 'notification.yaml.sig'),
      sign(null, bytes, key).toString('base64')
    )
    const r = await evaluate(dir, trust)
    const f = r.result.findings.find(x => x.rule === 'attestation.signer_untrusted')
    expect(f?.message).toContain('signed by key manifests-only')
    expect(r.result.decision).toBe('reject')
  })
})

describe('line breaks of a signed record', () => {
  const APPROVED = '    reference: REL-2026-0543\n'

  it('a carriage return alone is an input error naming the record and the line (YAML 1.2 reads a rejection after it)', async () => {
    const seed = copySeed()
    // Carol signs an approval, then, after a comment and lone CRs, a rejection: YAML 1.2 readers
    // (js-yaml, PyYAML) read both; a reader that ends comments only at LF reads the approval alone.
    edit(
      path.join(seed, 'all-tested', 'approval.yaml'),
      APPROVED,
      '    reference: REL-2026-0543 # decision revised:\r  - approver: carol@supplier.example\r' +
        '    role: release-approver\r    decision: rejected\r    time: 2026-10-01T16:00:00Z\r' +
        '    reference: REL-2026-0543-R\n'
    )
    resign(seed, 'all-tested', 'approval.yaml')
    const e = await gateError(() =>
      evaluate(path.join(seed, 'all-tested'), path.join(seed, 'trust.yaml'))
    )
    expect(e).toMatchObject({ code: 'PARSE_ERROR', file: 'approval.yaml' })
    expect(e.message).toMatch(/carriage return not followed by a line feed on line 16;/)
  })

  it('CRLF line breaks are read as LF: the signed record still counts', async () => {
    const seed = copySeed()
    const file = path.join(seed, 'all-tested', 'approval.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'))
    resign(seed, 'all-tested', 'approval.yaml')
    const r = await evaluate(path.join(seed, 'all-tested'), path.join(seed, 'trust.yaml'))
    expect(r.result.decision).toBe('approve')
    expect(level(r, 'approval')).toBe(4)
  })
})

describe('a record signed with a Sigstore bundle', () => {
  it('a managed-key message-signature bundle over the record (cosign sign-blob --bundle) counts like a .sig', async () => {
    const c = signedCopies()
    const dir = c.dir('all-tested')
    const key = addTrustKey(c.trust, 'carol-bundle', ['release-approval'], undefined, 'ec')
    editTrust(c.trust, t => {
      ;(t.approvers as { keys: string[] }[])[0]!.keys.push('carol-bundle')
    })
    const bytes = readFileSync(path.join(dir, 'approval.yaml'))
    writeFileSync(path.join(dir, 'approval.yaml.sigstore.json'), managedKeyBundle(bytes, key))
    setItem(dir, 'approval', { signature: 'approval.yaml.sigstore.json' })
    const r = await evaluate(dir, c.trust)
    expect(r.evidence.signatures.find(s => s.evidence === 'approval')).toMatchObject({
      source: 'approval.yaml.sigstore.json',
      keyId: 'carol-bundle',
      verified: true
    })
    expect(r.result.decision).toBe('approve')
    expect(level(r, 'approval')).toBe(4)
  })
})

describe('records as in-toto statements', () => {
  it('a DSSE statement with the record as predicate counts like the signed YAML', async () => {
    const c = signedCopies()
    const dir = c.dir('all-tested')
    const trust = c.trust
    approvalStatement(dir, trust)
    rmSync(path.join(dir, 'approval.yaml'))
    const r = await evaluate(dir, trust)
    expect(r.result.decision).toBe('approve')
    expect(level(r, 'approval')).toBe(4)
  })

  it('in-toto test-result v0.1 statements signed by the test lab count per configuration', async () => {
    const { dir, trust, lab } = testResultCopy()
    testStatements(dir, lab, {
      'tests-ref': testRun('reference', 'IC-22-REF-C', ['rollback', 'recovery'], []),
      'tests-rg': testRun('regional', 'IC-22-RG-B', ['rollback'], ['recovery'])
    })
    const r = await evaluate(dir, trust)
    expect(results(r)).toEqual({ reference: 'approved', regional: 'rejected' })
    expect(rules(r)).toContain('rollback_recovery.recovery_test_failed')
    expect(rules(r)).not.toContain('attestation.unsigned')
  })

  it('a test-result run whose result is FAILED yields no passed test: each test it lists counts as failed', async () => {
    const { dir, trust, lab } = testResultCopy()
    const failedRun = {
      ...testRun('regional', 'IC-22-RG-B', ['rollback'], []),
      result: 'FAILED',
      warnedTests: ['recovery']
    }
    testStatements(dir, lab, {
      'tests-ref': testRun('reference', 'IC-22-REF-C', ['rollback', 'recovery'], []),
      'tests-rg': failedRun
    })
    const r = await evaluate(dir, trust)
    expect(results(r)).toEqual({ reference: 'approved', regional: 'rejected' })
    expect(rules(r)).toEqual(
      expect.arrayContaining([
        'rollback_recovery.rollback_test_failed',
        'rollback_recovery.recovery_test_failed'
      ])
    )
    expect(r.result.decision).toBe('reject')
  })

  it('a statement of another predicate type is an input error naming the field', async () => {
    const seed = copySeed()
    const dir = path.join(seed, 'all-tested')
    const { privateKey } = generateKeyPairSync('ed25519')
    writeFileSync(
      path.join(dir, 'approval.dsse.json'),
      envelope('https://slsa.dev/provenance/v1', {}, privateKey)
    )
    setItem(dir, 'approval', { file: 'approval.dsse.json', format: 'dsse', signature: undefined })
    const e = await gateError(() => evaluate(dir, path.join(seed, 'trust.yaml')))
    expect(e).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      file: 'approval.dsse.json',
      field: 'payload.predicateType'
    })
    expect(e.message).toContain('https://update-gate.dev/attestation/release-approval/v1')
  })

  it('a trust file naming a key no keys[] entry has is an input error', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    editTrust(trust, t => {
      ;(t.approvers as { keys: string[] }[])[0]!.keys = ['nobody']
    })
    const e = await gateError(() => evaluate(path.join(seed, 'strong'), trust))
    expect(e).toMatchObject({ code: 'SCHEMA_VIOLATION', field: 'approvers[0].keys[0]' })
    editTrust(trust, t => {
      ;(t.approvers as { keys: string[] }[])[0]!.keys = ['carol-2026']
      ;(t.builders as { keys?: string[] }[])[0]!.keys = ['ic22-provenance-2026', 'hsm']
    })
    const b = await gateError(() => evaluate(path.join(seed, 'strong'), trust))
    expect(b).toMatchObject({ code: 'SCHEMA_VIOLATION', field: 'builders[0].keys[1]' })
    expect(b.message).toContain("names key 'hsm', which is not in keys[]")
  })
})
