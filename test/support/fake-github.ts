/**
 * A GitHub REST API on 127.0.0.1 for the end-to-end tests of the bundled Action. It serves
 * what the Action reads (PR files, contents at a ref, releases and their assets, artifact
 * attestations, issue comments, PR reviews, a run's deployment approvals; stores attestations and serves the Actions OIDC token), paginates like GitHub (per_page, Link rel="next"), follows GitHub's asset download
 * (302 to a storage URL), records every request, and lets a test inject failures.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface PullFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'changed' | 'copied' | 'unchanged'
  previous_filename?: string
}

export interface Asset {
  id: number
  name: string
  bytes: Buffer
  /** What GitHub reports as `digest`; defaults to the sha256 of `bytes`; null leaves it out. */
  digest?: string | null
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
}

export interface Fault {
  method: string
  /** Matched against the path (without query). */
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests fail before the real answer; default 1. */
  times?: number
}

/** The bearer token the fake Actions OIDC service expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
export const OIDC_REQUEST_TOKEN = 'oidc-request-token-e2e'

/** The most entries the contents API lists of one directory. */
const CONTENTS_LIST_MAX = 1000

/** The sha of the annotated tag object named `tag` (made up, stable). */
const tagObjectSha = (tag: string): string => createHash('sha1').update(`tag ${tag}`).digest('hex')

export class FakeGitHub {
  /** `owner/repo` -> ref (sha, branch or tag) -> path -> bytes. */
  readonly trees = new Map<string, Map<string, Map<string, Buffer>>>()
  /** `owner/repo#number` -> files. */
  readonly pullFiles = new Map<string, PullFile[]>()
  /** Repository paths the contents API lists as symlinks (GitHub's `type: symlink`). */
  readonly symlinks = new Set<string>()
  /**
   * Repository paths that are submodules: a directory listing gives them `type: file` with no
   * download URL, as GitHub does, and reading one answers GitHub's JSON about the submodule.
   */
  readonly submodules = new Set<string>()
  /** `owner/repo#releaseId` -> assets. */
  readonly releaseAssets = new Map<string, Asset[]>()
  /** `owner/repo#number` -> comments. */
  readonly comments = new Map<string, Comment[]>()
  readonly requests: Recorded[] = []
  readonly faults: Fault[] = []
  /**
   * `owner/repo` -> sha256 hex -> the Sigstore bundles GitHub holds for that subject digest
   * (`GET /repos/{owner}/{repo}/attestations/sha256:{hex}`). A repository with a tree but no
   * entry answers an empty list, as GitHub does for a digest without attestations.
   */
  readonly attestations = new Map<string, Map<string, unknown[]>>()
  /**
   * `owner/repo#number` -> the PR's reviews in chronological order, as
   * `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews` lists them. A PR with files but no
   * entry answers an empty list, as GitHub does for a PR nobody reviewed.
   */
  readonly reviews = new Map<string, unknown[]>()
  /**
   * `owner/repo` -> the repository's activities (pushes, force pushes, branch creation...), newest
   * first, as `GET /repos/{owner}/{repo}/activity` lists them; the `ref` query keeps one branch's
   * (given as `refs/heads/<name>` or `<name>`). A repository with a tree but no entry answers an
   * empty list.
   */
  readonly activities = new Map<string, { ref: string }[]>()
  /**
   * `owner/repo#run_id` -> the run's environment reviews, as
   * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals` lists them (one unpaginated list).
   * A run without an entry answers 404, as GitHub does for a run it does not know.
   */
  readonly runApprovals = new Map<string, unknown[]>()
  /** Bundles stored by `POST /repos/{owner}/{repo}/attestations`, in order, with their ids. */
  readonly stored: { repo: string; id: number; bundle: unknown }[] = []
  /**
   * The Actions OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL = `${url}/_oidc/token?api-version=2.0`,
   * bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN = OIDC_REQUEST_TOKEN): mints the token for the audience
   * asked; unset, the service answers 404.
   */
  mintIdToken: ((audience: string) => string) | undefined
  /** `owner/repo` -> branch -> commit sha (`GET /git/ref/heads/{branch}`). */
  readonly branches = new Map<string, Map<string, string>>()
  /**
   * `owner/repo` -> tag -> the commit it names, through an annotated tag object when `annotated`
   * (`GET /git/ref/tags/{tag}`, then `GET /git/tags/{sha}`).
   */
  readonly tags = new Map<string, Map<string, { commit: string; annotated: boolean }>>()
  /** GitHub lists at most this many files of a PR (the rest are silently left out). */
  pullFilesCap = 3000
  /** Git trees at least this long answer `truncated: true` (GitHub: 100,000 entries). */
  treeEntriesCap = 100_000
  /**
   * `GET /compare/{base}...{head}`: the files of the change from the merge base to the head,
   * computed from the two commits' trees (renames show as a removal and an addition); at most
   * this many are listed, as GitHub lists at most 300.
   */
  compareFilesCap = 300
  /** `owner/repo#base...head` -> the merge base the compare API names (default: base). */
  readonly mergeBases = new Map<string, string>()
  /** `owner/repo#base...head` -> the compare API's files, instead of the tree diff. */
  readonly compareFiles = new Map<string, unknown[]>()
  private server: Server | undefined
  private nextCommentId = 1000
  private nextAttestationId = 5000
  url = ''

