import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { canonicalIdentity, canonicalUnicodeIdentity } from '../src/load/identity.js'
import { loadPackage, loadTrust, parsePublicKey } from '../src/load/index.js'
import { clip, excerpt } from '../src/shared/errors.js'
import {
  fieldPath,
  findDuplicateJsonKey,
  jsonTextTooDeep,
  MAX_NESTING_DEPTH,
  parseJson,
  parseYaml,
  valueTooDeep
} from '../src/shared/parse.js'
import { validator } from '../src/shared/schema.js'
import { normaliseTimestamp, utcTimestamp, utcTimestampsInOrder } from '../src/shared/time.js'
import { readYamlFile } from '../src/shared/yaml-file.js'
import { verifyPackage } from '../src/verify/index.js'
import {
  copySeed,
  edit,
  editedSeed,
  EVAL_TIME,
  EXAMPLES,
  gateError,
  SEED,
  SEED_TRUST
} from './helpers.js'

test('a trust file read by the collect stage loads as a fresh read does and is validated the same, named as collect named it; a read of another file or with other bounds is not taken', async () => {
  const file = path.join(copySeed(), 'trust.yaml')
  expect(await loadTrust(file, { read: readYamlFile(file, 'collect') })).toEqual(
    await loadTrust(file)
  )
  edit(file, /^keys:/m, 'keyz:')
  const fresh = await gateError(() => loadTrust(file))
  expect(fresh.code).toBe('SCHEMA_VIOLATION')
  // Named as the collect stage read it (the Action: the repository path, not its copy).
  const asCollected = fresh.describe().replace(file, 'collect')
  const handed = await gateError(() => loadTrust(file, { read: readYamlFile(file, 'collect') }))
  expect(handed.describe()).toBe(asCollected)
  const seedRead = readYamlFile(SEED_TRUST, 'collect')
  expect((await gateError(() => loadTrust(file, { read: seedRead }))).describe()).toBe(
    fresh.describe()
  )
  const otherBounds = { ...seedRead, file, maxAliasCount: 1 }
  expect((await gateError(() => loadTrust(file, { read: otherBounds }))).describe()).toBe(
    asCollected
  )
})

describe('examples', () => {
  const inputSchema = validator('policy-input')
  const trustSchema = validator('policy-trust-data')

  test.each(EXAMPLES)(
    '%s loads, verifies and its input meets policy-input.schema.json',
    async name => {
      const trust = await loadTrust(SEED_TRUST)
      const pkg = await loadPackage(path.join(SEED, name))
      const result = await verifyPackage(pkg, trust, EVAL_TIME)
      expect(inputSchema(result.input)).toBe(true)
      expect(inputSchema.errors ?? null).toBeNull()
      expect(trustSchema(result.data.trust)).toBe(true)
      expect(result.input.evaluationTime).toBe(EVAL_TIME)
      expect(result.input.package.scope).toMatchObject({
        product: 'IC-22',
        fromVersion: '5.4.2',
        toVersion: '5.4.3',
        cohort: 'A',
        vulnerabilities: ['VULN-2026-014']
      })
      expect(result.inputDigests['update-evidence.yaml']).toBe(
        createHash('sha256')
          .update(readFileSync(path.join(SEED, name, 'update-evidence.yaml')))
          .digest('hex')
      )
      expect(Object.keys(result.inputDigests)).toEqual(Object.keys(result.inputDigests).sort())
    }
  )

  test('the result is deterministic', async () => {
    const run = async () =>
      JSON.stringify(
        await verifyPackage(
          await loadPackage(path.join(SEED, 'strong')),
          await loadTrust(SEED_TRUST),
          EVAL_TIME
        )
      )
    expect(await run()).toBe(await run())
  })

  test('weak is a single assertion', async () => {
    const pkg = await loadPackage(path.join(SEED, 'weak'))
    expect(pkg.evidence).toHaveLength(1)
    expect(pkg.evidence[0]).toMatchObject({
      kind: 'assertion',
      file: null,
      present: false,
      statement: 'We have a secure update process.'
    })
  })

  test('strong: index facts, records normalised', async () => {
    const pkg = await loadPackage(path.join(SEED, 'strong'))
    expect(pkg.facts.knownGaps.map(g => g.id)).toEqual(['GAP-1'])
    expect(pkg.facts.exceptions[0]).toMatchObject({
      id: 'EXC-1',
      configuration: 'regional',
      remainOn: '5.4.2',
      followUpBy: '2027-01-15T00:00:00Z',
      acceptedBy: 'olga@buyer.example'
    })
    expect(pkg.facts.retention?.owners).toHaveLength(2)
    const tests = pkg.evidence.find(e => e.kind === 'rollback-recovery-tests')
    expect(tests?.content.type).toBe('record')
    const record = tests?.content.type === 'record' ? tests.content.record : null
    expect(record).toMatchObject({ kind: 'RollbackRecoveryTests' })
    if (record?.kind !== 'RollbackRecoveryTests') throw new Error('record')
    expect(
      record.results.find(r => r.configuration === 'regional' && r.test === 'recovery')
    ).toEqual({
      configuration: 'regional',
      hardware: 'IC-22-RG-B',
      test: 'recovery',
      outcome: 'not-run',
      time: null,
      reference: null
    })
  })
})

