/** Loads an evidence package: index + every evidence file it names, safely and validated. */
import { statSync } from 'node:fs'
import path from 'node:path'
import { clip, GateError } from '../shared/errors.js'
import type { EvidenceKind, ExceptionRecord, PackageFacts } from '../contracts/policy-input.js'
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  readInside,
  realRoot,
  resolveInside,
  type ReadResult,
  type Where
} from '../shared/fs-safe.js'
import { indexPlacesOfRead } from '../shared/index-places.js'
import { DEFAULT_MAX_ALIAS_COUNT, decodeUtf8, readYaml } from '../shared/parse.js'
import { canonicalIdentity } from './identity.js'
import { EVIDENCE_READERS } from './readers.js'
import { validateOrThrow } from '../shared/schema.js'
import { normaliseOptionalTimestamp, normaliseTimestamp } from '../shared/time.js'
import type { LoadedEvidence, LoadedPackage, LoadOptions } from './types.js'

import { parseCpe23, parsePurl } from './vex/products.js'
import { INDEX_FILE } from '../contracts/evidence-package.js'

import type { UpdateEvidenceIndex } from '../generated/types/update-evidence.js'

const isFile = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false
const isDirectory = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false

function assertUnique(values: string[], file: string, field: (i: number) => string, what: string) {
  const seen = new Set<string>()
  values.forEach((v, i) => {
    if (seen.has(v)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `${what} '${clip(v, 100)}' appears more than once; must be unique`,
        {
          file,
          field: field(i)
        }
      )
    }
    seen.add(v)
  })
}

/**
 * The checks of an index as a whole, before any evidence is read: its schema, and evidence and
 * configuration ids each unique. `package init` makes them on the index it is about to write.
 */
export function checkIndex(raw: unknown): asserts raw is UpdateEvidenceIndex {
  validateOrThrow('update-evidence', raw, INDEX_FILE)
  assertUnique(
    raw.evidence.map(e => e.id),
    INDEX_FILE,
    i => `evidence[${i}].id`,
    'evidence id'
  )
  assertUnique(
    raw.scope.configurations.map(c => c.id),
    INDEX_FILE,
    i => `scope.configurations[${i}].id`,
    'configuration id'
  )
  // Policies key an exception's problems and waivers by its id.
  assertUnique(
    (raw.exceptions ?? []).map(e => e.id),
    INDEX_FILE,
    i => `exceptions[${i}].id`,
    'exception id'
  )
}

function packageFacts(raw: UpdateEvidenceIndex, index: ReadResult): PackageFacts {
  const f = INDEX_FILE
  const exceptions: ExceptionRecord[] = (raw.exceptions ?? []).map((e, i) => ({
    id: e.id,
    configuration: e.configuration,
    reason: e.reason,
    mitigation: e.mitigation,
    remainOn: e.remainOn,
    followUpBy: normaliseTimestamp(e.followUpBy, { file: f, field: `exceptions[${i}].followUpBy` }),
    acceptedBy: canonicalIdentity(e.acceptedBy, { file: f, field: `exceptions[${i}].acceptedBy` }),
    acceptedAt: normaliseTimestamp(e.acceptedAt, { file: f, field: `exceptions[${i}].acceptedAt` }),
    ...(e.waives ? { waives: [...e.waives] } : {})
  }))
  const party = (list: string) => (p: { id: string; name: string; role: string }, i: number) => ({
    id: canonicalIdentity(p.id, { file: f, field: `${list}[${i}].id` }),
    name: p.name,
    role: p.role
  })
  return {
    index: INDEX_FILE,
    indexSha256: index.sha256,
    decisionSupported: raw.decisionSupported,
    threats: [...(raw.threats ?? [])],
    controls: [...(raw.controls ?? [])],
    scope: {
      product: raw.scope.product,
      fromVersion: raw.scope.fromVersion,
      toVersion: raw.scope.toVersion,
      cohort: raw.scope.cohort,
      configurations: raw.scope.configurations.map(c => ({
        id: c.id,
        name: c.name,
        hardware: c.hardware
      })),
      vulnerabilities: [...raw.scope.vulnerabilities],
      // The trust configuration decides the scheme; the verify stage sets it (and refuses an
      // index that claims another).
      versionScheme: raw.scope.versionScheme ?? 'semver',
      identifiers: (raw.scope.identifiers ?? []).map((id, i) => {
        const field = `scope.identifiers[${i}]`
        if (id.purl !== undefined) parsePurl(id.purl, f, `${field}.purl`)
        if (id.cpe !== undefined) parseCpe23(id.cpe, f, `${field}.cpe`)
        return { ...id }
      })
    },
    producers: (raw.producers ?? []).map(party('producers')),
    consumers: (raw.consumers ?? []).map(party('consumers')),
    verificationMethod: [...(raw.verificationMethod ?? [])],
    knownGaps: (raw.knownGaps ?? []).map(g => ({
      id: g.id,
      description: g.description,
      configurations: [...g.configurations]
    })),
    exceptions,
    retention: raw.retention
      ? { owners: [...raw.retention.owners], locations: [...raw.retention.locations] }
      : null
  }
}