  /** Forgets what the previous test asked for and set up: requests, faults, reviews, run approvals. */
  reset(): void {
    this.requests.length = 0
    this.faults.length = 0
    this.reviews.clear()
    this.activities.clear()
    this.runApprovals.clear()
    this.symlinks.clear()
    this.submodules.clear()
    this.mergeBases.clear()
    this.compareFiles.clear()
    this.compareFilesCap = 300
  }

  /**
   * Fails the next request matching `method` and `path` (or the next `times` of them) with
   * `status` and GitHub's error body `{ message }` (without a message, the default body).
   */
  fail(
    method: string,
    path: RegExp,
    status: number,
    message?: string,
    more: Pick<Fault, 'times' | 'headers'> = {}
  ): void {
    this.faults.push({
      method,
      path,
      status,
      ...(message === undefined ? {} : { body: { message } }),
      ...more
    })
  }

  setTree(repo: string, ref: string, files: Record<string, Buffer | string>): void {
    const refs = this.trees.get(repo) ?? new Map<string, Map<string, Buffer>>()
    refs.set(
      ref,
      new Map(Object.entries(files).map(([p, b]) => [p, Buffer.isBuffer(b) ? b : Buffer.from(b)]))
    )
    this.trees.set(repo, refs)
  }

  setBranch(repo: string, branch: string, sha: string): void {
    const map = this.branches.get(repo) ?? new Map<string, string>()
    map.set(branch, sha)
    this.branches.set(repo, map)
  }

  setTag(repo: string, tag: string, commit: string, annotated = false): void {
    const map = this.tags.get(repo) ?? new Map<string, { commit: string; annotated: boolean }>()
    map.set(tag, { commit, annotated })
    this.tags.set(repo, map)
  }