describe('trust', () => {
  test('keys are parsed, fingerprinted over the DER SPKI and sorted', async () => {
    const trust = await loadTrust(SEED_TRUST)
    expect(trust.data.keys.map(k => k.id)).toEqual([
      'carol-2026',
      'ic22-provenance-2026',
      'ic22-release-2025',
      'ic22-release-2026',
      'ic22-release-records-2026',
      'ic22-test-lab-2026',
      'ic22-update-service-2026',
      'olga-2026'
    ])
    // who signs for whom
    expect(trust.data.approvers.find(a => a.id === 'carol@supplier.example')?.keys).toEqual([
      'carol-2026'
    ])
    expect(trust.data.testSystems).toEqual([
      {
        id: 'ic22-test-lab',
        name: 'Supplier IC-22 test lab',
        keys: ['ic22-test-lab-2026'],
        identities: [],
        hardware: ['IC-22-REF-C', 'IC-22-RG-B']
      }
    ])
    const pem = readFileSync(path.join(SEED, 'keys/ic22-release-2026.pub'), 'utf8')
    const der = createPublicKey(pem).export({ type: 'spki', format: 'der' })
    const expected = 'sha256:' + createHash('sha256').update(der).digest('hex')
    expect(trust.data.keys.find(k => k.id === 'ic22-release-2026')?.fingerprint).toBe(expected)
    expect(trust.keys.find(k => k.id === 'ic22-release-2026')?.algorithm).toBe('ecdsa-p256-sha256')
    expect(trust.keys.find(k => k.id === 'ic22-provenance-2026')?.algorithm).toBe('ed25519')
    expect(trust.data.keys.find(k => k.id === 'ic22-release-2025')).toMatchObject({
      revoked: true,
      revokedAt: '2025-11-15T00:00:00Z'
    })
    expect(Object.keys(trust.fileDigests).sort()).toEqual([
      'trust:keys/carol-2026.pub',
      'trust:keys/ic22-provenance-2026.pub',
      'trust:keys/ic22-release-2025.pub',
      'trust:keys/ic22-release-2026.pub',
      'trust:keys/ic22-release-records-2026.pub',
      'trust:keys/ic22-test-lab-2026.pub',
      'trust:keys/ic22-update-service-2026.pub',
      'trust:keys/olga-2026.pub',
      'trust:trust.yaml'
    ])
  })

  test('an inline PEM works like a key file', async () => {
    const dir = copySeed()
    const pem = readFileSync(path.join(dir, 'keys/ic22-release-2026.pub'), 'utf8')
    const block = pem
      .trim()
      .split('\n')
      .map(l => `      ${l}`)
      .join('\n')
    edit(
      path.join(dir, 'trust.yaml'),
      'publicKeyFile: keys/ic22-release-2026.pub',
      `publicKey: |\n${block}`
    )
    const trust = await loadTrust(path.join(dir, 'trust.yaml'))
    const original = await loadTrust(SEED_TRUST)
    expect(trust.data.keys).toEqual(original.data.keys)
  })

  test('a key is the one OpenSSL reads from the PEM, fingerprinted over its exported DER SPKI, whatever the form of the PEM; a bad one gets the error PEM parsing gives', () => {
    /** What parsing the PEM text with OpenSSL gives: the key's type and fingerprint, or the error. */
    const expected = (pem: string) => {
      try {
        const key = createPublicKey({ key: pem, format: 'pem' })
        const der = key.export({ type: 'spki', format: 'der' })
        return {
          type: key.asymmetricKeyType,
          fingerprint: `sha256:${createHash('sha256').update(der).digest('hex')}`
        }
      } catch (error) {
        return { error: `key 'k' is not a valid PEM public key: ${(error as Error).message}` }
      }
    }
    const parsed = (pem: string) => {
      try {
        const { key, fingerprint } = parsePublicKey(pem, 'k', {})
        expect(key.export({ type: 'spki', format: 'der' })).toEqual(
          createPublicKey({ key: pem, format: 'pem' }).export({ type: 'spki', format: 'der' })
        )
        return { type: key.asymmetricKeyType, fingerprint }
      } catch (error) {
        return { error: (error as Error).message }
      }
    }
    const pemOf = (der: Buffer, lines: (b64: string) => string[] = b => b.match(/.{1,64}/g)!) =>
      `-----BEGIN PUBLIC KEY-----\n${lines(der.toString('base64')).join('\n')}\n-----END PUBLIC KEY-----\n`
    const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' })
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
    // The same P-256 key with its point compressed: another DER, which export writes uncompressed.
    const jwk = p256.export({ format: 'jwk' })
    const x = Buffer.from(jwk.x!, 'base64url')
    const y = Buffer.from(jwk.y!, 'base64url')
    const compressed = Buffer.concat([
      Buffer.from('3039301306072a8648ce3d020106082a8648ce3d030107032200', 'hex'),
      Buffer.of(2 + (y[31]! & 1)),
      x
    ])
    const keys = [
      p256,
      generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey,
      generateKeyPairSync('ed25519').publicKey
    ]
    const forms = [
      ...keys.flatMap(k => [
        pemOf(spki(k)),
        pemOf(spki(k), b => [b]), // one line
        pemOf(spki(k), b => b.match(/.{1,4}/g)!), // short lines
        pemOf(spki(k)).replace(/\n/g, '\r\n'),
        `a comment\n${pemOf(spki(k))}`,
        pemOf(Buffer.concat([spki(k), Buffer.of(0)])) // a trailing byte after the DER
      ]),
      pemOf(compressed),
      // Canonical DER whose point OpenSSL must refuse however the key is imported: off the
      // curve (Y changed), X = p (out of range), both coordinates zero; an Ed25519 key of
      // arbitrary bytes.
      ...[
        Buffer.concat([
          spki(p256).subarray(0, 59),
          Buffer.from(y).map((b, i) => (i === 31 ? b ^ 1 : b))
        ]),
        Buffer.concat([
          spki(p256).subarray(0, 27),
          Buffer.from('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff', 'hex'),
          y
        ]),
        Buffer.concat([spki(p256).subarray(0, 27), Buffer.alloc(64)]),
        Buffer.concat([spki(keys[1]!).subarray(0, 24), Buffer.alloc(96, 1)]),
        Buffer.concat([spki(keys[2]!).subarray(0, 12), Buffer.alloc(32, 7)])
      ].map(der => pemOf(der)),
      pemOf(spki(p256)).replace(/\n(?=.{10})/, '\n\n'), // an empty line inside: refused
      pemOf(spki(p256)).replace('A', '*'), // not base64
      pemOf(Buffer.from('not a key')),
      ...readdirSync(path.join(SEED, 'keys')).map(f =>
        readFileSync(path.join(SEED, 'keys', f), 'utf8')
      )
    ]
    const results = forms.map(parsed)
    expect(results).toEqual(forms.map(expected))
    // Every kind of form above was met: keys of each type, and errors.
    expect(new Set(results.map(r => ('error' in r ? 'error' : r.type)))).toEqual(
      new Set(['ec', 'ed25519', 'error'])
    )
  })
})

