/**
 * A trusted key as a trust file lists it (trust.schema.json `keys[]`), as the YAML a test or a
 * bench script writes under `keys:`: `id`, the public key file beside the trust file, what it
 * may sign (`usage`) for which products and versions, when it is valid, and, when `revokedAt` is
 * given, revoked since then. bench/ imports the compiled copy (build/tsc/test/support/).
 */
export interface KeyScope {
  products: string[]
  /** minVersion and maxVersion. */
  versions: [string, string]
  /** validFrom and validUntil. */
  valid: [string, string]
  revokedAt?: string
}

export const trustedKeyYaml = (
  id: string,
  publicKeyFile: string,
  usage: string[],
  { products, versions, valid, revokedAt }: KeyScope
): string =>
  `  - id: ${id}
    publicKeyFile: ${publicKeyFile}
    usage: [${usage.join(', ')}]
    products: [${products.join(', ')}]
    minVersion: ${versions[0]}
    maxVersion: ${versions[1]}
    validFrom: ${valid[0]}
    validUntil: ${valid[1]}
    revoked: ${revokedAt !== undefined}
    revokedAt: ${revokedAt ?? 'null'}
`
