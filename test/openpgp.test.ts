/**
 * OpenPGP detached signatures through the real pipeline (load -> verify -> compiled policy in
 * wasm), the CLI and the bundled CLI: a CSAF provider's `.asc` over its documents
 * (examples/csaf-openpgp) and a vendor's over its manifest, verified against OpenPGP keys in the
 * trust configuration. Keys and signatures were made by GnuPG (scripts/make-openpgp-fixtures.sh;
 * test/fixtures/openpgp/fingerprints.json is what gpg printed).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { appendFileSync, copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import type { GateReport } from '../src/contracts/report.js'
import type { SignatureFact } from '../src/contracts/policy-input.js'
import { runGate } from '../src/gate.js'
import { loadTrust } from '../src/load/index.js'
import { armoredSignature, isBinaryOpenPgpSignature } from '../src/load/openpgp.js'
import { runAction, webhookExample } from './support/action-run.js'
import { cli, expectInputError, packageArgs } from './support/cli.js'
import { copySeed, edit, EVAL_TIME, REPO, SEED, tempDir } from './helpers.js'

const EXAMPLE = path.join(REPO, 'examples/csaf-openpgp')
const FIXTURES = path.join(REPO, 'test/fixtures/openpgp')
const AFFECTED = '2022-evd-uc-01-a-001.json'
const GPG = JSON.parse(readFileSync(path.join(FIXTURES, 'fingerprints.json'), 'utf8')) as Record<
  'psirt' | 'other' | 'release',
  string
>

/** A copy of examples/csaf-openpgp, its trust file beside the package. */
function exampleCopy(): { dir: string; trust: string } {
  const dir = tempDir()
  cpSync(EXAMPLE, dir, { recursive: true })
  return { dir, trust: path.join(dir, 'trust.yaml') }
}

/** Edits the trust file as YAML. */
function editTrust(trust: string, change: (doc: { keys: Record<string, unknown>[] }) => void) {
  const doc = parse(readFileSync(trust, 'utf8')) as { keys: Record<string, unknown>[] }
  change(doc)
  writeFileSync(trust, stringify(doc))
}

/** Puts a fixture in the copy as the affected document's signature. */
function signatureFrom(dir: string, fixture: string): void {
  copyFileSync(path.join(FIXTURES, fixture), path.join(dir, `${AFFECTED}.asc`))
}

const gate = (dir: string, trust: string, at = EVAL_TIME) =>
  runGate({ packageDir: dir, trustFile: trust, evaluationTime: at })

const findingOf = (r: GateReport, rule: string, evidence: string) =>
  r.result.findings.find(f => f.rule === rule && f.evidence.includes(evidence))

/**
 * A copy of the seed whose strong package's manifest signature is `signature` (bytes, named
 * manifest.json.asc in its index); `openpgpKey`: the trust file's release key is gpg's OpenPGP
 * key (else the seed's PKIX key stays). The package directory and the trust file.
 */
function seedSignedWith(signature: Buffer, { openpgpKey = true } = {}) {
  const seed = copySeed()
  const strong = path.join(seed, 'strong')
  writeFileSync(path.join(strong, 'manifest.json.asc'), signature)
  edit(
    path.join(strong, 'update-evidence.yaml'),
    'signature: manifest.json.sig',
    'signature: manifest.json.asc'
  )
  if (openpgpKey) {
    copyFileSync(path.join(FIXTURES, 'ic22-release.asc'), path.join(seed, 'keys/ic22-release.asc'))
    edit(path.join(seed, 'trust.yaml'), 'keys/ic22-release-2026.pub', 'keys/ic22-release.asc')
  }
  return { strong, trust: path.join(seed, 'trust.yaml') }
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name))