describe('timestamps', () => {
  test.each([
    ['2026-10-01T11:00:00+02:00', '2026-10-01T09:00:00Z'],
    ['2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z'],
    ['2026-10-01t09:00:00z', '2026-10-01T09:00:00Z'],
    ['2026-12-31T23:30:00.1250-01:00', '2027-01-01T00:30:00.125Z'],
    ['2026-10-01T09:00:00.000000001Z', '2026-10-01T09:00:00.000000001Z'],
    ['2026-10-01T09:00:00.000Z', '2026-10-01T09:00:00Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00Z'],
    // Year 0000 is a leap year in the proleptic Gregorian calendar (Go's, and so OPA's).
    ['0000-02-29T00:00:00Z', '0000-02-29T00:00:00Z'],
    ['0001-01-01T00:30:00+00:30', '0001-01-01T00:00:00Z'],
    ['9999-12-31T23:59:59.999999999Z', '9999-12-31T23:59:59.999999999Z']
  ])('%s -> %s', (input, expected) => {
    expect(normaliseTimestamp(input, {})).toBe(expected)
  })

  test.each([
    '2026-10-01T09:00:00',
    '2026-02-30T09:00:00Z',
    '1900-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-10-01',
    'soon',
    // In UTC these fall outside the years an RFC 3339 time can write.
    '0000-01-01T00:00:00+01:00',
    '9999-12-31T23:30:00-01:00'
  ])('%s is INVALID_TIME', value => {
    expect(() => normaliseTimestamp(value, { file: 'f', field: 'x' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME', file: 'f', field: 'x' })
    )
  })

  /** Any instant an RFC 3339 time can write in UTC (years 0000 to 9999). */
  const rfc3339Instant = fc.date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true
  })

  test('any instant written with any offset is normalised to its UTC time', () => {
    fc.assert(
      fc.property(
        rfc3339Instant,
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (instant, offsetMinutes) => {
          const utc = instant.toISOString().replace(/\.?0*Z$/, 'Z')
          const local = new Date(instant.getTime() + offsetMinutes * 60_000)
          const year = local.getUTCFullYear()
          // Written in the offset's local time, when that time has a four-digit year.
          fc.pre(year >= 0 && year <= 9999)
          const sign = offsetMinutes < 0 ? '-' : '+'
          const abs = Math.abs(offsetMinutes)
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
          const written = `${local.toISOString().slice(0, 23)}${zone}`
          expect(normaliseTimestamp(written, {})).toBe(utc)
        }
      ),
      { numRuns: 2000 }
    )
  })

  test('a Date is written as its RFC 3339 text is normalised (Sigstore log, timestamp and certificate times)', () => {
    expect(utcTimestamp(new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 120)))).toBe(
      '2025-01-02T03:04:05.12Z'
    )
    expect(utcTimestamp(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02T03:04:05Z')
    fc.assert(
      fc.property(rfc3339Instant, instant => {
        expect(utcTimestamp(instant)).toBe(normaliseTimestamp(instant.toISOString(), {}))
      }),
      { numRuns: 2000 }
    )
  })

  test('Sigstore timestamps are listed in time order, which their strings do not sort in', () => {
    const whole = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))
    const half = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 500))
    const earlier = new Date(Date.UTC(2025, 0, 2, 3, 4, 4, 250))
    expect(['2025-01-02T03:04:05Z', '2025-01-02T03:04:05.5Z'].sort()[0]).toBe(
      '2025-01-02T03:04:05.5Z'
    )
    expect(utcTimestampsInOrder([half, whole, earlier])).toEqual([
      '2025-01-02T03:04:04.25Z',
      '2025-01-02T03:04:05Z',
      '2025-01-02T03:04:05.5Z'
    ])
    fc.assert(
      fc.property(fc.array(rfc3339Instant, { maxLength: 8 }), dates => {
        const times = utcTimestampsInOrder(dates).map(t => Date.parse(t))
        expect(times).toEqual([...times].sort((a, b) => a - b))
        expect(times).toHaveLength(dates.length)
      }),
      { numRuns: 500 }
    )
  })

  test('an offset time in the index is normalised to Z', async () => {
    const dir = editedSeed([
      'strong/update-evidence.yaml',
      'acceptedAt: 2026-10-03T08:00:00Z',
      'acceptedAt: 2026-10-03T10:00:00+02:00'
    ])
    const pkg = await loadPackage(path.join(dir, 'strong'))
    expect(pkg.facts.exceptions[0]?.acceptedAt).toBe('2026-10-03T08:00:00Z')
  })
})

