import { execFileSync } from 'node:child_process'
import {
  closeSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { verifyPackage } from '../src/verify/index.js'
import { cleanTemps, copySeed, edit, EVAL_TIME, gateError, SEED_TRUST } from './helpers.js'

afterAll(cleanTemps)

const INDEX = 'update-evidence.yaml'

/** Copies the seed, lets `change` break the strong package, then loads + verifies it. */
async function broken(change: (pkg: string, seed: string) => void | Promise<void>) {
  const seed = copySeed()
  const pkg = path.join(seed, 'strong')
  await change(pkg, seed)
  return gateError(async () =>
    verifyPackage(await loadPackage(pkg), await loadTrust(path.join(seed, 'trust.yaml')), EVAL_TIME)
  )
}

/** `promise`, or a rejection naming `what` when it has not settled within `ms`. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
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
      writeFileSync(file, readFileSync(file, 'utf8') + `# ${'x'.repeat(4 * 1024 * 1024)}\n`)
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

describe('special files are refused before they are opened', () => {
  const fifos: string[] = []
  const servers: Server[] = []
  afterEach(async () => {
    // A reader blocked in open() on a FIFO (the defect) is released by a writer appearing.
    for (const fifo of fifos.splice(0)) {
      try {
        closeSync(openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK))
      } catch {
        // already gone
      }
    }
    await Promise.all(servers.splice(0).map(s => new Promise(resolve => s.close(resolve))))
  })

  const mkfifo = (file: string) => {
    rmSync(file, { force: true })
    execFileSync('mkfifo', [file])
    fifos.push(file)
  }
  const mksocket = async (file: string) => {
    rmSync(file, { force: true })
    const server = createServer()
    servers.push(server)
    await new Promise<void>(resolve => server.listen(file, resolve))
  }

  test.each([
    ['update-evidence.yaml', INDEX, undefined],
    ['recovery-procedure.md', 'recovery-procedure.md', 'evidence[5].file'],
    ['manifest.json', 'manifest.json', 'evidence[0].file'],
    ['manifest.json.sig', 'manifest.json.sig', 'evidence[0].signature'],
    ['artifacts/ic22-fw-5.4.3.bin', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts[0].name']
  ])('a FIFO in place of %s is refused, without hanging', async (rel, file, field) => {
    const e = await within(
      10_000,
      'loading a package with a FIFO',
      broken(pkg => mkfifo(path.join(pkg, rel)))
    )
    expectNames(e, 'FILE_UNREADABLE', file, field)
    expect(e.message).toContain('FIFO')
  })

  test.each([
    ['approval.yaml', 'approval.yaml', 'evidence[3].file'],
    ['artifacts/ic22-fw-5.4.3.bin', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts[0].name']
  ])('a socket in place of %s is refused', async (rel, file, field) => {
    const e = await within(
      10_000,
      'loading a package with a socket',
      broken(pkg => mksocket(path.join(pkg, rel)))
    )
    expectNames(e, 'FILE_UNREADABLE', file, field)
    expect(e.message).toContain('socket')
  })

  test('a device as an artifact is refused, not streamed without end', async () => {
    // /dev/zero never ends: before the fix the digest loop read it forever.
    const seed = copySeed()
    const pkg = path.join(seed, 'strong')
    edit(path.join(pkg, 'manifest.json'), '"name": "ic22-fw-5.4.3.bin"', '"name": "zero"')
    const e = await within(
      10_000,
      'digesting /dev/zero',
      gateError(async () =>
        verifyPackage(
          await loadPackage(pkg, { artifactsDir: '/dev' }),
          await loadTrust(path.join(seed, 'trust.yaml')),
          EVAL_TIME
        )
      )
    )
    expectNames(e, 'FILE_UNREADABLE', 'artifacts/zero', 'artifacts[0].name')
    expect(e.message).toContain('character device')
  })

  test('a device as a document is refused', async () => {
    const e = await gateError(() => loadTrust('/dev/zero'))
    expectNames(e, 'FILE_UNREADABLE', '/dev/zero')
    expect(e.message).toContain('character device')
  })

  test('a symlink to a FIFO inside the package is refused too', async () => {
    const e = await within(
      10_000,
      'loading a package with a linked FIFO',
      broken(pkg => {
        mkfifo(path.join(pkg, 'pipe'))
        rmSync(path.join(pkg, 'approval.yaml'))
        symlinkSync('pipe', path.join(pkg, 'approval.yaml'))
      })
    )
    expectNames(e, 'FILE_UNREADABLE', 'approval.yaml', 'evidence[3].file')
    expect(e.message).toContain('FIFO')
  })
})

describe('nesting depth and bounded messages', () => {
  const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`

  test('a manifest of 5,000 nested arrays is an input error, not a crash', async () => {
    const e = await broken(pkg => writeFileSync(path.join(pkg, 'manifest.json'), nested(5000)))
    expectNames(e, 'PARSE_ERROR', 'manifest.json')
    expect(e.message).toContain('nested more than 64 levels')
  })
  test('a deeply nested DSSE payloadType is an input error, not a crash', async () => {
    const e = await broken(pkg => {
      const file = path.join(pkg, 'provenance.dsse.json')
      const text = readFileSync(file, 'utf8')
      const env = JSON.parse(text)
      writeFileSync(
        file,
        JSON.stringify({ ...env, payloadType: '@' }).replace('"@"', nested(5000, '"x"'))
      )
    })
    expectNames(e, 'PARSE_ERROR', 'provenance.dsse.json')
  })
  test('a deeply nested DSSE payload is an input error naming the payload', async () => {
    const e = await broken(pkg => {
      const file = path.join(pkg, 'provenance.dsse.json')
      const env = JSON.parse(readFileSync(file, 'utf8'))
      env.payload = Buffer.from(`{"_type": ${nested(5000)}}`).toString('base64')
      writeFileSync(file, JSON.stringify(env))
    })
    expectNames(e, 'PARSE_ERROR', 'provenance.dsse.json', 'payload')
  })
  test.each([
    ['flow', (d: number) => `product: ${nested(d)}\n`],
    ['block', (d: number) => `product:\n  ${'- '.repeat(d)}x\n`]
  ])('a YAML record nested 5,000 deep (%s style) is an input error', async (_style, doc) => {
    const e = await broken(pkg => writeFileSync(path.join(pkg, 'approval.yaml'), doc(5000)))
    expectNames(e, 'PARSE_ERROR', 'approval.yaml')
    expect(e.message).toContain('nested more than 64 levels')
  })
  test('YAML aliases cannot stack nesting past the limit', async () => {
    const lines = ['a: &a ' + nested(40)]
    lines.push('b: ' + nested(40, '*a'))
    const e = await broken(pkg => writeFileSync(path.join(pkg, 'approval.yaml'), lines.join('\n')))
    expectNames(e, 'PARSE_ERROR', 'approval.yaml')
  })
  test('an error quotes a bounded excerpt of a long value, never all of it', async () => {
    const long = 'x'.repeat(200_000)
    const e = await broken(pkg =>
      edit(path.join(pkg, 'approval.yaml'), 'product: IC-22', `product: [${long}, ${long}]`)
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'approval.yaml', 'product')
    expect(e.message).toContain('xxxx')
    expect(e.describe().length).toBeLessThan(500)
  })
  test('an error quotes a bounded excerpt of a deep value (at the limit)', async () => {
    const e = await broken(pkg =>
      writeFileSync(
        path.join(pkg, 'manifest.json'),
        `{"product": ${nested(63, '"x"'.repeat(1).padEnd(3))}, "version": "5.4.3", "artifacts": []}`
      )
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'manifest.json', 'product')
    expect(e.describe().length).toBeLessThan(500)
  })
})

describe('test outcome and time agree', () => {
  test('a passed test whose time is deleted', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'tests.yaml'), /time: 2026-10-01T10:00:00Z,\s*/, '')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[0].time')
    expect(e.message).toContain('is required')
  })
  test('a passed test whose time is null', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'tests.yaml'), 'time: 2026-10-01T10:00:00Z', 'time: null')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[0].time')
    expect(e.message).toContain('got null')
  })
  test('a failed test needs a time too', async () => {
    const e = await broken(pkg => {
      edit(path.join(pkg, 'tests.yaml'), 'outcome: passed', 'outcome: failed')
      edit(path.join(pkg, 'tests.yaml'), 'time: 2026-10-01T10:00:00Z', 'time: null')
    })
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[0].time')
  })
  test('a test that was not run has no time', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'tests.yaml'), 'outcome: passed', 'outcome: not-run')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[0].time')
    expect(e.message).toContain('must be null')
  })
})

