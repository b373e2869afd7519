/**
 * `update-gate package init|manifest|sign|check`: a made-up product's package built with those
 * commands only, its records taken from the docs' examples, reaches approve with a trust file
 * naming its key; what `sign` writes verifies with openssl and node:crypto (by verification:
 * ECDSA signatures are randomized); the gate accepts a signature cosign made.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cli, packageArgs, seedArgs } from './support/cli.js'
import { trustedKeyYaml } from './support/trusted-key.js'
import { pae } from '../src/verify/dsse.js'
import { signatureFact } from '../src/verify/signature.js'
import { parsePublicKey, keyFingerprint } from '../src/load/trust.js'
import {
  copySeed,
  copySigned,
  edit,
  EVAL_TIME,
  REPO,
  SEED,
  tempDir,
  writeRsaKey
} from './helpers.js'

/** The fenced block under `### <kind>` in docs/evidence-format.md. */
function docExample(kind: string): string {
  const doc = readFileSync(path.join(REPO, 'docs/evidence-format.md'), 'utf8')
  const at = doc.indexOf(`\n### ${kind}\n`)
  if (at < 0) throw new Error(`docs/evidence-format.md has no section ### ${kind}`)
  const block = /```(?:yaml|json|markdown)\n([\s\S]*?)```/.exec(doc.slice(at))
  if (!block) throw new Error(`no example under ### ${kind}`)
  return block[1]!
}

function writeKeys(dir: string, type: 'ec' | 'ed25519') {
  const pair =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519')
  const key = path.join(dir, `${type}.key`)
  const pub = path.join(dir, `${type}.pub`)
  writeFileSync(key, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }))
  writeFileSync(pub, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  return { key, pub }
}

const openssl = (args: string[]) =>
  execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** `openssl dgst -sha256 -verify`: what openssl says of the DER signature `der` over `signed`. */
function opensslVerify(pub: string, der: Buffer, signed: string): string {
  const sig = path.join(tempDir(), 'sig.der')
  writeFileSync(sig, der)
  return openssl(['dgst', '-sha256', '-verify', pub, '-signature', sig, signed])
}

const BUILDER = 'https://ci.gw7.example/release@refs/heads/main'

/** A docs example rewritten for the made-up GW-7 2.0.0 -> 2.1.0 and its artifact's sha256. */
const adaptTo = (sha: string) => {
  const docsBuilder =
    'https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main'
  return (text: string) =>
    text
      .replaceAll('ic22-fw-5.4.3.bin', 'gw7-fw-2.1.0.img')
      .replaceAll('d895b58bf1d76d6511b2267f9ec0cbb1d9b0f33567aab5b750d4494408a0461d', sha)
      .replaceAll(docsBuilder, BUILDER)
      .replaceAll('ic22-release-2026', 'gw7-release')
      .replaceAll('IC-22-REF-C', 'GW7-REF')
      .replaceAll('IC-22-RG-B', 'GW7-RG')
      .replaceAll('IC-22', 'GW-7')
      .replaceAll('VULN-2026-014', 'CVE-2026-1111')
      .replaceAll('cohorts: [A]', 'cohorts: [pilot]')
      .replaceAll('\ncohort: A\n', '\ncohort: pilot\n')
      .replaceAll('5.4.3', '2.1.0')
      .replaceAll('5.4.2', '2.0.0')
      .replaceAll('5.0.0', '1.0.0')
}

/** What the GW-7 release key signs: the manifest, the provenance and every record kind. */
const GW7_USAGE = ['update-manifest', 'build-provenance', 'signing-event', 'release-approval', 'rollback-recovery-tests', 'affected-versions', 'customer-notification', 'deployment-records'] // prettier-ignore

/** The buyer's trust file for GW-7, naming the key whose public PEM is `pub` (beside it). */
/**
 * A buyer's trust file for GW-7: the supplier's release key `pub` for everything but the release
 * approval, which Carol signs with her own key `carolPub` (separation of duties: her key signs
 * neither the manifest nor the provenance).
 */
function gw7Trust(work: string, pub: string, carolPub: string): string {
  const trust = path.join(work, 'trust.yaml')
  writeFileSync(
    trust,
    `apiVersion: update-gate.dev/v1
kind: TrustConfiguration
keys:
${trustedKeyYaml('gw7-release', path.basename(pub), GW7_USAGE, {
  products: ['GW-7'],
  versions: ['2.0.0', '2.99.99'],
  valid: ['2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z']
})}${trustedKeyYaml('carol', path.basename(carolPub), ['release-approval'], {
      products: ['GW-7'],
      versions: ['2.0.0', '2.99.99'],
      valid: ['2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z']
    })}approvers:
  - { id: carol@supplier.example, name: Carol, roles: [release-approver], keys: [carol] }
builders:
  - id: ${BUILDER}
testSystems:
  - { id: gw7-lab, keys: [gw7-release], hardware: [GW7-REF, GW7-RG] }
deploymentSystems:
  - { id: gw7-updates, keys: [gw7-release], hardware: [GW7-REF, GW7-RG] }
requirements:
  minimumMaturity: 4
  requiredControls: [signing, provenance, approval, rollback-recovery, affected-versions, notification, retention]
  requiredApprovals: 1
`
  )
  return trust
}

/** `package init` of the made-up GW-7 2.1.0 package, two configurations and one vulnerability. */
const gw7Init = (pkg: string): string[] => [
  'package', 'init', pkg, '--product', 'GW-7', '--from', '2.0.0', '--to', '2.1.0',
  '--cohort', 'pilot', '--configuration', 'reference=GW7-REF',
  '--configuration', 'regional=GW7-RG', '--vulnerability', 'CVE-2026-1111'
] // prettier-ignore

/** init, then manifest of one made-up firmware file, then sign with a new key and provenance. */
async function gw7Package(work: string) {
  const pkg = path.join(work, 'gw7-2.1.0')
  const init = await cli(gw7Init(pkg))
  expect(init).toMatchObject({ code: 0, stderr: '' })
  const firmware = path.join(work, 'gw7-fw-2.1.0.img')
  writeFileSync(firmware, Buffer.from('GW7 firmware 2.1.0 (made up)\n'.repeat(100)))
  expect((await cli(['package', 'manifest', pkg, firmware])).code).toBe(0)
  const written = JSON.parse(readFileSync(path.join(pkg, 'manifest.json'), 'utf8'))
  const sha = written.artifacts[0].sha256 as string
  const statement = path.join(work, 'statement.json')
  writeFileSync(statement, adaptTo(sha)(docExample('build-provenance')))
  const { key, pub } = writeKeys(work, 'ec')
  expect((await cli(['package', 'sign', pkg, '--key', key, '--provenance', statement])).code).toBe(0) // prettier-ignore
  return { pkg, sha, key, pub, init }
}

