/**
 * Annotations on the evidence files: errors for failed controls (violations), warnings for
 * gaps, warnings and excluded configurations. Lines come from the package index when the
 * finding points at an index entry (an evidence item without a file, an exception); a finding
 * about an evidence file is put on that file.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import type { PackageResult } from './outcome.js'
import type { CollectFinding } from '../collect/types.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file?: string
  startLine?: number
}

interface IndexPlaces {
  evidence: Map<string, { line: number; file?: string }>
  exceptions: Map<string, number>
}

const MAX_ANNOTATIONS = 50

/** Lines of evidence items and exceptions in update-evidence.yaml; empty when unreadable. */
export async function indexPlaces(packageDir: string): Promise<IndexPlaces> {
  const places: IndexPlaces = { evidence: new Map(), exceptions: new Map() }
  let text: string
  try {
    text = await readFile(join(packageDir, INDEX_FILE), 'utf8')
  } catch {
    return places
  }
  if (text.length > 4 * 1024 * 1024) return places
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  if (doc.errors.length > 0 || !isMap(doc.contents)) return places
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
    if (typeof id === 'string' && line !== undefined) {
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

const join2 = (dir: string, file: string) => (dir ? `${dir}/${file}` : file)

export async function annotationsFor(
  results: PackageResult[],
  findings: CollectFinding[]
): Promise<Annotation[]> {
  const out: Annotation[] = []
  for (const f of findings) {
    if (f.severity === 'info') continue
    out.push({
      level: f.severity === 'violation' ? 'error' : 'warning',
      title: `update-gate ${f.rule}`,
      message: f.message,
      ...(f.file ? { file: f.file } : {})
    })
  }
  for (const r of results) {
    const inRepo = r.pkg.inRepository
    const index = join2(r.pkg.repoPath, INDEX_FILE)
    if (r.error) {
      out.push({
        level: 'error',
        title: 'update-gate error',
        message: r.error,
        ...(inRepo ? { file: index } : {})
      })
      continue
    }
    if (!r.report) continue
    const places = await indexPlaces(r.pkg.packageDir)
    for (const f of r.report.result.findings) {
      if (f.severity === 'info') continue
      const level = f.severity === 'violation' ? 'error' : 'warning'
      const scope = f.configuration ? ` [${f.configuration}]` : ''
      const a: Annotation = { level, title: `update-gate ${f.rule}${scope}`, message: f.message }
      if (inRepo) {
        const place = f.evidence.map(id => places.evidence.get(id)).find(Boolean)
        if (place?.file) a.file = join2(r.pkg.repoPath, place.file)
        else if (place) {
          a.file = index
          a.startLine = place.line
        } else a.file = index
      }
      out.push(a)
    }
    for (const c of r.report.result.configurations) {
      if (c.result !== 'excluded') continue
      const line = places.exceptions.get(c.id)
      const a: Annotation = {
        level: 'warning',
        title: `update-gate excluded configuration ${c.id}`,
        message: `Configuration ${c.id} is excluded${c.exception ? ` under ${c.exception}` : ''}: ${c.reasons.join('; ') || 'see the report'}`
      }
      if (inRepo) {
        a.file = index
        if (line !== undefined) a.startLine = line
      }
      out.push(a)
    }
  }
  return out.slice(0, MAX_ANNOTATIONS)
}
