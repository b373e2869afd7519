import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../src/shared/fs-safe.js'
import { verifyPackage } from '../src/verify/index.js'
import { cleanTemps, copySeed, edit, EVAL_TIME, gateError } from './helpers.js'

afterAll(cleanTemps)

const INDEX = 'update-evidence.yaml'

/** Copies the seed, lets `change` break the strong package, then loads + verifies it. */
async function broken(change: (pkg: string, seed: string) => void) {
  const seed = copySeed()
  const pkg = path.join(seed, 'strong')
  change(pkg, seed)
  return gateError(async () =>
    verifyPackage(await loadPackage(pkg), await loadTrust(path.join(seed, 'trust.yaml')), EVAL_TIME)
  )
}

function expectNames(
  error: Awaited<ReturnType<typeof gateError>>,
  code: string,
  file: string,
  field?: string
) {
  expect(error.code).toBe(code)
  expect(error.file).toBe(file)
  expect(error.describe()).toContain(file)
  if (field !== undefined) {
    expect(error.field).toBe(field)
    expect(error.describe()).toContain(field)
  }
}

describe('missing and unreadable files', () => {
  test('no index', async () => {
    const e = await broken(pkg => rmSync(path.join(pkg, INDEX)))
    expectNames(e, 'FILE_NOT_FOUND', INDEX)
  })
  test('no package directory', async () => {
    const e = await gateError(() => loadPackage('/nonexistent/update-gate/pkg'))
    expect(e.code).toBe('FILE_NOT_FOUND')
    expect(e.describe()).toContain('/nonexistent/update-gate/pkg')
  })
  test('no trust file', async () => {
    const e = await gateError(() => loadTrust('/nonexistent/trust.yaml'))
    expectNames(e, 'FILE_NOT_FOUND', '/nonexistent/trust.yaml')
  })
  test('a missing public key file', async () => {
    const seed = copySeed()
    rmSync(path.join(seed, 'keys/ic22-release-2026.pub'))
    const trust = path.join(seed, 'trust.yaml')
    expectNames(
      await gateError(() => loadTrust(trust)),
      'FILE_NOT_FOUND',
      trust,
      'keys[0].publicKeyFile'
    )
  })
  test('an evidence path that is a directory', async () => {
    const e = await broken(pkg => {
      rmSync(path.join(pkg, 'approval.yaml'))
      mkdirSync(path.join(pkg, 'approval.yaml'))
    })
    expectNames(e, 'FILE_UNREADABLE', 'approval.yaml', 'evidence[3].file')
  })
})

describe('malformed documents', () => {
  test('malformed YAML index, with the line', async () => {
    const e = await broken(pkg => edit(path.join(pkg, INDEX), 'cohort: A', 'cohort: [A'))
    expectNames(e, 'PARSE_ERROR', INDEX)
    expect(e.message).toMatch(/line \d+/)
  })
  test('malformed YAML record', async () => {
    const e = await broken(pkg =>
      writeFileSync(path.join(pkg, 'approval.yaml'), 'kind: ReleaseApproval\n  bad: : indent\n')
    )
    expectNames(e, 'PARSE_ERROR', 'approval.yaml')
  })
  test('malformed JSON manifest', async () => {
    const e = await broken(pkg =>
      writeFileSync(path.join(pkg, 'manifest.json'), '{"product": "IC-22",')
    )
    expectNames(e, 'PARSE_ERROR', 'manifest.json')
  })
  test('a DSSE payload that is not JSON', async () => {
    const e = await broken(pkg => {
      const file = path.join(pkg, 'provenance.dsse.json')
      const env = JSON.parse(readFileSync(file, 'utf8'))
      env.payload = Buffer.from('not json').toString('base64')
      writeFileSync(file, JSON.stringify(env))
    })
    expectNames(e, 'PARSE_ERROR', 'provenance.dsse.json', 'payload')
  })
  test('YAML custom tags are refused', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'cohort: A', 'cohort: !!js/function A')
    )
    expectNames(e, 'PARSE_ERROR', INDEX)
  })
})

