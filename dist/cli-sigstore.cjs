(function (exports, require, module, __filename, __dirname) {
'use strict';

var node_crypto = require('node:crypto');
var index = require('./cli-index2.cjs');
var require$$0 = require('util');
var cli = require('./cli-main.cjs');
require('crypto');
require('node:fs');
require('node:util');
require('node:events');
require('node:path');
require('node:process');
require('node:os');
require('node:url');
require('node:stream/promises');
require('process');
require('buffer');
require('node:stream');

var distExports$2 = index.requireDist();

var distExports$1 = index.requireDist$2();

var dist = {};

var bundle = {};

var dsse$1 = {};

var hasRequiredDsse$1;

function requireDsse$1 () {
	if (hasRequiredDsse$1) return dsse$1;
	hasRequiredDsse$1 = 1;
	Object.defineProperty(dsse$1, "__esModule", { value: true });
	dsse$1.DSSESignatureContent = void 0;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	class DSSESignatureContent {
	    env;
	    constructor(env) {
	        this.env = env;
	    }
	    compareDigest(digest) {
	        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.env.payload));
	    }
	    // For a DSSE envelope the signature is computed over the pre-authentication
	    // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
	    // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
	    compareSignedDigest(digest) {
	        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.preAuthEncoding));
	    }
	    compareSignature(signature) {
	        return core_1.crypto.bufferEqual(signature, this.signature);
	    }
	    verifySignature(key) {
	        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
	    }
	    get signature() {
	        return this.env.signatures.length > 0
	            ? this.env.signatures[0].sig
	            : Buffer.from('');
	    }
	    // DSSE Pre-Authentication Encoding
	    get preAuthEncoding() {
	        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
	    }
	}
	dsse$1.DSSESignatureContent = DSSESignatureContent;
	return dsse$1;
}

var message = {};

var hasRequiredMessage;

function requireMessage () {
	if (hasRequiredMessage) return message;
	hasRequiredMessage = 1;
	Object.defineProperty(message, "__esModule", { value: true });
	message.MessageSignatureContent = void 0;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const protobuf_specs_1 = index.requireDist$2();
	// Map from the Sigstore protobuf HashAlgorithm enum to
	// the string values used by the Node.js crypto module.
	const HASH_ALGORITHM_MAP = {
	    [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
	    [protobuf_specs_1.HashAlgorithm.SHA2_256]: 'sha256',
	    [protobuf_specs_1.HashAlgorithm.SHA2_384]: 'sha384',
	    [protobuf_specs_1.HashAlgorithm.SHA2_512]: 'sha512',
	    [protobuf_specs_1.HashAlgorithm.SHA3_256]: 'sha3-256',
	    [protobuf_specs_1.HashAlgorithm.SHA3_384]: 'sha3-384',
	};
	class MessageSignatureContent {
	    signature;
	    messageDigest;
	    artifact;
	    hashAlgorithm;
	    constructor(messageSignature, artifact) {
	        this.signature = messageSignature.signature;
	        this.messageDigest = messageSignature.messageDigest.digest;
	        this.artifact = artifact;
	        this.hashAlgorithm =
	            HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ??
	                /* istanbul ignore next */ 'sha256';
	    }
	    compareSignature(signature) {
	        return core_1.crypto.bufferEqual(signature, this.signature);
	    }
	    compareDigest(digest) {
	        return core_1.crypto.bufferEqual(digest, this.messageDigest);
	    }
	    // For a message signature the signature is computed over the artifact, so the
	    // digest of the signed bytes is the artifact's message digest.
	    compareSignedDigest(digest) {
	        return this.compareDigest(digest);
	    }
	    verifySignature(key) {
	        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
	    }
	}
	message.MessageSignatureContent = MessageSignatureContent;
	return message;
}

var hasRequiredBundle;

function requireBundle () {
	if (hasRequiredBundle) return bundle;
	hasRequiredBundle = 1;
	Object.defineProperty(bundle, "__esModule", { value: true });
	bundle.toSignedEntity = toSignedEntity;
	bundle.signatureContent = signatureContent;
	const core_1 = index.requireDist();
	const dsse_1 = requireDsse$1();
	const message_1 = requireMessage();
	function toSignedEntity(bundle, artifact) {
	    const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
	    const timestamps = [];
	    for (const entry of tlogEntries) {
	        if (entry.integratedTime && entry.integratedTime !== '0') {
	            timestamps.push({
	                $case: 'transparency-log',
	                tlogEntry: entry,
	            });
	        }
	    }
	    for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
	        timestamps.push({
	            $case: 'timestamp-authority',
	            timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)),
	        });
	    }
	    return {
	        signature: signatureContent(bundle, artifact),
	        key: key(bundle),
	        tlogEntries,
	        timestamps,
	    };
	}
	function signatureContent(bundle, artifact) {
	    switch (bundle.content.$case) {
	        case 'dsseEnvelope':
	            return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
	        case 'messageSignature':
	            return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
	    }
	}
	function key(bundle) {
	    switch (bundle.verificationMaterial.content.$case) {
	        case 'publicKey':
	            return {
	                $case: 'public-key',
	                hint: bundle.verificationMaterial.content.publicKey.hint,
	            };
	        case 'x509CertificateChain':
	            return {
	                $case: 'certificate',
	                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain
	                    .certificates[0].rawBytes)),
	            };
	        case 'certificate':
	            return {
	                $case: 'certificate',
	                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes)),
	            };
	    }
	}
	return bundle;
}

var error = {};

var hasRequiredError;

function requireError () {
	if (hasRequiredError) return error;
	hasRequiredError = 1;
	Object.defineProperty(error, "__esModule", { value: true });
	error.PolicyError = error.VerificationError = void 0;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	class BaseError extends Error {
	    code;
	    cause; /* eslint-disable-line @typescript-eslint/no-explicit-any */
	    constructor({ code, message, cause, }) {
	        super(message);
	        this.code = code;
	        this.cause = cause;
	        this.name = this.constructor.name;
	    }
	}
	class VerificationError extends BaseError {
	}
	error.VerificationError = VerificationError;
	class PolicyError extends BaseError {
	}
	error.PolicyError = PolicyError;
	return error;
}

var trust = {};

var filter = {};

var hasRequiredFilter;

function requireFilter () {
	if (hasRequiredFilter) return filter;
	hasRequiredFilter = 1;
	Object.defineProperty(filter, "__esModule", { value: true });
	filter.filterCertAuthorities = filterCertAuthorities;
	filter.filterTLogAuthorities = filterTLogAuthorities;
	function filterCertAuthorities(certAuthorities, timestamp) {
	    return certAuthorities.filter((ca) => {
	        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
	    });
	}
	// Filter the list of tlog instances to only those which match the given log
	// ID and have public keys which are valid for the given integrated time.
	function filterTLogAuthorities(tlogAuthorities, criteria) {
	    return tlogAuthorities.filter((tlog) => {
	        // If we're filtering by log ID and the log IDs don't match, we can't use
	        // this tlog
	        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
	            return false;
	        }
	        // Check that the integrated time is within the validFor range
	        return (tlog.validFor.start <= criteria.targetDate &&
	            criteria.targetDate <= tlog.validFor.end);
	    });
	}
	return filter;
}

var hasRequiredTrust;

function requireTrust () {
	if (hasRequiredTrust) return trust;
	hasRequiredTrust = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
		exports.toTrustMaterial = toTrustMaterial;
		/*
		Copyright 2023 The Sigstore Authors.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		    http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.
		*/
		const core_1 = index.requireDist();
		const protobuf_specs_1 = index.requireDist$2();
		const error_1 = requireError();
		const BEGINNING_OF_TIME = new Date(0);
		const END_OF_TIME = new Date(8640000000000000);
		var filter_1 = requireFilter();
		Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: function () { return filter_1.filterCertAuthorities; } });
		Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: function () { return filter_1.filterTLogAuthorities; } });
		function toTrustMaterial(root, keys) {
		    const keyFinder = typeof keys === 'function' ? keys : keyLocator(keys);
		    return {
		        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
		        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
		        tlogs: root.tlogs.map(createTLogAuthority),
		        ctlogs: root.ctlogs.map(createTLogAuthority),
		        publicKey: keyFinder,
		    };
		}
		function createTLogAuthority(tlogInstance) {
		    const keyDetails = tlogInstance.publicKey.keyDetails;
		    const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 ||
		        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 ||
		        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 ||
		        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 ||
		        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
		        ? 'pkcs1'
		        : 'spki';
		    /* istanbul ignore next */
		    return {
		        baseURL: tlogInstance.baseUrl,
		        logID: tlogInstance.checkpointKeyId
		            ? tlogInstance.checkpointKeyId.keyId
		            : tlogInstance.logId.keyId,
		        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
		        validFor: {
		            start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
		            end: tlogInstance.publicKey.validFor?.end || END_OF_TIME,
		        },
		    };
		}
		function createCertAuthority(ca) {
		    /* istanbul ignore next */
		    return {
		        certChain: ca.certChain.certificates.map((cert) => {
		            return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
		        }),
		        validFor: {
		            start: ca.validFor?.start || BEGINNING_OF_TIME,
		            end: ca.validFor?.end || END_OF_TIME,
		        },
		    };
		}
		function keyLocator(keys) {
		    return (hint) => {
		        const key = (keys || {})[hint];
		        if (!key) {
		            throw new error_1.VerificationError({
		                code: 'PUBLIC_KEY_ERROR',
		                message: `key not found: ${hint}`,
		            });
		        }
		        return {
		            publicKey: core_1.crypto.createPublicKey(key.rawBytes),
		            validFor: (date) => {
		                /* istanbul ignore next */
		                return ((key.validFor?.start || BEGINNING_OF_TIME) <= date &&
		                    (key.validFor?.end || END_OF_TIME) >= date);
		            },
		        };
		    };
		} 
	} (trust));
	return trust;
}

