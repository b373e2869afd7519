/**
 * Annotations on the evidence files: errors for failed controls (violations), warnings for
 * gaps, warnings and excluded configurations. Lines come from the package index when the
 * finding points at an index entry (an evidence item without a file, an exception): the places
 * the gate found in the index it evaluated (PackageResult.places), not a second read of the
 * file. A finding about an evidence file is put on that file.
 */
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { noPlaces } from '../shared/index-places.js'
import type { PackageResult } from './outcome.js'
import type { CollectFinding } from '../collect/types.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file?: string
  startLine?: number
}

const MAX_ANNOTATIONS = 50

const join2 = (dir: string, file: string) => (dir ? `${dir}/${file}` : file)

export function annotationsFor(results: PackageResult[], findings: CollectFinding[]): Annotation[] {
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
    const places = r.places ?? noPlaces()
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
