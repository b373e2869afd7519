/**
 * Signed affected-version mappings through the real pipeline (load -> verify -> compiled policy in
 * wasm) and the CLI: the gate's YAML record and a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX
 * document are signed like every record kind (a detached signature over the exact bytes, base64
 * as cosign sign-blob writes it or a Sigstore message-signature bundle; the YAML record also as
 * an in-toto statement), by a key or identity whose usage includes affected-versions. The
 * supplier documents are examples/csaf-vex's (OASIS CSAF TC examples, DEF 1.0 -> 1.1).
 */
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { EXIT } from '../src/cli/program.js'
import type { GateReport } from '../src/contracts/report.js'
import { runGate } from '../src/gate.js'
import { loadPackage, loadTrust } from '../src/load/index.js'
import type { LoadedContent } from '../src/load/types.js'
import { verifyPackage } from '../src/verify/index.js'
import { pae } from '../src/verify/index.js'
import { cli, expectInputError, packageArgs } from './support/cli.js'
import {
  addTrustKey,
  copySigned,
  edit,
  EVAL_TIME,
  gateError,
  managedKeyBundle,
  REPO,
  SIGNED_RECORDS,
  tempDir,
  type KeyScope
} from './helpers.js'

const CSAF_VEX = path.join(REPO, 'examples/csaf-vex')
const AFFECTED = '2022-evd-uc-01-a-001.json'
const FIXED = '2022-evd-uc-01-f-001.json'
/** What a key of the DEF supplier may sign for (DEF versions are generic). */
const DEF: KeyScope = { products: ['DEF'], minVersion: '1.0', maxVersion: '1.99' }

const rules = (r: GateReport) => r.result.findings.map(f => f.rule)
const level = (r: GateReport, control: string) =>
  r.result.controls.find(c => c.id === control)?.level
const findingOf = (r: GateReport, rule: string, evidence: string) =>
  r.result.findings.find(f => f.rule === rule && f.evidence.includes(evidence))

/**
 * A copy of examples/csaf-vex (the index and its documents, with trust.yaml beside them). `strict`:
 * its trust file without signedRecords, so every record kind must be signed, affected-versions
 * included (the default).
 */
function csafCopy({ strict = false } = {}): { dir: string; trust: string } {
  const dir = tempDir()
  cpSync(CSAF_VEX, dir, { recursive: true })
  const trust = path.join(dir, 'trust.yaml')
  if (strict) {
    const doc = parse(readFileSync(trust, 'utf8')) as { requirements: Record<string, unknown> }
    delete doc.requirements.signedRecords
    writeFileSync(trust, stringify(doc))
  }
  return { dir, trust }
}

/** Sets (or, with undefined, removes) fields of the index item `id`. */
function setItem(dir: string, id: string, fields: Record<string, unknown>): void {
  const index = path.join(dir, 'update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { evidence: Record<string, unknown>[] }
  const item = doc.evidence.find(e => e.id === id)
  if (!item) throw new Error(`no evidence item ${id}`)
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) delete item[k]
    else item[k] = v
  }
  writeFileSync(index, stringify(doc))
}