var verifier = {};

var key = {};

var certificate = {};

var hasRequiredCertificate;

function requireCertificate () {
	if (hasRequiredCertificate) return certificate;
	hasRequiredCertificate = 1;
	Object.defineProperty(certificate, "__esModule", { value: true });
	certificate.CertificateChainVerifier = void 0;
	certificate.verifyCertificateChain = verifyCertificateChain;
	const error_1 = requireError();
	const trust_1 = requireTrust();
	function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
	    // Filter list of trusted CAs to those which are valid for the given
	    // timestamp
	    const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
	    /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
	    let error;
	    for (const ca of cas) {
	        try {
	            const verifier = new CertificateChainVerifier({
	                trustedCerts: ca.certChain,
	                untrustedCert: leaf,
	                timestamp,
	            });
	            return verifier.verify();
	        }
	        catch (err) {
	            error = err;
	        }
	    }
	    // If we failed to verify the certificate chain for all of the trusted
	    // CAs, throw the last error we encountered.
	    throw new error_1.VerificationError({
	        code: 'CERTIFICATE_ERROR',
	        message: 'Failed to verify certificate chain',
	        cause: error,
	    });
	}
	class CertificateChainVerifier {
	    untrustedCert;
	    trustedCerts;
	    localCerts;
	    timestamp;
	    constructor(opts) {
	        this.untrustedCert = opts.untrustedCert;
	        this.trustedCerts = opts.trustedCerts;
	        this.localCerts = dedupeCertificates([
	            ...opts.trustedCerts,
	            opts.untrustedCert,
	        ]);
	        this.timestamp = opts.timestamp;
	    }
	    verify() {
	        // Construct certificate path from leaf to root
	        const certificatePath = this.sort();
	        // Perform validation checks on each certificate in the path
	        this.checkPath(certificatePath);
	        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
	        if (!validForDate) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'certificate is not valid or expired at the specified date',
	            });
	        }
	        // Return verified certificate path
	        return certificatePath;
	    }
	    sort() {
	        const leafCert = this.untrustedCert;
	        // Construct all possible paths from the leaf
	        let paths = this.buildPaths(leafCert);
	        // Filter for paths which contain a trusted certificate
	        paths = paths.filter((path) => path.some((cert) => this.trustedCerts.includes(cert)));
	        if (paths.length === 0) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'no trusted certificate path found',
	            });
	        }
	        // Find the shortest of possible paths
	        /* istanbul ignore next */
	        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
	        // Construct chain from shortest path
	        // Removes the last certificate in the path, which will be a second copy
	        // of the root certificate given that the root is self-signed.
	        return [leafCert, ...path].slice(0, -1);
	    }
	    // Recursively build all possible paths from the leaf to the root
	    buildPaths(certificate) {
	        const paths = [];
	        const issuers = this.findIssuer(certificate);
	        if (issuers.length === 0) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'no valid certificate path found',
	            });
	        }
	        for (let i = 0; i < issuers.length; i++) {
	            const issuer = issuers[i];
	            // Base case - issuer is self
	            if (issuer.equals(certificate)) {
	                paths.push([certificate]);
	                continue;
	            }
	            // Recursively build path for the issuer
	            const subPaths = this.buildPaths(issuer);
	            // Construct paths by appending the issuer to each subpath
	            for (let j = 0; j < subPaths.length; j++) {
	                paths.push([issuer, ...subPaths[j]]);
	            }
	        }
	        return paths;
	    }
	    // Return all possible issuers for the given certificate
	    findIssuer(certificate) {
	        let issuers = [];
	        let keyIdentifier;
	        // Exit early if the certificate is self-signed
	        if (certificate.subject.equals(certificate.issuer)) {
	            if (certificate.verify()) {
	                return [certificate];
	            }
	        }
	        // If the certificate has an authority key identifier, use that
	        // to find the issuer
	        if (certificate.extAuthorityKeyID) {
	            keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
	            // TODO: Add support for authorityCertIssuer/authorityCertSerialNumber
	            // though Fulcio doesn't appear to use these
	        }
	        // Find possible issuers by comparing the authorityKeyID/subjectKeyID
	        // or issuer/subject. Potential issuers are added to the result array.
	        this.localCerts.forEach((possibleIssuer) => {
	            if (keyIdentifier) {
	                /* istanbul ignore else */
	                if (possibleIssuer.extSubjectKeyID) {
	                    if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
	                        issuers.push(possibleIssuer);
	                    }
	                    return;
	                }
	            }
	            // Fallback to comparing certificate issuer and subject if
	            // subjectKey/authorityKey extensions are not present
	            if (possibleIssuer.subject.equals(certificate.issuer)) {
	                issuers.push(possibleIssuer);
	            }
	        });
	        // Remove any issuers which fail to verify the certificate
	        issuers = issuers.filter((issuer) => {
	            try {
	                return certificate.verify(issuer);
	            }
	            catch (ex) {
	                /* istanbul ignore next - should never error */
	                return false;
	            }
	        });
	        return issuers;
	    }
	    checkPath(path) {
	        /* istanbul ignore if */
	        if (path.length < 1) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'certificate chain must contain at least one certificate',
	            });
	        }
	        // Ensure that all certificates beyond the leaf are CAs
	        const validCAs = path.slice(1).every((cert) => cert.isCA);
	        if (!validCAs) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'intermediate certificate is not a CA',
	            });
	        }
	        // Certificate's issuer must match the subject of the next certificate
	        // in the chain
	        for (let i = path.length - 2; i >= 0; i--) {
	            /* istanbul ignore if */
	            if (!path[i].issuer.equals(path[i + 1].subject)) {
	                throw new error_1.VerificationError({
	                    code: 'CERTIFICATE_ERROR',
	                    message: 'incorrect certificate name chaining',
	                });
	            }
	        }
	        // Check pathlength constraints
	        for (let i = 0; i < path.length; i++) {
	            const cert = path[i];
	            // If the certificate is a CA, check the path length
	            if (cert.extBasicConstraints?.isCA) {
	                const pathLength = cert.extBasicConstraints.pathLenConstraint;
	                // The path length, if set, indicates how many intermediate
	                // certificates (NOT including the leaf) are allowed to follow. The
	                // pathLength constraint of any intermediate CA certificate MUST be
	                // greater than or equal to it's own depth in the chain (with an
	                // adjustment for the leaf certificate)
	                if (pathLength !== undefined && pathLength < i - 1) {
	                    throw new error_1.VerificationError({
	                        code: 'CERTIFICATE_ERROR',
	                        message: 'path length constraint exceeded',
	                    });
	                }
	            }
	        }
	    }
	}
	certificate.CertificateChainVerifier = CertificateChainVerifier;
	// Remove duplicate certificates from the array
	function dedupeCertificates(certs) {
	    for (let i = 0; i < certs.length; i++) {
	        for (let j = i + 1; j < certs.length; j++) {
	            if (certs[i].equals(certs[j])) {
	                certs.splice(j, 1);
	                j--;
	            }
	        }
	    }
	    return certs;
	}
	return certificate;
}

var sct = {};

var hasRequiredSct;

