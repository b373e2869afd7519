/**
 * The commit a workspace's git checkout is at, read from its `.git` directory as
 * actions/checkout leaves it, without a git binary: `HEAD` holds a commit (a detached checkout)
 * or names a ref (`ref: refs/heads/main`), resolved through the ref's own file or `packed-refs`.
 * On a workspace event this is the commit the evidence was read at, which a deployment approval
 * of the run (for GITHUB_SHA) is bound to (docs/action.md, "Approvals GitHub authenticates").
 *
 * null when the workspace is no such checkout: no `.git` directory (none, or a worktree's or
 * submodule's `.git` file), or a `HEAD` or ref that names no commit. Files are read inside
 * `.git` only, bounded; one that is not a regular file, or resolves outside, is an error naming
 * it, never followed.
 */
import { join } from 'node:path'
import { lstatSync } from 'node:fs'
import { DEFAULT_MAX_DOCUMENT_BYTES, readInside } from '../shared/fs-safe.js'

const GIT_SHA = /^[0-9a-f]{40}$/
/** A ref a checkout's HEAD may name: under refs/, segments that start with no dot (never `..`). */
const REF_NAME = /^refs\/(?:[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*\/)*[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*$/
/** Symbolic refs followed at most (git's own limit is 5). */
const MAX_SYMREF_DEPTH = 5
/** HEAD and a loose ref are one line. */
const MAX_REF_FILE_BYTES = 4096

export function checkoutCommit(workspace: string): string | null {
  const gitDir = join(workspace, '.git')
  let isDirectory: boolean
  try {
    isDirectory = lstatSync(gitDir).isDirectory()
  } catch {
    return null
  }
  if (!isDirectory) return null
  const read = (rel: string, maxBytes: number): string | null => {
    const got = readInside(gitDir, rel, maxBytes, { file: `.git/${rel}` })
    return got === null ? null : got.bytes.toString('utf8')
  }
  let name = 'HEAD'
  for (let depth = 0; depth <= MAX_SYMREF_DEPTH; depth++) {
    const line = (read(name, MAX_REF_FILE_BYTES) ?? packedRef(read, name) ?? '').trim()
    if (GIT_SHA.test(line)) return line
    const target = /^ref: (.+)$/.exec(line)?.[1]
    if (target === undefined || !REF_NAME.test(target)) return null
    name = target
  }
  return null
}

/** The commit `packed-refs` gives for `name` (a line `<sha> <name>`), or null. */
function packedRef(
  read: (rel: string, maxBytes: number) => string | null,
  name: string
): string | null {
  if (name === 'HEAD') return null
  const packed = read('packed-refs', DEFAULT_MAX_DOCUMENT_BYTES) ?? ''
  for (const line of packed.split('\n')) {
    const [sha, ref] = line.trim().split(' ')
    if (ref === name && sha !== undefined && GIT_SHA.test(sha)) return sha
  }
  return null
}
