/**
 * `update-gate package init|manifest|sign`: a supplier's way from an empty folder to a signed
 * evidence package. Authoring tools: they write files the run-time pipeline later reads, and use
 * the same parsing, schemas and signature formats, never a second definition of them.
 */
import { lstatSync, type Stats } from 'node:fs'
import { mkdir, readdir, readFile, realpath, stat } from '../../shared/fs-async.js'
import path from 'node:path'
import { clip, GateError, messageOf } from '../../shared/errors.js'
import {
  checkRelativePath,
  DEFAULT_MAX_DOCUMENT_BYTES,
  isTemporaryName,
  readGivenFile,
  readInside,
  realRoot,
  sameFile,
  writablePlace,
  writeInside,
  type Where,
  type WriteContent
} from '../../shared/fs-safe.js'
import { INDEX_FILE } from '../../contracts/evidence-package.js'
import { DEFAULT_MAX_ALIAS_COUNT, decodeUtf8, parseJson, parseYaml } from '../../shared/parse.js'
import yamlLibrary from '../../shared/yaml-library.cjs'
import { sha256File } from '../../verify/digest.js'
import { IN_TOTO_STATEMENT_V1, SLSA_PROVENANCE_V1 } from '../../verify/dsse.js'
import { RECORD_KINDS, type RecordKind } from '../../load/records.js'
import { EVIDENCE_READERS } from '../../load/readers.js'
import { checkIndex } from '../../load/package.js'
import { readPrivateKey, type SigningKey } from './keys.js'
import { signBlob, signDsse } from './sign.js'
import { checkTargetDirectory } from '../files.js'
import { checkOutput } from '../../shared/output-file.js'
import { schemaUrl, DOCS } from './links.js'
import { FILL_IN, recordTemplates } from './templates.js'

export const MANIFEST_FILE = 'manifest.json'
export const SIGNATURE_FILE = 'manifest.json.sig'
export const PROVENANCE_FILE = 'provenance.dsse.json'
export const ARTIFACTS_DIR = 'artifacts'

const DEFAULT_COHORT = 'all'
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** What is at `file`, not following a symlink there; null when nothing is. */
function entryAt(file: string): Stats | null {
  try {
    return lstatSync(file)
  } catch {
    return null
  }
}

function refuseExisting(file: string) {
  if (entryAt(file) !== null) {
    throw new GateError(
      'USAGE',
      'already exists; package init never overwrites a file (remove it or use another directory)',
      { file }
    )
  }
}

// ---------------------------------------------------------------------------------------------
// init

export interface InitOptions {
  product: string
  fromVersion: string
  toVersion: string
  cohort?: string
  /** `id=hardware` pairs; default one configuration `default`. */
  configurations?: string[]
  vulnerabilities?: string[]
}

function checkInit(options: InitOptions): { id: string; hardware: string }[] {
  // Twice, it would get two record templates (evaluate reads the scope's list as a set).
  const vulnerabilities = options.vulnerabilities ?? []
  const twice = vulnerabilities.find((v, i) => vulnerabilities.indexOf(v) !== i)
  if (twice !== undefined) {
    throw new GateError('USAGE', `'${clip(twice, 100)}' is given more than once`, {
      field: '--vulnerability'
    })
  }
  for (const [flag, value] of [
    ['--from', options.fromVersion],
    ['--to', options.toVersion]
  ] as const) {
    if (!SEMVER.test(value))
      throw new GateError(
        'USAGE',
        `'${value}' is not a version; expected MAJOR.MINOR.PATCH such as 5.4.3`,
        { field: flag }
      )
  }
  const configurations = (options.configurations ?? ['default=unspecified']).map(pair => {
    const at = pair.indexOf('=')
    const id = at < 0 ? pair : pair.slice(0, at)
    const hardware = at < 0 ? '' : pair.slice(at + 1)
    if (!ID.test(id) || hardware === '')
      throw new GateError(
        'USAGE',
        `'${pair}' is not id=hardware (e.g. reference=IC-22-REF-C; the id is letters, digits, . _ -)`,
        { field: '--configuration' }
      )
    return { id, hardware }
  })
  return configurations
}