describe('canonical names', () => {
  test.each([
    ['carol@supplier.example', 'carol@supplier.example'],
    ['Carol@Supplier.EXAMPLE', 'carol@supplier.example'],
    ['  carol@supplier.example\t\n', 'carol@supplier.example'],
    ['\u3000CAROL@supplier.example\u00a0', 'carol@supplier.example'],
    ['Jos\u0065\u0301 D\u00edaz', 'Jos\u00e9 D\u00edaz'],
    ['Release Team', 'Release Team'],
    [
      'https://github.com/Supplier/IC22/.github/workflows/release.yml@refs/heads/main',
      'https://github.com/Supplier/IC22/.github/workflows/release.yml@refs/heads/main'
    ]
  ])('%j -> %j', (name, canonical) => {
    expect(canonicalIdentity(name, { file: 'f', field: 'x' })).toBe(canonical)
  })

  test.each([
    ['carol\u200d@supplier.example', 'U+200D'],
    ['carol@supplier.example\u200b', 'U+200B'],
    ['\ufeffcarol@supplier.example', 'U+FEFF'],
    ['carol\u00ad@supplier.example', 'U+00AD'],
    ['carol\u0000@supplier.example', 'U+0000'],
    ['Release\u00a0Team', 'U+00A0'],
    ['carol@\u202esupplier.example', 'U+202E'],
    ['carol\ud800@supplier.example', 'U+D800'],
    ['\u3164', 'U+3164']
  ])('%j is refused, naming %s', (name, point) => {
    expect(() => canonicalIdentity(name, { file: 'f', field: 'x' })).toThrow(
      expect.objectContaining({
        code: 'SCHEMA_VIOLATION',
        file: 'f',
        field: 'x',
        message: expect.stringContaining(point)
      })
    )
  })

  test('printable ASCII names (the shortcut) are canonical as the Unicode path makes them', () => {
    const where = { file: 'f', field: 'x' }
    const outcome = (canonical: (v: string, w: typeof where) => string, name: string) => {
      try {
        return canonical(name, where)
      } catch (error) {
        return { error: (error as Error).message }
      }
    }
    const ascii = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...' .@-_/:+aZz09'.split('')),
        fc.integer({ min: 0, max: 0x7f }).map(c => String.fromCharCode(c))
      ),
      maxLength: 30
    })
    fc.assert(
      fc.property(ascii, name => {
        expect(outcome(canonicalIdentity, name)).toEqual(outcome(canonicalUnicodeIdentity, name))
      }),
      { numRuns: 5000, seed: 3 }
    )
    for (const name of [
      '',
      '   ',
      ' Carol@Supplier.Example ',
      'a@b',
      'a@-b',
      'a@b-',
      'x@y.z.',
      'a b@c'
    ])
      expect(outcome(canonicalIdentity, name)).toEqual(outcome(canonicalUnicodeIdentity, name))
  })

  test('a name that is only white space is refused', () => {
    expect(() => canonicalIdentity(' \t ', { file: 'f', field: 'x' })).toThrow(
      expect.objectContaining({ code: 'SCHEMA_VIOLATION', message: 'is empty once trimmed' })
    )
  })

  test('the trust configuration and the evidence are canonical alike', async () => {
    const dir = editedSeed(
      ['trust.yaml', '{ id: carol@supplier.example', '{ id: " Carol@Supplier.example"'],
      ['strong/signing-event.yaml', /signer: .*/, 'signer: "RITA@supplier.example "']
    )
    const trust = await loadTrust(path.join(dir, 'trust.yaml'))
    expect(trust.data.approvers.map(a => a.id)).toContain('carol@supplier.example')
    const pkg = await loadPackage(path.join(dir, 'strong'))
    const event = pkg.evidence.find(e => e.kind === 'signing-event')
    expect(event?.content.type === 'record' && event.content.record).toMatchObject({
      signer: 'rita@supplier.example'
    })
  })
})

