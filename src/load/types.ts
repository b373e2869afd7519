/** Typed, normalised models the load stage returns (times in UTC `Z`, defaults filled in). */
import type { KeyObject } from 'node:crypto'
import type { PublicKey } from 'openpgp'
import type {
  EvidenceKind,
  EvidenceRecord,
  PackageFacts,
  TrustData
} from '../contracts/policy-input.js'
import type { IndexPlaces } from '../shared/index-places.js'
import type { VexDocument } from './vex/types.js'

export interface LoadOptions {
  /** Size bound for YAML/JSON/text documents, signatures and the index (default 4 MiB). */
  maxDocumentBytes?: number
  /** YAML alias limit (default 50); more is treated as an alias bomb (ALIAS_LIMIT). */
  maxAliasCount?: number
  /** Where the manifest's artifacts are; defaults to `<packageDir>/artifacts`. */
  artifactsDir?: string
  /** Also find where the index's evidence items and exceptions are (LoadedPackage.places). */
  places?: boolean
  /**
   * How errors name the package directory (default: the directory as given): the repository
   * path of a package the Action read into a temporary directory.
   */
  label?: string
}

/** Content of one evidence file as read by its format's reader. */
export type LoadedContent =
  /** An assertion, or a file that is not present. */
  | { type: 'none' }
  /** A free-form document (process document, recovery procedure): digested only. */
  | { type: 'document' }
  /** A record, schema-valid and normalised, and how it is signed (null: not signed). */
  | { type: 'record'; record: EvidenceRecord; signed: SignedRecord | null }
  /** A blob with a detached cosign sign-blob signature; parsed only after verification. */
  | {
      type: 'signed-blob'
      format: 'cosign-sign-blob'
      bytes: Buffer
      signature: { file: string; present: boolean; text: string | null; sha256: string | null }
    }
  /**
   * Sigstore bundles (one, or one per line of a .jsonl), media type recognised; structure checked
   * and verified in the verify stage. `bytes`: the signed manifest (update-manifest), else null.
   */
  | {
      type: 'sigstore-bundle'
      format: 'sigstore-bundle'
      bytes: Buffer | null
      bundleFile: { file: string; present: boolean; sha256: string | null }
      /** `package`, or where the bundles were fetched from (`github-attestations-api:<owner>/<repo>`). */
      origin: string
      /** `line`: 1-based line of a .jsonl (or position in a fetched list); `field`: how errors name it. */
      bundles: { json: unknown; line: number | null; field?: string }[]
    }
  /**
   * A supplier's affected-version document (CSAF, OpenVEX, OSV, CycloneDX VEX), schema-valid, and
   * its detached signature (null: not signed).
   */
  | { type: 'vex'; document: VexDocument; signed: DetachedSignature | null }
  /** A DSSE envelope, structurally valid; payload not yet decoded. */
  | { type: 'dsse'; format: 'dsse'; envelope: DsseEnvelope }

/** How a record is signed; verified in the verify stage (attestationFact, src/verify/package.ts). */
export type SignedRecord =
  /** A detached signature over the record file's bytes: base64 (`text`) or Sigstore bundles. */
  | {
      carrier: 'signature'
      bytes: Buffer
      file: string
      present: boolean
      text: string | null
      bundles: { json: unknown; line: number | null }[] | null
    }
  /** The record is the predicate of an in-toto statement in this DSSE envelope. */
  | { carrier: 'dsse'; envelope: DsseEnvelope }
  /** The record is the predicate of an in-toto statement in this Sigstore DSSE bundle. */
  | {
      carrier: 'sigstore-bundle'
      bundleFile: { file: string; present: boolean; sha256: string | null }
      bundles: { json: unknown; line: number | null }[]
    }

/** A detached signature over a file's exact bytes (a record's, or a supplier's document's). */
export type DetachedSignature = Extract<SignedRecord, { carrier: 'signature' }>

export interface DsseEnvelope {
  payload: string
  payloadType: string
  /** `cert`: a PEM certificate (slsa-github-generator), verified through the Sigstore root. */
  signatures: { keyid?: string; sig: string; cert?: string }[]
}

export interface LoadedEvidence {
  /** Position in the index's `evidence` list. */
  position: number
  id: string
  kind: EvidenceKind
  format: string
  /** Normalised path relative to the package root; null for an assertion. */
  file: string | null
  producer: string
  time: string | null
  controls: string[]
  statement: string | null
  present: boolean
  sha256: string | null
  content: LoadedContent
}

export interface LoadedPackage {
  /** Real path of the package root. */
  root: string
  /** Real path of the artifacts directory, or null when it does not exist. */
  artifactsRoot: string | null
  /** Label for artifact paths in facts and digests (`artifacts` by default). */
  artifactsLabel: string
  facts: PackageFacts
  /** scope.versionScheme as the index claims it; null when it does not. */
  claimedVersionScheme: 'semver' | 'generic' | null
  evidence: LoadedEvidence[]
  /** sha256 of every package file read (index, evidence, signatures), by relative path. */
  fileDigests: Record<string, string>
  /** With `places`: the lines of the index's evidence items and exceptions, in the text read. */
  places?: IndexPlaces
}

export type KeyAlgorithm = 'ecdsa-p256-sha256' | 'ecdsa-p384-sha384' | 'ed25519'

export interface TrustedKey {
  id: string
  fingerprint: string
  algorithm: KeyAlgorithm
  /** Digest for crypto.verify: `sha256`, `sha384`, or null for Ed25519. */
  hash: 'sha256' | 'sha384' | null
  publicKey: KeyObject
}

/** An OpenPGP public key of the trust configuration (src/load/openpgp.ts). */
export interface TrustedOpenPgpKey {
  id: string
  /** `openpgp:` and the primary key's fingerprint (lowercase hex). */
  fingerprint: string
  key: PublicKey
}

export interface LoadedTrust {
  /** Real path of the trust file. */
  file: string
  /**
   * PKIX keys sorted by id, parsed (revoked and expired ones included: the policy decides): what
   * cosign signatures, DSSE envelopes and managed-key Sigstore bundles are verified with.
   */
  keys: TrustedKey[]
  /** OpenPGP keys sorted by id, for ASCII-armored OpenPGP detached signatures. */
  openpgpKeys: TrustedOpenPgpKey[]
  /** `data.trust` as policies see it. */
  data: TrustData
  /**
   * The Sigstore trusted root named by `sigstore.trustedRoot` (parsed JSON, label = its path
   * relative to the trust file); null for the public-good root shipped with the gate.
   */
  sigstoreRoot: { label: string; json: unknown } | null
  /** `sigstore.attestationsRepository` (owner/repo): where attestations may be fetched from. */
  attestationsRepository: string | null
  /** sha256 of the trust file and key files, keyed `trust:<path relative to the trust file's directory>`. */
  fileDigests: Record<string, string>
}
