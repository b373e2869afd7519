/**
 * The pipeline as one call: load -> verify -> evaluate, shared by the CLI and the Action.
 * (Collect is the caller's: the CLI takes a directory, the Action gathers files from GitHub.)
 * `openGate` loads the trust configuration and compiles the policy once; `evaluate` then runs
 * one evidence package through it.
 */
import { readPolicy } from './authoring/policy-source.js'
import type {
  ChangeContext,
  EvidenceFact,
  GitHubContext,
  PolicyInput,
  ReleaseContext
} from './contracts/policy-input.js'
import { REPORT_VERSION, type EvidenceSummary, type GateReport } from './contracts/report.js'
import { mergeDataFiles, readDataFile } from './evaluate/policy-data.js'
import { openRunner, type PolicyData, type PolicyRunner } from './evaluate/runner.js'
import {
  loadPackage,
  loadRetainedReports,
  loadTrust,
  type LoadedReports,
  type LoadedTrust
} from './load/index.js'
import { normaliseTimestamp } from './shared/time.js'
import { verifyPackage, type VerifyOptions } from './verify/index.js'
import type { AttestationFetch } from './contracts/evidence-package.js'
import { GateError } from './shared/errors.js'
import type { YamlFile } from './shared/yaml-file.js'
import type { IndexPlaces } from './shared/index-places.js'

export interface GateSetup {
  /** Trust configuration file, owned by whoever runs the gate. */
  trustFile: string
  /** The trust file as the collect stage read it (the Action): loaded from it, not read again. */
  trustRead?: YamlFile
  /** How errors name the trust file (e.g. its repository path and commit); default: its path. */
  trustLabel?: string
  /** Policy source: built-in (default), a bundle.tar.gz, a .wasm, or a Rego directory. */
  policy?: string
  /**
   * JSON or YAML data files merged (deeply, later files win) into the policy's data document;
   * `update_gate.requirements` overrides the trust requirements (docs/policy-authoring.md).
   */
  dataFiles?: string[]
  /** How errors and the report name each data file (e.g. its repository path); default: the path. */
  dataLabels?: string[]
  /** How the report names the policy (e.g. its repository path and commit); default: its path. */
  policyLabel?: string
  /** Time limit of one evaluation of a policy other than the built-in one (default 10 s). */
  policyTimeoutMs?: number
  /**
   * Retained reports (files or directories of `--format json` reports), owned by the gate runner:
   * a to-version older than one approved earlier for the cohort is flagged.
   */
  approvedReports?: string[]
  /** How errors and the report name each of them; default: the path. */
  approvedReportLabels?: string[]
}

const NO_REPORTS: LoadedReports = { reports: [], digests: {} }

/** The retained reports, when the gate runner gives any (none: the input has no field). */
const loadReports = (setup: Pick<GateSetup, 'approvedReports' | 'approvedReportLabels'>) =>
  setup.approvedReports?.length
    ? loadRetainedReports(setup.approvedReports, setup.approvedReportLabels)
    : null

export interface PackageOptions {
  /** RFC 3339 evaluation time; defaults to now. */
  evaluationTime?: string
  /** Where the manifest's artifacts are; defaults to `<packageDir>/artifacts`. */
  artifactsDir?: string
  /** How the report names the package; defaults to packageDir. */
  label?: string
  /** What the change under review touches, for policies that judge the change itself. */
  change?: ChangeContext
  /** On a release: the release and all of its assets (`input.release`). */
  release?: ReleaseContext
  /** In the Action: the approvals GitHub authenticates, read from its API (`input.github`). */
  github?: GitHubContext
  /**
   * Fetch the attestations GitHub holds for the manifest artifacts when the package carries no
   * build provenance (the Action on a release, the CLI's --fetch-attestations).
   */
  attestations?: AttestationFetch
  /**
   * Given where the index's evidence items and exceptions are, in the index as this evaluation
   * read it (the Action's annotations), rather than read and parsed again.
   */
  onIndexPlaces?: (places: IndexPlaces) => void
}

