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
import { DEFAULT_MAX_DOCUMENT_BYTES, openRegularFile, readBounded } from '../src/shared/fs-safe.js'
import { verifyPackage } from '../src/verify/index.js'
import { copySeed, edit, EVAL_TIME, gateError, SEED_TRUST, tempDir } from './helpers.js'

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
  field?: string,
  message?: string | RegExp
) {
  expect(error.code).toBe(code)
  expect(error.file).toBe(file)
  expect(error.describe()).toContain(file)
  if (field !== undefined) {
    expect(error.field).toBe(field)
    expect(error.describe()).toContain(field)
  }
  if (message !== undefined) expect(error.message).toMatch(message)
}

/**
 * One file of the strong package broken by a text edit (`from` replaced by `to`), and what the
 * error must say: its code, the file, the field and a part of the message.
 */
type Edit = [
  file: string,
  from: string | RegExp,
  to: string,
  code: string,
  field?: string,
  message?: string | RegExp
]

/** One file of the strong package replaced by `text`, and what the error must say. */
type Write = [file: string, text: string, code: string, field?: string, message?: string | RegExp]

async function refusedEdit(...[file, from, to, code, field, message]: Edit) {
  const e = await broken(pkg => edit(path.join(pkg, file), from, to))
  expectNames(e, code, file, field, message)
}

async function refusedWrite(...[file, text, code, field, message]: Write) {
  const e = await broken(pkg => writeFileSync(path.join(pkg, file), text))
  expectNames(e, code, file, field, message)
}

/** Rows of `test.each`: the test's title, then its case. */
type EditCase = [title: string, ...Edit]
type WriteCase = [title: string, ...Write]
const editCase = (_title: string, ...edit: Edit) => refusedEdit(...edit)
const writeCase = (_title: string, ...write: Write) => refusedWrite(...write)

/** Rewrites the payload of the strong package's provenance envelope (decoded text in and out). */
function editPayload(pkg: string, change: (payload: string) => string) {
  const file = path.join(pkg, 'provenance.dsse.json')
  const env = JSON.parse(readFileSync(file, 'utf8'))
  env.payload = Buffer.from(change(Buffer.from(env.payload, 'base64').toString())).toString(
    'base64'
  )
  writeFileSync(file, JSON.stringify(env))
}

/** Copies the seed, lets `change` break its trust file, then loads it: the file and the error. */
async function brokenTrust(change: (trust: string, seed: string) => void) {
  const seed = copySeed()
  const trust = path.join(seed, 'trust.yaml')
  change(trust, seed)
  return { trust, e: await gateError(() => loadTrust(trust)) }
}

const KEY_FILE = 'publicKeyFile: keys/ic22-release-2026.pub'

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'
].join('\n')

