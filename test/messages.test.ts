/**
 * Messages that say what to add: each message the supplier trial found misleading (issue 11),
 * with the new text asserted (file, field, fix), and the report's wording.
 */
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cli } from './support/cli.js'
import { GateError } from '../src/shared/errors.js'
import { copySeed, edit, EVAL_TIME, REPO, SEED, SEED_TRUST, tempDir } from './helpers.js'

const evaluate = (pkg: string, ...more: string[]) =>
  cli(['evaluate', pkg, '--trust', SEED_TRUST, '--at', EVAL_TIME, ...more])

/** The text report of a copy of the strong package after `change`. */
async function changedStrong(change: (pkg: string, seed: string) => void) {
  const seed = copySeed()
  const pkg = path.join(seed, 'strong')
  change(pkg, seed)
  return cli(['evaluate', pkg, '--trust', path.join(seed, 'trust.yaml'), '--at', EVAL_TIME])
}

describe('input errors name the file, the field and the fix', () => {
  it('a mistyped --turst is an unknown option with a suggestion, not a missing --trust', async () => {
    const r = await cli(['evaluate', path.join(SEED, 'strong'), '--turst', SEED_TRUST])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("error: unknown option '--turst'")
    expect(r.stderr).toContain('(Did you mean --trust?)')
    expect(r.stderr).not.toContain('not specified')
  })

  it('an error is one line: a line break in a path or a YAML problem does not start another', async () => {
    const forged = await evaluate(path.join(tempDir(), 'a\nupdate-gate: APPROVE'))
    expect(forged.code).toBe(2)
    expect(forged.stderr).toContain("a\\nupdate-gate: APPROVE' does not exist")
    expect(forged.stderr.trimEnd().split('\n')).toHaveLength(1)
    const bad = await changedStrong(pkg =>
      writeFileSync(path.join(pkg, 'approval.yaml'), 'a: [1, 2\nb: c\n')
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr.trimEnd()).toMatch(
      /approval\.yaml: is not valid YAML: .* at line 2, column 1$/
    )
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('a list under a message keeps one line per item, each escaped alike', () => {
    const e = new GateError('POLICY_OUTPUT', '2 problems:', {
      file: 'team\r.rego',
      details: ['- first', '- second\nupdate-gate: APPROVE']
    })
    expect(e.describe().split('\n')).toEqual([
      'team\\r.rego: 2 problems:',
      '  - first',
      '  - second\\nupdate-gate: APPROVE'
    ])
  })

  it('a path that is not UTF-8 exists, but Node cannot open it: the message says why', () => {
    // Node cannot put such bytes in an argument, so bash does; the package is really there.
    const work = tempDir()
    const script = `cp -r "$1" $'${work}/pkg\\xff' && exec "$2" "$3" evaluate $'${work}/pkg\\xff' --trust "$4"`
    const r = spawnSync(
      'bash',
      [
        '-c',
        script,
        'bash',
        path.join(SEED, 'strong'),
        process.execPath,
        path.join(REPO, 'bin/update-gate.js'),
        SEED_TRUST
      ],
      { encoding: 'utf8' }
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(
      /does not exist \(an argument holds bytes that are not UTF-8, which Node cannot pass on as a path: rename it\)\n$/
    )
  })

  it('a missing --trust says what it is and where it is documented', async () => {
    const r = await cli(['evaluate', path.join(SEED, 'strong')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'update-gate: error: --trust: the trust configuration is required: --trust <file>'
    )
  })

  it('the index file given instead of its directory names the directory to give', async () => {
    const index = path.join(SEED, 'strong/update-evidence.yaml')
    const r = await evaluate(index)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `update-gate: error: ${index}: this is the package's index; give the package directory that holds it: ${path.join(SEED, 'strong')}\n`
    )
  })

  it('a directory without an index says so and how to start one', async () => {
    const dir = tempDir()
    const r = await evaluate(dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      `update-evidence.yaml: '${dir}' has no update-evidence.yaml; give the evidence package directory, or start one with \`update-gate package init`
    )
  })

  it('a missing data file is called a data file, not a directory', async () => {
    const r = await evaluate(path.join(SEED, 'strong'), '--data', 'nonexist.yaml')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'update-gate: error: nonexist.yaml: data file does not exist; give an existing JSON or YAML file (or leave the data option out)\n'
    )
  })

  it('an unwritable --output is an input error (exit 2) naming --output', async () => {
    const out = path.join(tempDir(), 'no-such-dir', 'report.txt')
    const r = await evaluate(path.join(SEED, 'strong'), '--output', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `update-gate: error: ${out}: --output: the report directory '${path.dirname(out)}' does not exist; create it or give another path\n`
    )
  })

  it('a binary .sig says base64 is expected and how to convert it', async () => {
    const r = await changedStrong(pkg => {
      const sig = path.join(pkg, 'manifest.json.sig')
      writeFileSync(sig, Buffer.from(readFileSync(sig, 'utf8'), 'base64'))
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'manifest.json.sig: is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out manifest.json.sig`'
    )
  })
})

describe('findings say what to add', () => {
  it('a listed evidence file that is missing is named with its item and kind', async () => {
    const r = await changedStrong(pkg => rmSync(path.join(pkg, 'tests.yaml')))
    expect(r.stdout).toContain(
      "  MISSING tests.yaml: evidence 'tests' (kind rollback-recovery-tests) is listed in update-evidence.yaml but the file is not in the package; add it (example docs/evidence-format.md#rollback-recovery-tests) or remove the item"
    )
  })

  it('a DSSE signature over the payload instead of the PAE is named as such', async () => {
    const r = await changedStrong((pkg, seed) => {
      const pair = generateKeyPairSync('ed25519')
      writeFileSync(
        path.join(seed, 'keys/ic22-provenance-2026.pub'),
        pair.publicKey.export({ type: 'spki', format: 'pem' })
      )
      const file = path.join(pkg, 'provenance.dsse.json')
      const envelope = JSON.parse(readFileSync(file, 'utf8'))
      const payload = Buffer.from(envelope.payload, 'base64')
      envelope.signatures = [{ sig: sign(null, payload, pair.privateKey).toString('base64') }]
      writeFileSync(file, JSON.stringify(envelope))
    })
    expect(r.stdout).toContain(
      'provenance.signature_unverified: no trusted key or certificate verifies the envelope of provenance: key ic22-provenance-2026 signed the payload itself, but a DSSE signature is over PAE(payloadType, payload)'
    )
    expect(r.stdout).toContain(
      'provenance.dsse.json (DSSE signature 0): NOT verified: key ic22-provenance-2026 signed the payload itself'
    )
  })

  it('a signing event whose subject is a file name says the subject is the evidence id', async () => {
    const r = await changedStrong(pkg =>
      edit(path.join(pkg, 'signing-event.yaml'), 'subject: manifest', 'subject: manifest.json')
    )
    expect(r.stdout).toContain(
      'signing.signing_event_missing: no signing-event record for manifest: the signing time and signer are unknown; add a signing-event record whose subject is the evidence id manifest (not a file name; example docs/evidence-format.md#signing-event)'
    )
  })

  it('weak: each gap names the evidence kind or index field, its schema and the docs section', async () => {
    const r = await evaluate(path.join(SEED, 'weak'))
    expect(r.stdout).toContain(
      'approval.missing: no release-approval record in the package: add an evidence item of kind release-approval to update-evidence.yaml evidence[] and its record (schema records/release-approval.schema.json, example docs/evidence-format.md#release-approval)'
    )
    expect(r.stdout).toContain(
      'retention.owner_missing: no retention owner named: add retention.owners to update-evidence.yaml'
    )
    expect(r.stdout).toContain(
      'provenance.missing: no build provenance in the package: add an evidence item of kind build-provenance'
    )
    expect(r.stdout).toContain('no signature in the package')
  })

  it('better: the report says the manifest signature verified', async () => {
    const r = await evaluate(path.join(SEED, 'better'))
    expect(r.stdout).toContain('  manifest.json.sig: verified by key ic22-release-2026\n')
  })
})

/** Sections of the text report: a title line followed by indented lines. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const block of text.split('\n\n')) {
    const [title, ...rest] = block.split('\n')
    out.set(title!, rest.join('\n'))
  }
  return out
}

describe('every gap finding links the docs section that says what to add', () => {
  it.each(['weak', 'better', 'strong', 'all-tested'])('%s', async example => {
    const r = await evaluate(path.join(SEED, example), '--format', 'json', '--fail-on', 'never')
    const findings = (JSON.parse(r.stdout) as { result: { findings: { rule: string; severity: string; message: string }[] } }).result.findings // prettier-ignore
    const unlinked = findings.filter(f => f.severity === 'gap' && !/docs\/[a-z-]+\.md#[a-z0-9-]+/.test(f.message)) // prettier-ignore
    expect(unlinked).toEqual([])
  })

  it('a missing recovery test names the record, its example and the exception alternative', async () => {
    const r = await evaluate(path.join(SEED, 'strong'))
    expect(r.stdout).toContain(
      'recovery test not run on regional (IC-22-RG-B): add a passed result { configuration: regional, test: recovery } to the rollback-recovery-tests record (example docs/evidence-format.md#rollback-recovery-tests), or an exception (docs/evidence-format.md#index-update-evidenceyaml) for regional that waives this rule'
    )
  })
})

describe('report wording in one voice', () => {
  it('rule ids are printed at most once per section', async () => {
    for (const example of ['weak', 'better', 'strong']) {
      const r = await evaluate(path.join(SEED, example))
      for (const [title, body] of sections(r.stdout)) {
        const ids = body.match(/\b[a-z_]+\.[a-z_]+\b/g) ?? []
        const rules = ids.filter(id => /^(signing|provenance|approval|rollback_recovery|affected_versions|notification|retention)\./.test(id)) // prettier-ignore
        expect({ example, title, repeated: rules.filter((id, i) => rules.indexOf(id) !== i) }).toEqual({ example, title, repeated: [] }) // prettier-ignore
      }
    }
  })

  it('approve is APPROVE in the headline; no doubled words or levels', async () => {
    const approve = await evaluate(path.join(SEED, 'all-tested'))
    expect(approve.stdout).toMatch(/^update-gate: APPROVE: approved for deployment\n/)
    expect(approve.stdout).not.toContain('PASS')
    const strong = await evaluate(path.join(SEED, 'strong'))
    expect(strong.stdout).toContain('  lowest level of the approved scope: reference 5\n')
    expect(strong.stdout).not.toMatch(/level 5 \(verified and retained\)\n.*verified and retained/)
    expect(strong.stdout).toContain(
      'regional: level 3 (produced artifact without complete verification): tests;'
    )
    expect(strong.stdout).not.toContain('regional: level 3, level 3')
    expect(strong.stdout).toContain(
      'notification.not_sent: the customer notification (notification) is draft, not yet sent'
    )
    expect(strong.stdout).toContain(
      'stays on 5.4.2 (mitigation: Stay on 5.4.2 with network segmentation of the affected port); follow-up'
    )
  })
})
