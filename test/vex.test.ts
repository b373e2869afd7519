/* eslint-disable @typescript-eslint/no-explicit-any -- documents are mutated freely to break them */
/**
 * Supplier affected-version documents (CSAF 2.0, OpenVEX 0.2, OSV 1.x, CycloneDX VEX): the
 * acceptance cases of issue 10 on real public documents (test/fixtures), product matching,
 * version schemes, contradictions, schema errors and bad input bounds.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { EXIT, run } from '../src/cli/program.js'
import type { VexDocumentRecord } from '../src/contracts/policy-input.js'
import { runGate } from '../src/gate.js'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { verifyPackage } from '../src/verify/index.js'
import { copySeed, gateError, REPO, tempDir } from './helpers.js'

/** Real public documents, copied into test/fixtures (origin in test/fixtures/README.md). */
const fixtureText = (rel: string): string =>
  readFileSync(path.join(REPO, 'test', 'fixtures', rel), 'utf8')

const AT = '2026-11-26T00:00:00Z'

interface Doc {
  id: string
  format: string
  file: string
  text: string
}

/** A document of the package: the real public document `fixture` (test/fixtures) as `file`. */
const doc = (id: string, format: string, file: string, fixture: string): Doc => ({
  id,
  format,
  file,
  text: fixtureText(fixture)
})

interface PackageSpec {
  product: string
  fromVersion: string
  toVersion: string
  vulnerabilities: string[]
  identifiers: Record<string, string>[]
  docs: Doc[]
  scheme?: 'semver' | 'generic'
  claim?: string
}

/**
 * Writes a package (index, documents) and a trust configuration requiring the affected-versions
 * control, its documents unsigned as the public ones are (signedRecords: []; signed documents:
 * test/signed-vex.test.ts).
 */
function writePackage(spec: PackageSpec): { dir: string; trust: string } {
  const dir = tempDir()
  for (const d of spec.docs) writeFileSync(path.join(dir, d.file), d.text)
  writeFileSync(
    path.join(dir, 'update-evidence.yaml'),
    stringify({
      apiVersion: 'update-gate.dev/v1',
      kind: 'UpdateEvidence',
      decisionSupported: `Approve ${spec.product} ${spec.toVersion}`,
      scope: {
        product: spec.product,
        fromVersion: spec.fromVersion,
        toVersion: spec.toVersion,
        cohort: 'pilot',
        configurations: [{ id: 'standard', name: 'Standard', hardware: 'any' }],
        vulnerabilities: spec.vulnerabilities,
        identifiers: spec.identifiers,
        ...(spec.claim ? { versionScheme: spec.claim } : {})
      },
      evidence: spec.docs.map(d => ({
        id: d.id,
        kind: 'affected-versions',
        format: d.format,
        file: d.file,
        producer: 'psirt@supplier.example'
      }))
    })
  )
  const trust = path.join(dir, 'trust.yaml')
  writeFileSync(
    trust,
    stringify({
      apiVersion: 'update-gate.dev/v1',
      kind: 'TrustConfiguration',
      keys: [],
      approvers: [],
      builders: [],
      products: [{ id: spec.product, versionScheme: spec.scheme ?? 'semver' }],
      requirements: {
        minimumMaturity: 4,
        requiredControls: ['affected-versions'],
        requiredApprovals: 0,
        signedRecords: []
      }
    })
  )
  return { dir, trust }
}

async function records(spec: PackageSpec): Promise<VexDocumentRecord[]> {
  const { dir, trust } = writePackage(spec)
  const verified = await verifyPackage(await loadPackage(dir), await loadTrust(trust), AT)
  return verified.input.evidence.map(e => e.record as VexDocumentRecord)
}

/** Runs the gate on a written package at AT. */
const gateOn = ({ dir, trust }: { dir: string; trust: string }) =>
  runGate({ packageDir: dir, trustFile: trust, evaluationTime: AT })

const gate = (spec: PackageSpec) => gateOn(writePackage(spec))

/** Gates `spec`: a reject, with a finding of each of `rules`. */
async function expectRejectedWith(spec: PackageSpec, ...rules: string[]) {
  const report = await gate(spec)
  const found = report.result.findings.map(f => f.rule)
  for (const rule of rules) expect(found).toContain(rule)
  expect(report.result.decision).toBe('reject')
}

const affectedSet = (r: VexDocumentRecord) =>
  [
    ...new Set(
      r.statements.filter(s => s.status === 'affected').flatMap(s => [...s.versions, ...s.vers])
    )
  ].sort()

const ABC = {
  product: 'ABC',
  fromVersion: '2.4',
  toVersion: '4.2',
  vulnerabilities: ['CVE-2021-44228'],
  identifiers: [{ name: 'ABC' }],
  scheme: 'generic' as const
}

describe('affected set of the CISA use case 4 documents', () => {
  it('CSAF and CycloneDX VEX, each matched to product ABC, give the same set', async () => {
    const [csaf] = await records({
      ...ABC,
      docs: [doc('csaf', 'csaf', 'csaf.json', 'csaf/2022-evd-uc-04-001.json')]
    })
    const [cdx] = await records({
      ...ABC,
      docs: [doc('cdx', 'cyclonedx-vex', 'vex.json', 'cyclonedx/cisa-case-4.vex.json')]
    })
    const expected = ['2.4', '2.6', 'vers:generic/>=2.9|<=4.1']
    expect(affectedSet(csaf!)).toEqual(expected)
    expect(affectedSet(cdx!)).toEqual(expected)
    expect(csaf!.versionScheme).toBe('generic')
    for (const r of [csaf!, cdx!]) {
      expect(r.statements.every(s => s.vulnerability === 'CVE-2021-44228')).toBe(true)
      // 2.4 is listed; 4.2, the remediation's version, is outside every affected entry.
      expect(r.statements.some(s => s.fromVersion === 'affected')).toBe(true)
      expect(r.statements.every(s => s.toVersion === null)).toBe(true)
      expect(r.notThisProductCount).toBe(0)
    }
  })

  it('a version inside the vers range is affected, one past it is not covered', async () => {
    const [csaf] = await records({
      ...ABC,
      fromVersion: '3.0',
      toVersion: '4.1.1',
      docs: [doc('csaf', 'csaf', 'csaf.json', 'csaf/2022-evd-uc-04-001.json')]
    })
    const range = csaf!.statements.find(s => s.vers.length > 0)!
    expect(range.fromVersion).toBe('affected')
    expect(range.toVersion).toBeNull()
  })

  it('entries that match no identifier are listed as not this product', async () => {
    const spec = {
      ...ABC,
      identifiers: [{ name: 'XYZ' }],
      docs: [doc('csaf', 'csaf', 'csaf.json', 'csaf/2022-evd-uc-04-001.json')]
    }
    const [csaf] = await records(spec)
    expect(csaf!.statements).toEqual([])
    expect(csaf!.notThisProduct).toEqual([
      'CSAFPID-0002 (Example Company ABC 2.4)',
      'CSAFPID-0003 (Example Company ABC 2.6)',
      'CSAFPID-0004 (Example Company ABC >=2.9|<=4.1)'
    ])
    await expectRejectedWith(
      spec,
      'affected_versions.not_this_product',
      'affected_versions.vulnerability_unmapped'
    )
  })
})

