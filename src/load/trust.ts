/** Loads the trust configuration: keys parsed with node:crypto, fingerprints of the DER SPKI. */
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto'
import path from 'node:path'
import { requireBase64Fields } from '../shared/base64.js'
import { clip, GateError, messageOf } from '../shared/errors.js'
import type { TrustData, TrustedIdentity } from '../contracts/policy-input.js'
import { DEFAULT_MAX_DOCUMENT_BYTES, readInside, sha256Hex } from '../shared/fs-safe.js'
import { DEFAULT_MAX_ALIAS_COUNT, decodeUtf8, parseJson } from '../shared/parse.js'
import { validateOrThrow } from '../shared/schema.js'
import { isValidVersion, type VersionScheme } from '../shared/versions.js'
import { readYamlFile, type YamlFile } from '../shared/yaml-file.js'
import { trustFileNames } from '../shared/trust-files.js'
import { normaliseOptionalTimestamp, normaliseTimestamp } from '../shared/time.js'
import { re2SyntaxProblem } from './re2-syntax.js'
import { canonicalIdentity } from './identity.js'
import { RECORD_KINDS } from './records.js'
import { isOpenPgpKeyText, readOpenPgpKey } from './openpgp.js'
import type {
  KeyAlgorithm,
  LoadedTrust,
  LoadOptions,
  TrustedKey,
  TrustedOpenPgpKey
} from './types.js'

/** The placeholder an identity's sourceRef may hold for the update's target version. */
const VERSION_PLACEHOLDER = '{version}'

/** The identity fields compared as written, where {version} is refused. */
const VERSIONLESS_IDENTITY_FIELDS = [
  'issuer',
  'subject',
  'subjectPattern',
  'sourceRepository',
  'signerWorkflow',
  'runnerEnvironment'
] as const

/** What a key or identity may sign: the manifest, provenance, and each kind of signed record. */
export const KEY_USAGES = [
  'affected-versions',
  'build-provenance',
  'customer-notification',
  'deployment-records',
  'release-approval',
  'risk-acceptance',
  'rollback-recovery-tests',
  'signing-event',
  'update-manifest'
] as const satisfies readonly TrustData['keys'][number]['usage'][number][]

/** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
export const keyFingerprint = (key: KeyObject): string =>
  'sha256:' + sha256Hex(key.export({ type: 'spki', format: 'der' }))

/**
 * The DER SubjectPublicKeyInfo that a PEM text holds when the text is one PUBLIC KEY block and
 * nothing else (non-empty base64 lines that decode exactly, LF or CRLF line ends); null for
 * anything else. Such DER is parsed with its format and type given, which spares OpenSSL's PEM
 * decoding with format detection; any other text (and DER that does not parse) is parsed as PEM
 * as before, so that its key, or its error, is the one PEM parsing gives.
 */
function spkiOfPem(pem: string): Buffer | null {
  const block =
    /^-----BEGIN PUBLIC KEY-----\r?\n((?:[A-Za-z0-9+/=]+\r?\n)+)-----END PUBLIC KEY-----\s*$/.exec(
      pem
    )
  if (!block) return null
  const body = block[1]!.replace(/\r?\n/g, '')
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null
  const der = Buffer.from(body, 'base64')
  return der.toString('base64') === body ? der : null
}

/** An EC public key's uncompressed point (X then Y, without the 04 byte) as a JWK. */
const ecJwk = (crv: string, point: Buffer): JsonWebKey => ({
  kty: 'EC',
  crv,
  x: point.subarray(0, point.length / 2).toString('base64url'),
  y: point.subarray(point.length / 2).toString('base64url')
})

/**
 * The DER encoding OpenSSL writes for each supported key, before the key's bytes (a named curve
 * with an uncompressed point, or Ed25519), and those bytes as a JWK. DER of exactly this form is
 * what keyFingerprint would hash (export writes the same bytes back), so its fingerprint needs no
 * export; and its key is imported from the JWK, which spares OpenSSL's DER decoders (set up at a
 * process's first DER key: most of that key's cost). OpenSSL checks the JWK's key as it checks
 * the DER's (a point off the curve is refused), and what it refuses is parsed again as PEM for the
 * error. Any other encoding that parses (a compressed point, say) is parsed as DER and
 * fingerprinted from the export.
 */
const CANONICAL_SPKI: Record<
  KeyAlgorithm,
  { prefix: Buffer; length: number; jwk: (key: Buffer) => JsonWebKey }