const q = (value: string): string => JSON.stringify(value)

/** The index `package init` writes: every section, each with a comment on what belongs there. */
export function indexTemplate(options: InitOptions): string {
  const configurations = checkInit(options)
  const vulns = options.vulnerabilities ?? []
  const cohort = options.cohort ?? DEFAULT_COHORT
  const p = options.product
  return `# yaml-language-server: $schema=${schemaUrl('update-evidence')}
# Evidence package index (${DOCS.index}).
# Written by \`update-gate package init\`; check it with \`update-gate package check <dir>\`.
apiVersion: update-gate.dev/v1
kind: UpdateEvidence
# The decision this package supports, in one sentence.
decisionSupported: ${q(`Approve ${p} ${options.toVersion} for deployment to cohort ${cohort}`)}
# Threats the update process addresses (free text ids).
threats: [unauthorized-update, incomplete-rollback, untested-recovery, unresolved-affected-version-mapping]
# Controls of the update process (free text ids).
controls: [update-approval-workflow, update-eligibility-check, update-signing, installation-and-rollback-recording]
scope:
  product: ${q(p)}
  fromVersion: ${options.fromVersion}
  toVersion: ${options.toVersion}
  cohort: ${q(cohort)}
  # Every device configuration in scope; each needs its own rollback and recovery test results.
  configurations:
${configurations.map(c => `    - { id: ${q(c.id)}, name: ${q(c.id)}, hardware: ${q(c.hardware)} }`).join('\n')}
  # Vulnerability ids the update fixes; each needs an affected-versions mapping.
  vulnerabilities: [${vulns.map(q).join(', ')}]
# Who produced the evidence (ids are e-mail addresses or other stable ids).
producers:
  - { id: release-manager@supplier.example, name: Release manager, role: release-manager }
# Who consumes it (the buyer's people).
consumers: []
verificationMethod: [release-approval, signature-validity, key-authorization, affected-version-mapping, rollback-recovery-tests, notification-scope]
# The evidence items. \`package init\` wrote a template of each record to fill in; a listed file
# that is not there is reported by \`package check\` with what to write; each record kind has an
# example in ${DOCS.records}.
evidence:
  # Written by \`update-gate package manifest\` and \`update-gate package sign --key\`.
  - { id: manifest, kind: update-manifest, file: ${MANIFEST_FILE}, signature: ${SIGNATURE_FILE}, producer: release-manager@supplier.example }
  # Written by \`update-gate package sign --key <pem> --provenance <statement.json>\`.
  - { id: provenance, kind: build-provenance, file: ${PROVENANCE_FILE}, producer: release-manager@supplier.example }
  # Who signed the manifest, with which key (the key id in the buyer's trust file), when.
  - { id: signing-event, kind: signing-event, file: signing-event.yaml, producer: release-manager@supplier.example }
  # The release approval: approved artifacts (name, sha256) and approvers, before signing.
  - { id: approval, kind: release-approval, file: approval.yaml, producer: release-manager@supplier.example }
  # Rollback conditions and a rollback and a recovery test result per configuration.
  - { id: tests, kind: rollback-recovery-tests, file: tests.yaml, producer: release-manager@supplier.example }
  # How a failed update is recovered (Markdown or text).
  - { id: recovery-procedure, kind: recovery-procedure, file: recovery-procedure.md, producer: release-manager@supplier.example, controls: [rollback-recovery] }
  # Affected version ranges of each vulnerability in scope.
  - { id: affected-versions, kind: affected-versions, file: affected-versions.yaml, producer: release-manager@supplier.example }
  # The customer notification: who is told what, for which configurations.
  - { id: notification, kind: customer-notification, file: notification.yaml, producer: release-manager@supplier.example }
  # Retained deployment records (level 5): pilot deployments of the target version.
  - { id: deployments, kind: deployment-records, file: deployments.yaml, producer: release-manager@supplier.example }
# Known gaps, each naming the configurations it affects: [{ id, description, configurations }].
knownGaps: []
# Exceptions for configurations excluded from the approval (reason, mitigation, remainOn,
# followUpBy, acceptedBy a risk acceptor of the buyer's trust file, acceptedAt, and waives: the rule ids
# of the findings it accepts, e.g. [rollback_recovery.recovery_test_missing]).
exceptions: []
# Who keeps the release, vulnerability and deployment records, and where (the retention control
# needs both).
retention:
  owners: [${q(`${FILL_IN}: who keeps the records, e.g. ${p} release manager`)}]
  locations: [${q(`${FILL_IN}: where they are kept, e.g. release records system`)}]
`
}