describe('one file of the strong package edited', () => {
  test.each<EditCase>([
    // malformed documents
    [
      'malformed YAML index, with the line',
      INDEX,
      'cohort: A',
      'cohort: [A',
      'PARSE_ERROR',
      undefined,
      /line \d+/
    ],
    ['YAML custom tags are refused', INDEX, 'cohort: A', 'cohort: !!js/function A', 'PARSE_ERROR'],
    // A lone CR ends a comment for YAML 1.2 readers, not for the `yaml` library: refused, with the line.
    [
      'a carriage return alone in the index, with the line',
      INDEX,
      'cohort: A',
      'cohort: A # c\r  colour: blue',
      'PARSE_ERROR',
      undefined,
      /carriage return not followed by a line feed on line 18\b/
    ],
    [
      'a carriage return alone in a record, with the line',
      'approval.yaml',
      'reference: REL-2026-0543',
      'reference: REL-2026-0543 # c\r  - approver: mallory@supplier.example',
      'PARSE_ERROR',
      undefined,
      /carriage return not followed by a line feed on line 16\b/
    ],
    // schema violations
    [
      'a time that is not a date-time',
      INDEX,
      /time: 2026-10-01T08:20:00Z/,
      'time: yesterday',
      'SCHEMA_VIOLATION',
      'evidence[1].time',
      'must be an RFC 3339 date-time with a zone'
    ],
    [
      'a version that is not MAJOR.MINOR.PATCH',
      'approval.yaml',
      'version: 5.4.3',
      'version: 5.4',
      'SCHEMA_VIOLATION',
      'version',
      'MAJOR.MINOR.PATCH'
    ],
    [
      'an unknown field',
      INDEX,
      'cohort: A',
      'cohort: A\n  colour: blue',
      'SCHEMA_VIOLATION',
      'scope.colour'
    ],
    [
      'a missing required field in a record',
      'signing-event.yaml',
      /signer: .*\n/,
      '',
      'SCHEMA_VIOLATION',
      'signer'
    ],
    [
      'a signing event that does not name its release',
      'signing-event.yaml',
      /version: .*\n/,
      '',
      'SCHEMA_VIOLATION',
      'version'
    ],
    [
      'a known gap that names no configuration (it would block nothing)',
      INDEX,
      '    configurations: [regional]\nexceptions:',
      '    configurations: []\nexceptions:',
      'SCHEMA_VIOLATION',
      'knownGaps[0].configurations'
    ],
    [
      'deployment records that do not name their cohort',
      'deployments.yaml',
      /cohort: .*\n/,
      '',
      'SCHEMA_VIOLATION',
      'cohort'
    ],
    [
      'a bad enum value deep in a record',
      'tests.yaml',
      'outcome: not-run',
      'outcome: skipped',
      'SCHEMA_VIOLATION',
      'results[3].outcome'
    ],
    [
      'a record of the wrong kind',
      'approval.yaml',
      'kind: ReleaseApproval',
      'kind: SigningEvent',
      'SCHEMA_VIOLATION',
      'kind'
    ],
    [
      'duplicate evidence ids',
      INDEX,
      'id: signing-event,',
      'id: approval,',
      'SCHEMA_VIOLATION',
      'evidence[3].id'
    ],
    [
      'duplicate exception ids',
      INDEX,
      'retention:',
      '  - { id: EXC-1, configuration: reference, reason: r, mitigation: m, remainOn: 5.4.2, followUpBy: 2027-01-15T00:00:00Z, acceptedBy: olga@buyer.example, acceptedAt: 2026-10-03T08:00:00Z }\nretention:',
      'SCHEMA_VIOLATION',
      'exceptions[1].id'
    ],
    [
      'a manifest whose artifact digest is not a sha256',
      'manifest.json',
      /"sha256": "[0-9a-f]+"/,
      '"sha256": "abc"',
      'SCHEMA_VIOLATION',
      'artifacts[0].sha256'
    ],
    // duplicate keys and aliases
    [
      'duplicate YAML key in a record',
      'approval.yaml',
      'product: IC-22',
      'product: IC-22\nproduct: IC-23',
      'DUPLICATE_KEY',
      'product'
    ],
    [
      'duplicate YAML key nested in the index',
      INDEX,
      'cohort: A',
      'cohort: A\n  cohort: B',
      'DUPLICATE_KEY',
      'scope.cohort'
    ],
    [
      'duplicate JSON key in the manifest',
      'manifest.json',
      '"version": "5.4.3",',
      '"version": "5.4.3",\n  "version": "9.9.9",',
      'DUPLICATE_KEY',
      'version'
    ],
    // bounds and paths
    [
      'a `..` path',
      INDEX,
      'file: approval.yaml',
      'file: ../weak/update-evidence.yaml',
      'PATH_OUTSIDE_ROOT',
      'evidence[3].file'
    ],
    [
      'an absolute path',
      INDEX,
      'file: approval.yaml',
      'file: /etc/passwd',
      'PATH_OUTSIDE_ROOT',
      'evidence[3].file'
    ],
    [
      // It would stand in for the trust file in the report's inputDigests.
      'a file named like an input from outside the package',
      INDEX,
      'file: approval.yaml',
      'file: "trust:trust.yaml"',
      'PATH_OUTSIDE_ROOT',
      'evidence[3].file'
    ],
    [
      'a manifest artifact name leaving the artifacts directory',
      'manifest.json',
      '"name": "ic22-fw-5.4.3.bin"',
      '"name": "../manifest.json"',
      'PATH_OUTSIDE_ROOT',
      'artifacts[0].name'
    ],
    // times and keys
    [
      'a time without a zone in the index',
      INDEX,
      'followUpBy: 2027-01-15T00:00:00Z',
      'followUpBy: 2027-01-15T00:00:00',
      'INVALID_TIME',
      'exceptions[0].followUpBy',
      'with a zone'
    ],
    [
      'a time without a zone in a record',
      'approval.yaml',
      'time: 2026-10-01T15:00:00Z',
      'time: 2026-10-01T15:00:00',
      'INVALID_TIME',
      'approvals[0].time'
    ],
    // test outcome and time agree
    [
      'a passed test whose time is deleted',
      'tests.yaml',
      /time: 2026-10-01T10:00:00Z,\s*/,
      '',
      'SCHEMA_VIOLATION',
      'results[0].time',
      'is required'
    ],
    [
      'a passed test whose time is null',
      'tests.yaml',
      'time: 2026-10-01T10:00:00Z',
      'time: null',
      'SCHEMA_VIOLATION',
      'results[0].time',
      'got null'
    ],
    [
      'a test that was not run has no time',
      'tests.yaml',
      'outcome: passed',
      'outcome: not-run',
      'SCHEMA_VIOLATION',
      'results[0].time',
      'must be null'
    ]
  ])('%s', editCase)
})

