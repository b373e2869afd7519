#!/usr/bin/env node
// Regenerates examples/seed/ and examples/signed-records/ in one go: keys (public halves only are
// written to the repo; the private keys live in a temporary directory that is deleted at the end),
// the firmware artifact, the manifest and its cosign-style signature, the DSSE provenance envelope,
// the YAML records and the packages: seed/{weak,better,strong,all-tested} (all-tested's records
// each signed by the key of whoever vouches for it; strong's records unsigned, as the shared
// performance checks rewrite them) and signed-records/{package,unsigned} (strong with every record
// signed, and the same without the signatures). Ed25519 signatures are deterministic;
// ECDSA ones are not and the keys are new on every run, so the committed files are the source of
// truth: rerun the script to regenerate everything together, never a single file.
//
//   node scripts/generate-examples.mjs [outDir]   (default: examples/seed; signed-records/ is
//                                                  written beside it)
import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(process.argv[2] ?? path.join(repo, 'examples/seed'))
// examples/signed-records, as a path relative to out (write() takes paths relative to out).
const SIGNED = path.relative(out, path.join(path.dirname(out), 'signed-records'))
const schemas = path
  .relative(path.join(out, 'strong'), path.join(repo, 'schemas'))
  .split(path.sep)
  .join('/')
const trustSchemas = path.relative(out, path.join(repo, 'schemas')).split(path.sep).join('/')

const write = (rel, content) => {
  const file = path.join(out, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}
const sha256 = bytes => createHash('sha256').update(bytes).digest('hex')

// ---- keys: private halves only in a temporary directory ----
const privateDir = mkdtempSync(path.join(tmpdir(), 'update-gate-example-keys-'))
const keys = {
  'ic22-release-2026': generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  'ic22-provenance-2026': generateKeyPairSync('ed25519'),
  'ic22-release-2025': generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  // Keys that sign the records (issue 13): each person or system signs what it vouches for.
  'carol-2026': generateKeyPairSync('ed25519'),
  'olga-2026': generateKeyPairSync('ed25519'),
  'ic22-test-lab-2026': generateKeyPairSync('ed25519'),
  'ic22-update-service-2026': generateKeyPairSync('ed25519'),
  'ic22-release-records-2026': generateKeyPairSync('ed25519')
}
for (const [id, pair] of Object.entries(keys)) {
  write(`keys/${id}.pub`, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  write(`${SIGNED}/keys/${id}.pub`, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  writeFileSync(
    path.join(privateDir, `${id}.key`),
    pair.privateKey.export({ type: 'pkcs8', format: 'pem' }),
    { mode: 0o600 }
  )
}

// ---- artifact: 64 KiB from a seeded xorshift32 pattern ----
const artifactName = 'ic22-fw-5.4.3.bin'
const artifact = Buffer.alloc(64 * 1024)
const header = Buffer.from('IC22FW\0 5.4.3 fictional example firmware image\n')
header.copy(artifact)
let x = 0x1c22_0543
for (let i = header.length; i < artifact.length; i++) {
  x ^= x << 13
  x >>>= 0
  x ^= x >>> 17
  x ^= x << 5
  x >>>= 0
  artifact[i] = x & 0xff
}
const artifactSha = sha256(artifact)

// ---- signed manifest (cosign sign-blob: base64 DER ECDSA P-256/SHA-256 over the bytes) ----
const manifest = Buffer.from(
  JSON.stringify(
    {
      product: 'IC-22',
      version: '5.4.3',
      artifacts: [{ name: artifactName, size: artifact.length, sha256: artifactSha }]
    },
    null,
    2
  ) + '\n'
)
const manifestSig = sign('sha256', manifest, keys['ic22-release-2026'].privateKey).toString(
  'base64'
)

// ---- DSSE provenance (in-toto Statement v1, SLSA Provenance v1), signed with Ed25519 ----
const BUILDER =
  'https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main'
const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: artifactName, digest: { sha256: artifactSha } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: {
          ref: 'refs/heads/main',
          repository: 'https://github.com/supplier/ic22-firmware',
          path: '.github/workflows/release.yml'
        }
      },
      internalParameters: { github: { event_name: 'push', runner_environment: 'github-hosted' } },
      resolvedDependencies: [
        {
          uri: 'git+https://github.com/supplier/ic22-firmware@refs/heads/main',
          digest: { gitCommit: '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d' }
        }
      ]
    },
    runDetails: {
      builder: { id: BUILDER },
      metadata: {
        invocationId: 'https://github.com/supplier/ic22-firmware/actions/runs/5430001/attempts/1',
        startedOn: '2026-10-01T08:00:00Z',
        finishedOn: '2026-10-01T08:20:00Z'
      }
    }
  }
}
const payloadType = 'application/vnd.in-toto+json'
const payload = Buffer.from(JSON.stringify(statement))
const paeBytes = Buffer.concat([
  Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
  payload
])
const envelope = {
  payloadType,
  payload: payload.toString('base64'),
  signatures: [
    {
      keyid: 'ic22-provenance-2026',
      sig: sign(null, paeBytes, keys['ic22-provenance-2026'].privateKey).toString('base64')
    }
  ]
}
rmSync(privateDir, { recursive: true, force: true })

