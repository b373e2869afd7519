/**
 * The attestations GitHub already holds for an artifact (`actions/attest-build-provenance`):
 * `GET /repos/{owner}/{repo}/attestations/sha256:{digest}`, as `gh attestation verify --repo`
 * asks it. Each answer is bounded (bytes, attestations), checked for its shape and handed to the
 * gate as parsed bundles; the verify stage verifies them like any Sigstore bundle. Any failure
 * (HTTP error, a body that is not the documented list, an entry without its bundle) is a
 * GateError: the run ends as an error, never as an approval. An empty list is no attestation,
 * which leaves the package without provenance (the policy's finding).
 *
 * The repository asked is the caller's (CLI flag, the release's own) or the trust
 * configuration's (src/gate.ts resolves it), never one the evidence package names.
 */
import { GateError } from '../shared/errors.js'
import { decodeUtf8, parseJson } from '../shared/parse.js'
import {
  MAX_ATTESTATIONS,
  type FetchedBundles,
  type ProvenanceSource
} from '../contracts/evidence-package.js'
import { apiError, type GitHubClient } from './api.js'
import { streamToBuffer } from './download.js'
import { isObject } from '../shared/values.js'

export const ATTESTATION_LIMITS = {
  /** One answer (one page of attestations for one digest). */
  bytes: 16 * 1024 * 1024,
  /** Attestations read per digest. */
  count: MAX_ATTESTATIONS
}

/**
 * The REST API version whose answers carry each bundle inline (later versions may give only a
 * `bundle_url`, which the gate does not follow).
 */
export const ATTESTATIONS_API_VERSION = '2022-11-28'

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/

/** `owner/repo`, checked; `field` names where it was given. */
export function parseRepository(value: string, field: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = value.trim().split('/')
  if (
    rest.length > 0 ||
    !owner ||
    !repo ||
    !OWNER.test(owner) ||
    !REPO.test(repo) ||
    repo === '.' ||
    repo === '..'
  ) {
    throw new GateError('USAGE', `expected a GitHub repository as owner/repo, got "${value}"`, {
      field
    })
  }
  return { owner, repo }
}

export const attestationsOrigin = (owner: string, repo: string): string =>
  `github-attestations-api:${owner}/${repo}`

/** The bundles of one answer, its shape checked (`{attestations: [{bundle, ...}]}`). */
export function bundlesOfAnswer(raw: unknown, label: string): unknown[] {
  const list = isObject(raw) ? raw.attestations : undefined
  if (!Array.isArray(list)) {
    throw new GateError(
      'GITHUB_API',
      'the answer is not a list of attestations ({"attestations": [...]})',
      { file: label, field: 'attestations' }
    )
  }
  if (list.length > ATTESTATION_LIMITS.count) {
    throw new GateError(
      'GITHUB_API',
      `holds ${list.length} attestations; at most ${ATTESTATION_LIMITS.count} are read`,
      { file: label, field: 'attestations' }
    )
  }
  return list.map((entry, i) => {
    const bundle = isObject(entry) ? entry.bundle : undefined
    if (isObject(bundle)) return bundle
    const onlyUrl = isObject(entry) && typeof entry.bundle_url === 'string'
    throw new GateError(
      'GITHUB_API',
      onlyUrl
        ? `has no inline bundle, only a bundle_url (not followed; the gate asks API version ${ATTESTATIONS_API_VERSION}, whose answers carry the bundle)`
        : "must be the attestation's Sigstore bundle (a JSON object)",
      { file: label, field: `attestations[${i}].bundle` }
    )
  })
}

/** Asks GitHub for the attestations of one digest in one repository. */
export async function fetchAttestations(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha256: string
): Promise<FetchedBundles> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) {
    throw new GateError('USAGE', `not a sha256 digest: "${sha256}"`, { field: 'subject_digest' })
  }
  const label = `github:${owner}/${repo}/attestations/sha256:${sha256}`
  let response
  try {
    response = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: `sha256:${sha256}`,
      per_page: ATTESTATION_LIMITS.count,
      predicate_type: 'provenance',
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': ATTESTATIONS_API_VERSION
      },
      request: { parseSuccessResponseBody: false }
    })
  } catch (error) {
    const failed = apiError(
      `listing the attestations of sha256:${sha256} in ${owner}/${repo}`,
      error
    )
    if ((error as { status?: unknown } | null)?.status === 404) {
      throw new GateError(
        'GITHUB_API',
        `${failed.message}: the repository does not exist or the token cannot read it (the token needs attestations: read)`
      )
    }
    throw failed
  }
  const body = await streamToBuffer(response.data, ATTESTATION_LIMITS.bytes, label)
  const raw = parseJson(decodeUtf8(body.bytes, label), label)
  return { label, sha256: body.sha256, bundles: bundlesOfAnswer(raw, label) }
}

/** The attestations of one repository, through a client made only when first asked. */
export function githubAttestations(
  client: () => Promise<GitHubClient>,
  repository: string,
  field: string
): ProvenanceSource {
  const { owner, repo } = parseRepository(repository, field)
  return {
    origin: attestationsOrigin(owner, repo),
    bundlesFor: async sha256 => fetchAttestations(await client(), owner, repo, sha256)
  }
}