describe('OSV', () => {
  const GO = {
    product: 'go',
    vulnerabilities: ['CVE-2024-24791'],
    identifiers: [{ name: 'stdlib', ecosystem: 'Go' }]
  }
  const goDoc = (): Doc => doc('osv', 'osv', 'osv.json', 'osv/GO-2024-2963.json')

  it('GO-2024-2963: two ranges; 1.21.11 affected, 1.21.12 fixed', async () => {
    const [osv] = await records({
      ...GO,
      fromVersion: '1.21.11',
      toVersion: '1.21.12',
      docs: [goDoc()]
    })
    expect(osv!.statements).toHaveLength(1)
    const s = osv!.statements[0]!
    expect(s.vulnerability).toBe('CVE-2024-24791') // matched by its alias
    expect(s.ranges).toEqual([
      { introduced: '0', fixed: '1.21.12', lastAffected: null },
      { introduced: '1.22.0-0', fixed: '1.22.5', lastAffected: null }
    ])
    expect(s.fromVersion).toBe('affected')
    expect(s.toVersion).toBe('fixed')
    const report = await gate({
      ...GO,
      fromVersion: '1.21.11',
      toVersion: '1.21.12',
      docs: [goDoc()]
    })
    expect(report.result.findings.filter(f => f.control === 'affected-versions')).toEqual([])
    expect(report.result.decision).toBe('approve')
  })

  it('a to-version inside the second range is affected', async () => {
    const report = await gate({
      ...GO,
      fromVersion: '1.21.11',
      toVersion: '1.22.4',
      docs: [goDoc()]
    })
    expect(report.result.findings.map(f => f.rule)).toContain(
      'affected_versions.to_version_affected'
    )
  })

  /** GO-2024-2963 with the events of its first range replaced. */
  const goWithEvents = (events: Record<string, string>[]) => {
    const d = JSON.parse(fixtureText('osv/GO-2024-2963.json')) as Record<string, any>
    d.affected[0].ranges[0].events = events
    return {
      ...GO,
      fromVersion: '1.21.11',
      toVersion: '1.21.12',
      docs: [{ id: 'osv', format: 'osv', file: 'osv.json', text: JSON.stringify(d) }]
    }
  }

  it('range events are evaluated sorted by version, not paired in the order written', async () => {
    const spec = goWithEvents([
      { introduced: '1.21.0' },
      { fixed: '1.21.12-alpha' },
      { introduced: '1.21.12-rc.1' },
      { fixed: '1.21.12-beta' }
    ])
    const [osv] = await records(spec)
    // Sorted: introduced 1.21.0, fixed 1.21.12-alpha, fixed 1.21.12-beta, introduced 1.21.12-rc.1.
    expect(osv!.statements[0]!.ranges).toEqual([
      { introduced: '1.21.0', fixed: '1.21.12-alpha', lastAffected: null },
      { introduced: '1.21.12-rc.1', fixed: null, lastAffected: null }
    ])
    expect(osv!.statements[0]!.toVersion).toBe('affected')
    await expectRejectedWith(spec, 'affected_versions.to_version_affected')
  })

  it.each<[string, Record<string, string>[]]>([
    ['fixed', [{ fixed: '1.21.12' }, { introduced: '1.21.12' }, { introduced: '1.21.0' }]],
    [
      'last_affected',
      [{ last_affected: '1.21.11' }, { introduced: '1.21.11' }, { introduced: '0' }]
    ]
  ])('at one version an introduced comes before a %s', async (kind, events) => {
    const [osv] = await records(goWithEvents(events))
    expect(osv!.statements[0]!.ranges).toEqual([
      kind === 'fixed'
        ? { introduced: '1.21.0', fixed: '1.21.12', lastAffected: null }
        : { introduced: '0', fixed: null, lastAffected: '1.21.11' }
    ])
    expect(osv!.statements[0]).toMatchObject({ fromVersion: 'affected', toVersion: 'fixed' })
  })

  it.each([
    ['a limit event', { limit: '1.21.12' }, /limit events are not evaluated/],
    [
      'an event version that is not SemVer',
      { fixed: '1.21' },
      /fixed "1.21" is not a SemVer version/
    ]
  ])('a range with %s is reported unsupported', async (_, event, reason) => {
    const [osv] = await records(goWithEvents([{ introduced: '0' }, event]))
    expect(osv!.unsupported).toEqual([
      expect.objectContaining({
        statement: '/affected/0/ranges/0',
        reason: expect.stringMatching(reason)
      })
    ])
    expect(osv!.statements).toEqual([])
  })

  it('a record withdrawn at or before the evaluation time counts for nothing, and each statement is reported', async () => {
    const withdrawnAt = (time: string) => {
      const d = JSON.parse(fixtureText('osv/GO-2024-2963.json')) as Record<string, any>
      d.withdrawn = time
      return {
        ...GO,
        fromVersion: '1.21.11',
        toVersion: '1.21.12',
        docs: [{ id: 'osv', format: 'osv', file: 'osv.json', text: JSON.stringify(d) }]
      }
    }
    const [osv] = await records(withdrawnAt('2026-10-15T00:00:00.000Z'))
    expect(osv!.statements).toEqual([])
    expect(osv!.unsupported).toEqual([
      {
        statement: '/affected/0',
        vulnerability: 'CVE-2024-24791',
        status: 'affected',
        product: 'Go/stdlib',
        reason: expect.stringMatching(/^\/withdrawn is 2026-10-15T00:00:00Z, .*counts for nothing/)
      }
    ])
    await expectRejectedWith(
      withdrawnAt(AT),
      'affected_versions.range_unsupported',
      'affected_versions.vulnerability_unmapped'
    )
    // Withdrawn after the evaluation time: the record still stood then.
    expect((await gate(withdrawnAt('2026-11-26T00:00:00.001Z'))).result.decision).toBe('approve')
  })

  it('GIT and non-SemVer ECOSYSTEM ranges are reported unsupported, never guessed', async () => {
    const doc = {
      schema_version: '1.6.0',
      id: 'OSV-TEST-1',
      modified: '2026-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'thing' },
          ranges: [
            {
              type: 'GIT',
              repo: 'https://example.com/thing.git',
              events: [{ introduced: '0' }, { fixed: 'a'.repeat(40) }]
            },
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }
          ]
        }
      ]
    }
    const spec = {
      product: 'thing',
      fromVersion: '1.0.0',
      toVersion: '2.0.0',
      vulnerabilities: ['OSV-TEST-1'],
      identifiers: [{ name: 'thing', ecosystem: 'PyPI' }],
      docs: [{ id: 'osv', format: 'osv', file: 'osv.json', text: JSON.stringify(doc) }]
    }
    const [osv] = await records(spec)
    expect(osv!.statements).toEqual([])
    expect(osv!.unsupported.map(u => [u.statement, u.reason])).toEqual([
      ['/affected/0/ranges/0', expect.stringMatching(/GIT ranges/)],
      ['/affected/0/ranges/1', expect.stringMatching(/ecosystem "PyPI"/)]
    ])
    await expectRejectedWith(
      spec,
      'affected_versions.range_unsupported',
      'affected_versions.vulnerability_unmapped'
    )
  })

  it('an entry with a range the gate cannot evaluate says nothing of the to-version; the scope may name its alias', async () => {
    const doc = JSON.parse(fixtureText('osv/GO-2024-2963.json')) as Record<string, any>
    doc.affected[0].ranges.push({
      type: 'GIT',
      repo: 'https://go.googlesource.com/go',
      events: [{ introduced: '0' }]
    })
    const spec = {
      ...GO,
      fromVersion: '1.21.11',
      toVersion: '1.21.12',
      docs: [{ id: 'osv', format: 'osv', file: 'osv.json', text: JSON.stringify(doc) }]
    }
    const [osv] = await records(spec)
    expect(osv!.statements).toEqual([])
    expect(osv!.unsupported.map(u => [u.statement, u.vulnerability])).toEqual([
      [`/affected/0/ranges/${doc.affected[0].ranges.length - 1}`, 'CVE-2024-24791']
    ])
    const report = await gate(spec)
    expect(report.result.decision).not.toBe('approve')
    expect(report.result.findings.map(f => f.rule)).toContain('affected_versions.range_unsupported')
  })
})

