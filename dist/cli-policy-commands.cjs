(function (exports, require, module, __filename, __dirname) {
'use strict';

var cli = require('./cli-main.cjs');
var node_os = require('node:os');
var path = require('node:path');
var opa = require('./cli-opa.cjs');

/**
 * `update-gate policy init|build|test`: a team's way from an empty folder to a tested custom
 * package, with the exact build and capabilities the gate itself uses.
 */
const PLACEHOLDER = /__TEAM__/g;
const OPA_TEST_TIMEOUT_MS = 300_000;
/** The team name `policy init` derives from a directory name: `ot-security` -> `ot_security`. */
function teamFromDir(dir) {
    const name = path.basename(path.resolve(dir))
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^[^a-z]+/, '');
    return name || 'team';
}
async function filesUnder(dir) {
    const entries = await cli.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile())
        .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort();
}
/**
 * Copies the scaffold shipped in dist/policy/template (and the input and output schemas) into
 * `dir`, naming the package after the team. Never overwrites a file.
 */
async function initPolicy(dir, team) {
    if (!cli.TEAM_NAME.test(team)) {
        throw new cli.GateError('USAGE', `team name ${JSON.stringify(team)} must match ${cli.TEAM_NAME.source} (it names package update_gate.custom.<team>)`);
    }
    const shipped = cli.builtInPolicyDir();
    const copies = [];
    for (const file of await filesUnder(path.join(shipped, 'template'))) {
        copies.push({ from: path.join(shipped, 'template', file), to: file, substitute: true });
    }
    for (const file of await filesUnder(path.join(shipped, 'schemas'))) {
        copies.push({
            from: path.join(shipped, 'schemas', file),
            to: path.join('schemas', file),
            substitute: false
        });
    }
    if (copies.length === 0) {
        throw new cli.GateError('POLICY_LOAD', 'the policy template is missing; run npm run build', {
            file: shipped
        });
    }
    await cli.checkTargetDirectory(dir);
    const clashes = [];
    for (const c of copies)
        if (await cli.exists(path.join(dir, c.to)))
            clashes.push(c.to);
    if (clashes.length > 0) {
        throw new cli.GateError('USAGE', `would overwrite ${clashes.join(', ')}; choose an empty directory`, {
            file: dir
        });
    }
    const rename = (name) => name.replace(/^policy(_test)?\.rego$/, `${team}$1.rego`);
    const written = [];
    for (const c of copies) {
        const to = path.join(dir, rename(c.to));
        await cli.mkdir(path.resolve(to, '..'), { recursive: true });
        if (c.substitute)
            await cli.writeFile(to, (await cli.readFile(c.from, 'utf8')).replace(PLACEHOLDER, team));
        else
            await cli.copyFile(c.from, to);
        written.push(path.relative(dir, to));
    }
    return written;
}
/**
 * `opa build -t wasm` exactly as the gate runs it for `--policy <dir>`, into `output` (-o): a
 * path checked before opa runs, written only once opa has built the bundle.
 */
async function buildPolicy(dir, output) {
    const place = { field: '--output', what: 'the bundle' };
    await cli.checkOutput(output, place, () => cli.policyFiles(dir));
    const work = await cli.mkdtemp(path.join(node_os.tmpdir(), 'update-gate-bundle-'));
    try {
        const bundle = path.join(work, 'bundle.tar.gz');
        const { replaces } = await cli.buildRegoDirectory(path.resolve(dir), bundle, { hint: opa.installOpa() });
        await cli.writeOutput(output, await cli.readFile(bundle), place);
        return replaces ? 'replaces the built-in policy' : 'extends the built-in policy';
    }
    finally {
        await cli.rm(work, { recursive: true, force: true });
    }
}
/** The seed fixtures `policy test` gives every package (data.update_gate.test.fixtures_test). */
const FIXTURES = ['strong', 'all_tested', 'weak', 'better'];
/**
 * The capabilities of a test run: the gate's, plus `print` (and `internal.print`, what opa
 * rewrites it to), so a test can show values. Test time only: a build keeps the strict file,
 * which refuses print.
 */
