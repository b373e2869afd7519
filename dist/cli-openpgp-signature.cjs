(function (exports, require, module, __filename, __dirname) {
'use strict';

var openpgp = require('./cli-openpgp.cjs');
var cli = require('./cli-main.cjs');

/**
 * OpenPGP detached signatures (`gpg --armor --detach-sign`: a CSAF document's `.asc`, a vendor's
 * signed release file) over a file's exact bytes, tried against every OpenPGP key of the trust
 * configuration. Loaded (with OpenPGP.js) only when a package holds such a signature.
 */
/**
 * The fact of one armored OpenPGP signature over `message`, verified as of `evaluationTime`: a
 * signature made later than it, a hash OpenPGP.js refuses (MD5, RIPEMD-160, SHA-1) or a key (or
 * signing subkey) that was expired or revoked when it signed does not verify. Only signatures of
 * the document's bytes (type 0x00) count: a canonical-text signature (0x01) is over the text with
 * its line ends rewritten, not over the file. Keys are tried in id order; the first that verifies
 * one of the signatures wins. Whether that key may sign this is the policy's to decide.
 */
async function openPgpSignatureFact(source, message, armored, keys, evaluationTime) {
    // OpenPGP.js reads the first armored block of a text and ignores the rest.
    if (armored.split(cli.OPENPGP_SIGNATURE).length !== 2)
        return cli.unverified(source, 'holds more than one OpenPGP signature block; one file, one armor');
    let signature;
    try {
        signature = await openpgp.readSignature({ armoredSignature: armored });
    }
    catch (error) {
        return cli.unverified(source, `not a readable OpenPGP signature: ${cli.clip(cli.messageOf(error), 200)}`);
    }
    const packets = [...signature.packets];
    if (packets.length === 0)
        return cli.unverified(source, 'the OpenPGP armor holds no signature');
    if (packets.some(p => p.signatureType !== openpgp.enums.signature.binary)) {
        return cli.unverified(source, 'an OpenPGP signature that is not over the document bytes (type 0x00, gpg --detach-sign without --textmode)');
    }
    if (keys.length === 0)
        return cli.unverified(source, 'the trust configuration has no OpenPGP keys');
    const date = new Date(evaluationTime);
    let reason = 'no trusted OpenPGP key made this signature';
    for (const trusted of keys) {
        let result;
        try {
            result = await openpgp.verify({
                message: await openpgp.createMessage({ binary: message }),
                signature,
                verificationKeys: trusted.key,
                date,
                format: 'binary'
            });
        }
        catch (error) {
            // A signature the library can read but not check against this key: a failure like any other.
            reason = `OpenPGP key '${trusted.id}': ${cli.clip(cli.messageOf(error), 200)}`;
            continue;
        }
        for (const one of result.signatures) {
            // Only a key holding the signature's issuer key id says why it did not verify.
            if (trusted.key.getKeys(one.keyID).length === 0)
                continue;
            try {
                await one.verified;
                return {
                    source,
                    verified: true,
                    keyId: trusted.id,
                    keyFingerprint: trusted.fingerprint,
                    algorithm: 'openpgp',
                    reason: null
                };
            }
            catch (error) {
                reason = `OpenPGP key '${trusted.id}': ${cli.clip(cli.messageOf(error), 200)}`;
            }
        }
    }
    return cli.unverified(source, reason);
}

exports.openPgpSignatureFact = openPgpSignatureFact;
})