describe('CycloneDX affects refs', () => {
  const SERIAL = '3e671687-395b-41f5-a30f-a58921a69b79'
  const BOM_REF = 'pkg:generic/example-company/abc#lib/core'
  /** CISA case 4 with a bom-ref that is a purl with a subpath, and 4.2 listed affected too. */
  const cdx = (ref: string) => {
    const d = JSON.parse(fixtureText('cyclonedx/cisa-case-4.vex.json')) as Record<string, any>
    d.serialNumber = `urn:uuid:${SERIAL}`
    d.metadata.component['bom-ref'] = BOM_REF
    d.vulnerabilities[0].affects[0].ref = ref
    d.vulnerabilities[0].affects[0].versions.push({ version: '4.2', status: 'affected' })
    return {
      ...ABC,
      docs: [{ id: 'cdx', format: 'cyclonedx-vex', file: 'vex.json', text: JSON.stringify(d) }]
    }
  }

  it.each([
    ['the bom-ref itself, # and all', BOM_REF],
    ['a BOM-Link into this BOM', `urn:cdx:${SERIAL}/1#${encodeURIComponent(BOM_REF)}`]
  ])('%s names the component', async (_, ref) => {
    const [record] = await records(cdx(ref))
    expect(record!.notThisProductCount).toBe(0)
    expect(record!.statements.find(s => s.versions.includes('4.2'))!.toVersion).toBe('affected')
    await expectRejectedWith(cdx(ref), 'affected_versions.to_version_affected')
  })

  it.each([
    ['a ref no component has', 'product-XYZ'],
    [
      'a BOM-Link into another BOM',
      `urn:cdx:11111111-395b-41f5-a30f-a58921a69b79/1#${encodeURIComponent(BOM_REF)}`
    ],
    ['the bom-ref cut at its #', 'lib/core']
  ])('an exploitable statement about %s is refused, naming its pointer', async (_, ref) => {
    const e = await gateError(() => gate(cdx(ref)))
    expect([e.code, e.file, e.field]).toEqual([
      'SCHEMA_VIOLATION',
      'vex.json',
      '/vulnerabilities/0/affects/0/ref'
    ])
    expect(e.message).toMatch(/is affected for .* which names no component of this BOM/)
  })
})

describe('OpenVEX', () => {
  it('sample-2vulns: not_affected with its justification, and fixed', async () => {
    const [vex] = await records({
      product: 'nginx',
      fromVersion: '1.0.0',
      toVersion: '1.0.1',
      vulnerabilities: ['CVE-2023-27103', 'CVE-2007-5686'],
      identifiers: [{ purl: 'pkg:oci/nginx' }],
      docs: [doc('openvex', 'openvex', 'vex.json', 'openvex/sample-2vulns.openvex.json')]
    })
    const by = Object.fromEntries(vex!.statements.map(s => [s.vulnerability, s]))
    expect(by['CVE-2023-27103']).toMatchObject({
      status: 'not_affected',
      justification: 'component_not_present'
    })
    expect(by['CVE-2007-5686']).toMatchObject({ status: 'fixed', justification: null })
  })
})

/** An OpenVEX document of CVE-2024-0001 whose statements each name one product. */
const openVexOf = (statements: { status: string; product: string }[]) =>
  JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.example/vex-1',
    author: 'PSIRT',
    timestamp: '2026-01-01T00:00:00Z',
    version: 1,
    statements: statements.map(({ status, product }) => ({
      vulnerability: { name: 'CVE-2024-0001' },
      products: [{ '@id': product }],
      status,
      ...(status === 'affected' ? { action_statement: 'update' } : {})
    }))
  })

/** fw 1.0.0 -> 1.1.0 fixing CVE-2024-0001, named by `identifier`, with that OpenVEX document. */
const fwUpdate = (
  identifier: { cpe: string } | { purl: string },
  statements: { status: string; product: string }[]
) => ({
  product: 'fw',
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  vulnerabilities: ['CVE-2024-0001'],
  identifiers: [identifier],
  docs: [{ id: 'vex', format: 'openvex', file: 'vex.json', text: openVexOf(statements) }]
})

describe('vulnerability ids', () => {
  it('compare case-insensitively, and are reported as the scope spells them', async () => {
    const spec = {
      ...fwUpdate({ purl: 'pkg:generic/example/fw' }, [
        { status: 'affected', product: 'pkg:generic/example/fw@1.0.0' },
        { status: 'fixed', product: 'pkg:generic/example/fw@1.1.0' },
        { status: 'affected', product: 'pkg:generic/example/fw@1.1.0' }
      ]),
      vulnerabilities: ['cve-2024-0001']
    }
    const [record] = await records(spec)
    expect(record!.statements.map(s => [s.vulnerability, s.toVersion])).toEqual([
      ['cve-2024-0001', null],
      ['cve-2024-0001', 'fixed'],
      ['cve-2024-0001', 'affected']
    ])
    const { code, out } = await cli(spec)
    expect(code).toBe(EXIT.gateFailed)
    expect(out).toMatch(
      /affected_versions\.to_version_affected: cve-2024-0001: to-version 1\.1\.0 is affected/
    )
  })
})