describe('a supplier builds a package with the package commands only', () => {
  it('init -> manifest -> sign -> records from the docs -> check -> approve with a trust file', async () => {
    const work = tempDir()
    const pkg = path.join(work, 'gw7-2.1.0')
    const init = await cli(gw7Init(pkg))
    expect(init).toMatchObject({ code: 0, stderr: '' })
    // init never overwrites
    const again = await cli(['package', 'init', pkg, '--product', 'GW-7', '--from', '2.0.0', '--to', '2.1.0']) // prettier-ignore
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('update-evidence.yaml: already exists')

    const firmware = path.join(work, 'gw7-fw-2.1.0.img')
    writeFileSync(firmware, Buffer.from('GW7 firmware 2.1.0 (made up)\n'.repeat(100)))
    const manifest = await cli(['package', 'manifest', pkg, firmware])
    expect(manifest.code).toBe(0)
    const written = JSON.parse(readFileSync(path.join(pkg, 'manifest.json'), 'utf8'))
    const sha = written.artifacts[0].sha256 as string
    expect(written).toEqual({
      product: 'GW-7',
      version: '2.1.0',
      artifacts: [{ name: 'gw7-fw-2.1.0.img', size: 2900, sha256: sha }]
    })

    const adapt = adaptTo(sha)
    const statement = path.join(work, 'statement.json')
    writeFileSync(statement, adapt(docExample('build-provenance')))
    const { key, pub } = writeKeys(work, 'ec')
    const signed = await cli(['package', 'sign', pkg, '--key', key, '--provenance', statement])
    expect(signed.code).toBe(0)
    expect(signed.stdout).toContain('manifest.json.sig')
    expect(signed.stdout).toContain('provenance.dsse.json')

    const files: Record<string, string> = {
      'signing-event': 'signing-event.yaml',
      'release-approval': 'approval.yaml',
      'rollback-recovery-tests': 'tests.yaml',
      'recovery-procedure': 'recovery-procedure.md',
      'affected-versions': 'affected-versions.yaml',
      'customer-notification': 'notification.yaml',
      'deployment-records': 'deployments.yaml'
    }
    // Before the records: init's templates are there, check lists every value left to fill in.
    const before = await cli(['package', 'check', pkg, '--key', pub, '--at', EVAL_TIME])
    expect(before.code).toBe(2)
    expect(before.stdout).toContain(
      'value(s) still to fill in (marked FILL-IN; examples: docs/evidence-format.md#record-examples):'
    )
    expect(before.stdout).toMatch(
      /\n {2}TO FILL IN approval\.yaml:\d+: sha256: "FILL-IN: its sha256/
    )
    const index = path.join(pkg, 'update-evidence.yaml')
    writeFileSync(
      index,
      readFileSync(index, 'utf8')
        .replace(/owners: \["FILL-IN: [^"]*"\]/, 'owners: [GW-7 release owner]')
        .replace(/locations: \["FILL-IN: [^"]*"\]/, 'locations: [release records, deployment logs]')
    )
    // A listed record that is not there: named with its kind and what to do.
    rmSync(path.join(pkg, 'approval.yaml'))
    writeFileSync(path.join(pkg, 'recovery-procedure.md'), adapt(docExample('recovery-procedure')))
    for (const kind of Object.keys(files).filter(
      k => k !== 'release-approval' && k !== 'recovery-procedure'
    ))
      writeFileSync(path.join(pkg, files[kind]!), adapt(docExample(kind)))
    const missing = await cli(['package', 'check', pkg, '--key', pub, '--at', EVAL_TIME])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toContain(
      "MISSING approval.yaml: evidence 'approval' (kind release-approval) is listed in update-evidence.yaml but the file is not in the package"
    )
    expect(missing.stdout).toContain('to reach level 4 (verified) add')

    for (const [kind, file] of Object.entries(files))
      writeFileSync(path.join(pkg, file), adapt(docExample(kind)))
    // The records are signed by whoever vouches for them; the release key (it stands for the
    // supplier's systems here) signs all but the approval, first the approval too.
    const records = await cli(['package', 'sign', pkg, '--key', key, '--record', 'signing-event', 'approval', 'tests', 'affected-versions', 'notification', 'deployments']) // prettier-ignore
    expect(records.code).toBe(0)
    expect(records.stdout).toContain('approval.yaml.sig')
    expect(readFileSync(index, 'utf8')).toContain('signature: approval.yaml.sig')
    // Carol's approval signed with the key that signed the manifest and the provenance makes her
    // their signer (separation of duties): check says so.
    const oneKey = await cli(['package', 'check', pkg, '--key', pub, '--at', EVAL_TIME])
    expect(oneKey.code).toBe(2)
    expect(oneKey.stdout).toContain(
      '- approval.approver_is_signer: carol@supplier.example both approved and signed the release: key gw7-release, theirs in the trust configuration, signed manifest'
    )
    expect(oneKey.stdout).toContain(
      '- approval.approver_is_builder: carol@supplier.example both approved and built the release'
    )
    // Carol signs her approval with her own key.
    const carol = writeKeys(work, 'ed25519')
    const approval = await cli(['package', 'sign', pkg, '--key', carol.key, '--record', 'approval'])
    expect(approval.code).toBe(0)

    const check = await cli(['package', 'check', pkg, '--key', pub, '--key', carol.pub, '--at', EVAL_TIME]) // prettier-ignore
    expect(check.stdout).toContain('nothing to add: level 5')
    expect(check.stdout).toContain('signature of manifest.json: verified')
    expect(check.stdout).toContain('signature of provenance.dsse.json: verified')
    expect(check.code).toBe(0)

    const trust = gw7Trust(work, pub, carol.pub)
    const evaluated = await cli(['evaluate', pkg, '--trust', trust, '--at', EVAL_TIME])
    expect(evaluated.stderr).toBe('')
    expect(evaluated.stdout).toMatch(/^update-gate: APPROVE: approved for deployment\n/)
    expect(evaluated.stdout).toContain('Evidence maturity: level 5')
    expect(evaluated.stdout).toContain('manifest.json.sig: verified by key gw7-release')
    expect(evaluated.code).toBe(0)
  })
  it("init's record templates validate as soon as filled in: filled, the package reaches approve", async () => {
    const work = tempDir()
    const { pkg, sha, key, pub, init } = await gw7Package(work)
    const templates = [
      'signing-event.yaml', 'approval.yaml', 'tests.yaml', 'recovery-procedure.md',
      'affected-versions.yaml', 'notification.yaml', 'deployments.yaml'
    ] // prettier-ignore
    for (const file of ['update-evidence.yaml', ...templates])
      expect(init.stdout).toContain(`\n  ${file}\n`)
    expect(readdirSync(pkg).sort()).toEqual(
      [...templates, 'update-evidence.yaml', 'artifacts', 'manifest.json', 'manifest.json.sig', 'provenance.dsse.json'].sort()
    ) // prettier-ignore

    // Every placeholder replaced by a value of the kind it names, nothing else edited.
    const value: Record<string, Record<string, string> & { '*': string }> = {
      'signing-event.yaml': { signer: 'release-signing@gw7.example', keyId: 'gw7-release', time: '2026-10-02T10:00:00Z', '*': '' },
      'approval.yaml': { name: 'gw7-fw-2.1.0.img', sha256: sha, approver: 'carol@supplier.example', decision: 'approved', time: '2026-10-01T15:00:00Z', '*': 'REL-7' },
      'tests.yaml': { outcome: 'passed', time: '2026-10-01T10:00:00Z', reference: 'TEST-7', '*': 'Automatic rollback to 2.0.0 on a failed health check.' },
      'affected-versions.yaml': { record: 'GW7-PSIRT-1', introduced: '1.0.0', remediation: 'Fixes the parser.', '*': '' },
      'notification.yaml': { status: 'sent', audience: 'GW-7 operators', text: 'Update to 2.1.0.', '*': '' },
      'deployments.yaml': { time: '2026-10-05T09:00:00Z', outcome: 'succeeded', devices: '3', reference: 'DEP-7', retainedAt: 'GW-7 deployment log', '*': '' },
      'recovery-procedure.md': { '*': 'the device boots the previous version.' },
      'update-evidence.yaml': { '*': 'GW-7 release records' }
    } // prettier-ignore
    for (const file of ['update-evidence.yaml', ...templates]) {
      const text = readFileSync(path.join(pkg, file), 'utf8')
      const filled = text.replace(
        /(?:(\w+): )?"FILL-IN: [^"]*"|FILL-IN: .*$/gm,
        (whole, key: string | undefined) => {
          const v = (key && value[file]![key]) ?? value[file]!['*']
          expect(v).not.toBe('') // every placeholder has a value in the table above
          // YAML values as JSON strings (devices a number, as its placeholder asks); Markdown as is
          if (file.endsWith('.md')) return v!
          return key ? `${key}: ${key === 'devices' ? v : JSON.stringify(v)}` : JSON.stringify(v)
        }
      ) // prettier-ignore
      expect(filled).not.toContain('FILL-IN')
      writeFileSync(path.join(pkg, file), filled)
    }
    // Filled in, the records are signed by whoever vouches for them: Carol her approval, the
    // release key the rest.
    const carol = writeKeys(work, 'ed25519')
    const approval = await cli(['package', 'sign', pkg, '--key', carol.key, '--record', 'approval'])
    expect(approval.stderr).toBe('')
    const ids = (await cli(['package', 'sign', pkg, '--key', key, '--record', 'signing-event', 'tests', 'affected-versions', 'notification', 'deployments'])) // prettier-ignore
    expect(ids.stderr).toBe('')
    const check = await cli(['package', 'check', pkg, '--key', pub, '--key', carol.pub, '--at', EVAL_TIME]) // prettier-ignore
    expect(check.stderr).toBe('')
    expect(check.stdout).toContain(
      'update-evidence.yaml and every record: valid (schemas and references)'
    )
    expect(check.stdout).toContain('maturity with a neutral trust')
    expect(check.code).toBe(0)
    const evaluated = await cli(packageArgs(['evaluate'], pkg, gw7Trust(work, pub, carol.pub)))
    expect(evaluated.stderr).toBe('')
    expect(evaluated.stdout).toMatch(/^update-gate: APPROVE: approved for deployment\n/)
    expect(evaluated.code).toBe(0)
  })
})

describe('package manifest takes release files of any size, and only files', () => {
  const initP = async () => {
    const pkg = path.join(tempDir(), 'pkg')
    expect((await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])).code).toBe(0) // prettier-ignore
    return pkg
  }

  it('an artifact over 2 GiB (a sparse file) is listed with its size and sha256, in constant memory', async () => {
    const pkg = await initP()
    // 2 GiB and one byte of zeros: more than one readFile can hold.
    mkdirSync(path.join(pkg, 'artifacts'), { recursive: true })
    writeFileSync(path.join(pkg, 'artifacts', 'image.bin'), '')
    truncateSync(path.join(pkg, 'artifacts', 'image.bin'), 2 ** 31 + 1)
    const out = await cli(['package', 'manifest', pkg])
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    expect(JSON.parse(readFileSync(path.join(pkg, 'manifest.json'), 'utf8')).artifacts).toEqual([
      {
        name: 'image.bin',
        size: 2 ** 31 + 1,
        // sha256sum of 2147483649 zero bytes.
        sha256: 'b8030a8ab89280935633d8d991da3d9907c0f12e8b6fc3bfc515f4d440872b6e'
      }
    ])
  }, 60_000)

  it('copies a given file (through a symbolic link too), takes an identical copy again, refuses a different one', async () => {
    const pkg = await initP()
    const work = path.dirname(pkg)
    writeFileSync(path.join(work, 'fw.bin'), 'firmware 1.0.1\n')
    symlinkSync(path.join(work, 'fw.bin'), path.join(work, 'latest.bin'))
    expect((await cli(['package', 'manifest', pkg, path.join(work, 'latest.bin')])).code).toBe(0)
    expect(readFileSync(path.join(pkg, 'artifacts', 'latest.bin'), 'utf8')).toBe('firmware 1.0.1\n')
    expect(lstatSync(path.join(pkg, 'artifacts', 'latest.bin')).isFile()).toBe(true)
    expect((await cli(['package', 'manifest', pkg, path.join(work, 'latest.bin')])).code).toBe(0)
    writeFileSync(path.join(work, 'fw.bin'), 'firmware 1.0.2\n')
    const different = await cli(['package', 'manifest', pkg, path.join(work, 'latest.bin')])
    expect(different.code).toBe(2)
    expect(different.stderr).toContain(
      'artifacts/latest.bin: a different file of that name is already in artifacts/; remove it first'
    )
  })

  it('a copy stopped by a signal removes its temporary file, and the run ends by the signal', async () => {
    const pkg = await initP()
    const image = path.join(path.dirname(pkg), 'image.bin')
    writeFileSync(image, '')
    truncateSync(image, 2 ** 30)
    // The bundled CLI in a process of its own, stopped while it copies the 1 GiB artifact.
    const run = spawn(process.execPath, [path.join(REPO, 'bin/update-gate.js'), 'package', 'manifest', pkg, image], { stdio: 'ignore' }) // prettier-ignore
    let ended: [number | null, string | null] | undefined
    const exit = new Promise<[number | null, string | null]>(resolve =>
      run.on('exit', (code, signal) => resolve((ended = [code, signal])))
    )
    const artifacts = path.join(pkg, 'artifacts')
    const copying = () => readdirSync(artifacts).some(name => name.endsWith('.tmp'))
    while (ended === undefined && !copying()) await new Promise(resolve => setTimeout(resolve, 5))
    expect(ended).toBeUndefined()
    run.kill('SIGINT')
    expect(await exit).toEqual([null, 'SIGINT'])
    expect(readdirSync(artifacts)).toEqual([])
  }, 60_000)

  it('a temporary file a killed run left under artifacts/ is refused naming it, never listed', async () => {
    const pkg = await initP()
    writeFileSync(path.join(pkg, 'artifacts', 'image.bin'), 'image')
    writeFileSync(path.join(pkg, 'artifacts', '.image.bin.0123456789ab.tmp'), 'ima')
    const out = await cli(['package', 'manifest', pkg])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'update-gate: error: artifacts/.image.bin.0123456789ab.tmp: a temporary file a write left behind when its run was killed, no release file; remove it, then write the manifest again\n'
    })
    expect(existsSync(path.join(pkg, 'manifest.json'))).toBe(false)
  })

  it('a FIFO, a directory or a missing file is an error naming it, never a wait', async () => {
    const pkg = await initP()
    const work = path.dirname(pkg)
    execFileSync('mkfifo', [path.join(work, 'pipe.bin')])
    const cases: [string, string][] = [
      ['pipe.bin', 'not a regular file; give the release file itself'],
      ['.', 'not a regular file; give the release file itself'],
      ['missing.bin', 'artifact does not exist']
    ]
    for (const [given, message] of cases) {
      const out = await cli(['package', 'manifest', pkg, path.join(work, given)])
      expect(out.code).toBe(2)
      expect(out.stderr).toContain(`${path.join(work, given)}: ${message}`)
    }
  })
})