describe('OpenPGP-signed CSAF documents (examples/csaf-openpgp)', () => {
  it('approve: both documents verify by the provider key, named by the fingerprint gpg prints', async () => {
    const trust = await loadTrust(path.join(EXAMPLE, 'trust.yaml'))
    expect(trust.openpgpKeys.map(k => [k.id, k.fingerprint])).toEqual([
      ['example-company-psirt', `openpgp:${GPG.psirt}`]
    ])
    expect(trust.keys).toEqual([])
    expect(trust.data.keys.map(k => k.fingerprint)).toEqual([`openpgp:${GPG.psirt}`])
    expect(Object.keys(trust.fileDigests)).toContain('trust:keys/example-company-psirt.asc')

    const out = await cli(
      packageArgs(['evaluate'], EXAMPLE, path.join(EXAMPLE, 'trust.yaml'), '--format', 'json')
    )
    expect(out.code).toBe(0)
    const report = JSON.parse(out.stdout) as GateReport
    expect(report.result.decision).toBe('approve')
    expect(report.result.controls.find(c => c.id === 'affected-versions')?.level).toBe(4)
    expect(report.result.findings.map(f => f.rule)).not.toContain('attestation.unsigned')
    const text = await cli(packageArgs(['evaluate'], EXAMPLE, path.join(EXAMPLE, 'trust.yaml')))
    expect(text.stdout).toContain(`${AFFECTED}.asc: verified by key example-company-psirt`)
  })

  it('the signature facts: key id, OpenPGP fingerprint, algorithm openpgp', async () => {
    const out = await cli(
      packageArgs(['policy', 'input'], EXAMPLE, path.join(EXAMPLE, 'trust.yaml'))
    )
    expect(out.code).toBe(0)
    const input = JSON.parse(out.stdout) as {
      input: { evidence: { id: string; attestation: { signatures: SignatureFact[] } }[] }
    }
    const facts = input.input.evidence.map(e => e.attestation.signatures)
    expect(facts).toEqual([
      [
        {
          source: `${AFFECTED}.asc`,
          verified: true,
          keyId: 'example-company-psirt',
          keyFingerprint: `openpgp:${GPG.psirt}`,
          algorithm: 'openpgp',
          reason: null
        }
      ],
      [expect.objectContaining({ verified: true, keyId: 'example-company-psirt' })]
    ])
  })

  it('a document changed after signing is refused (attestation.signature_invalid)', async () => {
    const { dir, trust } = exampleCopy()
    appendFileSync(path.join(dir, AFFECTED), '\n')
    const r = await gate(dir, trust)
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.signature_invalid', 'csaf-affected')?.message).toMatch(
      /does not verify \(OpenPGP key 'example-company-psirt': .*\); the record is refused/
    )
  })

  it('a signature by a key the trust file does not hold does not verify', async () => {
    const { dir, trust } = exampleCopy()
    signatureFrom(dir, 'by-other-signer.json.asc')
    const r = await gate(dir, trust)
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.signature_invalid', 'csaf-affected')?.message).toContain(
      '(no trusted OpenPGP key made this signature)'
    )
  })

  it('a key trusted for other kinds verifies the signature, which the policy then refuses (attestation.signer_untrusted)', async () => {
    const { dir, trust } = exampleCopy()
    signatureFrom(dir, 'by-other-signer.json.asc')
    copyFileSync(path.join(FIXTURES, 'other-signer.asc'), path.join(dir, 'keys/other.asc'))
    editTrust(trust, doc => {
      doc.keys.push({
        ...doc.keys[0],
        id: 'other',
        publicKeyFile: 'keys/other.asc',
        usage: ['release-approval']
      })
    })
    const r = await gate(dir, trust)
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.signer_untrusted', 'csaf-affected')?.message).toContain(
      'signed by key other, which the trust configuration does not authorize to sign affected-versions records'
    )
  })

  it('the trust entry still governs the key: revoked there, or not yet valid, its signature counts for nothing', async () => {
    const { dir, trust } = exampleCopy()
    editTrust(trust, doc => {
      doc.keys[0]!.revoked = true
      doc.keys[0]!.revokedAt = '2026-01-10T00:00:00Z'
    })
    const revoked = await gate(dir, trust)
    expect(revoked.result.decision).toBe('reject')
    expect(revoked.result.controls.find(c => c.id === 'affected-versions')?.level).toBe(3)
    const later = exampleCopy()
    editTrust(later.trust, doc => {
      doc.keys[0]!.validFrom = '2026-12-01T00:00:00Z'
      doc.keys[0]!.validUntil = '2027-12-01T00:00:00Z'
    })
    expect((await gate(later.dir, later.trust)).result.decision).toBe('reject')
  })

  it.each([
    ['textmode.json.asc', 'not over the document bytes (type 0x00'],
    ['sha1.json.asc', 'Insecure message hash algorithm: SHA1']
  ])('%s does not verify: %s', async (fixture, reason) => {
    const { dir, trust } = exampleCopy()
    signatureFrom(dir, fixture)
    const r = await gate(dir, trust)
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.signature_invalid', 'csaf-affected')?.message).toContain(
      reason
    )
  })

  it('a signature made after the evaluation time does not verify', async () => {
    const { dir, trust } = exampleCopy()
    const r = await gate(dir, trust, '2026-01-10T00:00:00Z')
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.signature_invalid', 'csaf-affected')?.message).toContain(
      'Signature creation time is in the future'
    )
  })

  it('armor that holds no readable signature, or two, is a failed signature, not an approval', async () => {
    const { dir, trust } = exampleCopy()
    const good = readFileSync(path.join(dir, `${AFFECTED}.asc`), 'utf8')
    writeFileSync(path.join(dir, `${AFFECTED}.asc`), good.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!'))
    const broken = await gate(dir, trust)
    expect(broken.result.decision).toBe('reject')
    expect(findingOf(broken, 'attestation.signature_invalid', 'csaf-affected')?.message).toContain(
      'not a readable OpenPGP signature'
    )
    writeFileSync(path.join(dir, `${AFFECTED}.asc`), good + good)
    const twice = await gate(dir, trust)
    expect(findingOf(twice, 'attestation.signature_invalid', 'csaf-affected')?.message).toContain(
      'holds more than one OpenPGP signature block'
    )
  })
})