describe('one file of the strong package replaced', () => {
  test.each<WriteCase>([
    // malformed documents
    [
      'malformed YAML record',
      'approval.yaml',
      'kind: ReleaseApproval\n  bad: : indent\n',
      'PARSE_ERROR'
    ],
    ['malformed JSON manifest', 'manifest.json', '{"product": "IC-22",', 'PARSE_ERROR'],
    // duplicate keys and aliases
    ['YAML alias bomb', 'approval.yaml', BOMB, 'ALIAS_LIMIT'],
    // nesting depth and bounded messages
    [
      'a manifest of 5,000 nested arrays is an input error, not a crash',
      'manifest.json',
      nested(5000),
      'PARSE_ERROR',
      undefined,
      'nested more than 64 levels'
    ],
    [
      'YAML aliases cannot stack nesting past the limit',
      'approval.yaml',
      ['a: &a ' + nested(40), 'b: ' + nested(40, '*a')].join('\n'),
      'PARSE_ERROR'
    ]
  ])('%s', writeCase)
})

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
    const { trust, e } = await brokenTrust((_trust, seed) =>
      rmSync(path.join(seed, 'keys/ic22-release-2026.pub'))
    )
    expectNames(e, 'FILE_NOT_FOUND', trust, 'keys[0].publicKeyFile')
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
  test('a DSSE payload that is not JSON', async () => {
    const e = await broken(pkg => editPayload(pkg, () => 'not json'))
    expectNames(e, 'PARSE_ERROR', 'provenance.dsse.json', 'payload')
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
  test('a carriage return alone in the trust file, with the line', async () => {
    const { trust, e } = await brokenTrust(trust =>
      edit(trust, 'kind: TrustConfiguration', 'kind: TrustConfiguration # c\rkeys: []')
    )
    expectNames(e, 'PARSE_ERROR', trust, undefined, /not followed by a line feed on line 4\b/)
  })
  test('one GitHub login (case-insensitive) mapped to two approvers: one review would be two people', async () => {
    const { trust, e } = await brokenTrust(trust => {
      edit(trust, 'keys: [carol-2026] }', 'keys: [carol-2026], github: Olga-Buyer }')
      edit(trust, 'keys: [olga-2026] }', 'keys: [olga-2026], github: olga-buyer }')
    })
    expectNames(
      e,
      'SCHEMA_VIOLATION',
      trust,
      'approvers[1].github',
      /GitHub login 'olga-buyer' is mapped to approver 'carol@supplier\.example' too/
    )
  })
  test('one key or identity mapped to two approvers: one signature would be two people', async () => {
    const key = await brokenTrust(trust =>
      edit(trust, 'keys: [olga-2026] }', 'keys: [olga-2026, carol-2026] }')
    )
    expectNames(
      key.e,
      'SCHEMA_VIOLATION',
      key.trust,
      'approvers[1].keys',
      /key 'carol-2026' is mapped to approver 'carol@supplier\.example' too; one key authenticates one person/
    )
    const identity = await brokenTrust(trust => {
      edit(trust, 'keys: [carol-2026] }', 'keys: [carol-2026], identities: [approvals-bot] }')
      edit(trust, 'keys: [olga-2026] }', 'keys: [olga-2026], identities: [approvals-bot] }')
      writeFileSync(
        trust,
        `${readFileSync(trust, 'utf8')}identities:\n  - { id: approvals-bot, issuer: https://accounts.example, subject: bot@supplier.example, usage: [release-approval], products: [IC-22], minVersion: 5.0.0, maxVersion: 5.99.99 }\n`
      )
    })
    expectNames(
      identity.e,
      'SCHEMA_VIOLATION',
      identity.trust,
      'approvers[1].identities',
      /identity 'approvals-bot' is mapped to approver 'carol@supplier\.example' too/
    )
  })
  test('distinct GitHub logins for two approvers load', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    edit(trust, 'keys: [carol-2026] }', 'keys: [carol-2026], github: carol-supplier }')
    edit(trust, 'keys: [olga-2026] }', 'keys: [olga-2026], github: olga-buyer }')
    expect((await loadTrust(trust)).data.approvers.map(a => a.github)).toEqual([
      'carol-supplier',
      'olga-buyer'
    ])
  })
  test('a public key file outside the trust directory', async () => {
    const { trust, e } = await brokenTrust(trust =>
      edit(trust, KEY_FILE, 'publicKeyFile: ../ic22-release-2026.pub')
    )
    expectNames(e, 'PATH_OUTSIDE_ROOT', trust, 'keys[0].publicKeyFile')
  })
})