describe('package init refuses a package evaluate would refuse', () => {
  it('a configuration id or a vulnerability twice, or a product over the schema limit, names the option; nothing is written', async () => {
    const work = tempDir()
    const init = (...more: string[]) =>
      cli(['package', 'init', path.join(work, 'pkg'), '--from', '1.0.0', '--to', '1.0.1', ...more])
    expect(
      await init('--product', 'P', '--configuration', 'a=X', '--configuration', 'a=Y')
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "update-gate: error: --configuration: configuration id 'a' appears more than once; must be unique\n"
    })
    expect(
      await init('--product', 'P', '--vulnerability', 'CVE-1', '--vulnerability', 'CVE-1')
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: "update-gate: error: --vulnerability: 'CVE-1' is given more than once\n"
    })
    const long = await init('--product', 'P'.repeat(1001))
    expect(long.code).toBe(2)
    expect(long.stderr).toMatch(
      /^update-gate: error: --product: must NOT have more than 1000 characters/
    )
    expect(readdirSync(work)).toEqual([])
  })
})

describe('package init into a file', () => {
  it('names <dir>, and writes nothing', async () => {
    const work = tempDir()
    const file = path.join(work, 'trust.yaml')
    writeFileSync(file, 'x')
    const init = (dir: string) =>
      cli(['package', 'init', dir, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])
    for (const [dir, why] of [
      [file, 'is a file; give a directory (a new one, or an existing one)'],
      [path.join(file, 'pkg'), 'lies under a file; give a directory path']
    ]) {
      expect(await init(dir!)).toEqual({
        code: 2,
        stdout: '',
        stderr: `update-gate: error: ${dir}: <dir>: ${why}\n`
      })
    }
    expect(readdirSync(work)).toEqual(['trust.yaml'])
  })
})