// ---- trust configuration (seed/trust.yaml shared by the seed packages; signed-records/trust.yaml
// the same but requiring every record kind signed) ----
// Who signs the records: approvers and the risk acceptor with their own keys, the test lab and the
// update service for the hardware they test and deploy to, the release records (signing events,
// customer notifications, the affected-version mapping) with the supplier's records key.
// A trusted key for IC-22 5.x, valid through 2026 unless said otherwise.
const trustedKey = (id, usage, { comment, from = '2026', until = '2027', revokedAt } = {}) =>
  `${comment ? `  # ${comment}\n` : ''}  - id: ${id}
    publicKeyFile: keys/${id}.pub
    usage: [${usage.join(', ')}]
    products: [IC-22]
    minVersion: 5.0.0
    maxVersion: 5.99.99
    validFrom: ${from}-01-01T00:00:00Z
    validUntil: ${until}-01-01T00:00:00Z
    revoked: ${revokedAt !== undefined}
    revokedAt: ${revokedAt ?? 'null'}
`
const recordKey = (id, usage, comment) => trustedKey(id, usage, { comment })
const manifestKeys = [
  trustedKey('ic22-release-2026', ['update-manifest']),
  trustedKey('ic22-provenance-2026', ['build-provenance']),
  trustedKey('ic22-release-2025', ['update-manifest'], {
    comment:
      'The previous release key, revoked; kept so a signature by it is recognised and rejected.',
    from: '2025',
    until: '2026',
    revokedAt: '2025-11-15T00:00:00Z'
  })
].join('')
const recordKeys = [
  recordKey('carol-2026', ['release-approval'], "Carol's approval key (approvers[].keys)."),
  recordKey('olga-2026', ['risk-acceptance'], "Olga's risk-acceptance key."),
  recordKey(
    'ic22-test-lab-2026',
    ['rollback-recovery-tests'],
    "The supplier test lab's key (testSystems)."
  ),
  recordKey(
    'ic22-update-service-2026',
    ['deployment-records'],
    "The update service's key (deploymentSystems)."
  ),
  recordKey(
    'ic22-release-records-2026',
    ['signing-event', 'customer-notification', 'affected-versions'],
    'The supplier release records key: signing events, notifications, affected versions.'
  )
].join('')
const systems = `testSystems:
  - { id: ic22-test-lab, name: Supplier IC-22 test lab, keys: [ic22-test-lab-2026], hardware: [IC-22-REF-C, IC-22-RG-B] }
deploymentSystems:
  - { id: ic22-update-service, name: Supplier update service, keys: [ic22-update-service-2026], hardware: [IC-22-REF-C, IC-22-RG-B] }
