/**
 * The decision as evidence for the next step: an in-toto Statement v1 whose predicate is a SLSA
 * Verification Summary v1 (https://slsa.dev/spec/v1.0/verification_summary), from the report
 * alone, optionally signed with a key into a DSSE envelope (the PAE and signing code of the
 * package signer, never a copy). Deterministic: `timeVerified` is the evaluation time.
 *
 * - Subjects: the signed manifest's artifacts whose size and digest match it, when the decision
 *   is approve or conditional. Artifacts are update-wide (a configuration selects hardware, not
 *   artifacts), so an excluded configuration removes none: the extension field says which
 *   configurations are approved and which are excluded, and the conditions.
 * - A rejected update gives `verificationResult: FAILED`, `verifiedLevels: ["FAILED"]` and no
 *   subject: a record of the rejection that binds no artifact, so no deployment check matches it.
 */
import type { GateReport } from '../contracts/report.js'
import type { VerificationSummaryStatement } from '../generated/types/verification-summary.js'
import { validateOrThrow } from '../shared/schema.js'
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '../verify/dsse.js'
import { signDsse, type DsseEnvelopeJson } from '../authoring/package/sign.js'
import type { SigningKey } from '../authoring/package/keys.js'
import { uriOf } from './sarif.js'
import { posix } from 'node:path'

export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1'
/** The verifier's identity (`verifier.id`); its version is under `verifier.version`. */
export const VSA_VERIFIER_ID = 'https://update-gate.dev/verifier/v1'
/** The extension field (the VSA allows extension fields named by URIs) with the gate's decision. */
export const VSA_EXTENSION = 'https://update-gate.dev/verification_summary/decision/v1'
/** The built-in policy's URI (a custom policy is named by its path or label). */
export const BUILT_IN_POLICY_URI = 'https://update-gate.dev/policy/built-in'

export interface VsaDecision {
  decision: GateReport['result']['decision']
  package: GateReport['package']
  maturityLevel: number
  configurations: {
    approved: string[]
    excluded: { id: string; exception: string | null }[]
    rejected: string[]
  }
  conditions: GateReport['result']['conditions']
  artifacts: { name: string; sha256: string; resourceUri: string }[]
}

export type VsaStatement = VerificationSummaryStatement & {
  predicate: VerificationSummaryStatement['predicate'] & { [VSA_EXTENSION]: VsaDecision }
}

/** purl component encoding (https://github.com/package-url/purl-spec): percent-encode all but unreserved. */
const purlPart = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )

/** `pkg:generic/<product>/<artifact>@<version>?checksum=sha256:<hex>`: one artifact of the update. */
export function artifactUri(report: GateReport, name: string, sha256: string): string {
  const p = report.package
  return `pkg:generic/${purlPart(p.product)}/${purlPart(name)}@${purlPart(p.toVersion)}?checksum=sha256:${sha256}`
}

/** `pkg:generic/<product>@<version>`: the update as a whole. */
export function updateUri(report: GateReport): string {
  return `pkg:generic/${purlPart(report.package.product)}@${purlPart(report.package.toVersion)}`
}

/**
 * An input digest's key as a URI reference: package files under the package directory; trust and
 * data files, and attestations fetched from GitHub (`github:`), by name only.
 */
function inputAttestation(report: GateReport, key: string, sha256: string) {
  const prefixed = /^(trust|data|github):/.test(key)
  return {
    name: key,
    ...(prefixed ? {} : { uri: uriOf(posix.join(report.package.dir.replace(/\\/g, '/'), key)) }),
    digest: { sha256 }
  }
}

export function buildVsa(report: GateReport, toolVersion: string): VsaStatement {
  const r = report.result
  const passed = r.decision !== 'reject'
  const artifacts = passed
    ? report.artifacts
        .filter(
          (a): a is { name: string; sha256: string; matches: true } =>
            a.matches && a.sha256 !== null
        )
        .map(a => ({
          name: a.name,
          sha256: a.sha256,
          resourceUri: artifactUri(report, a.name, a.sha256)
        }))
    : []
  const byResult = (result: 'approved' | 'excluded' | 'rejected') =>
    r.configurations.filter(c => c.result === result)
  const statement: VsaStatement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: artifacts.map(a => ({ name: a.name, digest: { sha256: a.sha256 } })),
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: VSA_VERIFIER_ID, version: { 'update-gate': toolVersion } },
      timeVerified: report.evaluationTime,
      // One resourceUri per statement: the approved artifact when there is one, else the update.
      resourceUri: artifacts.length === 1 ? artifacts[0]!.resourceUri : updateUri(report),
      policy: {
        name: report.policy.name,
        uri: report.policy.name === 'built-in' ? BUILT_IN_POLICY_URI : uriOf(report.policy.name),
        digest: { sha256: report.policy.sha256 }
      },
      inputAttestations: Object.entries(report.inputDigests).flatMap(([key, sha]) =>
        sha === undefined ? [] : [inputAttestation(report, key, sha)]
      ),
      verificationResult: passed ? 'PASSED' : 'FAILED',
      verifiedLevels: passed ? [`UPDATE_GATE_MATURITY_LEVEL_${r.maturity.level}`] : ['FAILED'],
      slsaVersion: '1.0',
      [VSA_EXTENSION]: {
        decision: r.decision,
        package: report.package,
        maturityLevel: r.maturity.level,
        configurations: {
          approved: byResult('approved').map(c => c.id),
          excluded: byResult('excluded').map(c => ({ id: c.id, exception: c.exception })),
          rejected: byResult('rejected').map(c => c.id)
        },
        conditions: r.conditions,
        artifacts
      }
    }
  }
  // Held to the schema written from the specification before anything is emitted.
  validateOrThrow('verification-summary', statement, 'verification summary')
  return statement
}

export function renderVsa(report: GateReport, toolVersion: string): string {
  return `${JSON.stringify(buildVsa(report, toolVersion), null, 2)}\n`
}

/** The statement's exact bytes in a DSSE envelope signed over PAE; keyid: the key fingerprint. */
export function signVsa(
  report: GateReport,
  toolVersion: string,
  key: SigningKey
): DsseEnvelopeJson {
  return signDsse(
    Buffer.from(renderVsa(report, toolVersion), 'utf8'),
    key,
    key.fingerprint,
    IN_TOTO_PAYLOAD_TYPE
  )
}

export function renderSignedVsa(report: GateReport, toolVersion: string, key: SigningKey): string {
  return `${JSON.stringify(signVsa(report, toolVersion, key), null, 2)}\n`
}