async function withTestCapabilities(use) {
    const caps = JSON.parse(await cli.readFile(opa.capabilitiesFile(), 'utf8'));
    const print = [
        { name: 'print', decl: { type: 'function', variadic: { type: 'any' } } },
        {
            name: 'internal.print',
            decl: {
                type: 'function',
                args: [{ type: 'array', dynamic: { type: 'set', of: { type: 'any' } } }]
            }
        }
    ];
    const names = new Set(caps.builtins.map(b => b.name));
    caps.builtins = [...caps.builtins, ...print.filter(b => !names.has(b.name))];
    const work = await cli.mkdtemp(path.join(node_os.tmpdir(), 'update-gate-test-'));
    try {
        const file = path.join(work, 'capabilities.json');
        await cli.writeFile(file, JSON.stringify(caps));
        return await use(file);
    }
    finally {
        await cli.rm(work, { recursive: true, force: true });
    }
}
/**
 * opa eval's answer: the value of the query's first expression. Anything but JSON is not OPA's
 * answer: another program named opa is first on PATH.
 */
function evalValue(stdout, file) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new cli.GateError('POLICY_BUILD', opa.notOpa('eval'), { file });
    }
    return parsed.result?.[0]?.expressions[0]?.value;
}
/** What a test run says about getting opa. */
const testAdvice = () => ({ purpose: 'the policy cannot be tested', hint: opa.installOpa() });
/**
 * The contribution contract on the seed fixtures: every entry the package's rules contribute
 * for each fixture, validated as the evaluate stage validates it. One line per problem, with
 * the fixtures it shows on. Empty for a replacement (it has no custom packages to check).
 */
