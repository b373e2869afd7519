// The scale run shared by bench/scale.mjs, bench/fleet.mjs and bench/scale50k.mjs: `update-gate
// evaluate` end to end (the bundled CLI, a process per run) on packages scaled from
// examples/seed/strong (100, 1000 and 10 000 configurations unless the script names its sizes).
// Each copy of a seed configuration gets its own test results, known gap, exception, deployment
// record, vulnerability (with its affected-versions entry) and notification entries; only
// unsigned YAML changes, so the manifest signature, the provenance envelope and the approval
// still verify. Prints the median wall time per size (sizes interleaved, BENCH_ROUNDS rounds),
// the ratio of each 10x step (target <= 12), each size's time and peak RSS (from /usr/bin/time)
// against its targets (10 000 configurations: <= 10 s, <= 1 GiB; 50 000: < 60 s, < 3 GiB), and
// checks that every size decides like the seed. BENCH_SCALE_SIZES=100,1000 limits the sizes.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { EVAL_TIME, fmt, median, REPO, SEED } from './lib.mjs'

const envSizes = process.env.BENCH_SCALE_SIZES?.split(',').map(Number)
const RESULTS_PER_RECORD = 1000 // the rollback-recovery-tests schema's cap per record
const CLI = path.join(REPO, 'bin/update-gate.js')
const strong = path.join(SEED, 'strong')
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

export const readYaml = (dir, file) => YAML.parse(readFileSync(path.join(dir, file), 'utf8'))
export const writeYaml = (dir, file, value) =>
  writeFileSync(
    path.join(dir, file),
    YAML.stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })
  )

/** Copies the seed package with `copies` copies of each configuration; returns its directory. */
function scaledPackage(work, copies) {
  const dir = path.join(work, `x${copies}`)
  cpSync(strong, dir, { recursive: true })
  const index = readYaml(strong, 'update-evidence.yaml')
  const suffix = i => (i === 1 ? '' : `-${i}`)
  const each = (list, f) =>
    Array.from({ length: copies }, (_, k) => (list ?? []).map(x => f(x, k + 1))).flat()
  const hardware = new Set(index.scope.configurations.map(c => c.hardware))
  const hw = (h, i) => (hardware.has(h) ? `${h}${suffix(i)}` : h)
  const itemOf = kind => index.evidence.find(e => e.kind === kind)
  /** Writes the record of `kind`, as `change` makes it from strong's, into the scaled package. */
  const rewrite = (kind, change) => {
    const file = itemOf(kind).file
    writeYaml(dir, file, change(readYaml(strong, file)))
  }

  const testsItem = itemOf('rollback-recovery-tests')
  const tests = readYaml(strong, testsItem.file)
  const results = each(tests.results, (r, i) => ({
    ...r,
    configuration: `${r.configuration}${suffix(i)}`,
    hardware: hw(r.hardware, i),
    reference: r.reference == null ? r.reference : `${r.reference}${suffix(i)}`
  }))
  const extraItems = []
  for (let n = 0; n * RESULTS_PER_RECORD < results.length; n++) {
    const file = n === 0 ? testsItem.file : testsItem.file.replace(/\.yaml$/, `-${n + 1}.yaml`)
    writeYaml(dir, file, {
      ...tests,
      results: results.slice(n * RESULTS_PER_RECORD, (n + 1) * RESULTS_PER_RECORD)
    })
    if (n > 0) extraItems.push({ ...testsItem, id: `${testsItem.id}-${n + 1}`, file })
  }
  rewrite('affected-versions', av => ({
    ...av,
    vulnerabilities: each(av.vulnerabilities, (v, i) => ({
      ...v,
      id: `${v.id}${suffix(i)}`,
      record: `${v.record}${suffix(i)}`
    }))
  }))
  rewrite('customer-notification', note => ({
    ...note,
    scope: {
      ...note.scope,
      configurations: each(note.scope.configurations, (c, i) => `${c}${suffix(i)}`),
      vulnerabilities: each(note.scope.vulnerabilities, (v, i) => `${v}${suffix(i)}`)
    }
  }))
  rewrite('deployment-records', dep => ({
    ...dep,
    records: each(dep.records, (r, i) => ({
      ...r,
      configuration: `${r.configuration}${suffix(i)}`
    }))
  }))
  writeYaml(dir, 'update-evidence.yaml', {
    ...index,
    scope: {
      ...index.scope,
      configurations: each(index.scope.configurations, (c, i) => ({
        ...c,
        id: `${c.id}${suffix(i)}`,
        name: i === 1 ? c.name : `${c.name} ${i}`,
        hardware: hw(c.hardware, i)
      })),
      vulnerabilities: each(index.scope.vulnerabilities, (v, i) => `${v}${suffix(i)}`)
    },
    knownGaps: each(index.knownGaps, (g, i) => ({
      ...g,
      id: `${g.id}${suffix(i)}`,
      configurations: g.configurations.map(c => `${c}${suffix(i)}`)
    })),
    exceptions: each(index.exceptions, (e, i) => ({
      ...e,
      id: `${e.id}${suffix(i)}`,
      configuration: `${e.configuration}${suffix(i)}`
    })),
    evidence: index.evidence.flatMap(e => (e === testsItem ? [e, ...extraItems] : [e]))
  })
  return dir
}

/**
 * One `update-gate evaluate` run with the trust file `trust`, evaluated at `at`: wall ms, peak RSS
 * in MiB (null without /usr/bin/time), report.
 */
