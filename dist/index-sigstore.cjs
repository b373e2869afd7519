'use strict';

var node_crypto = require('node:crypto');
var index = require('./index-index2.cjs');
var crypto$1 = require('crypto');
var require$$6 = require('util');
var main = require('./index-main.cjs');
require('os');
require('fs');
require('path');
require('string_decoder');
require('events');
require('child_process');
require('assert');
require('timers');
require('node:fs');
require('node:fs/promises');
require('node:os');
require('node:path');
require('process');
require('buffer');
require('node:stream');
require('node:stream/promises');
require('node:url');

var dist$1 = {};

var asn1 = {};

var obj = {};

var stream = {};

var hasRequiredStream;

function requireStream () {
	if (hasRequiredStream) return stream;
	hasRequiredStream = 1;
	Object.defineProperty(stream, "__esModule", { value: true });
	stream.ByteStream = void 0;
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
	class StreamError extends Error {
	}
	class ByteStream {
	    static BLOCK_SIZE = 1024;
	    buf;
	    view;
	    start = 0;
	    constructor(buffer) {
	        if (buffer) {
	            this.buf = buffer;
	            this.view = Buffer.from(buffer);
	        }
	        else {
	            this.buf = Buffer.alloc(0);
	            this.view = Buffer.from(this.buf);
	        }
	    }
	    get buffer() {
	        return this.view.subarray(0, this.start);
	    }
	    get length() {
	        return this.view.byteLength;
	    }
	    get position() {
	        return this.start;
	    }
	    seek(position) {
	        this.start = position;
	    }
	    // Returns a Buffer containing the specified number of bytes starting at the
	    // given start position.
	    slice(start, len) {
	        const end = start + len;
	        if (end > this.length) {
	            throw new StreamError('request past end of buffer');
	        }
	        return this.view.subarray(start, end);
	    }
	    appendChar(char) {
	        this.ensureCapacity(1);
	        this.view[this.start] = char;
	        this.start += 1;
	    }
	    appendUint16(num) {
	        this.ensureCapacity(2);
	        const value = new Uint16Array([num]);
	        const view = new Uint8Array(value.buffer);
	        this.view[this.start] = view[1];
	        this.view[this.start + 1] = view[0];
	        this.start += 2;
	    }
	    appendUint24(num) {
	        this.ensureCapacity(3);
	        const value = new Uint32Array([num]);
	        const view = new Uint8Array(value.buffer);
	        this.view[this.start] = view[2];
	        this.view[this.start + 1] = view[1];
	        this.view[this.start + 2] = view[0];
	        this.start += 3;
	    }
	    appendView(view) {
	        this.ensureCapacity(view.length);
	        this.view.set(view, this.start);
	        this.start += view.length;
	    }
	    getBlock(size) {
	        if (size <= 0) {
	            return Buffer.alloc(0);
	        }
	        if (this.start + size > this.view.length) {
	            throw new Error('request past end of buffer');
	        }
	        const result = this.view.subarray(this.start, this.start + size);
	        this.start += size;
	        return result;
	    }
	    getUint8() {
	        return this.getBlock(1)[0];
	    }
	    getUint16() {
	        const block = this.getBlock(2);
	        return (block[0] << 8) | block[1];
	    }
	    ensureCapacity(size) {
	        if (this.start + size > this.view.byteLength) {
	            const blockSize = ByteStream.BLOCK_SIZE + (size > ByteStream.BLOCK_SIZE ? size : 0);
	            this.realloc(this.view.byteLength + blockSize);
	        }
	    }
	    realloc(size) {
	        const newArray = Buffer.alloc(size);
	        const newView = Buffer.from(newArray);
	        // Copy the old buffer into the new one
	        newView.set(this.view);
	        this.buf = newArray;
	        this.view = newView;
	    }
	}
	stream.ByteStream = ByteStream;
	return stream;
}

var error$2 = {};

var hasRequiredError$2;

function requireError$2 () {
	if (hasRequiredError$2) return error$2;
	hasRequiredError$2 = 1;
	Object.defineProperty(error$2, "__esModule", { value: true });
	error$2.ASN1TypeError = error$2.ASN1ParseError = void 0;
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
	class ASN1ParseError extends Error {
	}
	error$2.ASN1ParseError = ASN1ParseError;
	class ASN1TypeError extends Error {
	}
	error$2.ASN1TypeError = ASN1TypeError;
	return error$2;
}

var length = {};

var hasRequiredLength;

function requireLength () {
	if (hasRequiredLength) return length;
	hasRequiredLength = 1;
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
	Object.defineProperty(length, "__esModule", { value: true });
	length.decodeLength = decodeLength;
	length.encodeLength = encodeLength;
	const error_1 = requireError$2();
	// Decodes the length of a DER-encoded ANS.1 element from the supplied stream.
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-length-and-value-bytes
	function decodeLength(stream) {
	    const buf = stream.getUint8();
	    // If the most significant bit is UNSET the length is just the value of the
	    // byte.
	    if ((buf & 0x80) === 0x00) {
	        return buf;
	    }
	    // Otherwise, the lower 7 bits of the first byte indicate the number of bytes
	    // that follow to encode the length.
	    const byteCount = buf & 0x7f;
	    // Ensure the encoded length can safely fit in a JS number.
	    if (byteCount > 6) {
	        throw new error_1.ASN1ParseError('length exceeds 6 byte limit');
	    }
	    // Iterate over the bytes that encode the length.
	    let len = 0;
	    for (let i = 0; i < byteCount; i++) {
	        const byte = stream.getUint8();
	        // The first byte of a multi-byte length must not be zero; a leading zero
	        // means the length could have been encoded in fewer bytes (non-minimal).
	        if (i === 0 && byte === 0x00) {
	            throw new error_1.ASN1ParseError('non-minimal length encoding');
	        }
	        len = len * 256 + byte;
	    }
	    // This is a valid ASN.1 length encoding, but we don't support it.
	    if (len === 0) {
	        throw new error_1.ASN1ParseError('indefinite length encoding not supported');
	    }
	    // Lengths less than 128 must use the short form; rejecting them here ensures
	    // the encoding is minimal (strict DER).
	    if (len < 128) {
	        throw new error_1.ASN1ParseError('non-minimal length encoding');
	    }
	    return len;
	}
	// Translates the supplied value to a DER-encoded length.
	function encodeLength(len) {
	    if (len < 128) {
	        return Buffer.from([len]);
	    }
	    // Bitwise operations on large numbers are not supported in JS, so we need to
	    // use BigInts.
	    let val = BigInt(len);
	    const bytes = [];
	    while (val > 0n) {
	        bytes.unshift(Number(val & 255n));
	        val = val >> 8n;
	    }
	    return Buffer.from([0x80 | bytes.length, ...bytes]);
	}
	return length;
}

var parse = {};

