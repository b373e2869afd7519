/**
 * Where messages send people: the docs (shipped in the npm package under docs/) and the JSON
 * Schemas at a URL that works outside this repository (the published package's files).
 */
import { VERSION } from '../../shared/version.js'

/** Published with the npm package; any npm CDN serves the same path. */
export const SCHEMA_BASE = `https://unpkg.com/update-gate@${VERSION}/schemas`

export type SchemaFile =
  | 'update-evidence'
  | 'trust'
  | 'dsse-envelope'
  | 'records/signing-event'
  | 'records/release-approval'
  | 'records/rollback-recovery-tests'
  | 'records/affected-versions'
  | 'records/customer-notification'
  | 'records/deployment-records'
  | 'records/update-manifest'

export const schemaUrl = (name: SchemaFile): string => `${SCHEMA_BASE}/${name}.schema.json`

export const DOCS = {
  index: 'docs/evidence-format.md#index-update-evidenceyaml',
  records: 'docs/evidence-format.md#record-examples',
  guide: 'docs/supplier-guide.md',
  dsse: 'docs/evidence-format.md#dsse-and-pae'
} as const
