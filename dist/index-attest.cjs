'use strict';

var main = require('./index-main.cjs');
var promises = require('node:fs/promises');
var path = require('node:path');
var index = require('./index-index2.cjs');
var sign = require('@sigstore/sign');
require('node:crypto');
require('os');
require('crypto');
require('fs');
require('path');
require('string_decoder');
require('events');
require('child_process');
require('assert');
require('timers');
require('node:fs');
require('node:os');
require('process');
require('buffer');
require('node:stream');
require('node:stream/promises');
require('node:url');

const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
/** The verifier's identity (`verifier.id`); its version is under `verifier.version`. */
const VSA_VERIFIER_ID = 'https://update-gate.dev/verifier/v1';
/** The extension field (the VSA allows extension fields named by URIs) with the gate's decision. */
const VSA_EXTENSION = 'https://update-gate.dev/verification_summary/decision/v1';
/** The built-in policy's URI (a custom policy is named by its path or label). */
const BUILT_IN_POLICY_URI = 'https://update-gate.dev/policy/built-in';
/** purl component encoding (https://github.com/package-url/purl-spec): percent-encode all but unreserved. */
const purlPart = (text) => encodeURIComponent(text).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** `pkg:generic/<product>/<artifact>@<version>?checksum=sha256:<hex>`: one artifact of the update. */
function artifactUri(report, name, sha256) {
    const p = report.package;
    return `pkg:generic/${purlPart(p.product)}/${purlPart(name)}@${purlPart(p.toVersion)}?checksum=sha256:${sha256}`;
}
/** `pkg:generic/<product>@<version>`: the update as a whole. */
function updateUri(report) {
    return `pkg:generic/${purlPart(report.package.product)}@${purlPart(report.package.toVersion)}`;
}
/**
 * An input digest's key as a URI reference: package files under the package directory; trust and
 * data files, and attestations fetched from GitHub (`github:`), by name only.
 */
function inputAttestation(report, key, sha256) {
    const prefixed = /^(trust|data|github):/.test(key);
    return {
        name: key,
        ...(prefixed ? {} : { uri: main.uriOf(path.posix.join(report.package.dir.replace(/\\/g, '/'), key)) }),
        digest: { sha256 }
    };
}
function buildVsa(report, toolVersion) {
    const r = report.result;
    const passed = r.decision !== 'reject';
    const artifacts = passed
        ? report.artifacts
            .filter((a) => a.matches && a.sha256 !== null)
            .map(a => ({
            name: a.name,
            sha256: a.sha256,
            resourceUri: artifactUri(report, a.name, a.sha256)
        }))
        : [];
    const byResult = (result) => r.configurations.filter(c => c.result === result);
    const statement = {
        _type: main.IN_TOTO_STATEMENT_V1,
        subject: artifacts.map(a => ({ name: a.name, digest: { sha256: a.sha256 } })),
        predicateType: VSA_PREDICATE_TYPE,
        predicate: {
            verifier: { id: VSA_VERIFIER_ID, version: { 'update-gate': toolVersion } },
            timeVerified: report.evaluationTime,
            // One resourceUri per statement: the approved artifact when there is one, else the update.
            resourceUri: artifacts.length === 1 ? artifacts[0].resourceUri : updateUri(report),
            policy: {
                name: report.policy.name,
                uri: report.policy.name === 'built-in' ? BUILT_IN_POLICY_URI : main.uriOf(report.policy.name),
                digest: { sha256: report.policy.sha256 }
            },
            inputAttestations: Object.entries(report.inputDigests).flatMap(([key, sha]) => sha === undefined ? [] : [inputAttestation(report, key, sha)]),
            verificationResult: passed ? 'PASSED' : 'FAILED',
            verifiedLevels: passed ? [`UPDATE_GATE_MATURITY_LEVEL_${r.maturity.level}`] : ['FAILED'],
            slsaVersion: '1.0',
            [VSA_EXTENSION]: {
                decision: r.decision,
                package: report.package,
                maturityLevel: r.maturity.level,
                configurations: {
                    approved: byResult('approved').map(c => c.id),
                    excluded: byResult('excluded').map(c => ({ id: c.id, exception: c.exception })),
                    rejected: byResult('rejected').map(c => c.id)
                },
                conditions: r.conditions,
                artifacts
            }
        }
    };
    // Held to the schema written from the specification before anything is emitted.
    main.validateOrThrow('verification-summary', statement, 'verification summary');
    return statement;
}
function renderVsa(report, toolVersion) {
    return `${JSON.stringify(buildVsa(report, toolVersion), null, 2)}\n`;
}

/** The package version (test/package-cli.test.ts checks it equals package.json's). */
const VERSION = '0.1.0';

