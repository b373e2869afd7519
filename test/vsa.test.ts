/**
 * `evaluate --format vsa`: the decision as an in-toto Statement v1 with a SLSA verification
 * summary v1 predicate, held to schemas/verification-summary.schema.json (compiled here, apart
 * from the generated validator), and `--sign-key`: a DSSE envelope checked with the project's
 * own DSSE verification and, independently, with node:crypto over a PAE computed here.
 */
import { describe, expect, it } from '@jest/globals'
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  verify as cryptoVerify,
  type KeyObject
} from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { EXIT } from '../src/cli/program.js'
import { cli as runCli, evaluateArgs, evaluateIn, expectInputError } from './support/cli.js'
import { verifyDsse } from '../src/verify/dsse.js'
import { keyFingerprint } from '../src/load/trust.js'
import type { TrustedKey } from '../src/load/types.js'
import type { GateReport } from '../src/contracts/report.js'
import { buildVsa, VSA_EXTENSION, type VsaDecision } from '../src/report/vsa.js'
import { copySeed, EVAL_TIME, REPO, SEED, tempDir, writeRsaKey } from './helpers.js'

const addFormats = addFormatsModule.default
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats(ajv)
const validateVsa = ajv.compile(
  JSON.parse(readFileSync(path.join(REPO, 'schemas/verification-summary.schema.json'), 'utf8'))
)

const cli = (...args: string[]) => runCli(args)

interface Statement {
  _type: string
  subject: { name: string; digest: { sha256: string } }[]
  predicateType: string
  predicate: {
    verifier: { id: string; version: Record<string, string> }
    timeVerified: string
    resourceUri: string
    policy: { uri: string; digest: { sha256: string } }
    inputAttestations: { name: string; uri?: string; digest: { sha256: string } }[]
    verificationResult: string
    verifiedLevels: string[]
    [VSA_EXTENSION]: VsaDecision
  }
}