/**
 * Reads `<packageDir>/update-evidence.yaml` and every file it names. Input errors throw GateError
 * (FILE_NOT_FOUND for the package or index, PATH_OUTSIDE_ROOT, FILE_TOO_LARGE, FILE_UNREADABLE,
 * PARSE_ERROR, DUPLICATE_KEY, ALIAS_LIMIT, SCHEMA_VIOLATION, INVALID_TIME). An evidence file that
 * the index names but that does not exist is a fact (`present: false`), not an error.
 */
export async function loadPackage(
  packageDir: string,
  options: LoadOptions = {}
): Promise<LoadedPackage> {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT
  const named = options.label ?? packageDir
  if (path.basename(packageDir) === INDEX_FILE && isFile(packageDir)) {
    throw new GateError(
      'USAGE',
      `this is the package's index; give the package directory that holds it: ${path.dirname(named)}`,
      { file: named }
    )
  }
  const root = realRoot(packageDir, { file: named })
  if (!isDirectory(root)) {
    throw new GateError(
      'USAGE',
      `is a file; give the evidence package directory (the one that holds ${INDEX_FILE})`,
      { file: named }
    )
  }
  const fileDigests: Record<string, string> = {}

  const index = readInside(root, INDEX_FILE, maxBytes, { file: INDEX_FILE })
  if (!index) {
    throw new GateError(
      'FILE_NOT_FOUND',
      `'${named}' has no ${INDEX_FILE}; give the evidence package directory, or start one with \`update-gate package init ${named} --product P --from V --to V\``,
      { file: INDEX_FILE }
    )
  }
  fileDigests[INDEX_FILE] = index.sha256
  const text = decodeUtf8(index.bytes, INDEX_FILE)
  const { value: raw, fast } = readYaml(text, INDEX_FILE, { maxAliasCount })
  // Found in this read, before anything else sees the value.
  const places = options.places ? indexPlacesOfRead(index.bytes.length, text, fast) : undefined
  checkIndex(raw)
  const facts = packageFacts(raw, index)

  const readOther = (rel: string, where: Where): ReadResult | null => {
    const result = readInside(root, rel, maxBytes, where)
    if (result) fileDigests[result.path] = result.sha256
    return result
  }

  const evidence: LoadedEvidence[] = []
  for (const [position, item] of raw.evidence.entries()) {
    const kind = item.kind as EvidenceKind
    const field = (name: string) => `evidence[${position}].${name}`
    const base = {
      position,
      id: item.id as string,
      kind,
      producer: canonicalIdentity(item.producer as string, {
        file: INDEX_FILE,
        field: field('producer')
      }),
      time: normaliseOptionalTimestamp(item.time, { file: INDEX_FILE, field: field('time') }),
      controls: [...((item.controls as string[] | undefined) ?? [])],
      statement: (item.statement as string | undefined) ?? null
    }
    if (kind === 'assertion') {
      evidence.push({
        ...base,
        format: 'statement',
        file: null,
        present: false,
        sha256: null,
        content: { type: 'none' }
      })
      continue
    }
    const formats = EVIDENCE_READERS[kind]
    const format = (item.format as string | undefined) ?? formats.defaultFormat
    const reader = formats.readers[format]
    if (!reader) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `format '${clip(format, 100)}' is not supported for ${kind}; supported: ${Object.keys(formats.readers).join(', ')}`,
        { file: INDEX_FILE, field: field('format') }
      )
    }
    const where = { file: INDEX_FILE, field: field('file') }
    const file = readOther(item.file as string, where)
    if (!file) {
      evidence.push({
        ...base,
        format,
        file: path.posix.normalize(String(item.file).replace(/\\/g, '/')),
        present: false,
        sha256: null,
        content: { type: 'none' }
      })
      continue
    }
    const content = await reader({ file, item, position, maxAliasCount, readOther })
    evidence.push({ ...base, format, file: file.path, present: true, sha256: file.sha256, content })
  }

  let artifactsRoot: string | null
  let artifactsLabel = 'artifacts'
  if (options.artifactsDir !== undefined) {
    artifactsRoot = realRoot(options.artifactsDir, { file: options.artifactsDir })
    artifactsLabel = path.relative(root, artifactsRoot).split(path.sep).join('/')
    if (
      artifactsLabel === '' ||
      artifactsLabel.startsWith('..') ||
      path.isAbsolute(artifactsLabel)
    ) {
      artifactsLabel = 'artifacts'
    }
  } else {
    artifactsRoot = resolveInside(root, 'artifacts', { file: 'artifacts' })
  }

  return {
    root,
    artifactsRoot,
    artifactsLabel,
    facts,
    claimedVersionScheme: raw.scope.versionScheme ?? null,
    evidence,
    fileDigests,
    ...(places ? { places } : {})
  }
}
