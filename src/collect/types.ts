/** What the collect stage hands to the gate: local directories, and what it noticed on the way. */
import type { GitHubContext, ReleaseContext } from '../contracts/policy-input.js'
import type { YamlFile } from '../shared/yaml-file.js'
import type { GitHubClient } from './api.js'

export interface CollectedPackage {
  /** Where the package is in the repository (or workspace), '/'-separated; '' for the root. */
  repoPath: string
  /** Local directory holding update-evidence.yaml and the files it names. */
  packageDir: string
  /** Local directory of the manifest's artifacts, when not `<packageDir>/artifacts`. */
  artifactsDir?: string
  /** Whether repoPath names a file tree a reviewer can open (not release assets). */
  inRepository: boolean
  /** On a release: every asset of the release, a fact for the policy (`input.release`). */
  release?: ReleaseFacts
}

/** The release under review and all of its assets, as downloaded (`input.release`). */
export type ReleaseFacts = ReleaseContext

/**
 * A finding of the collect stage itself, about the change rather than the evidence, e.g. a PR
 * that edits the trust configuration. A `violation` means the run cannot pass.
 */
export interface CollectFinding {
  rule: string
  severity: 'violation' | 'warning' | 'info'
  message: string
  /** Repository path the finding is about. */
  file?: string
}

export interface Collected {
  source: 'pull_request' | 'merge_group' | 'push' | 'release' | 'workspace'
  /** Human label of what was gated: "PR #12 (abc1234)", "release v1.2.3", "workspace". */
  subject: string
  packages: CollectedPackage[]
  /** Local path of the trust configuration. */
  trustFile: string
  /** Where the trust configuration came from, for the report ("base 1a2b3c4: .github/...yaml"). */
  trustSource: string
  /** The trust configuration as read and parsed for the approvals (not validated), when it was. */
  trustRead?: YamlFile
  findings: CollectFinding[]
  /** Local path of the policy (bundle, .wasm or Rego directory); undefined: the built-in one. */
  policy?: string
  /** Where the policy came from, for the report. */
  policySource: string
  /** Local paths of the data files (the `data` input), in order; later files win. */
  dataFiles: string[]
  /** Where each data file came from, for the report. */
  dataSources: string[]
  /** Local paths (files or directories) of the retained reports (`approved-reports`); [] for none. */
  approvedReports?: string[]
  /** How errors and the report name each of them (repository or workspace path). */
  approvedReportSources?: string[]
  /** What the change under review touches (PR events), passed to the policy as `input.change`. */
  change?: { event: string; gateConfigurationChanged: string[] }
  /** What was checked for packages on a change: the evidence globs and how many changed files. */
  checked?: { patterns: string[]; changedFiles: number; listedBy: string }
  /** Issue/PR to comment on, when the event has one. */
  pullRequest?: PullRequestTarget
  /** On a release: the commit the tag named when the evidence directory was read there. */
  evidenceCommit?: string
  /** The approvals GitHub authenticates (PR reviews, deployment approvals): `input.github`. */
  github?: GitHubContext
  /** Temp dirs to remove at the end. */
}

/**
 * The collector of a GitHub event (pull request, release, merge group, push): from the event
 * payload, through the API, to local directories; null when the event has nothing to gate.
 */
export type Collector<Options, Result = Collected> = (
  client: GitHubClient,
  payload: Record<string, unknown>,
  options: Options
) => Promise<Result>

/** A pull request as its event names it: where to comment, and its head branch. */
export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  /** The head branch: its repository (null when the fork is gone) and name (`head.ref`). */
  headBranch: { owner: string; repo: string; ref: string } | null
}