export interface GateOptions extends GateSetup, PackageOptions {
  /** Evidence package directory (holds update-evidence.yaml). */
  packageDir: string
}

/** The facts about files and signatures the report shows (the policy judges them). */
export function summariseEvidence(evidence: readonly EvidenceFact[]): EvidenceSummary {
  const missing = evidence.flatMap(e =>
    e.file !== null && !e.present ? [{ id: e.id, kind: e.kind, file: e.file }] : []
  )
  // Manifest and provenance signatures (every candidate attestation's), then the signatures of
  // signed records.
  const signatures = evidence.flatMap(e =>
    [
      ...(e.verification?.signatures ?? []),
      ...(e.alternatives ?? []).flatMap(a => a.signatures),
      ...(e.attestation?.signatures ?? [])
    ].map(s => ({
      evidence: e.id,
      source: s.source.startsWith('envelope#')
        ? `${e.file ?? e.id} (DSSE signature ${s.source.slice('envelope#'.length)})`
        : s.source,
      verified: s.verified,
      keyId: s.keyId,
      reason: s.reason,
      ...(s.bundle || s.method
        ? {
            issuer: s.identity?.issuer ?? null,
            subject: s.identity?.subject ?? null,
            ...(s.identity
              ? {
                  sourceRepository: s.identity.sourceRepository,
                  sourceRef: s.identity.sourceRef,
                  sourceCommit: s.identity.sourceCommit,
                  buildSignerUri: s.identity.buildSignerUri,
                  runnerEnvironment: s.identity.runnerEnvironment
                }
              : {}),
            logIndexes: (s.tlogEntries ?? []).map(t => t.logIndex),
            signedAt: s.signedAt ?? null,
            origin: s.bundle?.origin ?? 'package'
          }
        : {})
    }))
  )
  return { missing, signatures }
}

/** The manifests' artifacts (name, computed digest, whether it matches the manifest). */
export function manifestArtifacts(evidence: readonly EvidenceFact[]): GateReport['artifacts'] {
  return evidence.flatMap(e =>
    e.verification?.type === 'update-manifest'
      ? e.verification.artifacts.map(a => ({ name: a.name, sha256: a.sha256, matches: a.matches }))
      : []
  )
}

export interface Gate {
  evaluate(packageDir: string, options?: PackageOptions): Promise<GateReport>
  /** Stops the worker a custom policy runs in (it never keeps the process alive). */
  close(): Promise<void>
}

export async function openGate(setup: GateSetup): Promise<Gate> {
  const dataPaths = setup.dataFiles ?? []
  const dataLabels = dataPaths.map((path, i) => setup.dataLabels?.[i] ?? path)
  // The policy module is compiled and validated (WebAssembly.compile, off the main thread) while
  // the trust and data files are read (synchronously, below). Once the policy is read, openRunner
  // starts the compilation before the wait below ends (reactions run in the order they were
  // added); a policy error is reported after any error of the trust and data files, as before.
  const reading = readPolicy(setup.policy)
  const opening = reading.then(bundle =>
    openRunner(
      bundle,
      setup.policyTimeoutMs === undefined ? {} : { timeoutMs: setup.policyTimeoutMs }
    )
  )
  opening.catch(() => undefined) // awaited below; an early rejection is not unhandled
  await reading.catch(() => undefined)
  const trust = await loadTrust(setup.trustFile, {
    ...(setup.trustRead ? { read: setup.trustRead } : {}),
    ...(setup.trustLabel ? { label: setup.trustLabel } : {})
  })
  const dataFiles = dataPaths.map((path, i) => readDataFile(path, dataLabels[i]!))
  const reports = loadReports(setup)
  const policy = await opening
  const extraData = mergeDataFiles(dataFiles.map(d => d.data))
  const dataDigests = {
    ...Object.fromEntries(dataLabels.map((label, i) => [`data:${label}`, dataFiles[i]!.sha256])),
    ...(reports ?? NO_REPORTS).digests
  }
  return {
    evaluate: (packageDir, options = {}) =>
      evaluatePackage(
        policy,
        setup.policyLabel ?? policy.name,
        trust,
        extraData,
        dataDigests,
        reports,
        packageDir,
        options
      ),
    close: () => policy.close()
  }
}

