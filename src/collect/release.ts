/**
 * release (published; see docs/action.md for why only that type): the release's assets are the artifacts under
 * review. Each is downloaded streaming to disk and digested on the way; when GitHub reports a
 * `digest` for the asset, the bytes must match it (else the run is an error: the download is
 * not what GitHub holds). The evidence package is the `evidence` directory of the repository at
 * the commit the release tag names (resolved once, refs/tags/<tag>, so that a tag moved while the
 * run reads cannot mix two commits' files), or, when `evidence` is empty, the assets themselves
 * (a flat package with update-evidence.yaml among them). The trust configuration, policy and
 * data come from the default branch's commit (resolved once, refs/heads/<branch>), never from
 * the tag under review.
 *
 * Every asset is handed to the policy as a fact (`input.release.assets`: name, size, sha256), and
 * so is every file of the package (`input.release.packageFiles`: path in the package, sha256);
 * the policy decides what an asset that neither the signed manifest lists nor the package holds,
 * or that is named like a package file but holds other bytes, means (the built-in policy: a
 * violation named by the asset).
 */
import { mkdir, mkdtemp } from '../shared/fs-async.js'
import { join } from 'node:path'
import { GateError } from '../shared/errors.js'
import { isObject } from '../shared/values.js'
import { streamToFile } from './download.js'
import { apiError, entryError, type GitHubClient, payloadObject } from './api.js'
import { isGlob, splitPatterns } from './glob.js'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import {
  fetchDirectory,
  isSafeRepoPath,
  paginateAll,
  repoJoin,
  skippedFindings,
  type RepoRef
} from './repo-files.js'
import {
  configurationFields,
  fetchDefaultBranchConfiguration,
  resolveTag,
  type ConfigInputs
} from './config.js'
import type { CollectedPackage, CollectFinding, Collector, ReleaseFacts } from './types.js'

export const ASSET_LIMITS = {
  count: 200,
  bytes: 4 * 1024 * 1024 * 1024,
  /** Per asset download, covering the whole body. */
  timeoutMs: 15 * 60 * 1000
}

interface ReleaseAsset {
  id: number
  name: string
  state?: string
  digest?: string | null
}

/**
 * The release assets API's entries: each an object with an integer id and a name, a string state
 * when given and a string (or null) digest when given (entryError names an entry without).
 */
export function releaseAssets(entries: readonly unknown[], what: string): ReleaseAsset[] {
  return entries.map((entry, i) => {
    if (!isObject(entry)) throw entryError(what, i, 'asset')
    const { id, name, state, digest } = entry
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
      throw entryError(what, i, 'id')
    if (typeof name !== 'string') throw entryError(what, i, 'name')
    if (state !== undefined && state !== null && typeof state !== 'string')
      throw entryError(what, i, 'state')
    if (digest !== undefined && digest !== null && typeof digest !== 'string')
      throw entryError(what, i, 'digest')
    return {
      id,
      name,
      ...(typeof state === 'string' ? { state } : {}),
      ...(digest !== undefined ? { digest } : {})
    }
  })
}

interface ReleasePayload {
  id: number
  tag_name: string
  draft?: boolean
}

export interface ReleaseOptions extends ConfigInputs {
  evidence: string
  owner: string
  repo: string
  defaultBranch: string
  tempRoot: string
}

const SAFE_ASSET_NAME = /^[A-Za-z0-9._+@=,~-]+$/

export async function downloadAsset(
  client: GitHubClient,
  owner: string,
  repo: string,
  asset: ReleaseAsset,
  dir: string
): Promise<{ sha256: string; size: number }> {
  let response
  try {
    response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      request: {
        parseSuccessResponseBody: false,
        signal: AbortSignal.timeout(ASSET_LIMITS.timeoutMs)
      }
    })
  } catch (error) {
    throw apiError(`downloading release asset ${asset.name}`, error)
  }
  const got = await streamToFile(
    response.data,
    join(dir, asset.name),
    ASSET_LIMITS.bytes,
    `release asset ${asset.name}`
  )
  if (typeof asset.digest === 'string' && asset.digest) {
    const [algorithm, hex] = asset.digest.split(':')
    if (algorithm === 'sha256' && hex) {
      if (hex.toLowerCase() !== got.sha256) {
        throw new GateError(
          'GITHUB_API',
          `downloaded bytes have sha256 ${got.sha256}, GitHub reports ${asset.digest}`,
          { file: `release asset ${asset.name}` }
        )
      }
    }
  }
  return got
}