/** Adds an evidence item to the index. */
function addItem(dir: string, item: Record<string, unknown>): void {
  const index = path.join(dir, 'update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { evidence: Record<string, unknown>[] }
  doc.evidence.push(item)
  writeFileSync(index, stringify(doc))
}

/** `<file>.sig` over the file's exact bytes with `key` (base64, as cosign sign-blob), named in the index. */
function signDetached(dir: string, id: string, file: string, key: KeyObject): string {
  const sig = `${file}.sig`
  writeFileSync(
    path.join(dir, sig),
    sign(null, readFileSync(path.join(dir, file)), key).toString('base64')
  )
  setItem(dir, id, { signature: sig })
  return sig
}

const gate = (dir: string, trust: string) =>
  runGate({ packageDir: dir, trustFile: trust, evaluationTime: EVAL_TIME })

const verified = async (dir: string, trust: string) =>
  (await verifyPackage(await loadPackage(dir), await loadTrust(trust), EVAL_TIME)).input

describe('load: a supplier document may carry a detached signature', () => {
  it('a CSAF document with signature: is read with the signature over its exact bytes', async () => {
    const { dir, trust } = csafCopy()
    const key = addTrustKey(trust, 'def-psirt', ['affected-versions'], DEF)
    signDetached(dir, 'csaf-affected', AFFECTED, key)
    const pkg = await loadPackage(dir)
    const [affected, fixed] = pkg.evidence
    expect(affected!.content).toMatchObject({
      type: 'vex',
      signed: { carrier: 'signature', file: `${AFFECTED}.sig`, present: true, bundles: null }
    })
    const content = affected!.content as Extract<LoadedContent, { type: 'vex' }>
    expect(content.signed!.bytes.equals(readFileSync(path.join(dir, AFFECTED)))).toBe(true)
    expect(content.signed!.text).toBe(readFileSync(path.join(dir, `${AFFECTED}.sig`), 'utf8'))
    expect(Object.keys(pkg.fileDigests)).toContain(`${AFFECTED}.sig`)
    expect(fixed!.content).toMatchObject({ type: 'vex', signed: null })
  })

  it('a signature file that is not there is a fact: the document is refused (attestation.signature_invalid)', async () => {
    const { dir, trust } = csafCopy()
    setItem(dir, 'csaf-affected', { signature: `${AFFECTED}.sig` })
    const pkg = await loadPackage(dir)
    expect(pkg.evidence[0]!.content).toMatchObject({
      type: 'vex',
      signed: { file: `${AFFECTED}.sig`, present: false, text: null }
    })
    const r = await gate(dir, trust)
    const f = findingOf(r, 'attestation.signature_invalid', 'csaf-affected')
    expect(f?.severity).toBe('violation')
    expect(f?.message).toBe(
      `affected-versions csaf-affected: signature ${AFFECTED}.sig in ${AFFECTED}.sig does not verify (signature file not found); the record is refused`
    )
    expect(r.result.decision).toBe('reject')
  })

  it('a format that takes no signature still refuses one, naming the field', async () => {
    const { dir } = csafCopy()
    writeFileSync(path.join(dir, 'procedure.md'), '# How we write VEX documents\n')
    addItem(dir, {
      id: 'procedure',
      kind: 'process-document',
      file: 'procedure.md',
      signature: 'procedure.md.sig',
      producer: 'psirt@example-company.example',
      controls: ['affected-versions']
    })
    expect(await gateError(() => loadPackage(dir))).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      file: 'update-evidence.yaml',
      field: 'evidence[2].signature'
    })
    // An in-toto statement is signed by its envelope: a .sig beside it would be read by nothing.
    const statement = csafCopy().dir
    addItem(statement, {
      id: 'mapping',
      kind: 'affected-versions',
      format: 'dsse',
      file: 'mapping.dsse.json',
      signature: 'mapping.dsse.json.sig',
      producer: 'psirt@example-company.example'
    })
    expect(await gateError(() => loadPackage(statement))).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      field: 'evidence[2].signature'
    })
  })
})

describe('verify: a signed document has the attestation facts of a record', () => {
  it('a detached signature: carrier, file and signer; the record is the document (VexDocument)', async () => {
    const { dir, trust } = csafCopy()
    const key = addTrustKey(trust, 'def-psirt', ['affected-versions'], DEF)
    signDetached(dir, 'csaf-affected', AFFECTED, key)
    const [affected, fixed] = (await verified(dir, trust)).evidence
    expect(affected!.record).toMatchObject({ kind: 'VexDocument', format: 'csaf' })
    expect(affected!.attestation).toEqual({
      carrier: 'signature',
      file: `${AFFECTED}.sig`,
      signatures: [
        expect.objectContaining({
          source: `${AFFECTED}.sig`,
          verified: true,
          keyId: 'def-psirt',
          algorithm: 'ed25519'
        })
      ],
      payloadType: null,
      predicateType: null,
      subjects: null,
      subjectsMatch: null
    })
    expect(fixed!.attestation).toBeNull()
  })

  it('a managed-key Sigstore bundle over the document verifies with the trusted key; one over other bytes does not', async () => {
    const { dir, trust } = csafCopy({ strict: true })
    const privateKey = addTrustKey(trust, 'def-psirt', ['affected-versions'], DEF, 'ec')
    for (const [id, file] of [
      ['csaf-affected', AFFECTED],
      ['csaf-fixed', FIXED]
    ]) {
      writeFileSync(
        path.join(dir, `${file}.sigstore.json`),
        managedKeyBundle(readFileSync(path.join(dir, file!)), privateKey)
      )
      setItem(dir, id!, { signature: `${file}.sigstore.json` })
    }
    const input = await verified(dir, trust)
    expect(input.evidence.map(e => e.attestation?.signatures[0])).toEqual([
      expect.objectContaining({ verified: true, keyId: 'def-psirt', method: 'key' }),
      expect.objectContaining({ verified: true, keyId: 'def-psirt', method: 'key' })
    ])
    const signed = await gate(dir, trust)
    expect(signed.result.decision).toBe('approve')
    expect(rules(signed)).not.toContain('attestation.unsigned')

    // The bundle of the affected document given for the fixed one: it signs other bytes.
    setItem(dir, 'csaf-fixed', { signature: `${AFFECTED}.sigstore.json` })
    const swapped = await gate(dir, trust)
    expect(findingOf(swapped, 'attestation.signature_invalid', 'csaf-fixed')?.message).toContain(
      `signature ${AFFECTED}.sigstore.json`
    )
    expect(swapped.result.decision).toBe('reject')
  })
})

