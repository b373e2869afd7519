/**
 * The files a trust configuration names beside itself, relative to its own directory: each key's
 * `publicKeyFile` and `sigstore.trustedRoot`. Read from the document as parsed, not validated
 * (the load stage validates it): what the Action fetches with the trust file, and what the CLI
 * keeps `--output` from overwriting.
 */
export function trustFileNames(raw: unknown): string[] {
  const doc = raw as { keys?: unknown; sigstore?: { trustedRoot?: unknown } } | null
  const keys: unknown[] = Array.isArray(doc?.keys) ? doc.keys.slice(0, 1000) : []
  return [
    ...keys.map(k => (k as { publicKeyFile?: unknown } | null)?.publicKeyFile),
    doc?.sigstore?.trustedRoot
  ].filter((n): n is string => typeof n === 'string')
}