  /**
   * A commit sha with a tree, or a short ref name, -> the commit sha; undefined: no such ref. A
   * short name is resolved as git resolves one: a tag before a branch of the same name.
   */
  resolve(repo: string, ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref) && this.trees.get(repo)?.has(ref)) return ref
    return this.tags.get(repo)?.get(ref)?.commit ?? this.branches.get(repo)?.get(ref)
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c as Buffer))
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res)
        } catch (error) {
          this.json(res, 500, { message: `fake server: ${(error as Error).message}` })
        }
      })
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  /** Requests matching method and path pattern. */
  seen(method: string, path: RegExp): Recorded[] {
    return this.requests.filter(r => r.method === method && path.test(r.path))
  }

  /**
   * What GitHub does with `POST /attestations`: a Sigstore bundle (`{ bundle }`) whose DSSE
   * payload is an in-toto statement is stored and listed under each subject's sha256, so
   * `GET /attestations/sha256:{hex}` (what `gh attestation verify` reads) returns it.
   */
  private storeAttestation(res: ServerResponse, repo: string, body: string): void {
    let subjects: string[]
    let bundle: unknown
    try {
      bundle = (JSON.parse(body) as { bundle?: unknown }).bundle
      const envelope = (bundle as { dsseEnvelope?: { payload?: string } }).dsseEnvelope
      const statement = JSON.parse(Buffer.from(envelope!.payload!, 'base64').toString('utf8')) as {
        subject: { digest: { sha256?: string } }[]
      }
      subjects = statement.subject.flatMap(s => (s.digest.sha256 ? [s.digest.sha256] : []))
    } catch {
      return this.json(res, 422, { message: 'Invalid bundle' })
    }
    if (subjects.length === 0) return this.json(res, 422, { message: 'No subject digests' })
    const id = this.nextAttestationId++
    this.stored.push({ repo, id, bundle })
    const held = this.attestations.get(repo) ?? new Map<string, unknown[]>()
    this.attestations.set(repo, held)
    for (const hex of subjects) held.set(hex, [...(held.get(hex) ?? []), bundle])
    this.json(res, 201, { id })
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  private paginate(req: Recorded, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100)
    const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(`${this.url}${req.path}`)
      req.query.forEach((v, k) => next.searchParams.set(k, v))
      next.searchParams.set('page', String(page + 1))
      next.searchParams.set('per_page', String(perPage))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    this.json(res, 200, slice, headers)
  }

  private handle(raw: IncomingMessage, body: string, res: ServerResponse): void {
    const url = new URL(raw.url ?? '/', 'http://127.0.0.1')
    const req: Recorded = {
      method: raw.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: raw.headers,
      body
    }
    this.requests.push(req)

    const fault = this.faults.find(
      f => f.method === req.method && f.path.test(req.path) && (f.times ?? 1) > 0
    )
    if (fault) {
      fault.times = (fault.times ?? 1) - 1
      this.json(
        res,
        fault.status,
        fault.body ?? { message: `injected ${fault.status}` },
        fault.headers
      )
      return
    }

    let m: RegExpMatchArray | null
    /** `method /repos/{owner}/{repo}/<rest>`: the match (owner/repo, then rest's groups), or null. */
    const repoRoute = (method: string, rest: string) =>
      req.method === method
        ? req.path.match(new RegExp(`^/repos/([^/]+/[^/]+)/${rest}$`, 's'))
        : null
    const notFound = () => this.json(res, 404, { message: 'Not Found' })
    /** A list the fake holds (each item in GitHub's shape), paginated as GitHub does, or 404. */
    const listOf = <T>(held: T[] | undefined, shape: (item: T, i: number) => unknown = x => x) =>
      held ? this.paginate(req, res, held.map(shape)) : notFound()
    if (req.method === 'GET' && (m = req.path.match(/^\/storage\/asset-(\d+)$/))) {
      const asset = [...this.releaseAssets.values()].flat().find(a => a.id === Number(m![1]))
      if (!asset) return notFound()
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(asset.bytes.length)
      })
      res.end(asset.bytes)
      return
    }
    if (req.method === 'GET' && req.path === '/_oidc/token') {
      if (raw.headers.authorization !== `Bearer ${OIDC_REQUEST_TOKEN}`)
        return this.json(res, 401, { message: 'bad request token' })
      const audience = req.query.get('audience')
      if (!this.mintIdToken || !audience) return notFound()
      return this.json(res, 200, { value: this.mintIdToken(audience) })
    }
    if (!raw.headers.authorization?.startsWith('token ')) {
      return this.json(res, 401, { message: 'Requires authentication' })
    }
    if ((m = repoRoute('GET', 'pulls/(\\d+)/files'))) {
      const files = this.pullFiles.get(`${m[1]}#${m[2]}`)?.slice(0, this.pullFilesCap)
      return listOf(files, (f, i) => ({
        sha: `${i}`.padStart(40, '0'),
        additions: 1,
        deletions: 0,
        changes: 1,
        ...f
      }))
    }
    if ((m = repoRoute('GET', 'pulls/(\\d+)/reviews'))) {
      const key = `${m[1]}#${m[2]}`
      return listOf(this.reviews.get(key) ?? (this.pullFiles.has(key) ? [] : undefined))
    }
    if ((m = repoRoute('GET', 'activity'))) {
      const ref = req.query.get('ref')
      const full = ref && !ref.startsWith('refs/') ? `refs/heads/${ref}` : ref
      const held = this.activities.get(m[1]!) ?? (this.trees.has(m[1]!) ? [] : undefined)
      return listOf(full ? held?.filter(a => a.ref === full) : held)
    }
    if ((m = repoRoute('GET', 'actions/runs/(\\d+)/approvals'))) {
      const approvals = this.runApprovals.get(`${m[1]}#${m[2]}`)
      if (!approvals) return notFound()
      return this.json(res, 200, approvals)
    }
    if ((m = repoRoute('GET', 'contents(?:/(.*))?'))) {
      return this.contents(req, res, m[1] as string, m[2] ?? '')
    }
    if ((m = repoRoute('GET', 'git/ref/(heads|tags)/(.+)'))) {
      const [repo, kind, name] = [m[1] as string, m[2] as string, m[3] as string]
      const ref = `refs/${kind}/${name}`
      if (kind === 'heads') {
        const sha = this.branches.get(repo)?.get(name)
        if (!sha) return notFound()
        return this.json(res, 200, { ref, object: { type: 'commit', sha } })
      }
      const tag = this.tags.get(repo)?.get(name)
      if (!tag) return notFound()
      return this.json(res, 200, {
        ref,
        object: tag.annotated
          ? { type: 'tag', sha: tagObjectSha(name) }
          : { type: 'commit', sha: tag.commit }
      })
    }
    if ((m = repoRoute('GET', 'git/tags/([0-9a-f]{40})'))) {
      const held = [...(this.tags.get(m[1] as string) ?? [])].find(
        ([name, tag]) => tag.annotated && tagObjectSha(name) === m![2]
      )
      if (!held) return notFound()
      const [name, tag] = held
      return this.json(res, 200, {
        sha: m[2],
        tag: name,
        object: { type: 'commit', sha: tag.commit }
      })
    }
    if ((m = repoRoute('GET', 'compare/([0-9a-f]{40})\\.\\.\\.([0-9a-f]{40})'))) {
      return this.compare(res, m[1] as string, m[2] as string, m[3] as string)
    }
    if ((m = repoRoute('GET', 'git/trees/(.+)'))) {
      return this.gitTree(req, res, m[1] as string, m[2] as string)
    }
    if ((m = repoRoute('GET', 'releases/(\\d+)/assets'))) {
      const repo = m[1] as string
      return listOf(this.releaseAssets.get(`${repo}#${m[2]}`), a => ({
        id: a.id,
        name: a.name,
        size: a.bytes.length,
        state: 'uploaded',
        content_type: 'application/octet-stream',
        url: `${this.url}/repos/${repo}/releases/assets/${a.id}`,
        browser_download_url: `${this.url}/download/${a.name}`,
        ...(a.digest === null
          ? {}
          : { digest: a.digest ?? `sha256:${createHash('sha256').update(a.bytes).digest('hex')}` })
      }))
    }
    if ((m = repoRoute('GET', 'releases/assets/(\\d+)'))) {
      if (raw.headers.accept !== 'application/octet-stream')
        return this.json(res, 415, { message: 'expected octet-stream' })
      res.writeHead(302, { location: `${this.url}/storage/asset-${m[2]}` })
      res.end()
      return
    }
    if ((m = req.path.match(/^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/))) {
      const key = `${m[1]}#${m[2]}`
      const list = this.comments.get(key) ?? []
      this.comments.set(key, list)
      if (req.method === 'GET') return this.paginate(req, res, list)
      if (req.method === 'POST') {
        const comment: Comment = {
          id: this.nextCommentId++,
          body: (JSON.parse(body) as { body: string }).body,
          user: { login: 'github-actions[bot]', type: 'Bot' }
        }
        list.push(comment)
        return this.json(res, 201, comment)
      }
    }
    if ((m = repoRoute('GET', 'attestations/([^/]+)'))) {
      const repo = m[1] as string
      const held = this.attestations.get(repo)
      if (!held && !this.trees.has(repo)) return notFound()
      const digest = (m[2] as string).match(/^sha256:([0-9a-f]{64})$/)
      if (!digest) return this.json(res, 422, { message: 'Invalid subject digest' })
      const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100)
      const bundles = (held?.get(digest[1] as string) ?? []).slice(0, perPage)
      return this.json(res, 200, {
        attestations: bundles.map(bundle => ({ bundle, repository_id: 1 }))
      })
    }
    if ((m = repoRoute('POST', 'attestations'))) {
      return this.storeAttestation(res, m[1] as string, body)
    }
    if ((m = repoRoute('PATCH', 'issues/comments/(\\d+)'))) {
      const comment = [...this.comments.values()].flat().find(c => c.id === Number(m![2]))
      if (!comment) return notFound()
      comment.body = (JSON.parse(body) as { body: string }).body
      return this.json(res, 200, comment)
    }
    this.json(res, 404, { message: `Not Found (fake: ${req.method} ${req.path})` })
  }

  /** A commit's tree in `repo` or, as GitHub serves a fork's commits in its network, in any repository. */
  private treeAnywhere(repo: string, sha: string): Map<string, Buffer> | undefined {
    return (
      this.trees.get(repo)?.get(sha) ?? [...this.trees.values()].find(r => r.has(sha))?.get(sha)
    )
  }

  /** `GET /compare/{base}...{head}`: the merge base, and the files from it to the head. */
  private compare(res: ServerResponse, repo: string, base: string, head: string): void {
    const key = `${repo}#${base}...${head}`
    const mergeBase = this.mergeBases.get(key) ?? base
    const [from, to] = [this.treeAnywhere(repo, mergeBase), this.treeAnywhere(repo, head)]
    if (!from || !to || !this.treeAnywhere(repo, base))
      return this.json(res, 404, { message: 'Not Found' })
    let files = this.compareFiles.get(key)
    if (!files) {
      const listed: PullFile[] = []
      for (const [path, bytes] of to) {
        const before = from.get(path)
        if (!before) listed.push({ filename: path, status: 'added' })
        else if (!before.equals(bytes)) listed.push({ filename: path, status: 'modified' })
      }
      for (const path of from.keys())
        if (!to.has(path)) listed.push({ filename: path, status: 'removed' })
      files = listed.sort((a, b) => (a.filename < b.filename ? -1 : 1))
    }
    return this.json(res, 200, {
      status: 'ahead',
      merge_base_commit: { sha: mergeBase },
      base_commit: { sha: base },
      files: files.slice(0, this.compareFilesCap)
    })
  }

  /** `GET /git/trees/{sha}?recursive=1`: blobs with their git sha, and the directories. */
  private gitTree(req: Recorded, res: ServerResponse, repo: string, ref: string): void {
    const sha = this.resolve(repo, ref)
    const tree = sha ? this.trees.get(repo)?.get(sha) : undefined
    if (!sha || !tree) return this.json(res, 404, { message: 'Not Found' })
    if (req.query.get('recursive') === null)
      return this.json(res, 500, { message: 'fake server: only recursive trees are served' })
    const entries: { path: string; mode: string; type: string; sha: string; size?: number }[] = []
    const dirs = new Set<string>()
    for (const [path, bytes] of tree) {
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
      const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
      // Symlinks and submodules as git holds them: mode 120000 blobs, mode 160000 commits.
      if (this.submodules.has(path))
        entries.push({ path, mode: '160000', type: 'commit', sha: blob })
      else
        entries.push({
          path,
          mode: this.symlinks.has(path) ? '120000' : '100644',
          type: 'blob',
          sha: blob,
          size: bytes.length
        })
    }
    for (const dir of dirs)
      entries.push({
        path: dir,
        mode: '040000',
        type: 'tree',
        sha: createHash('sha1').update(`tree ${dir}`).digest('hex')
      })
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const truncated = entries.length >= this.treeEntriesCap
    return this.json(res, 200, {
      sha,
      truncated,
      tree: truncated ? entries.slice(0, this.treeEntriesCap) : entries
    })
  }

  private contents(req: Recorded, res: ServerResponse, repo: string, path: string): void {
    const ref = req.query.get('ref') ?? 'main'
    const tree =
      this.trees.get(repo)?.get(ref) ?? this.trees.get(repo)?.get(this.resolve(repo, ref) ?? '')
    if (!tree) return this.json(res, 404, { message: `No commit found for the ref ${ref}` })
    if (this.submodules.has(path)) {
      return this.json(res, 200, {
        type: 'submodule',
        name: path.split('/').pop(),
        path,
        submodule_git_url: 'https://github.com/octocat/vendored.git'
      })
    }
    const file = tree.get(path)
    if (file) {
      if (String(req.headers.accept).includes('raw')) {
        res.writeHead(200, {
          'content-type': 'application/vnd.github.raw',
          'content-length': String(file.length)
        })
        res.end(file)
        return
      }
      return this.json(res, 200, {
        type: 'file',
        name: path.split('/').pop(),
        path,
        size: file.length,
        encoding: 'base64',
        content: file.toString('base64')
      })
    }
    const prefix = path ? `${path}/` : ''
    const entries = new Map<
      string,
      { type: string; name: string; path: string; size: number; download_url?: string | null }
    >()
    for (const [p, bytes] of tree) {
      if (!p.startsWith(prefix)) continue
      const [name, ...rest] = p.slice(prefix.length).split('/')
      if (!name) continue
      const entryPath = `${prefix}${name}`
      entries.set(
        name,
        rest.length
          ? { type: 'dir', name, path: entryPath, size: 0 }
          : {
              type: this.symlinks.has(entryPath) ? 'symlink' : 'file',
              name,
              path: entryPath,
              size: this.submodules.has(entryPath) ? 0 : bytes.length,
              download_url: this.submodules.has(entryPath)
                ? null
                : `${this.url}/raw/${repo}/${ref}/${entryPath}`
            }
      )
    }
    if (entries.size === 0) return this.json(res, 404, { message: 'Not Found' })
    // GitHub lists at most 1000 entries of a directory, and says nothing of the rest.
    return this.json(
      res,
      200,
      // In git's order (by bytes), as GitHub lists a tree.
      [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).slice(0, CONTENTS_LIST_MAX)
    )
  }
}