describe('CPE names', () => {
  const spec = (fixed: string) =>
    fwUpdate({ cpe: 'cpe:2.3:a:example:fw:*:*:*:*:*:*:*:*' }, [
      { status: 'affected', product: 'cpe:2.3:a:example:fw:1.0.0:*:*:*:*:*:*:*' },
      { status: 'fixed', product: fixed }
    ])

  it('compare by value: a quoted character (ic22\\-fw) is the character itself', async () => {
    const quoted = fwUpdate({ cpe: 'cpe:2.3:o:example:ic22-fw:*:*:*:*:*:*:*:*' }, [
      { status: 'affected', product: 'cpe:2.3:o:example:ic22-fw:1.0.0:*:*:*:*:*:*:*' },
      { status: 'fixed', product: 'cpe:2.3:o:example:ic22-fw:1.1.0:*:*:*:*:*:*:*' },
      { status: 'affected', product: 'cpe:2.3:o:example:ic22\\-fw:1.1.0:*:*:*:*:*:*:*' }
    ])
    const [record] = await records(quoted)
    expect(record!.notThisProductCount).toBe(0)
    expect(record!.statements.map(s => s.toVersion)).toEqual([null, 'fixed', 'affected'])
    const { code, out } = await cli(quoted)
    expect(code).toBe(EXIT.gateFailed)
    expect(out).toMatch(
      /affected_versions\.to_version_affected: CVE-2024-0001: to-version 1\.1\.0 is affected/
    )
  })

  it('a fix in an update of the version (1.1.0 SP1) is not a fix in the version itself', async () => {
    const [record] = await records(spec('cpe:2.3:a:example:fw:1.1.0:sp1:*:*:*:*:*:*'))
    expect(record!.statements.map(s => s.versions)).toEqual([['1.0.0'], ['1.1.0:sp1']])
    const report = await gate(spec('cpe:2.3:a:example:fw:1.1.0:sp1:*:*:*:*:*:*'))
    expect(report.result.decision).not.toBe('approve')
    const plain = await gate(spec('cpe:2.3:a:example:fw:1.1.0:*:*:*:*:*:*:*'))
    expect(plain.result.decision).toBe('approve')
  })
})

describe('SemVer build metadata', () => {
  const spec = (statements: { status: string; version: string }[]) =>
    fwUpdate(
      { purl: 'pkg:generic/example/fw' },
      statements.map(({ status, version }) => ({
        status,
        product: `pkg:generic/example/fw@${encodeURIComponent(version)}`
      }))
    )
  const affected10 = { status: 'affected', version: '1.0.0' }

  it('a fix in another build of the version (1.1.0+debug) is not a fix in the version', async () => {
    const debug = spec([affected10, { status: 'fixed', version: '1.1.0+debug' }])
    const [record] = await records(debug)
    expect(record!.statements.map(s => s.toVersion)).toEqual([null, null])
    expect((await gate(debug)).result.decision).not.toBe('approve')
    const plain = spec([affected10, { status: 'fixed', version: '1.1.0' }])
    expect((await gate(plain)).result.decision).toBe('approve')
  })

  it('another build of the version said affected is the version affected', async () => {
    const [record] = await records(
      spec([
        affected10,
        { status: 'fixed', version: '1.1.0' },
        { status: 'affected', version: '1.1.0+debug' }
      ])
    )
    expect(record!.statements.map(s => s.toVersion)).toEqual([null, 'fixed', 'affected'])
  })
})

/** The CISA use case 4 CSAF document with ABC 4.2 fixed (so 2.4 -> 4.2 is explained), changed by `edit`. */
function abcFixedIn42(edit: (d: Record<string, any>) => void = () => undefined): PackageSpec {
  const d = JSON.parse(fixtureText('csaf/2022-evd-uc-04-001.json')) as Record<string, any>
  d.product_tree.branches[0].branches[0].branches.push({
    category: 'product_version',
    name: '4.2',
    product: { name: 'Example Company ABC 4.2', product_id: 'CSAFPID-0042' }
  })
  d.vulnerabilities[0].product_status.fixed = ['CSAFPID-0042']
  edit(d)
  return {
    ...ABC,
    docs: [{ id: 'csaf', format: 'csaf', file: 'csaf.json', text: JSON.stringify(d) }]
  }
}

/** Sets the name (version range) of the CISA document's known_affected CSAFPID-0004 branch. */
const rangeOf0004 = (name: string) => (d: Record<string, any>) => {
  d.product_tree.branches[0].branches[0].branches[2].name = name
}

/** Runs the CLI on a written package: exit code and text output. */
async function cli(spec: PackageSpec) {
  const { dir, trust } = writePackage(spec)
  let out = ''
  const code = await run(['evaluate', dir, '--trust', trust, '--at', AT, '--format', 'text'], {
    stdout: t => (out += t),
    stderr: t => (out += t)
  })
  return { code, out }
}

describe('what the gate cannot evaluate blocks "fixed"', () => {
  it('the CISA document with 4.2 fixed explains 2.4 -> 4.2', async () => {
    const report = await gate(abcFixedIn42())
    expect(report.result.findings.filter(f => f.control === 'affected-versions')).toEqual([])
    expect(report.result.decision).toBe('approve')
  })

  it.each([
    ['not a vers range', '>=2.9 <=5.0', /range ">=2.9 <=5.0" is not a vers: range/],
    [
      'a vers range of another scheme',
      'vers:deb/>=2.9|<=5.0',
      /range vers:deb\/>=2.9\|<=5.0 is in scheme deb; the product's version scheme is generic/
    ]
  ])(
    'an affected range that is %s may hold the to-version: a gap, never approved',
    async (_, range, reason) => {
      const spec = abcFixedIn42(rangeOf0004(range))
      const report = await gate(spec)
      const unsupported = report.result.findings.filter(
        f => f.rule === 'affected_versions.range_unsupported'
      )
      expect(unsupported).toHaveLength(1)
      expect(unsupported[0]!.severity).toBe('gap')
      expect(unsupported[0]!.message).toMatch(reason)
      expect(unsupported[0]!.message).toContain('may include to-version 4.2')
      expect(report.result.decision).not.toBe('approve')
      const { code, out } = await cli(spec)
      expect(code).toBe(EXIT.gateFailed)
      expect(out).not.toMatch(/verified: .* 4\.2 fixed/)
      expect(out).toMatch(/GAP \(affected-versions\) affected_versions\.range_unsupported/)
    }
  )

  it('a fixed range the gate cannot evaluate only fails to clear: a warning', async () => {
    const warned = await gate(
      abcFixedIn42(d => {
        rangeOf0004('>=4.2')(d)
        d.vulnerabilities[0].product_status.known_affected = ['CSAFPID-0002', 'CSAFPID-0003']
        d.vulnerabilities[0].product_status.fixed.push('CSAFPID-0004')
      })
    )
    const unsupported = warned.result.findings.filter(
      f => f.rule === 'affected_versions.range_unsupported'
    )
    expect(unsupported.map(f => f.severity)).toEqual(['warning'])
    expect(warned.result.decision).toBe('approve')
  })

  it('a listed version invalid in the product scheme (V1.1.0) is reported, and blocks when affected', async () => {
    const spec = fwUpdate({ purl: 'pkg:generic/example/fw' }, [
      { status: 'affected', product: 'pkg:generic/example/fw@1.0.0' },
      { status: 'fixed', product: 'pkg:generic/example/fw@1.1.0' },
      { status: 'affected', product: 'pkg:generic/example/fw@V1.1.0' }
    ])
    const [record] = await records(spec)
    expect(record!.unsupported).toEqual([
      {
        statement: '/statements/2/products/0',
        vulnerability: 'CVE-2024-0001',
        status: 'affected',
        product: 'pkg:generic/example/fw@V1.1.0',
        reason: 'version "V1.1.0" is not a semver version'
      }
    ])
    const { code, out } = await cli(spec)
    expect(code).toBe(EXIT.gateFailed)
    expect(out).toMatch(/GAP \(affected-versions\) affected_versions\.range_unsupported/)
  })

  it('an OSV GIT range of this package blocks; one of another package is not this product', async () => {
    const osv = (packageName: string) => {
      const doc = JSON.parse(fixtureText('osv/GO-2024-2963.json')) as Record<string, any>
      doc.affected.push({
        package: { ecosystem: 'Go', name: packageName },
        ranges: [
          { type: 'GIT', repo: 'https://go.googlesource.com/go', events: [{ introduced: '0' }] }
        ]
      })
      return {
        product: 'go',
        vulnerabilities: ['CVE-2024-24791'],
        identifiers: [{ name: 'stdlib', ecosystem: 'Go' }],
        fromVersion: '1.21.11',
        toVersion: '1.21.12',
        docs: [{ id: 'osv', format: 'osv', file: 'osv.json', text: JSON.stringify(doc) }]
      }
    }
    const ours = await gate(osv('stdlib'))
    expect(
      ours.result.findings.find(f => f.rule === 'affected_versions.range_unsupported')
    ).toMatchObject({
      severity: 'gap'
    })
    expect(ours.result.decision).not.toBe('approve')
    const [other] = await records(osv('golang.org/x/other'))
    expect(other!.unsupported).toEqual([])
    expect(other!.notThisProduct).toEqual(['Go/golang.org/x/other'])
  })
})