`
const trust = (comment, signedRecords) =>
  `# yaml-language-server: $schema=${trustSchemas}/trust.schema.json
${comment}
apiVersion: update-gate.dev/v1
kind: TrustConfiguration
keys:
${manifestKeys}${recordKeys}approvers:
  - { id: carol@supplier.example, name: Carol, roles: [release-approver], keys: [carol-2026] }
  - { id: olga@buyer.example, name: Olga, roles: [risk-acceptor], keys: [olga-2026] }
builders:
  - id: ${BUILDER}
${systems}requirements:
  minimumMaturity: 4
  requiredControls: [signing, provenance, approval, rollback-recovery, affected-versions, notification, retention]
  requiredApprovals: 1
${signedRecords}`
write(
  'trust.yaml',
  trust(
    '# Trust configuration for the seed examples. Owned by whoever runs the gate, never by a package.',
    `  # Which record kinds count only when signed by the party they name. None here, on purpose:
  # the project's performance checks grow and re-key the strong example by rewriting its records
  # (tests, deployments, notification, exceptions, the approval), so strong carries no record
  # signatures; all-tested's signed records are still verified. Do not copy this line: leave
  # signedRecords out (every record kind must be signed, the default) as
  # examples/signed-records/trust.yaml does.
  signedRecords: []
`
  )
)
write(
  `${SIGNED}/trust.yaml`,
  trust(
    `# Trust configuration for examples/signed-records: the seed's, requiring every record kind to be
# signed by the party it names. Owned by whoever runs the gate, never by a package.`,
    `  # Every record kind counts only when signed by whom it names (also the default when left out).
  signedRecords: [signing-event, release-approval, risk-acceptance, rollback-recovery-tests, deployment-records, customer-notification, affected-versions]
`
  )
)

// ---- packages ----
const head = `apiVersion: update-gate.dev/v1
kind: UpdateEvidence
decisionSupported: Approve firmware update 5.4.3 for deployment to IC-22 cohort A
threats: [unauthorized-update, incomplete-rollback, untested-recovery, unresolved-affected-version-mapping]
controls: [update-approval-workflow, update-eligibility-check, update-signing, installation-and-rollback-recording]
scope:
  product: IC-22
  fromVersion: 5.4.2
  toVersion: 5.4.3
  cohort: A
  configurations:
    - { id: reference, name: Reference configuration, hardware: IC-22-REF-C }
    - { id: regional, name: Regional configuration, hardware: IC-22-RG-B }
  vulnerabilities: [VULN-2026-014]
producers:
  - { id: rita@supplier.example, name: Rita, role: release-manager }
  - { id: psirt@supplier.example, name: Supplier product security team, role: product-security }
  - { id: updates@supplier.example, name: Supplier update service owner, role: update-service-owner }
consumers:
  - { id: olga@buyer.example, name: Olga, role: buyer-product-owner }
  - { id: dana@buyer.example, name: Dana, role: deployment-approver }
  - { id: victor@buyer.example, name: Victor, role: vulnerability-response-lead }
verificationMethod: [release-approval, signature-validity, key-authorization, affected-version-mapping, rollback-recovery-tests, notification-scope]
`
const index = (rel, body) =>
  `# yaml-language-server: $schema=${schemas}/update-evidence.schema.json\n${head}${body}`
const record = (name, body) =>
  `# yaml-language-server: $schema=${schemas}/records/${name}.schema.json\napiVersion: update-gate.dev/v1\n${body}`

// weak: one assertion
write(
  'weak/update-evidence.yaml',
  index(
    'weak',
    `evidence:
  - id: claim
    kind: assertion
    statement: We have a secure update process.
    producer: rita@supplier.example
    time: 2026-10-02T10:00:00Z
    controls: [signing, approval, rollback-recovery, notification]
`
  )
)