var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse;
	hasRequiredParse = 1;
	Object.defineProperty(parse, "__esModule", { value: true });
	parse.parseInteger = parseInteger;
	parse.parseStringASCII = parseStringASCII;
	parse.parseTime = parseTime;
	parse.parseOID = parseOID;
	parse.parseBoolean = parseBoolean;
	parse.parseBitString = parseBitString;
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
	const error_1 = requireError$2();
	const RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
	const RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
	// Parse a BigInt from the DER-encoded buffer
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-integer
	function parseInteger(buf) {
	    let pos = 0;
	    const end = buf.length;
	    let val = buf[pos];
	    const neg = val > 0x7f;
	    // Consume any padding bytes
	    const pad = neg ? 0xff : 0x00;
	    while (val == pad && ++pos < end) {
	        val = buf[pos];
	    }
	    // Calculate remaining bytes to read
	    const len = end - pos;
	    if (len === 0)
	        return BigInt(neg ? -1 : 0);
	    // Handle two's complement for negative numbers
	    val = neg ? val - 256 : val;
	    // Parse remaining bytes
	    let n = BigInt(val);
	    for (let i = pos + 1; i < end; ++i) {
	        n = n * BigInt(256) + BigInt(buf[i]);
	    }
	    return n;
	}
	// Parse an ASCII string from the DER-encoded buffer
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
	function parseStringASCII(buf) {
	    return buf.toString('ascii');
	}
	// Parse a Date from the DER-encoded buffer
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5.1
	function parseTime(buf, shortYear) {
	    const timeStr = parseStringASCII(buf);
	    // Parse the time string into matches - captured groups start at index 1
	    const m = shortYear
	        ? RE_TIME_SHORT_YEAR.exec(timeStr)
	        : RE_TIME_LONG_YEAR.exec(timeStr);
	    if (!m) {
	        throw new Error('invalid time');
	    }
	    // Translate dates with a 2-digit year to 4 digits per the spec
	    if (shortYear) {
	        let year = Number(m[1]);
	        year += year >= 50 ? 1900 : 2000;
	        m[1] = year.toString();
	    }
	    // Translate to ISO8601 format and parse
	    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
	}
	// Parse an OID from the DER-encoded buffer
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-object-identifier
	function parseOID(buf) {
	    let pos = 0;
	    const end = buf.length;
	    // Consume first byte which encodes the first two OID components
	    let n = buf[pos++];
	    const first = Math.floor(n / 40);
	    const second = n % 40;
	    let oid = `${first}.${second}`;
	    // Consume remaining bytes. Use a BigInt accumulator so that arcs which
	    // exceed 32 bits are not silently truncated (a truncated arc could be made
	    // to collide with a trusted OID).
	    let val = 0n;
	    for (; pos < end; ++pos) {
	        n = buf[pos];
	        val = (val << 7n) + BigInt(n & 0x7f);
	        // If the left-most bit is NOT set, then this is the last byte in the
	        // sequence and we can add the value to the OID and reset the accumulator
	        if ((n & 0x80) === 0) {
	            oid += `.${val}`;
	            val = 0n;
	        }
	    }
	    return oid;
	}
	// Parse a boolean from the DER-encoded buffer
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
	function parseBoolean(buf) {
	    // DER requires a BOOLEAN to be a single byte that is either 0x00 (false) or
	    // 0xff (true). Reject any other (non-canonical) encoding.
	    if (buf.length !== 1) {
	        throw new error_1.ASN1ParseError('invalid boolean');
	    }
	    switch (buf[0]) {
	        case 0x00:
	            return false;
	        case 0xff:
	            return true;
	        default:
	            throw new error_1.ASN1ParseError('invalid boolean');
	    }
	}
	// Parse a bit string from the DER-encoded buffer
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-bit-string
	function parseBitString(buf) {
	    // First byte tell us how many unused bits are in the last byte
	    const unused = buf[0];
	    // The number of unused bits must be in the range 0-7.
	    if (unused > 7) {
	        throw new error_1.ASN1ParseError('invalid bit string');
	    }
	    const start = 1;
	    const end = buf.length;
	    const bits = [];
	    for (let i = start; i < end; ++i) {
	        const byte = buf[i];
	        // The skip value is only used for the last byte
	        const skip = i === end - 1 ? unused : 0;
	        // Iterate over each bit in the byte (most significant first)
	        for (let j = 7; j >= skip; --j) {
	            // Read the bit and add it to the bit string
	            bits.push((byte >> j) & 0x01);
	        }
	    }
	    return bits;
	}
	return parse;
}

var tag = {};

var hasRequiredTag;

function requireTag () {
	if (hasRequiredTag) return tag;
	hasRequiredTag = 1;
	Object.defineProperty(tag, "__esModule", { value: true });
	tag.ASN1Tag = void 0;
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
	const error_1 = requireError$2();
	const UNIVERSAL_TAG = {
	    BOOLEAN: 0x01,
	    INTEGER: 0x02,
	    BIT_STRING: 0x03,
	    OCTET_STRING: 0x04,
	    OBJECT_IDENTIFIER: 0x06,
	    UTC_TIME: 0x17,
	    GENERALIZED_TIME: 0x18,
	};
	const TAG_CLASS = {
	    UNIVERSAL: 0x00,
	    CONTEXT_SPECIFIC: 0x02};
	// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-tag-bytes
	class ASN1Tag {
	    number;
	    constructed;
	    class;
	    constructor(enc) {
	        // Bits 0 through 4 are the tag number
	        this.number = enc & 0x1f;
	        // Bit 5 is the constructed bit
	        this.constructed = (enc & 0x20) === 0x20;
	        // Bit 6 & 7 are the class
	        this.class = enc >> 6;
	        if (this.number === 0x1f) {
	            throw new error_1.ASN1ParseError('long form tags not supported');
	        }
	        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0x00) {
	            throw new error_1.ASN1ParseError('unsupported tag 0x00');
	        }
	    }
	    isUniversal() {
	        return this.class === TAG_CLASS.UNIVERSAL;
	    }
	    isContextSpecific(num) {
	        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
	        return num !== undefined ? res && this.number === num : res;
	    }
	    isBoolean() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
	    }
	    isInteger() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
	    }
	    isBitString() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
	    }
	    isOctetString() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
	    }
	    isOID() {
	        return (this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER);
	    }
	    isUTCTime() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
	    }
	    isGeneralizedTime() {
	        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
	    }
	    toDER() {
	        return this.number | (this.constructed ? 0x20 : 0x00) | (this.class << 6);
	    }
	}
	tag.ASN1Tag = ASN1Tag;
	return tag;
}

var hasRequiredObj;