describe('scope.identifiers cannot make a document disappear', () => {
  it('a listed document naming a vulnerability in scope only for other products is a gap', async () => {
    const otherVendor = openVexOf([
      { status: 'affected', product: 'pkg:generic/other-company/abc@4.2' }
    ]).replaceAll('CVE-2024-0001', 'CVE-2021-44228')
    const fixed = abcFixedIn42()
    const spec = {
      ...fixed,
      identifiers: [{ name: 'ABC', vendor: 'Example Company' }],
      docs: [...fixed.docs, { id: 'vex', format: 'openvex', file: 'vex.json', text: otherVendor }]
    }
    const [, vex] = await records(spec)
    expect(vex!.vulnerabilities).toEqual(['CVE-2021-44228'])
    expect(vex!.statements).toEqual([])
    const report = await gate(spec)
    const silent = report.result.findings.filter(
      f => f.rule === 'affected_versions.not_about_product'
    )
    expect(silent.map(f => [f.severity, f.evidence])).toEqual([['gap', ['vex']]])
    expect(report.result.decision).not.toBe('approve')
    const { code, out } = await cli(spec)
    expect(code).toBe(EXIT.gateFailed)
    expect(out).toMatch(
      /GAP \(affected-versions\) affected_versions\.not_about_product: CVE-2021-44228: vex names it/
    )
  })

  it('a version pin narrows what a fixed statement clears, never what an affected one covers', async () => {
    const pinned = abcFixedIn42(d => {
      d.product_tree = {
        full_product_names: [
          { name: 'Example Company ABC', product_id: 'ABC' },
          { name: 'Example Company ABC 4.2', product_id: 'ABC-42' }
        ]
      }
      d.vulnerabilities[0].product_status = { known_affected: ['ABC'], fixed: ['ABC-42'] }
      delete d.vulnerabilities[0].remediations
    })
    const spec = {
      ...pinned,
      identifiers: [
        { csafProductId: 'ABC', version: '2.4' },
        { csafProductId: 'ABC-42', version: '4.2' }
      ]
    }
    const [record] = await records(spec)
    expect(record!.statements.map(s => [s.status, s.allVersions, s.versions, s.toVersion])).toEqual(
      [
        ['affected', true, [], 'affected'],
        ['fixed', false, ['4.2'], 'fixed']
      ]
    )
    const report = await gate(spec)
    expect(report.result.findings.map(f => f.rule)).toContain(
      'affected_versions.to_version_affected'
    )
    expect(report.result.decision).toBe('reject')
  })
})