const AV_PREDICATE = 'https://update-gate.dev/attestation/affected-versions/v1'
const ARTIFACT_SHA = 'd895b58bf1d76d6511b2267f9ec0cbb1d9b0f33567aab5b750d4494408a0461d'

/**
 * signed-records/package with its affected-versions record as the predicate of an in-toto
 * statement about `sha`, in a DSSE envelope signed by a new key trusted for affected-versions
 * (affected-versions.dsse.json in place of the YAML record and its signature).
 */
function affectedStatement(sha = ARTIFACT_SHA): { dir: string; trust: string } {
  const root = copySigned()
  const dir = path.join(root, 'package')
  const trust = path.join(root, 'trust.yaml')
  const key = addTrustKey(trust, 'psirt-intoto', ['affected-versions'])
  const predicate = parse(readFileSync(path.join(dir, 'affected-versions.yaml'), 'utf8')) as unknown
  const payloadType = 'application/vnd.in-toto+json'
  const payload = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ic22-fw-5.4.3.bin', digest: { sha256: sha } }],
      predicateType: AV_PREDICATE,
      predicate
    })
  )
  writeFileSync(
    path.join(dir, 'affected-versions.dsse.json'),
    JSON.stringify({
      payloadType,
      payload: payload.toString('base64'),
      signatures: [{ sig: sign(null, pae(payloadType, payload), key).toString('base64') }]
    })
  )
  setItem(dir, 'affected-versions', {
    file: 'affected-versions.dsse.json',
    format: 'dsse',
    signature: undefined
  })
  return { dir, trust }
}

describe('the YAML record: signed as an in-toto statement or with a Sigstore bundle', () => {
  it('in a DSSE envelope signed by a key authorized for affected-versions: counts like the signed YAML', async () => {
    const { dir, trust } = affectedStatement()
    const item = (await verified(dir, trust)).evidence.find(e => e.id === 'affected-versions')!
    expect(item.record).toMatchObject({ kind: 'AffectedVersions', product: 'IC-22' })
    expect(item.attestation).toMatchObject({
      carrier: 'dsse',
      payloadType: 'application/vnd.in-toto+json',
      predicateType: AV_PREDICATE,
      subjectsMatch: true,
      signatures: [expect.objectContaining({ verified: true, keyId: 'psirt-intoto' })]
    })
    const r = await gate(dir, trust)
    expect(r.result.decision).toBe('conditional')
    expect(r.result.maturity.level).toBe(5)
    expect(rules(r)).not.toContain('attestation.unsigned')
  })

  it('with a managed-key Sigstore bundle over its bytes (cosign sign-blob --bundle): counts', async () => {
    const root = copySigned()
    const dir = path.join(root, 'package')
    const trust = path.join(root, 'trust.yaml')
    const key = addTrustKey(trust, 'psirt-bundle', ['affected-versions'], undefined, 'ec')
    writeFileSync(
      path.join(dir, 'affected-versions.yaml.sigstore.json'),
      managedKeyBundle(readFileSync(path.join(dir, 'affected-versions.yaml')), key)
    )
    setItem(dir, 'affected-versions', { signature: 'affected-versions.yaml.sigstore.json' })
    const r = await gate(dir, trust)
    expect(r.evidence.signatures.find(s => s.evidence === 'affected-versions')).toMatchObject({
      keyId: 'psirt-bundle',
      verified: true
    })
    expect(r.result.decision).toBe('conditional')
    expect(r.result.maturity.level).toBe(5)
    expect(rules(r)).not.toContain('attestation.unsigned')
  })

  it('a statement about other artifacts: attestation.subjects_mismatch, the update rejected', async () => {
    const { dir, trust } = affectedStatement('ab'.repeat(32))
    const r = await gate(dir, trust)
    expect(findingOf(r, 'attestation.subjects_mismatch', 'affected-versions')?.severity).toBe(
      'violation'
    )
    expect(r.result.decision).toBe('reject')
  })
})