> = {
  ed25519: {
    prefix: Buffer.from('302a300506032b6570032100', 'hex'),
    length: 44,
    jwk: key => ({ kty: 'OKP', crv: 'Ed25519', x: key.toString('base64url') })
  },
  'ecdsa-p256-sha256': {
    prefix: Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'),
    length: 91,
    jwk: point => ecJwk('P-256', point)
  },
  'ecdsa-p384-sha384': {
    prefix: Buffer.from('3076301006072a8648ce3d020106052b8104002203620004', 'hex'),
    length: 120,
    jwk: point => ecJwk('P-384', point)
  }
}

/** The algorithm whose canonical DER `der` is, or null. */
function canonicalAlgorithm(der: Buffer | null): KeyAlgorithm | null {
  if (der === null) return null
  for (const [algorithm, { prefix, length }] of Object.entries(CANONICAL_SPKI)) {
    if (der.length === length && der.subarray(0, prefix.length).equals(prefix))
      return algorithm as KeyAlgorithm
  }
  return null
}

/** The fingerprint of `key`: hashed from `canonical`, its canonical DER when it has one. */
const fingerprintOf = (key: KeyObject, canonical: Buffer | null): string =>
  canonical !== null ? 'sha256:' + sha256Hex(canonical) : keyFingerprint(key)

/**
 * Parses one PEM public key; INVALID_KEY naming the key id when it is not a supported key. The
 * fingerprint is keyFingerprint's.
 */
export function parsePublicKey(
  pem: string,
  keyId: string,
  where: { file?: string; field?: string }
): {
  key: KeyObject
  algorithm: KeyAlgorithm
  hash: 'sha256' | 'sha384' | null
  fingerprint: string
} {
  if (/PRIVATE KEY/.test(pem)) {
    throw new GateError(
      'INVALID_KEY',
      `key '${clip(keyId, 100)}' is a private key; give the public key only`,
      where
    )
  }
  if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
    throw new GateError(
      'INVALID_KEY',
      `key '${clip(keyId, 100)}' is not a PEM public key (-----BEGIN PUBLIC KEY-----) or an OpenPGP public key block (-----BEGIN PGP PUBLIC KEY BLOCK-----)`,
      where
    )
  }
  let der = spkiOfPem(pem)
  const canonical = canonicalAlgorithm(der)
  let key: KeyObject | undefined
  if (der !== null) {
    try {
      key =
        canonical === null
          ? createPublicKey({ key: der, format: 'der', type: 'spki' })
          : createPublicKey({
              key: CANONICAL_SPKI[canonical].jwk(
                der.subarray(CANONICAL_SPKI[canonical].prefix.length)
              ),
              format: 'jwk'
            })
    } catch {
      der = null // parsed again as PEM below, for the error OpenSSL gives there
    }
  }
  try {
    key ??= createPublicKey({ key: pem, format: 'pem' })
  } catch (error) {
    throw new GateError(
      'INVALID_KEY',
      `key '${clip(keyId, 100)}' is not a valid PEM public key: ${messageOf(error)}`,
      where
    )
  }
  const parsed = (algorithm: KeyAlgorithm, hash: 'sha256' | 'sha384' | null) => ({
    key,
    algorithm,
    hash,
    // The canonical DER of the algorithm found, when that is what was parsed.
    fingerprint: fingerprintOf(key, der !== null && canonical === algorithm ? der : null)
  })
  const type = key.asymmetricKeyType
  if (type === 'ed25519') return parsed('ed25519', null)
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve
    if (curve === 'prime256v1') return parsed('ecdsa-p256-sha256', 'sha256')
    if (curve === 'secp384r1') return parsed('ecdsa-p384-sha384', 'sha384')
    throw new GateError(
      'INVALID_KEY',
      `key '${clip(keyId, 100)}' uses unsupported curve ${curve}; use P-256, P-384 or Ed25519`,
      where
    )
  }
  throw new GateError(
    'INVALID_KEY',
    `key '${clip(keyId, 100)}' has unsupported type ${type}; use ECDSA P-256, P-384 or Ed25519`,
    where
  )
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** A Sigstore trusted root's bytes fields (base64 in protobuf JSON): keys, log ids, certificates. */
const TRUSTED_ROOT_BYTES_FIELDS = [
  'tlogs[].publicKey.rawBytes',
  'tlogs[].logId.keyId',
  'ctlogs[].publicKey.rawBytes',
  'ctlogs[].logId.keyId',
  'certificateAuthorities[].certChain.certificates[].rawBytes',
  'timestampAuthorities[].certChain.certificates[].rawBytes'
]