function requireSct () {
	if (hasRequiredSct) return sct;
	hasRequiredSct = 1;
	Object.defineProperty(sct, "__esModule", { value: true });
	sct.verifySCTs = verifySCTs;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const error_1 = requireError();
	const trust_1 = requireTrust();
	function verifySCTs(cert, issuer, ctlogs) {
	    let extSCT;
	    // Verifying the SCT requires that we remove the SCT extension and
	    // re-encode the TBS structure to DER -- this value is part of the data
	    // over which the signature is calculated. Since this is a destructive action
	    // we create a copy of the certificate so we can remove the SCT extension
	    // without affecting the original certificate.
	    const clone = cert.clone();
	    // Intentionally not using the findExtension method here because we want to
	    // remove the the SCT extension from the certificate before calculating the
	    // PreCert structure
	    for (let i = 0; i < clone.extensions.length; i++) {
	        const ext = clone.extensions[i];
	        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
	            extSCT = new core_1.X509SCTExtension(ext);
	            // Remove the extension from the certificate
	            clone.extensions.splice(i, 1);
	            break;
	        }
	    }
	    // No SCT extension found to verify
	    if (!extSCT) {
	        return [];
	    }
	    // Found an SCT extension but it has no SCTs
	    /* istanbul ignore if -- too difficult to fabricate test case for this */
	    if (extSCT.signedCertificateTimestamps.length === 0) {
	        return [];
	    }
	    // Construct the PreCert structure
	    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
	    const preCert = new core_1.ByteStream();
	    // Calculate hash of the issuer's public key
	    const issuerId = core_1.crypto.digest('sha256', issuer.publicKey);
	    preCert.appendView(issuerId);
	    // Re-encodes the certificate to DER after removing the SCT extension
	    const tbs = clone.tbsCertificate.toDER();
	    preCert.appendUint24(tbs.length);
	    preCert.appendView(tbs);
	    // Calculate and return the verification results for each SCT
	    return extSCT.signedCertificateTimestamps.map((sct) => {
	        // Find the ctlog instance that corresponds to the SCT's logID
	        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
	            logID: sct.logID,
	            targetDate: sct.datetime,
	        });
	        // See if the SCT is valid for any of the CT logs
	        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
	        if (!verified) {
	            throw new error_1.VerificationError({
	                code: 'CERTIFICATE_ERROR',
	                message: 'SCT verification failed',
	            });
	        }
	        return sct.logID;
	    });
	}
	return sct;
}

var hasRequiredKey;

function requireKey () {
	if (hasRequiredKey) return key;
	hasRequiredKey = 1;
	Object.defineProperty(key, "__esModule", { value: true });
	key.verifyPublicKey = verifyPublicKey;
	key.verifyCertificate = verifyCertificate;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const error_1 = requireError();
	const certificate_1 = requireCertificate();
	const sct_1 = requireSct();
	const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
	const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
	function verifyPublicKey(hint, timestamps, trustMaterial) {
	    const key = trustMaterial.publicKey(hint);
	    timestamps.forEach((timestamp) => {
	        if (!key.validFor(timestamp)) {
	            throw new error_1.VerificationError({
	                code: 'PUBLIC_KEY_ERROR',
	                message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`,
	            });
	        }
	    });
	    return { key: key.publicKey };
	}
	function verifyCertificate(leaf, timestamps, trustMaterial) {
	    // Check that leaf certificate chains to a trusted CA
	    let path = [];
	    timestamps.forEach((timestamp) => {
	        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
	    });
	    return {
	        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
	        signer: getSigner(path[0]),
	    };
	}
	function getSigner(cert) {
	    let issuer;
	    const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
	    /* istanbul ignore next */
	    if (issuerExtension) {
	        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString('ascii');
	    }
	    else {
	        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii');
	    }
	    const oids = cert.extensions.map((ext) => {
	        const oid = ext.subs[0].toOID();
	        return {
	            oid: { id: oid.split('.').map(Number) },
	            value: ext.subs[ext.subs.length - 1].value,
	        };
	    });
	    const identity = {
	        extensions: { issuer },
	        subjectAlternativeName: cert.subjectAltName,
	        oids,
	    };
	    return {
	        key: core_1.crypto.createPublicKey(cert.publicKey),
	        identity,
	    };
	}
	return key;
}

var policy = {};

var hasRequiredPolicy;

function requirePolicy () {
	if (hasRequiredPolicy) return policy;
	hasRequiredPolicy = 1;
	Object.defineProperty(policy, "__esModule", { value: true });
	policy.verifySubjectAlternativeName = verifySubjectAlternativeName;
	policy.verifyExtensions = verifyExtensions;
	policy.verifyOIDs = verifyOIDs;
	const error_1 = requireError();
	// Verifies that the signer's SAN matches the policy identity. The
	// policyIdentity is treated as a JavaScript regular expression pattern and
	// tested against the full signerIdentity string. For exact matching, use
	// anchored patterns (e.g. '^user@example\\.com$').
	function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
	    if (signerIdentity === undefined || !signerIdentity.match(policyIdentity)) {
	        throw new error_1.PolicyError({
	            code: 'UNTRUSTED_SIGNER_ERROR',
	            message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`,
	        });
	    }
	}
	function verifyExtensions(policyExtensions, signerExtensions = {}) {
	    let key;
	    for (key in policyExtensions) {
	        if (signerExtensions[key] !== policyExtensions[key]) {
	            throw new error_1.PolicyError({
	                code: 'UNTRUSTED_SIGNER_ERROR',
	                message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`,
	            });
	        }
	    }
	}
	function verifyOIDs(policyOIDs, signerOIDs = []) {
	    for (const policyOID of policyOIDs) {
	        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) &&
	            policyOID.value.equals(signerOID.value));
	        if (!match) {
	            const oid = policyOID.oid?.id.join('.') ?? '<unknown>';
	            throw new error_1.PolicyError({
	                code: 'UNTRUSTED_SIGNER_ERROR',
	                message: `invalid certificate extension - missing OID ${oid}`,
	            });
	        }
	    }
	}
	function oidEquals(a, b) {
	    if (a === undefined || b === undefined) {
	        return false;
	    }
	    return a.length === b.length && a.every((v, i) => v === b[i]);
	}
	return policy;
}

var timestamp$1 = {};

var tsa = {};

var hasRequiredTsa;

function requireTsa () {
	if (hasRequiredTsa) return tsa;
	hasRequiredTsa = 1;
	Object.defineProperty(tsa, "__esModule", { value: true });
	tsa.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
	const core_1 = index.requireDist();
	const error_1 = requireError();
	const certificate_1 = requireCertificate();
	const trust_1 = requireTrust();
	function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
	    const signingTime = timestamp.signingTime;
	    // Filter for CAs which were valid at the time of signing
	    timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
	    // Filter for CAs which match serial and issuer embedded in the timestamp
	    timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
	        serialNumber: timestamp.signerSerialNumber,
	        issuer: timestamp.signerIssuer,
	    });
	    // Check that we can verify the timestamp with AT LEAST ONE of the remaining
	    // CAs
	    const verified = timestampAuthorities.some((ca) => {
	        try {
	            verifyTimestampForCA(timestamp, data, ca);
	            return true;
	        }
	        catch (e) {
	            return false;
	        }
	    });
	    if (!verified) {
	        throw new error_1.VerificationError({
	            code: 'TIMESTAMP_ERROR',
	            message: 'timestamp could not be verified',
	        });
	    }
	}
	function verifyTimestampForCA(timestamp, data, ca) {
	    const [leaf, ...cas] = ca.certChain;
	    const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
	    const signingTime = timestamp.signingTime;
	    // Verify the certificate chain for the provided CA
	    try {
	        new certificate_1.CertificateChainVerifier({
	            untrustedCert: leaf,
	            trustedCerts: cas,
	            timestamp: signingTime,
	        }).verify();
	    }
	    catch (e) {
	        throw new error_1.VerificationError({
	            code: 'TIMESTAMP_ERROR',
	            message: 'invalid certificate chain',
	        });
	    }
	    // Check that the signing certificate's key can be used to verify the
	    // timestamp signature.
	    timestamp.verify(data, signingKey);
	}
	// Filters the list of CAs to those which have a leaf signing certificate which
	// matches the given serial number and issuer.
	function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
	    return timestampAuthorities.filter((ca) => ca.certChain.length > 0 &&
	        core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) &&
	        core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
	}
	return tsa;
}

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp$1;
	hasRequiredTimestamp = 1;
	Object.defineProperty(timestamp$1, "__esModule", { value: true });
	timestamp$1.getTSATimestamp = getTSATimestamp;
	timestamp$1.getTLogTimestamp = getTLogTimestamp;
	const tsa_1 = requireTsa();
	function getTSATimestamp(timestamp, data, timestampAuthorities) {
	    (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
	    return {
	        type: 'timestamp-authority',
	        logID: timestamp.signerSerialNumber,
	        timestamp: timestamp.signingTime,
	    };
	}
	function getTLogTimestamp(entry) {
	    // Only entries with an inclusion promise provide a verifiable timestamp
	    if (!entry.inclusionPromise) {
	        return undefined;
	    }
	    return {
	        type: 'transparency-log',
	        logID: entry.logId.keyId,
	        timestamp: new Date(Number(entry.integratedTime) * 1000),
	    };
	}
	return timestamp$1;
}

var tlog = {};

var dsse = {};

var hasRequiredDsse;

function requireDsse () {
	if (hasRequiredDsse) return dsse;
	hasRequiredDsse = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.DSSE_API_VERSION_V1 = void 0;
		exports.verifyDSSETLogBody = verifyDSSETLogBody;
		exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
		/*
		Copyright 2025 The Sigstore Authors.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		    http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.
		*/
		const error_1 = requireError();
		exports.DSSE_API_VERSION_V1 = '0.0.1';
		// Compare the given dsse tlog entry to the given bundle
		function verifyDSSETLogBody(tlogEntry, content) {
		    switch (tlogEntry.apiVersion) {
		        case exports.DSSE_API_VERSION_V1:
		            return verifyDSSE001TLogBody(tlogEntry, content);
		        default:
		            throw new error_1.VerificationError({
		                code: 'TLOG_BODY_ERROR',
		                message: `unsupported dsse version: ${tlogEntry.apiVersion}`,
		            });
		    }
		}
		// Compare the given dsse tlog entry to the given bundle. This function is
		// specifically for Rekor V2 entries.
		function verifyDSSETLogBodyV2(tlogEntry, content) {
		    const spec = tlogEntry.spec?.spec;
		    if (!spec) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: `missing dsse spec`,
		        });
		    }
		    switch (spec.$case) {
		        case 'dsseV002':
		            return verifyDSSE002TLogBody(spec.dsseV002, content);
		        default:
		            throw new error_1.VerificationError({
		                code: 'TLOG_BODY_ERROR',
		                message: `unsupported version: ${spec.$case}`,
		            });
		    }
		}
		// Compare the given dsse v0.0.1 tlog entry to the given DSSE envelope.
		function verifyDSSE001TLogBody(tlogEntry, content) {
		    // Ensure the bundle's DSSE only contains a single signature
		    if (tlogEntry.spec.signatures?.length !== 1) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'signature count mismatch',
		        });
		    }
		    const tlogSig = tlogEntry.spec.signatures[0].signature;
		    // Ensure that the signature in the bundle's DSSE matches tlog entry
		    if (!content.compareSignature(Buffer.from(tlogSig, 'base64')))
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'tlog entry signature mismatch',
		        });
		    // Ensure the digest of the bundle's DSSE payload matches the digest in the
		    // tlog entry
		    const tlogHash = tlogEntry.spec.payloadHash?.value || '';
		    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'DSSE payload hash mismatch',
		        });
		    }
		}
		// Compare the given dsse v0.0.2 tlog entry to the given DSSE envelope.
		function verifyDSSE002TLogBody(spec, content) {
		    // Ensure the bundle's DSSE only contains a single signature
		    if (spec.signatures?.length !== 1) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'signature count mismatch',
		        });
		    }
		    const tlogSig = spec.signatures[0].content;
		    // Ensure that the signature in the bundle's DSSE matches tlog entry
		    if (!content.compareSignature(tlogSig))
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'tlog entry signature mismatch',
		        });
		    // Ensure the digest of the bundle's DSSE payload matches the digest in the
		    // tlog entry
		    const tlogHash = spec.payloadHash?.digest || Buffer.from('');
		    if (!content.compareDigest(tlogHash)) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'DSSE payload hash mismatch',
		        });
		    }
		} 
	} (dsse));
	return dsse;
}

var hashedrekord = {};

var hasRequiredHashedrekord;

function requireHashedrekord () {
	if (hasRequiredHashedrekord) return hashedrekord;
	hasRequiredHashedrekord = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.HASHEDREKORD_API_VERSION_V1 = void 0;
		exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
		exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
		/*
		Copyright 2025 The Sigstore Authors.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		    http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.
		*/
		const error_1 = requireError();
		exports.HASHEDREKORD_API_VERSION_V1 = '0.0.1';
		// Compare the given hashedrekord tlog entry to the given bundle
		function verifyHashedRekordTLogBody(tlogEntry, content) {
		    switch (tlogEntry.apiVersion) {
		        case exports.HASHEDREKORD_API_VERSION_V1:
		            return verifyHashedrekord001TLogBody(tlogEntry, content);
		        default:
		            throw new error_1.VerificationError({
		                code: 'TLOG_BODY_ERROR',
		                message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`,
		            });
		    }
		}
		// Compare the given hashedrekor tlog entry to the given bundle. This function is
		// specifically for Rekor V2 entries.
		function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
		    const spec = tlogEntry.spec?.spec;
		    if (!spec) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: `missing dsse spec`,
		        });
		    }
		    switch (spec.$case) {
		        case 'hashedRekordV002':
		            return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
		        default:
		            throw new error_1.VerificationError({
		                code: 'TLOG_BODY_ERROR',
		                message: `unsupported version: ${spec.$case}`,
		            });
		    }
		}
		// Compare the given hashedrekord v0.0.1 tlog entry to the given message
		// signature
		function verifyHashedrekord001TLogBody(tlogEntry, content) {
		    // Ensure that the bundles message signature matches the tlog entry
		    const tlogSig = tlogEntry.spec.signature.content || '';
		    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'signature mismatch',
		        });
		    }
		    // Ensure that the bundle's signed digest matches the tlog entry
		    const tlogDigest = tlogEntry.spec.data.hash?.value || '';
		    if (!content.compareSignedDigest(Buffer.from(tlogDigest, 'hex'))) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'digest mismatch',
		        });
		    }
		}
		// Compare the given hashedrekord v0.0.2 tlog entry to the given message
		// signature
		function verifyHashedrekord002TLogBody(spec, content) {
		    // Ensure that the bundles message signature matches the tlog entry
		    const tlogSig = spec.signature?.content || Buffer.from('');
		    if (!content.compareSignature(tlogSig)) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'signature mismatch',
		        });
		    }
		    // Ensure that the bundle's signed digest matches the tlog entry
		    const tlogHash = spec.data?.digest || Buffer.from('');
		    if (!content.compareSignedDigest(tlogHash)) {
		        throw new error_1.VerificationError({
		            code: 'TLOG_BODY_ERROR',
		            message: 'digest mismatch',
		        });
		    }
		} 
	} (hashedrekord));
	return hashedrekord;
}