describe('times and keys', () => {
  test('a time without a zone in the provenance', async () => {
    const e = await broken(pkg =>
      editPayload(pkg, payload =>
        payload.replace('"2026-10-01T08:00:00Z"', '"2026-10-01T08:00:00"')
      )
    )
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
    const { trust, e } = await brokenTrust((_trust, seed) =>
      writeFileSync(
        path.join(seed, 'keys/ic22-release-2026.pub'),
        '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'
      )
    )
    expectNames(e, 'INVALID_KEY', trust, 'keys[0].publicKeyFile', 'ic22-release-2026')
  })
  test('a private key is refused', async () => {
    const { trust, e } = await brokenTrust(trust =>
      edit(
        trust,
        KEY_FILE,
        'publicKey: "-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----"'
      )
    )
    expectNames(e, 'INVALID_KEY', trust, 'keys[0].publicKey')
  })
  test('a key with both publicKey and publicKeyFile', async () => {
    const { e } = await brokenTrust(trust => edit(trust, KEY_FILE, `${KEY_FILE}\n    publicKey: x`))
    expect(e.code).toBe('SCHEMA_VIOLATION')
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

  const special = { FIFO: mkfifo, socket: mksocket }
  test.each<[keyof typeof special, string, string, string | undefined]>([
    ['FIFO', 'update-evidence.yaml', INDEX, undefined],
    ['FIFO', 'recovery-procedure.md', 'recovery-procedure.md', 'evidence[5].file'],
    ['FIFO', 'manifest.json', 'manifest.json', 'evidence[0].file'],
    ['FIFO', 'manifest.json.sig', 'manifest.json.sig', 'evidence[0].signature'],
    ['FIFO', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts[0].name'],
    ['socket', 'approval.yaml', 'approval.yaml', 'evidence[3].file'],
    ['socket', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts/ic22-fw-5.4.3.bin', 'artifacts[0].name']
  ])('a %s in place of %s is refused, without hanging', async (kind, rel, file, field) => {
    const e = await within(
      10_000,
      `loading a package with a ${kind}`,
      broken(pkg => special[kind](path.join(pkg, rel)))
    )
    expectNames(e, 'FILE_UNREADABLE', file, field, kind)
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

  test('a file swapped for a symlink after its real path was resolved is refused, not followed', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'target.yaml'), 'a: 1\n')
    symlinkSync('target.yaml', path.join(dir, 'doc.yaml'))
    const where = { file: 'doc.yaml', field: 'evidence[0].file' }
    for (const open of [
      () => openRegularFile(path.join(dir, 'doc.yaml'), where),
      () => readBounded(path.join(dir, 'doc.yaml'), 1024, where)
    ]) {
      let error: unknown
      try {
        open()
      } catch (e) {
        error = e
      }
      expect(error).toMatchObject({ code: 'FILE_UNREADABLE', ...where })
      expect(String((error as Error).message)).toContain('symbolic link')
    }
  })

  test('an opened file is closed once: a second close leaves the descriptor the system reused alone', async () => {
    const dir = tempDir()
    const [a, b] = ['a.txt', 'b.txt'].map(name => path.join(dir, name))
    writeFileSync(a!, 'a')
    writeFileSync(b!, 'b')
    const first = openRegularFile(a!, { file: 'a.txt' })
    first.close()
    const second = openRegularFile(b!, { file: 'b.txt' })
    first.close()
    const buffer = Buffer.alloc(1)
    expect(second.read(buffer, 0, 1, 0)).toBe(1)
    expect(buffer.toString()).toBe('b')
    second.close()
  })
})

describe('nesting depth and bounded messages', () => {
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
    const e = await broken(pkg => editPayload(pkg, () => `{"_type": ${nested(5000)}}`))
    expectNames(e, 'PARSE_ERROR', 'provenance.dsse.json', 'payload')
  })
  test.each([
    ['flow', (d: number) => `product: ${nested(d)}\n`],
    ['block', (d: number) => `product:\n  ${'- '.repeat(d)}x\n`]
  ])('a YAML record nested 5,000 deep (%s style) is an input error', async (_style, doc) => {
    const e = await broken(pkg => writeFileSync(path.join(pkg, 'approval.yaml'), doc(5000)))
    expectNames(e, 'PARSE_ERROR', 'approval.yaml', undefined, 'nested more than 64 levels')
  })
  test('an error quotes a bounded excerpt of a long value, never all of it', async () => {
    const long = 'x'.repeat(200_000)
    const e = await broken(pkg =>
      edit(path.join(pkg, 'approval.yaml'), 'product: IC-22', `product: [${long}, ${long}]`)
    )
    expectNames(e, 'SCHEMA_VIOLATION', 'approval.yaml', 'product', 'xxxx')
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
  test('a failed test needs a time too', async () => {
    const e = await broken(pkg => {
      edit(path.join(pkg, 'tests.yaml'), 'outcome: passed', 'outcome: failed')
      edit(path.join(pkg, 'tests.yaml'), 'time: 2026-10-01T10:00:00Z', 'time: null')
    })
    expectNames(e, 'SCHEMA_VIOLATION', 'tests.yaml', 'results[0].time')
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
    const to = `signer: ${JSON.stringify(signer)}`
    await refusedEdit('signing-event.yaml', /signer: .*/, to, 'SCHEMA_VIOLATION', 'signer', point)
  })
  test('an approver, a producer and an acceptor are checked the same way', async () => {
    await refusedEdit(
      'approval.yaml',
      /approver: .*/,
      'approver: "\\u200Dcarol@supplier.example"',
      'SCHEMA_VIOLATION',
      'approvals[0].approver'
    )
    await refusedEdit(
      INDEX,
      'producer: ci@supplier.example',
      'producer: "ci@supplier.example\\u2060"',
      'SCHEMA_VIOLATION',
      'evidence[1].producer'
    )
    await refusedEdit(
      INDEX,
      'acceptedBy: olga@buyer.example',
      'acceptedBy: "olga@buyer.example\\u200B"',
      'SCHEMA_VIOLATION',
      'exceptions[0].acceptedBy'
    )
  })
  test('a trust approver or builder with an invisible character is an input error', async () => {
    const approver = await brokenTrust(trust =>
      edit(trust, '{ id: olga@buyer.example', '{ id: "olga@buyer.example\\u200C"')
    )
    expectNames(approver.e, 'SCHEMA_VIOLATION', approver.trust, 'approvers[1].id')
    const builder = await brokenTrust(trust => {
      edit(trust, '  - id: https://', '  - id: "\\u200Ehttps://')
      edit(trust, '@refs/heads/main', '@refs/heads/main"')
    })
    expectNames(builder.e, 'SCHEMA_VIOLATION', builder.trust, 'builders[0].id')
  })
  test('a name that is only white space is an input error', () =>
    refusedEdit('signing-event.yaml', /signer: .*/, 'signer: "   "', 'SCHEMA_VIOLATION', 'signer'))
})

test('the seed trust file still loads (sanity for the tests above)', async () => {
  expect((await loadTrust(SEED_TRUST)).data.approvers.length).toBeGreaterThan(0)
})