describe('schema violations', () => {
  test('a time that is not a date-time', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), /time: 2026-10-01T08:20:00Z/, 'time: yesterday')
    )
    expectNames(e, 'SCHEMA_VIOLATION', INDEX, 'evidence[1].time')
    expect(e.message).toContain('must be an RFC 3339 date-time with a zone')
  })
  test('a version that is not MAJOR.MINOR.PATCH', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'approval.yaml'), 'version: 5.4.3', 'version: 5.4')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'approval.yaml', 'version')
    expect(e.message).toContain('MAJOR.MINOR.PATCH')
  })
  test('an unknown field', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'cohort: A', 'cohort: A\n  colour: blue')
    )
    expectNames(e, 'SCHEMA_VIOLATION', INDEX, 'scope.colour')
  })
  test('a missing required field in a record', async () => {
    const e = await broken(pkg => edit(path.join(pkg, 'signing-event.yaml'), /signer: .*\n/, ''))
    expectNames(e, 'SCHEMA_VIOLATION', 'signing-event.yaml', 'signer')
  })
  test('a bad enum value deep in a record', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'tests.yaml'), 'outcome: not-run', 'outcome: skipped')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[3].outcome')
  })
  test('a record of the wrong kind', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'approval.yaml'), 'kind: ReleaseApproval', 'kind: SigningEvent')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'approval.yaml', 'kind')
  })
  test('duplicate evidence ids', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'id: signing-event,', 'id: approval,')
    )
    expectNames(e, 'SCHEMA_VIOLATION', INDEX, 'evidence[3].id')
  })
  test('a manifest whose artifact digest is not a sha256', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'manifest.json'), /"sha256": "[0-9a-f]+"/, '"sha256": "abc"')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'manifest.json', 'artifacts[0].sha256')
  })
})

describe('duplicate keys and aliases', () => {
  test('duplicate YAML key in a record', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'approval.yaml'), 'product: IC-22', 'product: IC-22\nproduct: IC-23')
    )
    expectNames(e, 'DUPLICATE_KEY', 'approval.yaml', 'product')
  })
  test('duplicate YAML key nested in the index', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'cohort: A', 'cohort: A\n  cohort: B')
    )
    expectNames(e, 'DUPLICATE_KEY', INDEX, 'scope.cohort')
  })
  test('duplicate JSON key in the manifest', async () => {
    const e = await broken(pkg =>
      edit(
        path.join(pkg, 'manifest.json'),
        '"version": "5.4.3",',
        '"version": "5.4.3",\n  "version": "9.9.9",'
      )
    )
    expectNames(e, 'DUPLICATE_KEY', 'manifest.json', 'version')
  })
  test('YAML alias bomb', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'
    ].join('\n')
    const e = await broken(pkg => writeFileSync(path.join(pkg, 'approval.yaml'), bomb))
    expectNames(e, 'ALIAS_LIMIT', 'approval.yaml')
  })
})

describe('bounds and paths', () => {
  test('a document over the size bound', async () => {
    const e = await broken(pkg => {
      const file = path.join(pkg, 'approval.yaml')
      writeFileSync(
        file,
        readFileSync(file, 'utf8') + `# ${'x'.repeat(DEFAULT_MAX_DOCUMENT_BYTES)}\n`
      )
    })
    expectNames(e, 'FILE_TOO_LARGE', 'approval.yaml', 'evidence[3].file')
  })
  test('the size bound is configurable', async () => {
    const seed = copySeed()
    const e = await gateError(() =>
      loadPackage(path.join(seed, 'strong'), { maxDocumentBytes: 1024 })
    )
    expectNames(e, 'FILE_TOO_LARGE', INDEX)
  })
  test('a `..` path', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'file: approval.yaml', 'file: ../weak/update-evidence.yaml')
    )
    expectNames(e, 'PATH_OUTSIDE_ROOT', INDEX, 'evidence[3].file')
  })
  test('an absolute path', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, INDEX), 'file: approval.yaml', 'file: /etc/passwd')
    )
    expectNames(e, 'PATH_OUTSIDE_ROOT', INDEX, 'evidence[3].file')
  })
  test('a symlink leaving the package', async () => {
    const e = await broken((pkg, seed) => {
      rmSync(path.join(pkg, 'approval.yaml'))
      symlinkSync(path.join(seed, 'all-tested/approval.yaml'), path.join(pkg, 'approval.yaml'))
    })
    expectNames(e, 'PATH_OUTSIDE_ROOT', INDEX, 'evidence[3].file')
  })
  test('a symlinked artifacts directory leaving the package', async () => {
    const e = await broken((pkg, seed) => {
      rmSync(path.join(pkg, 'artifacts'), { recursive: true })
      symlinkSync(path.join(seed, 'all-tested/artifacts'), path.join(pkg, 'artifacts'))
    })
    expect(e.code).toBe('PATH_OUTSIDE_ROOT')
  })
  test('a symlink that stays inside the package is fine', async () => {
    const seed = copySeed()
    const pkg = path.join(seed, 'strong')
    rmSync(path.join(pkg, 'recovery-procedure.md'))
    symlinkSync('signing-procedure.md', path.join(pkg, 'recovery-procedure.md'))
    const loaded = await loadPackage(pkg)
    expect(loaded.evidence.find(e => e.id === 'recovery-procedure')?.present).toBe(true)
  })
  test('a manifest artifact name leaving the artifacts directory', async () => {
    const e = await broken(pkg =>
      edit(
        path.join(pkg, 'manifest.json'),
        '"name": "ic22-fw-5.4.3.bin"',
        '"name": "../manifest.json"'
      )
    )
    expectNames(e, 'PATH_OUTSIDE_ROOT', 'manifest.json', 'artifacts[0].name')
  })
  test('a public key file outside the trust directory', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    edit(
      trust,
      'publicKeyFile: keys/ic22-release-2026.pub',
      'publicKeyFile: ../ic22-release-2026.pub'
    )
    expectNames(
      await gateError(() => loadTrust(trust)),
      'PATH_OUTSIDE_ROOT',
      trust,
      'keys[0].publicKeyFile'
    )
  })
})

