import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadPackage, loadTrust } from '../src/load/index.js'
import type { ManifestVerification, ProvenanceVerification } from '../src/contracts/policy-input.js'
import { pae, sha256File, verifyPackage } from '../src/verify/index.js'
import { DIGEST_BUFFER_BYTES } from '../src/verify/digest.js'
import { copySeed, edit, EVAL_TIME, SEED, SEED_TRUST, tempDir } from './helpers.js'
import { trustedKeyYaml } from './support/trusted-key.js'

const verifyDir = async (dir: string, trustFile = SEED_TRUST) =>
  verifyPackage(await loadPackage(dir), await loadTrust(trustFile), EVAL_TIME)

const manifestOf = (r: Awaited<ReturnType<typeof verifyDir>>) =>
  r.input.evidence.find(e => e.kind === 'update-manifest')?.verification as ManifestVerification
const provenanceOf = (r: Awaited<ReturnType<typeof verifyDir>>) =>
  r.input.evidence.find(e => e.kind === 'build-provenance')?.verification as ProvenanceVerification

const ARTIFACT = 'ic22-fw-5.4.3.bin'

test('DSSE PAE matches the spec test vector', () => {
  expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
    'DSSEv1 29 http://example.com/HelloWorld 11 hello world'
  )
  // LEN is the byte length, not the character length
  expect(pae('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é')
})

// Up to one buffer the file is read on the main thread; past it, on the thread pool.
test.each([
  ['empty', 0],
  ['small', 17],
  ['one buffer', DIGEST_BUFFER_BYTES],
  ['one buffer and a byte', DIGEST_BUFFER_BYTES + 1],
  ['big', 3 * 1024 * 1024 + 17]
])('sha256File of a %s file (%i bytes) matches a one-shot digest', async (_what, size) => {
  const dir = tempDir()
  const bytes = randomBytes(size)
  writeFileSync(path.join(dir, 'file.bin'), bytes)
  expect(await sha256File(path.join(dir, 'file.bin'))).toEqual({
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex')
  })
})

test('a digest of more than 64 MiB lets the event loop run between its buffers (signals, timers)', async () => {
  const size = 80 * 1024 * 1024
  const file = path.join(tempDir(), 'sparse.bin')
  writeFileSync(file, '')
  truncateSync(file, size) // zeros, read from no disk
  let turns = 0
  const timer = setInterval(() => turns++, 0)
  const digest = await sha256File(file)
  clearInterval(timer)
  expect(turns).toBeGreaterThan(0)
  expect(digest).toEqual({
    size,
    sha256: createHash('sha256').update(Buffer.alloc(size)).digest('hex')
  })
})

/** The strong package of a seed copy, verified with the copy's trust file. */
const verifyCopy = (dir: string) =>
  verifyDir(path.join(dir, 'strong'), path.join(dir, 'trust.yaml'))
/** Signs the strong manifest of a seed copy with `key` (hash `algorithm`; null for Ed25519). */
const signManifest = (dir: string, key: KeyObject, algorithm: string | null = 'sha256') => {
  const manifest = readFileSync(path.join(dir, 'strong/manifest.json'))
  writeFileSync(
    path.join(dir, 'strong/manifest.json.sig'),
    sign(algorithm, manifest, key).toString('base64')
  )
}