/**
 * The files a trust configuration names beside it (`keys[].publicKeyFile`,
 * `sigstore.trustedRoot`), resolved as loadTrust resolves them; none when it cannot be read
 * (loadTrust then reads none either). Not validated: for a command that must not overwrite them.
 */
export function trustFilesOf(trustFile: string): string[] {
  let read: YamlFile
  try {
    read = readYamlFile(trustFile, trustFile)
  } catch {
    return []
  }
  return trustFileNames(read.value).map(n => path.resolve(path.dirname(read.real), n))
}

/**
 * Reads the trust configuration (YAML). `publicKeyFile` paths are relative to the trust file's
 * directory and may not leave it. A key is a PKIX PEM (ECDSA P-256/P-384, Ed25519) or an
 * ASCII-armored OpenPGP public key (read asynchronously, by a library loaded only then). Every key is kept, revoked and expired ones too: the policy
 * decides what they are worth. `read`: the file as the collect stage read it (the Action, for its
 * GitHub logins), taken when read by this path with these bounds, rather than read again; it is
 * validated here as a fresh read is.
 */
export async function loadTrust(
  trustFile: string,
  options: Pick<LoadOptions, 'maxDocumentBytes' | 'maxAliasCount'> & {
    read?: YamlFile
    label?: string
  } = {}
): Promise<LoadedTrust> {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT
  const given = options.read
  // Named as the caller names it (the Action: its repository path and commit, not the copy).
  const label = given?.file === trustFile ? given.label : (options.label ?? trustFile)
  let read: YamlFile
  try {
    read =
      given?.file === trustFile &&
      given.maxBytes === maxBytes &&
      given.maxAliasCount === maxAliasCount
        ? given
        : readYamlFile(trustFile, label, { maxBytes, maxAliasCount })
  } catch (error) {
    if (error instanceof GateError && error.code === 'FILE_NOT_FOUND') {
      throw new GateError('FILE_NOT_FOUND', `trust configuration '${label}' does not exist`, {
        file: label
      })
    }
    throw error
  }
  const { real, bytes, value: raw } = read
  const fileDigests: Record<string, string> = {
    [`trust:${path.basename(real)}`]: sha256Hex(bytes)
  }
  validateOrThrow('trust', raw, label)
  const dir = path.dirname(real)

  const keys: TrustedKey[] = []
  const openpgpKeys: TrustedOpenPgpKey[] = []
  const data: TrustData['keys'] = []
  const seenIds = new Map<string, number>()
  const seenFingerprints = new Map<string, string>()
  for (const [i, k] of raw.keys.entries()) {
    const field = (name: string) => `keys[${i}].${name}`
    if (seenIds.has(k.id)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `key id '${clip(k.id, 100)}' appears more than once; must be unique`,
        { file: label, field: field('id') }
      )
    }
    seenIds.set(k.id, i)
    let pem: string
    let where = { file: label, field: field('publicKey') }
    if (k.publicKeyFile !== undefined) {
      where = { file: label, field: field('publicKeyFile') }
      const read = readInside(dir, k.publicKeyFile, maxBytes, where)
      if (!read) {
        throw new GateError(
          'FILE_NOT_FOUND',
          `public key file '${clip(k.publicKeyFile, 200)}' of key '${clip(k.id, 100)}' does not exist`,
          where
        )
      }
      fileDigests[`trust:${read.path}`] = read.sha256
      pem = decodeUtf8(read.bytes, read.path)
    } else {
      pem = k.publicKey as string // the schema's oneOf: one of publicKey and publicKeyFile
    }
    const once = (fingerprint: string) => {
      const other = seenFingerprints.get(fingerprint)
      if (other !== undefined) {
        throw new GateError(
          'INVALID_KEY',
          `key '${clip(k.id, 100)}' is the same public key as '${other}'; list each key once`,
          where
        )
      }
      seenFingerprints.set(fingerprint, k.id)
      return fingerprint
    }
    let fingerprint: string
    if (isOpenPgpKeyText(pem)) {
      const openpgp = await readOpenPgpKey(pem, k.id, where)
      fingerprint = once(openpgp.fingerprint)
      openpgpKeys.push({ id: k.id, fingerprint, key: openpgp.key })
    } else {
      const parsed = parsePublicKey(pem, k.id, where)
      fingerprint = once(parsed.fingerprint)
      keys.push({
        id: k.id,
        fingerprint,
        algorithm: parsed.algorithm,
        hash: parsed.hash,
        publicKey: parsed.key
      })
    }
    data.push({
      id: k.id,
      fingerprint,
      usage: [...k.usage].sort(),
      products: [...k.products].sort(),
      minVersion: k.minVersion,
      maxVersion: k.maxVersion,
      validFrom: normaliseTimestamp(k.validFrom, { file: label, field: field('validFrom') }),
      validUntil: normaliseTimestamp(k.validUntil, { file: label, field: field('validUntil') }),
      revoked: k.revoked,
      revokedAt: normaliseOptionalTimestamp(k.revokedAt, { file: label, field: field('revokedAt') })
    })
  }
  // Names people type are canonical (identity.ts), as they are in the evidence they meet.
  const approvers = raw.approvers.map((a, i) => ({
    id: canonicalIdentity(a.id, { file: label, field: `approvers[${i}].id` }),
    name: a.name,
    roles: [...a.roles].sort(),
    keys: [...(a.keys ?? [])].sort(),
    identities: [...(a.identities ?? [])].sort(),
    github: a.github ?? null
  }))
  const systems = (list: typeof raw.testSystems) =>
    (list ?? []).map(x => ({
      id: x.id,
      name: x.name ?? null,
      keys: [...(x.keys ?? [])].sort(),
      identities: [...(x.identities ?? [])].sort(),
      hardware: [...x.hardware].sort()
    }))
  const testSystems = systems(raw.testSystems)
  const deploymentSystems = systems(raw.deploymentSystems)
  const builders = raw.builders.map((b, i) => ({
    id: canonicalIdentity(b.id, { file: label, field: `builders[${i}].id` }),
    keys: b.keys ? [...b.keys].sort() : null
  }))
  const dup = (list: { id: string }[], what: string, name: string) => {
    const seen = new Set<string>()
    list.forEach((x, i) => {
      if (seen.has(x.id))
        throw new GateError(
          'SCHEMA_VIOLATION',
          `${what} '${clip(x.id, 100)}' appears more than once; must be unique`,
          { file: label, field: `${name}[${i}].id` }
        )
      seen.add(x.id)
    })
  }
  dup(approvers, 'approver', 'approvers')
  dup(builders, 'builder', 'builders')
  // One login, key or identity is one person: mapped to two approvers, one review or one
  // signature would authenticate both. (Logins are case-insensitive, as GitHub's.)
  const owners = new Map<string, string>()
  const onePerson = (value: string, what: string, i: number, field: string) => {
    const key = `${field}\0${field === 'github' ? value.toLowerCase() : value}`
    const other = owners.get(key)
    if (other !== undefined && other !== approvers[i]!.id)
      throw new GateError(
        'SCHEMA_VIOLATION',
        `${what} '${clip(value, 100)}' is mapped to approver '${clip(other, 100)}' too; one ${what} authenticates one person`,
        { file: label, field: `approvers[${i}].${field}` }
      )
    owners.set(key, approvers[i]!.id)
  }
  raw.approvers.forEach((a, i) => {
    if (a.github !== undefined) onePerson(a.github, 'GitHub login', i, 'github')
    for (const k of a.keys ?? []) onePerson(k, 'key', i, 'keys')
    for (const x of a.identities ?? []) onePerson(x, 'identity', i, 'identities')
  })
  const identities: TrustedIdentity[] = (raw.identities ?? []).map((x, i) => {
    // Only sourceRef expands {version} (policies/lib/lib.rego, expected_value); elsewhere it
    // would be compared as written and match no certificate.
    for (const field of VERSIONLESS_IDENTITY_FIELDS) {
      if (x[field]?.includes(VERSION_PLACEHOLDER)) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `${VERSION_PLACEHOLDER} stands for the update's target version only in sourceRef; here it would be compared as written and match no certificate (to pin the tag of the version deployed, set sourceRef: refs/tags/v${VERSION_PLACEHOLDER})`,
          { file: label, field: `identities[${i}].${field}` }
        )
      }
    }
    // RE2, as the policy matches it (regex.match), not JavaScript's RegExp.
    const problem = x.subjectPattern === undefined ? undefined : re2SyntaxProblem(x.subjectPattern)
    if (problem !== undefined) {
      throw new GateError('SCHEMA_VIOLATION', `is not a valid RE2 expression: ${problem}`, {
        file: label,
        field: `identities[${i}].subjectPattern`
      })
    }
    return {
      id: x.id,
      issuer: x.issuer,
      subject: x.subject ?? null,
      subjectPattern: x.subjectPattern ?? null,
      sourceRepository: x.sourceRepository ?? null,
      sourceRef: x.sourceRef ?? null,
      signerWorkflow: x.signerWorkflow ?? null,
      runnerEnvironment: x.runnerEnvironment ?? null,
      usage: [...x.usage].sort(),
      products: [...x.products].sort(),
      minVersion: x.minVersion,
      maxVersion: x.maxVersion
    }
  })
  dup(identities, 'identity', 'identities')
  dup(testSystems, 'test system', 'testSystems')
  dup(deploymentSystems, 'deployment system', 'deploymentSystems')
  // Who signs for a party names keys and identities of this file: a dangling id is an error.
  const keyIds = new Set(data.map(k => k.id))
  const identityIds = new Set(identities.map(x => x.id))
  const parties: [string, { keys: string[]; identities: string[] }[]][] = [
    ['approvers', raw.approvers.map(a => ({ keys: a.keys ?? [], identities: a.identities ?? [] }))],
    ['builders', raw.builders.map(b => ({ keys: b.keys ?? [], identities: [] }))],
    [
      'testSystems',
      (raw.testSystems ?? []).map(x => ({ keys: x.keys ?? [], identities: x.identities ?? [] }))
    ],
    [
      'deploymentSystems',
      (raw.deploymentSystems ?? []).map(x => ({
        keys: x.keys ?? [],
        identities: x.identities ?? []
      }))
    ]
  ]
  for (const [list, entries] of parties) {
    entries.forEach((e, i) => {
      e.keys.forEach((k, j) => {
        if (!keyIds.has(k))
          throw new GateError(
            'SCHEMA_VIOLATION',
            `names key '${clip(k, 100)}', which is not in keys[]`,
            {
              file: label,
              field: `${list}[${i}].keys[${j}]`
            }
          )
      })
      e.identities.forEach((k, j) => {
        if (!identityIds.has(k))
          throw new GateError(
            'SCHEMA_VIOLATION',
            `names identity '${clip(k, 100)}', which is not in identities[]`,
            { file: label, field: `${list}[${i}].identities[${j}]` }
          )
      })
    })
  }
  let sigstoreRoot: LoadedTrust['sigstoreRoot'] = null
  if (raw.sigstore?.trustedRoot !== undefined) {
    const where = { file: label, field: 'sigstore.trustedRoot' }
    const read = readInside(dir, raw.sigstore.trustedRoot, maxBytes, where)
    if (!read) {
      throw new GateError(
        'FILE_NOT_FOUND',
        `Sigstore trusted root '${raw.sigstore.trustedRoot}' does not exist`,
        where
      )
    }
    fileDigests[`trust:${read.path}`] = read.sha256
    const json = parseJson(decodeUtf8(read.bytes, read.path), read.path)
    requireBase64Fields(json, TRUSTED_ROOT_BYTES_FIELDS, { file: read.path, prefix: '' })
    sigstoreRoot = { label: read.path, json }
  }
  const products = (raw.products ?? []).map(p => ({
    id: p.id,
    versionScheme: p.versionScheme as VersionScheme
  }))
  dup(products, 'product', 'products')
  // Key version ranges compare in the scheme of each product the key is for.
  const schemeOf = (product: string) =>
    products.find(p => p.id === product)?.versionScheme ?? 'semver'
  raw.keys.forEach((k, i) => {
    for (const product of k.products) {
      const scheme = schemeOf(product)
      for (const f of ['minVersion', 'maxVersion'] as const) {
        if (!isValidVersion(scheme, String(k[f]))) {
          throw new GateError(
            'SCHEMA_VIOLATION',
            `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(k[f])}`,
            { file: label, field: `keys[${i}].${f}` }
          )
        }
      }
    }
  })
  const fleet = raw.fleet === undefined ? undefined : fleetInventory(raw.fleet, label, schemeOf)
  return {
    file: real,
    keys: keys.sort(byId),
    openpgpKeys: openpgpKeys.sort(byId),
    data: {
      keys: data.sort(byId),
      approvers: approvers.sort(byId),
      builders: builders.sort(byId),
      testSystems: testSystems.sort(byId),
      deploymentSystems: deploymentSystems.sort(byId),
      ...(identities.length > 0 ? { identities: identities.sort(byId) } : {}),
      products: products.sort(byId),
      requirements: {
        minimumMaturity: raw.requirements.minimumMaturity,
        requiredControls: [...raw.requirements.requiredControls],
        requiredApprovals: raw.requirements.requiredApprovals,
        // Who must sign what: absent means every record kind (fail closed), [] none.
        signedRecords: [...(raw.requirements.signedRecords ?? RECORD_KINDS)].sort(),
        // The environments whose GitHub deployment approval counts: absent means none (fail closed).
        deploymentApprovalEnvironments: [
          ...(raw.requirements.deploymentApprovalEnvironments ?? [])
        ].sort()
      },
      ...(raw.requirementOverrides === undefined
        ? {}
        : { requirementOverrides: { mayWeaken: [...raw.requirementOverrides.mayWeaken].sort() } }),
      ...(fleet === undefined ? {} : { fleet })
    },
    sigstoreRoot,
    attestationsRepository: raw.sigstore?.attestationsRepository ?? null,
    fileDigests
  }
}