describe('times and keys', () => {
  test('a time without a zone in the index', async () => {
    const e = await broken(pkg =>
      edit(
        path.join(pkg, INDEX),
        'followUpBy: 2027-01-15T00:00:00Z',
        'followUpBy: 2027-01-15T00:00:00'
      )
    )
    expectNames(e, 'INVALID_TIME', INDEX, 'exceptions[0].followUpBy')
    expect(e.message).toContain('with a zone')
  })
  test('a time without a zone in a record', async () => {
    const e = await broken(pkg =>
      edit(
        path.join(pkg, 'approval.yaml'),
        'time: 2026-10-01T15:00:00Z',
        'time: 2026-10-01T15:00:00'
      )
    )
    expectNames(e, 'INVALID_TIME', 'approval.yaml', 'approvals[0].time')
  })
  test('a time without a zone in the provenance', async () => {
    const e = await broken(pkg => {
      const file = path.join(pkg, 'provenance.dsse.json')
      const env = JSON.parse(readFileSync(file, 'utf8'))
      env.payload = Buffer.from(
        Buffer.from(env.payload, 'base64')
          .toString()
          .replace('"2026-10-01T08:00:00Z"', '"2026-10-01T08:00:00"')
      ).toString('base64')
      writeFileSync(file, JSON.stringify(env))
    })
    expectNames(
      e,
      'INVALID_TIME',
      'provenance.dsse.json',
      'payload.predicate.runDetails.metadata.startedOn'
    )
  })
  test('an evaluation time without a zone', async () => {
    const seed = copySeed()
    const e = await gateError(async () =>
      verifyPackage(
        await loadPackage(path.join(seed, 'weak')),
        await loadTrust(path.join(seed, 'trust.yaml')),
        '2026-11-26T00:00:00'
      )
    )
    expect(e.code).toBe('INVALID_TIME')
    expect(e.field).toBe('evaluationTime')
  })
  test('a bad PEM names the key id', async () => {
    const seed = copySeed()
    writeFileSync(
      path.join(seed, 'keys/ic22-release-2026.pub'),
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'
    )
    const trust = path.join(seed, 'trust.yaml')
    const e = await gateError(() => loadTrust(trust))
    expectNames(e, 'INVALID_KEY', trust, 'keys[0].publicKeyFile')
    expect(e.message).toContain('ic22-release-2026')
  })
  test('a private key is refused', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    edit(
      trust,
      'publicKeyFile: keys/ic22-release-2026.pub',
      'publicKey: "-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----"'
    )
    const e = await gateError(() => loadTrust(trust))
    expectNames(e, 'INVALID_KEY', trust, 'keys[0].publicKey')
  })
  test('a key with both publicKey and publicKeyFile', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    edit(
      trust,
      'publicKeyFile: keys/ic22-release-2026.pub',
      'publicKeyFile: keys/ic22-release-2026.pub\n    publicKey: x'
    )
    expect((await gateError(() => loadTrust(trust))).code).toBe('SCHEMA_VIOLATION')
  })
})