describe('several documents', () => {
  const notAffected10 = JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example-company.example/vex/def-1',
    author: 'Example Company PSIRT',
    timestamp: '2026-01-01T00:00:00Z',
    version: 1,
    statements: [
      {
        vulnerability: { name: 'CVE-2021-44228' },
        products: [{ '@id': 'pkg:generic/example-company/def@1.0' }],
        status: 'not_affected',
        justification: 'vulnerable_code_not_present'
      }
    ]
  })
  const DEF = {
    product: 'DEF',
    fromVersion: '1.0',
    toVersion: '1.1',
    vulnerabilities: ['CVE-2021-44228'],
    identifiers: [
      { name: 'DEF', vendor: 'Example Company' },
      { purl: 'pkg:generic/example-company/def' }
    ] as Record<string, string>[],
    scheme: 'generic' as const
  }
  const csaf = (id: string, file: string): Doc =>
    doc(id, 'csaf', path.basename(file), `csaf/${path.basename(file)}`)

  it('two CSAF documents (affected 1.0, fixed 1.1) together explain the update', async () => {
    const report = await gate({
      ...DEF,
      docs: [
        csaf('affected', '2022-evd-uc-01-a-001.json'),
        csaf('fixed', '2022-evd-uc-01-f-001.json')
      ]
    })
    expect(report.result.findings.filter(f => f.control === 'affected-versions')).toEqual([])
    expect(report.result.maturity.controls['affected-versions']!.reason).toContain(
      '(generic versions)'
    )
  })

  describe('a CSAF draft, or one released after the evaluation time, does not clear a version', () => {
    const tracked = (file: string, change: (tracking: Record<string, any>) => void): Doc => {
      const d = JSON.parse(fixtureText(`csaf/${file}`)) as Record<string, any>
      change(d.document.tracking)
      return {
        id: file.includes('-f-') ? 'fixed' : 'affected',
        format: 'csaf',
        file,
        text: JSON.stringify(d)
      }
    }
    const spec = (affected: Doc, fixed: Doc) => ({ ...DEF, docs: [affected, fixed] })
    const draft = (t: Record<string, any>) => (t.status = 'draft')
    const later = (t: Record<string, any>) => (t.current_release_date = '2026-11-26T00:00:01Z')
    const final = () => undefined

    it.each([
      ['draft', draft, /^\/document\/tracking\/status is draft/],
      [
        'released later',
        later,
        /^\/document\/tracking\/current_release_date is 2026-11-26T00:00:01Z, after/
      ]
    ])('%s: its fixed is reported and does not count', async (_, change, reason) => {
      const s = spec(
        tracked('2022-evd-uc-01-a-001.json', final),
        tracked('2022-evd-uc-01-f-001.json', change)
      )
      const [, fixed] = await records(s)
      expect(fixed!.statements).toEqual([])
      expect(fixed!.unsupported).toEqual([
        expect.objectContaining({
          statement: '/vulnerabilities/0/product_status/fixed/0',
          reason: expect.stringMatching(reason)
        })
      ])
      await expectRejectedWith(
        s,
        'affected_versions.to_version_not_covered',
        'affected_versions.range_unsupported'
      )
    })

    it('a draft still says a version is affected', async () => {
      const s = spec(
        tracked('2022-evd-uc-01-a-001.json', draft),
        tracked('2022-evd-uc-01-f-001.json', final)
      )
      const [affected] = await records(s)
      expect(affected!.statements.map(x => x.fromVersion)).toEqual(['affected'])
      expect((await gate(s)).result.decision).toBe('approve')
    })
  })

  it('two documents that disagree about one vulnerability and version: a violation naming both', async () => {
    const report = await gate({
      ...DEF,
      docs: [
        csaf('csaf', '2022-evd-uc-01-a-001.json'),
        { id: 'openvex', format: 'openvex', file: 'def.openvex.json', text: notAffected10 }
      ]
    })
    const c = report.result.findings.filter(f => f.rule === 'affected_versions.contradiction')
    expect(c).toHaveLength(1)
    expect(c[0]!.severity).toBe('violation')
    expect(c[0]!.evidence).toEqual(['csaf', 'openvex'])
    expect(c[0]!.message).toContain('csaf#/vulnerabilities/0/product_status/known_affected/0')
    expect(c[0]!.message).toContain('openvex#/statements/0/products/0')
    expect(report.result.decision).toBe('reject')
  })
  it('a CSAF relationship ("DEF 1.1 installed_on HW-B") is its product_reference: its known_affected is 1.1 affected', async () => {
    const fixed = JSON.parse(fixtureText('csaf/2022-evd-uc-01-f-001.json')) as Record<string, any>
    fixed.product_tree.branches[0].branches.push({
      category: 'product_name',
      name: 'HW-B',
      branches: [
        {
          category: 'product_version',
          name: 'B',
          product: { name: 'Example Company HW-B', product_id: 'CSAFPID-HW-B' }
        }
      ]
    })
    fixed.product_tree.relationships = [
      {
        category: 'installed_on',
        product_reference: 'CSAFPID-0001',
        relates_to_product_reference: 'CSAFPID-HW-B',
        full_product_name: {
          name: 'Example Company DEF 1.1 installed on HW-B',
          product_id: 'CSAFPID-0001-HW-B'
        }
      }
    ]
    fixed.vulnerabilities[0].product_status.known_affected = ['CSAFPID-0001-HW-B']
    const spec = (identifiers: Record<string, string>[]) => ({
      ...DEF,
      identifiers,
      docs: [
        csaf('affected', '2022-evd-uc-01-a-001.json'),
        { id: 'fixed', format: 'csaf', file: 'fixed.json', text: JSON.stringify(fixed) }
      ]
    })
    const [, record] = await records(spec(DEF.identifiers))
    expect(record!.notThisProduct).toEqual([])
    const onHw = record!.statements.find(s => s.status === 'affected')!
    expect(onHw).toMatchObject({
      product: 'CSAFPID-0001-HW-B (Example Company DEF 1.1 installed on HW-B)',
      versions: ['1.1'],
      toVersion: 'affected'
    })
    await expectRejectedWith(
      spec(DEF.identifiers),
      'affected_versions.to_version_affected',
      'affected_versions.contradiction'
    )
    // A chain ("on HW-B" on "on HW-C" on DEF 1.1) is followed to its end: the outer relationship
    // is DEF 1.1 too, whatever order the relationships are listed in.
    const chained = JSON.parse(JSON.stringify(fixed)) as Record<string, any>
    chained.product_tree.relationships.unshift({
      category: 'installed_on',
      product_reference: 'CSAFPID-0001-HW-B',
      relates_to_product_reference: 'CSAFPID-HW-B',
      full_product_name: {
        name: 'DEF 1.1 on HW-B, in the C rack',
        product_id: 'CSAFPID-0001-HW-B-C'
      }
    })
    chained.vulnerabilities[0].product_status.known_affected = ['CSAFPID-0001-HW-B-C']
    const [, outer] = await records({
      ...DEF,
      docs: [
        csaf('affected', '2022-evd-uc-01-a-001.json'),
        { id: 'fixed', format: 'csaf', file: 'fixed.json', text: JSON.stringify(chained) }
      ]
    })
    expect(outer!.statements.find(s => s.status === 'affected')).toMatchObject({
      product: 'CSAFPID-0001-HW-B-C (DEF 1.1 on HW-B, in the C rack)',
      versions: ['1.1'],
      toVersion: 'affected'
    })
    // A product_id identifier names the relationships built on that product too.
    await expectRejectedWith(
      spec([{ csafProductId: 'CSAFPID-0001', version: '1.1' }]),
      'affected_versions.to_version_affected'
    )
  })
})

describe('CSAF justifications through flags and product groups', () => {
  /**
   * DEF 1.0 affected (01-a) and 1.1 known_not_affected, justified by the last of `size` flags,
   * each naming a group of `size` products besides its own, among `size` other not-affected
   * products. Matching each statement against each flag's expanded groups took minutes.
   */
  function notAffectedThroughGroups(size: number): Doc {
    const d = JSON.parse(fixtureText('csaf/2022-evd-uc-01-f-001.json')) as Record<string, any>
    const ids = (prefix: string) => Array.from({ length: size }, (_, i) => `${prefix}${i}`)
    d.product_tree.product_groups = [
      { group_id: 'G-OTHER', product_ids: ids('g') },
      { group_id: 'G-DEF', product_ids: ['CSAFPID-0001', 'g0'] }
    ]
    const v = d.vulnerabilities[0]
    v.product_status = { known_not_affected: [...ids('n'), 'CSAFPID-0001'] }
    v.flags = ids('f').map((f, i) => ({
      label: i === size - 1 ? 'vulnerable_code_not_present' : 'component_not_present',
      group_ids: i === size - 1 ? ['G-OTHER', 'G-DEF'] : ['G-OTHER'],
      product_ids: [f]
    }))
    return { id: 'not-affected', format: 'csaf', file: 'na.json', text: JSON.stringify(d) }
  }

  it('a 1000-flag document is read in bounded time, each product with its first flag', async () => {
    const spec = {
      product: 'DEF',
      fromVersion: '1.0',
      toVersion: '1.1',
      vulnerabilities: ['CVE-2021-44228'],
      identifiers: [{ name: 'DEF', vendor: 'Example Company' }],
      scheme: 'generic' as const,
      docs: [
        doc('affected', 'csaf', 'a.json', 'csaf/2022-evd-uc-01-a-001.json'),
        notAffectedThroughGroups(1000)
      ]
    }
    const [, record] = await records(spec)
    expect(record!.statements).toMatchObject([
      { toVersion: 'not_affected', justification: 'vulnerable_code_not_present' }
    ])
    expect((await gate(spec)).result.decision).toBe('approve')
  }, 60_000)
})