export const collectRelease: Collector<ReleaseOptions> = async (client, payload, options) => {
  const release = payloadObject<ReleasePayload>(
    payload,
    'release',
    ' with id and tag_name',
    r => typeof r.id === 'number' && typeof r.tag_name === 'string'
  )
  const tempRoot = options.tempRoot
  const assetsDir = await mkdtemp(join(tempRoot, 'update-gate-assets-'))
  const config = await fetchDefaultBranchConfiguration(
    client,
    options,
    options.defaultBranch,
    options,
    tempRoot
  )

  // The payload's asset list can be stale; the API's is authoritative.
  const assets = await paginateAll(
    client,
    'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
    { owner: options.owner, repo: options.repo, release_id: release.id },
    `listing the assets of release ${release.tag_name}`,
    releaseAssets,
    ASSET_LIMITS.count
  )
  const names = new Set<string>()
  for (const asset of assets) {
    if (
      !SAFE_ASSET_NAME.test(asset.name) ||
      asset.name === '.' ||
      asset.name === '..' ||
      names.has(asset.name)
    ) {
      throw new GateError('PATH_OUTSIDE_ROOT', 'release asset name is not a plain file name', {
        file: `release asset ${asset.name}`
      })
    }
    names.add(asset.name)
    if (asset.state && asset.state !== 'uploaded') {
      throw new GateError('GITHUB_API', `release asset is ${asset.state}, not uploaded`, {
        file: `release asset ${asset.name}`
      })
    }
  }
  const downloaded: ReleaseFacts['assets'] = []
  for (const asset of assets) {
    const got = await downloadAsset(client, options.owner, options.repo, asset, assetsDir)
    downloaded.push({ name: asset.name, size: got.size, sha256: got.sha256 })
  }
  downloaded.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const releaseFacts = (packageFiles: ReleaseFacts['packageFiles']): ReleaseFacts => ({
    tag: release.tag_name,
    assets: downloaded,
    packageFiles: [...packageFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  })

  const findings: CollectFinding[] = []
  let pkg: CollectedPackage
  let readAt: string | undefined
  if (options.evidence) {
    const dir = repoJoin(options.evidence)
    if (
      isGlob(options.evidence) ||
      splitPatterns(options.evidence).length > 1 ||
      (dir !== '' && !isSafeRepoPath(dir))
    ) {
      throw new GateError(
        'USAGE',
        'on a release, evidence must be one directory of the repository',
        {
          field: 'input evidence'
        }
      )
    }
    const dest = await mkdtemp(join(tempRoot, 'update-gate-pkg-'))
    readAt = await resolveTag(client, options.owner, options.repo, release.tag_name)
    const at: RepoRef = { owner: options.owner, repo: options.repo, ref: readAt }
    const got = await fetchDirectory(client, at, dir, dest)
    findings.push(...skippedFindings(got.skipped))
    pkg = {
      repoPath: dir,
      packageDir: dest,
      artifactsDir: assetsDir,
      inRepository: true,
      release: releaseFacts(got.files)
    }
  } else if (names.has(INDEX_FILE)) {
    await mkdir(assetsDir, { recursive: true })
    pkg = {
      repoPath: `release ${release.tag_name} assets`,
      packageDir: assetsDir,
      artifactsDir: assetsDir,
      inRepository: false,
      // The package is the assets themselves: each package file is the asset of its name.
      release: releaseFacts(downloaded.map(a => ({ path: a.name, sha256: a.sha256 })))
    }
  } else {
    throw new GateError(
      'FILE_NOT_FOUND',
      `release ${release.tag_name} has no ${INDEX_FILE} asset; set the evidence input to the package directory`,
      { field: 'input evidence' }
    )
  }
  return {
    source: 'release',
    subject: `release ${release.tag_name}${readAt ? ` (${readAt.slice(0, 7)})` : ''}`,
    ...(readAt ? { evidenceCommit: readAt } : {}),
    packages: [pkg],
    ...configurationFields(config),
    findings
  }
}