var intoto = {};

var hasRequiredIntoto;

function requireIntoto () {
	if (hasRequiredIntoto) return intoto;
	hasRequiredIntoto = 1;
	Object.defineProperty(intoto, "__esModule", { value: true });
	intoto.verifyIntotoTLogBody = verifyIntotoTLogBody;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const error_1 = requireError();
	// Compare the given intoto tlog entry to the given bundle
	function verifyIntotoTLogBody(tlogEntry, content) {
	    switch (tlogEntry.apiVersion) {
	        case '0.0.2':
	            return verifyIntoto002TLogBody(tlogEntry, content);
	        default:
	            throw new error_1.VerificationError({
	                code: 'TLOG_BODY_ERROR',
	                message: `unsupported intoto version: ${tlogEntry.apiVersion}`,
	            });
	    }
	}
	// Compare the given intoto v0.0.2 tlog entry to the given DSSE envelope.
	function verifyIntoto002TLogBody(tlogEntry, content) {
	    // Ensure the bundle's DSSE contains a single signature
	    if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_BODY_ERROR',
	            message: 'signature count mismatch',
	        });
	    }
	    // Signature is double-base64-encoded in the tlog entry
	    const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
	    // Ensure that the signature in the bundle's DSSE matches tlog entry
	    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_BODY_ERROR',
	            message: 'tlog entry signature mismatch',
	        });
	    }
	    // Ensure the digest of the bundle's DSSE payload matches the digest in the
	    // tlog entry
	    const tlogHash = tlogEntry.spec.content.payloadHash?.value || '';
	    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_BODY_ERROR',
	            message: 'DSSE payload hash mismatch',
	        });
	    }
	}
	function base64Decode(str) {
	    return Buffer.from(str, 'base64').toString('utf-8');
	}
	return intoto;
}

var checkpoint = {};

var hasRequiredCheckpoint;