describe('who may sign a mapping: a key or identity whose usage includes affected-versions', () => {
  it('required and unsigned: still read and listed, the control at most level 3', async () => {
    const { dir, trust } = csafCopy({ strict: true })
    const r = await gate(dir, trust)
    expect(level(r, 'affected-versions')).toBe(3)
    expect(r.result.decision).toBe('reject')
    expect(findingOf(r, 'attestation.unsigned', 'csaf-affected')?.message).toBe(
      'record csaf-affected (affected-versions) is not signed by a key or identity authorized for affected-versions (requirements.signedRecords names affected-versions): control affected-versions is at most level 3'
    )
    // Read all the same: the documents map the vulnerability (no affected-versions finding).
    expect(r.result.findings.filter(f => f.control === 'affected-versions')).toEqual([])
    // The shipped example leaves affected-versions out of signedRecords: they count.
    const shipped = await gate(CSAF_VEX, path.join(CSAF_VEX, 'trust.yaml'))
    expect(shipped.result.decision).toBe('approve')
    expect(findingOf(shipped, 'attestation.unsigned', 'csaf-fixed')?.message).toBe(
      'record csaf-fixed (affected-versions) is not signed by a key or identity authorized for affected-versions: it counts because requirements.signedRecords does not name affected-versions'
    )
  })

  it('a key trusted for other kinds only: attestation.signer_untrusted, required or not', async () => {
    for (const strict of [false, true]) {
      const { dir, trust } = csafCopy({ strict })
      const key = addTrustKey(trust, 'def-records', ['signing-event', 'customer-notification'], DEF)
      signDetached(dir, 'csaf-affected', AFFECTED, key)
      signDetached(dir, 'csaf-fixed', FIXED, key)
      const r = await gate(dir, trust)
      const f = findingOf(r, 'attestation.signer_untrusted', 'csaf-fixed')
      expect(f?.severity).toBe('violation')
      expect(f?.message).toBe(
        'affected-versions csaf-fixed: signed by key def-records, which the trust configuration does not authorize to sign affected-versions records (it may not sign affected-versions); the record is refused'
      )
      expect(r.result.decision).toBe('reject')
    }
  })

  it('a document altered after signing: attestation.signature_invalid', async () => {
    const { dir, trust } = csafCopy()
    const key = addTrustKey(trust, 'def-psirt', ['affected-versions'], DEF)
    signDetached(dir, 'csaf-fixed', FIXED, key)
    expect((await gate(dir, trust)).result.decision).toBe('approve')
    edit(path.join(dir, FIXED), '"fixed"', '"fixed" ')
    const r = await gate(dir, trust)
    expect(findingOf(r, 'attestation.signature_invalid', 'csaf-fixed')?.message).toContain(
      'does not verify (no trusted key verifies this signature)'
    )
    expect(r.result.decision).toBe('reject')
  })
})

