(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsVerificationSummaryErrors = {};

var hasRequiredValidatorsVerificationSummaryErrors;

function requireValidatorsVerificationSummaryErrors () {
	if (hasRequiredValidatorsVerificationSummaryErrors) return validatorsVerificationSummaryErrors;
	hasRequiredValidatorsVerificationSummaryErrors = 1;
	validatorsVerificationSummaryErrors.verificationSummary = () => {
	  const exports = {};
	exports.verificationSummary = validate74;
	const schema170 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/verification-summary.schema.json","title":"SLSA Verification Summary Attestation v1 (in-toto Statement v1)","description":"An in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md) whose predicate is a SLSA Verification Summary v1 (https://slsa.dev/spec/v1.0/verification_summary). Written from the specifications (there is no official JSON Schema). Unrecognized fields are allowed, as the in-toto parsing rules require consumers to ignore them; predicate extension fields must be named by URIs.","type":"object","required":["_type","subject","predicateType","predicate"],"properties":{"_type":{"const":"https://in-toto.io/Statement/v1"},"subject":{"description":"The artifacts the verification applies to; each MUST have a digest (Statement v1).","type":"array","items":{"$ref":"#/$defs/subject"}},"predicateType":{"const":"https://slsa.dev/verification_summary/v1"},"predicate":{"$ref":"#/$defs/verificationSummary"}},"$defs":{"digestSet":{"description":"in-toto DigestSet: algorithm -> lowercase hex (sha256 and sha512 checked for length).","type":"object","minProperties":1,"properties":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"sha512":{"type":"string","pattern":"^[0-9a-f]{128}$"}},"additionalProperties":{"type":"string","pattern":"^[0-9a-fA-F]+$"}},"subject":{"type":"object","required":["digest"],"properties":{"name":{"type":"string"},"uri":{"type":"string","format":"uri-reference"},"digest":{"$ref":"#/$defs/digestSet"}}},"resourceDescriptor":{"description":"in-toto ResourceDescriptor: at least one of uri, digest, content.","type":"object","anyOf":[{"type":"object","required":["uri"]},{"type":"object","required":["digest"]},{"type":"object","required":["content"]}],"properties":{"uri":{"type":"string","format":"uri-reference"},"digest":{"$ref":"#/$defs/digestSet"},"name":{"type":"string"},"downloadLocation":{"type":"string","format":"uri-reference"},"mediaType":{"type":"string"},"content":{"type":"string"},"annotations":{"type":"object"}}},"slsaResult":{"description":"SLSA_BUILD_LEVEL_0..3, FAILED, or a custom value not starting with SLSA_.","type":"string","anyOf":[{"type":"string","pattern":"^SLSA_BUILD_LEVEL_[0-3]$"},{"type":"string","const":"FAILED"},{"type":"string","pattern":"^(?!SLSA_)[A-Za-z0-9_]+$"}]},"verificationSummary":{"type":"object","required":["verifier","timeVerified","resourceUri","policy","verificationResult","verifiedLevels"],"properties":{"verifier":{"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"uri"},"version":{"type":"object","additionalProperties":{"type":"string"}}}},"timeVerified":{"type":"string","format":"date-time"},"resourceUri":{"type":"string","format":"uri"},"policy":{"description":"The policy the subject was verified against; MUST contain a uri.","allOf":[{"$ref":"#/$defs/resourceDescriptor"},{"type":"object","required":["uri"]}]},"inputAttestations":{"description":"Every attestation used; each MUST contain a digest and SHOULD contain a uri.","type":"array","items":{"allOf":[{"$ref":"#/$defs/resourceDescriptor"},{"type":"object","required":["digest"]}]}},"verificationResult":{"type":"string","enum":["PASSED","FAILED"]},"verifiedLevels":{"type":"array","items":{"$ref":"#/$defs/slsaResult"}},"dependencyLevels":{"type":"object","propertyNames":{"$ref":"#/$defs/slsaResult"},"additionalProperties":{"type":"integer","minimum":0}},"slsaVersion":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"}},"propertyNames":{"description":"Producers MAY add extension fields using field names that are URIs.","anyOf":[{"type":"string","enum":["verifier","timeVerified","resourceUri","policy","inputAttestations","verificationResult","verifiedLevels","dependencyLevels","slsaVersion"]},{"type":"string","pattern":"^[a-z][a-z0-9+.-]*:"}]}}}};
	const schema171 = {"type":"object","required":["digest"],"properties":{"name":{"type":"string"},"uri":{"type":"string","format":"uri-reference"},"digest":{"$ref":"#/$defs/digestSet"}}};
	const schema172 = {"description":"in-toto DigestSet: algorithm -> lowercase hex (sha256 and sha512 checked for length).","type":"object","minProperties":1,"properties":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"sha512":{"type":"string","pattern":"^[0-9a-f]{128}$"}},"additionalProperties":{"type":"string","pattern":"^[0-9a-fA-F]+$"}};
	const formats72 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
	const pattern80 = new RegExp("^[0-9a-fA-F]+$", "u");
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const pattern82 = new RegExp("^[0-9a-f]{128}$", "u");

	function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate75.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.digest === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema171.required,parentSchema:schema171,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.name !== undefined){
	let data0 = data.name;
	if(typeof data0 !== "string"){
	const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema171.properties.name.type,parentSchema:schema171.properties.name,data:data0};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	if(data.uri !== undefined){
	let data1 = data.uri;
	if(typeof data1 === "string"){
	if(!(formats72.test(data1))){
	const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\"",schema:"uri-reference",parentSchema:schema171.properties.uri,data:data1};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	else {
	const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema171.properties.uri.type,parentSchema:schema171.properties.uri,data:data1};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	if(data.digest !== undefined){
	let data2 = data.digest;
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if(Object.keys(data2).length < 1){
	const err4 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digestSet/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema172,data:data2};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	for(const key0 in data2){
	if(!((key0 === "sha256") || (key0 === "sha512"))){
	let data3 = data2[key0];
	if(typeof data3 === "string"){
	if(!pattern80.test(data3)){
	const err5 = {instancePath:instancePath+"/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digestSet/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+$"},message:"must match pattern \""+"^[0-9a-fA-F]+$"+"\"",schema:"^[0-9a-fA-F]+$",parentSchema:schema172.additionalProperties,data:data3};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	else {
	const err6 = {instancePath:instancePath+"/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digestSet/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.additionalProperties.type,parentSchema:schema172.additionalProperties,data:data3};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	}
	if(data2.sha256 !== undefined){
	let data4 = data2.sha256;
	if(typeof data4 === "string"){
	if(!pattern18.test(data4)){
	const err7 = {instancePath:instancePath+"/digest/sha256",schemaPath:"#/$defs/digestSet/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema172.properties.sha256,data:data4};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/digest/sha256",schemaPath:"#/$defs/digestSet/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.properties.sha256.type,parentSchema:schema172.properties.sha256,data:data4};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data2.sha512 !== undefined){
	let data5 = data2.sha512;
	if(typeof data5 === "string"){
	if(!pattern82.test(data5)){
	const err9 = {instancePath:instancePath+"/digest/sha512",schemaPath:"#/$defs/digestSet/properties/sha512/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{128}$"},message:"must match pattern \""+"^[0-9a-f]{128}$"+"\"",schema:"^[0-9a-f]{128}$",parentSchema:schema172.properties.sha512,data:data5};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/digest/sha512",schemaPath:"#/$defs/digestSet/properties/sha512/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.properties.sha512.type,parentSchema:schema172.properties.sha512,data:data5};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	}
	else {
	const err11 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digestSet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema172.type,parentSchema:schema172,data:data2};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	}
	else {
	const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema171.type,parentSchema:schema171,data};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	validate75.errors = vErrors;
	return errors === 0;
	}
	validate75.evaluated = {"props":{"name":true,"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};

	const schema173 = {"type":"object","required":["verifier","timeVerified","resourceUri","policy","verificationResult","verifiedLevels"],"properties":{"verifier":{"type":"object","required":["id"],"properties":{"id":{"type":"string","format":"uri"},"version":{"type":"object","additionalProperties":{"type":"string"}}}},"timeVerified":{"type":"string","format":"date-time"},"resourceUri":{"type":"string","format":"uri"},"policy":{"description":"The policy the subject was verified against; MUST contain a uri.","allOf":[{"$ref":"#/$defs/resourceDescriptor"},{"type":"object","required":["uri"]}]},"inputAttestations":{"description":"Every attestation used; each MUST contain a digest and SHOULD contain a uri.","type":"array","items":{"allOf":[{"$ref":"#/$defs/resourceDescriptor"},{"type":"object","required":["digest"]}]}},"verificationResult":{"type":"string","enum":["PASSED","FAILED"]},"verifiedLevels":{"type":"array","items":{"$ref":"#/$defs/slsaResult"}},"dependencyLevels":{"type":"object","propertyNames":{"$ref":"#/$defs/slsaResult"},"additionalProperties":{"type":"integer","minimum":0}},"slsaVersion":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"}},"propertyNames":{"description":"Producers MAY add extension fields using field names that are URIs.","anyOf":[{"type":"string","enum":["verifier","timeVerified","resourceUri","policy","inputAttestations","verificationResult","verifiedLevels","dependencyLevels","slsaVersion"]},{"type":"string","pattern":"^[a-z][a-z0-9+.-]*:"}]}};
	const schema176 = {"description":"SLSA_BUILD_LEVEL_0..3, FAILED, or a custom value not starting with SLSA_.","type":"string","anyOf":[{"type":"string","pattern":"^SLSA_BUILD_LEVEL_[0-3]$"},{"type":"string","const":"FAILED"},{"type":"string","pattern":"^(?!SLSA_)[A-Za-z0-9_]+$"}]};
	const pattern83 = new RegExp("^[a-z][a-z0-9+.-]*:", "u");
	const pattern87 = new RegExp("^SLSA_BUILD_LEVEL_[0-3]$", "u");
	const pattern88 = new RegExp("^(?!SLSA_)[A-Za-z0-9_]+$", "u");
	const pattern91 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
	const formats74 = validatorRuntime.requireFormats().fullFormats.uri;
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const schema174 = {"description":"in-toto ResourceDescriptor: at least one of uri, digest, content.","type":"object","anyOf":[{"type":"object","required":["uri"]},{"type":"object","required":["digest"]},{"type":"object","required":["content"]}],"properties":{"uri":{"type":"string","format":"uri-reference"},"digest":{"$ref":"#/$defs/digestSet"},"name":{"type":"string"},"downloadLocation":{"type":"string","format":"uri-reference"},"mediaType":{"type":"string"},"content":{"type":"string"},"annotations":{"type":"object"}}};

	function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate78.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	const _errs1 = errors;
	let valid0 = false;
	const _errs2 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.uri === undefined){
	const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema174.anyOf[0].required,parentSchema:schema174.anyOf[0],data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	else {
	const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.anyOf[0].type,parentSchema:schema174.anyOf[0],data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	var _valid0 = _errs2 === errors;
	valid0 = valid0 || _valid0;
	const _errs4 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.digest === undefined){
	const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema174.anyOf[1].required,parentSchema:schema174.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	else {
	const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.anyOf[1].type,parentSchema:schema174.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs4 === errors;
	valid0 = valid0 || _valid0;
	const _errs6 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.content === undefined){
	const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema174.anyOf[2].required,parentSchema:schema174.anyOf[2],data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	else {
	const err5 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.anyOf[2].type,parentSchema:schema174.anyOf[2],data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	var _valid0 = _errs6 === errors;
	valid0 = valid0 || _valid0;
	if(!valid0){
	const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema174.anyOf,parentSchema:schema174,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	else {
	errors = _errs1;
	if(vErrors !== null){
	if(_errs1){
	vErrors.length = _errs1;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.uri !== undefined){
	let data0 = data.uri;
	if(typeof data0 === "string"){
	if(!(formats72.test(data0))){
	const err7 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\"",schema:"uri-reference",parentSchema:schema174.properties.uri,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.uri.type,parentSchema:schema174.properties.uri,data:data0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.digest !== undefined){
	let data1 = data.digest;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if(Object.keys(data1).length < 1){
	const err9 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digestSet/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema172,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	for(const key0 in data1){
	if(!((key0 === "sha256") || (key0 === "sha512"))){
	let data2 = data1[key0];
	if(typeof data2 === "string"){
	if(!pattern80.test(data2)){
	const err10 = {instancePath:instancePath+"/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digestSet/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+$"},message:"must match pattern \""+"^[0-9a-fA-F]+$"+"\"",schema:"^[0-9a-fA-F]+$",parentSchema:schema172.additionalProperties,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	else {
	const err11 = {instancePath:instancePath+"/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/digestSet/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.additionalProperties.type,parentSchema:schema172.additionalProperties,data:data2};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	}
	if(data1.sha256 !== undefined){
	let data3 = data1.sha256;
	if(typeof data3 === "string"){
	if(!pattern18.test(data3)){
	const err12 = {instancePath:instancePath+"/digest/sha256",schemaPath:"#/$defs/digestSet/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema172.properties.sha256,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	else {
	const err13 = {instancePath:instancePath+"/digest/sha256",schemaPath:"#/$defs/digestSet/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.properties.sha256.type,parentSchema:schema172.properties.sha256,data:data3};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data1.sha512 !== undefined){
	let data4 = data1.sha512;
	if(typeof data4 === "string"){
	if(!pattern82.test(data4)){
	const err14 = {instancePath:instancePath+"/digest/sha512",schemaPath:"#/$defs/digestSet/properties/sha512/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{128}$"},message:"must match pattern \""+"^[0-9a-f]{128}$"+"\"",schema:"^[0-9a-f]{128}$",parentSchema:schema172.properties.sha512,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/digest/sha512",schemaPath:"#/$defs/digestSet/properties/sha512/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema172.properties.sha512.type,parentSchema:schema172.properties.sha512,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digestSet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema172.type,parentSchema:schema172,data:data1};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.name !== undefined){
	let data5 = data.name;
	if(typeof data5 !== "string"){
	const err17 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.name.type,parentSchema:schema174.properties.name,data:data5};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data.downloadLocation !== undefined){
	let data6 = data.downloadLocation;
	if(typeof data6 === "string"){
	if(!(formats72.test(data6))){
	const err18 = {instancePath:instancePath+"/downloadLocation",schemaPath:"#/properties/downloadLocation/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\"",schema:"uri-reference",parentSchema:schema174.properties.downloadLocation,data:data6};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	else {
	const err19 = {instancePath:instancePath+"/downloadLocation",schemaPath:"#/properties/downloadLocation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.downloadLocation.type,parentSchema:schema174.properties.downloadLocation,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data.mediaType !== undefined){
	let data7 = data.mediaType;
	if(typeof data7 !== "string"){
	const err20 = {instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.mediaType.type,parentSchema:schema174.properties.mediaType,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data.content !== undefined){
	let data8 = data.content;
	if(typeof data8 !== "string"){
	const err21 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.content.type,parentSchema:schema174.properties.content,data:data8};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data.annotations !== undefined){
	let data9 = data.annotations;
	if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
	const err22 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.properties.annotations.type,parentSchema:schema174.properties.annotations,data:data9};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	}
	else {
	const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.type,parentSchema:schema174,data};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	validate78.errors = vErrors;
	return errors === 0;
	}
	validate78.evaluated = {"props":{"uri":true,"digest":true,"name":true,"downloadLocation":true,"mediaType":true,"content":true,"annotations":true},"dynamicProps":false,"dynamicItems":false};


	function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate77.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.verifier === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verifier"},message:"must have required property '"+"verifier"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.timeVerified === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeVerified"},message:"must have required property '"+"timeVerified"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.resourceUri === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resourceUri"},message:"must have required property '"+"resourceUri"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.policy === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.verificationResult === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verificationResult"},message:"must have required property '"+"verificationResult"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.verifiedLevels === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verifiedLevels"},message:"must have required property '"+"verifiedLevels"+"'",schema:schema173.required,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	const _errs1 = errors;
	const _errs2 = errors;
	let valid1 = false;
	const _errs3 = errors;
	if(typeof key0 !== "string"){
	const err6 = {instancePath,schemaPath:"#/propertyNames/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.propertyNames.anyOf[0].type,parentSchema:schema173.propertyNames.anyOf[0],data:key0,propertyName:key0};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(!(((((((((key0 === "verifier") || (key0 === "timeVerified")) || (key0 === "resourceUri")) || (key0 === "policy")) || (key0 === "inputAttestations")) || (key0 === "verificationResult")) || (key0 === "verifiedLevels")) || (key0 === "dependencyLevels")) || (key0 === "slsaVersion"))){
	const err7 = {instancePath,schemaPath:"#/propertyNames/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema173.propertyNames.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema173.propertyNames.anyOf[0].enum,parentSchema:schema173.propertyNames.anyOf[0],data:key0,propertyName:key0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var _valid0 = _errs3 === errors;
	valid1 = valid1 || _valid0;
	const _errs5 = errors;
	if(typeof key0 === "string"){
	if(!pattern83.test(key0)){
	const err8 = {instancePath,schemaPath:"#/propertyNames/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+.-]*:"},message:"must match pattern \""+"^[a-z][a-z0-9+.-]*:"+"\"",schema:"^[a-z][a-z0-9+.-]*:",parentSchema:schema173.propertyNames.anyOf[1],data:key0,propertyName:key0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	else {
	const err9 = {instancePath,schemaPath:"#/propertyNames/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.propertyNames.anyOf[1].type,parentSchema:schema173.propertyNames.anyOf[1],data:key0,propertyName:key0};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var _valid0 = _errs5 === errors;
	valid1 = valid1 || _valid0;
	if(!valid1){
	const err10 = {instancePath,schemaPath:"#/propertyNames/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema173.propertyNames.anyOf,parentSchema:schema173.propertyNames,data:key0,propertyName:key0};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	else {
	errors = _errs2;
	if(vErrors !== null){
	if(_errs2){
	vErrors.length = _errs2;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs1 === errors;
	if(!valid0){
	const err11 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema173.propertyNames,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.verifier !== undefined){
	let data0 = data.verifier;
	if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
	if(data0.id === undefined){
	const err12 = {instancePath:instancePath+"/verifier",schemaPath:"#/properties/verifier/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema173.properties.verifier.required,parentSchema:schema173.properties.verifier,data:data0};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data0.id !== undefined){
	let data1 = data0.id;
	if(typeof data1 === "string"){
	if(!(formats74(data1))){
	const err13 = {instancePath:instancePath+"/verifier/id",schemaPath:"#/properties/verifier/properties/id/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema173.properties.verifier.properties.id,data:data1};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	else {
	const err14 = {instancePath:instancePath+"/verifier/id",schemaPath:"#/properties/verifier/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.verifier.properties.id.type,parentSchema:schema173.properties.verifier.properties.id,data:data1};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data0.version !== undefined){
	let data2 = data0.version;
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	for(const key1 in data2){
	let data3 = data2[key1];
	if(typeof data3 !== "string"){
	const err15 = {instancePath:instancePath+"/verifier/version/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/verifier/properties/version/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.verifier.properties.version.additionalProperties.type,parentSchema:schema173.properties.verifier.properties.version.additionalProperties,data:data3};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/verifier/version",schemaPath:"#/properties/verifier/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.properties.verifier.properties.version.type,parentSchema:schema173.properties.verifier.properties.version,data:data2};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	}
	else {
	const err17 = {instancePath:instancePath+"/verifier",schemaPath:"#/properties/verifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.properties.verifier.type,parentSchema:schema173.properties.verifier,data:data0};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data.timeVerified !== undefined){
	let data4 = data.timeVerified;
	if(typeof data4 === "string"){
	if(!(formats0.validate(data4))){
	const err18 = {instancePath:instancePath+"/timeVerified",schemaPath:"#/properties/timeVerified/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema173.properties.timeVerified,data:data4};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	else {
	const err19 = {instancePath:instancePath+"/timeVerified",schemaPath:"#/properties/timeVerified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.timeVerified.type,parentSchema:schema173.properties.timeVerified,data:data4};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data.resourceUri !== undefined){
	let data5 = data.resourceUri;
	if(typeof data5 === "string"){
	if(!(formats74(data5))){
	const err20 = {instancePath:instancePath+"/resourceUri",schemaPath:"#/properties/resourceUri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema173.properties.resourceUri,data:data5};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	else {
	const err21 = {instancePath:instancePath+"/resourceUri",schemaPath:"#/properties/resourceUri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.resourceUri.type,parentSchema:schema173.properties.resourceUri,data:data5};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data.policy !== undefined){
	let data6 = data.policy;
	if(!(validate78(data6, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
	errors = vErrors.length;
	}
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if(data6.uri === undefined){
	const err22 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/allOf/1/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema173.properties.policy.allOf[1].required,parentSchema:schema173.properties.policy.allOf[1],data:data6};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	else {
	const err23 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.properties.policy.allOf[1].type,parentSchema:schema173.properties.policy.allOf[1],data:data6};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data.inputAttestations !== undefined){
	let data7 = data.inputAttestations;
	if(Array.isArray(data7)){
	const len0 = data7.length;
	for(let i0=0; i0<len0; i0++){
	let data8 = data7[i0];
	if(!(validate78(data8, {instancePath:instancePath+"/inputAttestations/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
	errors = vErrors.length;
	}
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(data8.digest === undefined){
	const err24 = {instancePath:instancePath+"/inputAttestations/" + i0,schemaPath:"#/properties/inputAttestations/items/allOf/1/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema173.properties.inputAttestations.items.allOf[1].required,parentSchema:schema173.properties.inputAttestations.items.allOf[1],data:data8};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/inputAttestations/" + i0,schemaPath:"#/properties/inputAttestations/items/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.properties.inputAttestations.items.allOf[1].type,parentSchema:schema173.properties.inputAttestations.items.allOf[1],data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/inputAttestations",schemaPath:"#/properties/inputAttestations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema173.properties.inputAttestations.type,parentSchema:schema173.properties.inputAttestations,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data.verificationResult !== undefined){
	let data9 = data.verificationResult;
	if(typeof data9 !== "string"){
	const err27 = {instancePath:instancePath+"/verificationResult",schemaPath:"#/properties/verificationResult/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.verificationResult.type,parentSchema:schema173.properties.verificationResult,data:data9};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(!((data9 === "PASSED") || (data9 === "FAILED"))){
	const err28 = {instancePath:instancePath+"/verificationResult",schemaPath:"#/properties/verificationResult/enum",keyword:"enum",params:{allowedValues: schema173.properties.verificationResult.enum},message:"must be equal to one of the allowed values",schema:schema173.properties.verificationResult.enum,parentSchema:schema173.properties.verificationResult,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data.verifiedLevels !== undefined){
	let data10 = data.verifiedLevels;
	if(Array.isArray(data10)){
	const len1 = data10.length;
	for(let i1=0; i1<len1; i1++){
	let data11 = data10[i1];
	if(typeof data11 !== "string"){
	const err29 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.type,parentSchema:schema176,data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	const _errs37 = errors;
	let valid12 = false;
	const _errs38 = errors;
	if(typeof data11 === "string"){
	if(!pattern87.test(data11)){
	const err30 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^SLSA_BUILD_LEVEL_[0-3]$"},message:"must match pattern \""+"^SLSA_BUILD_LEVEL_[0-3]$"+"\"",schema:"^SLSA_BUILD_LEVEL_[0-3]$",parentSchema:schema176.anyOf[0],data:data11};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	else {
	const err31 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[0].type,parentSchema:schema176.anyOf[0],data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	var _valid1 = _errs38 === errors;
	valid12 = valid12 || _valid1;
	const _errs40 = errors;
	if(typeof data11 !== "string"){
	const err32 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[1].type,parentSchema:schema176.anyOf[1],data:data11};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if("FAILED" !== data11){
	const err33 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/1/const",keyword:"const",params:{allowedValue: "FAILED"},message:"must be equal to constant",schema:"FAILED",parentSchema:schema176.anyOf[1],data:data11};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	var _valid1 = _errs40 === errors;
	valid12 = valid12 || _valid1;
	const _errs42 = errors;
	if(typeof data11 === "string"){
	if(!pattern88.test(data11)){
	const err34 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?!SLSA_)[A-Za-z0-9_]+$"},message:"must match pattern \""+"^(?!SLSA_)[A-Za-z0-9_]+$"+"\"",schema:"^(?!SLSA_)[A-Za-z0-9_]+$",parentSchema:schema176.anyOf[2],data:data11};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	else {
	const err35 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[2].type,parentSchema:schema176.anyOf[2],data:data11};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	var _valid1 = _errs42 === errors;
	valid12 = valid12 || _valid1;
	if(!valid12){
	const err36 = {instancePath:instancePath+"/verifiedLevels/" + i1,schemaPath:"#/$defs/slsaResult/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema176.anyOf,parentSchema:schema176,data:data11};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	else {
	errors = _errs37;
	if(vErrors !== null){
	if(_errs37){
	vErrors.length = _errs37;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err37 = {instancePath:instancePath+"/verifiedLevels",schemaPath:"#/properties/verifiedLevels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema173.properties.verifiedLevels.type,parentSchema:schema173.properties.verifiedLevels,data:data10};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	if(data.dependencyLevels !== undefined){
	let data12 = data.dependencyLevels;
	if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
	for(const key2 in data12){
	const _errs46 = errors;
	if(typeof key2 !== "string"){
	const err38 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.type,parentSchema:schema176,data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	const _errs49 = errors;
	let valid15 = false;
	const _errs50 = errors;
	if(typeof key2 === "string"){
	if(!pattern87.test(key2)){
	const err39 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^SLSA_BUILD_LEVEL_[0-3]$"},message:"must match pattern \""+"^SLSA_BUILD_LEVEL_[0-3]$"+"\"",schema:"^SLSA_BUILD_LEVEL_[0-3]$",parentSchema:schema176.anyOf[0],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	else {
	const err40 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[0].type,parentSchema:schema176.anyOf[0],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	var _valid2 = _errs50 === errors;
	valid15 = valid15 || _valid2;
	const _errs52 = errors;
	if(typeof key2 !== "string"){
	const err41 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[1].type,parentSchema:schema176.anyOf[1],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	if("FAILED" !== key2){
	const err42 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/1/const",keyword:"const",params:{allowedValue: "FAILED"},message:"must be equal to constant",schema:"FAILED",parentSchema:schema176.anyOf[1],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	var _valid2 = _errs52 === errors;
	valid15 = valid15 || _valid2;
	const _errs54 = errors;
	if(typeof key2 === "string"){
	if(!pattern88.test(key2)){
	const err43 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?!SLSA_)[A-Za-z0-9_]+$"},message:"must match pattern \""+"^(?!SLSA_)[A-Za-z0-9_]+$"+"\"",schema:"^(?!SLSA_)[A-Za-z0-9_]+$",parentSchema:schema176.anyOf[2],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	else {
	const err44 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema176.anyOf[2].type,parentSchema:schema176.anyOf[2],data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	var _valid2 = _errs54 === errors;
	valid15 = valid15 || _valid2;
	if(!valid15){
	const err45 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/$defs/slsaResult/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema176.anyOf,parentSchema:schema176,data:key2,propertyName:key2};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	else {
	errors = _errs49;
	if(vErrors !== null){
	if(_errs49){
	vErrors.length = _errs49;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid13 = _errs46 === errors;
	if(!valid13){
	const err46 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/properties/dependencyLevels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema173.properties.dependencyLevels.propertyNames,parentSchema:schema173.properties.dependencyLevels,data:data12};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	for(const key3 in data12){
	let data13 = data12[key3];
	if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
	const err47 = {instancePath:instancePath+"/dependencyLevels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dependencyLevels/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema173.properties.dependencyLevels.additionalProperties.type,parentSchema:schema173.properties.dependencyLevels.additionalProperties,data:data13};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if((typeof data13 == "number") && (isFinite(data13))){
	if(data13 < 0 || isNaN(data13)){
	const err48 = {instancePath:instancePath+"/dependencyLevels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dependencyLevels/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema173.properties.dependencyLevels.additionalProperties,data:data13};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/dependencyLevels",schemaPath:"#/properties/dependencyLevels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.properties.dependencyLevels.type,parentSchema:schema173.properties.dependencyLevels,data:data12};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data.slsaVersion !== undefined){
	let data14 = data.slsaVersion;
	if(typeof data14 === "string"){
	if(!pattern91.test(data14)){
	const err50 = {instancePath:instancePath+"/slsaVersion",schemaPath:"#/properties/slsaVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\"",schema:"^[0-9]+\\.[0-9]+$",parentSchema:schema173.properties.slsaVersion,data:data14};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	else {
	const err51 = {instancePath:instancePath+"/slsaVersion",schemaPath:"#/properties/slsaVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.slsaVersion.type,parentSchema:schema173.properties.slsaVersion,data:data14};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	}
	else {
	const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.type,parentSchema:schema173,data};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	validate77.errors = vErrors;
	return errors === 0;
	}
	validate77.evaluated = {"props":{"verifier":true,"timeVerified":true,"resourceUri":true,"policy":true,"inputAttestations":true,"verificationResult":true,"verifiedLevels":true,"dependencyLevels":true,"slsaVersion":true},"dynamicProps":false,"dynamicItems":false};


	function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate74.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data._type === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "_type"},message:"must have required property '"+"_type"+"'",schema:schema170.required,parentSchema:schema170,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.subject === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema170.required,parentSchema:schema170,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.predicateType === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicateType"},message:"must have required property '"+"predicateType"+"'",schema:schema170.required,parentSchema:schema170,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.predicate === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicate"},message:"must have required property '"+"predicate"+"'",schema:schema170.required,parentSchema:schema170,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data._type !== undefined){
	let data0 = data._type;
	if("https://in-toto.io/Statement/v1" !== data0){
	const err4 = {instancePath:instancePath+"/_type",schemaPath:"#/properties/_type/const",keyword:"const",params:{allowedValue: "https://in-toto.io/Statement/v1"},message:"must be equal to constant",schema:"https://in-toto.io/Statement/v1",parentSchema:schema170.properties._type,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.subject !== undefined){
	let data1 = data.subject;
	if(Array.isArray(data1)){
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	if(!(validate75(data1[i0], {instancePath:instancePath+"/subject/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err5 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema170.properties.subject.type,parentSchema:schema170.properties.subject,data:data1};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.predicateType !== undefined){
	let data3 = data.predicateType;
	if("https://slsa.dev/verification_summary/v1" !== data3){
	const err6 = {instancePath:instancePath+"/predicateType",schemaPath:"#/properties/predicateType/const",keyword:"const",params:{allowedValue: "https://slsa.dev/verification_summary/v1"},message:"must be equal to constant",schema:"https://slsa.dev/verification_summary/v1",parentSchema:schema170.properties.predicateType,data:data3};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.predicate !== undefined){
	if(!(validate77(data.predicate, {instancePath:instancePath+"/predicate",parentData:data,parentDataProperty:"predicate",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.type,parentSchema:schema170,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	validate74.errors = vErrors;
	return errors === 0;
	}
	validate74.evaluated = {"props":{"_type":true,"subject":true,"predicateType":true,"predicate":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.verificationSummary;
	};
	return validatorsVerificationSummaryErrors;
}

var validatorsVerificationSummaryErrorsExports = requireValidatorsVerificationSummaryErrors();

module.exports = validatorsVerificationSummaryErrorsExports;
})
