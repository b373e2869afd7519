/**
 * `update-gate package check`: what a supplier can check before any buyer's trust file exists.
 * Schema, references, files, digests and signatures are checked by the same load and verify
 * stages the gate runs; what is missing per maturity level comes from evaluating the built-in
 * policy with a neutral trust (below), so the list is the policy's own findings, never a second
 * table of requirements here.
 *
 * The neutral trust trusts what the package itself names: the key given with --key (if any) for
 * this product and version (in the version scheme checkedVersionScheme picks), the approvers of its
 * approval records as release approvers, the acceptors of its exceptions as risk acceptors, the
 * builders of its provenance; the given keys sign for every test and deployment system, and for
 * each approver and risk acceptor the keys that signed a record naming them (approverKeys).
 * Who is really trusted is the buyer's decision, made with the buyer's trust file at `evaluate`
 * time.
 */
import { createPublicKey } from 'node:crypto'
import { readInside, realRoot } from '../../shared/fs-safe.js'
import { INDEX_FILE } from '../../contracts/evidence-package.js'
import { parseYaml } from '../../shared/parse.js'
import { FILL_IN, placeholders } from './templates.js'
import { GateError, messageOf } from '../../shared/errors.js'
import { readPolicy } from '../policy-source.js'
import { openRunner, type PolicyData } from '../../evaluate/runner.js'
import type { Finding, PolicyOutput } from '../../contracts/policy-output.js'
import {
  isOpenPgpKeyText,
  keyFingerprint,
  loadPackage,
  loadTrust,
  parsePublicKey,
  readOpenPgpKey
} from '../../load/index.js'
import { normaliseTimestamp } from '../../shared/time.js'
import { isValidVersion, type VersionScheme } from '../../shared/versions.js'
import { KEY_USAGES } from '../../load/trust.js'
import { RECORD_KINDS } from '../../load/records.js'
import type { LoadedPackage, LoadedTrust, TrustedKey, TrustedOpenPgpKey } from '../../load/types.js'
import { verifyPackage } from '../../verify/index.js'
import type {
  EvidenceFact,
  ManifestVerification,
  PolicyInput,
  ProvenanceVerification,
  ReleaseApprovalRecord,
  RiskAcceptanceRecord,
  SigningEventRecord,
  TrustData
} from '../../contracts/policy-input.js'
import { DOCS } from './links.js'
import { readKeyFile } from './keys.js'

export interface CheckOptions {
  /** The signing keys (public or private PEM): the signatures are checked with them. */
  keys?: string[]
  /**
   * A buyer's trust file: checked with it instead of a neutral trust (its keys, identities,
   * approvers, builders and requirements; no `keys` then).
   */
  trust?: string
  /** Evaluation time (default now). */
  at?: string
}

export interface CheckResult {
  /** Files, digests and signatures are all right and nothing blocks level 4. */
  ok: boolean
  text: string
  /** The policy output (neutral trust or the buyer's); null while templates still have values to fill in. */
  output: PolicyOutput | null
}

/**
 * The values still to fill in (package init's templates) in the index and the files it lists, by
 * file and line. Read before the package is loaded: a half-written template is reported as what
 * is left to write, not as the first schema error it causes.
 */
function placeholdersLeft(dir: string): string[] {
  // Read as the load stage reads (inside the package, bounded, regular files only): what cannot
  // be read so is reported when the package is loaded.
  const scan = (root: string, file: string): string | null => {
    try {
      const read = readInside(root, file, MAX_SCANNED_BYTES, { file })
      return read === null ? null : read.bytes.toString('utf8')
    } catch {
      return null
    }
  }
  let root: string
  try {
    root = realRoot(dir)
  } catch {
    return [] // loading the package reports a missing directory
  }
  const indexText = scan(root, INDEX_FILE)
  if (indexText === null) return [] // loading the package reports a missing index with its fix
  let files: string[]
  try {
    const raw = parseYaml(indexText, INDEX_FILE) as { evidence?: { file?: unknown }[] } | null
    files = (Array.isArray(raw?.evidence) ? raw.evidence : []).flatMap(e =>
      typeof e?.file === 'string' ? [e.file] : []
    )
  } catch {
    return [] // loading the package reports the parse error with its place
  }
  const lines: string[] = []
  for (const file of [INDEX_FILE, ...new Set(files)]) {
    const text = file === INDEX_FILE ? indexText : scan(root, file)
    if (text === null) continue // a missing file is reported with the package's other facts
    for (const p of placeholders(text)) lines.push(`  TO FILL IN ${file}:${p.line}: ${p.text}`)
  }
  return lines
}