describe('the CLI, end to end', () => {
  const evaluate = (dir: string, trust: string) =>
    cli(packageArgs(['evaluate'], dir, trust, '--format', 'json'))
  const reportOf = (out: { stdout: string }) => JSON.parse(out.stdout) as GateReport

  it('signed-records: conditional at level 5; its affected-versions.yaml altered by one byte: reject', async () => {
    const out = await evaluate(
      path.join(SIGNED_RECORDS, 'package'),
      path.join(SIGNED_RECORDS, 'trust.yaml')
    )
    expect(out.code).toBe(EXIT.pass)
    const r = reportOf(out)
    expect(r.result.decision).toBe('conditional')
    expect(r.result.maturity.level).toBe(5)
    expect(r.evidence.signatures.find(s => s.evidence === 'affected-versions')).toMatchObject({
      keyId: 'ic22-release-records-2026',
      verified: true
    })

    const root = copySigned()
    const file = path.join(root, 'package', 'affected-versions.yaml')
    const before = readFileSync(file)
    edit(file, 'SUP-PSIRT-2026-014', 'SUP-PSIRT-2026-015')
    expect(readFileSync(file).length).toBe(before.length)
    const altered = await evaluate(path.join(root, 'package'), path.join(root, 'trust.yaml'))
    expect(altered.code).toBe(EXIT.gateFailed)
    const a = reportOf(altered)
    expect(a.result.decision).toBe('reject')
    expect(findingOf(a, 'attestation.signature_invalid', 'affected-versions')?.severity).toBe(
      'violation'
    )
  })

  it('package sign of CSAF documents, then evaluate: they count as signed', async () => {
    const { dir, trust } = csafCopy({ strict: true })
    const privateKey = addTrustKey(trust, 'def-psirt', ['affected-versions'], DEF, 'ec')
    const keyFile = path.join(tempDir(), 'psirt.key')
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }))

    const unsigned = await evaluate(dir, trust)
    expect(unsigned.code).toBe(EXIT.gateFailed)
    expect(level(reportOf(unsigned), 'affected-versions')).toBe(3)

    const documents = [AFFECTED, FIXED].map(f => readFileSync(path.join(dir, f)))
    const signed = await cli(['package', 'sign', dir, '--key', keyFile, '--record', 'csaf-affected', 'csaf-fixed']) // prettier-ignore
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toContain(`${AFFECTED}.sig`)
    const index = readFileSync(path.join(dir, 'update-evidence.yaml'), 'utf8')
    expect(index).toContain(`signature: ${AFFECTED}.sig`)
    expect(index).toContain(`signature: ${FIXED}.sig`)
    expect(index).toContain('# How the CSAF product tree names this product') // comments kept
    // The documents themselves are signed as they are, byte for byte.
    expect([AFFECTED, FIXED].map(f => readFileSync(path.join(dir, f)))).toEqual(documents)

    const out = await evaluate(dir, trust)
    expect(out.code).toBe(EXIT.pass)
    const r = reportOf(out)
    expect(r.result.decision).toBe('approve')
    expect(level(r, 'affected-versions')).toBe(4)
    expect(rules(r)).not.toContain('attestation.unsigned')
    expect(r.evidence.signatures.filter(s => s.verified).map(s => [s.evidence, s.keyId])).toEqual([
      ['csaf-affected', 'def-psirt'],
      ['csaf-fixed', 'def-psirt']
    ])
  })

  it('package sign refuses an in-toto statement item and a document that does not read as its format; nothing is written', async () => {
    const { dir } = csafCopy()
    const work = tempDir()
    const keyFile = path.join(work, 'psirt.key')
    const { privateKey } = generateKeyPairSync('ed25519')
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }))
    const indexBefore = readFileSync(path.join(dir, 'update-evidence.yaml'))
    const files = () => readdirSync(dir).sort()
    const before = files()

    edit(path.join(dir, AFFECTED), '"tracking"', '"trackinG"')
    const broken = await cli(['package', 'sign', dir, '--key', keyFile, '--record', 'csaf-fixed', 'csaf-affected']) // prettier-ignore
    expectInputError(broken, `${AFFECTED}: `, /CSAF/)
    expect(files()).toEqual(before)
    expect(readFileSync(path.join(dir, 'update-evidence.yaml'))).toEqual(indexBefore)

    setItem(dir, 'csaf-fixed', { format: 'dsse' })
    const statement = await cli(['package', 'sign', dir, '--key', keyFile, '--record', 'csaf-fixed']) // prettier-ignore
    expectInputError(
      statement,
      "--record: evidence 'csaf-fixed' (affected-versions, format dsse) is signed as an in-toto statement: its envelope is its signature"
    )
    expect(files()).toEqual(before)
  })
})
