'use strict';

var require$$1 = require('node:child_process');
var path = require('node:path');
var cli = require('./cli-main.cjs');
require('node:fs/promises');
require('node:events');
require('node:fs');
require('node:process');
require('node:os');
require('node:url');
require('node:stream/promises');
require('node:crypto');
require('process');
require('buffer');

/**
 * The opa subprocess, for the authoring tools only (`policy build`, `policy test`, a Rego
 * directory given as `--policy`): how it is run, and its failures turned into GateErrors once.
 */
const OPA_TIMEOUT_MS = 120_000;
const INSTALL_OPA = 'install opa v1.22.3 (in a workflow: open-policy-agent/setup-opa; elsewhere: go install github.com/open-policy-agent/opa@v1.22.3)';
const OPA_INSTALL_HINT = `${INSTALL_OPA}, or prebuild the policy with \`update-gate policy build <dir>\` and pass the bundle.tar.gz`;
function execOpa(args, timeout) {
    return new Promise((resolvePromise, reject) => {
        // env: this realm's process.env (a test runner may give the module its own copy).
        const options = { timeout, maxBuffer: 16 * 1024 * 1024, env: process.env };
        require$$1.execFile('opa', args, options, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stdout, stderr }));
            else
                resolvePromise({ stdout, stderr, code: 0 });
        });
    });
}
/** Runs opa, turning a missing binary, a time-out or a refusal into a POLICY_BUILD GateError. */
async function runOpa(args, options) {
    const timeout = options.timeoutMs ?? OPA_TIMEOUT_MS;
    try {
        return await execOpa(args, timeout);
    }
    catch (error) {
        const failure = error;
        const where = { file: options.file };
        if (failure.code === 'ENOENT') {
            throw new cli.GateError('POLICY_BUILD', `opa is not on PATH, so ${options.purpose ?? 'the Rego directory cannot be compiled'}: ${options.hint ?? OPA_INSTALL_HINT}`, where);
        }
        if (failure.killed) {
            throw new cli.GateError('POLICY_BUILD', `opa ${args[0]} did not finish within ${timeout / 1000} s`, where);
        }
        const stdout = failure.stdout ?? '';
        const stderr = failure.stderr ?? '';
        if (typeof failure.code === 'number' && options.accept?.includes(failure.code)) {
            return { stdout, stderr, code: failure.code };
        }
        const detail = [stderr, stdout]
            .filter(Boolean)
            .join('\n')
            .trim()
            .split('\n')
            .slice(0, 40)
            .join('\n');
        const err = new cli.GateError('POLICY_BUILD', `opa ${args[0]} refused the policy:\n${detail || failure.message}`, where);
        throw Object.assign(err, { stdout, stderr });
    }
}
/** The capabilities file the gate builds and tests against: what this host can run. */
function capabilitiesFile() {
    return path.join(cli.builtInPolicyDir(), 'capabilities.json');
}
/** The opa build the gate uses: wasm target, the decision entrypoint, the host's capabilities. */
function opaBuildArgs(output, files) {
    return [
        'build',
        '--target',
        'wasm',
        '--entrypoint',
        cli.DECISION_ENTRYPOINT,
        '--capabilities',
        capabilitiesFile(),
        '--output',
        output,
        ...files
    ];
}

exports.INSTALL_OPA = INSTALL_OPA;
exports.OPA_INSTALL_HINT = OPA_INSTALL_HINT;
exports.capabilitiesFile = capabilitiesFile;
exports.opaBuildArgs = opaBuildArgs;
exports.runOpa = runOpa;