interface Envelope {
  payloadType: string
  payload: string
  signatures: { keyid: string; sig: string }[]
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

async function jsonReport(example: string): Promise<GateReport> {
  const { stdout } = await cli(...evaluateArgs(example, '--format', 'json'))
  return JSON.parse(stdout) as GateReport
}

/** The PAE, written out here from the DSSE v1 protocol (not the project's function). */
const paeOf = (type: string, payload: Buffer) =>
  Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `),
    payload
  ])

function keyPair(kind: 'ec' | 'ed25519'): { file: string; publicKey: KeyObject } {
  const { privateKey, publicKey } =
    kind === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519')
  const file = path.join(tempDir(), `${kind}.key`)
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }))
  return { file, publicKey }
}

const trusted = (publicKey: KeyObject, id: string): TrustedKey => ({
  id,
  fingerprint: keyFingerprint(publicKey),
  algorithm: publicKey.asymmetricKeyType === 'ed25519' ? 'ed25519' : 'ecdsa-p256-sha256',
  hash: publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256',
  publicKey
})

describe('update-gate evaluate --format vsa', () => {
  it('states the conditional decision: the approved artifacts, the excluded configuration, the conditions', async () => {
    const { code, stdout, stderr } = await cli(...evaluateArgs('strong', '--format', 'vsa'))
    expect(code).toBe(EXIT.pass)
    expect(stderr).toBe('')
    const statement = JSON.parse(stdout) as Statement
    expect(validateVsa(statement)).toBe(true)
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.predicateType).toBe('https://slsa.dev/verification_summary/v1')

    const artifact = readFileSync(path.join(SEED, 'strong/artifacts/ic22-fw-5.4.3.bin'))
    const manifest = JSON.parse(readFileSync(path.join(SEED, 'strong/manifest.json'), 'utf8')) as {
      artifacts: { name: string; sha256: string }[]
    }
    expect(manifest.artifacts.map(a => a.sha256)).toEqual([sha256(artifact)])
    expect(statement.subject).toEqual([
      { name: manifest.artifacts[0]!.name, digest: { sha256: sha256(artifact) } }
    ])

    const p = statement.predicate
    expect(p.verificationResult).toBe('PASSED')
    expect(p.verifiedLevels).toEqual(['UPDATE_GATE_MATURITY_LEVEL_5'])
    expect(p.timeVerified).toBe(EVAL_TIME)
    expect(p.resourceUri).toBe(
      `pkg:generic/IC-22/${manifest.artifacts[0]!.name}@5.4.3?checksum=sha256:${sha256(artifact)}`
    )
    const report = await jsonReport('strong')
    expect(p.policy).toEqual({
      name: 'built-in',
      uri: 'https://update-gate.dev/policy/built-in',
      digest: { sha256: report.policy.sha256 }
    })
    expect(Object.fromEntries(p.inputAttestations.map(a => [a.name, a.digest.sha256]))).toEqual(
      report.inputDigests
    )
    const approval = p.inputAttestations.find(a => a.name === 'approval.yaml')!
    expect(approval.uri).toBe(`${SEED}/strong/approval.yaml`)
    expect(approval.digest.sha256).toBe(
      sha256(readFileSync(path.join(SEED, 'strong/approval.yaml')))
    )

    const decision = p[VSA_EXTENSION]
    expect(decision.decision).toBe('conditional')
    expect(decision.configurations).toEqual({
      approved: ['reference'],
      excluded: [{ id: 'regional', exception: 'EXC-1' }],
      rejected: []
    })
    expect(decision.conditions.map(c => [c.id, c.configuration])).toEqual([['EXC-1', 'regional']])
    expect(decision.artifacts.map(a => a.resourceUri)).toEqual([p.resourceUri])
  })

  it('is byte-identical for the same inputs and --at', async () => {
    const first = await cli(...evaluateArgs('all-tested', '--format', 'vsa'))
    const second = await cli(...evaluateArgs('all-tested', '--format', 'vsa'))
    expect(first.stdout).toBe(second.stdout)
    const statement = JSON.parse(first.stdout) as Statement
    expect(validateVsa(statement)).toBe(true)
    expect(statement.predicate.verificationResult).toBe('PASSED')
    expect(statement.predicate[VSA_EXTENSION].configurations.approved).toEqual([
      'reference',
      'regional'
    ])
    expect(statement.subject).toHaveLength(1)
  })

  it('states a rejection as FAILED with no subject, and exits 1 as the other formats do', async () => {
    const { code, stdout } = await cli(...evaluateArgs('weak', '--format', 'vsa'))
    expect(code).toBe(EXIT.gateFailed)
    const statement = JSON.parse(stdout) as Statement
    expect(validateVsa(statement)).toBe(true)
    expect(statement.subject).toEqual([])
    expect(statement.predicate.verificationResult).toBe('FAILED')
    expect(statement.predicate.verifiedLevels).toEqual(['FAILED'])
    expect(statement.predicate.resourceUri).toBe('pkg:generic/IC-22@5.4.3')
    expect(statement.predicate[VSA_EXTENSION].configurations.rejected).toEqual([
      'reference',
      'regional'
    ])
  })

  it('names only the artifacts whose digest matches the signed manifest', async () => {
    const report = await jsonReport('all-tested')
    const other = 'a'.repeat(64)
    const statement = buildVsa(
      {
        ...report,
        artifacts: [
          ...report.artifacts,
          { name: 'changed.bin', sha256: other, matches: false },
          { name: 'missing.bin', sha256: null, matches: false }
        ]
      },
      '0.1.0'
    )
    expect(statement.subject.map(s => s.name)).toEqual(report.artifacts.map(a => a.name))
    expect(JSON.stringify(statement)).not.toContain(other)
  })

  it('a tampered artifact leaves no subject', async () => {
    const dir = copySeed()
    writeFileSync(path.join(dir, 'strong/artifacts/ic22-fw-5.4.3.bin'), 'other bytes')
    const { stdout } = await cli(...evaluateIn(dir, 'strong', '--format', 'vsa'))
    const statement = JSON.parse(stdout) as Statement
    expect(statement.predicate.verificationResult).toBe('FAILED')
    expect(statement.subject).toEqual([])
  })

  it('the schema refuses what the specification does not allow', async () => {
    const good = JSON.parse((await cli(...evaluateArgs('strong', '--format', 'vsa'))).stdout) as {
      predicate: Record<string, unknown>
    } & Record<string, unknown>
    expect(validateVsa(good)).toBe(true)
    const variants: ((s: typeof good) => void)[] = [
      s => (s.predicateType = 'https://slsa.dev/provenance/v1'),
      s => (s.predicate.verificationResult = 'OK'),
      s => delete s.predicate.resourceUri,
      s => delete s.predicate.verifier,
      s => (s.predicate.verifiedLevels = ['SLSA_CUSTOM_THING']),
      s => (s.predicate.policy = { digest: { sha256: 'a'.repeat(64) } }),
      s => (s.predicate.decision = 'approve'),
      s => (s.subject = [{ name: 'x' }])
    ]
    for (const change of variants) {
      const copy = structuredClone(good)
      change(copy)
      expect(validateVsa(copy)).toBe(false)
    }
  })
})

describe('update-gate evaluate --format vsa --sign-key', () => {
  for (const kind of ['ec', 'ed25519'] as const) {
    it(`signs the statement into a DSSE envelope (${kind}) that verifies both ways`, async () => {
      const { file, publicKey } = keyPair(kind)
      const unsigned = (await cli(...evaluateArgs('strong', '--format', 'vsa'))).stdout
      const { code, stdout, stderr } = await cli(
        ...evaluateArgs('strong', '--format', 'vsa', '--sign-key', file)
      )
      expect(code).toBe(EXIT.pass)
      expect(stderr).toBe('')
      const envelope = JSON.parse(stdout) as Envelope
      expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
      const payload = Buffer.from(envelope.payload, 'base64')
      expect(payload.toString('utf8')).toBe(unsigned)
      expect(envelope.signatures).toHaveLength(1)
      expect(envelope.signatures[0]!.keyid).toBe(keyFingerprint(publicKey))

      // The project's own DSSE verification.
      const facts = verifyDsse(envelope, 'vsa.dsse.json', [trusted(publicKey, 'gate')], [])
      expect(facts.signatures.map(s => [s.verified, s.keyId])).toEqual([[true, 'gate']])
      expect(facts.statement.predicateType).toBe('https://slsa.dev/verification_summary/v1')

      // Independently: node:crypto over the PAE computed here.
      const sig = Buffer.from(envelope.signatures[0]!.sig, 'base64')
      const hash = kind === 'ec' ? 'sha256' : null
      expect(cryptoVerify(hash, paeOf(envelope.payloadType, payload), publicKey, sig)).toBe(true)
      // …and not over the payload alone.
      expect(cryptoVerify(hash, payload, publicKey, sig)).toBe(false)

      // Hostile: another key, and a payload changed after signing.
      const other = keyPair(kind).publicKey
      expect(
        verifyDsse(envelope, 'vsa.dsse.json', [trusted(other, 'other')], []).signatures[0]!.verified
      ).toBe(false)
      expect(cryptoVerify(hash, paeOf(envelope.payloadType, payload), other, sig)).toBe(false)

      const forged = Buffer.from(
        unsigned.replace(/"verificationResult": "PASSED"/, '"verificationResult": "FAILED"')
      )
      expect(forged.equals(payload)).toBe(false)
      const tampered = { ...envelope, payload: forged.toString('base64') }
      expect(
        verifyDsse(tampered, 'vsa.dsse.json', [trusted(publicKey, 'gate')], []).signatures[0]!
          .verified
      ).toBe(false)
      expect(cryptoVerify(hash, paeOf(envelope.payloadType, forged), publicKey, sig)).toBe(false)
      // A changed payloadType is outside the signature too (it is in the PAE).
      expect(cryptoVerify(hash, paeOf('application/json', payload), publicKey, sig)).toBe(false)
    })
  }

  it('signs a rejection too: FAILED, no subject', async () => {
    const { file, publicKey } = keyPair('ec')
    const { code, stdout } = await cli(
      ...evaluateArgs('weak', '--format', 'vsa', '--sign-key', file)
    )
    expect(code).toBe(EXIT.gateFailed)
    const envelope = JSON.parse(stdout) as Envelope
    const facts = verifyDsse(envelope, 'vsa.dsse.json', [trusted(publicKey, 'gate')], [])
    expect(facts.signatures[0]!.verified).toBe(true)
    expect(facts.statement.subjects).toEqual([])
  })

  it('writes the envelope to --output', async () => {
    const { file, publicKey } = keyPair('ed25519')
    const out = path.join(tempDir(), 'vsa.dsse.json')
    const { code, stdout } = await cli(
      ...evaluateArgs('all-tested', '--format', 'vsa', '--sign-key', file, '--output', out)
    )
    expect(code).toBe(EXIT.pass)
    expect(stdout).toBe('')
    const envelope = JSON.parse(readFileSync(out, 'utf8')) as Envelope
    const facts = verifyDsse(envelope, out, [trusted(publicKey, 'gate')], [])
    expect(facts.signatures[0]!.verified).toBe(true)
  })
})

describe('--sign-key errors', () => {
  it('exits 2 naming a key file that does not exist', async () => {
    const missing = path.join(tempDir(), 'nope.pem')
    expectInputError(
      await cli(...evaluateArgs('strong', '--format', 'vsa', '--sign-key', missing)),
      missing,
      '--sign-key',
      /PEM private key/
    )
  })

  it('exits 2 for a public key, a non-PEM file and an RSA key, naming the file and what was expected', async () => {
    const dir = tempDir()
    const pub = path.join(dir, 'public.pem')
    writeFileSync(
      pub,
      createPublicKey(readFileSync(keyPair('ec').file)).export({ type: 'spki', format: 'pem' })
    )
    const text = path.join(dir, 'notes.txt')
    writeFileSync(text, 'not a key\n')
    const rsa = path.join(dir, 'rsa.pem')
    writeRsaKey(rsa)
    const cases: [string, RegExp][] = [
      [pub, /public key; signing needs the private key/],
      [text, /expected -----BEGIN PRIVATE KEY-----/],
      [rsa, /unsupported key type rsa; use ECDSA P-256 or Ed25519/]
    ]
    for (const [file, expected] of cases) {
      const { code, stdout, stderr } = await cli(
        ...evaluateArgs('strong', '--format', 'vsa', '--sign-key', file)
      )
      expect(code).toBe(EXIT.inputError)
      expect(stdout).toBe('')
      expect(stderr).toContain(file)
      expect(stderr).toMatch(expected)
    }
  })

  it('exits 2 for --sign-key with another format', async () => {
    const { file } = keyPair('ec')
    const { code, stderr } = await cli(
      ...evaluateArgs('strong', '--format', 'json', '--sign-key', file)
    )
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toMatch(/--sign-key.*--format vsa|--format vsa/)
  })
})

describe('the deployment-job check in docs/reports.md', () => {
  it('runs as written: deploys the approved artifact, refuses another artifact, another key, a forged payload', async () => {
    const doc = readFileSync(path.join(REPO, 'docs/reports.md'), 'utf8')
    const script = doc.match(/```js\n(\/\/ node check-vsa\.mjs[\s\S]*?)```/)?.[1]
    expect(script).toBeDefined()
    const dir = tempDir()
    const checker = path.join(dir, 'check-vsa.mjs')
    writeFileSync(checker, script!)
    const { file, publicKey } = keyPair('ec')
    const pub = path.join(dir, 'gate.pub')
    writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }))
    const envelopeFile = path.join(dir, 'vsa.dsse.json')
    await cli(
      ...evaluateArgs('strong', '--format', 'vsa', '--sign-key', file, '--output', envelopeFile)
    )
    const artifact = path.join(SEED, 'strong/artifacts/ic22-fw-5.4.3.bin')
    const other = path.join(dir, 'other.bin')
    writeFileSync(other, 'other firmware')
    const otherPub = path.join(dir, 'other.pub')
    writeFileSync(otherPub, keyPair('ec').publicKey.export({ type: 'spki', format: 'pem' }))
    const envelope = JSON.parse(readFileSync(envelopeFile, 'utf8')) as Envelope
    const forgedFile = path.join(dir, 'forged.dsse.json')
    writeFileSync(
      forgedFile,
      JSON.stringify({
        ...envelope,
        payload: Buffer.from(
          Buffer.from(envelope.payload, 'base64')
            .toString('utf8')
            .replace(sha256(readFileSync(artifact)), sha256(readFileSync(other)))
        ).toString('base64')
      })
    )
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [checker, ...args], { encoding: 'utf8' })
    const ok = run(envelopeFile, pub, artifact)
    expect({ status: ok.status, stdout: ok.stdout }).toEqual({
      status: 0,
      stdout: 'deploy: the gate approved this artifact\n'
    })
    for (const args of [
      [envelopeFile, pub, other],
      [envelopeFile, otherPub, artifact],
      [forgedFile, pub, other]
    ]) {
      const refused = run(...args)
      expect({ status: refused.status, stdout: refused.stdout }).toEqual({
        status: 1,
        stdout: 'do not deploy\n'
      })
    }
  })
})
