/**
 * What the end-to-end tests of the Action share: the repository, its commits, the trust
 * configuration and the seed packages at repository paths, real webhook payloads adapted to them,
 * and a parser for the workflow commands the Action prints.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { parse } from 'yaml'
import { FakeGitHub, type PullFile } from './fake-github.js'
import { BUNDLE, ROOT, readTree, runAction, webhookExample, type Payload } from './action-run.js'

export const REPO = 'buyer/ic22-fleet'
export const [OWNER, NAME] = REPO.split('/') as [string, string]
export const BASE_SHA = 'b'.repeat(40)
export const HEAD_SHA = 'c'.repeat(40)
/** The default branch's commit: releases (and pushes of new refs) read the configuration here. */
export const MAIN_SHA = 'a'.repeat(40)

/** The commit a release tag names (made up from the tag, stable). */
export const tagCommit = (tag: string): string =>
  createHash('sha1').update(`commit ${tag}`).digest('hex')
export const TRUST = '.github/update-gate/trust.yaml'
export const PKG = 'evidence/ic22-5.4.3'
export const SEED = join(ROOT, 'examples', 'seed')
export const AT = '2026-10-06T12:00:00Z'
export const MARKER = '<!-- update-gate:sticky-comment -->'

/** The file trees the tests commit or publish, each read anew (a test may change its copy). */
export const trees = {
  /** The trust configuration and the key files it names, at their repository paths. */
  trust(): Record<string, Buffer> {
    const text = readFileSync(join(SEED, 'trust.yaml'))
    const out: Record<string, Buffer> = { [TRUST]: text }
    const keys =
      (parse(text.toString('utf8')) as { keys?: { publicKeyFile?: string }[] }).keys ?? []
    for (const k of keys) {
      if (k.publicKeyFile) {
        out[posix.join(posix.dirname(TRUST), k.publicKeyFile)] = readFileSync(
          join(SEED, k.publicKeyFile)
        )
      }
    }
    return out
  },
  /** The trust configuration a change that trusts no key at all brings (keys: []), at TRUST. */
  trustWithoutKeys: (): Record<string, Buffer> => ({
    ...trees.trust(),
    [TRUST]: Buffer.from('apiVersion: update-gate.dev/v1\nkind: TrustConfiguration\nkeys: []\n')
  }),
  /** The strong example at PKG. */
  strong: () => readTree(join(SEED, 'strong'), `${PKG}/`),
  /** The strong example's artifacts by file name: the assets of its release. */
  strongArtifacts: () => readTree(join(SEED, 'strong', 'artifacts'))
}

/** Where the tests put a custom policy in the repository, and the built-in policy's wasm to put there. */
export const POLICY = '.github/update-gate/policy.wasm'
export const builtInPolicyWasm = () => readFileSync(join(BUNDLE, '..', 'policy', 'policy.wasm'))

/** Real webhook payloads (@octokit/webhooks-examples) pointed at REPO and the commits above. */
export const payloads = {
  /** Points a payload's repository object at REPO. */
  ofRepo(repository: Payload) {
    repository.name = NAME
    repository.full_name = REPO
    repository.owner.login = OWNER
  },
  /** PR `number` from HEAD_SHA onto BASE_SHA, as `event` (pull_request unless given). */
  pr(number: number, event = 'pull_request') {
    const p = webhookExample('pull_request', 'opened')
    p.number = number
    p.pull_request.number = number
    p.pull_request.head.sha = HEAD_SHA
    p.pull_request.base.sha = BASE_SHA
    for (const repository of [p.pull_request.head.repo, p.pull_request.base.repo, p.repository])
      payloads.ofRepo(repository)
    return { event, payload: p }
  },
  /** PR `number`'s event payload with its head in `owner`'s fork of REPO. */
  prFromFork(number: number, owner: string) {
    const { payload } = payloads.pr(number)
    payload.pull_request.head.repo.full_name = `${owner}/${NAME}`
    payload.pull_request.head.repo.owner.login = owner
    return payload
  },
  /** Release `id` published at `tag`. */
  release(id: number, tag: string) {
    const p = webhookExample('release', 'published')
    p.release.id = id
    p.release.tag_name = tag
    payloads.ofRepo(p.repository)
    p.repository.default_branch = 'main'
    return p
  }
}

/** Workflow-command annotations (`::warning file=..,line=..,title=..::message`) in stdout. */
export function annotations(stdout: string, level: 'error' | 'warning') {
  return [...stdout.matchAll(new RegExp(`^::${level} ?([^:]*)::(.*)$`, 'gm'))].map(m => ({
    props: Object.fromEntries(
      (m[1] ?? '')
        .split(',')
        .filter(Boolean)
        .map(kv => kv.split('=') as [string, string])
    ),
    message: m[2] ?? ''
  }))
}

/** The messages of the error annotations in stdout. */
export const errorLines = (stdout: string) => annotations(stdout, 'error').map(a => a.message)

/** 1-based line of the first line containing `text`. */
export const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex(l => l.includes(text)) + 1

export const filesOf = (
  tree: Record<string, unknown>,
  status: PullFile['status'] = 'added'
): PullFile[] => Object.keys(tree).map(filename => ({ filename, status }))

/**
 * The GitHub API of a test file's Action runs: started before all its tests (once the bundle is
 * known to be built), stopped after them, and before each test cleared of requests and faults,
 * set up by `reset` (caps and the like), with the trust configuration at the PR base.
 */