describe('a file where artifacts/ goes', () => {
  it('is a usage error naming it, for init and manifest alike; nothing is written', async () => {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    const args = ['--product', 'P', '--from', '1.0.0', '--to', '1.0.1']
    expect((await cli(['package', 'init', pkg, ...args])).code).toBe(0)
    rmSync(path.join(pkg, 'artifacts'), { recursive: true })
    writeFileSync(path.join(pkg, 'artifacts'), 'not a directory')
    writeFileSync(path.join(work, 'a.bin'), 'artifact')
    const why = `update-gate: error: ${path.join(pkg, 'artifacts')}: is not a directory; the package's release files go in artifacts/ (move or remove it)\n`
    expect(await cli(['package', 'manifest', pkg, path.join(work, 'a.bin')])).toEqual({
      code: 2,
      stdout: '',
      stderr: why
    })
    expect(existsSync(path.join(pkg, 'manifest.json'))).toBe(false)
    const fresh = path.join(work, 'fresh')
    mkdirSync(fresh)
    writeFileSync(path.join(fresh, 'artifacts'), 'not a directory')
    const init = await cli(['package', 'init', fresh, ...args])
    expect(init.code).toBe(2)
    expect(init.stderr).toContain('artifacts: is not a directory')
    expect(readdirSync(fresh)).toEqual(['artifacts'])
  })
})

describe('a symbolic link in a package', () => {
  it('where artifacts/ goes is refused naming it: nothing is copied into or hashed from the directory it points to', async () => {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    expect((await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])).code).toBe(0) // prettier-ignore
    const elsewhere = path.join(work, 'elsewhere')
    mkdirSync(elsewhere)
    writeFileSync(path.join(elsewhere, 'secret.bin'), 'not a release file')
    rmSync(path.join(pkg, 'artifacts'), { recursive: true })
    symlinkSync(elsewhere, path.join(pkg, 'artifacts'))
    writeFileSync(path.join(work, 'a.bin'), 'artifact')
    expect(await cli(['package', 'manifest', pkg, path.join(work, 'a.bin')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `update-gate: error: ${path.join(pkg, 'artifacts')}: is a symbolic link; the package's release files go in a directory artifacts/ of its own (replace the link by a directory)\n`
    })
    expect(readdirSync(elsewhere)).toEqual(['secret.bin'])
    expect(existsSync(path.join(pkg, 'manifest.json'))).toBe(false)
  })

  it('package check reads no record out of the package for its values to fill in', async () => {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    expect((await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])).code).toBe(0) // prettier-ignore
    writeFileSync(path.join(work, 'private.txt'), 'FILL-IN: a line of a file outside the package\n')
    rmSync(path.join(pkg, 'approval.yaml'))
    symlinkSync(path.join(work, 'private.txt'), path.join(pkg, 'approval.yaml'))
    const out = await cli(['package', 'check', pkg])
    expect(out.code).toBe(2)
    expect(out.stdout).toContain('TO FILL IN tests.yaml:')
    expect(out.stdout).not.toContain('outside the package')
  })
})

