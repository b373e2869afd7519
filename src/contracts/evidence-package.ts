/** The layout of an evidence package (docs/evidence-format.md). */

/** The index every package directory (or release) holds; the collect and load stages look for it. */
export const INDEX_FILE = 'update-evidence.yaml'

/**
 * Build provenance held outside the package, asked for by artifact digest: the GitHub
 * attestations API (src/collect/attestations.ts). The collect stage implements it; the verify
 * stage calls it only when the package carries no build provenance.
 */
export interface ProvenanceSource {
  /** What the report names as the origin of each bundle: `github-attestations-api:<owner>/<repo>`. */
  origin: string
  /**
   * The Sigstore bundles held for one artifact's sha256 (hex), as parsed JSON; an empty list when
   * there are none. Any failure (HTTP error, malformed answer, too large) throws a GateError:
   * an error, never an approval.
   */
  bundlesFor(sha256: string): Promise<FetchedBundles>
}

/**
 * Attestations of one digest read (one page of GitHub's attestations API, its maximum per_page),
 * and so the SLSA statements naming a manifest artifact verified for one item at most (more in a
 * package's file is malformed input). Anyone who can attest to the repository can add one for
 * the digest: a bound below a page would let them make the gate refuse it.
 */
export const MAX_ATTESTATIONS = 100

export interface FetchedBundles {
  /** How facts and messages name what was fetched: `github:<owner>/<repo>/attestations/sha256:<hex>`. */
  label: string
  /** sha256 of the answer's bytes, for the report's input digests. */
  sha256: string
  /** Each attestation's bundle, in the order of the answer. */
  bundles: unknown[]
}

/**
 * How the caller lets the gate fetch attestations (CLI `--fetch-attestations`, the Action on a
 * release). The repository asked is the caller's (`repository`), else the trust
 * configuration's `sigstore.attestationsRepository`, else `fallbackRepository` (the release's
 * own); never one the package names.
 */
export interface AttestationFetch {
  repository?: string
  fallbackRepository?: string
  open(repository: string): ProvenanceSource
}