const signingProcedure = `# IC-22 firmware signing procedure

1. The release build runs in the supplier CI (\`release.yml\` on \`main\`).
2. The release manager writes \`manifest.json\` (product, version, artifact names, sizes, SHA-256).
3. The manifest is signed with the release key held in the supplier HSM:
   \`cosign sign-blob --key hsm://ic22-release-2026 manifest.json > manifest.json.sig\`.
4. The manifest, its signature and the artifacts are published together.
`
const manifestItem = `  - { id: manifest, kind: update-manifest, file: manifest.json, signature: manifest.json.sig, producer: rita@supplier.example, time: 2026-10-02T10:00:00Z }
`
const shared = dir => {
  write(`${dir}/manifest.json`, manifest)
  write(`${dir}/manifest.json.sig`, manifestSig)
  write(`${dir}/artifacts/${artifactName}`, artifact)
}

// better: signed manifest + artifact + process document
shared('better')
write('better/signing-procedure.md', signingProcedure)
write(
  'better/update-evidence.yaml',
  index(
    'better',
    `evidence:
${manifestItem}  - id: claim
    kind: assertion
    statement: Updates are signed before release.
    producer: rita@supplier.example
    time: 2026-10-02T10:00:00Z
    controls: [signing]
  - { id: signing-procedure, kind: process-document, file: signing-procedure.md, producer: rita@supplier.example, time: 2026-09-01T09:00:00Z, controls: [signing] }
`
  )
)

