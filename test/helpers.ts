import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { canonicalIdentity } from '../src/load/identity.js'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SEED = path.join(REPO, 'examples/seed')
export const SEED_TRUST = path.join(SEED, 'trust.yaml')
export const EVAL_TIME = '2026-11-26T00:00:00Z'
export const EXAMPLES = ['weak', 'better', 'strong', 'all-tested'] as const
/** The bundled CLI's arguments (after node) for a JSON report of examples/seed/strong. */
export const SEED_STRONG_CLI_ARGS = [
  path.join(REPO, 'bin/update-gate.js'),
  'evaluate',
  path.join(SEED, 'strong'),
  '--trust',
  SEED_TRUST,
  '--at',
  EVAL_TIME,
  '--format',
  'json'
]
/** Strong with every record signed (package/), the same unsigned (unsigned/), a trust requiring all. */
export const SIGNED_RECORDS = path.join(REPO, 'examples/signed-records')

const temps: string[] = []

/** A fresh temp dir holding a copy of `dir`. */
function copyOf(dir: string): string {
  const copy = tempDir()
  cpSync(dir, copy, { recursive: true })
  return copy
}

/** A fresh temp dir holding a copy of examples/seed (packages, trust.yaml, keys/). */
export const copySeed = (): string => copyOf(SEED)

/** A fresh temp dir holding a copy of examples/signed-records (package/, unsigned/, trust.yaml, keys/). */
export const copySigned = (): string => copyOf(SIGNED_RECORDS)

