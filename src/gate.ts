/**
 * The pipeline as one call: load -> verify -> evaluate, shared by the CLI and the Action.
 * (Collect is the caller's: the CLI takes a directory, the Action gathers files from GitHub.)
 * `openGate` loads the trust configuration and compiles the policy once; `evaluate` then runs
 * one evidence package through it.
 */
import { GateError } from './errors.js'
import { compilePolicy, type CompiledPolicy } from './evaluate/policy.js'
import { readPolicy } from './evaluate/policy-source.js'
import { evaluatePolicy } from './evaluate/evaluate.js'
import { mergeDataFiles, validateDataFile } from './evaluate/policy-data.js'
import type { PolicyOutput } from './evaluate/policy-output.js'
import {
  loadPackage,
  loadTrust,
  normaliseTimestamp,
  parseYaml,
  type LoadedTrust
} from './load/index.js'
import { verifyPackage } from './verify/index.js'
import { readBounded, realRoot, sha256Hex } from './load/fs-safe.js'
import { decodeUtf8 } from './load/parse.js'
import type { ChangeContext, PolicyInput } from './verify/policy-input.js'

export const REPORT_VERSION = 'update-gate.dev/report/v1'

export interface GateSetup {
  /** Trust configuration file, owned by whoever runs the gate. */
  trustFile: string
  /** Policy source: built-in (default), a bundle.tar.gz, a .wasm, or a Rego directory. */
  policy?: string
  /**
   * JSON or YAML data files merged (deeply, later files win) into the policy's data document;
   * `update_gate.requirements` overrides the trust requirements (docs/policy-authoring.md).
   */
  dataFiles?: string[]
  /** How errors and the report name each data file (e.g. its repository path); default: the path. */
  dataLabels?: string[]
  /** Time limit of one evaluation of a policy other than the built-in one (default 10 s). */
  policyTimeoutMs?: number
}

export interface PackageOptions {
  /** RFC 3339 evaluation time; defaults to now. */
  evaluationTime?: string
  /** Where the manifest's artifacts are; defaults to `<packageDir>/artifacts`. */
  artifactsDir?: string
  /** How the report names the package; defaults to packageDir. */
  label?: string
  /** What the change under review touches, for policies that judge the change itself. */
  change?: ChangeContext
}

export interface GateOptions extends GateSetup, PackageOptions {
  /** Evidence package directory (holds update-evidence.yaml). */
  packageDir: string
}

/** The JSON report to retain: the policy output plus what it was computed from. */
export interface GateReport {
  apiVersion: typeof REPORT_VERSION
  evaluationTime: string
  package: {
    dir: string
    product: string
    fromVersion: string
    toVersion: string
    cohort: string
  }
  /** sha256 of every file the decision rests on (index, evidence, artifacts, trust), by path. */
  inputDigests: Record<string, string>
  /**
   * Every signature the verify stage checked, and who made it (the key id, or the certificate
   * identity: issuer + SAN) with its transparency-log indexes, as `gh attestation verify` and
   * `cosign verify-blob` print them. Facts, not a verdict: whether the signer is acceptable is the
   * policy's finding.
   */
  signatures: SignatureSummary[]
  policy: { name: string; sha256: string }
  result: PolicyOutput
}

export interface SignatureSummary {
  /** Evidence id and the signature's source (file, `file#line`, `envelope#n`). */
  evidence: string
  source: string
  verified: boolean
  /** Trust-configuration key id, for a signature verified by a key. */
  keyId: string | null
  /** Certificate identity, for a signature verified through a Sigstore certificate. */
  issuer: string | null
  subject: string | null
  /** Transparency-log indexes of the bundle's entries. */
  logIndexes: string[]
  /** The trusted signing time (log integrated time or signed timestamp), when there is one. */
  signedAt: string | null
  /** Where the evidence came from: `package`, or the GitHub attestations API. */
  origin: string
  /** Why it did not verify. */
  reason: string | null
}