describe('OpenPGP keys in the trust configuration', () => {
  it.each([
    ['private-key.asc', /is not a PEM public key|is a private key; give the public key only/],
    ['two-keys.asc', /holds 2 OpenPGP public key blocks; list each key on its own/],
    ['revoked.asc', /is an OpenPGP key that cannot sign: Primary key is revoked/],
    [
      'encrypt-only.asc',
      /is an OpenPGP key that cannot sign: Could not find valid signing key packet/
    ]
  ])('%s: exit 2 naming the trust file and the field', async (fixture, message) => {
    const { dir, trust } = exampleCopy()
    copyFileSync(path.join(FIXTURES, fixture), path.join(dir, 'keys/example-company-psirt.asc'))
    const out = await cli(packageArgs(['evaluate'], dir, trust))
    expectInputError(out, message, /trust\.yaml/, /keys\[0\]\.publicKeyFile/)
  })

  it('armor that is not a key, and the same key listed twice, are refused', async () => {
    const { dir, trust } = exampleCopy()
    const key = path.join(dir, 'keys/example-company-psirt.asc')
    const good = readFileSync(key, 'utf8')
    writeFileSync(key, good.replace(/\n[A-Za-z0-9+/]{40}/, '\n!!!!'))
    expectInputError(
      await cli(packageArgs(['evaluate'], dir, trust)),
      /key 'example-company-psirt' is not a valid OpenPGP public key/
    )
    writeFileSync(key, good)
    editTrust(trust, doc => {
      doc.keys.push({ ...doc.keys[0], id: 'again' })
    })
    expectInputError(
      await cli(packageArgs(['evaluate'], dir, trust)),
      /key 'again' is the same public key as 'example-company-psirt'; list each key once/,
      /keys\[1\]\.publicKeyFile/
    )
  })
})

describe('an OpenPGP-signed update manifest', () => {
  it('verifies like a cosign signature: the seed decides as with its own signature', async () => {
    const { strong, trust } = seedSignedWith(fixture('manifest.json.asc'))
    const original = await gate(path.join(SEED, 'strong'), path.join(SEED, 'trust.yaml'))
    const r = await gate(strong, trust)
    expect(r.result.decision).toBe(original.result.decision)
    expect(r.result.maturity).toEqual(original.result.maturity)
    const out = await cli(packageArgs(['policy', 'input'], strong, trust))
    const manifest = (
      JSON.parse(out.stdout) as {
        input: { evidence: { kind: string; verification: { signatures: SignatureFact[] } }[] }
      }
    ).input.evidence.find(e => e.kind === 'update-manifest')
    expect(manifest?.verification.signatures).toEqual([
      {
        source: 'manifest.json.asc',
        verified: true,
        keyId: 'ic22-release-2026',
        keyFingerprint: `openpgp:${GPG.release}`,
        algorithm: 'openpgp',
        reason: null
      }
    ])
    // Without its armor (gpg --detach-sign), the same signature.
    copyFileSync(
      path.join(FIXTURES, 'manifest.json.binary.sig'),
      path.join(strong, 'manifest.json.asc')
    )
    expect((await gate(strong, trust)).result.decision).toBe(original.result.decision)
    // The PGP signature with the PKIX key the trust file had: no OpenPGP key to verify it.
    const pkix = seedSignedWith(fixture('manifest.json.asc'), { openpgpKey: false })
    const refused = await gate(pkix.strong, pkix.trust)
    expect(refused.result.decision).toBe('reject')
  })
})

