'use strict';

var index = require('./cli-index2.cjs');
var sign = require('@sigstore/sign');
var cli = require('./cli-main.cjs');
require('node:fs/promises');
require('node:events');
require('node:path');
require('node:fs');
require('node:process');
require('node:os');
require('node:url');
require('node:stream/promises');
require('node:crypto');
require('process');
require('buffer');
require('node:stream');

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
    const fields = options.fields ?? cli.DEFAULT_FIELDS;
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
        const line = cli.messageOf(e).split('\n')[0] ?? '';
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
        throw new cli.GateError('USAGE', 'keyless signing needs a transparency log (Rekor) or a timestamp authority: the signature must be witnessed after the certificate is issued', { field: (options.fields ?? cli.DEFAULT_FIELDS).rekor });
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
            type: cli.IN_TOTO_PAYLOAD_TYPE
        });
        return index.distExports.bundleToJSON(bundle);
    }
    catch (error) {
        if (error instanceof cli.GateError)
            throw error;
        const code = error?.code;
        const step = tokenError !== undefined
            ? `the OIDC identity token (${(options.fields ?? cli.DEFAULT_FIELDS).token})`
            : stepOf(code, options);
        throw new cli.GateError('SIGNING', `keyless signing failed at ${step}: ${reasonOf(tokenError ?? error)}`);
    }
}
/** The verification summary (the bytes `--format vsa` prints), signed keyless: a Sigstore bundle. */
async function signVsaKeyless(report, toolVersion, options) {
    return signStatementKeyless(Buffer.from(cli.renderVsa(report, toolVersion), 'utf8'), options);
}
async function renderKeylessVsa(report, toolVersion, options) {
    return `${JSON.stringify(await signVsaKeyless(report, toolVersion, options), null, 2)}\n`;
}

exports.renderKeylessVsa = renderKeylessVsa;
exports.signStatementKeyless = signStatementKeyless;
exports.signVsaKeyless = signVsaKeyless;
