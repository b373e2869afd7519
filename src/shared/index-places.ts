/**
 * Where things are in a package index (update-evidence.yaml): the line of each evidence item and
 * of each exception. Reports that point at lines (the Action's annotations, SARIF results) share
 * it. Best effort: an unreadable, oversized or malformed index gives no places, never an error
 * (the load stage has already refused such an index with its own error). The Action and the
 * CLI's SARIF take them from the gate, found in the index as the load stage read and parsed it
 * (indexPlacesOfRead); indexPlaces reads the file itself (the tests' reference).
 */
import { EVENT_ID, getScalarValue, type Event as YamlEvent } from 'js-yaml'
import type { Node } from 'yaml'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { readInside, realRoot } from './fs-safe.js'
import { yamlFastRead, yamlTokens, type FastRead } from './parse.js'
import yamlLibrary from './yaml-library.cjs'

export interface IndexPlaces {
  /** Evidence id -> 1-based line of its item, and the item's file when it has one. */
  evidence: Map<string, { line: number; file?: string }>
  /** Configuration id -> 1-based line of its first exception. */
  exceptions: Map<string, number>
}

const MAX_INDEX_CHARS = 4 * 1024 * 1024

/** No places (an index that could not be read or placed). */
export const noPlaces = (): IndexPlaces => ({ evidence: new Map(), exceptions: new Map() })

/** The lists whose items have places. */
const LISTS = ['evidence', 'exceptions'] as const

/**
 * Places in the index text: from the js-yaml read of the load stage's fast path where it reads
 * the text (the `yaml` library's parser and composer are a few ms more of the Action's start),
 * else from the `yaml` library (yamlIndexPlaces), whose places these are held to by a test.
 */
export function indexPlacesOf(text: string): IndexPlaces {
  if (text.length > MAX_INDEX_CHARS) return noPlaces()
  return fastIndexPlaces(text) ?? yamlIndexPlaces(text)
}

/** The index after the node that starts at events[i]. */
function skipNode(events: readonly YamlEvent[], i: number): number {
  let depth = 0
  do {
    const type = events[i++]!.type
    if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING) depth++
    else if (type === EVENT_ID.POP) depth--
  } while (depth > 0)
  return i
}

/**
 * Where each item of the top-level `evidence` and `exceptions` sequences starts (-1 for an item
 * that is no mapping), from the parser events of a text whose one document is a mapping; null
 * when the events are not so.
 */
function listItemStarts(events: readonly YamlEvent[], text: string): Map<string, number[]> | null {
  const starts = new Map<string, number[]>()
  if (events[0]?.type !== EVENT_ID.DOCUMENT || events[1]?.type !== EVENT_ID.MAPPING) return null
  let i = 2
  while (i < events.length && events[i]!.type !== EVENT_ID.POP) {
    const key = events[i]!
    const name = key.type === EVENT_ID.SCALAR ? getScalarValue(text, key) : null
    const value = skipNode(events, i)
    if (
      (name === 'evidence' || name === 'exceptions') &&
      events[value]?.type === EVENT_ID.SEQUENCE
    ) {
      const items: number[] = []
      for (let j = value + 1; events[j]!.type !== EVENT_ID.POP; j = skipNode(events, j)) {
        const item = events[j]!
        items.push(item.type === EVENT_ID.MAPPING ? item.start : -1)
      }
      starts.set(name, items)
    }
    i = skipNode(events, value)
  }
  return starts
}

/** 1-based line of each offset, as the `yaml` library's LineCounter counts lines (after each line feed). */
function lineOfOffset(text: string): (offset: number) => number {
  const feeds: number[] = []
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) feeds.push(at)
  return offset => {
    let low = 0
    let high = feeds.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (feeds[mid]! < offset) low = mid + 1
      else high = mid
    }
    return low + 1
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Places from the fast path's read; undefined when it does not read the text or cannot place an item. */
export function fastIndexPlaces(text: string): IndexPlaces | undefined {
  const read = yamlFastRead(text)
  return read ? placesOfRead(text, read) : undefined
}

/**
 * Places in the index as the load stage read it (src/load/package.ts, asked for places): its
 * size in bytes, its text and the fast path's read of that text when there was one. The places
 * indexPlaces finds in the same file, without reading or parsing it a second time.
 */
export function indexPlacesOfRead(
  bytes: number,
  text: string,
  read: FastRead | undefined
): IndexPlaces {
  // indexPlaces reads no more than MAX_INDEX_CHARS bytes.
  if (bytes > MAX_INDEX_CHARS) return noPlaces()
  return (read && placesOfRead(text, read)) ?? yamlIndexPlaces(text)
}

/** Places from a fast path read of `text`; undefined when an item cannot be placed. */
function placesOfRead(text: string, read: FastRead): IndexPlaces | undefined {
  const places = noPlaces()
  if (!isRecord(read.value)) return places
  const index = read.value
  const starts = listItemStarts(read.events, text)
  if (!starts) return undefined
  const lineOf = lineOfOffset(text)
  const placed: Record<(typeof LISTS)[number], { item: Record<string, unknown>; line: number }[]> =
    {
      evidence: [],
      exceptions: []
    }
  for (const list of LISTS) {
    const items = index[list]
    if (!Array.isArray(items)) continue
    const at = starts.get(list)
    if (!at || at.length !== items.length) return undefined
    for (const [i, item] of items.entries()) {
      if (!isRecord(item)) continue
      if (at[i]! < 0) return undefined
      placed[list].push({ item, line: lineOf(at[i]!) })
    }
  }
  for (const { item, line } of placed.evidence) {
    const { id, file } = item
    if (typeof id === 'string' && !places.evidence.has(id)) {
      places.evidence.set(id, typeof file === 'string' ? { line, file } : { line })
    }
  }
  for (const { item, line } of placed.exceptions) {
    const { configuration } = item
    if (typeof configuration === 'string' && !places.exceptions.has(configuration)) {
      places.exceptions.set(configuration, line)
    }
  }
  return places
}

/** Places in the index text, from the `yaml` library's document. */
export function yamlIndexPlaces(text: string): IndexPlaces {
  const places = noPlaces()
  if (text.length > MAX_INDEX_CHARS) return places
  // One parse, as the load stage does (depth judged on the CST the composer then reads): the text
  // is parsed once here, not a second time for the depth check.
  const { Composer, isMap, isSeq, LineCounter } = yamlLibrary()
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
export function indexPlaces(packageDir: string): IndexPlaces {
  let text: string
  try {
    const root = realRoot(packageDir)
    const read = readInside(root, INDEX_FILE, MAX_INDEX_CHARS, { file: INDEX_FILE })
    if (read === null) throw new Error('no index')
    text = read.bytes.toString('utf8')
  } catch {
    return noPlaces()
  }
  return indexPlacesOf(text)
}
