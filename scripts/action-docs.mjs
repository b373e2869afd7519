#!/usr/bin/env node
// Generates the inputs and outputs tables of docs/action.md from action.yml.
//   node scripts/action-docs.mjs          rewrite the tables in place
//   node scripts/action-docs.mjs --check  exit 1 when docs/action.md and action.yml have drifted
// --action <file> and --doc <file> point elsewhere (tests). Output is formatted with prettier,
// so `prettier --check` and this script agree.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

export function tables(actionYml) {
  const action = parse(actionYml)
  const inputs = [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs ?? {}).map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs ?? {}).map(
      ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
    )
  ].join('\n')
  return { inputs, outputs }
}

export async function render(doc, actionYml, docPath) {
  let out = doc
  for (const [name, table] of Object.entries(tables(actionYml))) {
    const re = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!re.test(out))
      throw new Error(`${docPath} has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
    out = out.replace(re, (_, a, b) => `${a}\n\n${table}\n\n${b}`)
  }
  const config = (await prettier.resolveConfig(docPath)) ?? {}
  return prettier.format(out, { ...config, filepath: docPath })
}

const arg = name => {
  const i = process.argv.indexOf(name)
  return i > 0 ? resolve(process.argv[i + 1]) : undefined
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const docPath = arg('--doc') ?? join(root, 'docs', 'action.md')
  const actionPath = arg('--action') ?? join(root, 'action.yml')
  const doc = readFileSync(docPath, 'utf8')
  const next = await render(doc, readFileSync(actionPath, 'utf8'), docPath)
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error(
        `${docPath} is out of date with ${actionPath}: run node scripts/action-docs.mjs`
      )
      process.exit(1)
    }
  } else if (next !== doc) {
    writeFileSync(docPath, next)
  }
}