describe('package sign reads every input before it writes, and never overwrites another file with the public key', () => {
  /** The signing event and approval of `manifested()`'s package, filled in. */
  const SIGNING_EVENT = [
    'apiVersion: update-gate.dev/v1',
    'kind: SigningEvent',
    'product: P',
    'version: 1.0.1',
    'signer: rita@supplier.example',
    'keyId: p-release',
    'time: 2026-10-02T10:00:00Z',
    'subject: manifest',
    ''
  ].join('\n')
  const APPROVAL = [
    'apiVersion: update-gate.dev/v1',
    'kind: ReleaseApproval',
    'product: P',
    'version: 1.0.1',
    'approvedArtifacts: [{ name: a.bin, sha256: ' + 'ab'.repeat(32) + ' }]',
    'approvals:',
    '  - { approver: carol@supplier.example, role: release-approver, decision: approved, time: 2026-10-01T15:00:00Z }',
    ''
  ].join('\n')

  async function manifested() {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    expect((await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])).code).toBe(0) // prettier-ignore
    writeFileSync(path.join(work, 'a.bin'), 'artifact')
    expect((await cli(['package', 'manifest', pkg, path.join(work, 'a.bin')])).code).toBe(0)
    return { work, pkg, ...writeKeys(work, 'ed25519') }
  }

  it('--public-key naming the private key, an artifact or another key is refused; nothing is written', async () => {
    const { work, pkg, key } = await manifested()
    const other = writeKeys(path.join(work), 'ec').pub
    for (const target of [key, path.join(work, 'a.bin'), other]) {
      const before = readFileSync(target)
      const out = await cli(['package', 'sign', pkg, '--key', key, '--public-key', target])
      expect(out.code).toBe(2)
      expect(out.stderr).toContain(
        `${target}: --public-key: already exists and does not hold the public key of --key`
      )
      expect(readFileSync(target)).toEqual(before)
    }
    // A FIFO is refused without being opened (reading it would wait for a writer).
    const fifo = path.join(work, 'pipe.pub')
    execFileSync('mkfifo', [fifo])
    const out = await cli(['package', 'sign', pkg, '--key', key, '--public-key', fifo])
    expect(out.code).toBe(2)
    expect(out.stderr).toContain(`${fifo}: --public-key: already exists`)
    expect(readdirSync(pkg)).not.toContain('manifest.json.sig')
  })

  it('--public-key already holding that public key is written again, for records too', async () => {
    const { pkg, key, pub } = await manifested()
    const before = readFileSync(pub, 'utf8')
    const signed = await cli(['package', 'sign', pkg, '--key', key, '--public-key', pub])
    expect(signed.code).toBe(0)
    expect(readFileSync(pub, 'utf8')).toBe(before)
    const fresh = path.join(path.dirname(pkg), 'records.pub')
    writeFileSync(path.join(pkg, 'signing-event.yaml'), SIGNING_EVENT)
    const records = await cli(['package', 'sign', pkg, '--key', key, '--record', 'signing-event', '--public-key', fresh]) // prettier-ignore
    expect(records.code).toBe(0)
    expect(readFileSync(fresh, 'utf8')).toBe(before)
  })

  it('--public-key in a directory that does not exist is refused naming it; nothing is written', async () => {
    const { work, pkg, key } = await manifested()
    const target = path.join(work, 'nod', 'k.pub')
    const out = await cli(['package', 'sign', pkg, '--key', key, '--public-key', target])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `update-gate: error: ${target}: --public-key: the public key directory '${path.dirname(target)}' does not exist; create it or give another path\n`
    })
    expect(readdirSync(pkg)).not.toContain('manifest.json.sig')
  })

  it('--public-key is written like the package files: never over a file the index names, an artifact, through a symlink, or where this run signs', async () => {
    const { work, pkg, key, pub } = await manifested()
    const index = readFileSync(path.join(pkg, 'update-evidence.yaml'))
    const outside = path.join(work, 'outside')
    mkdirSync(outside)
    symlinkSync(outside, path.join(pkg, 'keys'))
    symlinkSync(path.join(work, 'nowhere.pub'), path.join(work, 'dangling.pub'))
    symlinkSync(pub, path.join(work, 'same.pub'))
    // The package directory reached through a symlink outside it.
    symlinkSync(pkg, path.join(work, 'pkg-link'))
    writeFileSync(path.join(pkg, 'approval.yaml'), APPROVAL)
    const cases: [string, string[], string][] = [
      [path.join(pkg, 'manifest.json.sig'), [], "'manifest.json.sig' is also evidence[0].signature; give this file a path of its own"],
      [path.join(work, 'pkg-link', 'manifest.json.sig'), [], "'manifest.json.sig' is also evidence[0].signature"],
      [path.join(pkg, 'provenance.dsse.json'), [], "'provenance.dsse.json' is also evidence[1].file"],
      [path.join(pkg, 'artifacts', 'release.pub'), [], "'artifacts/release.pub' is also a release file under artifacts/"],
      [path.join(pkg, 'keys', 'release.pub'), [], "'keys/release.pub' lies under 'keys', a symbolic link; nothing is written through it"],
      [path.join(work, 'dangling.pub'), [], "'dangling.pub' is a symbolic link; nothing is written through it"],
      [path.join(work, 'same.pub'), [], "'same.pub' is a symbolic link; nothing is written through it"],
      // Not named in the index yet: the signature --record is about to write there.
      [path.join(pkg, 'approval.yaml.sig'), ['--record', 'approval'], "update-evidence.yaml: evidence[3].signature: 'approval.yaml.sig' is also --public-key"]
    ] // prettier-ignore
    for (const [target, more, message] of cases) {
      const out = await cli(['package', 'sign', pkg, '--key', key, '--public-key', target, ...more]) // prettier-ignore
      expect(out.code).toBe(2)
      expect(out.stdout).toBe('')
      expect(out.stderr).toContain(message)
      if (!message.startsWith('update-evidence.yaml:'))
        expect(out.stderr).toContain(`update-gate: error: ${target}: --public-key: `)
    }
    expect(readdirSync(pkg).filter(f => /\.(sig|pub|tmp)$/.test(f))).toEqual([])
    expect(readdirSync(path.join(pkg, 'artifacts'))).toEqual(['a.bin'])
    expect(readdirSync(outside)).toEqual([])
    expect(existsSync(path.join(work, 'nowhere.pub'))).toBe(false)
    expect(readFileSync(path.join(pkg, 'update-evidence.yaml'))).toEqual(index)
    // A file of its own in the package is written, as one outside it.
    const own = await cli(['package', 'sign', pkg, '--key', key, '--public-key', path.join(pkg, 'release.pub')]) // prettier-ignore
    expect(own.code).toBe(0)
    expect(readFileSync(path.join(pkg, 'release.pub'), 'utf8')).toBe(readFileSync(pub, 'utf8'))
    expect(lstatSync(path.join(work, 'same.pub')).isSymbolicLink()).toBe(true)
  })

  it('--record signs only what evaluate reads as it is: not a template, not a record it refuses; nothing is written', async () => {
    const { pkg, key } = await manifested()
    const index = readFileSync(path.join(pkg, 'update-evidence.yaml'))
    const sign = () => cli(['package', 'sign', pkg, '--key', key, '--record', 'approval', 'signing-event']) // prettier-ignore
    writeFileSync(path.join(pkg, 'approval.yaml'), APPROVAL)
    expect(await sign()).toEqual({
      code: 2,
      stdout: '',
      stderr: `update-gate: error: signing-event.yaml: still holds values to fill in (FILL-IN: ...); write them (update-gate package check ${pkg} lists them), then sign\n`
    })
    // A lone carriage return: YAML readers would end a comment there, the gate refuses it.
    writeFileSync(
      path.join(pkg, 'signing-event.yaml'),
      SIGNING_EVENT.replace('\nsubject', ' # ok\rsubject')
    )
    const lone = await sign()
    expect(lone.code).toBe(2)
    expect(lone.stderr).toMatch(
      /^update-gate: error: signing-event\.yaml: has a carriage return not followed by a line feed/
    )
    writeFileSync(
      path.join(pkg, 'signing-event.yaml'),
      SIGNING_EVENT.replace('time: 2026-10-02T10:00:00Z', 'time: yesterday')
    )
    const invalid = await sign()
    expect(invalid.code).toBe(2)
    expect(invalid.stderr).toMatch(/^update-gate: error: signing-event\.yaml: time: /)
    expect(readdirSync(pkg).filter(f => f.endsWith('.sig'))).toEqual([])
    expect(readFileSync(path.join(pkg, 'update-evidence.yaml'))).toEqual(index)
  })

  it('--record with --provenance is a usage error, not a --provenance ignored', async () => {
    const { work, pkg, key } = await manifested()
    const index = readFileSync(path.join(pkg, 'update-evidence.yaml'))
    writeFileSync(path.join(work, 'statement.json'), '{}')
    const out = await cli(['package', 'sign', pkg, '--key', key, '--record', 'approval', '--provenance', path.join(work, 'statement.json')]) // prettier-ignore
    expect(out.code).toBe(2)
    expect(out.stderr).toBe(
      'update-gate: error: --provenance: signs the build provenance, with the manifest; --record signs records instead: sign each in its own run\n'
    )
    expect(readFileSync(path.join(pkg, 'update-evidence.yaml'))).toEqual(index)
    expect(readdirSync(pkg)).not.toContain('approval.yaml.sig')
  })

  it('a symlink planted where the signature goes is refused, never written through (the key stays)', async () => {
    const { work, pkg, key } = await manifested()
    const before = readFileSync(key)
    symlinkSync(path.join('..', path.basename(key)), path.join(pkg, 'manifest.json.sig'))
    const out = await cli(['package', 'sign', pkg, '--key', key])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "update-gate: error: update-evidence.yaml: evidence[0].signature: 'manifest.json.sig' is a symbolic link; nothing is written through it\n"
    })
    expect(readFileSync(key)).toEqual(before)
    expect(lstatSync(path.join(pkg, 'manifest.json.sig')).isSymbolicLink()).toBe(true)
    // A symlinked manifest is not overwritten with a new one, nor is the file it points to.
    const outside = path.join(work, 'outside.json')
    writeFileSync(outside, "not the package's")
    rmSync(path.join(pkg, 'manifest.json'))
    symlinkSync(outside, path.join(pkg, 'manifest.json'))
    const manifest = await cli(['package', 'manifest', pkg])
    expect(manifest.code).toBe(2)
    expect(manifest.stderr).toContain(
      "evidence[0].file: 'manifest.json' is a symbolic link; nothing is written through it"
    )
    expect(readFileSync(outside, 'utf8')).toBe("not the package's")
  })

  it('a signature or manifest path naming an artifact, the index, another item or the key is refused; nothing is written', async () => {
    const { pkg, key } = await manifested()
    const indexFile = path.join(pkg, 'update-evidence.yaml')
    const index = readFileSync(indexFile, 'utf8')
    const artifact = readFileSync(path.join(pkg, 'artifacts', 'a.bin'))
    const cases: [string, string[], string][] = [
      ['signature: manifest.json.sig', ['sign'], "evidence[0].signature: 'artifacts/a.bin' is also a release file under artifacts/"],
      ['signature: manifest.json.sig', ['sign'], "evidence[0].signature: 'update-evidence.yaml' is also the index"],
      ['signature: manifest.json.sig', ['sign'], "evidence[0].signature: 'approval.yaml' is also evidence[3].file"],
      ['file: manifest.json', ['manifest'], "evidence[0].file: 'update-evidence.yaml' is also the index"]
    ] // prettier-ignore
    const targets = [
      'artifacts/a.bin',
      'update-evidence.yaml',
      'approval.yaml',
      'update-evidence.yaml'
    ]
    for (const [i, [field, command, message]] of cases.entries()) {
      writeFileSync(indexFile, index.replace(field, `${field.split(':')[0]}: ${targets[i]}`))
      const written = readFileSync(indexFile)
      const args = command[0] === 'sign' ? ['package', 'sign', pkg, '--key', key] : ['package', 'manifest', pkg] // prettier-ignore
      const out = await cli(args)
      expect(out.code).toBe(2)
      expect(out.stderr).toContain(`update-gate: error: update-evidence.yaml: ${message}`)
      expect(readFileSync(indexFile)).toEqual(written)
      expect(readFileSync(path.join(pkg, 'artifacts', 'a.bin'))).toEqual(artifact)
    }
    // The key inside the package, named as the signature: never replaced by it.
    const inside = path.join(pkg, 'release.key')
    writeFileSync(inside, readFileSync(key))
    writeFileSync(
      indexFile,
      index.replace('signature: manifest.json.sig', 'signature: release.key')
    )
    const out = await cli(['package', 'sign', pkg, '--key', inside])
    expect(out.code).toBe(2)
    expect(out.stderr).toContain(
      `'release.key' is ${inside}, which this command reads; it is never overwritten`
    )
    expect(readFileSync(inside)).toEqual(readFileSync(key))
    expect(readdirSync(pkg).filter(f => f.endsWith('.sig') || f.endsWith('.tmp'))).toEqual([])
  })

  it('a record that is a symlink out of the package, or a directory, is refused naming it; nothing is signed', async () => {
    const { work, pkg, key } = await manifested()
    const index = readFileSync(path.join(pkg, 'update-evidence.yaml'))
    writeFileSync(path.join(work, 'approval.yaml'), APPROVAL)
    rmSync(path.join(pkg, 'approval.yaml'))
    symlinkSync(path.join(work, 'approval.yaml'), path.join(pkg, 'approval.yaml'))
    const outside = await cli(['package', 'sign', pkg, '--key', key, '--record', 'approval'])
    expect(outside).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "update-gate: error: update-evidence.yaml: evidence[3].file: path 'approval.yaml' resolves (through a symlink) outside the root\n"
    })
    rmSync(path.join(pkg, 'approval.yaml'))
    mkdirSync(path.join(pkg, 'approval.yaml'))
    const directory = await cli(['package', 'sign', pkg, '--key', key, '--record', 'approval'])
    expect(directory.code).toBe(2)
    expect(directory.stderr).toContain(
      'approval.yaml: evidence[3].file: is a directory, not a regular file; only regular files are read'
    )
    expect(readdirSync(pkg).filter(f => f.endsWith('.sig'))).toEqual([])
    expect(readFileSync(path.join(pkg, 'update-evidence.yaml'))).toEqual(index)
  })

  it('a FIFO or a device as --key, --provenance or evaluate --sign-key is refused naming the option, at once', async () => {
    const { work, pkg, key } = await manifested()
    const fifo = path.join(work, 'fifo.key')
    execFileSync('mkfifo', [fifo])
    const started = Date.now()
    const runs: [string[], string][] = [
      [['package', 'sign', pkg, '--key', fifo], `${fifo}: --key: is a FIFO (named pipe), not a regular file`],
      [['package', 'check', pkg, '--key', fifo], `${fifo}: --key: is a FIFO (named pipe), not a regular file`],
      [['package', 'sign', pkg, '--key', key, '--provenance', '/dev/zero'], '/dev/zero: --provenance: is a character device, not a regular file'],
      [seedArgs(['evaluate'], 'strong', '--format', 'vsa', '--sign-key', fifo), `${fifo}: --sign-key: is a FIFO (named pipe), not a regular file`]
    ] // prettier-ignore
    for (const [args, message] of runs) {
      const out = await cli(args)
      expect(out.code).toBe(2)
      expect(out.stderr).toContain(message)
    }
    expect(Date.now() - started).toBeLessThan(8_000)
    expect(readdirSync(pkg)).not.toContain('manifest.json.sig')
  }, 10_000)

  it('a statement that cannot be signed leaves the manifest unsigned', async () => {
    const { work, pkg, key } = await manifested()
    writeFileSync(path.join(work, 'statement.json'), '{"_type": "not a statement"}')
    const out = await cli(['package', 'sign', pkg, '--key', key, '--provenance', path.join(work, 'statement.json')]) // prettier-ignore
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('_type')
    expect(readdirSync(pkg)).not.toContain('manifest.json.sig')
  })
})

