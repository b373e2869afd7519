/**
 * Where things are in a package index (update-evidence.yaml): the line of each evidence item and
 * of each exception. Reports that point at lines (the Action's annotations, SARIF results) share
 * it. Best effort: an unreadable, oversized or malformed index gives no places, never an error
 * (the load stage has already refused such an index with its own error).
 */
import { Composer, isMap, isSeq, LineCounter, type Node } from 'yaml'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { readInside, realRoot } from './fs-safe.js'
import { yamlTokens } from './parse.js'

export interface IndexPlaces {
  /** Evidence id -> 1-based line of its item, and the item's file when it has one. */
  evidence: Map<string, { line: number; file?: string }>
  /** Configuration id -> 1-based line of its first exception. */
  exceptions: Map<string, number>
}

const MAX_INDEX_CHARS = 4 * 1024 * 1024

/** Places in the index text. */
export function indexPlacesOf(text: string): IndexPlaces {
  const places: IndexPlaces = { evidence: new Map(), exceptions: new Map() }
  if (text.length > MAX_INDEX_CHARS) return places
  // One parse, as the load stage does (depth judged on the CST the composer then reads): the text
  // is parsed once here, not a second time for the depth check.
  const lineCounter = new LineCounter()
  const tokens = yamlTokens(text, lineCounter.addNewLine)
  if (tokens === null) return places
  const docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens, true, text.length))
  const doc = docs[0]
  // More than one document is an error, as parseDocument reports it.
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || !isMap(doc.contents)) return places
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined
  const items = (key: string) => {
    const seq = (doc.contents as { get(k: string, keep: true): unknown }).get(key, true)
    return isSeq(seq) ? seq.items : []
  }
  for (const item of items('evidence')) {
    if (!isMap(item)) continue
    const id = item.get('id')
    const file = item.get('file')
    const line = lineOf(item as Node)
    if (typeof id === 'string' && line !== undefined && !places.evidence.has(id)) {
      places.evidence.set(id, typeof file === 'string' ? { line, file } : { line })
    }
  }
  for (const item of items('exceptions')) {
    if (!isMap(item)) continue
    const configuration = item.get('configuration')
    const line = lineOf(item as Node)
    if (
      typeof configuration === 'string' &&
      line !== undefined &&
      !places.exceptions.has(configuration)
    ) {
      places.exceptions.set(configuration, line)
    }
  }
  return places
}

/**
 * Places in `<packageDir>/update-evidence.yaml`; empty when unreadable. Read like the load stage
 * reads it: inside the package, bounded, a regular file only (a FIFO swapped in cannot block).
 */
export async function indexPlaces(packageDir: string): Promise<IndexPlaces> {
  let text: string
  try {
    const root = await realRoot(packageDir)
    const read = await readInside(root, INDEX_FILE, MAX_INDEX_CHARS, { file: INDEX_FILE })
    if (read === null) throw new Error('no index')
    text = read.bytes.toString('utf8')
  } catch {
    return { evidence: new Map(), exceptions: new Map() }
  }
  return indexPlacesOf(text)
}