function requireObj () {
	if (hasRequiredObj) return obj;
	hasRequiredObj = 1;
	Object.defineProperty(obj, "__esModule", { value: true });
	obj.ASN1Obj = void 0;
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
	const stream_1 = requireStream();
	const error_1 = requireError$2();
	const length_1 = requireLength();
	const parse_1 = requireParse();
	const tag_1 = requireTag();
	class ASN1Obj {
	    tag;
	    subs;
	    value;
	    constructor(tag, value, subs) {
	        this.tag = tag;
	        this.value = value;
	        this.subs = subs;
	    }
	    // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
	    static parseBuffer(buf) {
	        const stream = new stream_1.ByteStream(buf);
	        const obj = parseStream(stream);
	        // Ensure the entire buffer was consumed; trailing data after the top-level
	        // object indicates a malformed (or maliciously padded) encoding.
	        if (stream.position !== stream.length) {
	            throw new error_1.ASN1ParseError('invalid trailing data');
	        }
	        return obj;
	    }
	    toDER() {
	        const valueStream = new stream_1.ByteStream();
	        if (this.subs.length > 0) {
	            for (const sub of this.subs) {
	                valueStream.appendView(sub.toDER());
	            }
	        }
	        else {
	            valueStream.appendView(this.value);
	        }
	        const value = valueStream.buffer;
	        // Concat tag/length/value
	        const obj = new stream_1.ByteStream();
	        obj.appendChar(this.tag.toDER());
	        obj.appendView((0, length_1.encodeLength)(value.length));
	        obj.appendView(value);
	        return obj.buffer;
	    }
	    /////////////////////////////////////////////////////////////////////////////
	    // Convenience methods for parsing ASN.1 primitives into JS types
	    // Returns the ASN.1 object's value as a boolean. Throws an error if the
	    // object is not a boolean.
	    toBoolean() {
	        if (!this.tag.isBoolean()) {
	            throw new error_1.ASN1TypeError('not a boolean');
	        }
	        return (0, parse_1.parseBoolean)(this.value);
	    }
	    // Returns the ASN.1 object's value as a BigInt. Throws an error if the
	    // object is not an integer.
	    toInteger() {
	        if (!this.tag.isInteger()) {
	            throw new error_1.ASN1TypeError('not an integer');
	        }
	        return (0, parse_1.parseInteger)(this.value);
	    }
	    // Returns the ASN.1 object's value as an OID string. Throws an error if the
	    // object is not an OID.
	    toOID() {
	        if (!this.tag.isOID()) {
	            throw new error_1.ASN1TypeError('not an OID');
	        }
	        return (0, parse_1.parseOID)(this.value);
	    }
	    // Returns the ASN.1 object's value as a Date. Throws an error if the object
	    // is not either a UTCTime or a GeneralizedTime.
	    toDate() {
	        switch (true) {
	            case this.tag.isUTCTime():
	                return (0, parse_1.parseTime)(this.value, true);
	            case this.tag.isGeneralizedTime():
	                return (0, parse_1.parseTime)(this.value, false);
	            default:
	                throw new error_1.ASN1TypeError('not a date');
	        }
	    }
	    // Returns the ASN.1 object's value as a number[] where each number is the
	    // value of a bit in the bit string. Throws an error if the object is not a
	    // bit string.
	    toBitString() {
	        if (!this.tag.isBitString()) {
	            throw new error_1.ASN1TypeError('not a bit string');
	        }
	        return (0, parse_1.parseBitString)(this.value);
	    }
	}
	obj.ASN1Obj = ASN1Obj;
	/////////////////////////////////////////////////////////////////////////////
	// Internal stream parsing functions
	// Maximum nesting depth for parsed ASN.1 objects. Bounds the mutual recursion
	// between parseStream and collectSubs so that deeply nested DER cannot exhaust
	// the call stack (denial of service).
	const MAX_DEPTH = 100;
	function parseStream(stream, depth = 0) {
	    if (depth > MAX_DEPTH) {
	        throw new error_1.ASN1ParseError('maximum nesting depth exceeded');
	    }
	    // Parse tag, length, and value from stream
	    const tag = new tag_1.ASN1Tag(stream.getUint8());
	    const len = (0, length_1.decodeLength)(stream);
	    const value = stream.slice(stream.position, len);
	    const start = stream.position;
	    let subs = [];
	    // If the object is constructed, parse its children. Sometimes, children
	    // are embedded in OCTESTRING objects, so we need to check those
	    // for children as well.
	    if (tag.constructed) {
	        subs = collectSubs(stream, len, depth);
	    }
	    else if (tag.isOctetString()) {
	        // Attempt to parse children of OCTETSTRING objects. If anything fails,
	        // assume the object is not constructed and treat as primitive. This is
	        // intentional: it transparently unwraps DER content embedded in an OCTET
	        // STRING (e.g. X.509 extnValue, CMS eContent). The error is swallowed
	        // because a parse failure simply means the bytes are an opaque primitive
	        // value rather than a nested structure.
	        try {
	            subs = collectSubs(stream, len, depth);
	        }
	        catch (e) {
	            // Fail silently and treat as primitive
	        }
	    }
	    // If there are no children, move stream cursor to the end of the object
	    if (subs.length === 0) {
	        stream.seek(start + len);
	    }
	    return new ASN1Obj(tag, value, subs);
	}
	function collectSubs(stream, len, depth) {
	    // Calculate end of object content
	    const end = stream.position + len;
	    // Make sure there are enough bytes left in the stream. This should never
	    // happen, cause it'll get caught when the stream is sliced in parseStream.
	    // Leaving as an extra check just in case.
	    /* istanbul ignore if */
	    if (end > stream.length) {
	        throw new error_1.ASN1ParseError('invalid length');
	    }
	    // Parse all children
	    const subs = [];
	    while (stream.position < end) {
	        subs.push(parseStream(stream, depth + 1));
	    }
	    // When we're done parsing children, we should be at the end of the object
	    if (stream.position !== end) {
	        throw new error_1.ASN1ParseError('invalid length');
	    }
	    return subs;
	}
	return obj;
}

var hasRequiredAsn1;

function requireAsn1 () {
	if (hasRequiredAsn1) return asn1;
	hasRequiredAsn1 = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.ASN1Obj = void 0;
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
		var obj_1 = requireObj();
		Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function () { return obj_1.ASN1Obj; } }); 
	} (asn1));
	return asn1;
}

var crypto = {};

var hasRequiredCrypto;

function requireCrypto () {
	if (hasRequiredCrypto) return crypto;
	hasRequiredCrypto = 1;
	var __importDefault = (crypto && crypto.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(crypto, "__esModule", { value: true });
	crypto.createPublicKey = createPublicKey;
	crypto.digest = digest;
	crypto.verify = verify;
	crypto.bufferEqual = bufferEqual;
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
	const crypto_1 = __importDefault(crypto$1);
	function createPublicKey(key, type = 'spki') {
	    if (typeof key === 'string') {
	        if (key.startsWith('-----')) {
	            return crypto_1.default.createPublicKey(key);
	        }
	        else {
	            return crypto_1.default.createPublicKey({
	                key: Buffer.from(key, 'base64'),
	                format: 'der',
	                type: type,
	            });
	        }
	    }
	    else {
	        return crypto_1.default.createPublicKey({ key, format: 'der', type: type });
	    }
	}
	function digest(algorithm, ...data) {
	    const hash = crypto_1.default.createHash(algorithm);
	    for (const d of data) {
	        hash.update(d);
	    }
	    return hash.digest();
	}
	function verify(data, key, signature, algorithm) {
	    // The try/catch is to work around an issue in Node 14.x where verify throws
	    // an error in some scenarios if the signature is invalid.
	    try {
	        return crypto_1.default.verify(algorithm, data, key, signature);
	    }
	    catch (e) {
	        /* istanbul ignore next */
	        return false;
	    }
	}
	function bufferEqual(a, b) {
	    try {
	        return crypto_1.default.timingSafeEqual(a, b);
	    }
	    catch {
	        /* istanbul ignore next */
	        return false;
	    }
	}
	return crypto;
}

var dsse$3 = {};

var hasRequiredDsse$3;

function requireDsse$3 () {
	if (hasRequiredDsse$3) return dsse$3;
	hasRequiredDsse$3 = 1;
	Object.defineProperty(dsse$3, "__esModule", { value: true });
	dsse$3.preAuthEncoding = preAuthEncoding;
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
	const PAE_PREFIX = 'DSSEv1';
	// DSSE Pre-Authentication Encoding
	function preAuthEncoding(payloadType, payload) {
	    const typeBytes = Buffer.from(payloadType, 'utf-8');
	    return Buffer.concat([
	        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, 'ascii'),
	        typeBytes,
	        Buffer.from(` ${payload.length} `, 'ascii'),
	        payload,
	    ]);
	}
	return dsse$3;
}

var encoding = {};

var hasRequiredEncoding;

function requireEncoding () {
	if (hasRequiredEncoding) return encoding;
	hasRequiredEncoding = 1;
	Object.defineProperty(encoding, "__esModule", { value: true });
	encoding.base64Encode = base64Encode;
	encoding.base64Decode = base64Decode;
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
	const BASE64_ENCODING = 'base64';
	const UTF8_ENCODING = 'utf-8';
	function base64Encode(str) {
	    return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
	}
	function base64Decode(str) {
	    return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
	}
	return encoding;
}

var json = {};

var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;
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
	Object.defineProperty(json, "__esModule", { value: true });
	json.canonicalize = canonicalize;
	// JSON canonicalization per https://github.com/cyberphone/json-canonicalization
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	function canonicalize(object) {
	    let buffer = '';
	    if (object === null || typeof object !== 'object' || object.toJSON != null) {
	        // Primitives or toJSONable objects
	        buffer += JSON.stringify(object);
	    }
	    else if (Array.isArray(object)) {
	        // Array - maintain element order
	        buffer += '[';
	        let first = true;
	        object.forEach((element) => {
	            if (!first) {
	                buffer += ',';
	            }
	            first = false;
	            // recursive call
	            buffer += canonicalize(element);
	        });
	        buffer += ']';
	    }
	    else {
	        // Object - Sort properties before serializing
	        buffer += '{';
	        let first = true;
	        Object.keys(object)
	            .sort()
	            .forEach((property) => {
	            if (!first) {
	                buffer += ',';
	            }
	            first = false;
	            buffer += JSON.stringify(property);
	            buffer += ':';
	            // recursive call
	            buffer += canonicalize(object[property]);
	        });
	        buffer += '}';
	    }
	    return buffer;
	}
	return json;
}

var pem = {};

var hasRequiredPem;

