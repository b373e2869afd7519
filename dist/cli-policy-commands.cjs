'use strict';

var promises = require('node:fs/promises');
var path = require('node:path');
var cli = require('./cli-main.cjs');
var opa = require('./cli-opa.cjs');
require('node:events');
require('node:child_process');
require('node:fs');
require('node:process');
require('node:os');
require('node:url');
require('node:stream/promises');
require('node:crypto');
require('process');
require('buffer');

/**
 * `update-gate policy init|build|test`: a team's way from an empty folder to a tested custom
 * package, with the exact build and capabilities the gate itself uses.
 */
/** A team name is the last segment of its package path: update_gate.custom.<team>. */
const TEAM_NAME = /^[a-z][a-z0-9_]*$/;
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
async function exists(path) {
    try {
        await promises.stat(path);
        return true;
    }
    catch {
        return false;
    }
}
async function filesUnder(dir) {
    const entries = await promises.readdir(dir, { recursive: true, withFileTypes: true });
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
    if (!TEAM_NAME.test(team)) {
        throw new cli.GateError('USAGE', `team name ${JSON.stringify(team)} must match ${TEAM_NAME.source} (it names package update_gate.custom.<team>)`);
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
    const clashes = [];
    for (const c of copies)
        if (await exists(path.join(dir, c.to)))
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
        await promises.mkdir(path.resolve(to, '..'), { recursive: true });
        if (c.substitute)
            await promises.writeFile(to, (await promises.readFile(c.from, 'utf8')).replace(PLACEHOLDER, team));
        else
            await promises.copyFile(c.from, to);
        written.push(path.relative(dir, to));
    }
    return written;
}
/** `opa build -t wasm` exactly as the gate runs it for `--policy <dir>`. */
async function buildPolicy(dir, output) {
    await cli.buildRegoDirectory(path.resolve(dir), path.resolve(output));
    return (await cli.replacesBuiltIn(path.resolve(dir)))
        ? 'replaces the built-in policy'
        : 'extends the built-in policy';
}
/**
 * `opa test` with the gate's capabilities, the built-in sources (when extending) and the seed
 * fixtures. Resolves to opa's output and whether every test passed; a policy opa cannot load
 * (syntax, capabilities) is a GateError.
 */
async function testPolicy(dir, options = {}) {
    const extra = [
        ...(options.verbose ? ['--verbose'] : []),
        ...(options.coverage ? ['--coverage'] : [])
    ];
    const args = await cli.opaTestArgs(path.resolve(dir), extra);
    // opa test exits 2 when tests fail (an answer) and 1 when it cannot load the policy (an error).
    const { stdout, stderr, code } = await opa.runOpa(args, {
        file: dir,
        timeoutMs: OPA_TEST_TIMEOUT_MS,
        accept: [2],
        purpose: 'the policy cannot be tested',
        hint: opa.INSTALL_OPA
    });
    return { passed: code === 0, output: stdout + stderr };
}

exports.TEAM_NAME = TEAM_NAME;
exports.buildPolicy = buildPolicy;
exports.initPolicy = initPolicy;
exports.teamFromDir = teamFromDir;
exports.testPolicy = testPolicy;