function requireCheckpoint () {
	if (hasRequiredCheckpoint) return checkpoint;
	hasRequiredCheckpoint = 1;
	Object.defineProperty(checkpoint, "__esModule", { value: true });
	checkpoint.LogCheckpoint = void 0;
	checkpoint.verifyCheckpoint = verifyCheckpoint;
	/*
	Copyright 2025 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const error_1 = requireError();
	// Separator between the note and the signatures in a checkpoint
	const CHECKPOINT_SEPARATOR = '\n\n';
	// Checkpoint signatures are of the following form:
	// "\u2013 <identity> <key_hint+signature_bytes>\n"
	// where:
	// - the prefix is an emdash (U+2014).
	// - <identity> gives a human-readable representation of the signing ID.
	// - <key_hint+signature_bytes> is the first 4 bytes of the SHA256 hash of the
	//   associated public key followed by the signature bytes.
	const SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
	// Verifies the checkpoint value in the given tlog entry. There are two steps
	// to the verification:
	// 1. Verify that all signatures in the checkpoint can be verified against a
	//    trusted public key
	// 2. Verify that the root hash in the checkpoint matches the root hash in the
	//    inclusion proof
	// See: https://github.com/transparency-dev/formats/blob/main/log/README.md
	function verifyCheckpoint(entry, tlogs) {
	    const inclusionProof = entry.inclusionProof;
	    const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
	    const checkpoint = LogCheckpoint.fromString(signedNote.note);
	    // Verify that the signatures in the checkpoint are all valid
	    if (!verifySignedNote(signedNote, tlogs)) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROOF_ERROR',
	            message: 'invalid checkpoint signature',
	        });
	    }
	    return checkpoint;
	}
	// Verifies the signatures in the SignedNote. For each signature, the
	// corresponding transparency log is looked up by the key hint and the
	// signature is verified against the public key in the transparency log.
	// Throws an error if any of the signatures are invalid.
	function verifySignedNote(signedNote, tlogs) {
	    const data = Buffer.from(signedNote.note, 'utf-8');
	    return signedNote.signatures.some((signature) => {
	        // Find the transparency log instance with the matching key hint
	        const tlog = tlogs.find((tlog) => core_1.crypto.bufferEqual(tlog.logID.subarray(0, 4), signature.keyHint) &&
	            // Match the signature name to the base URL of the tlog. The name is
	            // attacker-controlled, so it MUST be compared as a literal substring
	            // and never coerced into a RegExp (as String.prototype.match would).
	            tlog.baseURL.includes(signature.name));
	        if (!tlog) {
	            return false;
	        }
	        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
	    });
	}
	// SignedNote represents a signed note from a transparency log checkpoint. Consists
	// of a body (or note) and one more signatures calculated over the body. See
	// https://github.com/transparency-dev/formats/blob/main/log/README.md#signed-envelope
	class SignedNote {
	    note;
	    signatures;
	    constructor(note, signatures) {
	        this.note = note;
	        this.signatures = signatures;
	    }
	    // Deserialize a SignedNote from a string
	    static fromString(envelope) {
	        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
	            throw new error_1.VerificationError({
	                code: 'TLOG_INCLUSION_PROOF_ERROR',
	                message: 'missing checkpoint separator',
	            });
	        }
	        // Split the note into the header and the data portions at the separator
	        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
	        const header = envelope.slice(0, split + 1);
	        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
	        // Find all the signature lines in the data portion
	        const matches = data.matchAll(SIGNATURE_REGEX);
	        // Parse each of the matched signature lines into the name and signature.
	        // The first four bytes of the signature are the key hint (should match the
	        // first four bytes of the log ID), and the rest is the signature itself.
	        const signatures = Array.from(matches, (match) => {
	            const [, name, signature] = match;
	            const sigBytes = Buffer.from(signature, 'base64');
	            if (sigBytes.length < 5) {
	                throw new error_1.VerificationError({
	                    code: 'TLOG_INCLUSION_PROOF_ERROR',
	                    message: 'malformed checkpoint signature',
	                });
	            }
	            return {
	                name,
	                keyHint: sigBytes.subarray(0, 4),
	                signature: sigBytes.subarray(4),
	            };
	        });
	        if (signatures.length === 0) {
	            throw new error_1.VerificationError({
	                code: 'TLOG_INCLUSION_PROOF_ERROR',
	                message: 'no signatures found in checkpoint',
	            });
	        }
	        return new SignedNote(header, signatures);
	    }
	}
	// LogCheckpoint represents a transparency log checkpoint. Consists of the
	// following:
	//  - origin: the name of the transparency log
	//  - logSize: the size of the log at the time of the checkpoint
	//  - logHash: the root hash of the log at the time of the checkpoint
	//  - rest: the rest of the checkpoint body, which is a list of log entries
	// See:
	// https://github.com/transparency-dev/formats/blob/main/log/README.md#checkpoint-body
	class LogCheckpoint {
	    origin;
	    logSize;
	    logHash;
	    rest;
	    constructor(origin, logSize, logHash, rest) {
	        this.origin = origin;
	        this.logSize = logSize;
	        this.logHash = logHash;
	        this.rest = rest;
	    }
	    static fromString(note) {
	        const lines = note.trimEnd().split('\n');
	        if (lines.length < 3) {
	            throw new error_1.VerificationError({
	                code: 'TLOG_INCLUSION_PROOF_ERROR',
	                message: 'too few lines in checkpoint header',
	            });
	        }
	        const origin = lines[0];
	        // logSize is attacker-controlled and parsed before any signature is
	        // verified, so guard against BigInt() throwing an uncaught SyntaxError on
	        // malformed input.
	        let logSize;
	        try {
	            logSize = BigInt(lines[1]);
	        }
	        catch {
	            throw new error_1.VerificationError({
	                code: 'TLOG_INCLUSION_PROOF_ERROR',
	                message: 'invalid checkpoint log size',
	            });
	        }
	        const rootHash = Buffer.from(lines[2], 'base64');
	        const rest = lines.slice(3);
	        return new LogCheckpoint(origin, logSize, rootHash, rest);
	    }
	}
	checkpoint.LogCheckpoint = LogCheckpoint;
	return checkpoint;
}

var merkle = {};

var hasRequiredMerkle;

function requireMerkle () {
	if (hasRequiredMerkle) return merkle;
	hasRequiredMerkle = 1;
	Object.defineProperty(merkle, "__esModule", { value: true });
	merkle.verifyMerkleInclusion = verifyMerkleInclusion;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const error_1 = requireError();
	const RFC6962_LEAF_HASH_PREFIX = Buffer.from([0x00]);
	const RFC6962_NODE_HASH_PREFIX = Buffer.from([0x01]);
	function verifyMerkleInclusion(entry, checkpoint) {
	    const inclusionProof = entry.inclusionProof;
	    // logIndex is attacker-controlled; parse defensively so malformed input
	    // yields a VerificationError rather than an uncaught SyntaxError.
	    let logIndex;
	    try {
	        logIndex = BigInt(inclusionProof.logIndex);
	    }
	    catch {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROOF_ERROR',
	            message: 'invalid inclusion proof log index',
	        });
	    }
	    const treeSize = BigInt(checkpoint.logSize);
	    if (logIndex < 0n || logIndex >= treeSize) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROOF_ERROR',
	            message: `invalid index: ${logIndex}`,
	        });
	    }
	    // Figure out which subset of hashes corresponds to the inner and border
	    // nodes
	    const { inner, border } = decompInclProof(logIndex, treeSize);
	    if (inclusionProof.hashes.length !== inner + border) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROOF_ERROR',
	            message: 'invalid hash count',
	        });
	    }
	    const innerHashes = inclusionProof.hashes.slice(0, inner);
	    const borderHashes = inclusionProof.hashes.slice(inner);
	    // The entry's hash is the leaf hash
	    const leafHash = hashLeaf(entry.canonicalizedBody);
	    // Chain the hashes belonging to the inner and border portions
	    const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
	    // Calculated hash should match the root hash in the inclusion proof
	    if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROOF_ERROR',
	            message: 'calculated root hash does not match inclusion proof',
	        });
	    }
	}
	// Breaks down inclusion proof for a leaf at the specified index in a tree of
	// the specified size. The split point is where paths to the index leaf and
	// the (size - 1) leaf diverge. Returns lengths of the bottom and upper proof
	// parts.
	function decompInclProof(index, size) {
	    const inner = innerProofSize(index, size);
	    const border = onesCount(index >> BigInt(inner));
	    return { inner, border };
	}
	// Computes a subtree hash for a node on or below the tree's right border.
	// Assumes the provided proof hashes are ordered from lower to higher levels
	// and seed is the initial hash of the node specified by the index.
	function chainInner(seed, hashes, index) {
	    return hashes.reduce((acc, h, i) => {
	        if ((index >> BigInt(i)) & BigInt(1)) {
	            return hashChildren(h, acc);
	        }
	        else {
	            return hashChildren(acc, h);
	        }
	    }, seed);
	}
	// Computes a subtree hash for nodes along the tree's right border.
	function chainBorderRight(seed, hashes) {
	    return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
	}
	function innerProofSize(index, size) {
	    return bitLength(index ^ (size - BigInt(1)));
	}
	// Counts the number of ones in the binary representation of the given number.
	// https://en.wikipedia.org/wiki/Hamming_weight
	function onesCount(num) {
	    return num.toString(2).split('1').length - 1;
	}
	// Returns the number of bits necessary to represent an integer in binary.
	function bitLength(n) {
	    if (n === 0n) {
	        return 0;
	    }
	    return n.toString(2).length;
	}
	// Hashing logic according to RFC6962.
	// https://datatracker.ietf.org/doc/html/rfc6962#section-2
	function hashChildren(left, right) {
	    return core_1.crypto.digest('sha256', RFC6962_NODE_HASH_PREFIX, left, right);
	}
	function hashLeaf(leaf) {
	    return core_1.crypto.digest('sha256', RFC6962_LEAF_HASH_PREFIX, leaf);
	}
	return merkle;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;
	Object.defineProperty(set, "__esModule", { value: true });
	set.verifyTLogSET = verifyTLogSET;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const core_1 = index.requireDist();
	const error_1 = requireError();
	const trust_1 = requireTrust();
	// Verifies the SET for the given entry against the list of trusted
	// transparency logs. Returns true if the SET can be verified against at least
	// one of the trusted logs; otherwise, returns false.
	function verifyTLogSET(entry, tlogs) {
	    // Filter the list of tlog instances to only those which might be able to
	    // verify the SET
	    const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
	        logID: entry.logId.keyId,
	        targetDate: new Date(Number(entry.integratedTime) * 1000),
	    });
	    // Check to see if we can verify the SET against any of the valid tlogs
	    const verified = validTLogs.some((tlog) => {
	        // Re-create the original Rekor verification payload
	        const payload = toVerificationPayload(entry);
	        // Canonicalize the payload and turn into a buffer for verification
	        const data = Buffer.from(core_1.json.canonicalize(payload), 'utf8');
	        // Extract the SET from the tlog entry
	        const signature = entry.inclusionPromise.signedEntryTimestamp;
	        return core_1.crypto.verify(data, tlog.publicKey, signature);
	    });
	    if (!verified) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_INCLUSION_PROMISE_ERROR',
	            message: 'inclusion promise could not be verified',
	        });
	    }
	}
	// Returns a properly formatted "VerificationPayload" for one of the
	// transaction log entires in the given bundle which can be used for SET
	// verification.
	function toVerificationPayload(entry) {
	    const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
	    return {
	        body: canonicalizedBody.toString('base64'),
	        integratedTime: Number(integratedTime),
	        logIndex: Number(logIndex),
	        logID: logId.keyId.toString('hex'),
	    };
	}
	return set;
}

var hasRequiredTlog;

function requireTlog () {
	if (hasRequiredTlog) return tlog;
	hasRequiredTlog = 1;
	Object.defineProperty(tlog, "__esModule", { value: true });
	tlog.verifyTLogBody = verifyTLogBody;
	tlog.verifyTLogInclusion = verifyTLogInclusion;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const v2_1 = index.requireV2();
	const error_1 = requireError();
	const dsse_1 = requireDsse();
	const hashedrekord_1 = requireHashedrekord();
	const intoto_1 = requireIntoto();
	const checkpoint_1 = requireCheckpoint();
	const merkle_1 = requireMerkle();
	const set_1 = requireSet();
	// Verifies that the given tlog entry matches the supplied signature content.
	function verifyTLogBody(entry, sigContent) {
	    const { kind, version } = entry.kindVersion;
	    // The canonicalized body is attacker-controlled; parse defensively so
	    // malformed JSON yields a VerificationError rather than an uncaught
	    // SyntaxError.
	    let body;
	    try {
	        body = JSON.parse(entry.canonicalizedBody.toString('utf8'));
	    }
	    catch {
	        throw new error_1.VerificationError({
	            code: 'TLOG_BODY_ERROR',
	            message: 'invalid canonicalized body',
	        });
	    }
	    // validate body
	    if (kind !== body.kind || version !== body.apiVersion) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_BODY_ERROR',
	            message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`,
	        });
	    }
	    switch (kind) {
	        case 'dsse':
	            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
	            if (version == dsse_1.DSSE_API_VERSION_V1) {
	                return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
	            }
	            else {
	                const entryRekorV2 = v2_1.Entry.fromJSON(body);
	                return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
	            }
	        case 'intoto':
	            return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
	        case 'hashedrekord':
	            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
	            if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
	                return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
	            }
	            else {
	                const entryRekorV2 = v2_1.Entry.fromJSON(body);
	                return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
	            }
	        /* istanbul ignore next */
	        default:
	            throw new error_1.VerificationError({
	                code: 'TLOG_BODY_ERROR',
	                message: `unsupported kind: ${kind}`,
	            });
	    }
	}
	function verifyTLogInclusion(entry, tlogAuthorities) {
	    let inclusionVerified = false;
	    if (isTLogEntryWithInclusionPromise(entry)) {
	        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
	        inclusionVerified = true;
	    }
	    if (isTLogEntryWithInclusionProof(entry)) {
	        // Bind the claimed log ID to the authority that verifies the checkpoint.
	        const matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId));
	        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
	        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
	        inclusionVerified = true;
	    }
	    if (!inclusionVerified) {
	        throw new error_1.VerificationError({
	            code: 'TLOG_MISSING_INCLUSION_ERROR',
	            message: 'inclusion could not be verified',
	        });
	    }
	    return;
	}
	function isTLogEntryWithInclusionPromise(entry) {
	    return entry.inclusionPromise !== undefined;
	}
	function isTLogEntryWithInclusionProof(entry) {
	    return entry.inclusionProof !== undefined;
	}
	return tlog;
}