/**
 * Keyless signing of the verification summary through Sigstore: an ephemeral key, a short-lived
 * certificate from Fulcio for the OIDC identity token passed in, the DSSE signature witnessed by
 * Rekor (and/or an RFC 3161 timestamp authority), packaged as a Sigstore bundle v0.3 (what
 * `cosign verify-blob-attestation --bundle`, `gh attestation verify --bundle` and @sigstore/verify
 * read). The endpoints are passed in, never assumed, so tests point them at stand-ins.
 *
 * Output plumbing only: it signs the exact bytes `--format vsa` prints (src/report/vsa.ts). This
 * module is loaded by a dynamic import only when keyless signing is asked for, so @sigstore/sign
 * and its HTTP stack cost nothing to a run that does not sign.
 */
/** Which step of keyless signing failed, from @sigstore/sign's error code. */
function stepOf(code, options) {
    const fields = options.fields ?? main.DEFAULT_FIELDS;
    switch (code) {
        case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
            return `the signing certificate from Fulcio (${fields.fulcio} ${options.fulcioUrl})`;
        case 'TLOG_CREATE_ENTRY_ERROR':
        case 'TLOG_FETCH_ENTRY_ERROR':
            return `the transparency log entry in Rekor (${fields.rekor} ${options.rekorUrl ?? ''})`;
        case 'TSA_CREATE_TIMESTAMP_ERROR':
            return `the timestamp (${fields.tsa} ${options.tsaUrl ?? ''})`;
        case 'IDENTITY_TOKEN_READ_ERROR':
        case 'IDENTITY_TOKEN_PARSE_ERROR':
            return `the OIDC identity token (${fields.token})`;
        default:
            return 'the Sigstore bundle';
    }
}
/** The error and its causes, one line: @sigstore/sign wraps the HTTP error as `cause`. */
function reasonOf(error) {
    const parts = [];
    for (let e = error, depth = 0; e !== undefined && depth < 4; depth++) {
        const line = main.messageOf(e).split('\n')[0] ?? '';
        if (line && !parts.includes(line))
            parts.push(line);
        e = e?.cause;
    }
    return parts.join(': ') || 'unknown error';
}
/**
 * Signs the statement bytes (`payload`, an in-toto Statement) keyless into a DSSE Sigstore bundle.
 * Any failure is a GateError naming the step (token, Fulcio, Rekor, timestamp) and the URL.
 */
async function signStatementKeyless(payload, options) {
    if (options.rekorUrl === null && !options.tsaUrl)
        throw new main.GateError('USAGE', 'keyless signing needs a transparency log (Rekor) or a timestamp authority: the signature must be witnessed after the certificate is issued', { field: (options.fields ?? main.DEFAULT_FIELDS).rekor });
    const timeout = options.timeoutMs ?? 15_000;
    const retry = options.retries ?? 2;
    let tokenError;
    const signer = new sign.FulcioSigner({
        fulcioBaseURL: options.fulcioUrl,
        identityProvider: {
            getToken: () => options.identityToken().catch((error) => {
                tokenError = error;
                throw error;
            })
        },
        timeout,
        retry
    });
    const witnesses = [];
    if (options.rekorUrl !== null)
        witnesses.push(new sign.RekorWitness({ rekorBaseURL: options.rekorUrl, timeout, retry }));
    if (options.tsaUrl)
        witnesses.push(new sign.TSAWitness({ tsaBaseURL: options.tsaUrl, timeout, retry }));
    try {
        const bundle = await new sign.DSSEBundleBuilder({ signer, witnesses }).create({
            data: payload,
            type: main.IN_TOTO_PAYLOAD_TYPE
        });
        return index.distExports.bundleToJSON(bundle);
    }
    catch (error) {
        if (error instanceof main.GateError)
            throw error;
        const code = error?.code;
        const step = tokenError !== undefined
            ? `the OIDC identity token (${(options.fields ?? main.DEFAULT_FIELDS).token})`
            : stepOf(code, options);
        throw new main.GateError('SIGNING', `keyless signing failed at ${step}: ${reasonOf(tokenError ?? error)}`);
    }
}
/** The verification summary (the bytes `--format vsa` prints), signed keyless: a Sigstore bundle. */
async function signVsaKeyless(report, toolVersion, options) {
    return signStatementKeyless(Buffer.from(renderVsa(report, toolVersion), 'utf8'), options);
}

/**
 * `attest: true`: each package the gate approved (approve or conditional) gets its verification
 * summary signed keyless with the job's GitHub OIDC token (audience `sigstore`) and stored with
 * GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`, as @actions/attest stores
 * them), so a deployment job can run
 * `gh attestation verify <artifact> --repo <owner>/<repo> --predicate-type https://slsa.dev/verification_summary/v1`.
 *
 * Not @actions/attest itself: it picks the Sigstore instance from the repository's visibility
 * with fixed URLs (no way to point Fulcio and Rekor at stand-ins), wraps its own statement around
 * a predicate object (the bytes would not be the summary `--format vsa` prints), and pins
 * @sigstore/sign 3 beside the 5 the CLI uses. The instance choice is the same as its: public
 * repositories use Sigstore's public-good Fulcio and Rekor, private and internal ones GitHub's own
 * Fulcio and timestamp authority (nothing written to the public log); the `fulcio-url`,
 * `rekor-url` and `timestamp-url` inputs replace that choice.
 *
 * Loaded by a dynamic import only when `attest` is true and a package was approved.
 */