export function actionGitHub(reset: (gh: ActionGitHub) => void = () => {}): ActionGitHub {
  const gh = new ActionGitHub()
  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
    await gh.start()
  })
  afterAll(async () => gh.stop())
  beforeEach(() => {
    gh.requests.length = 0
    gh.faults.length = 0
    gh.symlinks.clear()
    gh.submodules.clear()
    gh.mergeBases.clear()
    gh.compareFiles.clear()
    gh.compareFilesCap = 300
    gh.fromPullFiles.clear()
    gh.pullFilesMoved = false
    reset(gh)
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n' })
  })
  return gh
}

/**
 * The fake GitHub API as the Action's end-to-end tests use it: REPO's commits and releases set up
 * on it, the Action run against it, and what the runs read from it.
 */
export class ActionGitHub extends FakeGitHub {
  /** pullFiles are the PR's files after a push the payload does not know about (not its change). */
  pullFilesMoved = false
  /** compareFiles keys runEvent set from pullFiles (a test's own are left alone). */
  readonly fromPullFiles = new Set<string>()
  /**
   * The Action on `event` with `payload` against this API in REPO, evaluating at AT unless
   * `inputs` names another time; `more` adds a workspace or environment variables.
   */
  runEvent(
    event: string,
    payload: unknown,
    inputs: Record<string, string> = {},
    more: Pick<Parameters<typeof runAction>[0], 'workspace' | 'env' | 'nodeOptions'> = {}
  ) {
    // A PR's files as a test sets them (pullFiles) are its change: what the compare API answers
    // for the payload's base...head, unless the test set that answer itself, or says the files
    // are the PR's as it stands after a later push (pullFilesMoved).
    const pr = (payload as { pull_request?: Payload['pull_request'] } | null)?.pull_request
    const files = pr ? this.pullFiles.get(`${REPO}#${pr.number}`) : undefined
    const key = pr ? `${REPO}#${pr.base?.sha}...${pr.head?.sha}` : ''
    if (
      files &&
      !this.pullFilesMoved &&
      (!this.compareFiles.has(key) || this.fromPullFiles.has(key))
    ) {
      this.compareFiles.set(key, files)
      this.fromPullFiles.add(key)
    }
    return runAction({
      event,
      payload,
      inputs: { at: AT, ...inputs },
      apiUrl: this.url,
      repository: REPO,
      ...more
    })
  }

  /**
   * workflow_dispatch in a fresh workspace holding a copy of examples/seed as seed/, to which
   * `prepare` adds: evidence seed/strong, trust seed/trust.yaml and `inputs`. The workspace is
   * removed after the run, and after `inspect` has looked at it.
   */
  async dispatchInSeedWorkspace(
    inputs: Record<string, string>,
    prepare: (workspace: string) => void,
    inspect: (workspace: string) => void = () => {}
  ) {
    const workspace = mkdtempSync(join(tmpdir(), 'update-gate-workspace-'))
    try {
      cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true })
      prepare(workspace)
      const seed = { evidence: 'seed/strong', trust: 'seed/trust.yaml', ...inputs }
      const run = await this.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        seed,
        { workspace }
      )
      inspect(workspace)
      return run
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }

  /**
   * The Action on PR `number`'s event (prPayload; `event` names another, e.g.
   * pull_request_target), evaluating at AT; `edit` adjusts the payload first.
   */
  runPullRequest(
    number: number,
    opts: {
      inputs?: Record<string, string>
      event?: string
      edit?: (payload: Payload) => void
    } = {}
  ) {
    const { event, payload } = payloads.pr(number, opts.event)
    opts.edit?.(payload)
    return this.runEvent(event, payload, opts.inputs)
  }

  /** `tree` at MAIN_SHA, the head of the default branch `main`. */
  onDefaultBranch(tree: Record<string, Buffer | string>) {
    this.setTree(REPO, MAIN_SHA, tree)
    this.setBranch(REPO, 'main', MAIN_SHA)
  }

  /**
   * Release `id` of `tag` in REPO: `config` (the trust configuration unless given) on the default
   * branch, the strong example at the commit the tag names (tagCommit), `assets` (the strong example's artifacts unless given)
   * as its assets with ids id * 100 + i, each with the digest GitHub reports where `digests`
   * names one.
   */
  setRelease(
    id: number,
    tag: string,
    opts: {
      assets?: Record<string, Buffer>
      digests?: Record<string, string | null>
      config?: Record<string, Buffer | string>
      /** Whether the tag is an annotated tag object (else a lightweight tag, a ref to the commit). */
      annotated?: boolean
    } = {}
  ) {
    const { assets = trees.strongArtifacts(), digests = {}, config = trees.trust() } = opts
    this.onDefaultBranch(config)
    this.setTree(REPO, tagCommit(tag), trees.strong())
    this.setTag(REPO, tag, tagCommit(tag), opts.annotated ?? false)
    this.releaseAssets.set(
      `${REPO}#${id}`,
      Object.entries(assets).map(([name, bytes], i) => ({
        id: id * 100 + i,
        name,
        bytes,
        ...(name in digests ? { digest: digests[name] } : {})
      }))
    )
  }

  /** The commits (`ref`) at which `path` in REPO's repositories was read through the contents API. */
  refsRead(path: string) {
    return this.seen(
      'GET',
      new RegExp(`/contents/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    ).map(r => r.query.get('ref'))
  }

  /** The strong example (and the trust configuration) at the PR head, all of it in PR `number`'s files. */
  strongAtHead(number: number) {
    this.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong() })
    this.pullFiles.set(`${REPO}#${number}`, filesOf(trees.strong()))
  }

  /** Whether the package index was read only at the PR head (evidence comes from the change). */
  indexReadAtHead() {
    return this.refsRead(`${PKG}/update-evidence.yaml`).every(ref => ref === HEAD_SHA)
  }
}