describe('binary OpenPGP signatures', () => {
  const binary = fixture('manifest.json.binary.sig')

  it('are told from other binary signatures by their first packet', () => {
    expect(isBinaryOpenPgpSignature(binary)).toBe(true) // old packet format, tag 2, v4
    // The same packet in the new format (tag byte 0xc2, one-byte length).
    const body = binary.subarray(2)
    expect(isBinaryOpenPgpSignature(Buffer.concat([Buffer.from([0xc2, body.length]), body]))).toBe(
      true
    )
    const der = sign(
      'sha256',
      Buffer.from('x'),
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    )
    expect(isBinaryOpenPgpSignature(der)).toBe(false)
    expect(isBinaryOpenPgpSignature(Buffer.from(der.toString('base64')))).toBe(false)
    // A raw signature whose first byte reads as a signature packet, but not its version.
    expect(isBinaryOpenPgpSignature(Buffer.from([0x88, 0x40, 0x99, 0x01]))).toBe(false)
    expect(isBinaryOpenPgpSignature(Buffer.alloc(0))).toBe(false)
  })

  it('one whose packet names an algorithm no key has checks nothing, and verifies nothing', async () => {
    const changed = Buffer.from(binary)
    changed[4] = 99 // the public-key algorithm of the v4 signature packet
    const { strong, trust } = seedSignedWith(changed)
    const r = await gate(strong, trust)
    expect(r.result.decision).toBe('reject')
    expect(r.result.findings.map(f => f.rule)).toContain('signing.signature_unverified')
  })

  it('are read as their armor, which verifies as the armored file does', async () => {
    expect(armoredSignature(binary)).toBe(
      readFileSync(path.join(FIXTURES, 'manifest.json.asc'), 'utf8').replace(
        /\n=[A-Za-z0-9+/]{4}\n/,
        '\n'
      ) // gpg's checksum line, optional
    )
  })
})

describe('package check --key with an OpenPGP public key', () => {
  const check = (key: string) => cli(['package', 'check', EXAMPLE, '--key', key, '--at', EVAL_TIME])

  it('the provider key verifies the documents; another key leaves them unsigned, saying why', async () => {
    const good = await check(path.join(EXAMPLE, 'keys/example-company-psirt.asc'))
    expect(good.stdout).not.toContain('affected-versions (now level')
    expect(good.stdout).not.toContain('attestation.')
    const other = await check(path.join(FIXTURES, 'other-signer.asc'))
    expect(other.stdout).toContain('affected-versions (now level 3)')
    expect(other.stdout).toContain(
      `attestation.signature_invalid: affected-versions csaf-affected: signature ${AFFECTED}.asc in ${AFFECTED}.asc does not verify (no trusted OpenPGP key made this signature)`
    )
  })

  it('a key file of two keys is an input error naming --key', async () => {
    expectInputError(
      await check(path.join(FIXTURES, 'two-keys.asc')),
      /two-keys\.asc: --key: key 'supplier' holds 2 OpenPGP public key blocks/
    )
  })
})

describe('the bundled Action', () => {
  it('loads OpenPGP.js from its own chunk on a workspace event and approves examples/csaf-openpgp', async () => {
    const run = await runAction({
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      inputs: {
        evidence: 'examples/csaf-openpgp',
        trust: 'examples/csaf-openpgp/trust.yaml',
        at: EVAL_TIME,
        comment: 'false'
      },
      apiUrl: 'http://127.0.0.1:9', // a workspace event needs no API
      repository: 'Codertocat/Hello-World',
      workspace: REPO
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('approve')
    expect(run.summary).toContain(
      `| csaf-affected | ${AFFECTED}.asc | yes | key example-company-psirt |`
    )
  })
})

describe('the bundled CLI', () => {
  it('loads OpenPGP.js from its own chunk and approves examples/csaf-openpgp', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'bin/update-gate.js'),
        ...packageArgs(['evaluate'], EXAMPLE, path.join(EXAMPLE, 'trust.yaml'), '--format', 'json')
      ],
      { encoding: 'utf8', env: { ...process.env, UPDATE_GATE_CODE_CACHE: 'off' } }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as GateReport).result.decision).toBe('approve')
  })
})