const MAX_SCANNED_BYTES = 4 * 1024 * 1024

const ALL_CONTROLS = [
  'signing',
  'provenance',
  'approval',
  'rollback-recovery',
  'affected-versions',
  'notification',
  'retention'
]

/** A `--key`: a PKIX key (PEM, public or private) or an OpenPGP public key (armored). */
type GivenKey = { pkix: TrustedKey } | { openpgp: TrustedOpenPgpKey }

async function readKey(file: string): Promise<GivenKey> {
  let pem = readKeyFile(file, '--key', 'a public or private key PEM, or an OpenPGP public key')
  if (isOpenPgpKeyText(pem)) {
    const { key, fingerprint } = await readOpenPgpKey(pem, 'supplier', { file, field: '--key' })
    return { openpgp: { id: 'supplier', fingerprint, key } }
  }
  if (/PRIVATE KEY-----/.test(pem)) {
    try {
      pem = createPublicKey({ key: pem, format: 'pem' })
        .export({ type: 'spki', format: 'pem' })
        .toString()
    } catch (error) {
      throw new GateError('INVALID_KEY', `not a usable PEM key: ${messageOf(error)}`, {
        file,
        field: '--key'
      })
    }
  }
  const parsed = parsePublicKey(pem, 'supplier', { file, field: '--key' })
  return {
    pkix: {
      id: 'supplier',
      fingerprint: keyFingerprint(parsed.key),
      algorithm: parsed.algorithm,
      hash: parsed.hash,
      publicKey: parsed.key
    }
  }
}

const records = <T>(pkg: LoadedPackage, kind: string): T[] =>
  pkg.evidence.flatMap(e =>
    e.kind === kind && e.content.type === 'record' ? [e.content.record as T] : []
  )

/**
 * The version scheme the package's versions are checked in, and the line saying why. The gate reads
 * them in the scheme the buyer's trust file declares for the product (products[].versionScheme,
 * default semver) and refuses an index that claims another, so a claim is the scheme of every
 * evaluation that accepts the package. Without a claim package check cannot tell (it has no trust
 * file): versions that are all SemVer are checked as semver, the default; others as generic, the
 * scheme that reads them, never reported as a SemVer error the buyer's trust file may not make.
 */
function checkedVersionScheme(pkg: LoadedPackage): { scheme: VersionScheme; line: string } {
  const { product, fromVersion, toVersion } = pkg.facts.scope
  if (pkg.claimedVersionScheme !== null)
    return {
      scheme: pkg.claimedVersionScheme,
      line: `  version scheme: ${pkg.claimedVersionScheme}, as scope.versionScheme claims (evaluate refuses the package unless the buyer's trust file, products[].versionScheme, declares the same for ${product})`
    }
  const versions = [fromVersion, toVersion, ...pkg.facts.exceptions.map(e => e.remainOn)]
  const notSemver = versions.find(v => !isValidVersion('semver', v))
  const trustFile = "the buyer's trust file (products[].versionScheme)"
  return notSemver === undefined
    ? {
        scheme: 'semver',
        line: `  version scheme: not claimed; checked as semver, what the gate uses unless ${trustFile} declares another for ${product}; claim it with versionScheme under scope in update-evidence.yaml`
      }
    : {
        scheme: 'generic',
        line: `  version scheme: cannot tell (the package claims none, and ${JSON.stringify(notSemver)} is not SemVer): evaluate accepts these versions only if ${trustFile} declares ${product} generic, not the default semver; checked as generic; claim it with versionScheme: generic under scope in update-evidence.yaml`
      }
}

/**
 * By person, the given keys with a verified signature on a record naming them (their release
 * approvals, their risk acceptances): their keys in the neutral trust. Each given key for each
 * approver would make every approver the signer of the manifest and the builder by key
 * (approval.approver_is_signer, approval.approver_is_builder) whenever one of the keys signed
 * those; this way check reports it only where a key that did also signed the approver's own
 * record, as it would be under any buyer's trust file that counts that record as theirs.
 */
function approverKeys(evidence: readonly EvidenceFact[]): Map<string, string[]> {
  const byPerson = new Map<string, Set<string>>()
  for (const e of evidence) {
    const people =
      e.kind === 'release-approval'
        ? ((e.record as ReleaseApprovalRecord | null)?.approvals.map(a => a.approver) ?? [])
        : e.kind === 'risk-acceptance' && e.record
          ? [(e.record as RiskAcceptanceRecord).acceptedBy]
          : []
    for (const s of e.attestation?.signatures ?? []) {
      if (!s.verified || !s.keyId) continue
      for (const person of people)
        byPerson.set(person, (byPerson.get(person) ?? new Set()).add(s.keyId))
    }
  }
  return new Map([...byPerson].map(([person, keys]) => [person, [...keys].sort()]))
}