describe('package sign writes what openssl and node:crypto verify', () => {
  async function signedPackage(type: 'ec' | 'ed25519') {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    expect((await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])).code).toBe(0) // prettier-ignore
    writeFileSync(path.join(work, 'a.bin'), 'artifact')
    expect((await cli(['package', 'manifest', pkg, path.join(work, 'a.bin')])).code).toBe(0)
    const statement = path.join(work, 'statement.json')
    writeFileSync(statement, docExample('build-provenance'))
    const keys = writeKeys(work, type)
    const out = await cli(['package', 'sign', pkg, '--key', keys.key, '--provenance', statement])
    expect(out.code).toBe(0)
    return { work, pkg, statement, ...keys }
  }

  it('ECDSA P-256: the .sig is base64 DER over the manifest bytes; the DSSE signature is over PAE', async () => {
    const { work, pkg, statement, pub } = await signedPackage('ec')
    const manifest = readFileSync(path.join(pkg, 'manifest.json'))
    const sigText = readFileSync(path.join(pkg, 'manifest.json.sig'), 'utf8')
    expect(sigText).toMatch(/^[A-Za-z0-9+/]+=*$/) // base64, no newline, as cosign writes it
    const der = Buffer.from(sigText, 'base64')
    const publicKey = createPublicKey(readFileSync(pub))
    expect(verify('sha256', manifest, publicKey, der)).toBe(true)
    expect(opensslVerify(pub, der, path.join(pkg, 'manifest.json'))).toContain('Verified OK')

    const envelope = JSON.parse(readFileSync(path.join(pkg, 'provenance.dsse.json'), 'utf8'))
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    const payload = Buffer.from(envelope.payload, 'base64')
    expect(payload.equals(readFileSync(statement))).toBe(true) // the statement's exact bytes
    const paeBytes = pae(envelope.payloadType, payload)
    expect(paeBytes.subarray(0, 40).toString()).toBe(
      `DSSEv1 28 application/vnd.in-toto+json ${payload.length} `.slice(0, 40)
    )
    const dsseSig = Buffer.from(envelope.signatures[0].sig, 'base64')
    expect(verify('sha256', paeBytes, publicKey, dsseSig)).toBe(true)
    expect(verify('sha256', payload, publicKey, dsseSig)).toBe(false)
    writeFileSync(path.join(work, 'pae.bin'), paeBytes)
    expect(opensslVerify(pub, dsseSig, path.join(work, 'pae.bin'))).toContain('Verified OK')
    expect(envelope.signatures[0].keyid).toBe(
      keyFingerprint(parsePublicKey(readFileSync(pub, 'utf8'), 'k', {}).key)
    )
  })

  it('Ed25519: openssl pkeyutl verifies the manifest signature', async () => {
    const { work, pkg, pub } = await signedPackage('ed25519')
    const sig = Buffer.from(readFileSync(path.join(pkg, 'manifest.json.sig'), 'utf8'), 'base64')
    expect(sig).toHaveLength(64)
    writeFileSync(path.join(work, 'sig.bin'), sig)
    expect(
      openssl([
        'pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin',
        '-in', path.join(pkg, 'manifest.json'), '-sigfile', path.join(work, 'sig.bin')
      ]) // prettier-ignore
    ).toContain('Signature Verified Successfully')
  })

  it('refuses keys it cannot use, naming the file and the fix', async () => {
    const work = tempDir()
    const pkg = path.join(work, 'pkg')
    await cli(['package', 'init', pkg, '--product', 'P', '--from', '1.0.0', '--to', '1.0.1'])
    writeFileSync(path.join(work, 'a.bin'), 'artifact')
    await cli(['package', 'manifest', pkg, path.join(work, 'a.bin')])
    const rsa = path.join(work, 'rsa.key')
    writeRsaKey(rsa)
    const r1 = await cli(['package', 'sign', pkg, '--key', rsa])
    expect(r1.code).toBe(2)
    expect(r1.stderr).toContain(`${rsa}: unsupported key type rsa; use ECDSA P-256 or Ed25519`)
    const { pub } = writeKeys(work, 'ec')
    const r2 = await cli(['package', 'sign', pkg, '--key', pub])
    expect(r2.stderr).toContain(`${pub}: this is a public key; signing needs the private key`)
    const r3 = await cli(['package', 'sign', pkg, '--key', path.join(work, 'nope.key')])
    expect(r3.stderr).toContain('--key: key file does not exist')
    const statement = path.join(work, 'statement.json')
    writeFileSync(statement, docExample('build-provenance').replace('"runDetails"', '"runDetailz"'))
    const { key } = writeKeys(work, 'ed25519')
    const r4 = await cli(['package', 'sign', pkg, '--key', key, '--provenance', statement])
    expect(r4.code).toBe(2)
    expect(r4.stderr).toContain(
      `${statement}: predicate.runDetails.builder.id: is required (SLSA Provenance v1)`
    )
  })
})