async function evaluatePackage(
  policy: PolicyRunner,
  policyName: string,
  trust: LoadedTrust,
  extraData: Record<string, unknown>,
  dataDigests: Record<string, string>,
  reports: LoadedReports | null,
  packageDir: string,
  options: PackageOptions
): Promise<GateReport> {
  const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
    file: 'evaluation time'
  })
  const pkg = await loadPackage(packageDir, {
    ...(options.artifactsDir ? { artifactsDir: options.artifactsDir } : {}),
    ...(options.onIndexPlaces ? { places: true } : {}),
    ...(options.label ? { label: options.label } : {})
  })
  if (pkg.places) options.onIndexPlaces?.(pkg.places)
  const verified = await verifyPackage(pkg, trust, evaluationTime, verifyOptions(options, trust))
  const input = withContext(verified.input, options, reports)
  const result = await policy.evaluate(policyData(extraData, verified.data), input)
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
    policy: { name: policyName, sha256: policy.sha256 },
    evidence: summariseEvidence(verified.input.evidence),
    artifacts: manifestArtifacts(verified.input.evidence),
    result
  }
}

/** The verified input with what the caller adds: the change, the release, the retained reports, GitHub's approvals. */
const withContext = (
  input: PolicyInput,
  options: PackageOptions,
  reports: LoadedReports | null
): PolicyInput => ({
  ...input,
  ...(reports ? { retainedReports: reports.reports } : {}),
  ...(options.change ? { change: options.change } : {}),
  ...(options.release ? { release: options.release } : {}),
  ...(options.github ? { github: options.github } : {})
})

/**
 * Where attestations are fetched from: the caller's repository, else the trust configuration's
 * `sigstore.attestationsRepository`, else the caller's fallback (the release's own repository);
 * never one the package names.
 */
function verifyOptions(options: PackageOptions, trust: LoadedTrust): VerifyOptions {
  const fetch = options.attestations
  if (!fetch) return {}
  const repository = fetch.repository ?? trust.attestationsRepository ?? fetch.fallbackRepository
  if (!repository) {
    throw new GateError(
      'USAGE',
      'no repository to fetch attestations from: give one (--fetch-attestations <owner/repo>) or name it as sigstore.attestationsRepository in the trust configuration',
      { field: '--fetch-attestations' }
    )
  }
  return { provenance: fetch.open(repository) }
}

/** The data document of one evaluation: the data files, then `trust` (which they cannot set). */
const policyData = (extraData: Record<string, unknown>, verified: PolicyData): PolicyData => ({
  ...extraData,
  ...verified
})

/**
 * The exact input and data document the policy sees for one package (`update-gate policy
 * input`, `policy explain`): the same load, verify and data merge as `evaluate`, without the
 * policy. A policy's own bundle data (a prebuilt bundle's data.json) is not included.
 */
export async function policyInputOf(
  options: Omit<GateOptions, 'policy' | 'policyLabel' | 'policyTimeoutMs'>
): Promise<{ input: PolicyInput; data: PolicyData }> {
  const dataPaths = options.dataFiles ?? []
  const trust = await loadTrust(options.trustFile)
  const dataFiles = dataPaths.map((path, i) => readDataFile(path, options.dataLabels?.[i] ?? path))
  const reports = loadReports(options)
  const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
    file: 'evaluation time'
  })
  const pkg = await loadPackage(
    options.packageDir,
    options.artifactsDir ? { artifactsDir: options.artifactsDir } : {}
  )
  const verified = await verifyPackage(pkg, trust, evaluationTime, verifyOptions(options, trust))
  const input = withContext(verified.input, options, reports)
  return { input, data: policyData(mergeDataFiles(dataFiles.map(d => d.data)), verified.data) }
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