/** A fresh temp dir, removed after the test file (test/support/clean-temps.ts). */
export function tempDir(prefix = 'update-gate-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

export function cleanTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Replaces `from` (must occur) by `to` in a file. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`)
  writeFileSync(file, next)
}

/** Writes a fresh RSA 2048 private key (PKCS#8 PEM), a key type the gate refuses to sign with, to `file`. */
export function writeRsaKey(file: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }))
  return file
}

/** An edit of a copy of examples/seed: the file (relative to the copy), `from` and `to`. */
export type SeedEdit = [file: string, from: string | RegExp, to: string]

/** A fresh temp dir holding a copy of examples/seed with `edits` made (each `from` must occur). */
export function editedSeed(...edits: SeedEdit[]): string {
  const dir = copySeed()
  for (const [file, from, to] of edits) edit(path.join(dir, file), from, to)
  return dir
}

/** The products and versions a key added by addTrustKey may sign for. */
export interface KeyScope {
  products: string[]
  minVersion: string
  maxVersion: string
}

/**
 * Adds a fresh key (Ed25519, or ECDSA P-256 with `type` ec) to a trust file, trusted in 2026 for
 * these usages (for IC-22 5.x unless `scope` says otherwise), and returns its private key.
 */
export function addTrustKey(
  trustFile: string,
  id: string,
  usage: string[],
  scope: KeyScope = { products: ['IC-22'], minVersion: '5.0.0', maxVersion: '5.99.99' },
  type: 'ed25519' | 'ec' = 'ed25519'
): KeyObject {
  const { privateKey, publicKey } =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519')
  const trust = parseYaml(readFileSync(trustFile, 'utf8')) as { keys: Record<string, unknown>[] }
  trust.keys.push({
    id,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
    usage,
    ...scope,
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2027-01-01T00:00:00Z',
    revoked: false
  })
  writeFileSync(trustFile, stringifyYaml(trust))
  return privateKey
}

/**
 * A Sigstore message-signature bundle (v0.3) over `bytes`, signed with a managed ECDSA P-256 key
 * (addTrustKey's `ec`: an empty public-key hint, no log entry) as `cosign sign-blob --bundle`
 * writes one for a key.
 */
export function managedKeyBundle(bytes: Buffer, key: KeyObject): string {
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      publicKey: { hint: '' },
      tlogEntries: [],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(bytes).digest('base64')
      },
      signature: sign('sha256', bytes, key).toString('base64')
    }
  })
}

const RESIGN_KINDS = [
  'signing-event',
  'release-approval',
  'risk-acceptance',
  'rollback-recovery-tests',
  'affected-versions',
  'customer-notification',
  'deployment-records'
]

/** By seed copy, the re-signing keys: one per person a record names, one for everything else. */
const resignKeys = new Map<string, Map<string, KeyObject>>()

/**
 * The person a record names (its one approver, or its acceptor), in canonical form; null for a
 * record that names no person (a system's, or one signed by usage alone).
 */
function namedPerson(file: string): string | null {
  const record = parseYaml(readFileSync(file, 'utf8')) as {
    approvals?: { approver: string }[]
    acceptedBy?: string
  }
  const people = new Set(
    [...(record.approvals ?? []).map(a => a.approver), record.acceptedBy]
      .filter((x): x is string => typeof x === 'string')
      .map(x => canonicalIdentity(x, { file }))
  )
  if (people.size > 1)
    throw new Error(`resign: ${file} names ${[...people].join(', ')}; one signature is one person`)
  return [...people][0] ?? null
}

/**
 * The key that re-signs records naming `person` (null: the systems' and usage-signed kinds'),
 * added once to the copy's trust file for every record kind and mapped to that approver alone,
 * or to every test and deployment system: one key is one person (the trust file refuses a key
 * mapped to two approvers).
 */
function resignKey(seed: string, person: string | null): KeyObject {
  const keys = resignKeys.get(seed) ?? new Map<string, KeyObject>()
  resignKeys.set(seed, keys)
  const known = keys.get(person ?? '')
  if (known) return known
  const trustFile = path.join(seed, 'trust.yaml')
  const id = `test-resign-${keys.size}`
  const key = addTrustKey(trustFile, id, RESIGN_KINDS)
  keys.set(person ?? '', key)
  const trust = parseYaml(readFileSync(trustFile, 'utf8')) as Record<
    string,
    Record<string, unknown>[]
  >
  const parties =
    person === null
      ? [...(trust.testSystems ?? []), ...(trust.deploymentSystems ?? [])]
      : (trust.approvers ?? []).filter(
          a => canonicalIdentity(String(a.id), { file: trustFile }) === person
        )
  for (const party of parties) party.keys = [...((party.keys as string[]) ?? []), id]
  writeFileSync(trustFile, stringifyYaml(trust))
  return key
}

/**
 * Re-signs records of a seed copy after a test edited them (their seed signatures no longer
 * verify): each file into `<file>.sig`, with a fresh Ed25519 key of the person it names
 * (resignKey), or of the systems when it names none.
 */
export function resign(seed: string, example: string, ...files: string[]): void {
  for (const file of files) {
    const target = path.join(seed, example, file)
    const key = resignKey(seed, namedPerson(target))
    writeFileSync(`${target}.sig`, sign(null, readFileSync(target), key).toString('base64'))
  }
}

/** Runs `fn` (synchronous or not), expecting a GateError; returns it. */
export async function gateError(fn: () => unknown): Promise<{
  code: string
  file: string | undefined
  field: string | undefined
  message: string
  describe(): string
}> {
  try {
    await fn()
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && 'describe' in error) {
      return error as never
    }
    throw error
  }
  throw new Error('expected a GateError, nothing was thrown')
}

/**
 * The shared third-party fixtures (read-only; each file's origin and expected result in its
 * README.md): `../shared/fixtures` beside the repository, or one level further up for a worktree.
 */
export const FIXTURES = (() => {
  const candidates = [
    process.env.UPDATE_GATE_FIXTURES,
    path.resolve(REPO, '../shared/fixtures'),
    path.resolve(REPO, '../../shared/fixtures')
  ].filter((c): c is string => typeof c === 'string')
  const found = candidates.find(c => existsSync(path.join(c, 'README.md')))
  if (!found)
    throw new Error(`the shared fixtures are missing (looked in ${candidates.join(', ')})`)
  return found
})()