// strong and all-tested. signed: every record signed (a .sig beside it, named in the index);
// acceptance: strong's exception also accepted in the acceptor's risk-acceptance record.
const signedDirs = []
const full = (dir, { allTested = false, signed = false, acceptance = false }) => {
  const sig = file => (signed ? `signature: ${file}.sig, ` : '')
  if (signed) signedDirs.push(dir)
  shared(dir)
  write(`${dir}/signing-procedure.md`, signingProcedure)
  write(`${dir}/provenance.dsse.json`, JSON.stringify(envelope, null, 2) + '\n')
  write(
    `${dir}/signing-event.yaml`,
    record(
      'signing-event',
      `kind: SigningEvent
product: IC-22
version: 5.4.3
signer: rita@supplier.example
keyId: ic22-release-2026
time: 2026-10-02T10:00:00Z
subject: manifest
`
    )
  )
  write(
    `${dir}/approval.yaml`,
    record(
      'release-approval',
      `kind: ReleaseApproval
product: IC-22
version: 5.4.3
approvedArtifacts:
  - { name: ${artifactName}, sha256: ${artifactSha} }
approvals:
  - approver: carol@supplier.example
    role: release-approver
    decision: approved
    time: 2026-10-01T15:00:00Z
    reference: REL-2026-0543
`
    )
  )
  write(
    `${dir}/tests.yaml`,
    record(
      'rollback-recovery-tests',
      `kind: RollbackRecoveryTests
product: IC-22
fromVersion: 5.4.2
toVersion: 5.4.3
rollbackConditions:
  - Automatic rollback to 5.4.2 when the device fails its post-update health check within 10 minutes.
  - Manual rollback by the operator through the update service when the communication component misbehaves.
  - Recovery from a failed installation boots the golden image from the recovery partition (see recovery-procedure.md).
results:
  - { configuration: reference, hardware: IC-22-REF-C, test: rollback, outcome: passed, time: 2026-10-01T10:00:00Z, reference: TEST-5430-REF-RB }
  - { configuration: reference, hardware: IC-22-REF-C, test: recovery, outcome: passed, time: 2026-10-01T11:00:00Z, reference: TEST-5430-REF-RC }
  - { configuration: regional, hardware: IC-22-RG-B, test: rollback, outcome: passed, time: 2026-10-01T12:00:00Z, reference: TEST-5430-RG-RB }
${
  allTested
    ? '  - { configuration: regional, hardware: IC-22-RG-B, test: recovery, outcome: passed, time: 2026-10-01T13:00:00Z, reference: TEST-5430-RG-RC }\n'
    : '  - { configuration: regional, hardware: IC-22-RG-B, test: recovery, outcome: not-run, time: null, reference: null }\n'
}`
    )
  )
  write(
    `${dir}/recovery-procedure.md`,
    `# IC-22 recovery procedure (5.4.2 -> 5.4.3)

- A failed installation leaves the active partition untouched; the device reboots into 5.4.2.
- If the device does not boot, hold RESET for 10 s: the bootloader starts the golden image from
  the recovery partition, which reinstalls 5.4.2 from the local cache.
- The update service records every rollback and recovery in the deployment log.
`
  )
  write(
    `${dir}/affected-versions.yaml`,
    record(
      'affected-versions',
      `kind: AffectedVersions
format: update-gate
product: IC-22
vulnerabilities:
  - id: VULN-2026-014
    record: SUP-PSIRT-2026-014
    ranges:
      - { introduced: 5.0.0, fixed: 5.4.3 }
    fixedIn: 5.4.3
    remediation: Update the device communication component to firmware 5.4.3.
`
    )
  )
  write(
    `${dir}/notification.yaml`,
    record(
      'customer-notification',
      `kind: CustomerNotification
status: draft
scope:
  product: IC-22
  cohorts: [A]
  configurations: [reference, regional]
  vulnerabilities: [VULN-2026-014]
audience: Operators of IC-22 controllers in cohort A
text: |
  Firmware 5.4.3 for IC-22 fixes VULN-2026-014 in the device communication component
  (affected: 5.0.0 up to 5.4.2). ${
    allTested
      ? 'It is approved for the reference and regional configurations.'
      : 'It is approved for the reference configuration. The regional configuration\n  (IC-22-RG-B) stays on 5.4.2 with network segmentation of the affected port until\n  recovery testing completes; a follow-up decision is due by 2027-01-15.'
  }
`
    )
  )
  write(
    `${dir}/deployments.yaml`,
    record(
      'deployment-records',
      `kind: DeploymentRecords
product: IC-22
cohort: A
records:
  - { configuration: reference, version: 5.4.3, time: 2026-10-05T09:00:00Z, outcome: succeeded, devices: 12, reference: DEP-5430-PILOT-REF }
${allTested ? '  - { configuration: regional, version: 5.4.3, time: 2026-10-06T09:00:00Z, outcome: succeeded, devices: 8, reference: DEP-5430-PILOT-RG }\n' : ''}retainedAt: Supplier update service deployment log
`
    )
  )
  if (!allTested && acceptance) {
    write(
      `${dir}/acceptance.yaml`,
      record(
        'risk-acceptance',
        `kind: RiskAcceptance
product: IC-22
toVersion: 5.4.3
cohort: A
acceptedBy: olga@buyer.example
acceptedAt: 2026-10-03T08:00:00Z
exceptions:
  - id: EXC-1
    configuration: regional
    hardware: IC-22-RG-B
    reason: Recovery test not yet completed on regional hardware (IC-22-RG-B).
    mitigation: Stay on 5.4.2 with network segmentation of the affected port.
    remainOn: 5.4.2
    followUpBy: 2027-01-15T00:00:00Z
    waives: [rollback_recovery.recovery_test_missing]
`
      )
    )
  }
  write(
    `${dir}/update-evidence.yaml`,
    index(
      dir,
      `evidence:
${manifestItem}  - { id: provenance, kind: build-provenance, file: provenance.dsse.json, producer: ci@supplier.example, time: 2026-10-01T08:20:00Z }
  - { id: signing-event, kind: signing-event, file: signing-event.yaml, ${sig('signing-event.yaml')}producer: rita@supplier.example, time: 2026-10-02T10:00:00Z }
  - { id: approval, kind: release-approval, file: approval.yaml, ${sig('approval.yaml')}producer: carol@supplier.example, time: 2026-10-01T15:00:00Z }
  - { id: tests, kind: rollback-recovery-tests, file: tests.yaml, ${sig('tests.yaml')}producer: updates@supplier.example, time: 2026-10-01T${allTested ? '13' : '12'}:00:00Z }
  - { id: recovery-procedure, kind: recovery-procedure, file: recovery-procedure.md, producer: updates@supplier.example, time: 2026-09-15T09:00:00Z, controls: [rollback-recovery] }
  - { id: affected-versions, kind: affected-versions, file: affected-versions.yaml, ${sig('affected-versions.yaml')}producer: psirt@supplier.example, time: 2026-09-28T09:00:00Z }
  - { id: notification, kind: customer-notification, file: notification.yaml, ${sig('notification.yaml')}producer: psirt@supplier.example, time: 2026-10-02T12:00:00Z }
  - { id: deployments, kind: deployment-records, file: deployments.yaml, ${sig('deployments.yaml')}producer: updates@supplier.example, time: 2026-10-0${allTested ? '6' : '5'}T10:00:00Z }
${allTested || !acceptance ? '' : `  - { id: acceptance, kind: risk-acceptance, file: acceptance.yaml, ${sig('acceptance.yaml')}producer: olga@buyer.example, time: 2026-10-03T08:00:00Z }\n`}  - { id: signing-procedure, kind: process-document, file: signing-procedure.md, producer: rita@supplier.example, time: 2026-09-01T09:00:00Z, controls: [signing] }
${
  allTested
    ? 'knownGaps: []\nexceptions: []\n'
    : `knownGaps:
  - id: GAP-1
    description: Recovery test passed on reference hardware but not yet on the regional configuration.
    configurations: [regional]
exceptions:
  - id: EXC-1
    configuration: regional
    reason: Recovery test not yet completed on regional hardware (IC-22-RG-B).
    mitigation: Stay on 5.4.2 with network segmentation of the affected port.
    remainOn: 5.4.2
    followUpBy: 2027-01-15T00:00:00Z
    acceptedBy: olga@buyer.example
    acceptedAt: 2026-10-03T08:00:00Z
    waives: [rollback_recovery.recovery_test_missing]
`
}retention:
  owners: [Supplier release owner, Buyer lifecycle monitoring owner]
  locations: [release records, vulnerability response records, deployment logs]
`
    )
  )
}
full('strong', {})
full('all-tested', { allTested: true, signed: true })
full(`${SIGNED}/package`, { signed: true, acceptance: true })
full(`${SIGNED}/unsigned`, { acceptance: true })
// Format the YAML/Markdown/envelope as the repo's prettier does (manifest.json is signed bytes and
// already in that format, so it is left alone).
execFileSync(
  process.execPath,
  [
    path.join(repo, 'node_modules/prettier/bin/prettier.cjs'),
    '--log-level=warn',
    '--write',
    `${out}/**/*.{yaml,md}`,
    `${out}/**/provenance.dsse.json`,
    `${path.join(out, SIGNED)}/**/*.{yaml,md}`,
    `${path.join(out, SIGNED)}/**/provenance.dsse.json`
  ],
  { stdio: 'inherit' }
)
// Sign the records as formatted (detached signatures over the exact file bytes, as cosign
// sign-blob signs a blob), each with the key of the person or system that vouches for it.
const recordSigners = {
  'signing-event.yaml': 'ic22-release-records-2026',
  'approval.yaml': 'carol-2026',
  'tests.yaml': 'ic22-test-lab-2026',
  'notification.yaml': 'ic22-release-records-2026',
  'affected-versions.yaml': 'ic22-release-records-2026',
  'deployments.yaml': 'ic22-update-service-2026',
  'acceptance.yaml': 'olga-2026'
}
for (const dir of signedDirs) {
  for (const [file, key] of Object.entries(recordSigners)) {
    const rel = path.join(out, dir, file)
    if (!existsSync(rel)) continue
    writeFileSync(
      `${rel}.sig`,
      sign(null, readFileSync(rel), keys[key].privateKey).toString('base64') + '\n'
    )
  }
}
console.log(`examples written to ${out} (artifact sha256 ${artifactSha})`)
