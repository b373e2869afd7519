/** DSSE envelopes (PAE), in-toto Statement v1 and SLSA Provenance v1 facts. */
import { GateError } from '../shared/errors.js'
import { parseJson } from '../shared/parse.js'
import { normaliseOptionalTimestamp } from '../shared/time.js'
import type { DsseEnvelope, TrustedKey } from '../load/types.js'
import type { ProvenanceVerification } from '../contracts/policy-input.js'
import { decodeBase64, signatureFact } from './signature.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/** DSSE v1 Pre-Authentication Encoding: `DSSEv1 SP LEN(type) SP type SP LEN(body) SP body`. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload
  ])
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/**
 * Verifies every DSSE signature against every trusted key and extracts the statement. The
 * envelope's `keyid` hints are ignored. `manifestArtifacts` are the computed digests of the
 * package manifest's artifacts (null digest when the artifact is missing).
 */
export function verifyDsse(
  envelope: DsseEnvelope,
  file: string,
  keys: readonly TrustedKey[],
  manifestArtifacts: { name: string; sha256: string | null }[]
): ProvenanceVerification {
  const payload = decodeBase64(envelope.payload)
  if (payload === null) {
    throw new GateError('PARSE_ERROR', 'is not valid base64', { file, field: 'payload' })
  }
  const message = pae(envelope.payloadType, payload)
  const signatures = envelope.signatures.map((s, i) => {
    const fact = signatureFact(`envelope#${i}`, message, s.sig, keys)
    if (fact.verified || keys.length === 0) return fact
    // A common mistake, named: the signature is over the payload bytes instead of the PAE.
    const overPayload = signatureFact(`envelope#${i}`, payload, s.sig, keys)
    return overPayload.verified
      ? {
          ...fact,
          reason: `key ${overPayload.keyId} signed the payload itself, but a DSSE signature is over PAE(payloadType, payload) = "DSSEv1 <len> <payloadType> <len> <payload>"; sign that (update-gate package sign --provenance, docs/evidence-format.md#dsse-and-pae)`
        }
      : fact
  })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload)
  } catch {
    throw new GateError('PARSE_ERROR', 'payload is not valid UTF-8', { file, field: 'payload' })
  }
  const statement = obj(parseJson(text, file, 'payload'))
  const type = str(statement._type)
  const predicateType = str(statement.predicateType)
  if (type === null) {
    throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto Statement _type)', {
      file,
      field: 'payload._type'
    })
  }
  if (predicateType === null) {
    throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto predicateType)', {
      file,
      field: 'payload.predicateType'
    })
  }
  if (!Array.isArray(statement.subject)) {
    throw new GateError('SCHEMA_VIOLATION', 'must be an array of { name, digest }', {
      file,
      field: 'payload.subject'
    })
  }
  const subjects = statement.subject.map((s: unknown, i: number) => {
    const subject = obj(s)
    const digest = obj(subject.digest)
    const sha = typeof digest.sha256 === 'string' ? digest.sha256.toLowerCase() : null
    if (sha !== null && !/^[0-9a-f]{64}$/.test(sha)) {
      throw new GateError('SCHEMA_VIOLATION', 'must be a hex SHA-256 (64 characters)', {
        file,
        field: `payload.subject[${i}].digest.sha256`
      })
    }
    return { name: typeof subject.name === 'string' ? subject.name : '', sha256: sha }
  })

  let slsa: ProvenanceVerification['slsa'] = null
  if (predicateType === SLSA_PROVENANCE_V1) {
    const predicate = obj(statement.predicate)
    const definition = obj(predicate.buildDefinition)
    const run = obj(predicate.runDetails)
    const buildType = str(definition.buildType)
    const builderId = str(obj(run.builder).id)
    if (buildType === null) {
      throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
        file,
        field: 'payload.predicate.buildDefinition.buildType'
      })
    }
    if (builderId === null) {
      throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
        file,
        field: 'payload.predicate.runDetails.builder.id'
      })
    }
    const workflow = obj(obj(definition.externalParameters).workflow)
    const deps = Array.isArray(definition.resolvedDependencies)
      ? definition.resolvedDependencies
      : []
    const commit = deps.map(d => str(obj(obj(d).digest).gitCommit)).find(c => c !== null) ?? null
    const metadata = obj(run.metadata)
    const time = (name: 'startedOn' | 'finishedOn') => {
      const v = metadata[name]
      if (v !== undefined && v !== null && typeof v !== 'string') {
        throw new GateError('SCHEMA_VIOLATION', 'must be an RFC 3339 date-time string', {
          file,
          field: `payload.predicate.runDetails.metadata.${name}`
        })
      }
      return normaliseOptionalTimestamp(v as string | null | undefined, {
        file,
        field: `payload.predicate.runDetails.metadata.${name}`
      })
    }
    slsa = {
      buildType,
      builderId,
      sourceRepository: str(workflow.repository),
      sourceRef: str(workflow.ref),
      sourceCommit: commit,
      startedOn: time('startedOn'),
      finishedOn: time('finishedOn')
    }
  }

  const subjectDigests = new Set(subjects.map(s => s.sha256).filter((d): d is string => d !== null))
  return {
    type: 'build-provenance',
    payloadType: envelope.payloadType,
    signatures,
    statement: { type, predicateType, subjects },
    slsa,
    artifactsInSubjects: manifestArtifacts.map(a => ({
      name: a.name,
      sha256: a.sha256,
      inSubjects: a.sha256 !== null && subjectDigests.has(a.sha256)
    }))
  }
}