describe('nesting depth', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`

  test.each([
    ['JSON', (t: string) => parseJson(t, 'f.json')],
    ['YAML', (t: string) => parseYaml(t, 'f.yaml')]
  ])('%s: 64 levels parse, 65 are PARSE_ERROR', (_format, parse) => {
    expect(parse(nested(MAX_NESTING_DEPTH))).toBeDefined()
    expect(() => parse(nested(MAX_NESTING_DEPTH + 1))).toThrow(
      expect.objectContaining({
        code: 'PARSE_ERROR',
        message: expect.stringContaining('64 levels')
      })
    )
  })

  test('brackets inside JSON strings do not count', () => {
    expect(parseJson(JSON.stringify({ a: '['.repeat(1000) }), 'f.json')).toEqual({
      a: '['.repeat(1000)
    })
  })

  test('JSON text: depth and repeated keys judged on structure, whatever the strings hold', () => {
    // Strings made of the characters the scans must skip (quotes, backslashes, brackets).
    const text = fc.string({
      unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', 'a', '\u00e9', '\n'),
      maxLength: 8
    })
    const { value } = fc.letrec<{ value: unknown }>(tie => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 })
      )
    }))
    fc.assert(
      fc.property(value, text, fc.integer({ min: 1, max: 6 }), (v, key, limit) => {
        const json = JSON.stringify(v)
        expect(jsonTextTooDeep(json, limit)).toBe(valueTooDeep(v, limit))
        expect(findDuplicateJsonKey(json)).toBeNull()
        const k = JSON.stringify(key)
        expect(findDuplicateJsonKey(`[${json},{${k}:${json},${k}:1}]`)).toBe(fieldPath([1, key]))
      })
    )
  })

  test('YAML block nesting counts like flow nesting', () => {
    const block = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n'
    expect(parseYaml(block(MAX_NESTING_DEPTH), 'f.yaml')).toBeDefined()
    expect(() => parseYaml(block(MAX_NESTING_DEPTH + 1), 'f.yaml')).toThrow(
      expect.objectContaining({ code: 'PARSE_ERROR' })
    )
  })
})

describe('bounded excerpts', () => {
  test('a long string is cut', () => {
    expect(excerpt('x'.repeat(10_000)).length).toBeLessThanOrEqual(100)
  })
  test('a deep value is shown a few levels deep, without recursion through all of it', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(excerpt(deep)).toBe('[[[[[…]]]]]')
  })
  test('a wide value is cut', () => {
    const text = excerpt(Array.from({ length: 10_000 }, (_, i) => ({ [`k${i}`]: i })))
    expect(text.length).toBeLessThanOrEqual(100)
    expect(text.endsWith('…')).toBe(true)
  })
  test('a cut never halves a surrogate pair', () => {
    const cut = clip(`${'x'.repeat(98)}😀😀`, 100)
    expect(cut).toBe(`${'x'.repeat(98)}…`)
  })
})