type FleetInventory = NonNullable<TrustData['fleet']>

/** Order by id as Rego orders strings (UTF-8 bytes), not by UTF-16 code units. */
const byIdBytes = (a: { id: string }, b: { id: string }): number =>
  Buffer.compare(Buffer.from(a.id), Buffer.from(b.id))

/**
 * The fleet inventory as the policy reads it (data.trust.fleet): one entry per product and
 * cohort, each configuration id once per cohort, defaults written out.
 */
function fleetInventory(
  raw: { cohorts: FleetInventory['cohorts']; downgrades?: FleetInventory['downgrades'] },
  file: string,
  schemeOf: (product: string) => VersionScheme
): FleetInventory {
  const cohorts = new Set<string>()
  const downgraded = new Set<string>()
  // Versions compare in the product's scheme, so each must be a version of that scheme.
  const version = (product: string, value: string, field: string) => {
    const scheme = schemeOf(product)
    if (!isValidVersion(scheme, value))
      throw new GateError(
        'SCHEMA_VIOLATION',
        `must be a ${scheme} version (the version scheme of product ${clip(product, 100)}), got ${JSON.stringify(clip(value, 100))}`,
        { file, field }
      )
    return value
  }
  return {
    cohorts: raw.cohorts.map((c, i) => {
      const key = JSON.stringify([c.product, c.cohort])
      if (cohorts.has(key)) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `cohort '${clip(c.cohort, 100)}' of product '${clip(c.product, 100)}' appears more than once; must be unique`,
          { file, field: `fleet.cohorts[${i}]` }
        )
      }
      cohorts.add(key)
      const ids = new Set<string>()
      const configurations = c.configurations.map((x, j) => {
        if (ids.has(x.id)) {
          throw new GateError(
            'SCHEMA_VIOLATION',
            `configuration '${clip(x.id, 100)}' appears more than once in cohort '${clip(c.cohort, 100)}'; must be unique`,
            { file, field: `fleet.cohorts[${i}].configurations[${j}].id` }
          )
        }
        ids.add(x.id)
        const field = `fleet.cohorts[${i}].configurations[${j}].version`
        return { id: x.id, hardware: x.hardware, version: version(c.product, x.version, field) }
      })
      return {
        product: c.product,
        cohort: c.cohort,
        allowPartial: c.allowPartial ?? false,
        approvedVersions: (c.approvedVersions ?? []).map((v, k) =>
          version(c.product, v, `fleet.cohorts[${i}].approvedVersions[${k}]`)
        ),
        // Sorted by id in the policy's string order (bytes of UTF-8), so the policy lists covered
        // and not covered configurations in order without sorting them. Non-empty as the schema
        // requires (minItems 1), so the tuple type holds.
        configurations: configurations.sort(
          byIdBytes
        ) as FleetInventory['cohorts'][number]['configurations']
      }
    }),
    downgrades: (raw.downgrades ?? []).map((d, i) => {
      // One allowance per product: the policy reads the product's reason as one value.
      if (downgraded.has(d.product))
        throw new GateError(
          'SCHEMA_VIOLATION',
          `product '${clip(d.product, 100)}' appears more than once in fleet.downgrades; must be unique (one allowance and reason per product)`,
          { file, field: `fleet.downgrades[${i}].product` }
        )
      downgraded.add(d.product)
      return { product: d.product, reason: d.reason }
    })
  }
}