async function contractProblems(dir, capabilities) {
    const { files, replaces } = await cli.policySources([dir], { opa: testAdvice() });
    if (replaces)
        return [];
    const query = `{n: v | some n in ${JSON.stringify(FIXTURES)}; v := data.update_gate.contract.contributions` +
        ' with input as data.update_gate.test.fixtures_test[n] with data.trust as data.update_gate.test.fixtures_test.trust}';
    const data = [...files, ...cli.fixtureFiles()].flatMap(f => ['--data', f]);
    const { stdout } = await opa.runOpa(['eval', '--format', 'json', '--capabilities', capabilities, ...data, query], { file: dir, timeoutMs: OPA_TEST_TIMEOUT_MS, ...testAdvice() });
    const byFixture = (evalValue(stdout, dir) ?? {});
    const seen = new Map();
    for (const fixture of FIXTURES) {
        for (const problem of cli.contributionProblems(byFixture[fixture])) {
            seen.set(problem, [...(seen.get(problem) ?? []), fixture]);
        }
    }
    return [...seen].map(([problem, on]) => `${problem} (with fixture ${on.join(', ')})`);
}
async function hasPolicyFile(dir) {
    try {
        await cli.policySources([dir], { opa: testAdvice() });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * `opa test` with the gate's capabilities (plus `print`), the built-in sources (when extending)
 * and the seed fixtures, then the contribution contract on those fixtures. Resolves to opa's
 * output and whether every test passed and every contribution has the contract's shape; a
 * policy opa cannot load (syntax, capabilities) is a GateError.
 */
async function testPolicy(dir, options = {}) {
    const extra = [
        ...(options.verbose ? ['--verbose'] : []),
        ...(options.coverage ? ['--coverage'] : [])
    ];
    return withTestCapabilities(async (capabilities) => {
        const args = await cli.opaTestArgs(path.resolve(dir), extra, capabilities, testAdvice());
        // opa test exits 2 when tests fail (an answer) and 1 when it cannot load the policy (an error).
        const { stdout, stderr, code } = await opa.runOpa(args, {
            file: dir,
            timeoutMs: OPA_TEST_TIMEOUT_MS,
            accept: [2],
            ...testAdvice()
        });
        const problems = (await hasPolicyFile(path.resolve(dir)))
            ? await contractProblems(path.resolve(dir), capabilities)
            : [];
        const contract = problems.length === 0
            ? ''
            : `FAIL: ${problems.length} contribution(s) do not meet the contract (schemas/policy-output.schema.json):\n` +
                problems.map(p => `  - ${p}\n`).join('');
        const opaOutput = stdout + stderr;
        const sep = contract && opaOutput && !opaOutput.endsWith('\n') ? '\n' : '';
        return { passed: code === 0 && problems.length === 0, output: opaOutput + sep + contract };
    });
}
const MAX_TRACE_LINES = 400;
/**
 * `policy explain`: why a rule fired (or not) for one input and data document. Runs
 * `opa eval --explain full` on the Rego sources (the wasm runtime keeps no trace) for the
 * findings with that rule id, and keeps the trace lines located in the files that write the
 * rule id or hold the package of the findings' control. `dir` undefined: the built-in policy.
 */
async function explainRule(dir, doc, rule) {
    const dirs = dir ? [path.resolve(dir)] : [];
    const advice = {
        purpose: 'the rule cannot be explained (the wasm runtime keeps no trace)',
        hint: opa.installOpa()
    };
    const groups = dir
        ? (await cli.policySources(dirs, { opa: advice })).groups
        : [await cli.builtInSources()];
    const work = await cli.mkdtemp(path.join(node_os.tmpdir(), 'update-gate-explain-'));
    try {
        // Short relative module names: opa shortens long paths in a trace.
        const { staged, rename } = await cli.stageSources(groups, work);
        const inputFile = path.join(work, 'input.json');
        const dataFile = path.join(work, 'data.json');
        await cli.writeFile(inputFile, JSON.stringify(doc.input));
        await cli.writeFile(dataFile, JSON.stringify(doc.data));
        const query = `[f | some f in data.update_gate.decision.findings; f.rule == ${JSON.stringify(rule)}]`;
        const base = ['eval', '--capabilities', opa.capabilitiesFile(), '--input', inputFile];
        const data = [dataFile, ...staged].flatMap(f => ['--data', f]);
        const why = {
            cwd: work,
            file: dir ?? 'built-in',
            timeoutMs: OPA_TEST_TIMEOUT_MS,
            ...advice
        };
        const found = await opa.runOpa([...base, ...data, '--format', 'json', query], why);
        const findings = (evalValue(found.stdout, why.file) ?? []);
        const sources = await sourcesOf(staged.map(name => path.join(work, name)), rule, findings.map(f => f.control ?? ''));
        const trace = await opa.runOpa([...base, ...data, '--format', 'pretty', '--explain', 'full', query], why);
        const lines = trace.stdout
            .split('\n')
            .filter(line => sources.some(s => line.startsWith(`${path.relative(work, s)}:`)));
        const shown = lines.slice(0, MAX_TRACE_LINES);
        const head = findings.length === 0
            ? `rule ${rule} did not fire for this input (no finding has that rule id)\n`
            : `rule ${rule} fired ${findings.length} time(s):\n` +
                findings
                    .map(f => `  - [${f.control ?? '?'}] ${f.configuration ? `${f.configuration}: ` : ''}${f.message ?? ''}\n`)
                    .join('');
        const where = sources.length > 0
            ? sources
                .map(s => path.relative(work, s))
                .map(s => `${s} (${rename.get(s) ?? s})`)
                .join(', ')
            : 'no source file that writes this rule id or holds its control';
        return (`${head}\ntrace (opa eval --explain full) in ${where}:\n` +
            (shown.length > 0 ? `${shown.join('\n')}\n` : '  (no trace line there)\n') +
            (lines.length > shown.length ? `\u2026 ${lines.length - shown.length} more line(s)\n` : ''));
    }
    finally {
        await cli.rm(work, { recursive: true, force: true });
    }
}
/** The source files that write a rule id, or hold the package of one of the given controls. */
async function sourcesOf(files, rule, controls) {
    const packages = new Set(controls
        .filter(Boolean)
        .map(c => c.startsWith('custom.')
        ? `update_gate.custom.${c.slice('custom.'.length)}`
        : `update_gate.controls.${c.replace(/-/g, '_')}`));
    const out = [];
    for (const file of files) {
        const text = await cli.readFile(file, 'utf8');
        const pkg = /^package\s+([\w.]+)/m.exec(text)?.[1];
        if (text.includes(JSON.stringify(rule)) || (pkg !== undefined && packages.has(pkg)))
            out.push(file);
    }
    return out;
}

exports.FIXTURES = FIXTURES;
exports.buildPolicy = buildPolicy;
exports.explainRule = explainRule;
exports.initPolicy = initPolicy;
exports.teamFromDir = teamFromDir;
exports.testPolicy = testPolicy;
})
