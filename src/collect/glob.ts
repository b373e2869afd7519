/**
 * A small glob for package directories (repository- or workspace-relative, '/'-separated):
 * `*` matches within one path segment, `**` any number of segments, `?` one character.
 * `**` alone matches every directory, the root included.
 */
export function globToRegExp(glob: string): RegExp {
  const clean = glob
    .trim()
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  if (clean === '' || clean === '.') return /^$/
  let out = ''
  const parts = clean.split('/')
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    if (part === '**') {
      out += last ? '(?:.*)' : '(?:[^/]+/)*'
      return
    }
    for (const ch of part) {
      if (ch === '*') out += '[^/]*'
      else if (ch === '?') out += '[^/]'
      else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
    if (!last) out += '/'
  })
  // `s`: `.` matches line terminators too; a directory name may hold one, and a glob that
  // skipped it would leave a package unjudged.
  return new RegExp(`^${out}$`, 's')
}

export const isGlob = (pattern: string): boolean => /[*?]/.test(pattern)

/** Patterns from a multi-line or comma-separated input. */
export function splitPatterns(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

export function matchesAny(path: string, patterns: string[]): boolean {
  return patterns.some(p => globToRegExp(p).test(path))
}