function requirePem () {
	if (hasRequiredPem) return pem;
	hasRequiredPem = 1;
	Object.defineProperty(pem, "__esModule", { value: true });
	pem.toDER = toDER;
	pem.fromDER = fromDER;
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
	const PEM_HEADER = /-----BEGIN (.*)-----/;
	const PEM_FOOTER = /-----END (.*)-----/;
	function toDER(certificate) {
	    let der = '';
	    certificate.split('\n').forEach((line) => {
	        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
	            return;
	        }
	        der += line;
	    });
	    return Buffer.from(der, 'base64');
	}
	// Translates a DER-encoded buffer into a PEM-encoded string. Standard PEM
	// encoding dictates that each certificate should have a trailing newline after
	// the footer.
	function fromDER(certificate, type = 'CERTIFICATE') {
	    // Base64-encode the certificate.
	    const der = certificate.toString('base64');
	    // Split the certificate into lines of 64 characters.
	    const lines = der.match(/.{1,64}/g) || '';
	    return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`]
	        .join('\n')
	        .concat('\n');
	}
	return pem;
}

var rfc3161 = {};

var timestamp$2 = {};

var oid = {};

var hasRequiredOid;

function requireOid () {
	if (hasRequiredOid) return oid;
	hasRequiredOid = 1;
	Object.defineProperty(oid, "__esModule", { value: true });
	oid.SHA2_HASH_ALGOS = oid.RSA_SIGNATURE_ALGOS = oid.ECDSA_SIGNATURE_ALGOS = void 0;
	oid.ECDSA_SIGNATURE_ALGOS = {
	    '1.2.840.10045.4.3.1': 'sha224',
	    '1.2.840.10045.4.3.2': 'sha256',
	    '1.2.840.10045.4.3.3': 'sha384',
	    '1.2.840.10045.4.3.4': 'sha512',
	};
	oid.RSA_SIGNATURE_ALGOS = {
	    '1.2.840.113549.1.1.14': 'sha224',
	    '1.2.840.113549.1.1.11': 'sha256',
	    '1.2.840.113549.1.1.12': 'sha384',
	    '1.2.840.113549.1.1.13': 'sha512',
	};
	oid.SHA2_HASH_ALGOS = {
	    '2.16.840.1.101.3.4.2.1': 'sha256',
	    '2.16.840.1.101.3.4.2.2': 'sha384',
	    '2.16.840.1.101.3.4.2.3': 'sha512',
	};
	return oid;
}

var error$1 = {};

var hasRequiredError$1;

function requireError$1 () {
	if (hasRequiredError$1) return error$1;
	hasRequiredError$1 = 1;
	Object.defineProperty(error$1, "__esModule", { value: true });
	error$1.RFC3161TimestampVerificationError = void 0;
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
	class RFC3161TimestampVerificationError extends Error {
	}
	error$1.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
	return error$1;
}

var tstinfo = {};

var hasRequiredTstinfo;

function requireTstinfo () {
	if (hasRequiredTstinfo) return tstinfo;
	hasRequiredTstinfo = 1;
	var __createBinding = (tstinfo && tstinfo.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (tstinfo && tstinfo.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (tstinfo && tstinfo.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	Object.defineProperty(tstinfo, "__esModule", { value: true });
	tstinfo.TSTInfo = void 0;
	const crypto = __importStar(requireCrypto());
	const oid_1 = requireOid();
	const error_1 = requireError$1();
	class TSTInfo {
	    root;
	    constructor(asn1) {
	        this.root = asn1;
	    }
	    get version() {
	        return this.root.subs[0].toInteger();
	    }
	    get genTime() {
	        return this.root.subs[4].toDate();
	    }
	    get messageImprintHashAlgorithm() {
	        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
	        return oid_1.SHA2_HASH_ALGOS[oid];
	    }
	    get messageImprintHashedMessage() {
	        return this.messageImprintObj.subs[1].value;
	    }
	    get raw() {
	        return this.root.toDER();
	    }
	    verify(data) {
	        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
	        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
	            throw new error_1.RFC3161TimestampVerificationError('message imprint does not match artifact');
	        }
	    }
	    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
	    get messageImprintObj() {
	        return this.root.subs[2];
	    }
	}
	tstinfo.TSTInfo = TSTInfo;
	return tstinfo;
}

var hasRequiredTimestamp$1;

function requireTimestamp$1 () {
	if (hasRequiredTimestamp$1) return timestamp$2;
	hasRequiredTimestamp$1 = 1;
	var __createBinding = (timestamp$2 && timestamp$2.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (timestamp$2 && timestamp$2.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (timestamp$2 && timestamp$2.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	Object.defineProperty(timestamp$2, "__esModule", { value: true });
	timestamp$2.RFC3161Timestamp = void 0;
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
	const asn1_1 = requireAsn1();
	const crypto = __importStar(requireCrypto());
	const oid_1 = requireOid();
	const error_1 = requireError$1();
	const tstinfo_1 = requireTstinfo();
	const OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = '1.2.840.113549.1.7.2';
	const OID_PKCS9_CONTENT_TYPE_TSTINFO = '1.2.840.113549.1.9.16.1.4';
	const OID_PKCS9_MESSAGE_DIGEST_KEY = '1.2.840.113549.1.9.4';
	class RFC3161Timestamp {
	    root;
	    constructor(asn1) {
	        this.root = asn1;
	    }
	    static parse(der) {
	        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
	        return new RFC3161Timestamp(asn1);
	    }
	    get status() {
	        return this.pkiStatusInfoObj.subs[0].toInteger();
	    }
	    get contentType() {
	        return this.contentTypeObj.toOID();
	    }
	    get eContentType() {
	        return this.eContentTypeObj.toOID();
	    }
	    get signingTime() {
	        return this.tstInfo.genTime;
	    }
	    get signerIssuer() {
	        return this.signerSidObj.subs[0].value;
	    }
	    get signerSerialNumber() {
	        return this.signerSidObj.subs[1].value;
	    }
	    get signerDigestAlgorithm() {
	        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
	        return oid_1.SHA2_HASH_ALGOS[oid];
	    }
	    get signatureAlgorithm() {
	        const oid = this.signatureAlgorithmObj.subs[0].toOID();
	        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
	    }
	    get signatureValue() {
	        return this.signatureValueObj.value;
	    }
	    get tstInfo() {
	        // Need to unpack tstInfo from an OCTET STRING
	        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
	    }
	    verify(data, publicKey) {
	        if (!this.timeStampTokenObj) {
	            throw new error_1.RFC3161TimestampVerificationError('timeStampToken is missing');
	        }
	        // Check for expected ContentInfo content type
	        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
	            throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
	        }
	        // Check for expected encapsulated content type
	        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
	            throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
	        }
	        // Check that the tstInfo references the correct artifact
	        this.tstInfo.verify(data);
	        // Check that the signed message digest matches the tstInfo
	        this.verifyMessageDigest();
	        // Check that the signature is valid for the signed attributes
	        this.verifySignature(publicKey);
	    }
	    verifyMessageDigest() {
	        // Check that the tstInfo matches the signed data
	        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
	        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
	        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
	            throw new error_1.RFC3161TimestampVerificationError('signed data does not match tstInfo');
	        }
	    }
	    verifySignature(key) {
	        // Encode the signed attributes for verification
	        const signedAttrs = this.signedAttrsObj.toDER();
	        signedAttrs[0] = 0x31; // Change context-specific tag to SET
	        // Check that the signature is valid for the signed attributes
	        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
	        if (!verified) {
	            throw new error_1.RFC3161TimestampVerificationError('signature verification failed');
	        }
	    }
	    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
	    get pkiStatusInfoObj() {
	        // pkiStatusInfo is the first element of the timestamp response sequence
	        return this.root.subs[0];
	    }
	    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
	    get timeStampTokenObj() {
	        // timeStampToken is the first element of the timestamp response sequence
	        return this.root.subs[1];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-3
	    get contentTypeObj() {
	        return this.timeStampTokenObj.subs[0];
	    }
	    // https://www.rfc-editor.org/rfc/rfc5652#section-3
	    get signedDataObj() {
	        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
	        return obj.subs[0];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
	    get encapContentInfoObj() {
	        return this.signedDataObj.subs[2];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
	    get signerInfosObj() {
	        // SignerInfos is the last element of the signed data sequence
	        const sd = this.signedDataObj;
	        return sd.subs[sd.subs.length - 1];
	    }
	    // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
	    get signerInfoObj() {
	        // Only supporting one signer
	        return this.signerInfosObj.subs[0];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
	    get eContentTypeObj() {
	        return this.encapContentInfoObj.subs[0];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
	    get eContentObj() {
	        return this.encapContentInfoObj.subs[1];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get signedAttrsObj() {
	        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
	        return signedAttrs;
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get messageDigestAttributeObj() {
	        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() &&
	            sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
	        return messageDigest;
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get signerSidObj() {
	        return this.signerInfoObj.subs[1];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get signerDigestAlgorithmObj() {
	        // Signature is the 2nd element of the signerInfoObj object
	        return this.signerInfoObj.subs[2];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get signatureAlgorithmObj() {
	        // Signature is the 4th element of the signerInfoObj object
	        return this.signerInfoObj.subs[4];
	    }
	    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
	    get signatureValueObj() {
	        // Signature is the 6th element of the signerInfoObj object
	        return this.signerInfoObj.subs[5];
	    }
	}
	timestamp$2.RFC3161Timestamp = RFC3161Timestamp;
	return timestamp$2;
}

var hasRequiredRfc3161;

function requireRfc3161 () {
	if (hasRequiredRfc3161) return rfc3161;
	hasRequiredRfc3161 = 1;
	(function (exports) {
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
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.RFC3161Timestamp = void 0;
		var timestamp_1 = requireTimestamp$1();
		Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function () { return timestamp_1.RFC3161Timestamp; } }); 
	} (rfc3161));
	return rfc3161;
}

var x509 = {};

var cert = {};

var ext = {};

var sct$1 = {};

var hasRequiredSct$1;

function requireSct$1 () {
	if (hasRequiredSct$1) return sct$1;
	hasRequiredSct$1 = 1;
	var __createBinding = (sct$1 && sct$1.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (sct$1 && sct$1.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (sct$1 && sct$1.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	Object.defineProperty(sct$1, "__esModule", { value: true });
	sct$1.SignedCertificateTimestamp = void 0;
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
	const crypto = __importStar(requireCrypto());
	const stream_1 = requireStream();
	class SignedCertificateTimestamp {
	    version;
	    logID;
	    timestamp;
	    extensions;
	    hashAlgorithm;
	    signatureAlgorithm;
	    signature;
	    constructor(options) {
	        this.version = options.version;
	        this.logID = options.logID;
	        this.timestamp = options.timestamp;
	        this.extensions = options.extensions;
	        this.hashAlgorithm = options.hashAlgorithm;
	        this.signatureAlgorithm = options.signatureAlgorithm;
	        this.signature = options.signature;
	    }
	    get datetime() {
	        return new Date(Number(this.timestamp.readBigInt64BE()));
	    }
	    // Returns the hash algorithm used to generate the SCT's signature.
	    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
	    get algorithm() {
	        switch (this.hashAlgorithm) {
	            /* istanbul ignore next */
	            case 0:
	                return 'none';
	            /* istanbul ignore next */
	            case 1:
	                return 'md5';
	            /* istanbul ignore next */
	            case 2:
	                return 'sha1';
	            /* istanbul ignore next */
	            case 3:
	                return 'sha224';
	            case 4:
	                return 'sha256';
	            /* istanbul ignore next */
	            case 5:
	                return 'sha384';
	            /* istanbul ignore next */
	            case 6:
	                return 'sha512';
	            /* istanbul ignore next */
	            default:
	                return 'unknown';
	        }
	    }
	    verify(preCert, key) {
	        // Assemble the digitally-signed struct (the data over which the signature
	        // was generated).
	        // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
	        const stream = new stream_1.ByteStream();
	        stream.appendChar(this.version);
	        stream.appendChar(0x00); // SignatureType = certificate_timestamp(0)
	        stream.appendView(this.timestamp);
	        stream.appendUint16(0x01); // LogEntryType = precert_entry(1)
	        stream.appendView(preCert);
	        stream.appendUint16(this.extensions.byteLength);
	        /* istanbul ignore next - extensions are very uncommon */
	        if (this.extensions.byteLength > 0) {
	            stream.appendView(this.extensions);
	        }
	        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
	    }
	    // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
	    // TLS encoding which means the fields and lengths of most fields are
	    // specified as part of the SCT and TLS specs.
	    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
	    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
	    static parse(buf) {
	        const stream = new stream_1.ByteStream(buf);
	        // Version - enum { v1(0), (255) }
	        const version = stream.getUint8();
	        // Log ID  - struct { opaque key_id[32]; }
	        const logID = stream.getBlock(32);
	        // Timestamp - uint64
	        const timestamp = stream.getBlock(8);
	        // Extensions - opaque extensions<0..2^16-1>;
	        const extenstionLength = stream.getUint16();
	        const extensions = stream.getBlock(extenstionLength);
	        // Hash algo - enum { sha256(4), . . . (255) }
	        const hashAlgorithm = stream.getUint8();
	        // Signature algo - enum { anonymous(0), rsa(1), dsa(2), ecdsa(3), (255) }
	        const signatureAlgorithm = stream.getUint8();
	        // Signature  - opaque signature<0..2^16-1>;
	        const sigLength = stream.getUint16();
	        const signature = stream.getBlock(sigLength);
	        // Check that we read the entire buffer
	        if (stream.position !== buf.length) {
	            throw new Error('SCT buffer length mismatch');
	        }
	        return new SignedCertificateTimestamp({
	            version,
	            logID,
	            timestamp,
	            extensions,
	            hashAlgorithm,
	            signatureAlgorithm,
	            signature,
	        });
	    }
	}
	sct$1.SignedCertificateTimestamp = SignedCertificateTimestamp;
	return sct$1;
}

var hasRequiredExt;

function requireExt () {
	if (hasRequiredExt) return ext;
	hasRequiredExt = 1;
	Object.defineProperty(ext, "__esModule", { value: true });
	ext.X509SCTExtension = ext.X509SubjectKeyIDExtension = ext.X509AuthorityKeyIDExtension = ext.X509SubjectAlternativeNameExtension = ext.X509KeyUsageExtension = ext.X509BasicConstraintsExtension = ext.X509Extension = void 0;
	const stream_1 = requireStream();
	const sct_1 = requireSct$1();
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.1
	class X509Extension {
	    root;
	    constructor(asn1) {
	        this.root = asn1;
	    }
	    get oid() {
	        return this.root.subs[0].toOID();
	    }
	    get critical() {
	        // The critical field is optional and will be the second element of the
	        // extension sequence if present. Default to false if not present.
	        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
	    }
	    get value() {
	        return this.extnValueObj.value;
	    }
	    get valueObj() {
	        return this.extnValueObj;
	    }
	    get extnValueObj() {
	        // The extnValue field will be the last element of the extension sequence
	        return this.root.subs[this.root.subs.length - 1];
	    }
	}
	ext.X509Extension = X509Extension;
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9
	class X509BasicConstraintsExtension extends X509Extension {
	    get isCA() {
	        return this.sequence.subs[0]?.toBoolean() ?? false;
	    }
	    get pathLenConstraint() {
	        return this.sequence.subs.length > 1
	            ? this.sequence.subs[1].toInteger()
	            : undefined;
	    }
	    // The extnValue field contains a single sequence wrapping the isCA and
	    // pathLenConstraint.
	    get sequence() {
	        return this.extnValueObj.subs[0];
	    }
	}
	ext.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3
	class X509KeyUsageExtension extends X509Extension {
	    get digitalSignature() {
	        return this.bitString[0] === 1;
	    }
	    get keyCertSign() {
	        return this.bitString[5] === 1;
	    }
	    get crlSign() {
	        return this.bitString[6] === 1;
	    }
	    // The extnValue field contains a single bit string which is a bit mask
	    // indicating which key usages are enabled.
	    get bitString() {
	        return this.extnValueObj.subs[0].toBitString();
	    }
	}
	ext.X509KeyUsageExtension = X509KeyUsageExtension;
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6
	class X509SubjectAlternativeNameExtension extends X509Extension {
	    get rfc822Name() {
	        return this.findGeneralName(0x01)?.value.toString('ascii');
	    }
	    get uri() {
	        return this.findGeneralName(0x06)?.value.toString('ascii');
	    }
	    // Retrieve the value of an otherName with the given OID.
	    otherName(oid) {
	        const otherName = this.findGeneralName(0x00);
	        if (otherName === undefined) {
	            return undefined;
	        }
	        // The otherName is a sequence containing an OID and a value.
	        // Need to check that the OID matches the one we're looking for.
	        const otherNameOID = otherName.subs[0].toOID();
	        if (otherNameOID !== oid) {
	            return undefined;
	        }
	        // The otherNameValue is a sequence containing the actual value.
	        const otherNameValue = otherName.subs[1];
	        return otherNameValue.subs[0].value.toString('ascii');
	    }
	    findGeneralName(tag) {
	        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
	    }
	    // The extnValue field contains a sequence of GeneralNames.
	    get generalNames() {
	        return this.extnValueObj.subs[0].subs;
	    }
	}
	ext.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.1
	class X509AuthorityKeyIDExtension extends X509Extension {
	    get keyIdentifier() {
	        return this.findSequenceMember(0x00)?.value;
	    }
	    findSequenceMember(tag) {
	        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
	    }
	    // The extnValue field contains a single sequence wrapping the keyIdentifier
	    get sequence() {
	        return this.extnValueObj.subs[0];
	    }
	}
	ext.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
	// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.2
	class X509SubjectKeyIDExtension extends X509Extension {
	    get keyIdentifier() {
	        return this.extnValueObj.subs[0].value;
	    }
	}
	ext.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
	// https://www.rfc-editor.org/rfc/rfc6962#section-3.3
	class X509SCTExtension extends X509Extension {
	    constructor(asn1) {
	        super(asn1);
	    }
	    get signedCertificateTimestamps() {
	        const buf = this.extnValueObj.subs[0].value;
	        const stream = new stream_1.ByteStream(buf);
	        // The overall list length is encoded in the first two bytes -- note this
	        // is the length of the list in bytes, NOT the number of SCTs in the list
	        const end = stream.getUint16() + 2;
	        const sctList = [];
	        while (stream.position < end) {
	            // Read the length of the next SCT
	            const sctLength = stream.getUint16();
	            // Slice out the bytes for the next SCT and parse it
	            const sct = stream.getBlock(sctLength);
	            sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
	        }
	        if (stream.position !== end) {
	            throw new Error('SCT list length does not match actual length');
	        }
	        return sctList;
	    }
	}
	ext.X509SCTExtension = X509SCTExtension;
	return ext;
}

var hasRequiredCert;

function requireCert () {
	if (hasRequiredCert) return cert;
	hasRequiredCert = 1;
	(function (exports) {
		var __createBinding = (cert && cert.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (cert && cert.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __importStar = (cert && cert.__importStar) || (function () {
		    var ownKeys = function(o) {
		        ownKeys = Object.getOwnPropertyNames || function (o) {
		            var ar = [];
		            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
		            return ar;
		        };
		        return ownKeys(o);
		    };
		    return function (mod) {
		        if (mod && mod.__esModule) return mod;
		        var result = {};
		        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
		        __setModuleDefault(result, mod);
		        return result;
		    };
		})();
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
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
		const asn1_1 = requireAsn1();
		const crypto = __importStar(requireCrypto());
		const oid_1 = requireOid();
		const pem = __importStar(requirePem());
		const ext_1 = requireExt();
		const EXTENSION_OID_SUBJECT_KEY_ID = '2.5.29.14';
		const EXTENSION_OID_KEY_USAGE = '2.5.29.15';
		const EXTENSION_OID_SUBJECT_ALT_NAME = '2.5.29.17';
		const EXTENSION_OID_BASIC_CONSTRAINTS = '2.5.29.19';
		const EXTENSION_OID_AUTHORITY_KEY_ID = '2.5.29.35';
		exports.EXTENSION_OID_SCT = '1.3.6.1.4.1.11129.2.4.2';
		class X509Certificate {
		    root;
		    constructor(asn1) {
		        this.root = asn1;
		    }
		    static parse(cert) {
		        const der = typeof cert === 'string' ? pem.toDER(cert) : cert;
		        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
		        return new X509Certificate(asn1);
		    }
		    get tbsCertificate() {
		        return this.tbsCertificateObj;
		    }
		    get version() {
		        // version number is the first element of the version context specific tag
		        const ver = this.versionObj.subs[0].toInteger();
		        return `v${(ver + BigInt(1)).toString()}`;
		    }
		    get serialNumber() {
		        return this.serialNumberObj.value;
		    }
		    get notBefore() {
		        // notBefore is the first element of the validity sequence
		        return this.validityObj.subs[0].toDate();
		    }
		    get notAfter() {
		        // notAfter is the second element of the validity sequence
		        return this.validityObj.subs[1].toDate();
		    }
		    get issuer() {
		        return this.issuerObj.value;
		    }
		    get subject() {
		        return this.subjectObj.value;
		    }
		    get publicKey() {
		        return this.subjectPublicKeyInfoObj.toDER();
		    }
		    get signatureAlgorithm() {
		        const oid = this.signatureAlgorithmObj.subs[0].toOID();
		        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
		            return oid_1.RSA_SIGNATURE_ALGOS[oid];
		        }
		        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
		    }
		    get signatureValue() {
		        // Signature value is a bit string, so we need to skip the first byte
		        return this.signatureValueObj.value.subarray(1);
		    }
		    get subjectAltName() {
		        const ext = this.extSubjectAltName;
		        return ext?.uri || /* istanbul ignore next */ ext?.rfc822Name;
		    }
		    get extensions() {
		        // The extension list is the first (and only) element of the extensions
		        // context specific tag
		        /* istanbul ignore next */
		        const extSeq = this.extensionsObj?.subs[0];
		        /* istanbul ignore next */
		        return extSeq?.subs || [];
		    }
		    get extKeyUsage() {
		        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
		        return ext ? new ext_1.X509KeyUsageExtension(ext) : undefined;
		    }
		    get extBasicConstraints() {
		        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
		        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : undefined;
		    }
		    get extSubjectAltName() {
		        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
		        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : undefined;
		    }
		    get extAuthorityKeyID() {
		        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
		        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : undefined;
		    }
		    get extSubjectKeyID() {
		        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
		        return ext
		            ? new ext_1.X509SubjectKeyIDExtension(ext)
		            : /* istanbul ignore next */ undefined;
		    }
		    get extSCT() {
		        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
		        return ext ? new ext_1.X509SCTExtension(ext) : undefined;
		    }
		    get isCA() {
		        const ca = this.extBasicConstraints?.isCA || false;
		        // If the KeyUsage extension is present, keyCertSign must be set
		        /* istanbul ignore else */
		        if (this.extKeyUsage) {
		            return ca && this.extKeyUsage.keyCertSign;
		        }
		        // TODO: test coverage for this case
		        /* istanbul ignore next */
		        return ca;
		    }
		    extension(oid) {
		        const ext = this.findExtension(oid);
		        return ext ? new ext_1.X509Extension(ext) : undefined;
		    }
		    verify(issuerCertificate) {
		        // Use the issuer's public key if provided, otherwise use the subject's
		        const publicKey = issuerCertificate?.publicKey || this.publicKey;
		        const key = crypto.createPublicKey(publicKey);
		        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
		    }
		    validForDate(date) {
		        return this.notBefore <= date && date <= this.notAfter;
		    }
		    equals(other) {
		        return this.root.toDER().equals(other.root.toDER());
		    }
		    // Creates a copy of the certificate with a new buffer
		    clone() {
		        const der = this.root.toDER();
		        const clone = Buffer.alloc(der.length);
		        der.copy(clone);
		        return X509Certificate.parse(clone);
		    }
		    findExtension(oid) {
		        // Find the extension with the given OID. The OID will always be the first
		        // element of the extension sequence
		        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
		    }
		    /////////////////////////////////////////////////////////////////////////////
		    // The following properties use the documented x509 structure to locate the
		    // desired ASN.1 object
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
		    get tbsCertificateObj() {
		        // tbsCertificate is the first element of the certificate sequence
		        return this.root.subs[0];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
		    get signatureAlgorithmObj() {
		        // signatureAlgorithm is the second element of the certificate sequence
		        return this.root.subs[1];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
		    get signatureValueObj() {
		        // signatureValue is the third element of the certificate sequence
		        return this.root.subs[2];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
		    get versionObj() {
		        // version is the first element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[0];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
		    get serialNumberObj() {
		        // serialNumber is the second element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[1];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
		    get issuerObj() {
		        // issuer is the fourth element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[3];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
		    get validityObj() {
		        // version is the fifth element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[4];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
		    get subjectObj() {
		        // subject is the sixth element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[5];
		    }
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
		    get subjectPublicKeyInfoObj() {
		        // subjectPublicKeyInfo is the seventh element of the tbsCertificate sequence
		        return this.tbsCertificateObj.subs[6];
		    }
		    // Extensions can't be located by index because their position varies. Instead,
		    // we need to find the extensions context specific tag
		    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
		    get extensionsObj() {
		        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(0x03));
		    }
		}
		exports.X509Certificate = X509Certificate; 
	} (cert));
	return cert;
}

var hasRequiredX509;

function requireX509 () {
	if (hasRequiredX509) return x509;
	hasRequiredX509 = 1;
	(function (exports) {
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
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
		var cert_1 = requireCert();
		Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function () { return cert_1.EXTENSION_OID_SCT; } });
		Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function () { return cert_1.X509Certificate; } });
		var ext_1 = requireExt();
		Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function () { return ext_1.X509SCTExtension; } }); 
	} (x509));
	return x509;
}

var hasRequiredDist$1;

function requireDist$1 () {
	if (hasRequiredDist$1) return dist$1;
	hasRequiredDist$1 = 1;
	(function (exports) {
		var __createBinding = (dist$1 && dist$1.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (dist$1 && dist$1.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __importStar = (dist$1 && dist$1.__importStar) || (function () {
		    var ownKeys = function(o) {
		        ownKeys = Object.getOwnPropertyNames || function (o) {
		            var ar = [];
		            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
		            return ar;
		        };
		        return ownKeys(o);
		    };
		    return function (mod) {
		        if (mod && mod.__esModule) return mod;
		        var result = {};
		        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
		        __setModuleDefault(result, mod);
		        return result;
		    };
		})();
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
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
		var asn1_1 = requireAsn1();
		Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function () { return asn1_1.ASN1Obj; } });
		exports.crypto = __importStar(requireCrypto());
		exports.dsse = __importStar(requireDsse$3());
		exports.encoding = __importStar(requireEncoding());
		exports.json = __importStar(requireJson());
		exports.pem = __importStar(requirePem());
		var rfc3161_1 = requireRfc3161();
		Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function () { return rfc3161_1.RFC3161Timestamp; } });
		var stream_1 = requireStream();
		Object.defineProperty(exports, "ByteStream", { enumerable: true, get: function () { return stream_1.ByteStream; } });
		var x509_1 = requireX509();
		Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function () { return x509_1.EXTENSION_OID_SCT; } });
		Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function () { return x509_1.X509Certificate; } });
		Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function () { return x509_1.X509SCTExtension; } }); 
	} (dist$1));
	return dist$1;
}

var distExports$2 = requireDist$1();

var distExports$1 = index.requireDist();

var dist = {};

var bundle = {};

var dsse$2 = {};

var hasRequiredDsse$2;

function requireDsse$2 () {
	if (hasRequiredDsse$2) return dsse$2;
	hasRequiredDsse$2 = 1;
	Object.defineProperty(dsse$2, "__esModule", { value: true });
	dsse$2.DSSESignatureContent = void 0;
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
	const core_1 = requireDist$1();
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
	dsse$2.DSSESignatureContent = DSSESignatureContent;
	return dsse$2;
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
	const core_1 = requireDist$1();
	const protobuf_specs_1 = index.requireDist();
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
	const core_1 = requireDist$1();
	const dsse_1 = requireDsse$2();
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
		const core_1 = requireDist$1();
		const protobuf_specs_1 = index.requireDist();
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

var verifier$1 = {};

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
	const core_1 = requireDist$1();
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
	const core_1 = requireDist$1();
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
	const core_1 = requireDist$1();
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

var v2 = {};

var dsse$1 = {};

var verifier = {};

var hasRequiredVerifier$1;

function requireVerifier$1 () {
	if (hasRequiredVerifier$1) return verifier;
	hasRequiredVerifier$1 = 1;
	(function (exports) {
		// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
		// versions:
		//   protoc-gen-ts_proto  v2.12.0
		//   protoc               v7.35.1
		// source: rekor/v2/verifier.proto
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.Signature = exports.Verifier = exports.PublicKey = void 0;
		/* eslint-disable */
		const sigstore_common_1 = index.requireSigstore_common();
		exports.PublicKey = {
		    fromJSON(object) {
		        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.rawBytes.length !== 0) {
		            obj.rawBytes = base64FromBytes(message.rawBytes);
		        }
		        return obj;
		    },
		};
		exports.Verifier = {
		    fromJSON(object) {
		        return {
		            verifier: isSet(object.publicKey)
		                ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) }
		                : isSet(object.x509Certificate)
		                    ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) }
		                    : undefined,
		            keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0,
		        };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.verifier?.$case === "publicKey") {
		            obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
		        }
		        else if (message.verifier?.$case === "x509Certificate") {
		            obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
		        }
		        if (message.keyDetails !== 0) {
		            obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
		        }
		        return obj;
		    },
		};
		exports.Signature = {
		    fromJSON(object) {
		        return {
		            content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
		            verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : undefined,
		        };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.content.length !== 0) {
		            obj.content = base64FromBytes(message.content);
		        }
		        if (message.verifier !== undefined) {
		            obj.verifier = exports.Verifier.toJSON(message.verifier);
		        }
		        return obj;
		    },
		};
		function bytesFromBase64(b64) {
		    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
		}
		function base64FromBytes(arr) {
		    return globalThis.Buffer.from(arr).toString("base64");
		}
		function isSet(value) {
		    return value !== null && value !== undefined;
		} 
	} (verifier));
	return verifier;
}

var hasRequiredDsse$1;

function requireDsse$1 () {
	if (hasRequiredDsse$1) return dsse$1;
	hasRequiredDsse$1 = 1;
	// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
	// versions:
	//   protoc-gen-ts_proto  v2.12.0
	//   protoc               v7.35.1
	// source: rekor/v2/dsse.proto
	Object.defineProperty(dsse$1, "__esModule", { value: true });
	dsse$1.DSSELogEntryV002 = dsse$1.DSSERequestV002 = void 0;
	/* eslint-disable */
	const envelope_1 = index.requireEnvelope();
	const sigstore_common_1 = index.requireSigstore_common();
	const verifier_1 = requireVerifier$1();
	dsse$1.DSSERequestV002 = {
	    fromJSON(object) {
	        return {
	            envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : undefined,
	            verifiers: globalThis.Array.isArray(object?.verifiers)
	                ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e))
	                : [],
	        };
	    },
	    toJSON(message) {
	        const obj = {};
	        if (message.envelope !== undefined) {
	            obj.envelope = envelope_1.Envelope.toJSON(message.envelope);
	        }
	        if (message.verifiers?.length) {
	            obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
	        }
	        return obj;
	    },
	};
	dsse$1.DSSELogEntryV002 = {
	    fromJSON(object) {
	        return {
	            payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : undefined,
	            signatures: globalThis.Array.isArray(object?.signatures)
	                ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e))
	                : [],
	        };
	    },
	    toJSON(message) {
	        const obj = {};
	        if (message.payloadHash !== undefined) {
	            obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
	        }
	        if (message.signatures?.length) {
	            obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
	        }
	        return obj;
	    },
	};
	function isSet(value) {
	    return value !== null && value !== undefined;
	}
	return dsse$1;
}

var entry = {};

var hashedrekord$1 = {};

var hasRequiredHashedrekord$1;

function requireHashedrekord$1 () {
	if (hasRequiredHashedrekord$1) return hashedrekord$1;
	hasRequiredHashedrekord$1 = 1;
	// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
	// versions:
	//   protoc-gen-ts_proto  v2.12.0
	//   protoc               v7.35.1
	// source: rekor/v2/hashedrekord.proto
	Object.defineProperty(hashedrekord$1, "__esModule", { value: true });
	hashedrekord$1.HashedRekordLogEntryV002 = hashedrekord$1.HashedRekordRequestV002 = void 0;
	/* eslint-disable */
	const sigstore_common_1 = index.requireSigstore_common();
	const verifier_1 = requireVerifier$1();
	hashedrekord$1.HashedRekordRequestV002 = {
	    fromJSON(object) {
	        return {
	            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
	            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
	        };
	    },
	    toJSON(message) {
	        const obj = {};
	        if (message.digest.length !== 0) {
	            obj.digest = base64FromBytes(message.digest);
	        }
	        if (message.signature !== undefined) {
	            obj.signature = verifier_1.Signature.toJSON(message.signature);
	        }
	        return obj;
	    },
	};
	hashedrekord$1.HashedRekordLogEntryV002 = {
	    fromJSON(object) {
	        return {
	            data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : undefined,
	            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
	        };
	    },
	    toJSON(message) {
	        const obj = {};
	        if (message.data !== undefined) {
	            obj.data = sigstore_common_1.HashOutput.toJSON(message.data);
	        }
	        if (message.signature !== undefined) {
	            obj.signature = verifier_1.Signature.toJSON(message.signature);
	        }
	        return obj;
	    },
	};
	function bytesFromBase64(b64) {
	    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
	}
	function base64FromBytes(arr) {
	    return globalThis.Buffer.from(arr).toString("base64");
	}
	function isSet(value) {
	    return value !== null && value !== undefined;
	}
	return hashedrekord$1;
}

var hasRequiredEntry;

function requireEntry () {
	if (hasRequiredEntry) return entry;
	hasRequiredEntry = 1;
	(function (exports) {
		// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
		// versions:
		//   protoc-gen-ts_proto  v2.12.0
		//   protoc               v7.35.1
		// source: rekor/v2/entry.proto
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
		/* eslint-disable */
		const dsse_1 = requireDsse$1();
		const hashedrekord_1 = requireHashedrekord$1();
		exports.Entry = {
		    fromJSON(object) {
		        return {
		            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
		            apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
		            spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : undefined,
		        };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.kind !== "") {
		            obj.kind = message.kind;
		        }
		        if (message.apiVersion !== "") {
		            obj.apiVersion = message.apiVersion;
		        }
		        if (message.spec !== undefined) {
		            obj.spec = exports.Spec.toJSON(message.spec);
		        }
		        return obj;
		    },
		};
		exports.Spec = {
		    fromJSON(object) {
		        return {
		            spec: isSet(object.hashedRekordV002)
		                ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) }
		                : isSet(object.dsseV002)
		                    ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) }
		                    : undefined,
		        };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.spec?.$case === "hashedRekordV002") {
		            obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
		        }
		        else if (message.spec?.$case === "dsseV002") {
		            obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
		        }
		        return obj;
		    },
		};
		exports.CreateEntryRequest = {
		    fromJSON(object) {
		        return {
		            spec: isSet(object.hashedRekordRequestV002)
		                ? {
		                    $case: "hashedRekordRequestV002",
		                    hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002),
		                }
		                : isSet(object.dsseRequestV002)
		                    ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) }
		                    : undefined,
		        };
		    },
		    toJSON(message) {
		        const obj = {};
		        if (message.spec?.$case === "hashedRekordRequestV002") {
		            obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
		        }
		        else if (message.spec?.$case === "dsseRequestV002") {
		            obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
		        }
		        return obj;
		    },
		};
		function isSet(value) {
		    return value !== null && value !== undefined;
		} 
	} (entry));
	return entry;
}

var hasRequiredV2;

function requireV2 () {
	if (hasRequiredV2) return v2;
	hasRequiredV2 = 1;
	(function (exports) {
		var __createBinding = (v2 && v2.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (v2 && v2.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
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
		__exportStar(requireDsse$1(), exports);
		__exportStar(requireEntry(), exports);
		__exportStar(requireHashedrekord$1(), exports);
		__exportStar(requireVerifier$1(), exports); 
	} (v2));
	return v2;
}

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
	const core_1 = requireDist$1();
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
	const core_1 = requireDist$1();
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
	const core_1 = requireDist$1();
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
	const v2_1 = requireV2();
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
	if (hasRequiredVerifier) return verifier$1;
	hasRequiredVerifier = 1;
	Object.defineProperty(verifier$1, "__esModule", { value: true });
	verifier$1.Verifier = void 0;
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
	const util_1 = require$$6;
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
	verifier$1.Verifier = Verifier;
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
	return verifier$1;
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
const materials = new WeakMap();
const timestamp = (d) => d.toISOString().replace(/\.000Z$/, 'Z');
function trustMaterial(trust, keys) {
    const root = trust.root;
    const cached = keys === undefined ? materials.get(root) : undefined;
    if (cached)
        return cached;
    let material;
    try {
        const parsed = distExports$1.TrustedRoot.fromJSON(trust.root);
        material = distExports.toTrustMaterial(parsed, keys === undefined
            ? undefined
            : hint => ({ publicKey: keys(hint).publicKey, validFor: () => true }));
    }
    catch (error) {
        throw new main.GateError('PARSE_ERROR', `is not a usable Sigstore trusted root (trusted_root.json): ${main.messageOf(error)}`, { file: trust.rootLabel });
    }
    if (keys === undefined)
        materials.set(root, material);
    return material;
}
const join = (prefix, field) => prefix === '' ? field : `${prefix}.${field}`;
/** Parses and validates the bundle JSON (media type, required members) with @sigstore/bundle. */
function parseBundle(json, where) {
    // Bounded before the library walks it: a bundle with thousands of entries is malformed input.
    const raw = json.verificationMaterial;
    if (Array.isArray(raw?.tlogEntries) && raw.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
        throw new main.GateError('SCHEMA_VIOLATION', `has ${raw.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`, { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') });
    }
    try {
        const bundle = index.distExports.bundleFromJSON(json);
        const material = bundle.verificationMaterial;
        if (material.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
            throw new main.GateError('SCHEMA_VIOLATION', `has ${material.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`, { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') });
        }
        const tsa = material.timestampVerificationData?.rfc3161Timestamps ?? [];
        if (tsa.length > MAX_BUNDLE_ENTRIES) {
            throw new main.GateError('SCHEMA_VIOLATION', `has ${tsa.length} timestamps; at most ${MAX_BUNDLE_ENTRIES} are accepted`, {
                file: where.file,
                field: join(where.field, 'verificationMaterial.timestampVerificationData')
            });
        }
        return bundle;
    }
    catch (error) {
        if (error instanceof main.GateError)
            throw error;
        if (error instanceof index.distExports.ValidationError) {
            throw new main.GateError('SCHEMA_VIOLATION', `is not a valid Sigstore bundle: ${error.message}${error.fields.length ? ` (${error.fields.join(', ')})` : ''}`, { file: where.file, field: join(where.field, error.fields[0] ?? 'verificationMaterial') });
        }
        throw new main.GateError('PARSE_ERROR', `is not a valid Sigstore bundle: ${main.messageOf(error)}`, {
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
        throw new main.GateError('PARSE_ERROR', `the Sigstore bundle holds ${what}: ${main.messageOf(error)}`, {
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
    : main.messageOf(error);
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
        throw new main.GateError('SCHEMA_VIOLATION', 'is a message-signature bundle: it signs a file, so it belongs to an update-manifest (signature: <bundle>), not to build provenance', { file: where.file, field: join(where.field, 'messageSignature') });
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
        for (const key of keysForHint(trust.keys, material.publicKey.hint ?? '')) {
            const verifier = new distExports.Verifier(trustMaterial(trust, () => key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
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
    const verifier = new distExports.Verifier(trustMaterial(trust), {
        tlogThreshold: 0,
        ctlogThreshold: 1,
        timestampThreshold: 1
    });
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
        throw new main.GateError('PARSE_ERROR', 'is not a PEM certificate (-----BEGIN CERTIFICATE-----)', {
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
exports.parseBundle = parseBundle;
exports.verifyBundle = verifyBundle;
exports.verifyDsseCertificate = verifyDsseCertificate;