var hasRequiredVerifier;

function requireVerifier () {
	if (hasRequiredVerifier) return verifier;
	hasRequiredVerifier = 1;
	Object.defineProperty(verifier, "__esModule", { value: true });
	verifier.Verifier = void 0;
	/*
	Copyright 2023 The Sigstore Authors.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	    http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.
	*/
	const util_1 = require$$0;
	const error_1 = requireError();
	const key_1 = requireKey();
	const policy_1 = requirePolicy();
	const timestamp_1 = requireTimestamp();
	const tlog_1 = requireTlog();
	class Verifier {
	    trustMaterial;
	    options;
	    constructor(trustMaterial, options = {}) {
	        this.trustMaterial = trustMaterial;
	        this.options = {
	            ctlogThreshold: options.ctlogThreshold ?? 1,
	            tlogThreshold: options.tlogThreshold ?? 1,
	            timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
	            tsaThreshold: 0,
	        };
	    }
	    verify(entity, policy) {
	        const timestamps = this.verifyTimestamps(entity);
	        const signer = this.verifySigningKey(entity, timestamps);
	        this.verifyTLogs(entity);
	        this.verifySignature(entity, signer);
	        if (policy) {
	            this.verifyPolicy(policy, signer.identity || {});
	        }
	        return signer;
	    }
	    // Checks that all of the timestamps in the entity are valid and returns them
	    verifyTimestamps(entity) {
	        const timestamps = [];
	        for (const timestamp of entity.timestamps) {
	            switch (timestamp.$case) {
	                case 'timestamp-authority':
	                    timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
	                    break;
	                case 'transparency-log': {
	                    const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
	                    if (result) {
	                        timestamps.push(result);
	                    }
	                    break;
	                }
	            }
	        }
	        // Check for duplicate timestamps
	        if (containsDupes(timestamps)) {
	            throw new error_1.VerificationError({
	                code: 'TIMESTAMP_ERROR',
	                message: 'duplicate timestamp',
	            });
	        }
	        if (timestamps.length < this.options.timestampThreshold) {
	            throw new error_1.VerificationError({
	                code: 'TIMESTAMP_ERROR',
	                message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`,
	            });
	        }
	        return timestamps.map((t) => t.timestamp);
	    }
	    // Checks that the signing key is valid for all of the the supplied timestamps
	    // and returns the signer.
	    verifySigningKey({ key }, timestamps) {
	        switch (key.$case) {
	            case 'public-key': {
	                return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
	            }
	            case 'certificate': {
	                const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
	                /* istanbul ignore next - no fixture */
	                if (containsDupes(result.scts)) {
	                    throw new error_1.VerificationError({
	                        code: 'CERTIFICATE_ERROR',
	                        message: 'duplicate SCT',
	                    });
	                }
	                if (result.scts.length < this.options.ctlogThreshold) {
	                    throw new error_1.VerificationError({
	                        code: 'CERTIFICATE_ERROR',
	                        message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`,
	                    });
	                }
	                return result.signer;
	            }
	        }
	    }
	    // Checks that the tlog entries are valid for the supplied content
	    verifyTLogs({ signature: content, tlogEntries }) {
	        const entryIDs = [];
	        tlogEntries.forEach((entry) => {
	            (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
	            (0, tlog_1.verifyTLogBody)(entry, content);
	            entryIDs.push({
	                logID: entry.logId.keyId,
	                body: entry.canonicalizedBody,
	            });
	        });
	        // Check for duplicate entries so that repeated copies of a single entry
	        // cannot be counted more than once toward the threshold. Inclusion
	        // verification authenticates the log ID and body, but a proof does not
	        // authenticate the top-level log index.
	        if (containsDupes(entryIDs)) {
	            throw new error_1.VerificationError({
	                code: 'TLOG_ERROR',
	                message: 'duplicate tlog entry',
	            });
	        }
	        if (entryIDs.length < this.options.tlogThreshold) {
	            throw new error_1.VerificationError({
	                code: 'TLOG_ERROR',
	                message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`,
	            });
	        }
	    }
	    // Checks that the signature is valid for the supplied content
	    verifySignature(entity, signer) {
	        if (!entity.signature.verifySignature(signer.key)) {
	            throw new error_1.VerificationError({
	                code: 'SIGNATURE_ERROR',
	                message: 'signature verification failed',
	            });
	        }
	    }
	    verifyPolicy(policy, identity) {
	        // Check the subject alternative name of the signer matches the policy
	        /* istanbul ignore else */
	        if (policy.subjectAlternativeName) {
	            (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
	        }
	        // Check that the extensions of the signer match the policy
	        /* istanbul ignore else */
	        if (policy.extensions) {
	            (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
	        }
	        // Check that the OIDs of the signer match the policy
	        /* istanbul ignore if */
	        if (policy.oids) {
	            (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
	        }
	    }
	}
	verifier.Verifier = Verifier;
	// Checks for duplicate items in the array. Objects are compared using
	// deep equality.
	function containsDupes(arr) {
	    for (let i = 0; i < arr.length; i++) {
	        for (let j = i + 1; j < arr.length; j++) {
	            if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
	                return true;
	            }
	        }
	    }
	    return false;
	}
	return verifier;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
		/* istanbul ignore file */
		/*
		Copyright 2023 The Sigstore Authors.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		    http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.
		*/
		var bundle_1 = requireBundle();
		Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: function () { return bundle_1.toSignedEntity; } });
		var error_1 = requireError();
		Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function () { return error_1.PolicyError; } });
		Object.defineProperty(exports, "VerificationError", { enumerable: true, get: function () { return error_1.VerificationError; } });
		var trust_1 = requireTrust();
		Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: function () { return trust_1.toTrustMaterial; } });
		var verifier_1 = requireVerifier();
		Object.defineProperty(exports, "Verifier", { enumerable: true, get: function () { return verifier_1.Verifier; } }); 
	} (dist));
	return dist;
}

var distExports = requireDist();

/**
 * Sigstore bundles and certificate-carrying DSSE signatures, verified through @sigstore/verify
 * (chain to the trusted root's Fulcio CAs, SCTs, Rekor inclusion proof or promise, RFC 3161
 * timestamps, signature). This module is loaded lazily (dynamic import) only when a package holds
 * such evidence, so a run without one does not pay for it.
 *
 * Pure: parsed input in, facts out. Which identity or key is acceptable is decided in Rego; this
 * only records what the certificate, the log entries and the timestamps say.
 */
/** More log entries or timestamps than this in one bundle is malformed input, not evidence. */
const MAX_BUNDLE_ENTRIES = 32;
/**
 * What @sigstore/verify requires of a bundle signed by a trusted key (its log entry and timestamps
 * checked when present) and of a keyless one (an SCT, and a trusted time: a log entry's integrated
 * time or a signed timestamp, for the certificate's validity).
 */
const THRESHOLDS = {
    key: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
    keyless: { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }
};
/** Fulcio certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14'
};
const timestamp = (d) => d.toISOString().replace(/\.000Z$/, 'Z');
const parsedRoots = new WeakMap();
const rootError = (trust, error) => new cli.GateError('PARSE_ERROR', `is not a usable Sigstore trusted root (trusted_root.json): ${cli.messageOf(error)}`, { file: trust.rootLabel });
function parsedRoot(trust) {
    const json = trust.root;
    let parsed = parsedRoots.get(json);
    if (!parsed) {
        try {
            parsed = { root: distExports$1.TrustedRoot.fromJSON(trust.root), whole: null, parts: new Map() };
        }
        catch (error) {
            throw rootError(trust, error);
        }
        parsedRoots.set(json, parsed);
    }
    return parsed;
}
const logId = (log) => (log.checkpointKeyId ?? log.logId)?.keyId;
/**
 * The indices of the parts of `root` that @sigstore/verify can use for a bundle with `needs`;
 * every other part is one it would look at and pass over. A subset of the trusted root can only
 * refuse more, never accept more (verification that succeeds with the subset uses only parts the
 * whole root also holds); and no part left out could have verified anything:
 * - a certificate authority is used only when the leaf's issuer name is the subject of one of its
 *   certificates (the chain's name chaining); one whose certificates do not even contain the
 *   issuer's bytes cannot be (a self-issued leaf keeps them all);
 * - a transparency log, only for an entry with its log id (set promise and checkpoint);
 * - a CT log, only for an SCT in the leaf naming its log id, whose bytes are then in the leaf;
 * - timestamp authorities, only for RFC 3161 timestamps (kept all when there is one);
 * - a bundle signed by a key uses no certificate authority or CT log.
 * test/sigstore.test.ts verifies every fixture bundle with the whole root and with this subset
 * and gets the same result.
 */
function rootParts(root, needs) {
    const indices = (items, keep) => items.flatMap((item, i) => (keep(item) ? [i] : []));
    const leaf = needs.leaf;
    const selfIssued = leaf !== null && leaf.certificate.issuer.equals(leaf.certificate.subject);
    return {
        certificateAuthorities: indices(root.certificateAuthorities, ca => leaf !== null &&
            (selfIssued ||
                (ca.certChain?.certificates ?? []).some(c => c.rawBytes.includes(leaf.certificate.issuer)))),
        tlogs: indices(root.tlogs, log => {
            const id = logId(log);
            return id !== undefined && needs.tlogIds.some(e => id.equals(e));
        }),
        ctlogs: indices(root.ctlogs, log => {
            const id = logId(log);
            return leaf !== null && id !== undefined && leaf.der.includes(id);
        }),
        timestampAuthorities: needs.signedTimestamps ? root.timestampAuthorities.map((_, i) => i) : []
    };
}
/** The trusted root with only the given parts. */
function rootSubset(root, parts) {
    const pick = (items, at) => at.map(i => items[i]);
    return {
        ...root,
        certificateAuthorities: pick(root.certificateAuthorities, parts.certificateAuthorities),
        tlogs: pick(root.tlogs, parts.tlogs),
        ctlogs: pick(root.ctlogs, parts.ctlogs),
        timestampAuthorities: pick(root.timestampAuthorities, parts.timestampAuthorities)
    };
}
/**
 * Trust material for a bundle: for the built-in public-good root, only the parts it can chain to
 * (rootParts), so that a run converts (parses certificates, creates keys for) only those; a root
 * named in the trust configuration is converted whole, every part checked as it always was.
 */
function trustMaterial(trust, needs) {
    const parsed = parsedRoot(trust);
    try {
        if (!cli.isBuiltInRoot(trust.root))
            return (parsed.whole ??= distExports.toTrustMaterial(parsed.root));
        const parts = rootParts(parsed.root, needs);
        const key = JSON.stringify(parts);
        let material = parsed.parts.get(key);
        if (!material) {
            material = distExports.toTrustMaterial(rootSubset(parsed.root, parts));
            parsed.parts.set(key, material);
        }
        return material;
    }
    catch (error) {
        throw rootError(trust, error);
    }
}
/** What `bundle` (with its signed entity) can chain to. */
function trustNeeds(bundle, entity) {
    const material = bundle.verificationMaterial;
    const content = material.content;
    const der = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    return {
        leaf: entity.key.$case === 'certificate' && der !== undefined
            ? { certificate: entity.key.certificate, der }
            : null,
        tlogIds: material.tlogEntries.flatMap(e => (e.logId ? [e.logId.keyId] : [])),
        signedTimestamps: (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0
    };
}
const join = (prefix, field) => prefix === '' ? field : `${prefix}.${field}`;
/** Parses and validates the bundle JSON (media type, required members) with @sigstore/bundle. */
function parseBundle(json, where) {
    // Bounded before the library walks it: a bundle with thousands of entries is malformed input.
    const raw = json.verificationMaterial;
    if (Array.isArray(raw?.tlogEntries) && raw.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
        throw new cli.GateError('SCHEMA_VIOLATION', `has ${raw.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`, { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') });
    }
    try {
        const bundle = index.distExports.bundleFromJSON(json);
        const material = bundle.verificationMaterial;
        if (material.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
            throw new cli.GateError('SCHEMA_VIOLATION', `has ${material.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`, { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') });
        }
        const tsa = material.timestampVerificationData?.rfc3161Timestamps ?? [];
        if (tsa.length > MAX_BUNDLE_ENTRIES) {
            throw new cli.GateError('SCHEMA_VIOLATION', `has ${tsa.length} timestamps; at most ${MAX_BUNDLE_ENTRIES} are accepted`, {
                file: where.file,
                field: join(where.field, 'verificationMaterial.timestampVerificationData')
            });
        }
        return bundle;
    }
    catch (error) {
        if (error instanceof cli.GateError)
            throw error;
        if (error instanceof index.distExports.ValidationError) {
            throw new cli.GateError('SCHEMA_VIOLATION', `is not a valid Sigstore bundle: ${error.message}${error.fields.length ? ` (${error.fields.join(', ')})` : ''}`, { file: where.file, field: join(where.field, error.fields[0] ?? 'verificationMaterial') });
        }
        throw new cli.GateError('PARSE_ERROR', `is not a valid Sigstore bundle: ${cli.messageOf(error)}`, {
            file: where.file,
            field: where.field === '' ? 'verificationMaterial' : where.field
        });
    }
}
/** The signed entity, with malformed certificates, log entries and timestamps named. */
function signedEntity(bundle, artifact, where) {
    const content = bundle.verificationMaterial.content;
    try {
        return distExports.toSignedEntity(bundle, artifact);
    }
    catch (error) {
        const field = content.$case === 'x509CertificateChain'
            ? 'verificationMaterial.x509CertificateChain.certificates[0].rawBytes'
            : content.$case === 'certificate'
                ? 'verificationMaterial.certificate.rawBytes'
                : 'verificationMaterial.timestampVerificationData';
        const what = content.$case === 'publicKey'
            ? 'a signed timestamp that is not DER RFC 3161'
            : 'a certificate that is not DER X.509 (or a malformed signed timestamp)';
        throw new cli.GateError('PARSE_ERROR', `the Sigstore bundle holds ${what}: ${cli.messageOf(error)}`, {
            file: where.file,
            field: join(where.field, field)
        });
    }
}
function extensionText(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return null;
    try {
        // v2 Fulcio extensions are DER UTF8String values; v1 ones are the raw string.
        const value = der ? distExports$2.ASN1Obj.parseBuffer(ext.value).value : ext.value;
        return value.toString('utf8');
    }
    catch {
        return null;
    }
}
function identityOf(cert) {
    const signer = extensionText(cert, OID.buildSignerUri, true);
    return {
        issuer: extensionText(cert, OID.issuerV2, true) ?? extensionText(cert, OID.issuerV1, false) ?? null,
        subject: cert.subjectAltName ?? null,
        sourceRepository: extensionText(cert, OID.sourceRepositoryUri, true),
        sourceRef: extensionText(cert, OID.sourceRepositoryRef, true),
        sourceCommit: extensionText(cert, OID.sourceRepositoryDigest, true),
        buildSignerUri: signer,
        signerWorkflow: signer === null ? null : signer.replace(/@[^@]*$/, ''),
        runnerEnvironment: extensionText(cert, OID.runnerEnvironment, true)
    };
}
function tlogFacts(entries) {
    return entries.map(e => {
        const seconds = Number(e.integratedTime);
        return {
            logId: e.logId.keyId.toString('base64'),
            logIndex: String(e.logIndex),
            integratedTime: Number.isFinite(seconds) && seconds > 0 ? timestamp(new Date(seconds * 1000)) : null
        };
    });
}
function timestampFacts(entity) {
    const times = [];
    for (const t of entity.timestamps) {
        if (t.$case === 'timestamp-authority')
            times.push(timestamp(t.timestamp.signingTime));
    }
    return times.sort();
}
const earliest = (times) => {
    const known = times
        .filter((t) => t !== null)
        .sort((a, b) => Date.parse(a) - Date.parse(b));
    return known[0] ?? null;
};
const reasonOf = (error) => error instanceof distExports.VerificationError || error instanceof distExports.PolicyError
    ? `${error.code}: ${error.message}`
    : cli.messageOf(error);
const explain = (code, message, hasTime) => {
    if (code === 'TIMESTAMP_ERROR' && !hasTime)
        return `${code}: no transparency-log entry or signed timestamp: without a trusted time the certificate's validity cannot be checked`;
    return `${code}: ${message}`;
};
function base(where, mediaType) {
    return { source: where.source, bundle: { mediaType, origin: where.origin } };
}
/** Keys in the order they are tried: the one whose fingerprint the hint names first. */
function keysForHint(keys, hint) {
    const named = keys.filter(k => {
        const hex = k.fingerprint.replace(/^sha256:/, '');
        return hint === k.id || hint === Buffer.from(hex, 'hex').toString('base64') || hint === hex;
    });
    return [...named, ...keys.filter(k => !named.includes(k))];
}
/**
 * Verifies one parsed bundle. `artifact` is the signed blob for a message-signature bundle (the
 * update manifest's bytes). Input errors (malformed bundle, certificate that is not DER) throw
 * GateError; a bundle that does not verify is a fact (verified: false, reason).
 */
function verifyBundle(bundle, artifact, trust, where) {
    const content = bundle.content;
    const envelope = content.$case === 'dsseEnvelope'
        ? { payloadType: content.dsseEnvelope.payloadType, payload: content.dsseEnvelope.payload }
        : null;
    if (content.$case === 'messageSignature' && artifact === null) {
        throw new cli.GateError('SCHEMA_VIOLATION', 'is a message-signature bundle: it signs a file, so it belongs to an update-manifest (signature: <bundle>), not to build provenance', { file: where.file, field: join(where.field, 'messageSignature') });
    }
    const entity = signedEntity(bundle, artifact ?? undefined, where);
    const tlog = tlogFacts(bundle.verificationMaterial.tlogEntries);
    const material = bundle.verificationMaterial.content;
    const common = base(where, bundle.mediaType);
    const unverified = (reason) => ({
        signature: {
            ...common,
            verified: false,
            keyId: null,
            keyFingerprint: null,
            algorithm: null,
            reason,
            method: material.$case === 'publicKey' ? 'key' : 'certificate',
            identity: null,
            certificate: null,
            tlogEntries: tlog,
            signedTimestamps: [],
            signedAt: null
        },
        envelope
    });
    if (material.$case === 'publicKey') {
        if (trust.keys.length === 0)
            return unverified('the trust configuration has no keys');
        const reasons = new Set();
        const shared = trustMaterial(trust, trustNeeds(bundle, entity));
        for (const key of keysForHint(trust.keys, material.publicKey.hint ?? '')) {
            const verifier = new distExports.Verifier({ ...shared, publicKey: () => ({ publicKey: key.publicKey, validFor: () => true }) }, THRESHOLDS.key);
            try {
                verifier.verify(entity);
            }
            catch (error) {
                reasons.add(reasonOf(error));
                continue;
            }
            const signed = timestampFacts(entity);
            return {
                signature: {
                    ...common,
                    verified: true,
                    keyId: key.id,
                    keyFingerprint: key.fingerprint,
                    algorithm: key.algorithm,
                    reason: null,
                    method: 'key',
                    identity: null,
                    certificate: null,
                    tlogEntries: tlog,
                    signedTimestamps: signed,
                    signedAt: earliest([...tlog.map(t => t.integratedTime), ...signed])
                },
                envelope
            };
        }
        return unverified(`no trusted key verifies this bundle (${[...reasons].sort().join('; ')})`);
    }
    const verifier = new distExports.Verifier(trustMaterial(trust, trustNeeds(bundle, entity)), THRESHOLDS.keyless);
    const hasTime = tlog.some(t => t.integratedTime !== null) ||
        (bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0;
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof distExports.VerificationError)
            return unverified(`${explain(error.code, error.message, hasTime)} (trusted root ${trust.rootLabel})`);
        return unverified(reasonOf(error));
    }
    const cert = entity.key.$case === 'certificate' ? entity.key.certificate : null;
    const signed = timestampFacts(entity);
    const fingerprint = 'sha256:' +
        node_crypto.createHash('sha256')
            .update(signer.key.export({ type: 'spki', format: 'der' }))
            .digest('hex');
    return {
        signature: {
            ...common,
            verified: true,
            keyId: null,
            keyFingerprint: fingerprint,
            algorithm: null,
            reason: null,
            method: 'certificate',
            identity: cert ? identityOf(cert) : null,
            certificate: cert
                ? { notBefore: timestamp(cert.notBefore), notAfter: timestamp(cert.notAfter) }
                : null,
            tlogEntries: tlog,
            signedTimestamps: signed,
            signedAt: earliest([...tlog.map(t => t.integratedTime), ...signed])
        },
        envelope
    };
}
/**
 * A bare DSSE signature that carries a Fulcio certificate (slsa-github-generator's
 * `signatures[].cert`): verified through the certificate, as a bundle without log entries or
 * timestamps, never by matching a bare key. Without a trusted time it cannot verify.
 */
function verifyDsseCertificate(envelope, certPem, trust, where) {
    const der = pemToDer(certPem);
    if (der === null) {
        throw new cli.GateError('PARSE_ERROR', 'is not a PEM certificate (-----BEGIN CERTIFICATE-----)', {
            file: where.file,
            field: where.field
        });
    }
    const bundle = {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
            content: { $case: 'certificate', certificate: { rawBytes: der } },
            tlogEntries: [],
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: {
                payload: envelope.payload,
                payloadType: envelope.payloadType,
                signatures: [{ sig: envelope.sig, keyid: envelope.keyid }]
            }
        }
    };
    return verifyBundle(bundle, null, trust, { ...where, field: where.field }).signature;
}
function pemToDer(text) {
    if (!/-----BEGIN CERTIFICATE-----/.test(text))
        return null;
    try {
        const der = distExports$2.pem.toDER(text);
        return der.length > 0 ? der : null;
    }
    catch {
        return null;
    }
}

exports.MAX_BUNDLE_ENTRIES = MAX_BUNDLE_ENTRIES;
exports.THRESHOLDS = THRESHOLDS;
exports.parseBundle = parseBundle;
exports.rootParts = rootParts;
exports.rootSubset = rootSubset;
exports.trustNeeds = trustNeeds;
exports.verifyBundle = verifyBundle;
exports.verifyDsseCertificate = verifyDsseCertificate;
})