export function signatureSummaries(input: PolicyInput): SignatureSummary[] {
  const out: SignatureSummary[] = []
  for (const e of input.evidence) {
    for (const s of e.verification?.signatures ?? []) {
      out.push({
        evidence: e.id,
        source: s.source,
        verified: s.verified,
        keyId: s.keyId,
        issuer: s.identity?.issuer ?? null,
        subject: s.identity?.subject ?? null,
        logIndexes: (s.tlogEntries ?? []).map(t => t.logIndex),
        signedAt: s.signedAt ?? null,
        origin: s.bundle?.origin ?? 'package',
        reason: s.reason
      })
    }
  }
  return out
}

export interface Gate {
  evaluate(packageDir: string, options?: PackageOptions): Promise<GateReport>
  /** Stops the worker a custom policy runs in (it never keeps the process alive). */
  close(): Promise<void>
}

/** Data files are the gate runner's, like the trust file: bounded, parsed like any evidence. */
async function readDataFile(
  path: string,
  file: string
): Promise<{ data: Record<string, unknown>; sha256: string }> {
  const bytes = await readBounded(await realRoot(path, { file }), 4 * 1024 * 1024, { file })
  const data = parseYaml(decodeUtf8(bytes, file), file)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new GateError('SCHEMA_VIOLATION', 'a data file must hold an object at its top level', {
      file
    })
  }
  if ('trust' in data) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      '`trust` is reserved for the trust configuration; use another top-level key',
      {
        file,
        field: 'trust'
      }
    )
  }
  validateDataFile(data as Record<string, unknown>, file)
  return { data: data as Record<string, unknown>, sha256: sha256Hex(bytes) }
}

export async function openGate(setup: GateSetup): Promise<Gate> {
  const dataPaths = setup.dataFiles ?? []
  const dataLabels = dataPaths.map((path, i) => setup.dataLabels?.[i] ?? path)
  const [trust, bundle, dataFiles] = await Promise.all([
    loadTrust(setup.trustFile),
    readPolicy(setup.policy),
    Promise.all(dataPaths.map((path, i) => readDataFile(path, dataLabels[i]!)))
  ])
  const policy = await compilePolicy(
    bundle,
    setup.policyTimeoutMs === undefined ? {} : { timeoutMs: setup.policyTimeoutMs }
  )
  const extraData = mergeDataFiles(dataFiles.map(d => d.data))
  const dataDigests = Object.fromEntries(
    dataLabels.map((label, i) => [`data:${label}`, dataFiles[i]!.sha256])
  )
  return {
    evaluate: (packageDir, options = {}) =>
      evaluatePackage(policy, trust, extraData, dataDigests, packageDir, options),
    close: async () => policy.sandbox?.close()
  }
}

async function evaluatePackage(
  policy: CompiledPolicy,
  trust: LoadedTrust,
  extraData: Record<string, unknown>,
  dataDigests: Record<string, string>,
  packageDir: string,
  options: PackageOptions
): Promise<GateReport> {
  const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
    file: 'evaluation time'
  })
  const pkg = await loadPackage(
    packageDir,
    options.artifactsDir ? { artifactsDir: options.artifactsDir } : {}
  )
  const verified = await verifyPackage(pkg, trust, evaluationTime)
  const input = options.change ? { ...verified.input, change: options.change } : verified.input
  const result = await evaluatePolicy(policy, { ...extraData, ...verified.data }, input)
  const scope = verified.input.package.scope
  return {
    apiVersion: REPORT_VERSION,
    evaluationTime,
    package: {
      dir: options.label ?? packageDir,
      product: scope.product,
      fromVersion: scope.fromVersion,
      toVersion: scope.toVersion,
      cohort: scope.cohort
    },
    inputDigests: sortKeys({ ...verified.inputDigests, ...dataDigests }),
    signatures: signatureSummaries(verified.input),
    policy: { name: policy.name, sha256: policy.sha256 },
    result
  }
}

const sortKeys = (record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** One package, one call: what the CLI's `evaluate` does. */
export async function runGate(options: GateOptions): Promise<GateReport> {
  const gate = await openGate(options)
  try {
    return await gate.evaluate(options.packageDir, options)
  } finally {
    await gate.close()
  }
}