describe('version schemes', () => {
  const CSAF_01A = doc('csaf', 'csaf', 'c.json', 'csaf/2022-evd-uc-01-a-001.json')
  it('an index that claims another scheme than the trust configuration is an input error', async () => {
    const e = await gateError(() => gate({ ...ABC, claim: 'semver', docs: [CSAF_01A] }))
    expect(e.code).toBe('SCHEMA_VIOLATION')
    expect(e.file).toBe('update-evidence.yaml')
    expect(e.field).toBe('scope.versionScheme')
    expect(e.message).toMatch(/trust configuration declares generic/)
  })

  it('a version that is not valid in the product scheme is an input error', async () => {
    const e = await gateError(() => gate({ ...ABC, scheme: 'semver', docs: [CSAF_01A] }))
    expect(e.field).toBe('scope.fromVersion')
    expect(e.message).toMatch(/must be a semver version/)
  })

  it('key version ranges use the product scheme', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust.yaml')
    const seedTrust = readFileSync(trust, 'utf8').replace('minVersion: 5.0.0', 'minVersion: "5.0"')
    writeFileSync(trust, seedTrust)
    const e = await gateError(() => loadTrust(trust))
    expect(e.field).toBe('keys[0].minVersion')
    expect(e.message).toMatch(/semver version \(the version scheme of product IC-22\)/)
    writeFileSync(trust, `${seedTrust}products:\n  - { id: IC-22, versionScheme: generic }\n`)
    expect(await loadTrust(trust)).toBeDefined()
  })
})