describe('the gate verifies a signature cosign made', () => {
  const fixtures = path.join(REPO, 'test/fixtures/sigstore-conformance')
  const bundle = JSON.parse(
    readFileSync(path.join(fixtures, 'managed-key-happy-path/bundle.sigstore.json'), 'utf8')
  )
  const cosignSig: string = bundle.messageSignature.signature
  const blob = readFileSync(path.join(fixtures, 'a.txt'))
  const key = (pem: string, id: string) => {
    const parsed = parsePublicKey(pem, id, {})
    return {
      id,
      fingerprint: keyFingerprint(parsed.key),
      algorithm: parsed.algorithm,
      hash: parsed.hash,
      publicKey: parsed.key
    }
  }

  it('accepts the cosign sign-blob signature over a.txt with the managed key', () => {
    const pem = readFileSync(path.join(fixtures, 'managed-key-happy-path/key.pub'), 'utf8')
    const fact = signatureFact('a.txt.sig', blob, cosignSig, [key(pem, 'cosign-managed')])
    expect(fact).toMatchObject({ verified: true, keyId: 'cosign-managed' })
  })

  it('rejects it with another key and over other bytes', () => {
    const pem = readFileSync(path.join(SEED, 'keys/ic22-release-2026.pub'), 'utf8')
    expect(signatureFact('a.txt.sig', blob, cosignSig, [key(pem, 'other')]).verified).toBe(false)
    const managed = readFileSync(path.join(fixtures, 'managed-key-happy-path/key.pub'), 'utf8')
    const changed = Buffer.concat([blob, Buffer.from('\n')])
    expect(
      signatureFact('a.txt.sig', changed, cosignSig, [key(managed, 'cosign-managed')]).verified
    ).toBe(false)
  })
})

/**
 * The per-level lists of `package check`: for level 4 each control with its level and the rule
 * ids it lists, for level 5 the rule ids (and `everything listed for level 4`). Each listed line
 * must say what to add (an `add ...` clause).
 */
function levelLists(stdout: string) {
  const at4 = stdout.indexOf('to reach level 4')
  const at5 = stdout.indexOf('to reach level 5')
  const end = stdout.indexOf('\n\n', at5)
  const level4: Record<string, { level: number; rules: string[] }> = {}
  let control = ''
  for (const line of stdout.slice(at4, at5).split('\n').slice(1)) {
    const c = /^ {2}(\S+) \(now level (\d)\):$/.exec(line)
    if (c) {
      control = c[1]!
      level4[control] = { level: Number(c[2]), rules: [] }
    } else if (line.trim()) {
      const f = /^ {4}- (\S+): .*\badd\b/.exec(line)
      expect([line, Boolean(f)]).toEqual([line, true]) // each line names what to add
      level4[control]!.rules.push(f![1]!)
    }
  }
  const level5 = stdout
    .slice(at5, end)
    .split('\n')
    .slice(1)
    .map(line => line.trim().replace(/^- /, ''))
    .map(item => /^([a-z_-]+\.[a-z_]+):/.exec(item)?.[1] ?? item)
  return { level4, level5 }
}

const MISSING_RECORDS = {
  'affected-versions': { level: 1, rules: ['affected_versions.missing'] },
  approval: { level: 1, rules: ['approval.missing'] },
  notification: { level: 1, rules: ['notification.missing'] },
  provenance: { level: 1, rules: ['provenance.missing'] },
  retention: { level: 1, rules: ['retention.location_missing', 'retention.owner_missing'] },
  'rollback-recovery': { level: 1, rules: ['rollback_recovery.tests_missing'] }
}

/** `--key` for every key under `<dir>/keys`, the release key first (it takes the signing event's key id). */
const keyArgs = (dir: string): string[] =>
  readdirSync(path.join(dir, 'keys'))
    .sort((a, b) => Number(b === 'ic22-release-2026.pub') - Number(a === 'ic22-release-2026.pub'))
    .flatMap(k => ['--key', path.join(dir, 'keys', k)])