describe('names are visible text', () => {
  test.each([
    ['a zero-width joiner', 'carol@supplier\u200d.example', 'U+200D'],
    ['a zero-width space', '\u200bcarol@supplier.example', 'U+200B'],
    ['a byte-order mark', 'carol@supplier.example\ufeff', 'U+FEFF'],
    ['a right-to-left override', 'carol@\u202esupplier.example', 'U+202E'],
    ['a control character', 'carol@supplier.example\u0007', 'U+0007'],
    ['a no-break space inside', 'carol\u00a0@supplier.example', 'U+00A0']
  ])('a signer with %s is an input error', async (_what, signer, point) => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'signing-event.yaml'), /signer: .*/, `signer: ${JSON.stringify(signer)}`)
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'signing-event.yaml', 'signer')
    expect(e.message).toContain(point)
  })
  test('an approver, a producer and an acceptor are checked the same way', async () => {
    const approver = await broken(pkg =>
      edit(
        path.join(pkg, 'approval.yaml'),
        /approver: .*/,
        'approver: "\\u200Dcarol@supplier.example"'
      )
    )
    expectNames(approver, 'SCHEMA_VIOLATION', 'approval.yaml', 'approvals[0].approver')
    const producer = await broken(pkg =>
      edit(
        path.join(pkg, INDEX),
        'producer: ci@supplier.example',
        'producer: "ci@supplier.example\\u2060"'
      )
    )
    expectNames(producer, 'SCHEMA_VIOLATION', INDEX, 'evidence[1].producer')
    const acceptor = await broken(pkg =>
      edit(
        path.join(pkg, INDEX),
        'acceptedBy: olga@buyer.example',
        'acceptedBy: "olga@buyer.example\\u200B"'
      )
    )
    expectNames(acceptor, 'SCHEMA_VIOLATION', INDEX, 'exceptions[0].acceptedBy')
  })
  test('a trust approver or builder with an invisible character is an input error', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    edit(trust, '{ id: olga@buyer.example', '{ id: "olga@buyer.example\\u200C"')
    expectNames(
      await gateError(() => loadTrust(trust)),
      'SCHEMA_VIOLATION',
      trust,
      'approvers[1].id'
    )
    const seed2 = copySeed()
    const trust2 = path.join(seed2, 'trust.yaml')
    edit(trust2, '  - id: https://', '  - id: "\\u200Ehttps://')
    edit(trust2, '@refs/heads/main', '@refs/heads/main"')
    expectNames(
      await gateError(() => loadTrust(trust2)),
      'SCHEMA_VIOLATION',
      trust2,
      'builders[0].id'
    )
  })
  test('a name that is only white space is an input error', async () => {
    const e = await broken(pkg =>
      edit(path.join(pkg, 'signing-event.yaml'), /signer: .*/, 'signer: "   "')
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'signing-event.yaml', 'signer')
  })
})

test('the seed trust file still loads (sanity for the tests above)', async () => {
  expect((await loadTrust(SEED_TRUST)).data.approvers.length).toBeGreaterThan(0)
})