function evaluate(work, dir, trust, at = EVAL_TIME) {
  const args = [
    CLI,
    'evaluate',
    dir,
    '--trust',
    trust,
    '--at',
    at,
    '--format',
    'json',
    '--fail-on',
    'never'
  ]
  const rssFile = path.join(work, 'rss')
  const [command, commandArgs] = timeBin
    ? [timeBin, ['-f', '%M', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, args]
  const start = process.hrtime.bigint()
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (run.status !== 0) throw new Error(`update-gate evaluate ${dir} failed: ${run.stderr}`)
  const rss = timeBin ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : null
  return { ms, rss, report: JSON.parse(run.stdout) }
}

/** Every configuration decides like the seed configuration it copies. */
function decidesLikeSeed(report, seed) {
  const seedResult = Object.fromEntries(seed.result.configurations.map(c => [c.id, c.result]))
  const wrong = report.result.configurations.filter(
    c => c.result !== seedResult[c.id.replace(/-\d+$/, '')]
  )
  return report.result.decision === seed.result.decision && wrong.length === 0
}

/** Targets per size: wall time (median) and peak RSS. */
const TARGETS = {
  10000: { seconds: 10, mib: 1024 },
  50000: { seconds: 60, mib: 3072 }
}

/**
 * Runs the scale bench on `sizes` (BENCH_SCALE_SIZES when set), `rounds` rounds (BENCH_ROUNDS
 * when set). Each variant `{ what, trustFor, at }` says what it changes and gives its trust file:
 * `trustFor(work, packageDir)` writes it under `work` (the bench's temporary folder) or names an
 * existing one; `at` is its evaluation time (EVAL_TIME unless given), each size held to decide
 * like the seed evaluated then (a variant without `at`, like the first variant's seed). `check`,
 * when given, is called with each variant's seed report and throws when it is not the case the
 * variant is meant to measure. Variants and sizes are interleaved in every round, so machine
 * load falls on all alike; with a second variant its difference to the first and their ratio
 * are printed per size (against `ratioTarget` when given).
 */
export function runScale({
  name,
  variants,
  sizes: ownSizes = [100, 1000, 10000],
  rounds: ownRounds = 3,
  ratioTarget
}) {
  const sizes = envSizes ?? ownSizes
  const rounds = Number(process.env.BENCH_ROUNDS ?? ownRounds)
  const work = mkdtempSync(path.join(tmpdir(), `update-gate-${name}-`))
  try {
    // The seed decision each variant is held to: the seed evaluated at the variant's time when it
    // has one, else the first variant's.
    const seedOf = v => evaluate(work, strong, v.trustFor(work, strong), v.at).report
    const first = seedOf(variants[0])
    const seeds = variants.map((v, i) => (i > 0 && v.at !== undefined ? seedOf(v) : first))
    variants.forEach((v, i) => v.check?.(seeds[i]))
    const dirs = Object.fromEntries(
      sizes.map(n => [n, scaledPackage(work, n / first.result.configurations.length)])
    )
    const runs = variants.map((v, i) => ({
      ...v,
      seed: seeds[i],
      trusts: Object.fromEntries(sizes.map(n => [n, v.trustFor(work, dirs[n])])),
      walls: Object.fromEntries(sizes.map(n => [n, []])),
      peaks: Object.fromEntries(sizes.map(n => [n, 0]))
    }))
    for (let r = 0; r < rounds; r++) {
      for (const n of sizes) {
        for (const v of runs) {
          const { ms, rss, report } = evaluate(work, dirs[n], v.trusts[n], v.at)
          if (!decidesLikeSeed(report, v.seed))
            throw new Error(`${n} configurations (${v.what}) do not decide like the seed`)
          v.walls[n].push(ms)
          v.peaks[n] = Math.max(v.peaks[n], rss ?? 0)
        }
      }
    }
    console.log(
      `${name}: update-gate evaluate, packages scaled from examples/seed/strong, ${rounds} rounds (node ${process.version})`
    )
    for (const v of runs) {
      console.log(` ${v.what}:`)
      for (const n of sizes) {
        const peak = timeBin ? `, peak RSS ${fmt(v.peaks[n], 0)} MiB` : ''
        console.log(
          `  ${String(n).padStart(6)} configurations: median ${fmt(median(v.walls[n]) / 1000)} s${peak}, decides like the seed`
        )
      }
      for (let i = 1; i < sizes.length; i++) {
        const [a, b] = [sizes[i - 1], sizes[i]]
        if (b !== 10 * a) continue
        console.log(
          `  ratio ${a} -> ${b}: ${fmt(median(v.walls[b]) / median(v.walls[a]), 1)}  (target <= 12 per 10x)`
        )
      }
      for (const n of sizes.filter(size => TARGETS[size])) {
        const { seconds, mib } = TARGETS[n]
        console.log(
          `  ${n} configurations: ${fmt(median(v.walls[n]) / 1000, 1)} s (target <= ${seconds} s)${timeBin ? `, peak RSS ${fmt(v.peaks[n], 0)} MiB (target <= ${mib} MiB)` : ''}`
        )
      }
    }
    if (runs.length === 2) {
      const [base, other] = runs
      console.log(
        ` ${other.what}, against ${base.what} (medians of the per-round differences and ratios):`
      )
      const perRound = (n, f) => median(other.walls[n].map((ms, r) => f(ms, base.walls[n][r])))
      const extra = n => perRound(n, (a, b) => a - b)
      const target = ratioTarget === undefined ? '' : `  (target <= ${ratioTarget})`
      for (const n of sizes) {
        const ratio = perRound(n, (a, b) => a / b)
        console.log(
          `  ${String(n).padStart(6)} configurations: ${fmt(extra(n) / 1000)} s, ratio ${fmt(ratio, 2)}${target}`
        )
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