describe('strong', () => {
  let result: Awaited<ReturnType<typeof verifyDir>>
  beforeAll(async () => {
    result = await verifyDir(path.join(SEED, 'strong'))
  })

  test('the manifest signature is verified by the release key, with its fingerprint', () => {
    const m = manifestOf(result)
    const key = result.data.trust.keys.find(k => k.id === 'ic22-release-2026')
    expect(m.signatures).toEqual([
      {
        source: 'manifest.json.sig',
        verified: true,
        keyId: 'ic22-release-2026',
        keyFingerprint: key?.fingerprint,
        algorithm: 'ecdsa-p256-sha256',
        reason: null
      }
    ])
    expect(m.manifest).toMatchObject({ product: 'IC-22', version: '5.4.3' })
  })

  test('the artifact matches the signed size and digest', () => {
    const bytes = readFileSync(path.join(SEED, 'strong/artifacts', ARTIFACT))
    const sha = createHash('sha256').update(bytes).digest('hex')
    expect(manifestOf(result).artifacts).toEqual([
      {
        name: ARTIFACT,
        file: `artifacts/${ARTIFACT}`,
        present: true,
        size: 65536,
        sha256: sha,
        matches: true
      }
    ])
    expect(result.inputDigests[`artifacts/${ARTIFACT}`]).toBe(sha)
  })

  test('the DSSE provenance is verified, SLSA fields extracted, subjects match', () => {
    const p = provenanceOf(result)
    expect(p.payloadType).toBe('application/vnd.in-toto+json')
    expect(p.signatures).toEqual([
      expect.objectContaining({
        source: 'envelope#0',
        verified: true,
        keyId: 'ic22-provenance-2026',
        algorithm: 'ed25519'
      })
    ])
    expect(p.statement.type).toBe('https://in-toto.io/Statement/v1')
    expect(p.statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(p.slsa).toEqual({
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      builderId: result.data.trust.builders[0]?.id,
      sourceRepository: 'https://github.com/supplier/ic22-firmware',
      sourceRef: 'refs/heads/main',
      sourceCommit: '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d',
      startedOn: '2026-10-01T08:00:00Z',
      finishedOn: '2026-10-01T08:20:00Z'
    })
    const sha = manifestOf(result).artifacts[0]?.sha256
    expect(p.statement.subjects).toEqual([{ name: ARTIFACT, sha256: sha, algorithms: ['sha256'] }])
    expect(p.artifactsInSubjects).toEqual([{ name: ARTIFACT, sha256: sha, inSubjects: true }])
  })

  test('records and ordering facts are carried through', () => {
    const rec = (kind: string) => result.input.evidence.find(e => e.kind === kind)?.record
    expect(rec('release-approval')).toMatchObject({
      approvals: [
        {
          approver: 'carol@supplier.example',
          time: '2026-10-01T15:00:00Z',
          reference: 'REL-2026-0543'
        }
      ]
    })
    expect(rec('signing-event')).toMatchObject({
      signer: 'rita@supplier.example',
      time: '2026-10-02T10:00:00Z'
    })
    expect(rec('affected-versions')).toMatchObject({
      format: 'update-gate',
      vulnerabilities: [
        { id: 'VULN-2026-014', ranges: [{ introduced: '5.0.0', fixed: '5.4.3' }], fixedIn: '5.4.3' }
      ]
    })
    expect(rec('customer-notification')).toMatchObject({
      status: 'draft',
      scope: { configurations: ['reference', 'regional'] }
    })
    expect(rec('deployment-records')).toMatchObject({
      records: [{ configuration: 'reference', time: '2026-10-05T09:00:00Z' }]
    })
    const md = result.input.evidence.find(e => e.kind === 'recovery-procedure')
    expect(md).toMatchObject({
      present: true,
      record: null,
      verification: null,
      controls: ['rollback-recovery']
    })
    expect(md?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

test('better: signed manifest verified, no provenance', async () => {
  const r = await verifyDir(path.join(SEED, 'better'))
  expect(manifestOf(r).signatures[0]?.verified).toBe(true)
  expect(manifestOf(r).artifacts[0]?.matches).toBe(true)
  expect(r.input.evidence.map(e => e.kind).sort()).toEqual([
    'assertion',
    'process-document',
    'update-manifest'
  ])
})

describe('changed evidence is a fact, not an exception', () => {
  test('an artifact with one byte changed: matches false, signature still verified', async () => {
    const dir = copySeed()
    const file = path.join(dir, 'strong/artifacts', ARTIFACT)
    const bytes = readFileSync(file)
    bytes[1000] = (bytes[1000] ?? 0) ^ 0x01
    writeFileSync(file, bytes)
    const r = await verifyCopy(dir)
    const a = manifestOf(r).artifacts[0]
    expect(a).toMatchObject({ present: true, size: 65536, matches: false })
    expect(a?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(manifestOf(r).signatures[0]?.verified).toBe(true)
    expect(provenanceOf(r).artifactsInSubjects[0]?.inSubjects).toBe(false)
  })

  test('a missing artifact: present false', async () => {
    const dir = copySeed()
    rmSync(path.join(dir, 'strong/artifacts', ARTIFACT))
    const r = await verifyCopy(dir)
    expect(manifestOf(r).artifacts[0]).toMatchObject({
      present: false,
      size: null,
      sha256: null,
      matches: false
    })
    expect(provenanceOf(r).artifactsInSubjects[0]).toEqual({
      name: ARTIFACT,
      sha256: null,
      inSubjects: false
    })
  })

  test('a missing evidence file or signature: present false / verified false', async () => {
    const dir = copySeed()
    rmSync(path.join(dir, 'strong/approval.yaml'))
    rmSync(path.join(dir, 'strong/manifest.json.sig'))
    const r = await verifyCopy(dir)
    expect(r.input.evidence.find(e => e.id === 'approval')).toMatchObject({
      present: false,
      sha256: null,
      record: null
    })
    expect(manifestOf(r).signatures[0]).toMatchObject({
      verified: false,
      keyId: null,
      reason: 'signature file not found'
    })
  })

  test('a signature by an unknown key: verified false with a reason', async () => {
    const dir = copySeed()
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    signManifest(dir, privateKey)
    const r = await verifyCopy(dir)
    expect(manifestOf(r).signatures[0]).toEqual({
      source: 'manifest.json.sig',
      verified: false,
      keyId: null,
      keyFingerprint: null,
      algorithm: null,
      reason: 'no trusted key verifies this signature'
    })
  })

  test('a signature that is not base64: verified false', async () => {
    const dir = copySeed()
    writeFileSync(path.join(dir, 'strong/manifest.json.sig'), 'not*base64!')
    const r = await verifyCopy(dir)
    expect(manifestOf(r).signatures[0]).toMatchObject({
      verified: false,
      reason: 'signature is not valid base64'
    })
  })

  test('a signature by a revoked key: verified true with the revoked key id (the policy rejects)', async () => {
    const dir = copySeed()
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeFileSync(path.join(dir, 'keys/old.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    edit(
      path.join(dir, 'trust.yaml'),
      /\nkeys:\n/,
      `\nkeys:\n${trustedKeyYaml('test-revoked', 'keys/old.pub', ['update-manifest'], {
        products: ['IC-22'],
        versions: ['5.0.0', '5.99.99'],
        valid: ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
        revokedAt: '2026-06-01T00:00:00Z'
      })}`
    )
    signManifest(dir, privateKey)
    const r = await verifyCopy(dir)
    expect(manifestOf(r).signatures[0]).toMatchObject({
      verified: true,
      keyId: 'test-revoked',
      algorithm: 'ecdsa-p256-sha256'
    })
    expect(r.data.trust.keys.find(k => k.id === 'test-revoked')).toMatchObject({
      revoked: true,
      revokedAt: '2026-06-01T00:00:00Z'
    })
  })

  test('an Ed25519-signed manifest verifies with algorithm ed25519', async () => {
    const dir = copySeed()
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    writeFileSync(path.join(dir, 'keys/ed.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    edit(
      path.join(dir, 'trust.yaml'),
      'publicKeyFile: keys/ic22-release-2025.pub',
      'publicKeyFile: keys/ed.pub'
    )
    signManifest(dir, privateKey, null)
    const r = await verifyCopy(dir)
    expect(manifestOf(r).signatures[0]).toMatchObject({
      verified: true,
      keyId: 'ic22-release-2025',
      algorithm: 'ed25519'
    })
  })
})

describe('DSSE details', () => {
  const rewrite = (
    dir: string,
    change: (env: { payload: string; signatures: { keyid?: string; sig: string }[] }) => void
  ) => {
    const file = path.join(dir, 'strong/provenance.dsse.json')
    const env = JSON.parse(readFileSync(file, 'utf8'))
    change(env)
    writeFileSync(file, JSON.stringify(env))
  }

  test('URL-safe base64 and a misleading keyid hint still verify against the real key', async () => {
    const dir = copySeed()
    rewrite(dir, env => {
      const s = env.signatures[0]!
      s.sig = Buffer.from(s.sig, 'base64').toString('base64url')
      s.keyid = 'ic22-release-2026'
      env.payload = Buffer.from(env.payload, 'base64').toString('base64url')
    })
    const p = provenanceOf(await verifyCopy(dir))
    expect(p.signatures[0]).toMatchObject({ verified: true, keyId: 'ic22-provenance-2026' })
  })

  test('a changed payload no longer verifies; every signature is reported', async () => {
    const dir = copySeed()
    rewrite(dir, env => {
      const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString())
      statement.predicate.runDetails.builder.id = 'https://evil.example/builder'
      env.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
      env.signatures.push({ sig: 'AAAA' })
    })
    const p = provenanceOf(await verifyCopy(dir))
    expect(p.signatures.map(s => [s.source, s.verified])).toEqual([
      ['envelope#0', false],
      ['envelope#1', false]
    ])
    expect(p.slsa?.builderId).toBe('https://evil.example/builder')
  })
})