/** The option each scope field of the index comes from. */
const INIT_OPTIONS: Record<string, string> = {
  'scope.product': '--product',
  'scope.fromVersion': '--from',
  'scope.toVersion': '--to',
  'scope.cohort': '--cohort',
  'scope.configurations': '--configuration',
  'scope.vulnerabilities': '--vulnerability'
}

/**
 * The index `package init` is about to write, checked as `evaluate` checks it (schema, unique
 * ids): a package the gate would refuse is refused here, naming the option the value came from.
 */
function checkInitIndex(index: string): void {
  try {
    checkIndex(parseYaml(index, INDEX_FILE))
  } catch (error) {
    const field = error instanceof GateError ? error.field : undefined
    const option = Object.entries(INIT_OPTIONS).find(([f]) => field?.startsWith(f))?.[1]
    if (!option) throw error
    throw new GateError('USAGE', (error as GateError).message, { field: option })
  }
}

/**
 * Writes the index and a template of every record it lists (never over an existing file: all
 * are checked before the first is written), and creates artifacts/.
 */
export async function initPackage(dir: string, options: InitOptions): Promise<string[]> {
  const index = indexTemplate(options)
  checkInitIndex(index)
  const records = recordTemplates({
    product: options.product,
    fromVersion: options.fromVersion,
    toVersion: options.toVersion,
    cohort: options.cohort ?? DEFAULT_COHORT,
    configurations: checkInit(options),
    vulnerabilities: options.vulnerabilities ?? []
  })
  const files: [string, string][] = [[INDEX_FILE, index], ...Object.entries(records)]
  await checkTargetDirectory(dir)
  for (const [name] of files) refuseExisting(path.join(dir, name))
  await artifactsDirectory(dir)
  const root = realRoot(dir)
  for (const [name, text] of files)
    await writeInside(root, name, text, { file: path.join(dir, name) })
  return [...files.map(([name]) => name), `${ARTIFACTS_DIR}/`]
}

/**
 * `<dir>/artifacts`, made if need be; refused when something other than a directory is there (a
 * symlink too: nothing is copied into, or listed from, a directory outside the package).
 */
async function artifactsDirectory(dir: string): Promise<string> {
  const artifactsDir = path.join(dir, ARTIFACTS_DIR)
  const info = entryAt(artifactsDir)
  if (info?.isSymbolicLink()) {
    throw new GateError(
      'PATH_OUTSIDE_ROOT',
      `is a symbolic link; the package's release files go in a directory ${ARTIFACTS_DIR}/ of its own (replace the link by a directory)`,
      { file: artifactsDir }
    )
  }
  if (info && !info.isDirectory()) {
    throw new GateError(
      'USAGE',
      `is not a directory; the package's release files go in ${ARTIFACTS_DIR}/ (move or remove it)`,
      { file: artifactsDir }
    )
  }
  await mkdir(artifactsDir, { recursive: true })
  return artifactsDir
}

// ---------------------------------------------------------------------------------------------
// the index, as the package commands need it

/* eslint-disable @typescript-eslint/no-explicit-any -- read for a few fields, checked here */
interface IndexInfo {
  /** The package directory's real path. */
  root: string
  /** The index's exact text (record signing edits it, comments kept). */
  text: string
  product: string
  version: string
  /** Each with the field of the index that names it (`evidence[<position>].file`). */
  manifest: { file: string; fileField: string; signature: string; signatureField: string }
  provenance: { file: string; fileField: string }
  /** Every path the index names, normalised (the index itself, each item's file and signature): the fields naming it. */
  named: Map<string, string[]>
}

