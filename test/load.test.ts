import { createHash, createPublicKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { validator } from '../src/shared/schema.js'
import { normaliseTimestamp } from '../src/shared/time.js'
import { verifyPackage } from '../src/verify/index.js'
import { cleanTemps, copySeed, edit, EVAL_TIME, EXAMPLES, SEED, SEED_TRUST } from './helpers.js'

afterAll(cleanTemps)

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
      'ic22-provenance-2026',
      'ic22-release-2025',
      'ic22-release-2026'
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
      'trust:keys/ic22-provenance-2026.pub',
      'trust:keys/ic22-release-2025.pub',
      'trust:keys/ic22-release-2026.pub',
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
})

describe('timestamps', () => {
  test.each([
    ['2026-10-01T11:00:00+02:00', '2026-10-01T09:00:00Z'],
    ['2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z'],
    ['2026-10-01t09:00:00z', '2026-10-01T09:00:00Z'],
    ['2026-12-31T23:30:00.1250-01:00', '2027-01-01T00:30:00.125Z'],
    ['2026-10-01T09:00:00.000000001Z', '2026-10-01T09:00:00.000000001Z'],
    ['2026-10-01T09:00:00.000Z', '2026-10-01T09:00:00Z']
  ])('%s -> %s', (input, expected) => {
    expect(normaliseTimestamp(input, {})).toBe(expected)
  })

  test.each(['2026-10-01T09:00:00', '2026-02-30T09:00:00Z', '2026-10-01', 'soon'])(
    '%s is INVALID_TIME',
    value => {
      expect(() => normaliseTimestamp(value, { file: 'f', field: 'x' })).toThrow(
        expect.objectContaining({ code: 'INVALID_TIME', file: 'f', field: 'x' })
      )
    }
  )

  test('an offset time in the index is normalised to Z', async () => {
    const dir = copySeed()
    edit(
      path.join(dir, 'strong/update-evidence.yaml'),
      'acceptedAt: 2026-10-03T08:00:00Z',
      'acceptedAt: 2026-10-03T10:00:00+02:00'
    )
    const pkg = await loadPackage(path.join(dir, 'strong'))
    expect(pkg.facts.exceptions[0]?.acceptedAt).toBe('2026-10-03T08:00:00Z')
  })
})
