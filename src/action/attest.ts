/**
 * `attest: true`: each package the gate approved (approve or conditional) gets its verification
 * summary signed keyless with the job's GitHub OIDC token (audience `sigstore`) and stored with
 * GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`, as @actions/attest stores
 * them), so a deployment job can run
 * `gh attestation verify <artifact> --repo <owner>/<repo> --predicate-type https://slsa.dev/verification_summary/v1`.
 *
 * Not @actions/attest itself: it picks the Sigstore instance from the repository's visibility
 * with fixed URLs (no way to point Fulcio and Rekor at stand-ins), wraps its own statement around
 * a predicate object (the bytes would not be the summary `--format vsa` prints), and pins
 * @sigstore/sign 3 beside the 5 the CLI uses. The instance choice is the same as its: public
 * repositories use Sigstore's public-good Fulcio and Rekor, private and internal ones GitHub's own
 * Fulcio and timestamp authority (nothing written to the public log); the `fulcio-url`,
 * `rekor-url` and `timestamp-url` inputs replace that choice.
 *
 * Loaded by a dynamic import only when `attest` is true and a package was approved.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from '../shared/fs-async.js'
import { join } from 'node:path'
import type { GitHubClient } from '../collect/api.js'
import { api } from '../collect/api.js'
import type { GateReport } from '../contracts/report.js'
import { GateError, messageOf } from '../shared/errors.js'
import { VERSION } from '../shared/version.js'
import { signVsaKeyless } from '../report/keyless.js'
import { PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL } from '../report/keyless-options.js'
import type { AttestInputs } from './inputs.js'
import { logLine } from './log.js'

export interface SigstoreEndpoints {
  instance: 'public-good' | 'github' | 'inputs'
  fulcioUrl: string
  rekorUrl: string | null
  tsaUrl: string | null
}

/** The Sigstore instance: the inputs when given, else by the repository's visibility. */
export function endpointsFor(
  inputs: AttestInputs,
  visibility: string | undefined,
  serverUrl: string
): SigstoreEndpoints {
  if (inputs.fulcioUrl || inputs.rekorUrl || inputs.timestampUrl) {
    return {
      instance: 'inputs',
      fulcioUrl: inputs.fulcioUrl || PUBLIC_GOOD_FULCIO_URL,
      rekorUrl: inputs.rekorUrl || null,
      tsaUrl: inputs.timestampUrl || null
    }
  }
  if (visibility === 'public')
    return {
      instance: 'public-good',
      fulcioUrl: PUBLIC_GOOD_FULCIO_URL,
      rekorUrl: PUBLIC_GOOD_REKOR_URL,
      tsaUrl: null
    }
  // github.com -> githubapp.com, as @actions/attest does; GHE.com hosts keep their own name.
  let host = new URL(serverUrl || 'https://github.com').hostname
  if (host === 'github.com') host = 'githubapp.com'
  return {
    instance: 'github',
    fulcioUrl: `https://fulcio.${host}`,
    rekorUrl: null,
    tsaUrl: `https://timestamp.${host}`
  }
}

export interface Attested {
  /** The package's repository path ('.' for the root). */
  package: string
  /** The attestation's id in GitHub's store. */
  id: number | null
  /** The Sigstore bundle written under RUNNER_TEMP (for `gh attestation verify --bundle`). */
  bundle: string
}

/**
 * The job's OIDC token for Fulcio, audience `sigstore`: the request `core.getIDToken('sigstore')`
 * makes (GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore with the bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, JSON `{ value }`), written with Node's fetch because calling
 * core.getIDToken would pull @actions/http-client and undici into the Action's start-up bundle
 * (about 1 MB more in dist/index-main.cjs). The token is masked in the log.
 */
async function jobToken(): Promise<string> {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !bearer)
    throw new GateError(
      'SIGNING',
      'the job has no OIDC token to request (no ACTIONS_ID_TOKEN_REQUEST_URL): give the workflow or job `permissions: id-token: write`',
      { field: 'input attest' }
    )
  const request = `${url}${url.includes('?') ? '&' : '?'}audience=sigstore`
  let last = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await fetch(request, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
        signal: AbortSignal.timeout(15_000)
      })
      if (response.ok) {
        const value = ((await response.json()) as { value?: unknown } | null)?.value
        if (typeof value !== 'string' || value === '')
          throw new GateError('SIGNING', 'the OIDC token service answered without a token')
        core.setSecret(value)
        return value
      }
      last = `HTTP ${response.status}`
      if (response.status < 500 && response.status !== 429) break
    } catch (error) {
      if (error instanceof GateError) throw error
      last = messageOf(error)
    }
  }
  throw new GateError('SIGNING', `the OIDC token request failed: ${last}`, {
    field: 'input attest'
  })
}

/** Signs one report's summary keyless and stores it; errors name the step. */
async function attestOne(
  label: string,
  report: GateReport,
  index: number,
  options: {
    client: GitHubClient
    owner: string
    repo: string
    endpoints: SigstoreEndpoints
    outDir: string
  }
): Promise<Attested> {
  const { endpoints } = options
  const bundle = await signVsaKeyless(report, VERSION, {
    fulcioUrl: endpoints.fulcioUrl,
    rekorUrl: endpoints.rekorUrl,
    tsaUrl: endpoints.tsaUrl,
    identityToken: jobToken,
    fields: {
      fulcio: 'input fulcio-url',
      rekor: 'input rekor-url',
      tsa: 'input timestamp-url',
      token: 'the job OIDC token, audience sigstore'
    }
  })
  const file = join(options.outDir, `update-gate-vsa-${index + 1}.sigstore.json`)
  await writeFile(file, `${JSON.stringify(bundle, null, 2)}\n`)
  const response = await api(
    `POST /repos/${options.owner}/${options.repo}/attestations (storing the signed verification summary; needs permissions: attestations: write)`,
    () =>
      options.client.request('POST /repos/{owner}/{repo}/attestations', {
        owner: options.owner,
        repo: options.repo,
        bundle: bundle as unknown as Record<string, unknown>
      })
  )
  const id = (response.data as { id?: unknown } | undefined)?.id
  return { package: label, id: typeof id === 'number' ? id : null, bundle: file }
}

/** Attests every approved or conditional report, in order; the first failure ends it. */
export async function attestReports(
  reports: { label: string; report: GateReport }[],
  options: {
    client: GitHubClient
    repository: string
    endpoints: SigstoreEndpoints
    outDir: string
  }
): Promise<Attested[]> {
  const [owner, repo] = options.repository.split('/')
  if (!owner || !repo)
    throw new GateError('SIGNING', 'GITHUB_REPOSITORY is not owner/repo: nowhere to store it', {
      field: 'input attest'
    })
  await mkdir(options.outDir, { recursive: true })
  const done: Attested[] = []
  for (const [i, { label, report }] of reports.entries()) {
    const attested = await attestOne(label, report, i, { ...options, owner, repo })
    logLine(
      `update-gate: attested ${label}: verification summary signed keyless (${options.endpoints.instance} Sigstore), attestation ${attested.id ?? '(no id)'}, bundle ${attested.bundle}`
    )
    done.push(attested)
  }
  return done
}