/** The Sigstore instance: the inputs when given, else by the repository's visibility. */
function endpointsFor(inputs, visibility, serverUrl) {
    if (inputs.fulcioUrl || inputs.rekorUrl || inputs.timestampUrl) {
        return {
            instance: 'inputs',
            fulcioUrl: inputs.fulcioUrl || main.PUBLIC_GOOD_FULCIO_URL,
            rekorUrl: inputs.rekorUrl || null,
            tsaUrl: inputs.timestampUrl || null
        };
    }
    if (visibility === 'public')
        return {
            instance: 'public-good',
            fulcioUrl: main.PUBLIC_GOOD_FULCIO_URL,
            rekorUrl: main.PUBLIC_GOOD_REKOR_URL,
            tsaUrl: null
        };
    // github.com -> githubapp.com, as @actions/attest does; GHE.com hosts keep their own name.
    let host = new URL(serverUrl || 'https://github.com').hostname;
    if (host === 'github.com')
        host = 'githubapp.com';
    return {
        instance: 'github',
        fulcioUrl: `https://fulcio.${host}`,
        rekorUrl: null,
        tsaUrl: `https://timestamp.${host}`
    };
}
/**
 * The job's OIDC token for Fulcio, audience `sigstore`: the request `core.getIDToken('sigstore')`
 * makes (GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore with the bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, JSON `{ value }`), written with Node's fetch because calling
 * core.getIDToken would pull @actions/http-client and undici into the Action's start-up bundle
 * (about 1 MB more in dist/index-main.cjs). The token is masked in the log.
 */
async function jobToken() {
    const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        throw new main.GateError('SIGNING', 'the job has no OIDC token to request (no ACTIONS_ID_TOKEN_REQUEST_URL): give the workflow or job `permissions: id-token: write`', { field: 'input attest' });
    const request = `${url}${url.includes('?') ? '&' : '?'}audience=sigstore`;
    let last = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            const response = await fetch(request, {
                headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
                signal: AbortSignal.timeout(15_000)
            });
            if (response.ok) {
                const value = (await response.json())?.value;
                if (typeof value !== 'string' || value === '')
                    throw new main.GateError('SIGNING', 'the OIDC token service answered without a token');
                main.setSecret(value);
                return value;
            }
            last = `HTTP ${response.status}`;
            if (response.status < 500 && response.status !== 429)
                break;
        }
        catch (error) {
            if (error instanceof main.GateError)
                throw error;
            last = main.messageOf(error);
        }
    }
    throw new main.GateError('SIGNING', `the OIDC token request failed: ${last}`, {
        field: 'input attest'
    });
}
/** Signs one report's summary keyless and stores it; errors name the step. */
async function attestOne(label, report, index, options) {
    const { endpoints } = options;
    const bundle = await signVsaKeyless(report, VERSION, {
        fulcioUrl: endpoints.fulcioUrl,
        rekorUrl: endpoints.rekorUrl,
        tsaUrl: endpoints.tsaUrl,
        identityToken: jobToken,
        fields: {
            fulcio: 'input fulcio-url',
            rekor: 'input rekor-url',
            tsa: 'input timestamp-url',
            token: 'the job OIDC token, audience sigstore'
        }
    });
    const file = path.join(options.outDir, `update-gate-vsa-${index + 1}.sigstore.json`);
    await promises.writeFile(file, `${JSON.stringify(bundle, null, 2)}\n`);
    const response = await main.api(`POST /repos/${options.owner}/${options.repo}/attestations (storing the signed verification summary; needs permissions: attestations: write)`, () => options.client.request('POST /repos/{owner}/{repo}/attestations', {
        owner: options.owner,
        repo: options.repo,
        bundle: bundle
    }));
    const id = response.data?.id;
    return { package: label, id: typeof id === 'number' ? id : null, bundle: file };
}
/** Attests every approved or conditional report, in order; the first failure ends it. */
async function attestReports(reports, options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo)
        throw new main.GateError('SIGNING', 'GITHUB_REPOSITORY is not owner/repo: nowhere to store it', {
            field: 'input attest'
        });
    await promises.mkdir(options.outDir, { recursive: true });
    const done = [];
    for (const [i, { label, report }] of reports.entries()) {
        const attested = await attestOne(label, report, i, { ...options, owner, repo });
        main.info(`update-gate: attested ${label}: verification summary signed keyless (${options.endpoints.instance} Sigstore), attestation ${attested.id ?? '(no id)'}, bundle ${attested.bundle}`);
        done.push(attested);
    }
    return done;
}

exports.attestReports = attestReports;
exports.endpointsFor = endpointsFor;