describe('package check on the seed examples lists what to add per level', () => {
  it('weak: every required control, each with the kind or field to add', async () => {
    const r = await cli(['package', 'check', path.join(SEED, 'weak'), '--at', EVAL_TIME])
    expect(r.code).toBe(2)
    const level4 = r.stdout.slice(
      r.stdout.indexOf('to reach level 4'),
      r.stdout.indexOf('to reach level 5')
    )
    for (const control of ['affected-versions', 'approval', 'notification', 'provenance', 'retention', 'rollback-recovery', 'signing'])
      expect(level4).toContain(`  ${control} (now level 1):`) // prettier-ignore
    expect(level4).toContain(
      'approval.missing: no release-approval record in the package: add an evidence item of kind release-approval'
    )
    expect(level4).toContain('retention.owner_missing: no retention owner named: add retention.owners to update-evidence.yaml') // prettier-ignore
    expect(r.stdout).toContain('retention.deployment_records_missing')
    expect(r.stdout).toContain(
      "maturity with a neutral trust (the package's own key, approvers and builders): level 1"
    )
    // The full lists, level by level.
    expect(levelLists(r.stdout)).toEqual({
      level4: { ...MISSING_RECORDS, signing: { level: 1, rules: ['signing.manifest_missing'] } },
      level5: ['retention.deployment_records_missing', 'everything listed for level 4']
    })
  })

  it('better: the signature verifies with --key; signing needs only the signing event', async () => {
    const r = await cli([
      'package', 'check', path.join(SEED, 'better'), '--at', EVAL_TIME,
      '--key', path.join(SEED, 'keys/ic22-release-2026.pub')
    ]) // prettier-ignore
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('signature of manifest.json: verified')
    expect(r.stdout).toContain(
      '  signing (now level 3):\n    - signing.signing_event_missing: no signing-event record for manifest'
    )
    expect(r.stdout).toContain(
      'add a signing-event record whose subject is the evidence id manifest (not a file name'
    )
    expect(r.stdout).toContain('maturity with a neutral trust')
    // The full lists, level by level: the signed manifest lifts signing to 3, the rest is missing.
    expect(levelLists(r.stdout)).toEqual({
      level4: {
        ...MISSING_RECORDS,
        signing: { level: 3, rules: ['signing.signing_event_missing'] }
      },
      level5: ['retention.deployment_records_missing', 'everything listed for level 4']
    })
  })

  it('all-tested: nothing to add', async () => {
    const keys = ['ic22-release-2026', 'ic22-provenance-2026', 'carol-2026', 'ic22-test-lab-2026', 'ic22-update-service-2026', 'ic22-release-records-2026'] // prettier-ignore
    const r = await cli([
      'package', 'check', path.join(SEED, 'all-tested'), '--at', EVAL_TIME,
      ...keys.flatMap(k => ['--key', path.join(SEED, `keys/${k}.pub`)])
    ]) // prettier-ignore
    expect(r.stdout).toContain('nothing to add: level 5')
  })

  it('a package with an exception evaluate accepts: the waived finding is no item to fix, and the verdict agrees', async () => {
    const signed = copySigned()
    const r = await cli(['package', 'check', path.join(signed, 'package'), '--at', EVAL_TIME, ...keyArgs(signed)]) // prettier-ignore
    // The known gap GAP-1 and the missing recovery test on regional, both waived by EXC-1.
    const waived = r.stdout.split(
      'waived by an exception of the package (nothing to fix; the decision is conditional, the configuration excluded):\n'
    )[1]
    expect(
      waived?.split('\n\n')[0]?.match(/^ {4}- [a-z_.]+ \[\w+\]: .*\(waived by EXC-1\)$/gm)
    ).toEqual([
      expect.stringMatching(/^ {4}- fleet\.known_gap \[regional\]: known gap GAP-1/),
      expect.stringMatching(/^ {4}- rollback_recovery\.recovery_test_missing \[regional\]: /)
    ])
    expect(r.stdout).toContain('package check: complete for level 4 with the exceptions above')
    expect(r.stdout).not.toContain('fix the items above')
    expect(r.code).toBe(0)
  })

  it('a package claiming the generic version scheme is checked in that scheme', async () => {
    const seed = copySeed()
    edit(path.join(seed, 'all-tested/update-evidence.yaml'), '  cohort: A\n', '  cohort: A\n  versionScheme: generic\n') // prettier-ignore
    const r = await cli(['package', 'check', path.join(seed, 'all-tested'), '--at', EVAL_TIME, ...keyArgs(seed)]) // prettier-ignore
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('nothing to add: level 5')
    expect(r.code).toBe(0)
  })

  it('examples/csaf-vex (generic versions, no scheme claimed): checked as generic, saying it cannot tell, never a SemVer error', async () => {
    const csaf = path.join(REPO, 'examples/csaf-vex')
    const r = await cli(['package', 'check', csaf, '--at', EVAL_TIME])
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(
      `  version scheme: cannot tell (the package claims none, and "1.0" is not SemVer): evaluate accepts these versions only if the buyer's trust file (products[].versionScheme) declares DEF generic, not the default semver; checked as generic; claim it with versionScheme: generic under scope in update-evidence.yaml\n`
    )
    // The affected-version analysis reads 1.0 and 1.1 as evaluate does with the example's trust.
    expect(r.stdout).toContain(
      '  affected-versions (now level 3):\n    - attestation.unsigned: record csaf-affected'
    )
    expect(r.stdout).not.toContain('affected_versions.')
    expect(r.code).toBe(2) // the other controls have no evidence
    // Claimed, the claim is the scheme.
    const claimed = tempDir()
    cpSync(csaf, claimed, { recursive: true })
    edit(path.join(claimed, 'update-evidence.yaml'), '  cohort: pilot\n', '  cohort: pilot\n  versionScheme: generic\n') // prettier-ignore
    const c = await cli(['package', 'check', claimed, '--at', EVAL_TIME])
    expect(c.stderr).toBe('')
    expect(c.stdout).toContain(
      "  version scheme: generic, as scope.versionScheme claims (evaluate refuses the package unless the buyer's trust file, products[].versionScheme, declares the same for DEF)\n"
    )
    // SemVer versions, no claim: semver, the gate's default.
    const seed = await cli(['package', 'check', path.join(SEED, 'weak'), '--at', EVAL_TIME])
    expect(seed.stdout).toContain(
      "  version scheme: not claimed; checked as semver, what the gate uses unless the buyer's trust file (products[].versionScheme) declares another for IC-22; claim it with versionScheme under scope in update-evidence.yaml\n"
    )
  })

  it('a record left unsigned caps its control at level 3: check says rejected, with no item to fix, and fails', async () => {
    const seed = copySeed()
    edit(path.join(seed, 'all-tested/update-evidence.yaml'), '      signature: notification.yaml.sig,\n', '') // prettier-ignore
    const r = await cli(['package', 'check', path.join(seed, 'all-tested'), '--at', EVAL_TIME, ...keyArgs(seed)]) // prettier-ignore
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(
      "maturity with a neutral trust (the package's own key, approvers and builders): level 3"
    )
    expect(r.stdout).toMatch(
      /\npackage check: not complete \(exit 2\): with the neutral trust the update is rejected \(.+\)\n$/
    )
    expect(r.code).toBe(2)
  })

  it("with the buyer's trust file (--trust): its keys, parties and requirements, the same lists", async () => {
    const trust = path.join(SEED, 'trust.yaml')
    const all = await cli(['package', 'check', path.join(SEED, 'all-tested'), '--trust', trust, '--at', EVAL_TIME]) // prettier-ignore
    expect(all.stderr).toBe('')
    expect(all.stdout).toContain(`maturity with the trust file ${trust}: level 5`)
    expect(all.stdout).toContain('  version scheme: semver, as the trust file declares for IC-22')
    expect(all.stdout).toContain('signature of manifest.json: verified')
    expect(all.stdout).toContain('nothing to add: level 5')
    expect(all.code).toBe(0)
    // better under the seed trust: what evaluate reports missing, per level.
    const better = await cli(['package', 'check', path.join(SEED, 'better'), '--trust', trust, '--at', EVAL_TIME]) // prettier-ignore
    expect(better.code).toBe(2)
    expect(better.stdout).toContain(`maturity with the trust file ${trust}: level 3`)
    expect(better.stdout).toContain(
      '  signing (now level 3):\n    - signing.signing_event_missing: no signing-event record for manifest'
    )
  })

  it('--trust with --key, or a trust file that is not there, is a usage or input error', async () => {
    const both = await cli([
      'package', 'check', path.join(SEED, 'strong'), '--trust', path.join(SEED, 'trust.yaml'),
      '--key', path.join(SEED, 'keys/ic22-release-2026.pub')
    ]) // prettier-ignore
    expect(both.code).toBe(2)
    expect(both.stdout).toBe('')
    expect(both.stderr).toContain(
      '--key and --trust: with a trust file its keys check the signatures; give one or the other'
    )
    const missing = await cli(['package', 'check', path.join(SEED, 'strong'), '--trust', path.join(SEED, 'nope.yaml')]) // prettier-ignore
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.yaml')
  })

  it('all-tested without the record keys: the records it cannot verify cap their controls', async () => {
    const r = await cli([
      'package', 'check', path.join(SEED, 'all-tested'), '--at', EVAL_TIME,
      '--key', path.join(SEED, 'keys/ic22-release-2026.pub'),
      '--key', path.join(SEED, 'keys/ic22-provenance-2026.pub')
    ]) // prettier-ignore
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      '  notification (now level 3):\n    - attestation.unsigned: record notification (customer-notification) is not signed by a key or identity authorized for customer-notification: it is refused'
    )
    // The affected-version mapping is a signed record too (check requires every kind signed).
    expect(r.stdout).toContain(
      '  affected-versions (now level 3):\n    - attestation.unsigned: record affected-versions (affected-versions) is not signed by a key or identity authorized for affected-versions: it is refused'
    )
  })
})