/** `evidence[<position>].<field>`, as evaluate names it; the kind when the index has no such item. */
const itemField = (position: number, kind: string, field: 'file' | 'signature') =>
  `evidence[${position >= 0 ? position : kind}].${field}`

/** The paths an index names, each with the fields naming it (a path the load stage refuses is left out: nothing is written there). */
function namedPaths(items: any[]): Map<string, string[]> {
  const named = new Map<string, string[]>([[INDEX_FILE, ['the index']]])
  for (const [position, item] of items.entries()) {
    for (const field of ['file', 'signature'] as const) {
      if (typeof item?.[field] !== 'string') continue
      let clean: string
      try {
        clean = checkRelativePath(item[field], {})
      } catch {
        continue
      }
      named.set(clean, [...(named.get(clean) ?? []), itemField(position, '', field)])
    }
  }
  return named
}

function readIndex(dir: string): IndexInfo {
  const root = realRoot(dir)
  const read = readInside(root, INDEX_FILE, DEFAULT_MAX_DOCUMENT_BYTES, { file: INDEX_FILE })
  if (read === null)
    throw new GateError(
      'FILE_NOT_FOUND',
      `no ${INDEX_FILE} in '${dir}'; start a package with \`update-gate package init ${dir} --product P --from V --to V\``,
      { file: path.join(dir, INDEX_FILE) }
    )
  const text = decodeUtf8(read.bytes, INDEX_FILE)
  const raw = parseYaml(text, INDEX_FILE) as any
  const scope = raw?.scope ?? {}
  if (typeof scope.product !== 'string' || typeof scope.toVersion !== 'string')
    throw new GateError('SCHEMA_VIOLATION', 'needs scope.product and scope.toVersion', {
      file: INDEX_FILE,
      field: 'scope'
    })
  const items: any[] = Array.isArray(raw.evidence) ? raw.evidence : []
  const manifestAt = items.findIndex(e => e?.kind === 'update-manifest')
  const provenanceAt = items.findIndex(e => e?.kind === 'build-provenance')
  const manifest = items[manifestAt]
  const provenance = items[provenanceAt]
  return {
    root,
    text,
    product: scope.product,
    version: scope.toVersion,
    manifest: {
      file: typeof manifest?.file === 'string' ? manifest.file : MANIFEST_FILE,
      fileField: itemField(manifestAt, 'update-manifest', 'file'),
      signature: typeof manifest?.signature === 'string' ? manifest.signature : SIGNATURE_FILE,
      signatureField: itemField(manifestAt, 'update-manifest', 'signature')
    },
    provenance: {
      file: typeof provenance?.file === 'string' ? provenance.file : PROVENANCE_FILE,
      fileField: itemField(provenanceAt, 'build-provenance', 'file')
    },
    named: namedPaths(items)
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Where a file the index names under `field` is written, checked before anything is: no other
 * field names the same path (the index, another item's file or signature, `--public-key`), it is
 * not a release file under artifacts/, not one of `keep` (the files the command reads: the key,
 * the statement), and nothing on the way is a symlink (writablePlace). Returns the normalised
 * path. An error names `where` (default: the index's field).
 */
function namedTarget(
  index: IndexInfo,
  rel: string,
  field: string,
  keep: readonly string[],
  where: Where = { file: INDEX_FILE, field }
): string {
  const clean = checkRelativePath(rel, where)
  const others = (index.named.get(clean) ?? []).filter(f => f !== field)
  if (clean === ARTIFACTS_DIR || clean.startsWith(`${ARTIFACTS_DIR}/`))
    others.push(`a release file under ${ARTIFACTS_DIR}/`)
  if (others.length > 0)
    throw new GateError(
      'USAGE',
      `'${clip(clean, 200)}' is also ${others.join(', ')}; give this file a path of its own (it is written, and would replace that file)`,
      where
    )
  writablePlace(index.root, clean, where, keep)
  return clean
}

/** Writes a target namedTarget checked (checked again as it is written). */
const writeNamed = (
  index: IndexInfo,
  target: string,
  field: string,
  content: WriteContent,
  keep: readonly string[]
) => writeInside(index.root, target, content, { file: INDEX_FILE, field }, keep)

/**
 * Kinds whose item may carry a detached signature: every record kind, as its YAML record or (for
 * affected-versions) a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document
 * (docs/evidence-format.md#signed-records).
 */
const SIGNABLE = new Set<string>(RECORD_KINDS)

/** Formats whose file is signed by an envelope or bundle of its own, never by a `.sig` beside it. */
const STATEMENT_FORMATS = new Set(['dsse', 'sigstore-bundle'])

/**
 * Signs records as a person or system that vouches for them: `<file>.sig` over the exact bytes of
 * the item's file (as cosign sign-blob), whatever format it is in (a YAML record, a supplier's
 * affected-versions document), and the item's `signature` set in the index (comments kept).
 */
async function signRecords(
  dir: string,
  index: IndexInfo,
  ids: string[],
  key: SigningKey,
  keep: readonly string[]
): Promise<SignResult> {
  const { isMap, isSeq, parseDocument } = yamlLibrary()
  const doc = parseDocument(index.text)
  const evidence = doc.get('evidence')
  const items = isSeq(evidence) ? evidence.items : []
  const readOther = (rel: string, where: Where) =>
    readInside(index.root, rel, DEFAULT_MAX_DOCUMENT_BYTES, where)
  // Every record is read and checked, and every target, before the first signature is written.
  const toSign = []
  for (const id of ids) {
    const position = items.findIndex(i => isMap(i) && i.get('id') === id)
    const item = items[position]
    const kind = isMap(item) ? item.get('kind') : undefined
    const file = isMap(item) ? item.get('file') : undefined
    if (!isMap(item) || typeof file !== 'string' || typeof kind !== 'string') {
      throw new GateError(
        'USAGE',
        `no evidence item '${clip(id, 100)}' with a file in ${INDEX_FILE}`,
        {
          field: '--record'
        }
      )
    }
    if (!SIGNABLE.has(kind)) {
      throw new GateError(
        'USAGE',
        `evidence '${clip(id, 100)}' is a ${kind}; --record signs ${[...SIGNABLE].join(', ')}`,
        { field: '--record' }
      )
    }
    const formats = EVIDENCE_READERS[kind as RecordKind]
    const declared = item.get('format')
    const format = typeof declared === 'string' ? declared : formats.defaultFormat
    if (STATEMENT_FORMATS.has(format)) {
      throw new GateError(
        'USAGE',
        `evidence '${clip(id, 100)}' (${kind}, format ${format}) is signed as an in-toto statement: its envelope is its signature; --record signs a YAML record or a supplier's affected-versions document`,
        { field: '--record' }
      )
    }
    const reader = formats.readers[format]
    if (!reader) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `format '${clip(format, 100)}' is not supported for ${kind}; supported: ${Object.keys(formats.readers).join(', ')}`,
        { file: INDEX_FILE, field: `evidence[${position}].format` }
      )
    }
    // Read as evaluate reads it: inside the package, bounded, a regular file.
    const read = readOther(file, { file: INDEX_FILE, field: `evidence[${position}].file` })
    if (!read) {
      throw new GateError('FILE_NOT_FOUND', `the record of '${clip(id, 100)}' is not there`, {
        file
      })
    }
    const text = decodeUtf8(read.bytes, file)
    if (text.includes(`${FILL_IN}:`)) {
      throw new GateError(
        'USAGE',
        `still holds values to fill in (${FILL_IN}: ...); write them (update-gate package check ${dir} lists them), then sign`,
        { file }
      )
    }
    // What is signed must read as the gate reads it (one meaning, its schema): else no signature.
    // The item is read without its signature, which is about to be written.
    await reader({
      file: read,
      item: {},
      position,
      maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
      readOther
    })
    const field = `evidence[${position}].signature`
    const sig = namedTarget(index, `${read.path}.sig`, field, keep)
    toSign.push({ item, field, sig, bytes: read.bytes })
  }
  writablePlace(index.root, INDEX_FILE, { file: INDEX_FILE }, keep)
  const written: string[] = []
  for (const { item, field, sig, bytes } of toSign) {
    await writeNamed(index, sig, field, `${signBlob(bytes, key)}\n`, keep)
    item.set('signature', sig)
    written.push(sig)
  }
  await writeInside(index.root, INDEX_FILE, doc.toString(), { file: INDEX_FILE }, keep)
  written.push(INDEX_FILE)
  return { key: { algorithm: key.algorithm, fingerprint: key.fingerprint }, written }
}

// ---------------------------------------------------------------------------------------------
// manifest

export interface ManifestResult {
  file: string
  artifacts: { name: string; size: number; sha256: string }[]
}

/**
 * Copies the given files into `artifacts/` (never over a different file of the same name), then
 * writes the manifest of every file directly under `artifacts/`, sorted by name, in the exact
 * bytes that `package sign` signs: two-space JSON and a final newline. Files of any size: each is
 * copied by the system and hashed in constant memory (the digest the gate computes).
 */
export async function writeManifest(dir: string, add: string[] = []): Promise<ManifestResult> {
  const index = readIndex(dir)
  const target = namedTarget(index, index.manifest.file, index.manifest.fileField, [])
  await artifactsDirectory(dir)
  // Digests of files already under artifacts/ taken while comparing: not hashed a second time.
  const digests = new Map<string, { size: number; sha256: string }>()
  for (const source of add) {
    const name = path.basename(source)
    const rel = `${ARTIFACTS_DIR}/${name}`
    const where = { file: rel }
    let real: string
    try {
      real = await realpath(source)
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      throw new GateError(
        'FILE_NOT_FOUND',
        missing ? 'artifact does not exist' : `artifact cannot be read: ${messageOf(error)}`,
        { file: source }
      )
    }
    // A FIFO, socket or device is refused: an artifact is a release file, read to its end.
    const info = await stat(real)
    if (!info.isFile())
      throw new GateError('USAGE', 'not a regular file; give the release file itself', {
        file: source
      })
    const there = entryAt(path.join(index.root, ARTIFACTS_DIR, name))
    if (there === null) {
      await writeInside(index.root, rel, { copyOf: real }, where)
      continue
    }
    if (sameFile(there, info)) continue
    const held = await sha256File(path.join(index.root, ARTIFACTS_DIR, name), where)
    digests.set(name, held)
    const same =
      held.size === info.size && (await sha256File(real, { file: source })).sha256 === held.sha256
    if (!same)
      throw new GateError(
        'USAGE',
        `a different file of that name is already in ${ARTIFACTS_DIR}/; remove it first`,
        where
      )
  }
  const artifactsDir = path.join(index.root, ARTIFACTS_DIR)
  const entries = (await readdir(artifactsDir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  const artifacts: ManifestResult['artifacts'] = []
  for (const entry of entries) {
    const rel = `${ARTIFACTS_DIR}/${entry.name}`
    if (isTemporaryName(entry.name))
      throw new GateError(
        'USAGE',
        'a temporary file a write left behind when its run was killed, no release file; remove it, then write the manifest again',
        { file: rel }
      )
    if (!entry.isFile())
      throw new GateError(
        'USAGE',
        'not a regular file; manifest artifacts are files directly under artifacts/',
        { file: rel }
      )
    const { size, sha256 } =
      digests.get(entry.name) ??
      (await sha256File(path.join(artifactsDir, entry.name), { file: rel }))
    artifacts.push({ name: entry.name, size, sha256 })
  }
  if (artifacts.length === 0)
    throw new GateError(
      'USAGE',
      `no files under ${ARTIFACTS_DIR}/; give the release files: update-gate package manifest ${dir} <file>...`,
      { file: ARTIFACTS_DIR }
    )
  const manifest = { product: index.product, version: index.version, artifacts }
  const json = `${JSON.stringify(manifest, null, 2)}\n`
  await writeNamed(index, target, index.manifest.fileField, json, [])
  return { file: target, artifacts }
}

// ---------------------------------------------------------------------------------------------
// sign

export interface SignOptions {
  /** PEM private key file (ECDSA P-256 or Ed25519). */
  key: string
  /** in-toto Statement v1 JSON to wrap in a signed DSSE envelope. */
  provenance?: string
  /** Where to write the public key (PEM), for the buyer's trust file. */
  publicKeyOut?: string
  /** DSSE `keyid` hint (the gate ignores it); default the key's sha256 fingerprint. */
  keyId?: string
  /**
   * Evidence ids of records to sign instead of the manifest (a YAML record, or a supplier's
   * affected-versions document): each file gets a detached signature `<file>.sig` over its exact
   * bytes, named as the item's `signature`.
   */
  records?: string[]
}

export interface SignResult {
  key: Pick<SigningKey, 'algorithm' | 'fingerprint'>
  written: string[]
}

/* eslint-disable @typescript-eslint/no-explicit-any -- a statement is checked field by field */
/** The statement fields the gate needs, each refused with its field and the fix. */
function checkStatement(raw: any, file: string): void {
  const need = (ok: boolean, field: string, expected: string) => {
    if (!ok) throw new GateError('SCHEMA_VIOLATION', expected, { file, field })
  }
  need(
    typeof raw === 'object' && raw !== null && !Array.isArray(raw),
    '(document)',
    'must be an in-toto Statement v1 JSON object'
  )
  need(raw._type === IN_TOTO_STATEMENT_V1, '_type', `must be ${IN_TOTO_STATEMENT_V1}`)
  need(
    Array.isArray(raw.subject) && raw.subject.length > 0,
    'subject',
    'must list the artifacts: [{ "name": "<file under artifacts/>", "digest": { "sha256": "<hex>" } }]'
  )
  need(raw.predicateType === SLSA_PROVENANCE_V1, 'predicateType', `must be ${SLSA_PROVENANCE_V1}`)
  need(
    typeof raw.predicate?.buildDefinition?.buildType === 'string',
    'predicate.buildDefinition.buildType',
    'is required (SLSA Provenance v1), e.g. "https://actions.github.io/buildtypes/workflow/v1"'
  )
  need(
    typeof raw.predicate?.runDetails?.builder?.id === 'string',
    'predicate.runDetails.builder.id',
    "is required (SLSA Provenance v1): the builder's id, which the buyer's trust file lists under builders"
  )
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Signs the manifest as `cosign sign-blob --key` does and, given a statement, writes a DSSE
 * envelope signed over its PAE. The statement's bytes are kept exactly as given.
 */
export async function signPackage(dir: string, options: SignOptions): Promise<SignResult> {
  const records = options.records ?? []
  if (records.length > 0 && options.provenance)
    throw new GateError(
      'USAGE',
      'signs the build provenance, with the manifest; --record signs records instead: sign each in its own run',
      { field: '--provenance' }
    )
  const index = readIndex(dir)
  const key = await readPrivateKey(options.key)
  // The files this run reads, never replaced by what it writes.
  const keep = [options.key, ...(options.provenance ? [options.provenance] : [])]
  const publicKey =
    options.publicKeyOut === undefined
      ? undefined
      : await publicKeyPlace(dir, index, options.publicKeyOut, key.publicKeyPem, keep)
  const signed =
    records.length > 0
      ? await signRecords(dir, index, records, key, keep)
      : await signManifest(dir, index, key, options, keep)
  if (publicKey) {
    await writeInside(publicKey.root, publicKey.rel, key.publicKeyPem, publicKey.where, keep)
    signed.written.push(publicKey.where.file)
  }
  return signed
}

const PUBLIC_KEY_OUTPUT = { field: '--public-key', what: 'the public key' }

/** Whether a relative path stays where it starts (no `..` first, not absolute, not empty). */
const staysInside = (rel: string): boolean =>
  rel !== '' && !path.isAbsolute(rel) && rel.split(/[\\/]/)[0] !== '..'

/**
 * Where `--public-key` writes, checked (checkPublicKeyOut, then the place) before anything is
 * signed or written. In the package (by the path given, or by its directory's real path) it is a
 * package file like the others (namedTarget: not the index, an item's file or signature, a release
 * file under artifacts/, the key, nothing on the way a symlink), and claimed, so that no file this
 * run signs is written there either. Elsewhere it is not a symlink, nor the key or the statement.
 */
async function publicKeyPlace(
  dir: string,
  index: IndexInfo,
  file: string,
  publicKeyPem: string,
  keep: readonly string[]
): Promise<{ root: string; rel: string; where: { file: string; field: string } }> {
  await checkPublicKeyOut(file, publicKeyPem)
  const where = { file, field: PUBLIC_KEY_OUTPUT.field }
  const given = path.resolve(file)
  const real = path.join(realRoot(path.dirname(given), where), path.basename(given))
  const inPackage = [path.relative(path.resolve(dir), given), path.relative(index.root, real)].find(
    staysInside
  )
  if (inPackage === undefined) {
    writablePlace(path.dirname(real), path.basename(real), where, keep)
    return { root: path.dirname(real), rel: path.basename(real), where }
  }
  const rel = namedTarget(index, inPackage, where.field, keep, where)
  index.named.set(rel, [...(index.named.get(rel) ?? []), where.field])
  return { root: index.root, rel, where }
}

/**
 * Where `--public-key` writes: a new file, or one that already holds this very public key (the
 * same signing run again). Anything else is refused before anything is signed or written: a
 * private key's path given by mistake, an artifact or another key would be overwritten.
 */
async function checkPublicKeyOut(file: string, publicKeyPem: string): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (!info) return checkOutput(file, PUBLIC_KEY_OUTPUT) // a new file: its directory can take it
  // Read only a regular file of the key's size: never a FIFO (which would wait) or an image.
  const held =
    info.isFile() && info.size === Buffer.byteLength(publicKeyPem)
      ? await readFile(file, 'utf8').catch(() => undefined)
      : undefined
  if (held !== publicKeyPem) {
    throw new GateError(
      'USAGE',
      'already exists and does not hold the public key of --key; remove it or give another path (it is never overwritten)',
      { file, field: '--public-key' }
    )
  }
}

/** The manifest signature and, given a statement, the DSSE envelope: every input read first. */
async function signManifest(
  dir: string,
  index: IndexInfo,
  key: SigningKey,
  options: SignOptions,
  keep: readonly string[]
): Promise<SignResult> {
  const { manifest: m, provenance: p } = index
  const manifest = readInside(index.root, m.file, DEFAULT_MAX_DOCUMENT_BYTES, {
    file: INDEX_FILE,
    field: m.fileField
  })
  if (manifest === null)
    throw new GateError(
      'FILE_NOT_FOUND',
      `no manifest to sign; write it first: update-gate package manifest ${dir}`,
      { file: m.file }
    )
  let statement: Buffer | undefined
  if (options.provenance) {
    const where = { file: options.provenance, field: '--provenance' }
    const read = readGivenFile(options.provenance, DEFAULT_MAX_DOCUMENT_BYTES, where)
    if (read === null)
      throw new GateError(
        'FILE_NOT_FOUND',
        'statement file does not exist; give the in-toto Statement v1 JSON',
        where
      )
    statement = read
    checkStatement(
      parseJson(decodeUtf8(statement, options.provenance), options.provenance),
      options.provenance
    )
  }
  const sigTarget = namedTarget(index, m.signature, m.signatureField, keep)
  const envelopeTarget = statement && namedTarget(index, p.file, p.fileField, keep)
  await writeNamed(index, sigTarget, m.signatureField, signBlob(manifest.bytes, key), keep)
  const written = [sigTarget]
  if (statement && envelopeTarget) {
    const envelope = signDsse(statement, key, options.keyId ?? key.fingerprint)
    await writeNamed(
      index,
      envelopeTarget,
      p.fileField,
      `${JSON.stringify(envelope, null, 2)}\n`,
      keep
    )
    written.push(envelopeTarget)
  }
  return { key: { algorithm: key.algorithm, fingerprint: key.fingerprint }, written }
}