/** The neutral trust: the package's own parties, and the given key under the id the package uses. */
function neutralTrust(
  pkg: LoadedPackage,
  given: GivenKey[],
  versionScheme: VersionScheme
): LoadedTrust {
  const scope = pkg.facts.scope
  // The first key gets the id the signing event names (the id the buyer's trust file will use).
  const keyId = records<SigningEventRecord>(pkg, 'signing-event')[0]?.keyId ?? 'supplier'
  const idOf = (i: number) => (i === 0 ? keyId : `supplier-${i + 1}`)
  const pkix = given.flatMap((k, i) => ('pkix' in k ? [{ ...k.pkix, id: idOf(i) }] : []))
  const openpgp = given.flatMap((k, i) => ('openpgp' in k ? [{ ...k.openpgp, id: idOf(i) }] : []))
  const keys = [...pkix, ...openpgp]
  const roles = new Map<string, Set<string>>()
  const add = (id: string, role: string) => roles.set(id, (roles.get(id) ?? new Set()).add(role))
  for (const r of records<ReleaseApprovalRecord>(pkg, 'release-approval'))
    for (const a of r.approvals) add(a.approver, 'release-approver')
  for (const e of pkg.facts.exceptions) add(e.acceptedBy, 'risk-acceptor')
  const hardware = [...new Set(scope.configurations.map(c => c.hardware))].sort()
  const systems =
    keys.length === 0
      ? []
      : [{ id: 'supplier', name: null, keys: keys.map(k => k.id), identities: [], hardware }]
  const data: TrustData = {
    keys: keys.map(k => ({
      id: k.id,
      fingerprint: k.fingerprint,
      usage: [...KEY_USAGES],
      products: [scope.product],
      minVersion: scope.toVersion,
      maxVersion: scope.toVersion,
      validFrom: '1970-01-01T00:00:00Z',
      validUntil: '9999-12-31T23:59:59Z',
      revoked: false,
      revokedAt: null
    })),
    products: [{ id: scope.product, versionScheme }],
    approvers: [...roles]
      .map(([id, r]) => ({
        id,
        name: id,
        roles: [...r].sort(),
        keys: [], // approverKeys, once the records are verified
        identities: [],
        github: null
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    builders: [],
    // The given keys sign for every party: check says whether the records verify with them.
    testSystems: systems,
    deploymentSystems: systems,
    // Every record kind must be signed, as when a buyer's trust file does not say (the default).
    requirements: {
      minimumMaturity: 4,
      requiredControls: ALL_CONTROLS,
      requiredApprovals: 1,
      signedRecords: [...RECORD_KINDS].sort(),
      // No GitHub run is judged here: no deployment approval counts.
      deploymentApprovalEnvironments: []
    }
  }
  return {
    file: '(neutral trust of package check)',
    keys: pkix,
    openpgpKeys: openpgp,
    data,
    sigstoreRoot: null,
    attestationsRepository: null,
    fileDigests: {}
  }
}

function fileLines(evidence: EvidenceFact[], keyGiven: boolean): { lines: string[]; ok: boolean } {
  const lines: string[] = []
  let ok = true
  for (const e of evidence) {
    if (e.file !== null && !e.present) {
      ok = false
      lines.push(
        `  MISSING ${e.file}: evidence '${e.id}' (kind ${e.kind}) is listed in update-evidence.yaml but the file is not in the package; write it (example: ${DOCS.records}) or remove the item`
      )
    }
    const v = e.verification
    if (v?.type === 'update-manifest') {
      const m = v as ManifestVerification
      for (const a of m.artifacts) {
        if (!a.present) {
          ok = false
          lines.push(
            `  MISSING ${a.file}: listed in ${e.file} but not in the package; add it or rewrite the manifest with \`update-gate package manifest\``
          )
        } else if (!a.matches) {
          ok = false
          lines.push(
            `  CHANGED ${a.file}: size or sha256 differs from ${e.file}; rewrite the manifest with \`update-gate package manifest\` and sign again`
          )
        }
      }
      lines.push(...signatureLines(e.file ?? e.id, m.signatures, keyGiven, s => (ok = ok && s)))
    } else if (v?.type === 'build-provenance') {
      const p = v as ProvenanceVerification
      lines.push(...signatureLines(e.file ?? e.id, p.signatures, keyGiven, s => (ok = ok && s)))
    }
  }
  return { lines, ok }
}

function signatureLines(
  file: string,
  signatures: { verified: boolean; keyFingerprint: string | null; reason: string | null }[],
  keyGiven: boolean,
  ok: (good: boolean) => void
): string[] {
  if (!keyGiven)
    return [
      `  signature of ${file}: not checked (give --key <public or private key PEM> to check it)`
    ]
  const good = signatures.find(s => s.verified)
  ok(Boolean(good))
  return good
    ? [`  signature of ${file}: verified (key ${good.keyFingerprint})`]
    : [
        `  signature of ${file}: NOT verified by the --key given: ${signatures.map(s => s.reason).join('; ') || 'no signature'}`
      ]
}

const byRule = (a: Finding, b: Finding) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)

const isBlocking = (f: Finding) => f.severity === 'gap' || f.severity === 'violation'

/**
 * The exception that waives a blocking finding: its configuration is excluded, which the policy
 * decides only when an exception waives every blocking finding of it. Null when it blocks.
 */
function waiverOf(out: PolicyOutput, f: Finding): string | null {
  const configuration = out.configurations.find(c => c.id === f.configuration)
  return configuration?.result === 'excluded' ? (configuration.exception ?? null) : null
}

/** The blocking findings: those no exception waives, to fix, and those one waives. */
function blockingFindings(out: PolicyOutput): { open: Finding[]; waived: Finding[] } {
  const all = out.findings.filter(isBlocking).sort(byRule)
  return {
    open: all.filter(f => waiverOf(out, f) === null),
    waived: all.filter(f => waiverOf(out, f) !== null)
  }
}

function findingLine(f: Finding): string {
  const where = f.configuration ? ` [${f.configuration}]` : ''
  return `    - ${f.rule}${where}: ${f.message}`
}

/**
 * What to add for each level above the current one, from the policy output alone; the findings
 * it lists are added to `listed`. A finding an exception waives is not listed: nothing to fix.
 */
export function levelLines(out: PolicyOutput, listed = new Set<Finding>()): string[] {
  const lines: string[] = []
  const current = out.maturity.level
  const required = out.controls.filter(c => c.required)
  const { open } = blockingFindings(out)
  // A control's blocking findings, and the records that cap it at level 3 because they are not
  // signed by whom they name (attestation.unsigned names the control it caps).
  const blocking = (control: string) =>
    out.findings
      .filter(
        f =>
          (f.control === control && open.includes(f)) ||
          (f.rule === 'attestation.unsigned' &&
            f.message.endsWith(`control ${control} is at most level 3`))
      )
      .sort(byRule)
  if (current < 4) {
    const below = required.filter(c => c.level !== null && c.level < 4)
    lines.push(
      `to reach level 4 (verified) add, per control (levels 2 and 3 count the evidence present, capped at 3):`
    )
    for (const c of below) {
      lines.push(`  ${c.id} (now level ${c.level}):`)
      const fs = blocking(c.id)
      for (const f of fs) listed.add(f)
      lines.push(...(fs.length ? fs.map(findingLine) : ['    - (no finding names it)']))
    }
  }
  const notRetained = Object.entries(out.maturity.configurations).flatMap(([id, m]) =>
    m && m.level < 5 ? [{ id, level: m.level, reason: m.reason }] : []
  )
  if (current < 5) {
    lines.push('to reach level 5 (verified and retained) add:')
    const retention = out.findings
      .filter(f => f.control === 'retention' && (f.severity === 'info' || f.severity === 'warning'))
      .sort(byRule)
    lines.push(...retention.map(findingLine))
    for (const m of notRetained) if (m.level >= 4) lines.push(`    - [${m.id}] ${m.reason}`)
    if (current < 4) lines.push('    - everything listed for level 4')
  }
  return lines
}

export async function checkPackage(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const at = normaliseTimestamp(options.at ?? new Date().toISOString(), { field: '--at' })
  if (options.trust !== undefined && (options.keys ?? []).length > 0)
    throw new GateError(
      'USAGE',
      '--key and --trust: with a trust file its keys check the signatures; give one or the other',
      { field: '--key' }
    )
  // The keys and the trust file first: one that cannot be read is an input error whatever the
  // package holds.
  const keys: GivenKey[] = []
  for (const file of options.keys ?? []) keys.push(await readKey(file))
  const buyer = options.trust === undefined ? null : await loadTrust(options.trust)
  const left = placeholdersLeft(dir)
  if (left.length > 0) {
    const text = [
      `update-gate package check: ${dir}`,
      `${left.length} value(s) still to fill in (marked ${FILL_IN}; examples: ${DOCS.records}):`,
      ...left,
      '',
      'package check: not complete (exit 2); fill in the values above, then check again'
    ]
    return { ok: false, text: `${text.join('\n')}\n`, output: null }
  }
  const pkg = await loadPackage(dir)
  if (buyer) return checkWith(dir, pkg, buyer, at)
  const versionScheme = checkedVersionScheme(pkg)
  const trust = neutralTrust(pkg, keys, versionScheme.scheme)
  const verified = await verifyPackage(pkg, trust, at)
  const builders = new Set<string>()
  for (const e of verified.input.evidence) {
    const v = e.verification
    if (v?.type === 'build-provenance' && (v as ProvenanceVerification).slsa)
      builders.add((v as ProvenanceVerification).slsa!.builderId)
  }
  const signedBy = approverKeys(verified.input.evidence)
  const data = {
    trust: {
      ...verified.data.trust,
      approvers: verified.data.trust.approvers.map(a => ({ ...a, keys: signedBy.get(a.id) ?? [] })),
      builders: [...builders].sort().map(id => ({ id, keys: null }))
    }
  }
  return checkResult(dir, pkg, verified.input, data, {
    keyGiven: keys.length > 0,
    versionLine: versionScheme.line,
    trustName: "a neutral trust (the package's own key, approvers and builders)",
    rejectedWith: 'the neutral trust'
  })
}

/** `package check --trust`: the buyer's trust file as the gate loads it, for the data as well. */
async function checkWith(
  dir: string,
  pkg: LoadedPackage,
  trust: LoadedTrust,
  at: string
): Promise<CheckResult> {
  const verified = await verifyPackage(pkg, trust, at)
  const { product, versionScheme } = verified.input.package.scope
  return checkResult(dir, pkg, verified.input, verified.data, {
    keyGiven: true,
    versionLine: `  version scheme: ${versionScheme}, as the trust file declares for ${product} (products[].versionScheme; semver when it names none)`,
    trustName: `the trust file ${trust.file}`,
    rejectedWith: 'this trust file'
  })
}

/** The check's report: the policy's findings with `data` over the verified input, per level. */
async function checkResult(
  dir: string,
  pkg: LoadedPackage,
  input: PolicyInput,
  data: PolicyData,
  how: { keyGiven: boolean; versionLine: string; trustName: string; rejectedWith: string }
): Promise<CheckResult> {
  const runner = await openRunner(await readPolicy(undefined))
  let output: PolicyOutput
  try {
    output = await runner.evaluate(data, input)
  } finally {
    await runner.close()
  }
  const files = fileLines(input.evidence, how.keyGiven)
  const scope = pkg.facts.scope
  const lines = [
    `update-gate package check: ${dir}`,
    `${scope.product} ${scope.fromVersion} -> ${scope.toVersion}, cohort ${scope.cohort}`,
    `  update-evidence.yaml and every record: valid (schemas and references)`,
    how.versionLine,
    ...files.lines,
    '',
    `maturity with ${how.trustName}: level ${output.maturity.level}`
  ]
  const listed = new Set<Finding>()
  const levels = levelLines(output, listed)
  const { open, waived } = blockingFindings(output)
  // What blocks the decision is listed whatever the level: the verdict below names nothing else.
  const unlisted = open.filter(f => !listed.has(f))
  lines.push(...levels)
  if (unlisted.length > 0)
    lines.push('to fix (each blocks the decision):', ...unlisted.map(findingLine))
  if (levels.length === 0 && unlisted.length === 0) lines.push('nothing to add: level 5')
  if (waived.length > 0)
    lines.push(
      'waived by an exception of the package (nothing to fix; the decision is conditional, the configuration excluded):',
      ...waived.map(f => `${findingLine(f)} (waived by ${waiverOf(output, f)})`)
    )
  // Nothing listed is not enough: a record capped at level 3 (unsigned where the kind must be
  // signed) or exceptions that exclude every configuration reject with no blocking item.
  const rejected = output.decision === 'reject'
  const ok = files.ok && open.length === 0 && !rejected
  lines.push(
    '',
    ok
      ? `package check: complete for level 4${waived.length > 0 ? ' with the exceptions above' : ''}; the buyer evaluates it with their trust file (update-gate evaluate)`
      : files.ok && open.length === 0
        ? `package check: not complete (exit 2): with ${how.rejectedWith} the update is rejected (${output.summary})`
        : 'package check: not complete (exit 2); fix the items above'
  )
  return { ok, text: `${lines.join('\n')}\n`, output }
}