describe('invalid documents are refused against their published schema', () => {
  const broken: [string, string, (d: Record<string, unknown>) => void, string][] = [
    [
      'csaf',
      'csaf/2022-evd-uc-04-001.json',
      d => delete (d.document as Record<string, unknown>).tracking,
      '/document/tracking'
    ],
    [
      'openvex',
      'openvex/demo.vex.json',
      d => ((d.statements as Record<string, unknown>[])[0]!.status = 'maybe'),
      '/statements/0/status'
    ],
    ['osv', 'osv/GO-2024-2963.json', d => delete d.id, '/id'],
    ['cyclonedx-vex', 'cyclonedx/cisa-case-4.vex.json', d => (d.bomFormat = 'SPDX'), '/bomFormat']
  ]
  const label: Record<string, string> = {
    csaf: 'CSAF 2.0',
    openvex: 'OpenVEX 0.2',
    osv: 'OSV 1.x',
    'cyclonedx-vex': 'CycloneDX VEX'
  }
  it.each(broken)(
    '%s: format, file and JSON pointer named, exit 2',
    async (format, fixture, breakIt, pointer) => {
      const doc = JSON.parse(fixtureText(fixture)) as Record<string, unknown>
      breakIt(doc)
      const { dir, trust } = writePackage({
        ...ABC,
        docs: [{ id: 'doc', format, file: 'doc.json', text: JSON.stringify(doc) }]
      })
      const e = await gateError(() => gateOn({ dir, trust }))
      expect(e.code).toBe('SCHEMA_VIOLATION')
      expect(e.file).toBe('doc.json')
      expect(e.field).toBe(pointer)
      expect(e.message).toContain(label[format])
      let stderr = ''
      const code = await run(['evaluate', dir, '--trust', trust, '--at', AT], {
        stdout: () => undefined,
        stderr: t => (stderr += t)
      })
      expect(code).toBe(EXIT.inputError)
      expect(stderr).toContain(`doc.json: ${pointer}`)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  )
})

describe('bad input: exit 2 with file and field, bounded time', () => {
  async function refused(
    text: string,
    format = 'csaf',
    identifiers: Record<string, string>[] = [{ name: 'ABC' }]
  ) {
    const { dir, trust } = writePackage({
      ...ABC,
      identifiers,
      docs: [{ id: 'doc', format, file: 'doc.json', text }]
    })
    const started = Date.now()
    const e = await gateError(() => gateOn({ dir, trust }))
    const ms = Date.now() - started
    return { e, ms }
  }
  const csaf = () => JSON.parse(fixtureText('csaf/2022-evd-uc-04-001.json')) as Record<string, any>

  it('deeply nested JSON', async () => {
    const { e, ms } = await refused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(e.code).toBe('PARSE_ERROR')
    expect(e.file).toBe('doc.json')
    expect(e.message).toMatch(/nested more than 64 levels/)
    expect(ms).toBeLessThan(10_000)
  })

  it('a 50 MB document', async () => {
    const { e } = await refused(' '.repeat(50 * 1024 * 1024))
    expect(e.code).toBe('FILE_TOO_LARGE')
    expect(e.file).toBe('doc.json')
  })

  it('a CSAF product tree whose relationships form a cycle', async () => {
    const d = csaf()
    const fpn = (id: string) => ({ name: id, product_id: id })
    d.product_tree.relationships = [
      {
        category: 'installed_on',
        product_reference: 'CSAFPID-0002',
        relates_to_product_reference: 'CSAFPID-R2',
        full_product_name: fpn('CSAFPID-R1')
      },
      {
        category: 'installed_on',
        product_reference: 'CSAFPID-R1',
        relates_to_product_reference: 'CSAFPID-0003',
        full_product_name: fpn('CSAFPID-R2')
      }
    ]
    const { e } = await refused(JSON.stringify(d))
    expect(e.code).toBe('SCHEMA_VIOLATION')
    expect([e.file, e.field]).toEqual(['doc.json', '/product_tree/relationships/0'])
    expect(e.message).toMatch(/cycle/)
  })

  it('a cycle of 1000 at the end of a chain of 9000 relationships: found in one walk, named where it starts', async () => {
    // A walk from every relationship through all it reaches took N² steps (81 million here).
    const d = csaf()
    const n = 9000
    const fpn = (id: string) => ({ name: id, product_id: id })
    d.product_tree.relationships = Array.from({ length: n }, (_, i) => ({
      category: 'installed_on',
      product_reference: i === 0 ? 'CSAFPID-0002' : `R${i - 1}`,
      relates_to_product_reference: i === 8000 ? `R${n - 1}` : 'CSAFPID-0003',
      full_product_name: fpn(`R${i}`)
    }))
    const { e, ms } = await refused(JSON.stringify(d))
    expect(e.code).toBe('SCHEMA_VIOLATION')
    expect([e.file, e.field]).toEqual(['doc.json', '/product_tree/relationships/8000'])
    expect(e.message).toMatch(
      /^relationship "R8000" refers back to itself through R8999, R8998, R8997, R8996, R8995, R8994, R8993, R8992, R8991, R8990 and 989 more \(a cycle in the product tree\)$/
    )
    expect(ms).toBeLessThan(10_000)
  })

  it('a CSAF product id defined twice, so that a status could mean either product', async () => {
    const d = csaf()
    const id = d.product_tree.branches[0].branches[0].branches[0].product.product_id
    d.product_tree.full_product_names = [{ name: 'another product', product_id: id }]
    const { e } = await refused(JSON.stringify(d))
    expect(e.code).toBe('SCHEMA_VIOLATION')
    expect(e.file).toBe('doc.json')
    expect(e.field).toBe('/product_tree/full_product_names/0/product_id')
    expect(e.message).toMatch(/is defined twice .*mandatory test 6\.1\.2/)
  })

  it('a CycloneDX bom-ref naming two components', async () => {
    const doc = JSON.parse(fixtureText('cyclonedx/cisa-case-4.vex.json')) as Record<string, any>
    doc.components = [{ type: 'application', name: 'another product', 'bom-ref': 'product-ABC' }]
    const { e } = await refused(JSON.stringify(doc), 'cyclonedx-vex')
    expect([e.code, e.file, e.field]).toEqual([
      'SCHEMA_VIOLATION',
      'doc.json',
      '/metadata/component/bom-ref'
    ])
    expect(e.message).toMatch(
      /names two components \(\/components\/0 and \/metadata\/component\); a bom-ref is unique in a BOM/
    )
  })

  it('CSAF flags whose product groups name more than a million products in all', async () => {
    const d = csaf()
    d.product_tree.product_groups = [
      { group_id: 'G', product_ids: Array.from({ length: 20_000 }, (_, i) => `g${i}`) }
    ]
    d.vulnerabilities = Array.from({ length: 60 }, (_, i) => ({
      cve: `CVE-2024-${10_000 + i}`,
      product_status: { known_not_affected: ['CSAFPID-0002'] },
      flags: [{ label: 'component_not_present', group_ids: ['G'] }]
    }))
    const { e, ms } = await refused(JSON.stringify(d))
    expect([e.code, e.file, e.field]).toEqual([
      'LIMIT_EXCEEDED',
      'doc.json',
      '/vulnerabilities/50/flags/0'
    ])
    expect(e.message).toMatch(/more than 1000000 products/)
    expect(ms).toBeLessThan(10_000)
  })

  it('a CSAF product tree with 100 000 branches', async () => {
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches.push(
      ...Array.from({ length: 100_000 }, (_, i) => ({
        category: 'product_version',
        name: `9.${i}`,
        product: { name: 'p', product_id: `X${i}` }
      }))
    )
    const text = JSON.stringify(d)
    // Under the 4 MiB document bound only when compact: write it as is and expect either bound.
    const { e, ms } = await refused(text)
    expect(['LIMIT_EXCEEDED', 'FILE_TOO_LARGE']).toContain(e.code)
    expect(e.file).toBe('doc.json')
    expect(ms).toBeLessThan(20_000)
  })

  it('100 000 branches reach the product-tree bound when the size bound is raised', async () => {
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches.push(
      ...Array.from({ length: 100_000 }, (_, i) => ({
        category: 'product_version',
        name: '9',
        product: { name: 'p', product_id: `X${i}` }
      }))
    )
    const { dir, trust } = writePackage({
      ...ABC,
      docs: [{ id: 'doc', format: 'csaf', file: 'doc.json', text: JSON.stringify(d) }]
    })
    const started = Date.now()
    const e = await gateError(() => loadPackage(dir, { maxDocumentBytes: 64 * 1024 * 1024 }))
    expect(e.code).toBe('LIMIT_EXCEEDED')
    expect(e.file).toBe('doc.json')
    expect(e.field).toMatch(/^\/product_tree\/branches\/0\//)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(trust).toBeTruthy()
  })

  it('a purl that does not parse, in a document and in the index', async () => {
    const doc = JSON.parse(fixtureText('openvex/demo.vex.json')) as Record<string, any>
    doc.statements[0].products[0]['@id'] = 'pkg:'
    const inDoc = await refused(JSON.stringify(doc), 'openvex', [{ purl: 'pkg:apk/distro/git' }])
    expect([inDoc.e.file, inDoc.e.field]).toEqual(['doc.json', '/statements/0/products/0/@id'])
    expect(inDoc.e.message).toMatch(/not a valid package URL/)
    const inIndex = await refused(fixtureText('openvex/demo.vex.json'), 'openvex', [
      { purl: 'pkg:/nothing' }
    ])
    expect([inIndex.e.file, inIndex.e.field]).toEqual([
      'update-evidence.yaml',
      'scope.identifiers[0].purl'
    ])
  })

  it('a version range with a broken percent-escape, in CSAF and in CycloneDX', async () => {
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches[2].name = 'vers:generic/>=2.9|<=%E0%A4%A'
    const inCsaf = await refused(JSON.stringify(d))
    expect([inCsaf.e.code, inCsaf.e.file, inCsaf.e.field]).toEqual([
      'SCHEMA_VIOLATION',
      'doc.json',
      '/product_tree/branches/0/branches/0/branches/2/name'
    ])
    expect(inCsaf.e.message).toMatch(/percent-escape/)
    const doc = JSON.parse(fixtureText('cyclonedx/cisa-case-4.vex.json')) as Record<string, any>
    doc.vulnerabilities[0].affects[0].versions[2].range = 'vers:generic/%ZZ'
    const inCdx = await refused(JSON.stringify(doc), 'cyclonedx-vex')
    expect([inCdx.e.code, inCdx.e.file, inCdx.e.field]).toEqual([
      'SCHEMA_VIOLATION',
      'doc.json',
      '/vulnerabilities/0/affects/0/versions/2/range'
    ])
  })

  it.each([
    ['<2.0|<3.0', /<2\.0 is followed by <3\.0; < and > bounds alternate/],
    ['>=2.9|=3.0|<=4.1', /=3\.0 is followed by <=4\.1/],
    ['>=2.9|<=4.1|!=4.1', /version 4\.1 is given twice/],
    ['>=2.9|<=4.1?', /"4\.1\?" is not a generic version/]
  ])('a vers range the vers spec calls invalid (%s)', async (constraints, why) => {
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches[2].name = `vers:generic/${constraints}`
    const { e } = await refused(JSON.stringify(d))
    expect([e.code, e.file, e.field]).toEqual([
      'SCHEMA_VIOLATION',
      'doc.json',
      '/product_tree/branches/0/branches/0/branches/2/name'
    ])
    expect(e.message).toMatch(why)
  })

  it('a vers range out of order is read in version order', async () => {
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches[2].name = 'vers:generic/<=4.1|>=2.9'
    const [record] = await records({
      ...ABC,
      fromVersion: '3.0',
      docs: [{ id: 'doc', format: 'csaf', file: 'doc.json', text: JSON.stringify(d) }]
    })
    expect(record!.statements.find(s => s.vers.length > 0)!.fromVersion).toBe('affected')
  })

  it('a version range with 10 000 alternatives', async () => {
    const alternatives = Array.from({ length: 10_000 }, (_, i) => `=${i}`).join('|')
    const d = csaf()
    d.product_tree.branches[0].branches[0].branches[2].name = `vers:generic/${alternatives}`
    const inCsaf = await refused(JSON.stringify(d))
    expect(inCsaf.e.code).toBe('LIMIT_EXCEEDED')
    expect([inCsaf.e.file, inCsaf.e.field]).toEqual([
      'doc.json',
      '/product_tree/branches/0/branches/0/branches/2/name'
    ])
    expect(inCsaf.e.message).toMatch(/10000 constraints; at most 1000/)
    expect(inCsaf.ms).toBeLessThan(10_000)
    // CycloneDX's own schema bounds a range to 1024 characters.
    const doc = JSON.parse(fixtureText('cyclonedx/cisa-case-4.vex.json')) as Record<string, any>
    doc.vulnerabilities[0].affects[0].versions[2].range = `vers:generic/${alternatives}`
    const inCdx = await refused(JSON.stringify(doc), 'cyclonedx-vex')
    expect(inCdx.e.code).toBe('SCHEMA_VIOLATION')
    expect([inCdx.e.file, inCdx.e.field]).toEqual([
      'doc.json',
      '/vulnerabilities/0/affects/0/versions/2/range'
    ])
  })
})
