/**
 * Issue 7, item 7: a document the gate recognises, given under another kind or format, gets one
 * clear line naming what it looks like and how to declare it (never the list of fields the
 * declared format misses); documents the gate does not read (SBOMs, an unsigned statement) get
 * one line saying so. Real public documents from ../shared/fixtures; exit 2, never an approval.
 */
import { describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { EXIT, run } from '../src/cli/program.js'
import { EVAL_TIME, FIXTURES, REPO, tempDir } from './helpers.js'
import { evaluateIn } from './support/cli.js'

const fx = (rel: string) => readFileSync(path.join(FIXTURES, rel))

/** A CycloneDX BOM without vulnerabilities (an SBOM), from the CISA VEX example. */
const cycloneDxSbom = () => {
  const bom = JSON.parse(fx('cyclonedx/cisa-case-4.vex.json').toString('utf8'))
  delete bom.vulnerabilities
  return Buffer.from(JSON.stringify(bom))
}

const statementOfBundle = () => {
  const bundle = JSON.parse(fx('gh-cli/reusable-workflow-attestation.sigstore.json').toString())
  return Buffer.from(bundle.dsseEnvelope.payload, 'base64')
}

/**
 * The CSAF example package with one more evidence item: `bytes` under `file`, declared with
 * `kind` and `format` (none: the kind's default).
 */
async function declare(item: { kind: string; format?: string; bytes: Buffer; file?: string }) {
  const dir = tempDir()
  cpSync(path.join(REPO, 'examples/csaf-vex'), dir, { recursive: true })
  const file = item.file ?? 'doc.json'
  writeFileSync(path.join(dir, file), item.bytes)
  const indexFile = path.join(dir, 'update-evidence.yaml')
  const index = parse(readFileSync(indexFile, 'utf8')) as { evidence: Record<string, unknown>[] }
  index.evidence.push({
    id: 'declared',
    kind: item.kind,
    ...(item.format ? { format: item.format } : {}),
    file,
    ...(item.kind === 'update-manifest' ? { signature: 'doc.sig' } : {}),
    producer: 'psirt@example-company.example'
  })
  writeFileSync(indexFile, stringify(index))
  let stdout = ''
  let stderr = ''
  const code = await run(
    ['evaluate', dir, '--trust', path.join(dir, 'trust.yaml'), '--at', EVAL_TIME],
    { stdout: t => (stdout += t), stderr: t => (stderr += t) }
  )
  return { code, stdout, stderr, dir }
}

describe('a recognised document declared as something else: one line', () => {
  test.each([
    [
      'a CSAF document given as OpenVEX',
      { kind: 'affected-versions', format: 'openvex', bytes: fx('csaf/2022-evd-uc-01-a-001.json') },
      'doc.json: this looks like a CSAF document, not affected-versions in format openvex; affected-versions reads it with format: csaf'
    ],
    [
      "a CSAF document given as the gate's own record (no format)",
      { kind: 'affected-versions', bytes: fx('csaf/2022-evd-uc-01-a-001.json') },
      'doc.json: this looks like a CSAF document, not affected-versions in format update-gate; affected-versions reads it with format: csaf'
    ],
    [
      'an OpenVEX document given as CSAF',
      { kind: 'affected-versions', format: 'csaf', bytes: fx('openvex/demo.vex.json') },
      'doc.json: this looks like an OpenVEX document, not affected-versions in format csaf; affected-versions reads it with format: openvex'
    ],
    [
      'an OSV record given as CSAF',
      { kind: 'affected-versions', format: 'csaf', bytes: fx('osv/GO-2024-2963.json') },
      'doc.json: this looks like an OSV record, not affected-versions in format csaf; affected-versions reads it with format: osv'
    ],
    [
      'a CycloneDX VEX document given as OpenVEX',
      { kind: 'affected-versions', format: 'openvex', bytes: fx('cyclonedx/cisa-case-4.vex.json') },
      'doc.json: this looks like a CycloneDX VEX document, not affected-versions in format openvex; affected-versions reads it with format: cyclonedx-vex'
    ],
    [
      'a CycloneDX SBOM without vulnerabilities given as CycloneDX VEX',
      { kind: 'affected-versions', format: 'cyclonedx-vex', bytes: cycloneDxSbom() },
      'doc.json: this looks like a CycloneDX SBOM without vulnerabilities: it says nothing about affected versions; affected-versions reads CycloneDX VEX (a BOM with vulnerabilities[].analysis) with format: cyclonedx-vex'
    ],
    [
      'a CSAF document given as build provenance',
      { kind: 'build-provenance', bytes: fx('csaf/2022-evd-uc-01-a-001.json') },
      'doc.json: this looks like a CSAF document, not build-provenance in format dsse; affected-versions reads it with format: csaf'
    ],
    [
      'an unsigned in-toto statement given as a DSSE envelope',
      { kind: 'build-provenance', format: 'dsse', bytes: statementOfBundle() },
      'doc.json: this looks like an unsigned in-toto statement: build provenance must be signed: a DSSE envelope (format: dsse) or a Sigstore bundle (format: sigstore-bundle) holding it'
    ],
    [
      'an OpenVEX document given as a Sigstore bundle',
      { kind: 'build-provenance', format: 'sigstore-bundle', bytes: fx('openvex/demo.vex.json') },
      'doc.json: this looks like an OpenVEX document, not build-provenance in format sigstore-bundle; affected-versions reads it with format: openvex'
    ],
    [
      'a signing-event record given as a release approval',
      {
        kind: 'release-approval',
        file: 'doc.yaml',
        bytes: readFileSync(
          path.join(REPO, 'examples/github-attestation/package/signing-event.yaml')
        )
      },
      'doc.yaml: kind: this looks like an update-gate SigningEvent record, not release-approval in format update-gate; signing-event reads it with format: update-gate'
    ]
  ])('%s', async (_name, item, line) => {
    const { code, stdout, stderr } = await declare(item)
    expect(code).toBe(EXIT.inputError)
    expect(stdout).toBe('')
    expect(stderr.split('\n')[0]).toBe(`update-gate: error: ${line}`)
  })

  test('a Sigstore bundle given as the cosign signature of a manifest', async () => {
    const dir = tempDir()
    const { code, stderr } = await (async () => {
      // The github-attestation example's manifest, its .sig replaced by a Sigstore bundle.
      cpSync(path.join(REPO, 'examples/github-attestation'), dir, { recursive: true })
      writeFileSync(
        path.join(dir, 'package/manifest.json.sig'),
        fx('gh-cli/sigstore-js-2.1.0-bundle.json')
      )
      let err = ''
      const c = await run(evaluateIn(dir, 'package'), { stdout: () => {}, stderr: t => (err += t) })
      return { code: c, stderr: err }
    })()
    expect(code).toBe(EXIT.inputError)
    expect(stderr.split('\n')[0]).toBe(
      'update-gate: error: manifest.json.sig: this looks like a Sigstore bundle, not update-manifest in format cosign-sign-blob; build-provenance, update-manifest and signed records read it with format: sigstore-bundle'
    )
  })

  test('documents declared as what they are are read as before', async () => {
    const { code, stderr } = await declare({
      kind: 'affected-versions',
      format: 'openvex',
      bytes: fx('openvex/demo.vex.json')
    })
    expect(stderr).toBe('')
    expect([EXIT.pass, EXIT.gateFailed]).toContain(code)
  })
})
