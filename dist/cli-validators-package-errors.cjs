(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsPackageErrors = {};

var hasRequiredValidatorsPackageErrors;

function requireValidatorsPackageErrors () {
	if (hasRequiredValidatorsPackageErrors) return validatorsPackageErrors;
	hasRequiredValidatorsPackageErrors = 1;
	validatorsPackageErrors.updateEvidence = () => {
	  const exports = {};
	exports.updateEvidence = validate20;
	const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/update-evidence.schema.json","title":"update-gate evidence package index","description":"The index of an evidence package (update-evidence.yaml): the decision, scope, evidence files, known gaps, exceptions and retention.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Index format version."},"kind":{"const":"UpdateEvidence","description":"Always UpdateEvidence."},"decisionSupported":{"type":"string","minLength":1,"maxLength":10000,"description":"The decision this package supports."},"threats":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Threats / failure modes addressed."},"controls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Practices / controls supported."},"scope":{"type":"object","title":"Scope","description":"What the update covers.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, e.g. IC-22."},"fromVersion":{"$ref":"#/$defs/version","description":"Installed version (in the product's version scheme)."},"toVersion":{"$ref":"#/$defs/version","description":"Version to deploy (in the product's version scheme)."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Deployment cohort."},"configurations":{"type":"array","minItems":1,"maxItems":50000,"description":"Configurations in scope.","items":{"type":"object","title":"Configuration","description":"One device configuration.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Name."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware id, e.g. IC-22-REF-C."}},"required":["id","name","hardware"]}},"vulnerabilities":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Vulnerability ids the update addresses."},"versionScheme":{"enum":["semver","generic"],"description":"The product's version scheme. The trust configuration declares it (products[].versionScheme, default semver); an index that claims another scheme is refused."},"identifiers":{"type":"array","maxItems":100,"description":"How supplier documents (CSAF, OpenVEX, OSV, CycloneDX VEX) name this product; entries that match none are listed as not this product.","items":{"type":"object","title":"Product identifier","additionalProperties":false,"description":"Exactly one of purl, cpe, csafProductId, name.","properties":{"purl":{"type":"string","minLength":5,"maxLength":2000,"description":"Package URL without version (matches every version), e.g. pkg:golang/stdlib."},"cpe":{"type":"string","minLength":8,"maxLength":2000,"description":"CPE 2.3 formatted string; part, vendor and product must match (version * matches every version)."},"csafProductId":{"type":"string","minLength":1,"maxLength":1000,"description":"A CSAF product_id naming this product."},"version":{"type":"string","minLength":1,"maxLength":256,"description":"With csafProductId: the version that product_id stands for when the product tree does not say. It narrows a fixed or not_affected statement about it to that version, never an affected or under_investigation one."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Product name: a CSAF product_name branch, a CycloneDX component name, an OSV package name."},"vendor":{"type":"string","minLength":1,"maxLength":1000,"description":"With name: the vendor (CSAF vendor branch, CycloneDX supplier)."},"ecosystem":{"type":"string","minLength":1,"maxLength":100,"description":"With name: the OSV ecosystem, e.g. Go."}},"oneOf":[{"required":["purl"],"not":{"anyOf":[{"required":["cpe"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["cpe"],"not":{"anyOf":[{"required":["purl"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["csafProductId"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["name"]}]}},{"required":["name"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["csafProductId"]}]}}]}}},"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"]},"producers":{"type":"array","maxItems":100,"description":"Who produced the evidence.","items":{"type":"object","title":"Party","description":"A person or team.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity (e-mail or URI)."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"role":{"type":"string","minLength":1,"maxLength":1000,"description":"Role, e.g. release-manager."}},"required":["id","name","role"]}},"consumers":{"type":"array","maxItems":100,"description":"Who receives the evidence.","items":{"type":"object","title":"Party","description":"A person or team.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity (e-mail or URI)."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"role":{"type":"string","minLength":1,"maxLength":1000,"description":"Role, e.g. release-manager."}},"required":["id","name","role"]}},"verificationMethod":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"How the consumer verifies the evidence."},"evidence":{"type":"array","maxItems":1000,"description":"The evidence items.","items":{"type":"object","title":"Evidence item","description":"One piece of evidence: a file in the package (or, for an assertion, a statement).","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Unique evidence id within the package.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"],"description":"Evidence kind."},"format":{"enum":["text","update-gate","cosign-sign-blob","dsse","sigstore-bundle","csaf","openvex","osv","cyclonedx-vex"],"description":"File format; defaults per kind (process-document and recovery-procedure: text, update-manifest: cosign-sign-blob, build-provenance: dsse, YAML records: update-gate). sigstore-bundle: a Sigstore bundle (media types v0.1-v0.3; .sigstore.json, or .jsonl with one bundle per line) for build-provenance (file) and update-manifest (signature), and a DSSE bundle holding an in-toto statement for a record kind. dsse: a DSSE envelope holding an in-toto Statement v1 for build-provenance and the record kinds signing-event, release-approval, risk-acceptance, rollback-recovery-tests (predicate https://in-toto.io/attestation/test-result/v0.1 or the record), affected-versions, customer-notification, deployment-records (docs/evidence-format.md#signed-records). affected-versions also reads a supplier's document: csaf (CSAF 2.0), openvex (OpenVEX 0.2), osv (OSV 1.x), cyclonedx-vex (CycloneDX 1.4-1.6 VEX), optionally with a detached signature over its bytes (signature); see docs/evidence-format.md."},"file":{"type":"string","minLength":1,"maxLength":1000,"description":"Path relative to the package root (no .., no absolute path, no symlink leaving the package)."},"signature":{"type":"string","minLength":1,"maxLength":1000,"description":"update-manifest (required): path of the detached signature (cosign-sign-blob: base64, as cosign sign-blob writes it; sigstore-bundle: the Sigstore bundle over the manifest, .sigstore.json or .jsonl). A YAML record (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, affected-versions, customer-notification, deployment-records; format update-gate) or a supplier's affected-versions document (format csaf, openvex, osv, cyclonedx-vex): optional detached signature over the exact file bytes, base64 as cosign sign-blob writes it or a Sigstore bundle (message signature, cosign sign-blob --bundle). Not taken by a record signed as an in-toto statement (format dsse or sigstore-bundle: the envelope or bundle is the signature), nor by assertion, process-document, recovery-procedure or build-provenance."},"statement":{"type":"string","minLength":1,"maxLength":100000,"description":"assertion only: the statement made."},"producer":{"type":"string","minLength":1,"maxLength":1000,"description":"Who produced the evidence."},"time":{"$ref":"#/$defs/timestamp","description":"When the evidence was produced."},"controls":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Control ids the item supports: signing, provenance, approval, rollback-recovery, affected-versions, notification, retention. Required for assertion and process-document."},"description":{"type":"string","minLength":1,"maxLength":10000,"description":"Free-form note."}},"required":["id","kind","producer"],"allOf":[{"if":{"properties":{"kind":{"const":"assertion"}}},"then":{"required":["statement","controls"],"properties":{"file":false,"signature":false}},"else":{"required":["file"],"properties":{"statement":false}}},{"if":{"properties":{"kind":{"const":"process-document"}}},"then":{"required":["controls"]}},{"if":{"properties":{"kind":{"const":"update-manifest"}}},"then":{"required":["signature"]},"else":{"if":{"properties":{"kind":{"enum":["assertion","process-document","recovery-procedure","build-provenance"]}}},"then":{"properties":{"signature":false}}}},{"if":{"required":["format"],"properties":{"kind":{"not":{"const":"update-manifest"}},"format":{"enum":["dsse","sigstore-bundle"]}}},"then":{"properties":{"signature":false}}}]}},"knownGaps":{"type":"array","maxItems":50000,"description":"Known gaps.","items":{"type":"object","title":"Known gap","description":"A gap the supplier knows of.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Gap id."},"description":{"type":"string","minLength":1,"maxLength":10000,"description":"What is missing."},"configurations":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Configuration ids the update does not fully serve (at least one): each in scope is blocked (fleet.known_gap) unless a valid exception excludes it."}},"required":["id","description","configurations"]}},"exceptions":{"type":"array","maxItems":50000,"description":"Recorded exceptions / risk acceptance.","items":{"type":"object","title":"Exception","description":"A configuration excluded with an accepted risk.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Exception id."},"configuration":{"type":"string","minLength":1,"maxLength":1000,"description":"Excluded configuration id."},"reason":{"type":"string","minLength":1,"maxLength":10000,"description":"Why it is excluded."},"mitigation":{"type":"string","minLength":1,"maxLength":10000,"description":"Mitigation while excluded."},"remainOn":{"$ref":"#/$defs/version","description":"The version the excluded configuration stays on."},"followUpBy":{"$ref":"#/$defs/timestamp","description":"Dated follow-up decision."},"acceptedBy":{"type":"string","minLength":1,"maxLength":1000,"description":"Who accepted the risk (an approver id with the risk-acceptor role in the trust configuration)."},"acceptedAt":{"$ref":"#/$defs/timestamp","description":"When the risk was accepted."},"waives":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"The rule ids of the findings this exception waives on its configuration (e.g. rollback_recovery.recovery_test_missing; rule ids, not controls). The configuration is excluded only when its valid exceptions waive every blocking finding on it and none is marked waivable: false. An exception without waives waives nothing."}},"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"]}},"retention":{"type":"object","title":"Retention","description":"Who retains the update decision records, and where.","additionalProperties":false,"properties":{"owners":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Retention owners."},"locations":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Retention locations."}},"required":["owners","locations"]}},"required":["apiVersion","kind","decisionSupported","scope","evidence"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"version":{"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"}}};
	const schema32 = {"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"};
	const schema34 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");
	const pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.required,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.decisionSupported === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisionSupported"},message:"must have required property '"+"decisionSupported"+"'",schema:schema31.required,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.scope === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema31.required,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.evidence === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema31.required,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema31.properties, key0))){
	const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema31.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("UpdateEvidence" !== data2){
	const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "UpdateEvidence"},message:"must be equal to constant",schema:"UpdateEvidence",parentSchema:schema31.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.decisionSupported !== undefined){
	let data3 = data.decisionSupported;
	if(typeof data3 === "string"){
	if(func2(data3) > 10000){
	const err9 = {instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.decisionSupported,data:data3};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err10 = {instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.decisionSupported,data:data3};
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
	const err11 = {instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.decisionSupported.type,parentSchema:schema31.properties.decisionSupported,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.threats !== undefined){
	let data4 = data.threats;
	if(Array.isArray(data4)){
	if(data4.length > 1000){
	const err12 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.threats,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	let data5 = data4[i0];
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	const err13 = {instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.threats.items,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err14 = {instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.threats.items,data:data5};
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
	const err15 = {instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.threats.items.type,parentSchema:schema31.properties.threats.items,data:data5};
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
	const err16 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.threats.type,parentSchema:schema31.properties.threats,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.controls !== undefined){
	let data6 = data.controls;
	if(Array.isArray(data6)){
	if(data6.length > 1000){
	const err17 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.controls,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err18 = {instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.controls.items,data:data7};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err19 = {instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.controls.items,data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.controls.items.type,parentSchema:schema31.properties.controls.items,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	}
	else {
	const err21 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.controls.type,parentSchema:schema31.properties.controls,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data.scope !== undefined){
	let data8 = data.scope;
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(data8.product === undefined){
	const err22 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(data8.fromVersion === undefined){
	const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(data8.toVersion === undefined){
	const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	if(data8.cohort === undefined){
	const err25 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	if(data8.configurations === undefined){
	const err26 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(data8.vulnerabilities === undefined){
	const err27 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	for(const key1 in data8){
	if(!((((((((key1 === "product") || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort")) || (key1 === "configurations")) || (key1 === "vulnerabilities")) || (key1 === "versionScheme")) || (key1 === "identifiers"))){
	const err28 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data8.product !== undefined){
	let data9 = data8.product;
	if(typeof data9 === "string"){
	if(func2(data9) > 1000){
	const err29 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.product,data:data9};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(func2(data9) < 1){
	const err30 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.product,data:data9};
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
	const err31 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.product.type,parentSchema:schema31.properties.scope.properties.product,data:data9};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data8.fromVersion !== undefined){
	let data10 = data8.fromVersion;
	if(typeof data10 === "string"){
	if(func2(data10) > 256){
	const err32 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema32,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(func2(data10) < 1){
	const err33 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data10};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	if(!pattern4.test(data10)){
	const err34 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema32,data:data10};
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
	const err35 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	if(data8.toVersion !== undefined){
	let data11 = data8.toVersion;
	if(typeof data11 === "string"){
	if(func2(data11) > 256){
	const err36 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema32,data:data11};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(func2(data11) < 1){
	const err37 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data11};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	if(!pattern4.test(data11)){
	const err38 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema32,data:data11};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	else {
	const err39 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data11};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data8.cohort !== undefined){
	let data12 = data8.cohort;
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	const err40 = {instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.cohort,data:data12};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err41 = {instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.cohort,data:data12};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.cohort.type,parentSchema:schema31.properties.scope.properties.cohort,data:data12};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data8.configurations !== undefined){
	let data13 = data8.configurations;
	if(Array.isArray(data13)){
	if(data13.length > 50000){
	const err43 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema31.properties.scope.properties.configurations,data:data13};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(data13.length < 1){
	const err44 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.scope.properties.configurations,data:data13};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	const len2 = data13.length;
	for(let i2=0; i2<len2; i2++){
	let data14 = data13[i2];
	if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
	if(data14.id === undefined){
	const err45 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.scope.properties.configurations.items.required,parentSchema:schema31.properties.scope.properties.configurations.items,data:data14};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(data14.name === undefined){
	const err46 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.scope.properties.configurations.items.required,parentSchema:schema31.properties.scope.properties.configurations.items,data:data14};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(data14.hardware === undefined){
	const err47 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema31.properties.scope.properties.configurations.items.required,parentSchema:schema31.properties.scope.properties.configurations.items,data:data14};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	for(const key2 in data14){
	if(!(((key2 === "id") || (key2 === "name")) || (key2 === "hardware"))){
	const err48 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope.properties.configurations.items,data:data14};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	if(data14.id !== undefined){
	let data15 = data14.id;
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	const err49 = {instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.configurations.items.properties.id,data:data15};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	if(func2(data15) < 1){
	const err50 = {instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.configurations.items.properties.id,data:data15};
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
	const err51 = {instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.configurations.items.properties.id.type,parentSchema:schema31.properties.scope.properties.configurations.items.properties.id,data:data15};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data14.name !== undefined){
	let data16 = data14.name;
	if(typeof data16 === "string"){
	if(func2(data16) > 1000){
	const err52 = {instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.configurations.items.properties.name,data:data16};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	if(func2(data16) < 1){
	const err53 = {instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.configurations.items.properties.name,data:data16};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	else {
	const err54 = {instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.configurations.items.properties.name.type,parentSchema:schema31.properties.scope.properties.configurations.items.properties.name,data:data16};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	if(data14.hardware !== undefined){
	let data17 = data14.hardware;
	if(typeof data17 === "string"){
	if(func2(data17) > 1000){
	const err55 = {instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.configurations.items.properties.hardware,data:data17};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(func2(data17) < 1){
	const err56 = {instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.configurations.items.properties.hardware,data:data17};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.configurations.items.properties.hardware.type,parentSchema:schema31.properties.scope.properties.configurations.items.properties.hardware,data:data17};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	}
	else {
	const err58 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scope.properties.configurations.items.type,parentSchema:schema31.properties.scope.properties.configurations.items,data:data14};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	}
	}
	else {
	const err59 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scope.properties.configurations.type,parentSchema:schema31.properties.scope.properties.configurations,data:data13};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data8.vulnerabilities !== undefined){
	let data18 = data8.vulnerabilities;
	if(Array.isArray(data18)){
	if(data18.length > 50000){
	const err60 = {instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema31.properties.scope.properties.vulnerabilities,data:data18};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	const len3 = data18.length;
	for(let i3=0; i3<len3; i3++){
	let data19 = data18[i3];
	if(typeof data19 === "string"){
	if(func2(data19) > 1000){
	const err61 = {instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.vulnerabilities.items,data:data19};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	if(func2(data19) < 1){
	const err62 = {instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.vulnerabilities.items,data:data19};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	else {
	const err63 = {instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.vulnerabilities.items.type,parentSchema:schema31.properties.scope.properties.vulnerabilities.items,data:data19};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	}
	else {
	const err64 = {instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scope.properties.vulnerabilities.type,parentSchema:schema31.properties.scope.properties.vulnerabilities,data:data18};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data8.versionScheme !== undefined){
	let data20 = data8.versionScheme;
	if(!((data20 === "semver") || (data20 === "generic"))){
	const err65 = {instancePath:instancePath+"/scope/versionScheme",schemaPath:"#/properties/scope/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema31.properties.scope.properties.versionScheme.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scope.properties.versionScheme.enum,parentSchema:schema31.properties.scope.properties.versionScheme,data:data20};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	if(data8.identifiers !== undefined){
	let data21 = data8.identifiers;
	if(Array.isArray(data21)){
	if(data21.length > 100){
	const err66 = {instancePath:instancePath+"/scope/identifiers",schemaPath:"#/properties/scope/properties/identifiers/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.scope.properties.identifiers,data:data21};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	const len4 = data21.length;
	for(let i4=0; i4<len4; i4++){
	let data22 = data21[i4];
	const _errs49 = errors;
	let valid15 = false;
	let passing0 = null;
	const _errs50 = errors;
	const _errs51 = errors;
	const _errs52 = errors;
	const _errs53 = errors;
	let valid17 = false;
	const _errs54 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err67 = {};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	var _valid1 = _errs54 === errors;
	valid17 = valid17 || _valid1;
	const _errs55 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err68 = {};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	var _valid1 = _errs55 === errors;
	valid17 = valid17 || _valid1;
	const _errs56 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err69 = {};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	}
	var _valid1 = _errs56 === errors;
	valid17 = valid17 || _valid1;
	if(!valid17){
	const err70 = {};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	else {
	errors = _errs53;
	if(vErrors !== null){
	if(_errs53){
	vErrors.length = _errs53;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid16 = _errs52 === errors;
	if(valid16){
	const err71 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.scope.properties.identifiers.items.oneOf[0].not,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[0],data:data22};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	else {
	errors = _errs51;
	if(vErrors !== null){
	if(_errs51){
	vErrors.length = _errs51;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if(data22.purl === undefined){
	const err72 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/0/required",keyword:"required",params:{missingProperty: "purl"},message:"must have required property '"+"purl"+"'",schema:schema31.properties.scope.properties.identifiers.items.oneOf[0].required,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[0],data:data22};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	}
	var _valid0 = _errs50 === errors;
	if(_valid0){
	valid15 = true;
	passing0 = 0;
	}
	const _errs57 = errors;
	const _errs58 = errors;
	const _errs59 = errors;
	const _errs60 = errors;
	let valid19 = false;
	const _errs61 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err73 = {};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	}
	var _valid2 = _errs61 === errors;
	valid19 = valid19 || _valid2;
	const _errs62 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err74 = {};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	var _valid2 = _errs62 === errors;
	valid19 = valid19 || _valid2;
	const _errs63 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err75 = {};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	var _valid2 = _errs63 === errors;
	valid19 = valid19 || _valid2;
	if(!valid19){
	const err76 = {};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	else {
	errors = _errs60;
	if(vErrors !== null){
	if(_errs60){
	vErrors.length = _errs60;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid18 = _errs59 === errors;
	if(valid18){
	const err77 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.scope.properties.identifiers.items.oneOf[1].not,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[1],data:data22};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	else {
	errors = _errs58;
	if(vErrors !== null){
	if(_errs58){
	vErrors.length = _errs58;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if(data22.cpe === undefined){
	const err78 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/1/required",keyword:"required",params:{missingProperty: "cpe"},message:"must have required property '"+"cpe"+"'",schema:schema31.properties.scope.properties.identifiers.items.oneOf[1].required,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[1],data:data22};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	var _valid0 = _errs57 === errors;
	if(_valid0 && valid15){
	valid15 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid15 = true;
	passing0 = 1;
	}
	const _errs64 = errors;
	const _errs65 = errors;
	const _errs66 = errors;
	const _errs67 = errors;
	let valid21 = false;
	const _errs68 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err79 = {};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	var _valid3 = _errs68 === errors;
	valid21 = valid21 || _valid3;
	const _errs69 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err80 = {};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	var _valid3 = _errs69 === errors;
	valid21 = valid21 || _valid3;
	const _errs70 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err81 = {};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	var _valid3 = _errs70 === errors;
	valid21 = valid21 || _valid3;
	if(!valid21){
	const err82 = {};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	else {
	errors = _errs67;
	if(vErrors !== null){
	if(_errs67){
	vErrors.length = _errs67;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid20 = _errs66 === errors;
	if(valid20){
	const err83 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/2/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.scope.properties.identifiers.items.oneOf[2].not,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[2],data:data22};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	else {
	errors = _errs65;
	if(vErrors !== null){
	if(_errs65){
	vErrors.length = _errs65;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if(data22.csafProductId === undefined){
	const err84 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/2/required",keyword:"required",params:{missingProperty: "csafProductId"},message:"must have required property '"+"csafProductId"+"'",schema:schema31.properties.scope.properties.identifiers.items.oneOf[2].required,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[2],data:data22};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	}
	var _valid0 = _errs64 === errors;
	if(_valid0 && valid15){
	valid15 = false;
	passing0 = [passing0, 2];
	}
	else {
	if(_valid0){
	valid15 = true;
	passing0 = 2;
	}
	const _errs71 = errors;
	const _errs72 = errors;
	const _errs73 = errors;
	const _errs74 = errors;
	let valid23 = false;
	const _errs75 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err85 = {};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	var _valid4 = _errs75 === errors;
	valid23 = valid23 || _valid4;
	const _errs76 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err86 = {};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	}
	var _valid4 = _errs76 === errors;
	valid23 = valid23 || _valid4;
	const _errs77 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err87 = {};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	}
	var _valid4 = _errs77 === errors;
	valid23 = valid23 || _valid4;
	if(!valid23){
	const err88 = {};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	else {
	errors = _errs74;
	if(vErrors !== null){
	if(_errs74){
	vErrors.length = _errs74;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid22 = _errs73 === errors;
	if(valid22){
	const err89 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/3/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.scope.properties.identifiers.items.oneOf[3].not,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[3],data:data22};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	else {
	errors = _errs72;
	if(vErrors !== null){
	if(_errs72){
	vErrors.length = _errs72;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if(data22.name === undefined){
	const err90 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.scope.properties.identifiers.items.oneOf[3].required,parentSchema:schema31.properties.scope.properties.identifiers.items.oneOf[3],data:data22};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	}
	var _valid0 = _errs71 === errors;
	if(_valid0 && valid15){
	valid15 = false;
	passing0 = [passing0, 3];
	}
	else {
	if(_valid0){
	valid15 = true;
	passing0 = 3;
	}
	}
	}
	}
	if(!valid15){
	const err91 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.scope.properties.identifiers.items.oneOf,parentSchema:schema31.properties.scope.properties.identifiers.items,data:data22};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
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
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	for(const key3 in data22){
	if(!(((((((key3 === "purl") || (key3 === "cpe")) || (key3 === "csafProductId")) || (key3 === "version")) || (key3 === "name")) || (key3 === "vendor")) || (key3 === "ecosystem"))){
	const err92 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope.properties.identifiers.items,data:data22};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	}
	if(data22.purl !== undefined){
	let data23 = data22.purl;
	if(typeof data23 === "string"){
	if(func2(data23) > 2000){
	const err93 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.purl,data:data23};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	if(func2(data23) < 5){
	const err94 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters",schema:5,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.purl,data:data23};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	else {
	const err95 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.purl.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.purl,data:data23};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	if(data22.cpe !== undefined){
	let data24 = data22.cpe;
	if(typeof data24 === "string"){
	if(func2(data24) > 2000){
	const err96 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.cpe,data:data24};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	if(func2(data24) < 8){
	const err97 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters",schema:8,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.cpe,data:data24};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	else {
	const err98 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.cpe.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.cpe,data:data24};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	if(data22.csafProductId !== undefined){
	let data25 = data22.csafProductId;
	if(typeof data25 === "string"){
	if(func2(data25) > 1000){
	const err99 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.csafProductId,data:data25};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	if(func2(data25) < 1){
	const err100 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.csafProductId,data:data25};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	}
	else {
	const err101 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.csafProductId.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.csafProductId,data:data25};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	if(data22.version !== undefined){
	let data26 = data22.version;
	if(typeof data26 === "string"){
	if(func2(data26) > 256){
	const err102 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.version,data:data26};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	if(func2(data26) < 1){
	const err103 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.version,data:data26};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	else {
	const err104 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.version.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.version,data:data26};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	}
	if(data22.name !== undefined){
	let data27 = data22.name;
	if(typeof data27 === "string"){
	if(func2(data27) > 1000){
	const err105 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.name,data:data27};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	if(func2(data27) < 1){
	const err106 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.name,data:data27};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	}
	else {
	const err107 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.name.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.name,data:data27};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	}
	if(data22.vendor !== undefined){
	let data28 = data22.vendor;
	if(typeof data28 === "string"){
	if(func2(data28) > 1000){
	const err108 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.vendor,data:data28};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	if(func2(data28) < 1){
	const err109 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.vendor,data:data28};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	}
	else {
	const err110 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.vendor.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.vendor,data:data28};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	}
	if(data22.ecosystem !== undefined){
	let data29 = data22.ecosystem;
	if(typeof data29 === "string"){
	if(func2(data29) > 100){
	const err111 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.ecosystem,data:data29};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	if(func2(data29) < 1){
	const err112 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.ecosystem,data:data29};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	}
	else {
	const err113 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.properties.identifiers.items.properties.ecosystem.type,parentSchema:schema31.properties.scope.properties.identifiers.items.properties.ecosystem,data:data29};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	}
	}
	else {
	const err114 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scope.properties.identifiers.items.type,parentSchema:schema31.properties.scope.properties.identifiers.items,data:data22};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	}
	}
	else {
	const err115 = {instancePath:instancePath+"/scope/identifiers",schemaPath:"#/properties/scope/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scope.properties.identifiers.type,parentSchema:schema31.properties.scope.properties.identifiers,data:data21};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	}
	else {
	const err116 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scope.type,parentSchema:schema31.properties.scope,data:data8};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	if(data.producers !== undefined){
	let data30 = data.producers;
	if(Array.isArray(data30)){
	if(data30.length > 100){
	const err117 = {instancePath:instancePath+"/producers",schemaPath:"#/properties/producers/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.producers,data:data30};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	const len5 = data30.length;
	for(let i5=0; i5<len5; i5++){
	let data31 = data30[i5];
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	if(data31.id === undefined){
	const err118 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.producers.items.required,parentSchema:schema31.properties.producers.items,data:data31};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	if(data31.name === undefined){
	const err119 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.producers.items.required,parentSchema:schema31.properties.producers.items,data:data31};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	if(data31.role === undefined){
	const err120 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema31.properties.producers.items.required,parentSchema:schema31.properties.producers.items,data:data31};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	for(const key4 in data31){
	if(!(((key4 === "id") || (key4 === "name")) || (key4 === "role"))){
	const err121 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.producers.items,data:data31};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	}
	if(data31.id !== undefined){
	let data32 = data31.id;
	if(typeof data32 === "string"){
	if(func2(data32) > 1000){
	const err122 = {instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.producers.items.properties.id,data:data32};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	if(func2(data32) < 1){
	const err123 = {instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.producers.items.properties.id,data:data32};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	}
	else {
	const err124 = {instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.producers.items.properties.id.type,parentSchema:schema31.properties.producers.items.properties.id,data:data32};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	}
	if(data31.name !== undefined){
	let data33 = data31.name;
	if(typeof data33 === "string"){
	if(func2(data33) > 1000){
	const err125 = {instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.producers.items.properties.name,data:data33};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	if(func2(data33) < 1){
	const err126 = {instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.producers.items.properties.name,data:data33};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	}
	else {
	const err127 = {instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.producers.items.properties.name.type,parentSchema:schema31.properties.producers.items.properties.name,data:data33};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	}
	if(data31.role !== undefined){
	let data34 = data31.role;
	if(typeof data34 === "string"){
	if(func2(data34) > 1000){
	const err128 = {instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.producers.items.properties.role,data:data34};
	if(vErrors === null){
	vErrors = [err128];
	}
	else {
	vErrors.push(err128);
	}
	errors++;
	}
	if(func2(data34) < 1){
	const err129 = {instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.producers.items.properties.role,data:data34};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	}
	else {
	const err130 = {instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.producers.items.properties.role.type,parentSchema:schema31.properties.producers.items.properties.role,data:data34};
	if(vErrors === null){
	vErrors = [err130];
	}
	else {
	vErrors.push(err130);
	}
	errors++;
	}
	}
	}
	else {
	const err131 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.producers.items.type,parentSchema:schema31.properties.producers.items,data:data31};
	if(vErrors === null){
	vErrors = [err131];
	}
	else {
	vErrors.push(err131);
	}
	errors++;
	}
	}
	}
	else {
	const err132 = {instancePath:instancePath+"/producers",schemaPath:"#/properties/producers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.producers.type,parentSchema:schema31.properties.producers,data:data30};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	}
	if(data.consumers !== undefined){
	let data35 = data.consumers;
	if(Array.isArray(data35)){
	if(data35.length > 100){
	const err133 = {instancePath:instancePath+"/consumers",schemaPath:"#/properties/consumers/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.consumers,data:data35};
	if(vErrors === null){
	vErrors = [err133];
	}
	else {
	vErrors.push(err133);
	}
	errors++;
	}
	const len6 = data35.length;
	for(let i6=0; i6<len6; i6++){
	let data36 = data35[i6];
	if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
	if(data36.id === undefined){
	const err134 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.consumers.items.required,parentSchema:schema31.properties.consumers.items,data:data36};
	if(vErrors === null){
	vErrors = [err134];
	}
	else {
	vErrors.push(err134);
	}
	errors++;
	}
	if(data36.name === undefined){
	const err135 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.consumers.items.required,parentSchema:schema31.properties.consumers.items,data:data36};
	if(vErrors === null){
	vErrors = [err135];
	}
	else {
	vErrors.push(err135);
	}
	errors++;
	}
	if(data36.role === undefined){
	const err136 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema31.properties.consumers.items.required,parentSchema:schema31.properties.consumers.items,data:data36};
	if(vErrors === null){
	vErrors = [err136];
	}
	else {
	vErrors.push(err136);
	}
	errors++;
	}
	for(const key5 in data36){
	if(!(((key5 === "id") || (key5 === "name")) || (key5 === "role"))){
	const err137 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.consumers.items,data:data36};
	if(vErrors === null){
	vErrors = [err137];
	}
	else {
	vErrors.push(err137);
	}
	errors++;
	}
	}
	if(data36.id !== undefined){
	let data37 = data36.id;
	if(typeof data37 === "string"){
	if(func2(data37) > 1000){
	const err138 = {instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.consumers.items.properties.id,data:data37};
	if(vErrors === null){
	vErrors = [err138];
	}
	else {
	vErrors.push(err138);
	}
	errors++;
	}
	if(func2(data37) < 1){
	const err139 = {instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.consumers.items.properties.id,data:data37};
	if(vErrors === null){
	vErrors = [err139];
	}
	else {
	vErrors.push(err139);
	}
	errors++;
	}
	}
	else {
	const err140 = {instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.consumers.items.properties.id.type,parentSchema:schema31.properties.consumers.items.properties.id,data:data37};
	if(vErrors === null){
	vErrors = [err140];
	}
	else {
	vErrors.push(err140);
	}
	errors++;
	}
	}
	if(data36.name !== undefined){
	let data38 = data36.name;
	if(typeof data38 === "string"){
	if(func2(data38) > 1000){
	const err141 = {instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.consumers.items.properties.name,data:data38};
	if(vErrors === null){
	vErrors = [err141];
	}
	else {
	vErrors.push(err141);
	}
	errors++;
	}
	if(func2(data38) < 1){
	const err142 = {instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.consumers.items.properties.name,data:data38};
	if(vErrors === null){
	vErrors = [err142];
	}
	else {
	vErrors.push(err142);
	}
	errors++;
	}
	}
	else {
	const err143 = {instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.consumers.items.properties.name.type,parentSchema:schema31.properties.consumers.items.properties.name,data:data38};
	if(vErrors === null){
	vErrors = [err143];
	}
	else {
	vErrors.push(err143);
	}
	errors++;
	}
	}
	if(data36.role !== undefined){
	let data39 = data36.role;
	if(typeof data39 === "string"){
	if(func2(data39) > 1000){
	const err144 = {instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.consumers.items.properties.role,data:data39};
	if(vErrors === null){
	vErrors = [err144];
	}
	else {
	vErrors.push(err144);
	}
	errors++;
	}
	if(func2(data39) < 1){
	const err145 = {instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.consumers.items.properties.role,data:data39};
	if(vErrors === null){
	vErrors = [err145];
	}
	else {
	vErrors.push(err145);
	}
	errors++;
	}
	}
	else {
	const err146 = {instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.consumers.items.properties.role.type,parentSchema:schema31.properties.consumers.items.properties.role,data:data39};
	if(vErrors === null){
	vErrors = [err146];
	}
	else {
	vErrors.push(err146);
	}
	errors++;
	}
	}
	}
	else {
	const err147 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.consumers.items.type,parentSchema:schema31.properties.consumers.items,data:data36};
	if(vErrors === null){
	vErrors = [err147];
	}
	else {
	vErrors.push(err147);
	}
	errors++;
	}
	}
	}
	else {
	const err148 = {instancePath:instancePath+"/consumers",schemaPath:"#/properties/consumers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.consumers.type,parentSchema:schema31.properties.consumers,data:data35};
	if(vErrors === null){
	vErrors = [err148];
	}
	else {
	vErrors.push(err148);
	}
	errors++;
	}
	}
	if(data.verificationMethod !== undefined){
	let data40 = data.verificationMethod;
	if(Array.isArray(data40)){
	if(data40.length > 1000){
	const err149 = {instancePath:instancePath+"/verificationMethod",schemaPath:"#/properties/verificationMethod/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.verificationMethod,data:data40};
	if(vErrors === null){
	vErrors = [err149];
	}
	else {
	vErrors.push(err149);
	}
	errors++;
	}
	const len7 = data40.length;
	for(let i7=0; i7<len7; i7++){
	let data41 = data40[i7];
	if(typeof data41 === "string"){
	if(func2(data41) > 1000){
	const err150 = {instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.verificationMethod.items,data:data41};
	if(vErrors === null){
	vErrors = [err150];
	}
	else {
	vErrors.push(err150);
	}
	errors++;
	}
	if(func2(data41) < 1){
	const err151 = {instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.verificationMethod.items,data:data41};
	if(vErrors === null){
	vErrors = [err151];
	}
	else {
	vErrors.push(err151);
	}
	errors++;
	}
	}
	else {
	const err152 = {instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.verificationMethod.items.type,parentSchema:schema31.properties.verificationMethod.items,data:data41};
	if(vErrors === null){
	vErrors = [err152];
	}
	else {
	vErrors.push(err152);
	}
	errors++;
	}
	}
	}
	else {
	const err153 = {instancePath:instancePath+"/verificationMethod",schemaPath:"#/properties/verificationMethod/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.verificationMethod.type,parentSchema:schema31.properties.verificationMethod,data:data40};
	if(vErrors === null){
	vErrors = [err153];
	}
	else {
	vErrors.push(err153);
	}
	errors++;
	}
	}
	if(data.evidence !== undefined){
	let data42 = data.evidence;
	if(Array.isArray(data42)){
	if(data42.length > 1000){
	const err154 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.evidence,data:data42};
	if(vErrors === null){
	vErrors = [err154];
	}
	else {
	vErrors.push(err154);
	}
	errors++;
	}
	const len8 = data42.length;
	for(let i8=0; i8<len8; i8++){
	let data43 = data42[i8];
	const _errs124 = errors;
	let valid36 = true;
	const _errs125 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("assertion" !== data43.kind){
	const err155 = {};
	if(vErrors === null){
	vErrors = [err155];
	}
	else {
	vErrors.push(err155);
	}
	errors++;
	}
	}
	}
	var _valid5 = _errs125 === errors;
	errors = _errs124;
	if(vErrors !== null){
	if(_errs124){
	vErrors.length = _errs124;
	}
	else {
	vErrors = null;
	}
	}
	let ifClause0;
	if(_valid5){
	const _errs127 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.statement === undefined){
	const err156 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema31.properties.evidence.items.allOf[0].then.required,parentSchema:schema31.properties.evidence.items.allOf[0].then,data:data43};
	if(vErrors === null){
	vErrors = [err156];
	}
	else {
	vErrors.push(err156);
	}
	errors++;
	}
	if(data43.controls === undefined){
	const err157 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema31.properties.evidence.items.allOf[0].then.required,parentSchema:schema31.properties.evidence.items.allOf[0].then,data:data43};
	if(vErrors === null){
	vErrors = [err157];
	}
	else {
	vErrors.push(err157);
	}
	errors++;
	}
	if(data43.file !== undefined){
	const err158 = {instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/allOf/0/then/properties/file/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.properties.evidence.items.allOf[0].then.properties.file,data:data43.file};
	if(vErrors === null){
	vErrors = [err158];
	}
	else {
	vErrors.push(err158);
	}
	errors++;
	}
	if(data43.signature !== undefined){
	const err159 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/allOf/0/then/properties/signature/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.properties.evidence.items.allOf[0].then.properties.signature,data:data43.signature};
	if(vErrors === null){
	vErrors = [err159];
	}
	else {
	vErrors.push(err159);
	}
	errors++;
	}
	}
	var _valid5 = _errs127 === errors;
	valid36 = _valid5;
	if(valid36){
	var props0 = {};
	props0.file = true;
	props0.signature = true;
	props0.kind = true;
	}
	ifClause0 = "then";
	}
	else {
	const _errs128 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.file === undefined){
	const err160 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/else/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema31.properties.evidence.items.allOf[0].else.required,parentSchema:schema31.properties.evidence.items.allOf[0].else,data:data43};
	if(vErrors === null){
	vErrors = [err160];
	}
	else {
	vErrors.push(err160);
	}
	errors++;
	}
	if(data43.statement !== undefined){
	const err161 = {instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/allOf/0/else/properties/statement/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.properties.evidence.items.allOf[0].else.properties.statement,data:data43.statement};
	if(vErrors === null){
	vErrors = [err161];
	}
	else {
	vErrors.push(err161);
	}
	errors++;
	}
	}
	var _valid5 = _errs128 === errors;
	valid36 = _valid5;
	if(valid36){
	if(props0 !== true){
	props0 = props0 || {};
	props0.statement = true;
	}
	}
	ifClause0 = "else";
	}
	if(!valid36){
	const err162 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.properties.evidence.items.allOf[0].if,parentSchema:schema31.properties.evidence.items.allOf[0],data:data43};
	if(vErrors === null){
	vErrors = [err162];
	}
	else {
	vErrors.push(err162);
	}
	errors++;
	}
	const _errs130 = errors;
	let valid40 = true;
	const _errs131 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("process-document" !== data43.kind){
	const err163 = {};
	if(vErrors === null){
	vErrors = [err163];
	}
	else {
	vErrors.push(err163);
	}
	errors++;
	}
	}
	}
	var _valid6 = _errs131 === errors;
	errors = _errs130;
	if(vErrors !== null){
	if(_errs130){
	vErrors.length = _errs130;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid6){
	const _errs133 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.controls === undefined){
	const err164 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/1/then/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema31.properties.evidence.items.allOf[1].then.required,parentSchema:schema31.properties.evidence.items.allOf[1].then,data:data43};
	if(vErrors === null){
	vErrors = [err164];
	}
	else {
	vErrors.push(err164);
	}
	errors++;
	}
	}
	var _valid6 = _errs133 === errors;
	valid40 = _valid6;
	}
	if(!valid40){
	const err165 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.evidence.items.allOf[1].if,parentSchema:schema31.properties.evidence.items.allOf[1],data:data43};
	if(vErrors === null){
	vErrors = [err165];
	}
	else {
	vErrors.push(err165);
	}
	errors++;
	}
	if(props0 !== true){
	props0 = props0 || {};
	props0.kind = true;
	}
	const _errs135 = errors;
	let valid42 = true;
	const _errs136 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("update-manifest" !== data43.kind){
	const err166 = {};
	if(vErrors === null){
	vErrors = [err166];
	}
	else {
	vErrors.push(err166);
	}
	errors++;
	}
	}
	}
	var _valid7 = _errs136 === errors;
	errors = _errs135;
	if(vErrors !== null){
	if(_errs135){
	vErrors.length = _errs135;
	}
	else {
	vErrors = null;
	}
	}
	let ifClause1;
	if(_valid7){
	const _errs138 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.signature === undefined){
	const err167 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/then/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'",schema:schema31.properties.evidence.items.allOf[2].then.required,parentSchema:schema31.properties.evidence.items.allOf[2].then,data:data43};
	if(vErrors === null){
	vErrors = [err167];
	}
	else {
	vErrors.push(err167);
	}
	errors++;
	}
	}
	var _valid7 = _errs138 === errors;
	valid42 = _valid7;
	ifClause1 = "then";
	}
	else {
	const _errs139 = errors;
	const _errs140 = errors;
	let valid44 = true;
	const _errs141 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	let data50 = data43.kind;
	if(!((((data50 === "assertion") || (data50 === "process-document")) || (data50 === "recovery-procedure")) || (data50 === "build-provenance"))){
	const err168 = {};
	if(vErrors === null){
	vErrors = [err168];
	}
	else {
	vErrors.push(err168);
	}
	errors++;
	}
	}
	}
	var _valid8 = _errs141 === errors;
	errors = _errs140;
	if(vErrors !== null){
	if(_errs140){
	vErrors.length = _errs140;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid8){
	const _errs143 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.signature !== undefined){
	const err169 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/allOf/2/else/then/properties/signature/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.properties.evidence.items.allOf[2].else.then.properties.signature,data:data43.signature};
	if(vErrors === null){
	vErrors = [err169];
	}
	else {
	vErrors.push(err169);
	}
	errors++;
	}
	}
	var _valid8 = _errs143 === errors;
	valid44 = _valid8;
	if(valid44){
	var props1 = {};
	props1.signature = true;
	props1.kind = true;
	}
	}
	if(!valid44){
	const err170 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/else/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.evidence.items.allOf[2].else.if,parentSchema:schema31.properties.evidence.items.allOf[2].else,data:data43};
	if(vErrors === null){
	vErrors = [err170];
	}
	else {
	vErrors.push(err170);
	}
	errors++;
	}
	var _valid7 = _errs139 === errors;
	valid42 = _valid7;
	if(valid42){
	if(props1 !== true){
	props1 = props1 || {};
	props1.kind = true;
	}
	}
	ifClause1 = "else";
	}
	if(!valid42){
	const err171 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema31.properties.evidence.items.allOf[2].if,parentSchema:schema31.properties.evidence.items.allOf[2],data:data43};
	if(vErrors === null){
	vErrors = [err171];
	}
	else {
	vErrors.push(err171);
	}
	errors++;
	}
	if(props0 !== true && props1 !== undefined){
	if(props1 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props1);
	}
	}
	const _errs145 = errors;
	let valid47 = true;
	const _errs146 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if((data43.format === undefined) && ("format")){
	const err172 = {};
	if(vErrors === null){
	vErrors = [err172];
	}
	else {
	vErrors.push(err172);
	}
	errors++;
	}
	else {
	if(data43.kind !== undefined){
	const _errs147 = errors;
	const _errs148 = errors;
	const _errs149 = errors;
	if("update-manifest" !== data43.kind){
	const err173 = {};
	if(vErrors === null){
	vErrors = [err173];
	}
	else {
	vErrors.push(err173);
	}
	errors++;
	}
	var valid49 = _errs149 === errors;
	if(valid49){
	const err174 = {};
	if(vErrors === null){
	vErrors = [err174];
	}
	else {
	vErrors.push(err174);
	}
	errors++;
	}
	else {
	errors = _errs148;
	if(vErrors !== null){
	if(_errs148){
	vErrors.length = _errs148;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid48 = _errs147 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data43.format !== undefined){
	let data53 = data43.format;
	const _errs150 = errors;
	if(!((data53 === "dsse") || (data53 === "sigstore-bundle"))){
	const err175 = {};
	if(vErrors === null){
	vErrors = [err175];
	}
	else {
	vErrors.push(err175);
	}
	errors++;
	}
	var valid48 = _errs150 === errors;
	}
	else {
	var valid48 = true;
	}
	}
	}
	}
	var _valid9 = _errs146 === errors;
	errors = _errs145;
	if(vErrors !== null){
	if(_errs145){
	vErrors.length = _errs145;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid9){
	const _errs151 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.signature !== undefined){
	const err176 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/allOf/3/then/properties/signature/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.properties.evidence.items.allOf[3].then.properties.signature,data:data43.signature};
	if(vErrors === null){
	vErrors = [err176];
	}
	else {
	vErrors.push(err176);
	}
	errors++;
	}
	}
	var _valid9 = _errs151 === errors;
	valid47 = _valid9;
	if(valid47){
	var props2 = {};
	props2.signature = true;
	props2.kind = true;
	props2.format = true;
	}
	}
	if(!valid47){
	const err177 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.evidence.items.allOf[3].if,parentSchema:schema31.properties.evidence.items.allOf[3],data:data43};
	if(vErrors === null){
	vErrors = [err177];
	}
	else {
	vErrors.push(err177);
	}
	errors++;
	}
	if(props0 !== true && props2 !== undefined){
	if(props2 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props2);
	}
	}
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.id === undefined){
	const err178 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.evidence.items.required,parentSchema:schema31.properties.evidence.items,data:data43};
	if(vErrors === null){
	vErrors = [err178];
	}
	else {
	vErrors.push(err178);
	}
	errors++;
	}
	if(data43.kind === undefined){
	const err179 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.evidence.items.required,parentSchema:schema31.properties.evidence.items,data:data43};
	if(vErrors === null){
	vErrors = [err179];
	}
	else {
	vErrors.push(err179);
	}
	errors++;
	}
	if(data43.producer === undefined){
	const err180 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/required",keyword:"required",params:{missingProperty: "producer"},message:"must have required property '"+"producer"+"'",schema:schema31.properties.evidence.items.required,parentSchema:schema31.properties.evidence.items,data:data43};
	if(vErrors === null){
	vErrors = [err180];
	}
	else {
	vErrors.push(err180);
	}
	errors++;
	}
	for(const key6 in data43){
	if(!(func1.call(schema31.properties.evidence.items.properties, key6))){
	const err181 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.evidence.items,data:data43};
	if(vErrors === null){
	vErrors = [err181];
	}
	else {
	vErrors.push(err181);
	}
	errors++;
	}
	}
	if(data43.id !== undefined){
	let data55 = data43.id;
	if(typeof data55 === "string"){
	if(func2(data55) > 200){
	const err182 = {instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.evidence.items.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err182];
	}
	else {
	vErrors.push(err182);
	}
	errors++;
	}
	if(func2(data55) < 1){
	const err183 = {instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err183];
	}
	else {
	vErrors.push(err183);
	}
	errors++;
	}
	if(!pattern6.test(data55)){
	const err184 = {instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema31.properties.evidence.items.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err184];
	}
	else {
	vErrors.push(err184);
	}
	errors++;
	}
	}
	else {
	const err185 = {instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.id.type,parentSchema:schema31.properties.evidence.items.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err185];
	}
	else {
	vErrors.push(err185);
	}
	errors++;
	}
	}
	if(data43.kind !== undefined){
	let data56 = data43.kind;
	if(!((((((((((((data56 === "assertion") || (data56 === "process-document")) || (data56 === "update-manifest")) || (data56 === "build-provenance")) || (data56 === "signing-event")) || (data56 === "release-approval")) || (data56 === "rollback-recovery-tests")) || (data56 === "recovery-procedure")) || (data56 === "affected-versions")) || (data56 === "customer-notification")) || (data56 === "deployment-records")) || (data56 === "risk-acceptance"))){
	const err186 = {instancePath:instancePath+"/evidence/" + i8+"/kind",schemaPath:"#/properties/evidence/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.evidence.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.evidence.items.properties.kind.enum,parentSchema:schema31.properties.evidence.items.properties.kind,data:data56};
	if(vErrors === null){
	vErrors = [err186];
	}
	else {
	vErrors.push(err186);
	}
	errors++;
	}
	}
	if(data43.format !== undefined){
	let data57 = data43.format;
	if(!(((((((((data57 === "text") || (data57 === "update-gate")) || (data57 === "cosign-sign-blob")) || (data57 === "dsse")) || (data57 === "sigstore-bundle")) || (data57 === "csaf")) || (data57 === "openvex")) || (data57 === "osv")) || (data57 === "cyclonedx-vex"))){
	const err187 = {instancePath:instancePath+"/evidence/" + i8+"/format",schemaPath:"#/properties/evidence/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.evidence.items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.evidence.items.properties.format.enum,parentSchema:schema31.properties.evidence.items.properties.format,data:data57};
	if(vErrors === null){
	vErrors = [err187];
	}
	else {
	vErrors.push(err187);
	}
	errors++;
	}
	}
	if(data43.file !== undefined){
	let data58 = data43.file;
	if(typeof data58 === "string"){
	if(func2(data58) > 1000){
	const err188 = {instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.evidence.items.properties.file,data:data58};
	if(vErrors === null){
	vErrors = [err188];
	}
	else {
	vErrors.push(err188);
	}
	errors++;
	}
	if(func2(data58) < 1){
	const err189 = {instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.file,data:data58};
	if(vErrors === null){
	vErrors = [err189];
	}
	else {
	vErrors.push(err189);
	}
	errors++;
	}
	}
	else {
	const err190 = {instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.file.type,parentSchema:schema31.properties.evidence.items.properties.file,data:data58};
	if(vErrors === null){
	vErrors = [err190];
	}
	else {
	vErrors.push(err190);
	}
	errors++;
	}
	}
	if(data43.signature !== undefined){
	let data59 = data43.signature;
	if(typeof data59 === "string"){
	if(func2(data59) > 1000){
	const err191 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.evidence.items.properties.signature,data:data59};
	if(vErrors === null){
	vErrors = [err191];
	}
	else {
	vErrors.push(err191);
	}
	errors++;
	}
	if(func2(data59) < 1){
	const err192 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.signature,data:data59};
	if(vErrors === null){
	vErrors = [err192];
	}
	else {
	vErrors.push(err192);
	}
	errors++;
	}
	}
	else {
	const err193 = {instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.signature.type,parentSchema:schema31.properties.evidence.items.properties.signature,data:data59};
	if(vErrors === null){
	vErrors = [err193];
	}
	else {
	vErrors.push(err193);
	}
	errors++;
	}
	}
	if(data43.statement !== undefined){
	let data60 = data43.statement;
	if(typeof data60 === "string"){
	if(func2(data60) > 100000){
	const err194 = {instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema31.properties.evidence.items.properties.statement,data:data60};
	if(vErrors === null){
	vErrors = [err194];
	}
	else {
	vErrors.push(err194);
	}
	errors++;
	}
	if(func2(data60) < 1){
	const err195 = {instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.statement,data:data60};
	if(vErrors === null){
	vErrors = [err195];
	}
	else {
	vErrors.push(err195);
	}
	errors++;
	}
	}
	else {
	const err196 = {instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.statement.type,parentSchema:schema31.properties.evidence.items.properties.statement,data:data60};
	if(vErrors === null){
	vErrors = [err196];
	}
	else {
	vErrors.push(err196);
	}
	errors++;
	}
	}
	if(data43.producer !== undefined){
	let data61 = data43.producer;
	if(typeof data61 === "string"){
	if(func2(data61) > 1000){
	const err197 = {instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.evidence.items.properties.producer,data:data61};
	if(vErrors === null){
	vErrors = [err197];
	}
	else {
	vErrors.push(err197);
	}
	errors++;
	}
	if(func2(data61) < 1){
	const err198 = {instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.producer,data:data61};
	if(vErrors === null){
	vErrors = [err198];
	}
	else {
	vErrors.push(err198);
	}
	errors++;
	}
	}
	else {
	const err199 = {instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.producer.type,parentSchema:schema31.properties.evidence.items.properties.producer,data:data61};
	if(vErrors === null){
	vErrors = [err199];
	}
	else {
	vErrors.push(err199);
	}
	errors++;
	}
	}
	if(data43.time !== undefined){
	let data62 = data43.time;
	if(typeof data62 === "string"){
	if(func2(data62) > 64){
	const err200 = {instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data62};
	if(vErrors === null){
	vErrors = [err200];
	}
	else {
	vErrors.push(err200);
	}
	errors++;
	}
	if(!(formats0.validate(data62))){
	const err201 = {instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema34,data:data62};
	if(vErrors === null){
	vErrors = [err201];
	}
	else {
	vErrors.push(err201);
	}
	errors++;
	}
	}
	else {
	const err202 = {instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data62};
	if(vErrors === null){
	vErrors = [err202];
	}
	else {
	vErrors.push(err202);
	}
	errors++;
	}
	}
	if(data43.controls !== undefined){
	let data63 = data43.controls;
	if(Array.isArray(data63)){
	if(data63.length > 50){
	const err203 = {instancePath:instancePath+"/evidence/" + i8+"/controls",schemaPath:"#/properties/evidence/items/properties/controls/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.evidence.items.properties.controls,data:data63};
	if(vErrors === null){
	vErrors = [err203];
	}
	else {
	vErrors.push(err203);
	}
	errors++;
	}
	const len9 = data63.length;
	for(let i9=0; i9<len9; i9++){
	let data64 = data63[i9];
	if(typeof data64 === "string"){
	if(func2(data64) > 1000){
	const err204 = {instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.evidence.items.properties.controls.items,data:data64};
	if(vErrors === null){
	vErrors = [err204];
	}
	else {
	vErrors.push(err204);
	}
	errors++;
	}
	if(func2(data64) < 1){
	const err205 = {instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.controls.items,data:data64};
	if(vErrors === null){
	vErrors = [err205];
	}
	else {
	vErrors.push(err205);
	}
	errors++;
	}
	}
	else {
	const err206 = {instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.controls.items.type,parentSchema:schema31.properties.evidence.items.properties.controls.items,data:data64};
	if(vErrors === null){
	vErrors = [err206];
	}
	else {
	vErrors.push(err206);
	}
	errors++;
	}
	}
	}
	else {
	const err207 = {instancePath:instancePath+"/evidence/" + i8+"/controls",schemaPath:"#/properties/evidence/items/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.evidence.items.properties.controls.type,parentSchema:schema31.properties.evidence.items.properties.controls,data:data63};
	if(vErrors === null){
	vErrors = [err207];
	}
	else {
	vErrors.push(err207);
	}
	errors++;
	}
	}
	if(data43.description !== undefined){
	let data65 = data43.description;
	if(typeof data65 === "string"){
	if(func2(data65) > 10000){
	const err208 = {instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.evidence.items.properties.description,data:data65};
	if(vErrors === null){
	vErrors = [err208];
	}
	else {
	vErrors.push(err208);
	}
	errors++;
	}
	if(func2(data65) < 1){
	const err209 = {instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.evidence.items.properties.description,data:data65};
	if(vErrors === null){
	vErrors = [err209];
	}
	else {
	vErrors.push(err209);
	}
	errors++;
	}
	}
	else {
	const err210 = {instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence.items.properties.description.type,parentSchema:schema31.properties.evidence.items.properties.description,data:data65};
	if(vErrors === null){
	vErrors = [err210];
	}
	else {
	vErrors.push(err210);
	}
	errors++;
	}
	}
	}
	else {
	const err211 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.evidence.items.type,parentSchema:schema31.properties.evidence.items,data:data43};
	if(vErrors === null){
	vErrors = [err211];
	}
	else {
	vErrors.push(err211);
	}
	errors++;
	}
	}
	}
	else {
	const err212 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.evidence.type,parentSchema:schema31.properties.evidence,data:data42};
	if(vErrors === null){
	vErrors = [err212];
	}
	else {
	vErrors.push(err212);
	}
	errors++;
	}
	}
	if(data.knownGaps !== undefined){
	let data66 = data.knownGaps;
	if(Array.isArray(data66)){
	if(data66.length > 50000){
	const err213 = {instancePath:instancePath+"/knownGaps",schemaPath:"#/properties/knownGaps/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema31.properties.knownGaps,data:data66};
	if(vErrors === null){
	vErrors = [err213];
	}
	else {
	vErrors.push(err213);
	}
	errors++;
	}
	const len10 = data66.length;
	for(let i10=0; i10<len10; i10++){
	let data67 = data66[i10];
	if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
	if(data67.id === undefined){
	const err214 = {instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.knownGaps.items.required,parentSchema:schema31.properties.knownGaps.items,data:data67};
	if(vErrors === null){
	vErrors = [err214];
	}
	else {
	vErrors.push(err214);
	}
	errors++;
	}
	if(data67.description === undefined){
	const err215 = {instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.properties.knownGaps.items.required,parentSchema:schema31.properties.knownGaps.items,data:data67};
	if(vErrors === null){
	vErrors = [err215];
	}
	else {
	vErrors.push(err215);
	}
	errors++;
	}
	if(data67.configurations === undefined){
	const err216 = {instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema31.properties.knownGaps.items.required,parentSchema:schema31.properties.knownGaps.items,data:data67};
	if(vErrors === null){
	vErrors = [err216];
	}
	else {
	vErrors.push(err216);
	}
	errors++;
	}
	for(const key7 in data67){
	if(!(((key7 === "id") || (key7 === "description")) || (key7 === "configurations"))){
	const err217 = {instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.knownGaps.items,data:data67};
	if(vErrors === null){
	vErrors = [err217];
	}
	else {
	vErrors.push(err217);
	}
	errors++;
	}
	}
	if(data67.id !== undefined){
	let data68 = data67.id;
	if(typeof data68 === "string"){
	if(func2(data68) > 1000){
	const err218 = {instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.knownGaps.items.properties.id,data:data68};
	if(vErrors === null){
	vErrors = [err218];
	}
	else {
	vErrors.push(err218);
	}
	errors++;
	}
	if(func2(data68) < 1){
	const err219 = {instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.knownGaps.items.properties.id,data:data68};
	if(vErrors === null){
	vErrors = [err219];
	}
	else {
	vErrors.push(err219);
	}
	errors++;
	}
	}
	else {
	const err220 = {instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.knownGaps.items.properties.id.type,parentSchema:schema31.properties.knownGaps.items.properties.id,data:data68};
	if(vErrors === null){
	vErrors = [err220];
	}
	else {
	vErrors.push(err220);
	}
	errors++;
	}
	}
	if(data67.description !== undefined){
	let data69 = data67.description;
	if(typeof data69 === "string"){
	if(func2(data69) > 10000){
	const err221 = {instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.knownGaps.items.properties.description,data:data69};
	if(vErrors === null){
	vErrors = [err221];
	}
	else {
	vErrors.push(err221);
	}
	errors++;
	}
	if(func2(data69) < 1){
	const err222 = {instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.knownGaps.items.properties.description,data:data69};
	if(vErrors === null){
	vErrors = [err222];
	}
	else {
	vErrors.push(err222);
	}
	errors++;
	}
	}
	else {
	const err223 = {instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.knownGaps.items.properties.description.type,parentSchema:schema31.properties.knownGaps.items.properties.description,data:data69};
	if(vErrors === null){
	vErrors = [err223];
	}
	else {
	vErrors.push(err223);
	}
	errors++;
	}
	}
	if(data67.configurations !== undefined){
	let data70 = data67.configurations;
	if(Array.isArray(data70)){
	if(data70.length > 50000){
	const err224 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema31.properties.knownGaps.items.properties.configurations,data:data70};
	if(vErrors === null){
	vErrors = [err224];
	}
	else {
	vErrors.push(err224);
	}
	errors++;
	}
	if(data70.length < 1){
	const err225 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.knownGaps.items.properties.configurations,data:data70};
	if(vErrors === null){
	vErrors = [err225];
	}
	else {
	vErrors.push(err225);
	}
	errors++;
	}
	const len11 = data70.length;
	for(let i11=0; i11<len11; i11++){
	let data71 = data70[i11];
	if(typeof data71 === "string"){
	if(func2(data71) > 1000){
	const err226 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.knownGaps.items.properties.configurations.items,data:data71};
	if(vErrors === null){
	vErrors = [err226];
	}
	else {
	vErrors.push(err226);
	}
	errors++;
	}
	if(func2(data71) < 1){
	const err227 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.knownGaps.items.properties.configurations.items,data:data71};
	if(vErrors === null){
	vErrors = [err227];
	}
	else {
	vErrors.push(err227);
	}
	errors++;
	}
	}
	else {
	const err228 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.knownGaps.items.properties.configurations.items.type,parentSchema:schema31.properties.knownGaps.items.properties.configurations.items,data:data71};
	if(vErrors === null){
	vErrors = [err228];
	}
	else {
	vErrors.push(err228);
	}
	errors++;
	}
	}
	}
	else {
	const err229 = {instancePath:instancePath+"/knownGaps/" + i10+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.knownGaps.items.properties.configurations.type,parentSchema:schema31.properties.knownGaps.items.properties.configurations,data:data70};
	if(vErrors === null){
	vErrors = [err229];
	}
	else {
	vErrors.push(err229);
	}
	errors++;
	}
	}
	}
	else {
	const err230 = {instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.knownGaps.items.type,parentSchema:schema31.properties.knownGaps.items,data:data67};
	if(vErrors === null){
	vErrors = [err230];
	}
	else {
	vErrors.push(err230);
	}
	errors++;
	}
	}
	}
	else {
	const err231 = {instancePath:instancePath+"/knownGaps",schemaPath:"#/properties/knownGaps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.knownGaps.type,parentSchema:schema31.properties.knownGaps,data:data66};
	if(vErrors === null){
	vErrors = [err231];
	}
	else {
	vErrors.push(err231);
	}
	errors++;
	}
	}
	if(data.exceptions !== undefined){
	let data72 = data.exceptions;
	if(Array.isArray(data72)){
	if(data72.length > 50000){
	const err232 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema31.properties.exceptions,data:data72};
	if(vErrors === null){
	vErrors = [err232];
	}
	else {
	vErrors.push(err232);
	}
	errors++;
	}
	const len12 = data72.length;
	for(let i12=0; i12<len12; i12++){
	let data73 = data72[i12];
	if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
	if(data73.id === undefined){
	const err233 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err233];
	}
	else {
	vErrors.push(err233);
	}
	errors++;
	}
	if(data73.configuration === undefined){
	const err234 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err234];
	}
	else {
	vErrors.push(err234);
	}
	errors++;
	}
	if(data73.reason === undefined){
	const err235 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err235];
	}
	else {
	vErrors.push(err235);
	}
	errors++;
	}
	if(data73.mitigation === undefined){
	const err236 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err236];
	}
	else {
	vErrors.push(err236);
	}
	errors++;
	}
	if(data73.remainOn === undefined){
	const err237 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "remainOn"},message:"must have required property '"+"remainOn"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err237];
	}
	else {
	vErrors.push(err237);
	}
	errors++;
	}
	if(data73.followUpBy === undefined){
	const err238 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err238];
	}
	else {
	vErrors.push(err238);
	}
	errors++;
	}
	if(data73.acceptedBy === undefined){
	const err239 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "acceptedBy"},message:"must have required property '"+"acceptedBy"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err239];
	}
	else {
	vErrors.push(err239);
	}
	errors++;
	}
	if(data73.acceptedAt === undefined){
	const err240 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "acceptedAt"},message:"must have required property '"+"acceptedAt"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err240];
	}
	else {
	vErrors.push(err240);
	}
	errors++;
	}
	for(const key8 in data73){
	if(!(func1.call(schema31.properties.exceptions.items.properties, key8))){
	const err241 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err241];
	}
	else {
	vErrors.push(err241);
	}
	errors++;
	}
	}
	if(data73.id !== undefined){
	let data74 = data73.id;
	if(typeof data74 === "string"){
	if(func2(data74) > 1000){
	const err242 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.id,data:data74};
	if(vErrors === null){
	vErrors = [err242];
	}
	else {
	vErrors.push(err242);
	}
	errors++;
	}
	if(func2(data74) < 1){
	const err243 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.id,data:data74};
	if(vErrors === null){
	vErrors = [err243];
	}
	else {
	vErrors.push(err243);
	}
	errors++;
	}
	}
	else {
	const err244 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.id.type,parentSchema:schema31.properties.exceptions.items.properties.id,data:data74};
	if(vErrors === null){
	vErrors = [err244];
	}
	else {
	vErrors.push(err244);
	}
	errors++;
	}
	}
	if(data73.configuration !== undefined){
	let data75 = data73.configuration;
	if(typeof data75 === "string"){
	if(func2(data75) > 1000){
	const err245 = {instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.configuration,data:data75};
	if(vErrors === null){
	vErrors = [err245];
	}
	else {
	vErrors.push(err245);
	}
	errors++;
	}
	if(func2(data75) < 1){
	const err246 = {instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.configuration,data:data75};
	if(vErrors === null){
	vErrors = [err246];
	}
	else {
	vErrors.push(err246);
	}
	errors++;
	}
	}
	else {
	const err247 = {instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.configuration.type,parentSchema:schema31.properties.exceptions.items.properties.configuration,data:data75};
	if(vErrors === null){
	vErrors = [err247];
	}
	else {
	vErrors.push(err247);
	}
	errors++;
	}
	}
	if(data73.reason !== undefined){
	let data76 = data73.reason;
	if(typeof data76 === "string"){
	if(func2(data76) > 10000){
	const err248 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data76};
	if(vErrors === null){
	vErrors = [err248];
	}
	else {
	vErrors.push(err248);
	}
	errors++;
	}
	if(func2(data76) < 1){
	const err249 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data76};
	if(vErrors === null){
	vErrors = [err249];
	}
	else {
	vErrors.push(err249);
	}
	errors++;
	}
	}
	else {
	const err250 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.reason.type,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data76};
	if(vErrors === null){
	vErrors = [err250];
	}
	else {
	vErrors.push(err250);
	}
	errors++;
	}
	}
	if(data73.mitigation !== undefined){
	let data77 = data73.mitigation;
	if(typeof data77 === "string"){
	if(func2(data77) > 10000){
	const err251 = {instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.exceptions.items.properties.mitigation,data:data77};
	if(vErrors === null){
	vErrors = [err251];
	}
	else {
	vErrors.push(err251);
	}
	errors++;
	}
	if(func2(data77) < 1){
	const err252 = {instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.mitigation,data:data77};
	if(vErrors === null){
	vErrors = [err252];
	}
	else {
	vErrors.push(err252);
	}
	errors++;
	}
	}
	else {
	const err253 = {instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.mitigation.type,parentSchema:schema31.properties.exceptions.items.properties.mitigation,data:data77};
	if(vErrors === null){
	vErrors = [err253];
	}
	else {
	vErrors.push(err253);
	}
	errors++;
	}
	}
	if(data73.remainOn !== undefined){
	let data78 = data73.remainOn;
	if(typeof data78 === "string"){
	if(func2(data78) > 256){
	const err254 = {instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema32,data:data78};
	if(vErrors === null){
	vErrors = [err254];
	}
	else {
	vErrors.push(err254);
	}
	errors++;
	}
	if(func2(data78) < 1){
	const err255 = {instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data78};
	if(vErrors === null){
	vErrors = [err255];
	}
	else {
	vErrors.push(err255);
	}
	errors++;
	}
	if(!pattern4.test(data78)){
	const err256 = {instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema32,data:data78};
	if(vErrors === null){
	vErrors = [err256];
	}
	else {
	vErrors.push(err256);
	}
	errors++;
	}
	}
	else {
	const err257 = {instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data78};
	if(vErrors === null){
	vErrors = [err257];
	}
	else {
	vErrors.push(err257);
	}
	errors++;
	}
	}
	if(data73.followUpBy !== undefined){
	let data79 = data73.followUpBy;
	if(typeof data79 === "string"){
	if(func2(data79) > 64){
	const err258 = {instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data79};
	if(vErrors === null){
	vErrors = [err258];
	}
	else {
	vErrors.push(err258);
	}
	errors++;
	}
	if(!(formats0.validate(data79))){
	const err259 = {instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema34,data:data79};
	if(vErrors === null){
	vErrors = [err259];
	}
	else {
	vErrors.push(err259);
	}
	errors++;
	}
	}
	else {
	const err260 = {instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data79};
	if(vErrors === null){
	vErrors = [err260];
	}
	else {
	vErrors.push(err260);
	}
	errors++;
	}
	}
	if(data73.acceptedBy !== undefined){
	let data80 = data73.acceptedBy;
	if(typeof data80 === "string"){
	if(func2(data80) > 1000){
	const err261 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.acceptedBy,data:data80};
	if(vErrors === null){
	vErrors = [err261];
	}
	else {
	vErrors.push(err261);
	}
	errors++;
	}
	if(func2(data80) < 1){
	const err262 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.acceptedBy,data:data80};
	if(vErrors === null){
	vErrors = [err262];
	}
	else {
	vErrors.push(err262);
	}
	errors++;
	}
	}
	else {
	const err263 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.acceptedBy.type,parentSchema:schema31.properties.exceptions.items.properties.acceptedBy,data:data80};
	if(vErrors === null){
	vErrors = [err263];
	}
	else {
	vErrors.push(err263);
	}
	errors++;
	}
	}
	if(data73.acceptedAt !== undefined){
	let data81 = data73.acceptedAt;
	if(typeof data81 === "string"){
	if(func2(data81) > 64){
	const err264 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data81};
	if(vErrors === null){
	vErrors = [err264];
	}
	else {
	vErrors.push(err264);
	}
	errors++;
	}
	if(!(formats0.validate(data81))){
	const err265 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema34,data:data81};
	if(vErrors === null){
	vErrors = [err265];
	}
	else {
	vErrors.push(err265);
	}
	errors++;
	}
	}
	else {
	const err266 = {instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data81};
	if(vErrors === null){
	vErrors = [err266];
	}
	else {
	vErrors.push(err266);
	}
	errors++;
	}
	}
	if(data73.waives !== undefined){
	let data82 = data73.waives;
	if(Array.isArray(data82)){
	if(data82.length > 1000){
	const err267 = {instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.waives,data:data82};
	if(vErrors === null){
	vErrors = [err267];
	}
	else {
	vErrors.push(err267);
	}
	errors++;
	}
	if(data82.length < 1){
	const err268 = {instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.exceptions.items.properties.waives,data:data82};
	if(vErrors === null){
	vErrors = [err268];
	}
	else {
	vErrors.push(err268);
	}
	errors++;
	}
	const len13 = data82.length;
	for(let i13=0; i13<len13; i13++){
	let data83 = data82[i13];
	if(typeof data83 === "string"){
	if(func2(data83) > 1000){
	const err269 = {instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.waives.items,data:data83};
	if(vErrors === null){
	vErrors = [err269];
	}
	else {
	vErrors.push(err269);
	}
	errors++;
	}
	if(func2(data83) < 1){
	const err270 = {instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.waives.items,data:data83};
	if(vErrors === null){
	vErrors = [err270];
	}
	else {
	vErrors.push(err270);
	}
	errors++;
	}
	}
	else {
	const err271 = {instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.waives.items.type,parentSchema:schema31.properties.exceptions.items.properties.waives.items,data:data83};
	if(vErrors === null){
	vErrors = [err271];
	}
	else {
	vErrors.push(err271);
	}
	errors++;
	}
	}
	let i14 = data82.length;
	let j0;
	if(i14 > 1){
	const indices0 = {};
	for(;i14--;){
	let item0 = data82[i14];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	const err272 = {instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i14+" are identical)",schema:true,parentSchema:schema31.properties.exceptions.items.properties.waives,data:data82};
	if(vErrors === null){
	vErrors = [err272];
	}
	else {
	vErrors.push(err272);
	}
	errors++;
	break;
	}
	indices0[item0] = i14;
	}
	}
	}
	else {
	const err273 = {instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.exceptions.items.properties.waives.type,parentSchema:schema31.properties.exceptions.items.properties.waives,data:data82};
	if(vErrors === null){
	vErrors = [err273];
	}
	else {
	vErrors.push(err273);
	}
	errors++;
	}
	}
	}
	else {
	const err274 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.exceptions.items.type,parentSchema:schema31.properties.exceptions.items,data:data73};
	if(vErrors === null){
	vErrors = [err274];
	}
	else {
	vErrors.push(err274);
	}
	errors++;
	}
	}
	}
	else {
	const err275 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.exceptions.type,parentSchema:schema31.properties.exceptions,data:data72};
	if(vErrors === null){
	vErrors = [err275];
	}
	else {
	vErrors.push(err275);
	}
	errors++;
	}
	}
	if(data.retention !== undefined){
	let data84 = data.retention;
	if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
	if(data84.owners === undefined){
	const err276 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/required",keyword:"required",params:{missingProperty: "owners"},message:"must have required property '"+"owners"+"'",schema:schema31.properties.retention.required,parentSchema:schema31.properties.retention,data:data84};
	if(vErrors === null){
	vErrors = [err276];
	}
	else {
	vErrors.push(err276);
	}
	errors++;
	}
	if(data84.locations === undefined){
	const err277 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/required",keyword:"required",params:{missingProperty: "locations"},message:"must have required property '"+"locations"+"'",schema:schema31.properties.retention.required,parentSchema:schema31.properties.retention,data:data84};
	if(vErrors === null){
	vErrors = [err277];
	}
	else {
	vErrors.push(err277);
	}
	errors++;
	}
	for(const key9 in data84){
	if(!((key9 === "owners") || (key9 === "locations"))){
	const err278 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.retention,data:data84};
	if(vErrors === null){
	vErrors = [err278];
	}
	else {
	vErrors.push(err278);
	}
	errors++;
	}
	}
	if(data84.owners !== undefined){
	let data85 = data84.owners;
	if(Array.isArray(data85)){
	if(data85.length > 1000){
	const err279 = {instancePath:instancePath+"/retention/owners",schemaPath:"#/properties/retention/properties/owners/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.retention.properties.owners,data:data85};
	if(vErrors === null){
	vErrors = [err279];
	}
	else {
	vErrors.push(err279);
	}
	errors++;
	}
	const len14 = data85.length;
	for(let i15=0; i15<len14; i15++){
	let data86 = data85[i15];
	if(typeof data86 === "string"){
	if(func2(data86) > 1000){
	const err280 = {instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.retention.properties.owners.items,data:data86};
	if(vErrors === null){
	vErrors = [err280];
	}
	else {
	vErrors.push(err280);
	}
	errors++;
	}
	if(func2(data86) < 1){
	const err281 = {instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.retention.properties.owners.items,data:data86};
	if(vErrors === null){
	vErrors = [err281];
	}
	else {
	vErrors.push(err281);
	}
	errors++;
	}
	}
	else {
	const err282 = {instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.retention.properties.owners.items.type,parentSchema:schema31.properties.retention.properties.owners.items,data:data86};
	if(vErrors === null){
	vErrors = [err282];
	}
	else {
	vErrors.push(err282);
	}
	errors++;
	}
	}
	}
	else {
	const err283 = {instancePath:instancePath+"/retention/owners",schemaPath:"#/properties/retention/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.retention.properties.owners.type,parentSchema:schema31.properties.retention.properties.owners,data:data85};
	if(vErrors === null){
	vErrors = [err283];
	}
	else {
	vErrors.push(err283);
	}
	errors++;
	}
	}
	if(data84.locations !== undefined){
	let data87 = data84.locations;
	if(Array.isArray(data87)){
	if(data87.length > 1000){
	const err284 = {instancePath:instancePath+"/retention/locations",schemaPath:"#/properties/retention/properties/locations/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.retention.properties.locations,data:data87};
	if(vErrors === null){
	vErrors = [err284];
	}
	else {
	vErrors.push(err284);
	}
	errors++;
	}
	const len15 = data87.length;
	for(let i16=0; i16<len15; i16++){
	let data88 = data87[i16];
	if(typeof data88 === "string"){
	if(func2(data88) > 1000){
	const err285 = {instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.retention.properties.locations.items,data:data88};
	if(vErrors === null){
	vErrors = [err285];
	}
	else {
	vErrors.push(err285);
	}
	errors++;
	}
	if(func2(data88) < 1){
	const err286 = {instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.retention.properties.locations.items,data:data88};
	if(vErrors === null){
	vErrors = [err286];
	}
	else {
	vErrors.push(err286);
	}
	errors++;
	}
	}
	else {
	const err287 = {instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.retention.properties.locations.items.type,parentSchema:schema31.properties.retention.properties.locations.items,data:data88};
	if(vErrors === null){
	vErrors = [err287];
	}
	else {
	vErrors.push(err287);
	}
	errors++;
	}
	}
	}
	else {
	const err288 = {instancePath:instancePath+"/retention/locations",schemaPath:"#/properties/retention/properties/locations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.retention.properties.locations.type,parentSchema:schema31.properties.retention.properties.locations,data:data87};
	if(vErrors === null){
	vErrors = [err288];
	}
	else {
	vErrors.push(err288);
	}
	errors++;
	}
	}
	}
	else {
	const err289 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.retention.type,parentSchema:schema31.properties.retention,data:data84};
	if(vErrors === null){
	vErrors = [err289];
	}
	else {
	vErrors.push(err289);
	}
	errors++;
	}
	}
	}
	else {
	const err290 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
	if(vErrors === null){
	vErrors = [err290];
	}
	else {
	vErrors.push(err290);
	}
	errors++;
	}
	validate20.errors = vErrors;
	return errors === 0;
	}
	validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.updateEvidence;
	};
	validatorsPackageErrors.trust = () => {
	  const exports = {};
	exports.trust = validate21;
	const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/trust.schema.json","title":"update-gate trust configuration","description":"Trusted keys, approvers, builders and requirements. Owned by whoever runs the gate, never by the evidence package.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Format version."},"kind":{"const":"TrustConfiguration","description":"Always TrustConfiguration."},"keys":{"type":"array","maxItems":1000,"description":"Trusted signing keys (revoked ones stay listed so the policy can name them).","items":{"type":"object","title":"Key","description":"A public key and what it may sign. Exactly one of publicKey / publicKeyFile.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Key id, unique in this file."},"publicKey":{"type":"string","minLength":1,"maxLength":20000,"description":"PKIX PEM (-----BEGIN PUBLIC KEY-----): ECDSA P-256, P-384 or Ed25519; or an ASCII-armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----), for OpenPGP detached signatures."},"publicKeyFile":{"type":"string","minLength":1,"maxLength":1000,"description":"PEM or OpenPGP (.asc) public key file, relative to the trust file (no .., no absolute path)."},"usage":{"type":"array","minItems":1,"maxItems":9,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]},"description":"Which evidence it may sign: update-manifest, build-provenance, or a record kind (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, deployment-records, customer-notification, affected-versions: the YAML record or a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document). A record signed with it counts only for the person or system the key or identity is mapped to (approvers[].keys/identities, testSystems, deploymentSystems); signing-event, customer-notification and affected-versions records by usage alone."},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Products the key may sign for."},"minVersion":{"$ref":"#/$defs/version","description":"Lowest version the key may sign."},"maxVersion":{"$ref":"#/$defs/version","description":"Highest version the key may sign."},"validFrom":{"$ref":"#/$defs/timestamp","description":"Start of validity."},"validUntil":{"$ref":"#/$defs/timestamp","description":"End of validity."},"revoked":{"type":"boolean","description":"The key is revoked."},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}],"description":"When it was revoked; null if not revoked."}},"required":["id","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked"],"oneOf":[{"required":["publicKey"]},{"required":["publicKeyFile"]}]}},"identities":{"type":"array","maxItems":1000,"description":"Trusted keyless signers (Sigstore/Fulcio certificate identities), beside keys. A signature made with a Fulcio certificate counts only when an identity matches its issuer, SAN and extensions.","items":{"type":"object","title":"Identity","description":"A certificate identity and what it may sign. Exactly one of subject / subjectPattern.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Identity id, unique in this file (shown in reports)."},"issuer":{"type":"string","minLength":1,"maxLength":1000,"description":"OIDC issuer of the certificate (Fulcio issuer extension), compared exactly, e.g. https://token.actions.githubusercontent.com (gh attestation verify --cert-oidc-issuer)."},"subject":{"type":"string","minLength":1,"maxLength":2000,"description":"Certificate SAN, compared byte for byte, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3 (gh attestation verify --cert-identity)."},"subjectPattern":{"type":"string","minLength":1,"maxLength":2000,"description":"Regular expression (RE2 syntax) that must match the WHOLE certificate SAN (gh attestation verify --cert-identity-regex, anchored)."},"sourceRepository":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Source Repository URI extension (1.3.6.1.4.1.57264.1.12), exact, e.g. https://github.com/OWNER/REPO (gh attestation verify --repo OWNER/REPO). Needed for the GitHub Actions issuer: an identity of it without sourceRepository signs nothing (every repository that can run or call its workflow would sign as it)."},"sourceRef":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Source Repository Ref extension (1.3.6.1.4.1.57264.1.14), exact, e.g. refs/tags/v1.2.3 (gh attestation verify --source-ref). {version} in it stands for the update's target version (scope.toVersion): refs/tags/v{version} pins the tag of the very version deployed, so one identity covers every release (slsa-verifier --source-tag v<version>, for every version); an update without a target version matches no such identity. Only sourceRef may hold {version}."},"signerWorkflow":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Build Signer URI extension (1.3.6.1.4.1.57264.1.9) without its @ref, exact, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml (gh attestation verify --signer-workflow)."},"runnerEnvironment":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Runner Environment extension (1.3.6.1.4.1.57264.1.11), exact, e.g. github-hosted (gh attestation verify --deny-self-hosted-runners): a certificate without the extension does not match."},"usage":{"type":"array","minItems":1,"maxItems":9,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]},"description":"Which evidence it may sign: update-manifest, build-provenance, or a record kind (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, deployment-records, customer-notification, affected-versions: the YAML record or a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document). A record signed with it counts only for the person or system the key or identity is mapped to (approvers[].keys/identities, testSystems, deploymentSystems); signing-event, customer-notification and affected-versions records by usage alone."},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Products the identity may sign for."},"minVersion":{"$ref":"#/$defs/semver","description":"Lowest version the identity may sign."},"maxVersion":{"$ref":"#/$defs/semver","description":"Highest version the identity may sign."}},"required":["id","issuer","usage","products","minVersion","maxVersion"],"oneOf":[{"required":["subject"]},{"required":["subjectPattern"]}]}},"sigstore":{"type":"object","title":"Sigstore","description":"How Sigstore bundles are verified.","additionalProperties":false,"properties":{"trustedRoot":{"type":"string","minLength":1,"maxLength":1000,"description":"Sigstore trusted_root.json (Fulcio CAs, Rekor logs, CT logs, TSAs), relative to the trust file (no .., no absolute path). Default: the Sigstore public-good root shipped with the gate (dist/sigstore/trusted_root.public-good.json); name a private instance's root (e.g. GitHub's for private repositories) here."},"attestationsRepository":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$","description":"GitHub repository (owner/repo) whose artifact attestations the gate may fetch when a package carries no build provenance (GET /repos/{owner}/{repo}/attestations/sha256:{digest}; the Action on a release, the CLI with --fetch-attestations). Default: the release's own repository. Never one the package names."}}},"approvers":{"type":"array","maxItems":1000,"description":"People who may approve releases or accept risk, and the keys, identities or GitHub login that sign for each (an approval or a risk acceptance counts only when signed by the person it names).","items":{"type":"object","title":"Approver","description":"An approver and their roles.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"roles":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Roles, e.g. release-approver, risk-acceptor."},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keys (keys[].id) that sign for this party."},"identities":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keyless identities (identities[].id: OIDC issuer + e-mail SAN, or a workflow identity) that sign for this party."},"github":{"type":"string","minLength":1,"maxLength":39,"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login: in the Action, this person's approving pull request review of the head commit, or approval of a deployment environment, counts as their signed approval or acceptance."}},"required":["id","name","roles"]}},"builders":{"type":"array","maxItems":1000,"description":"Trusted builder ids (SLSA runDetails.builder.id).","items":{"type":"object","title":"Builder","description":"A trusted builder.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Builder id (URI)."},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of the keys (keys[].id) this builder signs its provenance with. Given, key-signed provenance that claims this builder counts only when one of them verified it (provenance.builder_not_signer); left out, any key allowed to sign build provenance for the product and version may claim it. Provenance signed through Sigstore certificates is judged by the certificate identity instead."}},"required":["id"]}},"testSystems":{"type":"array","maxItems":1000,"description":"Test systems whose signed rollback and recovery test results count: the keys or workflow identities that sign their records, and the hardware each is authorized for.","items":{"$ref":"#/$defs/system"}},"deploymentSystems":{"type":"array","maxItems":1000,"description":"Deployment systems whose signed deployment records count: the keys or workflow identities that sign their records, and the hardware each is authorized for.","items":{"$ref":"#/$defs/system"}},"requirements":{"type":"object","title":"Requirements","description":"What the policy requires.","additionalProperties":false,"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5,"description":"Minimum evidence maturity level 1-5."},"requiredControls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Control ids every decision needs."},"requiredApprovals":{"type":"integer","minimum":0,"maximum":100,"description":"Number of approvals required."},"signedRecords":{"type":"array","maxItems":7,"uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]},"description":"The record kinds whose records count only when signed by the party they name (docs/evidence-format.md#signed-records): a release approval by each approver it names, a risk acceptance by its acceptor, test results by a test system authorized for the hardware, deployment records by a deployment system authorized for the hardware, a signing event, customer notification or affected-version mapping (the YAML record or a supplier's VEX document) by a key or identity authorized for the kind. An unsigned record of a kind listed here caps its control at level 3 and does not count (an approval approves nothing, a risk acceptance accepts nothing, test results and deployments do not count), except a signing event, customer notification or affected-version mapping, which is still read; one of a kind not listed counts as before and is reported as unsigned (info). A signature that is present is always verified, listed or not. Absent: every record kind (the secure default); [] requires none."},"deploymentApprovalEnvironments":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255},"description":"In the Action, on a release, workflow_dispatch or deployment run: the GitHub environments whose deployment approval counts (docs/action.md, \"Approvals GitHub authenticates\"). An approval by a mapped login (approvers[].github) counts as that person's signed approval only when it covers one of them (names compared case-insensitively, as GitHub compares environment names); an approval of any other environment of the run (a preview, staging) counts for nothing. Absent: no deployment approval counts (the report says so, naming this field)."}},"required":["minimumMaturity","requiredControls","requiredApprovals"]},"requirementOverrides":{"type":"object","title":"Requirement overrides","description":"What a data file (--data, the Action's data input; update_gate.requirements) may do to the requirements: strengthen any of them, and weaken (lower minimumMaturity or requiredApprovals, leave a control out of requiredControls or a record kind out of signedRecords, add an environment to deploymentApprovalEnvironments) only the keys listed in mayWeaken, each weakening then reported as a warning. Any other weakening is a blocking violation (decision.requirement_weakened). Absent: no key may be weakened.","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","maxItems":5,"uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]},"description":"The requirement keys a data file may weaken."}}},"products":{"type":"array","maxItems":1000,"description":"Per product: how its versions compare. A product not listed uses semver.","items":{"type":"object","title":"Product","additionalProperties":false,"description":"A product and its version scheme.","properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, as scope.product names it."},"versionScheme":{"enum":["semver","generic"],"description":"semver (SemVer 2.0.0 precedence) or generic (the vers spec's generic scheme, ordered as docs/evidence-format.md says). Key version ranges of the product use it too."}},"required":["id","versionScheme"]}},"fleet":{"type":"object","title":"Fleet inventory","description":"What the buyer's fleet runs: per product and cohort, the configurations (id, hardware) and the version each runs now. With it the policy checks the package's scope against the fleet (docs/policies.md, fleet); without it the scope is as the package declares it.","additionalProperties":false,"properties":{"cohorts":{"type":"array","maxItems":1000,"description":"One entry per product and cohort.","items":{"type":"object","title":"Cohort","description":"The configurations of one cohort of one product.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, e.g. IC-22."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Cohort, e.g. A."},"allowPartial":{"type":"boolean","description":"When true, an update whose scope leaves out configurations of the cohort is conditional (each named) instead of rejected. Default false."},"approvedVersions":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/version"},"description":"Versions approved for this cohort that the gate runner records by hand (e.g. approved before the gate was used), in the product's version scheme; an update to an older one is flagged, as for a version approved in a retained report (--approved-reports)."},"configurations":{"type":"array","minItems":1,"maxItems":50000,"description":"The configurations of the cohort.","items":{"type":"object","title":"Fleet configuration","description":"One configuration as deployed.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id, as packages name it."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware id, e.g. IC-22-REF-C."},"version":{"$ref":"#/$defs/version","description":"The version it runs now, in the product's version scheme."}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","maxItems":1000,"description":"Products for which an update to a version not above the running one (or not above the scope's from-version) is allowed, each with its reason; one entry per product.","items":{"type":"object","title":"Downgrade allowance","description":"A product whose downgrades are allowed.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product."},"reason":{"type":"string","minLength":1,"maxLength":10000,"description":"Why downgrades are allowed."}},"required":["product","reason"]}}},"required":["cohorts"]}},"required":["apiVersion","kind","keys","approvers","builders","requirements"],"$defs":{"system":{"type":"object","title":"Authorized system","description":"A test or deployment system: the keys or workflow identities that sign its records, and the hardware it is authorized for.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Id, unique in this list."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keys (keys[].id) that sign for this party."},"identities":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keyless identities (identities[].id: OIDC issuer + e-mail SAN, or a workflow identity) that sign for this party."},"hardware":{"type":"array","minItems":1,"maxItems":10000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Hardware ids (scope.configurations[].hardware) this system is authorized for."}},"required":["id","hardware"],"anyOf":[{"required":["keys"]},{"required":["identities"]}]},"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"},"version":{"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"}}};
	const schema39 = {"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"};
	const schema41 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const schema44 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const schema46 = {"type":"object","title":"Authorized system","description":"A test or deployment system: the keys or workflow identities that sign its records, and the hardware it is authorized for.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Id, unique in this list."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keys (keys[].id) that sign for this party."},"identities":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keyless identities (identities[].id: OIDC issuer + e-mail SAN, or a workflow identity) that sign for this party."},"hardware":{"type":"array","minItems":1,"maxItems":10000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Hardware ids (scope.configurations[].hardware) this system is authorized for."}},"required":["id","hardware"],"anyOf":[{"required":["keys"]},{"required":["identities"]}]};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$", "u");
	const pattern13 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate21.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.keys === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.approvers === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.builders === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "builders"},message:"must have required property '"+"builders"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.requirements === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requirements"},message:"must have required property '"+"requirements"+"'",schema:schema38.required,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema38.properties, key0))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.$schema.type,parentSchema:schema38.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema38.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("TrustConfiguration" !== data2){
	const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "TrustConfiguration"},message:"must be equal to constant",schema:"TrustConfiguration",parentSchema:schema38.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.keys !== undefined){
	let data3 = data.keys;
	if(Array.isArray(data3)){
	if(data3.length > 1000){
	const err10 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.keys,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs10 = errors;
	let valid3 = false;
	let passing0 = null;
	const _errs11 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.publicKey === undefined){
	const err11 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf/0/required",keyword:"required",params:{missingProperty: "publicKey"},message:"must have required property '"+"publicKey"+"'",schema:schema38.properties.keys.items.oneOf[0].required,parentSchema:schema38.properties.keys.items.oneOf[0],data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	var _valid0 = _errs11 === errors;
	if(_valid0){
	valid3 = true;
	passing0 = 0;
	}
	const _errs12 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.publicKeyFile === undefined){
	const err12 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf/1/required",keyword:"required",params:{missingProperty: "publicKeyFile"},message:"must have required property '"+"publicKeyFile"+"'",schema:schema38.properties.keys.items.oneOf[1].required,parentSchema:schema38.properties.keys.items.oneOf[1],data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	var _valid0 = _errs12 === errors;
	if(_valid0 && valid3){
	valid3 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid3 = true;
	passing0 = 1;
	}
	}
	if(!valid3){
	const err13 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema38.properties.keys.items.oneOf,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	else {
	errors = _errs10;
	if(vErrors !== null){
	if(_errs10){
	vErrors.length = _errs10;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.id === undefined){
	const err14 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data4.usage === undefined){
	const err15 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data4.products === undefined){
	const err16 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data4.minVersion === undefined){
	const err17 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "minVersion"},message:"must have required property '"+"minVersion"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data4.maxVersion === undefined){
	const err18 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "maxVersion"},message:"must have required property '"+"maxVersion"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data4.validFrom === undefined){
	const err19 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "validFrom"},message:"must have required property '"+"validFrom"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data4.validUntil === undefined){
	const err20 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "validUntil"},message:"must have required property '"+"validUntil"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data4.revoked === undefined){
	const err21 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "revoked"},message:"must have required property '"+"revoked"+"'",schema:schema38.properties.keys.items.required,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!(func1.call(schema38.properties.keys.items.properties, key1))){
	const err22 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data4.id !== undefined){
	let data5 = data4.id;
	if(typeof data5 === "string"){
	if(func2(data5) > 200){
	const err23 = {instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.keys.items.properties.id,data:data5};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err24 = {instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.keys.items.properties.id,data:data5};
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
	const err25 = {instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keys.items.properties.id.type,parentSchema:schema38.properties.keys.items.properties.id,data:data5};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data4.publicKey !== undefined){
	let data6 = data4.publicKey;
	if(typeof data6 === "string"){
	if(func2(data6) > 20000){
	const err26 = {instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema38.properties.keys.items.properties.publicKey,data:data6};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(func2(data6) < 1){
	const err27 = {instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.keys.items.properties.publicKey,data:data6};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keys.items.properties.publicKey.type,parentSchema:schema38.properties.keys.items.properties.publicKey,data:data6};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data4.publicKeyFile !== undefined){
	let data7 = data4.publicKeyFile;
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err29 = {instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.keys.items.properties.publicKeyFile,data:data7};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err30 = {instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.keys.items.properties.publicKeyFile,data:data7};
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
	const err31 = {instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keys.items.properties.publicKeyFile.type,parentSchema:schema38.properties.keys.items.properties.publicKeyFile,data:data7};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data4.usage !== undefined){
	let data8 = data4.usage;
	if(Array.isArray(data8)){
	if(data8.length > 9){
	const err32 = {instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items",schema:9,parentSchema:schema38.properties.keys.items.properties.usage,data:data8};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data8.length < 1){
	const err33 = {instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.keys.items.properties.usage,data:data8};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	if(!(((((((((data9 === "update-manifest") || (data9 === "build-provenance")) || (data9 === "signing-event")) || (data9 === "release-approval")) || (data9 === "risk-acceptance")) || (data9 === "rollback-recovery-tests")) || (data9 === "deployment-records")) || (data9 === "customer-notification")) || (data9 === "affected-versions"))){
	const err34 = {instancePath:instancePath+"/keys/" + i0+"/usage/" + i1,schemaPath:"#/properties/keys/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.keys.items.properties.usage.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.keys.items.properties.usage.items.enum,parentSchema:schema38.properties.keys.items.properties.usage.items,data:data9};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	let i2 = data8.length;
	let j0;
	if(i2 > 1){
	outer0:
	for(;i2--;){
	for(j0 = i2; j0--;){
	if(func0(data8[i2], data8[j0])){
	const err35 = {instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema38.properties.keys.items.properties.usage,data:data8};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	break outer0;
	}
	}
	}
	}
	}
	else {
	const err36 = {instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.keys.items.properties.usage.type,parentSchema:schema38.properties.keys.items.properties.usage,data:data8};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	if(data4.products !== undefined){
	let data10 = data4.products;
	if(Array.isArray(data10)){
	if(data10.length > 1000){
	const err37 = {instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.keys.items.properties.products,data:data10};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	const len2 = data10.length;
	for(let i3=0; i3<len2; i3++){
	let data11 = data10[i3];
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	const err38 = {instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.keys.items.properties.products.items,data:data11};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	if(func2(data11) < 1){
	const err39 = {instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.keys.items.properties.products.items,data:data11};
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
	const err40 = {instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.keys.items.properties.products.items.type,parentSchema:schema38.properties.keys.items.properties.products.items,data:data11};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.keys.items.properties.products.type,parentSchema:schema38.properties.keys.items.properties.products,data:data10};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data4.minVersion !== undefined){
	let data12 = data4.minVersion;
	if(typeof data12 === "string"){
	if(func2(data12) > 256){
	const err42 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema39,data:data12};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err43 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data12};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(!pattern4.test(data12)){
	const err44 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema39,data:data12};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	else {
	const err45 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data12};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	if(data4.maxVersion !== undefined){
	let data13 = data4.maxVersion;
	if(typeof data13 === "string"){
	if(func2(data13) > 256){
	const err46 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema39,data:data13};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(func2(data13) < 1){
	const err47 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data13};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(!pattern4.test(data13)){
	const err48 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema39,data:data13};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data13};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data4.validFrom !== undefined){
	let data14 = data4.validFrom;
	if(typeof data14 === "string"){
	if(func2(data14) > 64){
	const err50 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema41,data:data14};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	if(!(formats0.validate(data14))){
	const err51 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41,data:data14};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	else {
	const err52 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data14};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data4.validUntil !== undefined){
	let data15 = data4.validUntil;
	if(typeof data15 === "string"){
	if(func2(data15) > 64){
	const err53 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema41,data:data15};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	if(!(formats0.validate(data15))){
	const err54 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41,data:data15};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	else {
	const err55 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data15};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	if(data4.revoked !== undefined){
	let data16 = data4.revoked;
	if(typeof data16 !== "boolean"){
	const err56 = {instancePath:instancePath+"/keys/" + i0+"/revoked",schemaPath:"#/properties/keys/items/properties/revoked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.keys.items.properties.revoked.type,parentSchema:schema38.properties.keys.items.properties.revoked,data:data16};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	if(data4.revokedAt !== undefined){
	let data17 = data4.revokedAt;
	const _errs42 = errors;
	let valid14 = false;
	const _errs43 = errors;
	if(typeof data17 === "string"){
	if(func2(data17) > 64){
	const err57 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema41,data:data17};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	if(!(formats0.validate(data17))){
	const err58 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41,data:data17};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	}
	else {
	const err59 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data17};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	var _valid1 = _errs43 === errors;
	valid14 = valid14 || _valid1;
	const _errs46 = errors;
	if(data17 !== null){
	const err60 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema38.properties.keys.items.properties.revokedAt.anyOf[1].type,parentSchema:schema38.properties.keys.items.properties.revokedAt.anyOf[1],data:data17};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	var _valid1 = _errs46 === errors;
	valid14 = valid14 || _valid1;
	if(!valid14){
	const err61 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.keys.items.properties.revokedAt.anyOf,parentSchema:schema38.properties.keys.items.properties.revokedAt,data:data17};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	else {
	errors = _errs42;
	if(vErrors !== null){
	if(_errs42){
	vErrors.length = _errs42;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err62 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.keys.items.type,parentSchema:schema38.properties.keys.items,data:data4};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	}
	else {
	const err63 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.keys.type,parentSchema:schema38.properties.keys,data:data3};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	if(data.identities !== undefined){
	let data18 = data.identities;
	if(Array.isArray(data18)){
	if(data18.length > 1000){
	const err64 = {instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.identities,data:data18};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	const len3 = data18.length;
	for(let i4=0; i4<len3; i4++){
	let data19 = data18[i4];
	const _errs52 = errors;
	let valid18 = false;
	let passing1 = null;
	const _errs53 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if(data19.subject === undefined){
	const err65 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf/0/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema38.properties.identities.items.oneOf[0].required,parentSchema:schema38.properties.identities.items.oneOf[0],data:data19};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	var _valid2 = _errs53 === errors;
	if(_valid2){
	valid18 = true;
	passing1 = 0;
	}
	const _errs54 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if(data19.subjectPattern === undefined){
	const err66 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf/1/required",keyword:"required",params:{missingProperty: "subjectPattern"},message:"must have required property '"+"subjectPattern"+"'",schema:schema38.properties.identities.items.oneOf[1].required,parentSchema:schema38.properties.identities.items.oneOf[1],data:data19};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	var _valid2 = _errs54 === errors;
	if(_valid2 && valid18){
	valid18 = false;
	passing1 = [passing1, 1];
	}
	else {
	if(_valid2){
	valid18 = true;
	passing1 = 1;
	}
	}
	if(!valid18){
	const err67 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema38.properties.identities.items.oneOf,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	else {
	errors = _errs52;
	if(vErrors !== null){
	if(_errs52){
	vErrors.length = _errs52;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if(data19.id === undefined){
	const err68 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	if(data19.issuer === undefined){
	const err69 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	if(data19.usage === undefined){
	const err70 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	if(data19.products === undefined){
	const err71 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	if(data19.minVersion === undefined){
	const err72 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "minVersion"},message:"must have required property '"+"minVersion"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	if(data19.maxVersion === undefined){
	const err73 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "maxVersion"},message:"must have required property '"+"maxVersion"+"'",schema:schema38.properties.identities.items.required,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	for(const key2 in data19){
	if(!(func1.call(schema38.properties.identities.items.properties, key2))){
	const err74 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data19.id !== undefined){
	let data20 = data19.id;
	if(typeof data20 === "string"){
	if(func2(data20) > 200){
	const err75 = {instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.identities.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	if(func2(data20) < 1){
	const err76 = {instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	else {
	const err77 = {instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.id.type,parentSchema:schema38.properties.identities.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	if(data19.issuer !== undefined){
	let data21 = data19.issuer;
	if(typeof data21 === "string"){
	if(func2(data21) > 1000){
	const err78 = {instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.issuer,data:data21};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	if(func2(data21) < 1){
	const err79 = {instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.issuer,data:data21};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	else {
	const err80 = {instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.issuer.type,parentSchema:schema38.properties.identities.items.properties.issuer,data:data21};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	if(data19.subject !== undefined){
	let data22 = data19.subject;
	if(typeof data22 === "string"){
	if(func2(data22) > 2000){
	const err81 = {instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38.properties.identities.items.properties.subject,data:data22};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	if(func2(data22) < 1){
	const err82 = {instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.subject,data:data22};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	}
	else {
	const err83 = {instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.subject.type,parentSchema:schema38.properties.identities.items.properties.subject,data:data22};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	}
	if(data19.subjectPattern !== undefined){
	let data23 = data19.subjectPattern;
	if(typeof data23 === "string"){
	if(func2(data23) > 2000){
	const err84 = {instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38.properties.identities.items.properties.subjectPattern,data:data23};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	if(func2(data23) < 1){
	const err85 = {instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.subjectPattern,data:data23};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	else {
	const err86 = {instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.subjectPattern.type,parentSchema:schema38.properties.identities.items.properties.subjectPattern,data:data23};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	}
	if(data19.sourceRepository !== undefined){
	let data24 = data19.sourceRepository;
	if(typeof data24 === "string"){
	if(func2(data24) > 1000){
	const err87 = {instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.sourceRepository,data:data24};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	if(func2(data24) < 1){
	const err88 = {instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.sourceRepository,data:data24};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	}
	else {
	const err89 = {instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.sourceRepository.type,parentSchema:schema38.properties.identities.items.properties.sourceRepository,data:data24};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	}
	if(data19.sourceRef !== undefined){
	let data25 = data19.sourceRef;
	if(typeof data25 === "string"){
	if(func2(data25) > 1000){
	const err90 = {instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.sourceRef,data:data25};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	if(func2(data25) < 1){
	const err91 = {instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.sourceRef,data:data25};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	}
	else {
	const err92 = {instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.sourceRef.type,parentSchema:schema38.properties.identities.items.properties.sourceRef,data:data25};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	}
	if(data19.signerWorkflow !== undefined){
	let data26 = data19.signerWorkflow;
	if(typeof data26 === "string"){
	if(func2(data26) > 1000){
	const err93 = {instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.signerWorkflow,data:data26};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	if(func2(data26) < 1){
	const err94 = {instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.signerWorkflow,data:data26};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	else {
	const err95 = {instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.signerWorkflow.type,parentSchema:schema38.properties.identities.items.properties.signerWorkflow,data:data26};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	if(data19.runnerEnvironment !== undefined){
	let data27 = data19.runnerEnvironment;
	if(typeof data27 === "string"){
	if(func2(data27) > 1000){
	const err96 = {instancePath:instancePath+"/identities/" + i4+"/runnerEnvironment",schemaPath:"#/properties/identities/items/properties/runnerEnvironment/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.runnerEnvironment,data:data27};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	if(func2(data27) < 1){
	const err97 = {instancePath:instancePath+"/identities/" + i4+"/runnerEnvironment",schemaPath:"#/properties/identities/items/properties/runnerEnvironment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.runnerEnvironment,data:data27};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	else {
	const err98 = {instancePath:instancePath+"/identities/" + i4+"/runnerEnvironment",schemaPath:"#/properties/identities/items/properties/runnerEnvironment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.runnerEnvironment.type,parentSchema:schema38.properties.identities.items.properties.runnerEnvironment,data:data27};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	if(data19.usage !== undefined){
	let data28 = data19.usage;
	if(Array.isArray(data28)){
	if(data28.length > 9){
	const err99 = {instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/maxItems",keyword:"maxItems",params:{limit: 9},message:"must NOT have more than 9 items",schema:9,parentSchema:schema38.properties.identities.items.properties.usage,data:data28};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	if(data28.length < 1){
	const err100 = {instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.identities.items.properties.usage,data:data28};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	const len4 = data28.length;
	for(let i5=0; i5<len4; i5++){
	let data29 = data28[i5];
	if(!(((((((((data29 === "update-manifest") || (data29 === "build-provenance")) || (data29 === "signing-event")) || (data29 === "release-approval")) || (data29 === "risk-acceptance")) || (data29 === "rollback-recovery-tests")) || (data29 === "deployment-records")) || (data29 === "customer-notification")) || (data29 === "affected-versions"))){
	const err101 = {instancePath:instancePath+"/identities/" + i4+"/usage/" + i5,schemaPath:"#/properties/identities/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.identities.items.properties.usage.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.identities.items.properties.usage.items.enum,parentSchema:schema38.properties.identities.items.properties.usage.items,data:data29};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	let i6 = data28.length;
	let j1;
	if(i6 > 1){
	outer1:
	for(;i6--;){
	for(j1 = i6; j1--;){
	if(func0(data28[i6], data28[j1])){
	const err102 = {instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)",schema:true,parentSchema:schema38.properties.identities.items.properties.usage,data:data28};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	break outer1;
	}
	}
	}
	}
	}
	else {
	const err103 = {instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.identities.items.properties.usage.type,parentSchema:schema38.properties.identities.items.properties.usage,data:data28};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	if(data19.products !== undefined){
	let data30 = data19.products;
	if(Array.isArray(data30)){
	if(data30.length > 1000){
	const err104 = {instancePath:instancePath+"/identities/" + i4+"/products",schemaPath:"#/properties/identities/items/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.identities.items.properties.products,data:data30};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	const len5 = data30.length;
	for(let i7=0; i7<len5; i7++){
	let data31 = data30[i7];
	if(typeof data31 === "string"){
	if(func2(data31) > 1000){
	const err105 = {instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.identities.items.properties.products.items,data:data31};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	if(func2(data31) < 1){
	const err106 = {instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.identities.items.properties.products.items,data:data31};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	}
	else {
	const err107 = {instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.identities.items.properties.products.items.type,parentSchema:schema38.properties.identities.items.properties.products.items,data:data31};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	}
	}
	else {
	const err108 = {instancePath:instancePath+"/identities/" + i4+"/products",schemaPath:"#/properties/identities/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.identities.items.properties.products.type,parentSchema:schema38.properties.identities.items.properties.products,data:data30};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	}
	if(data19.minVersion !== undefined){
	let data32 = data19.minVersion;
	if(typeof data32 === "string"){
	if(func2(data32) > 64){
	const err109 = {instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data32};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	if(!pattern10.test(data32)){
	const err110 = {instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema44,data:data32};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	}
	else {
	const err111 = {instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data32};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	}
	if(data19.maxVersion !== undefined){
	let data33 = data19.maxVersion;
	if(typeof data33 === "string"){
	if(func2(data33) > 64){
	const err112 = {instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data33};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	if(!pattern10.test(data33)){
	const err113 = {instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema44,data:data33};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	}
	else {
	const err114 = {instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data33};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	}
	}
	else {
	const err115 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.identities.items.type,parentSchema:schema38.properties.identities.items,data:data19};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	}
	else {
	const err116 = {instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.identities.type,parentSchema:schema38.properties.identities,data:data18};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	if(data.sigstore !== undefined){
	let data34 = data.sigstore;
	if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
	for(const key3 in data34){
	if(!((key3 === "trustedRoot") || (key3 === "attestationsRepository"))){
	const err117 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.sigstore,data:data34};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	if(data34.trustedRoot !== undefined){
	let data35 = data34.trustedRoot;
	if(typeof data35 === "string"){
	if(func2(data35) > 1000){
	const err118 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.sigstore.properties.trustedRoot,data:data35};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	if(func2(data35) < 1){
	const err119 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.sigstore.properties.trustedRoot,data:data35};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	else {
	const err120 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.sigstore.properties.trustedRoot.type,parentSchema:schema38.properties.sigstore.properties.trustedRoot,data:data35};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	}
	if(data34.attestationsRepository !== undefined){
	let data36 = data34.attestationsRepository;
	if(typeof data36 === "string"){
	if(!pattern12.test(data36)){
	const err121 = {instancePath:instancePath+"/sigstore/attestationsRepository",schemaPath:"#/properties/sigstore/properties/attestationsRepository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$",parentSchema:schema38.properties.sigstore.properties.attestationsRepository,data:data36};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	}
	else {
	const err122 = {instancePath:instancePath+"/sigstore/attestationsRepository",schemaPath:"#/properties/sigstore/properties/attestationsRepository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.sigstore.properties.attestationsRepository.type,parentSchema:schema38.properties.sigstore.properties.attestationsRepository,data:data36};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	}
	}
	else {
	const err123 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.sigstore.type,parentSchema:schema38.properties.sigstore,data:data34};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	}
	if(data.approvers !== undefined){
	let data37 = data.approvers;
	if(Array.isArray(data37)){
	if(data37.length > 1000){
	const err124 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.approvers,data:data37};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	const len6 = data37.length;
	for(let i8=0; i8<len6; i8++){
	let data38 = data37[i8];
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if(data38.id === undefined){
	const err125 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.approvers.items.required,parentSchema:schema38.properties.approvers.items,data:data38};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	if(data38.name === undefined){
	const err126 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.properties.approvers.items.required,parentSchema:schema38.properties.approvers.items,data:data38};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	if(data38.roles === undefined){
	const err127 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema38.properties.approvers.items.required,parentSchema:schema38.properties.approvers.items,data:data38};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	for(const key4 in data38){
	if(!((((((key4 === "id") || (key4 === "name")) || (key4 === "roles")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "github"))){
	const err128 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.approvers.items,data:data38};
	if(vErrors === null){
	vErrors = [err128];
	}
	else {
	vErrors.push(err128);
	}
	errors++;
	}
	}
	if(data38.id !== undefined){
	let data39 = data38.id;
	if(typeof data39 === "string"){
	if(func2(data39) > 1000){
	const err129 = {instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.approvers.items.properties.id,data:data39};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	if(func2(data39) < 1){
	const err130 = {instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.id,data:data39};
	if(vErrors === null){
	vErrors = [err130];
	}
	else {
	vErrors.push(err130);
	}
	errors++;
	}
	}
	else {
	const err131 = {instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.id.type,parentSchema:schema38.properties.approvers.items.properties.id,data:data39};
	if(vErrors === null){
	vErrors = [err131];
	}
	else {
	vErrors.push(err131);
	}
	errors++;
	}
	}
	if(data38.name !== undefined){
	let data40 = data38.name;
	if(typeof data40 === "string"){
	if(func2(data40) > 1000){
	const err132 = {instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.approvers.items.properties.name,data:data40};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	if(func2(data40) < 1){
	const err133 = {instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.name,data:data40};
	if(vErrors === null){
	vErrors = [err133];
	}
	else {
	vErrors.push(err133);
	}
	errors++;
	}
	}
	else {
	const err134 = {instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.name.type,parentSchema:schema38.properties.approvers.items.properties.name,data:data40};
	if(vErrors === null){
	vErrors = [err134];
	}
	else {
	vErrors.push(err134);
	}
	errors++;
	}
	}
	if(data38.roles !== undefined){
	let data41 = data38.roles;
	if(Array.isArray(data41)){
	if(data41.length > 1000){
	const err135 = {instancePath:instancePath+"/approvers/" + i8+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.approvers.items.properties.roles,data:data41};
	if(vErrors === null){
	vErrors = [err135];
	}
	else {
	vErrors.push(err135);
	}
	errors++;
	}
	const len7 = data41.length;
	for(let i9=0; i9<len7; i9++){
	let data42 = data41[i9];
	if(typeof data42 === "string"){
	if(func2(data42) > 1000){
	const err136 = {instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.approvers.items.properties.roles.items,data:data42};
	if(vErrors === null){
	vErrors = [err136];
	}
	else {
	vErrors.push(err136);
	}
	errors++;
	}
	if(func2(data42) < 1){
	const err137 = {instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.roles.items,data:data42};
	if(vErrors === null){
	vErrors = [err137];
	}
	else {
	vErrors.push(err137);
	}
	errors++;
	}
	}
	else {
	const err138 = {instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.roles.items.type,parentSchema:schema38.properties.approvers.items.properties.roles.items,data:data42};
	if(vErrors === null){
	vErrors = [err138];
	}
	else {
	vErrors.push(err138);
	}
	errors++;
	}
	}
	}
	else {
	const err139 = {instancePath:instancePath+"/approvers/" + i8+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.approvers.items.properties.roles.type,parentSchema:schema38.properties.approvers.items.properties.roles,data:data41};
	if(vErrors === null){
	vErrors = [err139];
	}
	else {
	vErrors.push(err139);
	}
	errors++;
	}
	}
	if(data38.keys !== undefined){
	let data43 = data38.keys;
	if(Array.isArray(data43)){
	if(data43.length > 100){
	const err140 = {instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema38.properties.approvers.items.properties.keys,data:data43};
	if(vErrors === null){
	vErrors = [err140];
	}
	else {
	vErrors.push(err140);
	}
	errors++;
	}
	const len8 = data43.length;
	for(let i10=0; i10<len8; i10++){
	let data44 = data43[i10];
	if(typeof data44 === "string"){
	if(func2(data44) > 200){
	const err141 = {instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.approvers.items.properties.keys.items,data:data44};
	if(vErrors === null){
	vErrors = [err141];
	}
	else {
	vErrors.push(err141);
	}
	errors++;
	}
	if(func2(data44) < 1){
	const err142 = {instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.keys.items,data:data44};
	if(vErrors === null){
	vErrors = [err142];
	}
	else {
	vErrors.push(err142);
	}
	errors++;
	}
	}
	else {
	const err143 = {instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.keys.items.type,parentSchema:schema38.properties.approvers.items.properties.keys.items,data:data44};
	if(vErrors === null){
	vErrors = [err143];
	}
	else {
	vErrors.push(err143);
	}
	errors++;
	}
	}
	let i11 = data43.length;
	let j2;
	if(i11 > 1){
	const indices0 = {};
	for(;i11--;){
	let item0 = data43[i11];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j2 = indices0[item0];
	const err144 = {instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i11+" are identical)",schema:true,parentSchema:schema38.properties.approvers.items.properties.keys,data:data43};
	if(vErrors === null){
	vErrors = [err144];
	}
	else {
	vErrors.push(err144);
	}
	errors++;
	break;
	}
	indices0[item0] = i11;
	}
	}
	}
	else {
	const err145 = {instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.approvers.items.properties.keys.type,parentSchema:schema38.properties.approvers.items.properties.keys,data:data43};
	if(vErrors === null){
	vErrors = [err145];
	}
	else {
	vErrors.push(err145);
	}
	errors++;
	}
	}
	if(data38.identities !== undefined){
	let data45 = data38.identities;
	if(Array.isArray(data45)){
	if(data45.length > 100){
	const err146 = {instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema38.properties.approvers.items.properties.identities,data:data45};
	if(vErrors === null){
	vErrors = [err146];
	}
	else {
	vErrors.push(err146);
	}
	errors++;
	}
	const len9 = data45.length;
	for(let i12=0; i12<len9; i12++){
	let data46 = data45[i12];
	if(typeof data46 === "string"){
	if(func2(data46) > 200){
	const err147 = {instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.approvers.items.properties.identities.items,data:data46};
	if(vErrors === null){
	vErrors = [err147];
	}
	else {
	vErrors.push(err147);
	}
	errors++;
	}
	if(func2(data46) < 1){
	const err148 = {instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.identities.items,data:data46};
	if(vErrors === null){
	vErrors = [err148];
	}
	else {
	vErrors.push(err148);
	}
	errors++;
	}
	}
	else {
	const err149 = {instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.identities.items.type,parentSchema:schema38.properties.approvers.items.properties.identities.items,data:data46};
	if(vErrors === null){
	vErrors = [err149];
	}
	else {
	vErrors.push(err149);
	}
	errors++;
	}
	}
	let i13 = data45.length;
	let j3;
	if(i13 > 1){
	const indices1 = {};
	for(;i13--;){
	let item1 = data45[i13];
	if(typeof item1 !== "string"){
	continue;
	}
	if(typeof indices1[item1] == "number"){
	j3 = indices1[item1];
	const err150 = {instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i13+" are identical)",schema:true,parentSchema:schema38.properties.approvers.items.properties.identities,data:data45};
	if(vErrors === null){
	vErrors = [err150];
	}
	else {
	vErrors.push(err150);
	}
	errors++;
	break;
	}
	indices1[item1] = i13;
	}
	}
	}
	else {
	const err151 = {instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.approvers.items.properties.identities.type,parentSchema:schema38.properties.approvers.items.properties.identities,data:data45};
	if(vErrors === null){
	vErrors = [err151];
	}
	else {
	vErrors.push(err151);
	}
	errors++;
	}
	}
	if(data38.github !== undefined){
	let data47 = data38.github;
	if(typeof data47 === "string"){
	if(func2(data47) > 39){
	const err152 = {instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/maxLength",keyword:"maxLength",params:{limit: 39},message:"must NOT have more than 39 characters",schema:39,parentSchema:schema38.properties.approvers.items.properties.github,data:data47};
	if(vErrors === null){
	vErrors = [err152];
	}
	else {
	vErrors.push(err152);
	}
	errors++;
	}
	if(func2(data47) < 1){
	const err153 = {instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.approvers.items.properties.github,data:data47};
	if(vErrors === null){
	vErrors = [err153];
	}
	else {
	vErrors.push(err153);
	}
	errors++;
	}
	if(!pattern13.test(data47)){
	const err154 = {instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema38.properties.approvers.items.properties.github,data:data47};
	if(vErrors === null){
	vErrors = [err154];
	}
	else {
	vErrors.push(err154);
	}
	errors++;
	}
	}
	else {
	const err155 = {instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.approvers.items.properties.github.type,parentSchema:schema38.properties.approvers.items.properties.github,data:data47};
	if(vErrors === null){
	vErrors = [err155];
	}
	else {
	vErrors.push(err155);
	}
	errors++;
	}
	}
	}
	else {
	const err156 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.approvers.items.type,parentSchema:schema38.properties.approvers.items,data:data38};
	if(vErrors === null){
	vErrors = [err156];
	}
	else {
	vErrors.push(err156);
	}
	errors++;
	}
	}
	}
	else {
	const err157 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.approvers.type,parentSchema:schema38.properties.approvers,data:data37};
	if(vErrors === null){
	vErrors = [err157];
	}
	else {
	vErrors.push(err157);
	}
	errors++;
	}
	}
	if(data.builders !== undefined){
	let data48 = data.builders;
	if(Array.isArray(data48)){
	if(data48.length > 1000){
	const err158 = {instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.builders,data:data48};
	if(vErrors === null){
	vErrors = [err158];
	}
	else {
	vErrors.push(err158);
	}
	errors++;
	}
	const len10 = data48.length;
	for(let i14=0; i14<len10; i14++){
	let data49 = data48[i14];
	if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
	if(data49.id === undefined){
	const err159 = {instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.builders.items.required,parentSchema:schema38.properties.builders.items,data:data49};
	if(vErrors === null){
	vErrors = [err159];
	}
	else {
	vErrors.push(err159);
	}
	errors++;
	}
	for(const key5 in data49){
	if(!((key5 === "id") || (key5 === "keys"))){
	const err160 = {instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.builders.items,data:data49};
	if(vErrors === null){
	vErrors = [err160];
	}
	else {
	vErrors.push(err160);
	}
	errors++;
	}
	}
	if(data49.id !== undefined){
	let data50 = data49.id;
	if(typeof data50 === "string"){
	if(func2(data50) > 1000){
	const err161 = {instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.builders.items.properties.id,data:data50};
	if(vErrors === null){
	vErrors = [err161];
	}
	else {
	vErrors.push(err161);
	}
	errors++;
	}
	if(func2(data50) < 1){
	const err162 = {instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.builders.items.properties.id,data:data50};
	if(vErrors === null){
	vErrors = [err162];
	}
	else {
	vErrors.push(err162);
	}
	errors++;
	}
	}
	else {
	const err163 = {instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.builders.items.properties.id.type,parentSchema:schema38.properties.builders.items.properties.id,data:data50};
	if(vErrors === null){
	vErrors = [err163];
	}
	else {
	vErrors.push(err163);
	}
	errors++;
	}
	}
	if(data49.keys !== undefined){
	let data51 = data49.keys;
	if(Array.isArray(data51)){
	if(data51.length > 100){
	const err164 = {instancePath:instancePath+"/builders/" + i14+"/keys",schemaPath:"#/properties/builders/items/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema38.properties.builders.items.properties.keys,data:data51};
	if(vErrors === null){
	vErrors = [err164];
	}
	else {
	vErrors.push(err164);
	}
	errors++;
	}
	const len11 = data51.length;
	for(let i15=0; i15<len11; i15++){
	let data52 = data51[i15];
	if(typeof data52 === "string"){
	if(func2(data52) > 200){
	const err165 = {instancePath:instancePath+"/builders/" + i14+"/keys/" + i15,schemaPath:"#/properties/builders/items/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.builders.items.properties.keys.items,data:data52};
	if(vErrors === null){
	vErrors = [err165];
	}
	else {
	vErrors.push(err165);
	}
	errors++;
	}
	if(func2(data52) < 1){
	const err166 = {instancePath:instancePath+"/builders/" + i14+"/keys/" + i15,schemaPath:"#/properties/builders/items/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.builders.items.properties.keys.items,data:data52};
	if(vErrors === null){
	vErrors = [err166];
	}
	else {
	vErrors.push(err166);
	}
	errors++;
	}
	}
	else {
	const err167 = {instancePath:instancePath+"/builders/" + i14+"/keys/" + i15,schemaPath:"#/properties/builders/items/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.builders.items.properties.keys.items.type,parentSchema:schema38.properties.builders.items.properties.keys.items,data:data52};
	if(vErrors === null){
	vErrors = [err167];
	}
	else {
	vErrors.push(err167);
	}
	errors++;
	}
	}
	let i16 = data51.length;
	let j4;
	if(i16 > 1){
	const indices2 = {};
	for(;i16--;){
	let item2 = data51[i16];
	if(typeof item2 !== "string"){
	continue;
	}
	if(typeof indices2[item2] == "number"){
	j4 = indices2[item2];
	const err168 = {instancePath:instancePath+"/builders/" + i14+"/keys",schemaPath:"#/properties/builders/items/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i16+" are identical)",schema:true,parentSchema:schema38.properties.builders.items.properties.keys,data:data51};
	if(vErrors === null){
	vErrors = [err168];
	}
	else {
	vErrors.push(err168);
	}
	errors++;
	break;
	}
	indices2[item2] = i16;
	}
	}
	}
	else {
	const err169 = {instancePath:instancePath+"/builders/" + i14+"/keys",schemaPath:"#/properties/builders/items/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.builders.items.properties.keys.type,parentSchema:schema38.properties.builders.items.properties.keys,data:data51};
	if(vErrors === null){
	vErrors = [err169];
	}
	else {
	vErrors.push(err169);
	}
	errors++;
	}
	}
	}
	else {
	const err170 = {instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.builders.items.type,parentSchema:schema38.properties.builders.items,data:data49};
	if(vErrors === null){
	vErrors = [err170];
	}
	else {
	vErrors.push(err170);
	}
	errors++;
	}
	}
	}
	else {
	const err171 = {instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.builders.type,parentSchema:schema38.properties.builders,data:data48};
	if(vErrors === null){
	vErrors = [err171];
	}
	else {
	vErrors.push(err171);
	}
	errors++;
	}
	}
	if(data.testSystems !== undefined){
	let data53 = data.testSystems;
	if(Array.isArray(data53)){
	if(data53.length > 1000){
	const err172 = {instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.testSystems,data:data53};
	if(vErrors === null){
	vErrors = [err172];
	}
	else {
	vErrors.push(err172);
	}
	errors++;
	}
	const len12 = data53.length;
	for(let i17=0; i17<len12; i17++){
	let data54 = data53[i17];
	const _errs131 = errors;
	let valid48 = false;
	const _errs132 = errors;
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if(data54.keys === undefined){
	const err173 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/anyOf/0/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema46.anyOf[0].required,parentSchema:schema46.anyOf[0],data:data54};
	if(vErrors === null){
	vErrors = [err173];
	}
	else {
	vErrors.push(err173);
	}
	errors++;
	}
	}
	var _valid3 = _errs132 === errors;
	valid48 = valid48 || _valid3;
	const _errs133 = errors;
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if(data54.identities === undefined){
	const err174 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/anyOf/1/required",keyword:"required",params:{missingProperty: "identities"},message:"must have required property '"+"identities"+"'",schema:schema46.anyOf[1].required,parentSchema:schema46.anyOf[1],data:data54};
	if(vErrors === null){
	vErrors = [err174];
	}
	else {
	vErrors.push(err174);
	}
	errors++;
	}
	}
	var _valid3 = _errs133 === errors;
	valid48 = valid48 || _valid3;
	if(!valid48){
	const err175 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data54};
	if(vErrors === null){
	vErrors = [err175];
	}
	else {
	vErrors.push(err175);
	}
	errors++;
	}
	else {
	errors = _errs131;
	if(vErrors !== null){
	if(_errs131){
	vErrors.length = _errs131;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if(data54.id === undefined){
	const err176 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema46.required,parentSchema:schema46,data:data54};
	if(vErrors === null){
	vErrors = [err176];
	}
	else {
	vErrors.push(err176);
	}
	errors++;
	}
	if(data54.hardware === undefined){
	const err177 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema46.required,parentSchema:schema46,data:data54};
	if(vErrors === null){
	vErrors = [err177];
	}
	else {
	vErrors.push(err177);
	}
	errors++;
	}
	for(const key6 in data54){
	if(!(((((key6 === "id") || (key6 === "name")) || (key6 === "keys")) || (key6 === "identities")) || (key6 === "hardware"))){
	const err178 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data54};
	if(vErrors === null){
	vErrors = [err178];
	}
	else {
	vErrors.push(err178);
	}
	errors++;
	}
	}
	if(data54.id !== undefined){
	let data55 = data54.id;
	if(typeof data55 === "string"){
	if(func2(data55) > 200){
	const err179 = {instancePath:instancePath+"/testSystems/" + i17+"/id",schemaPath:"#/$defs/system/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err179];
	}
	else {
	vErrors.push(err179);
	}
	errors++;
	}
	if(func2(data55) < 1){
	const err180 = {instancePath:instancePath+"/testSystems/" + i17+"/id",schemaPath:"#/$defs/system/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err180];
	}
	else {
	vErrors.push(err180);
	}
	errors++;
	}
	}
	else {
	const err181 = {instancePath:instancePath+"/testSystems/" + i17+"/id",schemaPath:"#/$defs/system/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.id.type,parentSchema:schema46.properties.id,data:data55};
	if(vErrors === null){
	vErrors = [err181];
	}
	else {
	vErrors.push(err181);
	}
	errors++;
	}
	}
	if(data54.name !== undefined){
	let data56 = data54.name;
	if(typeof data56 === "string"){
	if(func2(data56) > 1000){
	const err182 = {instancePath:instancePath+"/testSystems/" + i17+"/name",schemaPath:"#/$defs/system/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema46.properties.name,data:data56};
	if(vErrors === null){
	vErrors = [err182];
	}
	else {
	vErrors.push(err182);
	}
	errors++;
	}
	if(func2(data56) < 1){
	const err183 = {instancePath:instancePath+"/testSystems/" + i17+"/name",schemaPath:"#/$defs/system/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.name,data:data56};
	if(vErrors === null){
	vErrors = [err183];
	}
	else {
	vErrors.push(err183);
	}
	errors++;
	}
	}
	else {
	const err184 = {instancePath:instancePath+"/testSystems/" + i17+"/name",schemaPath:"#/$defs/system/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data56};
	if(vErrors === null){
	vErrors = [err184];
	}
	else {
	vErrors.push(err184);
	}
	errors++;
	}
	}
	if(data54.keys !== undefined){
	let data57 = data54.keys;
	if(Array.isArray(data57)){
	if(data57.length > 100){
	const err185 = {instancePath:instancePath+"/testSystems/" + i17+"/keys",schemaPath:"#/$defs/system/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema46.properties.keys,data:data57};
	if(vErrors === null){
	vErrors = [err185];
	}
	else {
	vErrors.push(err185);
	}
	errors++;
	}
	const len13 = data57.length;
	for(let i18=0; i18<len13; i18++){
	let data58 = data57[i18];
	if(typeof data58 === "string"){
	if(func2(data58) > 200){
	const err186 = {instancePath:instancePath+"/testSystems/" + i17+"/keys/" + i18,schemaPath:"#/$defs/system/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.keys.items,data:data58};
	if(vErrors === null){
	vErrors = [err186];
	}
	else {
	vErrors.push(err186);
	}
	errors++;
	}
	if(func2(data58) < 1){
	const err187 = {instancePath:instancePath+"/testSystems/" + i17+"/keys/" + i18,schemaPath:"#/$defs/system/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.keys.items,data:data58};
	if(vErrors === null){
	vErrors = [err187];
	}
	else {
	vErrors.push(err187);
	}
	errors++;
	}
	}
	else {
	const err188 = {instancePath:instancePath+"/testSystems/" + i17+"/keys/" + i18,schemaPath:"#/$defs/system/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.keys.items.type,parentSchema:schema46.properties.keys.items,data:data58};
	if(vErrors === null){
	vErrors = [err188];
	}
	else {
	vErrors.push(err188);
	}
	errors++;
	}
	}
	let i19 = data57.length;
	let j5;
	if(i19 > 1){
	const indices3 = {};
	for(;i19--;){
	let item3 = data57[i19];
	if(typeof item3 !== "string"){
	continue;
	}
	if(typeof indices3[item3] == "number"){
	j5 = indices3[item3];
	const err189 = {instancePath:instancePath+"/testSystems/" + i17+"/keys",schemaPath:"#/$defs/system/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i19+" are identical)",schema:true,parentSchema:schema46.properties.keys,data:data57};
	if(vErrors === null){
	vErrors = [err189];
	}
	else {
	vErrors.push(err189);
	}
	errors++;
	break;
	}
	indices3[item3] = i19;
	}
	}
	}
	else {
	const err190 = {instancePath:instancePath+"/testSystems/" + i17+"/keys",schemaPath:"#/$defs/system/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.keys.type,parentSchema:schema46.properties.keys,data:data57};
	if(vErrors === null){
	vErrors = [err190];
	}
	else {
	vErrors.push(err190);
	}
	errors++;
	}
	}
	if(data54.identities !== undefined){
	let data59 = data54.identities;
	if(Array.isArray(data59)){
	if(data59.length > 100){
	const err191 = {instancePath:instancePath+"/testSystems/" + i17+"/identities",schemaPath:"#/$defs/system/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema46.properties.identities,data:data59};
	if(vErrors === null){
	vErrors = [err191];
	}
	else {
	vErrors.push(err191);
	}
	errors++;
	}
	const len14 = data59.length;
	for(let i20=0; i20<len14; i20++){
	let data60 = data59[i20];
	if(typeof data60 === "string"){
	if(func2(data60) > 200){
	const err192 = {instancePath:instancePath+"/testSystems/" + i17+"/identities/" + i20,schemaPath:"#/$defs/system/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.identities.items,data:data60};
	if(vErrors === null){
	vErrors = [err192];
	}
	else {
	vErrors.push(err192);
	}
	errors++;
	}
	if(func2(data60) < 1){
	const err193 = {instancePath:instancePath+"/testSystems/" + i17+"/identities/" + i20,schemaPath:"#/$defs/system/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.identities.items,data:data60};
	if(vErrors === null){
	vErrors = [err193];
	}
	else {
	vErrors.push(err193);
	}
	errors++;
	}
	}
	else {
	const err194 = {instancePath:instancePath+"/testSystems/" + i17+"/identities/" + i20,schemaPath:"#/$defs/system/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.identities.items.type,parentSchema:schema46.properties.identities.items,data:data60};
	if(vErrors === null){
	vErrors = [err194];
	}
	else {
	vErrors.push(err194);
	}
	errors++;
	}
	}
	let i21 = data59.length;
	let j6;
	if(i21 > 1){
	const indices4 = {};
	for(;i21--;){
	let item4 = data59[i21];
	if(typeof item4 !== "string"){
	continue;
	}
	if(typeof indices4[item4] == "number"){
	j6 = indices4[item4];
	const err195 = {instancePath:instancePath+"/testSystems/" + i17+"/identities",schemaPath:"#/$defs/system/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i21+" are identical)",schema:true,parentSchema:schema46.properties.identities,data:data59};
	if(vErrors === null){
	vErrors = [err195];
	}
	else {
	vErrors.push(err195);
	}
	errors++;
	break;
	}
	indices4[item4] = i21;
	}
	}
	}
	else {
	const err196 = {instancePath:instancePath+"/testSystems/" + i17+"/identities",schemaPath:"#/$defs/system/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.identities.type,parentSchema:schema46.properties.identities,data:data59};
	if(vErrors === null){
	vErrors = [err196];
	}
	else {
	vErrors.push(err196);
	}
	errors++;
	}
	}
	if(data54.hardware !== undefined){
	let data61 = data54.hardware;
	if(Array.isArray(data61)){
	if(data61.length > 10000){
	const err197 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware",schemaPath:"#/$defs/system/properties/hardware/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema46.properties.hardware,data:data61};
	if(vErrors === null){
	vErrors = [err197];
	}
	else {
	vErrors.push(err197);
	}
	errors++;
	}
	if(data61.length < 1){
	const err198 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware",schemaPath:"#/$defs/system/properties/hardware/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.hardware,data:data61};
	if(vErrors === null){
	vErrors = [err198];
	}
	else {
	vErrors.push(err198);
	}
	errors++;
	}
	const len15 = data61.length;
	for(let i22=0; i22<len15; i22++){
	let data62 = data61[i22];
	if(typeof data62 === "string"){
	if(func2(data62) > 200){
	const err199 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware/" + i22,schemaPath:"#/$defs/system/properties/hardware/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.hardware.items,data:data62};
	if(vErrors === null){
	vErrors = [err199];
	}
	else {
	vErrors.push(err199);
	}
	errors++;
	}
	if(func2(data62) < 1){
	const err200 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware/" + i22,schemaPath:"#/$defs/system/properties/hardware/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.hardware.items,data:data62};
	if(vErrors === null){
	vErrors = [err200];
	}
	else {
	vErrors.push(err200);
	}
	errors++;
	}
	}
	else {
	const err201 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware/" + i22,schemaPath:"#/$defs/system/properties/hardware/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.hardware.items.type,parentSchema:schema46.properties.hardware.items,data:data62};
	if(vErrors === null){
	vErrors = [err201];
	}
	else {
	vErrors.push(err201);
	}
	errors++;
	}
	}
	let i23 = data61.length;
	let j7;
	if(i23 > 1){
	const indices5 = {};
	for(;i23--;){
	let item5 = data61[i23];
	if(typeof item5 !== "string"){
	continue;
	}
	if(typeof indices5[item5] == "number"){
	j7 = indices5[item5];
	const err202 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware",schemaPath:"#/$defs/system/properties/hardware/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i23+" are identical)",schema:true,parentSchema:schema46.properties.hardware,data:data61};
	if(vErrors === null){
	vErrors = [err202];
	}
	else {
	vErrors.push(err202);
	}
	errors++;
	break;
	}
	indices5[item5] = i23;
	}
	}
	}
	else {
	const err203 = {instancePath:instancePath+"/testSystems/" + i17+"/hardware",schemaPath:"#/$defs/system/properties/hardware/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.hardware.type,parentSchema:schema46.properties.hardware,data:data61};
	if(vErrors === null){
	vErrors = [err203];
	}
	else {
	vErrors.push(err203);
	}
	errors++;
	}
	}
	}
	else {
	const err204 = {instancePath:instancePath+"/testSystems/" + i17,schemaPath:"#/$defs/system/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data54};
	if(vErrors === null){
	vErrors = [err204];
	}
	else {
	vErrors.push(err204);
	}
	errors++;
	}
	}
	}
	else {
	const err205 = {instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.testSystems.type,parentSchema:schema38.properties.testSystems,data:data53};
	if(vErrors === null){
	vErrors = [err205];
	}
	else {
	vErrors.push(err205);
	}
	errors++;
	}
	}
	if(data.deploymentSystems !== undefined){
	let data63 = data.deploymentSystems;
	if(Array.isArray(data63)){
	if(data63.length > 1000){
	const err206 = {instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.deploymentSystems,data:data63};
	if(vErrors === null){
	vErrors = [err206];
	}
	else {
	vErrors.push(err206);
	}
	errors++;
	}
	const len16 = data63.length;
	for(let i24=0; i24<len16; i24++){
	let data64 = data63[i24];
	const _errs156 = errors;
	let valid62 = false;
	const _errs157 = errors;
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if(data64.keys === undefined){
	const err207 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/anyOf/0/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema46.anyOf[0].required,parentSchema:schema46.anyOf[0],data:data64};
	if(vErrors === null){
	vErrors = [err207];
	}
	else {
	vErrors.push(err207);
	}
	errors++;
	}
	}
	var _valid4 = _errs157 === errors;
	valid62 = valid62 || _valid4;
	const _errs158 = errors;
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if(data64.identities === undefined){
	const err208 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/anyOf/1/required",keyword:"required",params:{missingProperty: "identities"},message:"must have required property '"+"identities"+"'",schema:schema46.anyOf[1].required,parentSchema:schema46.anyOf[1],data:data64};
	if(vErrors === null){
	vErrors = [err208];
	}
	else {
	vErrors.push(err208);
	}
	errors++;
	}
	}
	var _valid4 = _errs158 === errors;
	valid62 = valid62 || _valid4;
	if(!valid62){
	const err209 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data64};
	if(vErrors === null){
	vErrors = [err209];
	}
	else {
	vErrors.push(err209);
	}
	errors++;
	}
	else {
	errors = _errs156;
	if(vErrors !== null){
	if(_errs156){
	vErrors.length = _errs156;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if(data64.id === undefined){
	const err210 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema46.required,parentSchema:schema46,data:data64};
	if(vErrors === null){
	vErrors = [err210];
	}
	else {
	vErrors.push(err210);
	}
	errors++;
	}
	if(data64.hardware === undefined){
	const err211 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema46.required,parentSchema:schema46,data:data64};
	if(vErrors === null){
	vErrors = [err211];
	}
	else {
	vErrors.push(err211);
	}
	errors++;
	}
	for(const key7 in data64){
	if(!(((((key7 === "id") || (key7 === "name")) || (key7 === "keys")) || (key7 === "identities")) || (key7 === "hardware"))){
	const err212 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data64};
	if(vErrors === null){
	vErrors = [err212];
	}
	else {
	vErrors.push(err212);
	}
	errors++;
	}
	}
	if(data64.id !== undefined){
	let data65 = data64.id;
	if(typeof data65 === "string"){
	if(func2(data65) > 200){
	const err213 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/id",schemaPath:"#/$defs/system/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.id,data:data65};
	if(vErrors === null){
	vErrors = [err213];
	}
	else {
	vErrors.push(err213);
	}
	errors++;
	}
	if(func2(data65) < 1){
	const err214 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/id",schemaPath:"#/$defs/system/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.id,data:data65};
	if(vErrors === null){
	vErrors = [err214];
	}
	else {
	vErrors.push(err214);
	}
	errors++;
	}
	}
	else {
	const err215 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/id",schemaPath:"#/$defs/system/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.id.type,parentSchema:schema46.properties.id,data:data65};
	if(vErrors === null){
	vErrors = [err215];
	}
	else {
	vErrors.push(err215);
	}
	errors++;
	}
	}
	if(data64.name !== undefined){
	let data66 = data64.name;
	if(typeof data66 === "string"){
	if(func2(data66) > 1000){
	const err216 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/name",schemaPath:"#/$defs/system/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema46.properties.name,data:data66};
	if(vErrors === null){
	vErrors = [err216];
	}
	else {
	vErrors.push(err216);
	}
	errors++;
	}
	if(func2(data66) < 1){
	const err217 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/name",schemaPath:"#/$defs/system/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.name,data:data66};
	if(vErrors === null){
	vErrors = [err217];
	}
	else {
	vErrors.push(err217);
	}
	errors++;
	}
	}
	else {
	const err218 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/name",schemaPath:"#/$defs/system/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data66};
	if(vErrors === null){
	vErrors = [err218];
	}
	else {
	vErrors.push(err218);
	}
	errors++;
	}
	}
	if(data64.keys !== undefined){
	let data67 = data64.keys;
	if(Array.isArray(data67)){
	if(data67.length > 100){
	const err219 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys",schemaPath:"#/$defs/system/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema46.properties.keys,data:data67};
	if(vErrors === null){
	vErrors = [err219];
	}
	else {
	vErrors.push(err219);
	}
	errors++;
	}
	const len17 = data67.length;
	for(let i25=0; i25<len17; i25++){
	let data68 = data67[i25];
	if(typeof data68 === "string"){
	if(func2(data68) > 200){
	const err220 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys/" + i25,schemaPath:"#/$defs/system/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.keys.items,data:data68};
	if(vErrors === null){
	vErrors = [err220];
	}
	else {
	vErrors.push(err220);
	}
	errors++;
	}
	if(func2(data68) < 1){
	const err221 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys/" + i25,schemaPath:"#/$defs/system/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.keys.items,data:data68};
	if(vErrors === null){
	vErrors = [err221];
	}
	else {
	vErrors.push(err221);
	}
	errors++;
	}
	}
	else {
	const err222 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys/" + i25,schemaPath:"#/$defs/system/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.keys.items.type,parentSchema:schema46.properties.keys.items,data:data68};
	if(vErrors === null){
	vErrors = [err222];
	}
	else {
	vErrors.push(err222);
	}
	errors++;
	}
	}
	let i26 = data67.length;
	let j8;
	if(i26 > 1){
	const indices6 = {};
	for(;i26--;){
	let item6 = data67[i26];
	if(typeof item6 !== "string"){
	continue;
	}
	if(typeof indices6[item6] == "number"){
	j8 = indices6[item6];
	const err223 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys",schemaPath:"#/$defs/system/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i26+" are identical)",schema:true,parentSchema:schema46.properties.keys,data:data67};
	if(vErrors === null){
	vErrors = [err223];
	}
	else {
	vErrors.push(err223);
	}
	errors++;
	break;
	}
	indices6[item6] = i26;
	}
	}
	}
	else {
	const err224 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/keys",schemaPath:"#/$defs/system/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.keys.type,parentSchema:schema46.properties.keys,data:data67};
	if(vErrors === null){
	vErrors = [err224];
	}
	else {
	vErrors.push(err224);
	}
	errors++;
	}
	}
	if(data64.identities !== undefined){
	let data69 = data64.identities;
	if(Array.isArray(data69)){
	if(data69.length > 100){
	const err225 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities",schemaPath:"#/$defs/system/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema46.properties.identities,data:data69};
	if(vErrors === null){
	vErrors = [err225];
	}
	else {
	vErrors.push(err225);
	}
	errors++;
	}
	const len18 = data69.length;
	for(let i27=0; i27<len18; i27++){
	let data70 = data69[i27];
	if(typeof data70 === "string"){
	if(func2(data70) > 200){
	const err226 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities/" + i27,schemaPath:"#/$defs/system/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.identities.items,data:data70};
	if(vErrors === null){
	vErrors = [err226];
	}
	else {
	vErrors.push(err226);
	}
	errors++;
	}
	if(func2(data70) < 1){
	const err227 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities/" + i27,schemaPath:"#/$defs/system/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.identities.items,data:data70};
	if(vErrors === null){
	vErrors = [err227];
	}
	else {
	vErrors.push(err227);
	}
	errors++;
	}
	}
	else {
	const err228 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities/" + i27,schemaPath:"#/$defs/system/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.identities.items.type,parentSchema:schema46.properties.identities.items,data:data70};
	if(vErrors === null){
	vErrors = [err228];
	}
	else {
	vErrors.push(err228);
	}
	errors++;
	}
	}
	let i28 = data69.length;
	let j9;
	if(i28 > 1){
	const indices7 = {};
	for(;i28--;){
	let item7 = data69[i28];
	if(typeof item7 !== "string"){
	continue;
	}
	if(typeof indices7[item7] == "number"){
	j9 = indices7[item7];
	const err229 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities",schemaPath:"#/$defs/system/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i28+" are identical)",schema:true,parentSchema:schema46.properties.identities,data:data69};
	if(vErrors === null){
	vErrors = [err229];
	}
	else {
	vErrors.push(err229);
	}
	errors++;
	break;
	}
	indices7[item7] = i28;
	}
	}
	}
	else {
	const err230 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/identities",schemaPath:"#/$defs/system/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.identities.type,parentSchema:schema46.properties.identities,data:data69};
	if(vErrors === null){
	vErrors = [err230];
	}
	else {
	vErrors.push(err230);
	}
	errors++;
	}
	}
	if(data64.hardware !== undefined){
	let data71 = data64.hardware;
	if(Array.isArray(data71)){
	if(data71.length > 10000){
	const err231 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware",schemaPath:"#/$defs/system/properties/hardware/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema46.properties.hardware,data:data71};
	if(vErrors === null){
	vErrors = [err231];
	}
	else {
	vErrors.push(err231);
	}
	errors++;
	}
	if(data71.length < 1){
	const err232 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware",schemaPath:"#/$defs/system/properties/hardware/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.hardware,data:data71};
	if(vErrors === null){
	vErrors = [err232];
	}
	else {
	vErrors.push(err232);
	}
	errors++;
	}
	const len19 = data71.length;
	for(let i29=0; i29<len19; i29++){
	let data72 = data71[i29];
	if(typeof data72 === "string"){
	if(func2(data72) > 200){
	const err233 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware/" + i29,schemaPath:"#/$defs/system/properties/hardware/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema46.properties.hardware.items,data:data72};
	if(vErrors === null){
	vErrors = [err233];
	}
	else {
	vErrors.push(err233);
	}
	errors++;
	}
	if(func2(data72) < 1){
	const err234 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware/" + i29,schemaPath:"#/$defs/system/properties/hardware/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.hardware.items,data:data72};
	if(vErrors === null){
	vErrors = [err234];
	}
	else {
	vErrors.push(err234);
	}
	errors++;
	}
	}
	else {
	const err235 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware/" + i29,schemaPath:"#/$defs/system/properties/hardware/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.hardware.items.type,parentSchema:schema46.properties.hardware.items,data:data72};
	if(vErrors === null){
	vErrors = [err235];
	}
	else {
	vErrors.push(err235);
	}
	errors++;
	}
	}
	let i30 = data71.length;
	let j10;
	if(i30 > 1){
	const indices8 = {};
	for(;i30--;){
	let item8 = data71[i30];
	if(typeof item8 !== "string"){
	continue;
	}
	if(typeof indices8[item8] == "number"){
	j10 = indices8[item8];
	const err236 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware",schemaPath:"#/$defs/system/properties/hardware/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i30+" are identical)",schema:true,parentSchema:schema46.properties.hardware,data:data71};
	if(vErrors === null){
	vErrors = [err236];
	}
	else {
	vErrors.push(err236);
	}
	errors++;
	break;
	}
	indices8[item8] = i30;
	}
	}
	}
	else {
	const err237 = {instancePath:instancePath+"/deploymentSystems/" + i24+"/hardware",schemaPath:"#/$defs/system/properties/hardware/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.hardware.type,parentSchema:schema46.properties.hardware,data:data71};
	if(vErrors === null){
	vErrors = [err237];
	}
	else {
	vErrors.push(err237);
	}
	errors++;
	}
	}
	}
	else {
	const err238 = {instancePath:instancePath+"/deploymentSystems/" + i24,schemaPath:"#/$defs/system/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data64};
	if(vErrors === null){
	vErrors = [err238];
	}
	else {
	vErrors.push(err238);
	}
	errors++;
	}
	}
	}
	else {
	const err239 = {instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.deploymentSystems.type,parentSchema:schema38.properties.deploymentSystems,data:data63};
	if(vErrors === null){
	vErrors = [err239];
	}
	else {
	vErrors.push(err239);
	}
	errors++;
	}
	}
	if(data.requirements !== undefined){
	let data73 = data.requirements;
	if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
	if(data73.minimumMaturity === undefined){
	const err240 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "minimumMaturity"},message:"must have required property '"+"minimumMaturity"+"'",schema:schema38.properties.requirements.required,parentSchema:schema38.properties.requirements,data:data73};
	if(vErrors === null){
	vErrors = [err240];
	}
	else {
	vErrors.push(err240);
	}
	errors++;
	}
	if(data73.requiredControls === undefined){
	const err241 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "requiredControls"},message:"must have required property '"+"requiredControls"+"'",schema:schema38.properties.requirements.required,parentSchema:schema38.properties.requirements,data:data73};
	if(vErrors === null){
	vErrors = [err241];
	}
	else {
	vErrors.push(err241);
	}
	errors++;
	}
	if(data73.requiredApprovals === undefined){
	const err242 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "requiredApprovals"},message:"must have required property '"+"requiredApprovals"+"'",schema:schema38.properties.requirements.required,parentSchema:schema38.properties.requirements,data:data73};
	if(vErrors === null){
	vErrors = [err242];
	}
	else {
	vErrors.push(err242);
	}
	errors++;
	}
	for(const key8 in data73){
	if(!(((((key8 === "minimumMaturity") || (key8 === "requiredControls")) || (key8 === "requiredApprovals")) || (key8 === "signedRecords")) || (key8 === "deploymentApprovalEnvironments"))){
	const err243 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.requirements,data:data73};
	if(vErrors === null){
	vErrors = [err243];
	}
	else {
	vErrors.push(err243);
	}
	errors++;
	}
	}
	if(data73.minimumMaturity !== undefined){
	let data74 = data73.minimumMaturity;
	if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
	const err244 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.requirements.properties.minimumMaturity.type,parentSchema:schema38.properties.requirements.properties.minimumMaturity,data:data74};
	if(vErrors === null){
	vErrors = [err244];
	}
	else {
	vErrors.push(err244);
	}
	errors++;
	}
	if((typeof data74 == "number") && (isFinite(data74))){
	if(data74 > 5 || isNaN(data74)){
	const err245 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema38.properties.requirements.properties.minimumMaturity,data:data74};
	if(vErrors === null){
	vErrors = [err245];
	}
	else {
	vErrors.push(err245);
	}
	errors++;
	}
	if(data74 < 1 || isNaN(data74)){
	const err246 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.requirements.properties.minimumMaturity,data:data74};
	if(vErrors === null){
	vErrors = [err246];
	}
	else {
	vErrors.push(err246);
	}
	errors++;
	}
	}
	}
	if(data73.requiredControls !== undefined){
	let data75 = data73.requiredControls;
	if(Array.isArray(data75)){
	if(data75.length > 1000){
	const err247 = {instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.requirements.properties.requiredControls,data:data75};
	if(vErrors === null){
	vErrors = [err247];
	}
	else {
	vErrors.push(err247);
	}
	errors++;
	}
	const len20 = data75.length;
	for(let i31=0; i31<len20; i31++){
	let data76 = data75[i31];
	if(typeof data76 === "string"){
	if(func2(data76) > 1000){
	const err248 = {instancePath:instancePath+"/requirements/requiredControls/" + i31,schemaPath:"#/properties/requirements/properties/requiredControls/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.requirements.properties.requiredControls.items,data:data76};
	if(vErrors === null){
	vErrors = [err248];
	}
	else {
	vErrors.push(err248);
	}
	errors++;
	}
	if(func2(data76) < 1){
	const err249 = {instancePath:instancePath+"/requirements/requiredControls/" + i31,schemaPath:"#/properties/requirements/properties/requiredControls/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.requirements.properties.requiredControls.items,data:data76};
	if(vErrors === null){
	vErrors = [err249];
	}
	else {
	vErrors.push(err249);
	}
	errors++;
	}
	}
	else {
	const err250 = {instancePath:instancePath+"/requirements/requiredControls/" + i31,schemaPath:"#/properties/requirements/properties/requiredControls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.requirements.properties.requiredControls.items.type,parentSchema:schema38.properties.requirements.properties.requiredControls.items,data:data76};
	if(vErrors === null){
	vErrors = [err250];
	}
	else {
	vErrors.push(err250);
	}
	errors++;
	}
	}
	}
	else {
	const err251 = {instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.requirements.properties.requiredControls.type,parentSchema:schema38.properties.requirements.properties.requiredControls,data:data75};
	if(vErrors === null){
	vErrors = [err251];
	}
	else {
	vErrors.push(err251);
	}
	errors++;
	}
	}
	if(data73.requiredApprovals !== undefined){
	let data77 = data73.requiredApprovals;
	if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
	const err252 = {instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.requirements.properties.requiredApprovals.type,parentSchema:schema38.properties.requirements.properties.requiredApprovals,data:data77};
	if(vErrors === null){
	vErrors = [err252];
	}
	else {
	vErrors.push(err252);
	}
	errors++;
	}
	if((typeof data77 == "number") && (isFinite(data77))){
	if(data77 > 100 || isNaN(data77)){
	const err253 = {instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema38.properties.requirements.properties.requiredApprovals,data:data77};
	if(vErrors === null){
	vErrors = [err253];
	}
	else {
	vErrors.push(err253);
	}
	errors++;
	}
	if(data77 < 0 || isNaN(data77)){
	const err254 = {instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.requirements.properties.requiredApprovals,data:data77};
	if(vErrors === null){
	vErrors = [err254];
	}
	else {
	vErrors.push(err254);
	}
	errors++;
	}
	}
	}
	if(data73.signedRecords !== undefined){
	let data78 = data73.signedRecords;
	if(Array.isArray(data78)){
	if(data78.length > 7){
	const err255 = {instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/maxItems",keyword:"maxItems",params:{limit: 7},message:"must NOT have more than 7 items",schema:7,parentSchema:schema38.properties.requirements.properties.signedRecords,data:data78};
	if(vErrors === null){
	vErrors = [err255];
	}
	else {
	vErrors.push(err255);
	}
	errors++;
	}
	const len21 = data78.length;
	for(let i32=0; i32<len21; i32++){
	let data79 = data78[i32];
	if(!(((((((data79 === "signing-event") || (data79 === "release-approval")) || (data79 === "risk-acceptance")) || (data79 === "rollback-recovery-tests")) || (data79 === "deployment-records")) || (data79 === "customer-notification")) || (data79 === "affected-versions"))){
	const err256 = {instancePath:instancePath+"/requirements/signedRecords/" + i32,schemaPath:"#/properties/requirements/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.requirements.properties.signedRecords.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.requirements.properties.signedRecords.items.enum,parentSchema:schema38.properties.requirements.properties.signedRecords.items,data:data79};
	if(vErrors === null){
	vErrors = [err256];
	}
	else {
	vErrors.push(err256);
	}
	errors++;
	}
	}
	let i33 = data78.length;
	let j11;
	if(i33 > 1){
	outer2:
	for(;i33--;){
	for(j11 = i33; j11--;){
	if(func0(data78[i33], data78[j11])){
	const err257 = {instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i33+" are identical)",schema:true,parentSchema:schema38.properties.requirements.properties.signedRecords,data:data78};
	if(vErrors === null){
	vErrors = [err257];
	}
	else {
	vErrors.push(err257);
	}
	errors++;
	break outer2;
	}
	}
	}
	}
	}
	else {
	const err258 = {instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.requirements.properties.signedRecords.type,parentSchema:schema38.properties.requirements.properties.signedRecords,data:data78};
	if(vErrors === null){
	vErrors = [err258];
	}
	else {
	vErrors.push(err258);
	}
	errors++;
	}
	}
	if(data73.deploymentApprovalEnvironments !== undefined){
	let data80 = data73.deploymentApprovalEnvironments;
	if(Array.isArray(data80)){
	if(data80.length > 100){
	const err259 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments",schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments,data:data80};
	if(vErrors === null){
	vErrors = [err259];
	}
	else {
	vErrors.push(err259);
	}
	errors++;
	}
	if(data80.length < 1){
	const err260 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments",schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments,data:data80};
	if(vErrors === null){
	vErrors = [err260];
	}
	else {
	vErrors.push(err260);
	}
	errors++;
	}
	const len22 = data80.length;
	for(let i34=0; i34<len22; i34++){
	let data81 = data80[i34];
	if(typeof data81 === "string"){
	if(func2(data81) > 255){
	const err261 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments/" + i34,schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments.items,data:data81};
	if(vErrors === null){
	vErrors = [err261];
	}
	else {
	vErrors.push(err261);
	}
	errors++;
	}
	if(func2(data81) < 1){
	const err262 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments/" + i34,schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments.items,data:data81};
	if(vErrors === null){
	vErrors = [err262];
	}
	else {
	vErrors.push(err262);
	}
	errors++;
	}
	}
	else {
	const err263 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments/" + i34,schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.requirements.properties.deploymentApprovalEnvironments.items.type,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments.items,data:data81};
	if(vErrors === null){
	vErrors = [err263];
	}
	else {
	vErrors.push(err263);
	}
	errors++;
	}
	}
	let i35 = data80.length;
	let j12;
	if(i35 > 1){
	const indices9 = {};
	for(;i35--;){
	let item9 = data80[i35];
	if(typeof item9 !== "string"){
	continue;
	}
	if(typeof indices9[item9] == "number"){
	j12 = indices9[item9];
	const err264 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments",schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i35+" are identical)",schema:true,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments,data:data80};
	if(vErrors === null){
	vErrors = [err264];
	}
	else {
	vErrors.push(err264);
	}
	errors++;
	break;
	}
	indices9[item9] = i35;
	}
	}
	}
	else {
	const err265 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments",schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.requirements.properties.deploymentApprovalEnvironments.type,parentSchema:schema38.properties.requirements.properties.deploymentApprovalEnvironments,data:data80};
	if(vErrors === null){
	vErrors = [err265];
	}
	else {
	vErrors.push(err265);
	}
	errors++;
	}
	}
	}
	else {
	const err266 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.requirements.type,parentSchema:schema38.properties.requirements,data:data73};
	if(vErrors === null){
	vErrors = [err266];
	}
	else {
	vErrors.push(err266);
	}
	errors++;
	}
	}
	if(data.requirementOverrides !== undefined){
	let data82 = data.requirementOverrides;
	if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
	if(data82.mayWeaken === undefined){
	const err267 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/required",keyword:"required",params:{missingProperty: "mayWeaken"},message:"must have required property '"+"mayWeaken"+"'",schema:schema38.properties.requirementOverrides.required,parentSchema:schema38.properties.requirementOverrides,data:data82};
	if(vErrors === null){
	vErrors = [err267];
	}
	else {
	vErrors.push(err267);
	}
	errors++;
	}
	for(const key9 in data82){
	if(!(key9 === "mayWeaken")){
	const err268 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.requirementOverrides,data:data82};
	if(vErrors === null){
	vErrors = [err268];
	}
	else {
	vErrors.push(err268);
	}
	errors++;
	}
	}
	if(data82.mayWeaken !== undefined){
	let data83 = data82.mayWeaken;
	if(Array.isArray(data83)){
	if(data83.length > 5){
	const err269 = {instancePath:instancePath+"/requirementOverrides/mayWeaken",schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items",schema:5,parentSchema:schema38.properties.requirementOverrides.properties.mayWeaken,data:data83};
	if(vErrors === null){
	vErrors = [err269];
	}
	else {
	vErrors.push(err269);
	}
	errors++;
	}
	const len23 = data83.length;
	for(let i36=0; i36<len23; i36++){
	let data84 = data83[i36];
	if(!(((((data84 === "minimumMaturity") || (data84 === "requiredControls")) || (data84 === "requiredApprovals")) || (data84 === "signedRecords")) || (data84 === "deploymentApprovalEnvironments"))){
	const err270 = {instancePath:instancePath+"/requirementOverrides/mayWeaken/" + i36,schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.requirementOverrides.properties.mayWeaken.items.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.requirementOverrides.properties.mayWeaken.items.enum,parentSchema:schema38.properties.requirementOverrides.properties.mayWeaken.items,data:data84};
	if(vErrors === null){
	vErrors = [err270];
	}
	else {
	vErrors.push(err270);
	}
	errors++;
	}
	}
	let i37 = data83.length;
	let j13;
	if(i37 > 1){
	outer3:
	for(;i37--;){
	for(j13 = i37; j13--;){
	if(func0(data83[i37], data83[j13])){
	const err271 = {instancePath:instancePath+"/requirementOverrides/mayWeaken",schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i37+" are identical)",schema:true,parentSchema:schema38.properties.requirementOverrides.properties.mayWeaken,data:data83};
	if(vErrors === null){
	vErrors = [err271];
	}
	else {
	vErrors.push(err271);
	}
	errors++;
	break outer3;
	}
	}
	}
	}
	}
	else {
	const err272 = {instancePath:instancePath+"/requirementOverrides/mayWeaken",schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.requirementOverrides.properties.mayWeaken.type,parentSchema:schema38.properties.requirementOverrides.properties.mayWeaken,data:data83};
	if(vErrors === null){
	vErrors = [err272];
	}
	else {
	vErrors.push(err272);
	}
	errors++;
	}
	}
	}
	else {
	const err273 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.requirementOverrides.type,parentSchema:schema38.properties.requirementOverrides,data:data82};
	if(vErrors === null){
	vErrors = [err273];
	}
	else {
	vErrors.push(err273);
	}
	errors++;
	}
	}
	if(data.products !== undefined){
	let data85 = data.products;
	if(Array.isArray(data85)){
	if(data85.length > 1000){
	const err274 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.products,data:data85};
	if(vErrors === null){
	vErrors = [err274];
	}
	else {
	vErrors.push(err274);
	}
	errors++;
	}
	const len24 = data85.length;
	for(let i38=0; i38<len24; i38++){
	let data86 = data85[i38];
	if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
	if(data86.id === undefined){
	const err275 = {instancePath:instancePath+"/products/" + i38,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.products.items.required,parentSchema:schema38.properties.products.items,data:data86};
	if(vErrors === null){
	vErrors = [err275];
	}
	else {
	vErrors.push(err275);
	}
	errors++;
	}
	if(data86.versionScheme === undefined){
	const err276 = {instancePath:instancePath+"/products/" + i38,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "versionScheme"},message:"must have required property '"+"versionScheme"+"'",schema:schema38.properties.products.items.required,parentSchema:schema38.properties.products.items,data:data86};
	if(vErrors === null){
	vErrors = [err276];
	}
	else {
	vErrors.push(err276);
	}
	errors++;
	}
	for(const key10 in data86){
	if(!((key10 === "id") || (key10 === "versionScheme"))){
	const err277 = {instancePath:instancePath+"/products/" + i38,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.products.items,data:data86};
	if(vErrors === null){
	vErrors = [err277];
	}
	else {
	vErrors.push(err277);
	}
	errors++;
	}
	}
	if(data86.id !== undefined){
	let data87 = data86.id;
	if(typeof data87 === "string"){
	if(func2(data87) > 1000){
	const err278 = {instancePath:instancePath+"/products/" + i38+"/id",schemaPath:"#/properties/products/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.products.items.properties.id,data:data87};
	if(vErrors === null){
	vErrors = [err278];
	}
	else {
	vErrors.push(err278);
	}
	errors++;
	}
	if(func2(data87) < 1){
	const err279 = {instancePath:instancePath+"/products/" + i38+"/id",schemaPath:"#/properties/products/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.products.items.properties.id,data:data87};
	if(vErrors === null){
	vErrors = [err279];
	}
	else {
	vErrors.push(err279);
	}
	errors++;
	}
	}
	else {
	const err280 = {instancePath:instancePath+"/products/" + i38+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.products.items.properties.id.type,parentSchema:schema38.properties.products.items.properties.id,data:data87};
	if(vErrors === null){
	vErrors = [err280];
	}
	else {
	vErrors.push(err280);
	}
	errors++;
	}
	}
	if(data86.versionScheme !== undefined){
	let data88 = data86.versionScheme;
	if(!((data88 === "semver") || (data88 === "generic"))){
	const err281 = {instancePath:instancePath+"/products/" + i38+"/versionScheme",schemaPath:"#/properties/products/items/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema38.properties.products.items.properties.versionScheme.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.products.items.properties.versionScheme.enum,parentSchema:schema38.properties.products.items.properties.versionScheme,data:data88};
	if(vErrors === null){
	vErrors = [err281];
	}
	else {
	vErrors.push(err281);
	}
	errors++;
	}
	}
	}
	else {
	const err282 = {instancePath:instancePath+"/products/" + i38,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.products.items.type,parentSchema:schema38.properties.products.items,data:data86};
	if(vErrors === null){
	vErrors = [err282];
	}
	else {
	vErrors.push(err282);
	}
	errors++;
	}
	}
	}
	else {
	const err283 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.products.type,parentSchema:schema38.properties.products,data:data85};
	if(vErrors === null){
	vErrors = [err283];
	}
	else {
	vErrors.push(err283);
	}
	errors++;
	}
	}
	if(data.fleet !== undefined){
	let data89 = data.fleet;
	if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
	if(data89.cohorts === undefined){
	const err284 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "cohorts"},message:"must have required property '"+"cohorts"+"'",schema:schema38.properties.fleet.required,parentSchema:schema38.properties.fleet,data:data89};
	if(vErrors === null){
	vErrors = [err284];
	}
	else {
	vErrors.push(err284);
	}
	errors++;
	}
	for(const key11 in data89){
	if(!((key11 === "cohorts") || (key11 === "downgrades"))){
	const err285 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.fleet,data:data89};
	if(vErrors === null){
	vErrors = [err285];
	}
	else {
	vErrors.push(err285);
	}
	errors++;
	}
	}
	if(data89.cohorts !== undefined){
	let data90 = data89.cohorts;
	if(Array.isArray(data90)){
	if(data90.length > 1000){
	const err286 = {instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts,data:data90};
	if(vErrors === null){
	vErrors = [err286];
	}
	else {
	vErrors.push(err286);
	}
	errors++;
	}
	const len25 = data90.length;
	for(let i39=0; i39<len25; i39++){
	let data91 = data90[i39];
	if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
	if(data91.product === undefined){
	const err287 = {instancePath:instancePath+"/fleet/cohorts/" + i39,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema38.properties.fleet.properties.cohorts.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items,data:data91};
	if(vErrors === null){
	vErrors = [err287];
	}
	else {
	vErrors.push(err287);
	}
	errors++;
	}
	if(data91.cohort === undefined){
	const err288 = {instancePath:instancePath+"/fleet/cohorts/" + i39,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema38.properties.fleet.properties.cohorts.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items,data:data91};
	if(vErrors === null){
	vErrors = [err288];
	}
	else {
	vErrors.push(err288);
	}
	errors++;
	}
	if(data91.configurations === undefined){
	const err289 = {instancePath:instancePath+"/fleet/cohorts/" + i39,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema38.properties.fleet.properties.cohorts.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items,data:data91};
	if(vErrors === null){
	vErrors = [err289];
	}
	else {
	vErrors.push(err289);
	}
	errors++;
	}
	for(const key12 in data91){
	if(!(((((key12 === "product") || (key12 === "cohort")) || (key12 === "allowPartial")) || (key12 === "approvedVersions")) || (key12 === "configurations"))){
	const err290 = {instancePath:instancePath+"/fleet/cohorts/" + i39,schemaPath:"#/properties/fleet/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.fleet.properties.cohorts.items,data:data91};
	if(vErrors === null){
	vErrors = [err290];
	}
	else {
	vErrors.push(err290);
	}
	errors++;
	}
	}
	if(data91.product !== undefined){
	let data92 = data91.product;
	if(typeof data92 === "string"){
	if(func2(data92) > 1000){
	const err291 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.product,data:data92};
	if(vErrors === null){
	vErrors = [err291];
	}
	else {
	vErrors.push(err291);
	}
	errors++;
	}
	if(func2(data92) < 1){
	const err292 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.product,data:data92};
	if(vErrors === null){
	vErrors = [err292];
	}
	else {
	vErrors.push(err292);
	}
	errors++;
	}
	}
	else {
	const err293 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.cohorts.items.properties.product.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.product,data:data92};
	if(vErrors === null){
	vErrors = [err293];
	}
	else {
	vErrors.push(err293);
	}
	errors++;
	}
	}
	if(data91.cohort !== undefined){
	let data93 = data91.cohort;
	if(typeof data93 === "string"){
	if(func2(data93) > 1000){
	const err294 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.cohort,data:data93};
	if(vErrors === null){
	vErrors = [err294];
	}
	else {
	vErrors.push(err294);
	}
	errors++;
	}
	if(func2(data93) < 1){
	const err295 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.cohort,data:data93};
	if(vErrors === null){
	vErrors = [err295];
	}
	else {
	vErrors.push(err295);
	}
	errors++;
	}
	}
	else {
	const err296 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.cohorts.items.properties.cohort.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.cohort,data:data93};
	if(vErrors === null){
	vErrors = [err296];
	}
	else {
	vErrors.push(err296);
	}
	errors++;
	}
	}
	if(data91.allowPartial !== undefined){
	let data94 = data91.allowPartial;
	if(typeof data94 !== "boolean"){
	const err297 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/allowPartial",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/allowPartial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.fleet.properties.cohorts.items.properties.allowPartial.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.allowPartial,data:data94};
	if(vErrors === null){
	vErrors = [err297];
	}
	else {
	vErrors.push(err297);
	}
	errors++;
	}
	}
	if(data91.approvedVersions !== undefined){
	let data95 = data91.approvedVersions;
	if(Array.isArray(data95)){
	if(data95.length > 1000){
	const err298 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.approvedVersions,data:data95};
	if(vErrors === null){
	vErrors = [err298];
	}
	else {
	vErrors.push(err298);
	}
	errors++;
	}
	const len26 = data95.length;
	for(let i40=0; i40<len26; i40++){
	let data96 = data95[i40];
	if(typeof data96 === "string"){
	if(func2(data96) > 256){
	const err299 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions/" + i40,schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema39,data:data96};
	if(vErrors === null){
	vErrors = [err299];
	}
	else {
	vErrors.push(err299);
	}
	errors++;
	}
	if(func2(data96) < 1){
	const err300 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions/" + i40,schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data96};
	if(vErrors === null){
	vErrors = [err300];
	}
	else {
	vErrors.push(err300);
	}
	errors++;
	}
	if(!pattern4.test(data96)){
	const err301 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions/" + i40,schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema39,data:data96};
	if(vErrors === null){
	vErrors = [err301];
	}
	else {
	vErrors.push(err301);
	}
	errors++;
	}
	}
	else {
	const err302 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions/" + i40,schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data96};
	if(vErrors === null){
	vErrors = [err302];
	}
	else {
	vErrors.push(err302);
	}
	errors++;
	}
	}
	}
	else {
	const err303 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.fleet.properties.cohorts.items.properties.approvedVersions.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.approvedVersions,data:data95};
	if(vErrors === null){
	vErrors = [err303];
	}
	else {
	vErrors.push(err303);
	}
	errors++;
	}
	}
	if(data91.configurations !== undefined){
	let data97 = data91.configurations;
	if(Array.isArray(data97)){
	if(data97.length > 50000){
	const err304 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations,data:data97};
	if(vErrors === null){
	vErrors = [err304];
	}
	else {
	vErrors.push(err304);
	}
	errors++;
	}
	if(data97.length < 1){
	const err305 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations,data:data97};
	if(vErrors === null){
	vErrors = [err305];
	}
	else {
	vErrors.push(err305);
	}
	errors++;
	}
	const len27 = data97.length;
	for(let i41=0; i41<len27; i41++){
	let data98 = data97[i41];
	if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
	if(data98.id === undefined){
	const err306 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data98};
	if(vErrors === null){
	vErrors = [err306];
	}
	else {
	vErrors.push(err306);
	}
	errors++;
	}
	if(data98.hardware === undefined){
	const err307 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data98};
	if(vErrors === null){
	vErrors = [err307];
	}
	else {
	vErrors.push(err307);
	}
	errors++;
	}
	if(data98.version === undefined){
	const err308 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data98};
	if(vErrors === null){
	vErrors = [err308];
	}
	else {
	vErrors.push(err308);
	}
	errors++;
	}
	for(const key13 in data98){
	if(!(((key13 === "id") || (key13 === "hardware")) || (key13 === "version"))){
	const err309 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data98};
	if(vErrors === null){
	vErrors = [err309];
	}
	else {
	vErrors.push(err309);
	}
	errors++;
	}
	}
	if(data98.id !== undefined){
	let data99 = data98.id;
	if(typeof data99 === "string"){
	if(func2(data99) > 1000){
	const err310 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id,data:data99};
	if(vErrors === null){
	vErrors = [err310];
	}
	else {
	vErrors.push(err310);
	}
	errors++;
	}
	if(func2(data99) < 1){
	const err311 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id,data:data99};
	if(vErrors === null){
	vErrors = [err311];
	}
	else {
	vErrors.push(err311);
	}
	errors++;
	}
	}
	else {
	const err312 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id,data:data99};
	if(vErrors === null){
	vErrors = [err312];
	}
	else {
	vErrors.push(err312);
	}
	errors++;
	}
	}
	if(data98.hardware !== undefined){
	let data100 = data98.hardware;
	if(typeof data100 === "string"){
	if(func2(data100) > 1000){
	const err313 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware,data:data100};
	if(vErrors === null){
	vErrors = [err313];
	}
	else {
	vErrors.push(err313);
	}
	errors++;
	}
	if(func2(data100) < 1){
	const err314 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware,data:data100};
	if(vErrors === null){
	vErrors = [err314];
	}
	else {
	vErrors.push(err314);
	}
	errors++;
	}
	}
	else {
	const err315 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware,data:data100};
	if(vErrors === null){
	vErrors = [err315];
	}
	else {
	vErrors.push(err315);
	}
	errors++;
	}
	}
	if(data98.version !== undefined){
	let data101 = data98.version;
	if(typeof data101 === "string"){
	if(func2(data101) > 256){
	const err316 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/version",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema39,data:data101};
	if(vErrors === null){
	vErrors = [err316];
	}
	else {
	vErrors.push(err316);
	}
	errors++;
	}
	if(func2(data101) < 1){
	const err317 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/version",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data101};
	if(vErrors === null){
	vErrors = [err317];
	}
	else {
	vErrors.push(err317);
	}
	errors++;
	}
	if(!pattern4.test(data101)){
	const err318 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema39,data:data101};
	if(vErrors === null){
	vErrors = [err318];
	}
	else {
	vErrors.push(err318);
	}
	errors++;
	}
	}
	else {
	const err319 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data101};
	if(vErrors === null){
	vErrors = [err319];
	}
	else {
	vErrors.push(err319);
	}
	errors++;
	}
	}
	}
	else {
	const err320 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations/" + i41,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data98};
	if(vErrors === null){
	vErrors = [err320];
	}
	else {
	vErrors.push(err320);
	}
	errors++;
	}
	}
	}
	else {
	const err321 = {instancePath:instancePath+"/fleet/cohorts/" + i39+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.fleet.properties.cohorts.items.properties.configurations.type,parentSchema:schema38.properties.fleet.properties.cohorts.items.properties.configurations,data:data97};
	if(vErrors === null){
	vErrors = [err321];
	}
	else {
	vErrors.push(err321);
	}
	errors++;
	}
	}
	}
	else {
	const err322 = {instancePath:instancePath+"/fleet/cohorts/" + i39,schemaPath:"#/properties/fleet/properties/cohorts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.fleet.properties.cohorts.items.type,parentSchema:schema38.properties.fleet.properties.cohorts.items,data:data91};
	if(vErrors === null){
	vErrors = [err322];
	}
	else {
	vErrors.push(err322);
	}
	errors++;
	}
	}
	}
	else {
	const err323 = {instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.fleet.properties.cohorts.type,parentSchema:schema38.properties.fleet.properties.cohorts,data:data90};
	if(vErrors === null){
	vErrors = [err323];
	}
	else {
	vErrors.push(err323);
	}
	errors++;
	}
	}
	if(data89.downgrades !== undefined){
	let data102 = data89.downgrades;
	if(Array.isArray(data102)){
	if(data102.length > 1000){
	const err324 = {instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema38.properties.fleet.properties.downgrades,data:data102};
	if(vErrors === null){
	vErrors = [err324];
	}
	else {
	vErrors.push(err324);
	}
	errors++;
	}
	const len28 = data102.length;
	for(let i42=0; i42<len28; i42++){
	let data103 = data102[i42];
	if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
	if(data103.product === undefined){
	const err325 = {instancePath:instancePath+"/fleet/downgrades/" + i42,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema38.properties.fleet.properties.downgrades.items.required,parentSchema:schema38.properties.fleet.properties.downgrades.items,data:data103};
	if(vErrors === null){
	vErrors = [err325];
	}
	else {
	vErrors.push(err325);
	}
	errors++;
	}
	if(data103.reason === undefined){
	const err326 = {instancePath:instancePath+"/fleet/downgrades/" + i42,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema38.properties.fleet.properties.downgrades.items.required,parentSchema:schema38.properties.fleet.properties.downgrades.items,data:data103};
	if(vErrors === null){
	vErrors = [err326];
	}
	else {
	vErrors.push(err326);
	}
	errors++;
	}
	for(const key14 in data103){
	if(!((key14 === "product") || (key14 === "reason"))){
	const err327 = {instancePath:instancePath+"/fleet/downgrades/" + i42,schemaPath:"#/properties/fleet/properties/downgrades/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.fleet.properties.downgrades.items,data:data103};
	if(vErrors === null){
	vErrors = [err327];
	}
	else {
	vErrors.push(err327);
	}
	errors++;
	}
	}
	if(data103.product !== undefined){
	let data104 = data103.product;
	if(typeof data104 === "string"){
	if(func2(data104) > 1000){
	const err328 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.product,data:data104};
	if(vErrors === null){
	vErrors = [err328];
	}
	else {
	vErrors.push(err328);
	}
	errors++;
	}
	if(func2(data104) < 1){
	const err329 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.product,data:data104};
	if(vErrors === null){
	vErrors = [err329];
	}
	else {
	vErrors.push(err329);
	}
	errors++;
	}
	}
	else {
	const err330 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.downgrades.items.properties.product.type,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.product,data:data104};
	if(vErrors === null){
	vErrors = [err330];
	}
	else {
	vErrors.push(err330);
	}
	errors++;
	}
	}
	if(data103.reason !== undefined){
	let data105 = data103.reason;
	if(typeof data105 === "string"){
	if(func2(data105) > 10000){
	const err331 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.reason,data:data105};
	if(vErrors === null){
	vErrors = [err331];
	}
	else {
	vErrors.push(err331);
	}
	errors++;
	}
	if(func2(data105) < 1){
	const err332 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.reason,data:data105};
	if(vErrors === null){
	vErrors = [err332];
	}
	else {
	vErrors.push(err332);
	}
	errors++;
	}
	}
	else {
	const err333 = {instancePath:instancePath+"/fleet/downgrades/" + i42+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.fleet.properties.downgrades.items.properties.reason.type,parentSchema:schema38.properties.fleet.properties.downgrades.items.properties.reason,data:data105};
	if(vErrors === null){
	vErrors = [err333];
	}
	else {
	vErrors.push(err333);
	}
	errors++;
	}
	}
	}
	else {
	const err334 = {instancePath:instancePath+"/fleet/downgrades/" + i42,schemaPath:"#/properties/fleet/properties/downgrades/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.fleet.properties.downgrades.items.type,parentSchema:schema38.properties.fleet.properties.downgrades.items,data:data103};
	if(vErrors === null){
	vErrors = [err334];
	}
	else {
	vErrors.push(err334);
	}
	errors++;
	}
	}
	}
	else {
	const err335 = {instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.fleet.properties.downgrades.type,parentSchema:schema38.properties.fleet.properties.downgrades,data:data102};
	if(vErrors === null){
	vErrors = [err335];
	}
	else {
	vErrors.push(err335);
	}
	errors++;
	}
	}
	}
	else {
	const err336 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.fleet.type,parentSchema:schema38.properties.fleet,data:data89};
	if(vErrors === null){
	vErrors = [err336];
	}
	else {
	vErrors.push(err336);
	}
	errors++;
	}
	}
	}
	else {
	const err337 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
	if(vErrors === null){
	vErrors = [err337];
	}
	else {
	vErrors.push(err337);
	}
	errors++;
	}
	validate21.errors = vErrors;
	return errors === 0;
	}
	validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.trust;
	};
	validatorsPackageErrors.policyOutput = () => {
	  const exports = {};
	exports.policyOutput = validate22;
	const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/policy-output.schema.json","title":"update-gate policy output v1","description":"What the decision entrypoint update_gate/decision/result returns. Any policy, built-in or a team's replacement, must meet it: an output that does not is an error, never a decision.","type":"object","additionalProperties":false,"required":["apiVersion","decision","summary","maturity","controls","configurations","questions","conditions","findings"],"$defs":{"level":{"type":"integer","minimum":1,"maximum":5},"leveled":{"type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1}}},"stringList":{"type":"array","items":{"type":"string"}},"customFinding":{"description":"One entry of a team package's `findings` rule (docs/policy-authoring.md): a finding of control custom.<team>.","type":"object","additionalProperties":false,"required":["rule","severity","message"],"properties":{"rule":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding (a configuration it blocks is rejected whatever its exceptions waive). Default true."}}},"customViolation":{"description":"One entry of a team package's `violations` rule: the message alone (rule <team>.violation), or a finding without a severity.","anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding. Default true."}}}]},"customCondition":{"description":"One entry of a team package's `conditions` rule.","type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","minLength":1},"text":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"followUpBy":{"type":["string","null"]}}},"customQuestion":{"description":"One entry of a team package's `questions` rule: the id of a verification question its findings bear on.","enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"customExclusion":{"description":"One entry of a team package's `exclusions` rule.","type":"object","additionalProperties":false,"required":["configuration","reason"],"properties":{"configuration":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"id":{"type":"string","minLength":1}}}},"properties":{"apiVersion":{"const":"update-gate.dev/policy-output/v1"},"decision":{"enum":["approve","conditional","reject"]},"summary":{"type":"string","minLength":1},"maturity":{"type":"object","additionalProperties":false,"required":["level","reason","controls","configurations"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1},"controls":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}},"configurations":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}}}},"controls":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","level","required"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["pass","fail","gap"]},"level":{"description":"The control's evidence level; null for a team package (custom.<team>), which has no evidence level of its own.","oneOf":[{"$ref":"#/$defs/level"},{"type":"null"}]},"required":{"type":"boolean"},"questions":{"type":"array","description":"A team package (custom.<team>): the ids of the verification questions it declares it bears on (its questions rule); its findings answer them.","items":{"type":"string"}}}}},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","reasons","exception"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["approved","excluded","rejected"]},"reasons":{"$ref":"#/$defs/stringList"},"exception":{"type":["string","null"],"description":"Excluded configurations: the id of what excludes it (the valid exception, the team's exclusion, or fleet:<id> for a configuration of the cohort a partial update leaves out, its condition's id); null otherwise."},"waivers":{"type":"array","description":"For a configuration with blocking findings, one entry per valid exception naming it: the blocking findings it waived and those it could not (why: not-in-waives, or not-waivable when the finding's rule marks it waivable false). Excluded only when every blocking finding is waived. Optional: policies before scoped exceptions do not give it.","items":{"type":"object","additionalProperties":false,"required":["exception","waived","notWaived"],"properties":{"exception":{"type":"string","minLength":1},"waived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1}}}},"notWaived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message","why"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"why":{"enum":["not-in-waives","not-waivable"]}}}}}}}}}},"questions":{"type":"array","minItems":5,"maxItems":5,"items":{"title":"Question","description":"One of the five verification questions, answered.","type":"object","additionalProperties":false,"required":["id","question","answer","reasons","evidence"],"properties":{"id":{"enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"question":{"type":"string","minLength":1},"answer":{"enum":["pass","fail","gap"]},"reasons":{"$ref":"#/$defs/stringList"},"evidence":{"$ref":"#/$defs/stringList"}}}},"conditions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","text","followUpBy"],"properties":{"id":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"text":{"type":"string","minLength":1},"followUpBy":{"type":["string","null"]},"remainOn":{"type":"string","description":"Exception conditions: the version the excluded configuration stays on."},"mitigation":{"type":"string","description":"Exception conditions: the mitigation while it stays there."},"acceptedBy":{"type":"string","description":"Exception conditions: who accepted the risk."}}}},"findings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","control","severity","message","evidence"],"properties":{"rule":{"type":"string","minLength":1},"control":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: the finding's rule (built-in through lib.finding, or a team's) forbids any exception to waive it. Absent: waivable."}}}},"fleet":{"type":"object","description":"The fleet inventory's view beside the package's scope: which configurations of the cohort the decision covers and which it does not (optional: policies before issue 15 do not give it).","additionalProperties":false,"required":["inventory","cohort","covered","notCovered","unknown","note"],"properties":{"inventory":{"type":"boolean","description":"A fleet inventory was given."},"cohort":{"type":"string"},"covered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort in the package's scope."},"notCovered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort the package's scope leaves out."},"unknown":{"type":"array","items":{"type":"string"},"description":"Configurations in the scope the inventory does not know."},"note":{"type":"string","minLength":1,"description":"One sentence for the report."}}}}};
	const schema51 = {"type":"integer","minimum":1,"maximum":5};
	const schema55 = {"type":"array","items":{"type":"string"}};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const schema52 = {"type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1}}};

	function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate23.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.level === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema52.required,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.reason === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema52.required,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((key0 === "level") || (key0 === "reason"))){
	const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	if(data.level !== undefined){
	let data0 = data.level;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	const err3 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	const err4 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data0 < 1 || isNaN(data0)){
	const err5 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	}
	if(data.reason !== undefined){
	let data1 = data.reason;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.reason,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	else {
	const err7 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.reason.type,parentSchema:schema52.properties.reason,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	}
	else {
	const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	validate23.errors = vErrors;
	return errors === 0;
	}
	validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.decision === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.summary === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.maturity === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maturity"},message:"must have required property '"+"maturity"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.controls === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.configurations === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.questions === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "questions"},message:"must have required property '"+"questions"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.conditions === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data.findings === undefined){
	const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema50.properties, key0))){
	const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data0 = data.apiVersion;
	if("update-gate.dev/policy-output/v1" !== data0){
	const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/policy-output/v1"},message:"must be equal to constant",schema:"update-gate.dev/policy-output/v1",parentSchema:schema50.properties.apiVersion,data:data0};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.decision !== undefined){
	let data1 = data.decision;
	if(!(((data1 === "approve") || (data1 === "conditional")) || (data1 === "reject"))){
	const err11 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema50.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.decision.enum,parentSchema:schema50.properties.decision,data:data1};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.summary !== undefined){
	let data2 = data.summary;
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.summary,data:data2};
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
	const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.summary.type,parentSchema:schema50.properties.summary,data:data2};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data.maturity !== undefined){
	let data3 = data.maturity;
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	if(data3.level === undefined){
	const err14 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data3.reason === undefined){
	const err15 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data3.controls === undefined){
	const err16 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data3.configurations === undefined){
	const err17 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	for(const key1 in data3){
	if(!((((key1 === "level") || (key1 === "reason")) || (key1 === "controls")) || (key1 === "configurations"))){
	const err18 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data3.level !== undefined){
	let data4 = data3.level;
	if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
	const err19 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data4};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if((typeof data4 == "number") && (isFinite(data4))){
	if(data4 > 5 || isNaN(data4)){
	const err20 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data4};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data4 < 1 || isNaN(data4)){
	const err21 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data4};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	}
	if(data3.reason !== undefined){
	let data5 = data3.reason;
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	const err22 = {instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.maturity.properties.reason,data:data5};
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
	const err23 = {instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.maturity.properties.reason.type,parentSchema:schema50.properties.maturity.properties.reason,data:data5};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data3.controls !== undefined){
	let data6 = data3.controls;
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	for(const key2 in data6){
	if(!(validate23(data6[key2], {instancePath:instancePath+"/maturity/controls/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/maturity/controls",schemaPath:"#/properties/maturity/properties/controls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.properties.controls.type,parentSchema:schema50.properties.maturity.properties.controls,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data3.configurations !== undefined){
	let data8 = data3.configurations;
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	for(const key3 in data8){
	if(!(validate23(data8[key3], {instancePath:instancePath+"/maturity/configurations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/maturity/configurations",schemaPath:"#/properties/maturity/properties/configurations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.properties.configurations.type,parentSchema:schema50.properties.maturity.properties.configurations,data:data8};
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
	const err26 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.type,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data.controls !== undefined){
	let data10 = data.controls;
	if(Array.isArray(data10)){
	const len0 = data10.length;
	for(let i0=0; i0<len0; i0++){
	let data11 = data10[i0];
	if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
	if(data11.id === undefined){
	const err27 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(data11.result === undefined){
	const err28 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(data11.level === undefined){
	const err29 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(data11.required === undefined){
	const err30 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	for(const key4 in data11){
	if(!(((((key4 === "id") || (key4 === "result")) || (key4 === "level")) || (key4 === "required")) || (key4 === "questions"))){
	const err31 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data11.id !== undefined){
	let data12 = data11.id;
	if(typeof data12 === "string"){
	if(func2(data12) < 1){
	const err32 = {instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.controls.items.properties.id,data:data12};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.controls.items.properties.id.type,parentSchema:schema50.properties.controls.items.properties.id,data:data12};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data11.result !== undefined){
	let data13 = data11.result;
	if(!(((data13 === "pass") || (data13 === "fail")) || (data13 === "gap"))){
	const err34 = {instancePath:instancePath+"/controls/" + i0+"/result",schemaPath:"#/properties/controls/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.controls.items.properties.result.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.controls.items.properties.result.enum,parentSchema:schema50.properties.controls.items.properties.result,data:data13};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data11.level !== undefined){
	let data14 = data11.level;
	const _errs31 = errors;
	let valid8 = false;
	let passing0 = null;
	const _errs32 = errors;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	const err35 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if((typeof data14 == "number") && (isFinite(data14))){
	if(data14 > 5 || isNaN(data14)){
	const err36 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(data14 < 1 || isNaN(data14)){
	const err37 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	var _valid0 = _errs32 === errors;
	if(_valid0){
	valid8 = true;
	passing0 = 0;
	}
	const _errs35 = errors;
	if(data14 !== null){
	const err38 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.controls.items.properties.level.oneOf[1].type,parentSchema:schema50.properties.controls.items.properties.level.oneOf[1],data:data14};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	var _valid0 = _errs35 === errors;
	if(_valid0 && valid8){
	valid8 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid8 = true;
	passing0 = 1;
	}
	}
	if(!valid8){
	const err39 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema50.properties.controls.items.properties.level.oneOf,parentSchema:schema50.properties.controls.items.properties.level,data:data14};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	else {
	errors = _errs31;
	if(vErrors !== null){
	if(_errs31){
	vErrors.length = _errs31;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data11.required !== undefined){
	let data15 = data11.required;
	if(typeof data15 !== "boolean"){
	const err40 = {instancePath:instancePath+"/controls/" + i0+"/required",schemaPath:"#/properties/controls/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.controls.items.properties.required.type,parentSchema:schema50.properties.controls.items.properties.required,data:data15};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data11.questions !== undefined){
	let data16 = data11.questions;
	if(Array.isArray(data16)){
	const len1 = data16.length;
	for(let i1=0; i1<len1; i1++){
	let data17 = data16[i1];
	if(typeof data17 !== "string"){
	const err41 = {instancePath:instancePath+"/controls/" + i0+"/questions/" + i1,schemaPath:"#/properties/controls/items/properties/questions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.controls.items.properties.questions.items.type,parentSchema:schema50.properties.controls.items.properties.questions.items,data:data17};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/controls/" + i0+"/questions",schemaPath:"#/properties/controls/items/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.controls.items.properties.questions.type,parentSchema:schema50.properties.controls.items.properties.questions,data:data16};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	}
	else {
	const err43 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.controls.items.type,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	}
	else {
	const err44 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.controls.type,parentSchema:schema50.properties.controls,data:data10};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data.configurations !== undefined){
	let data18 = data.configurations;
	if(Array.isArray(data18)){
	const len2 = data18.length;
	for(let i2=0; i2<len2; i2++){
	let data19 = data18[i2];
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if(data19.id === undefined){
	const err45 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(data19.result === undefined){
	const err46 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(data19.reasons === undefined){
	const err47 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(data19.exception === undefined){
	const err48 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "exception"},message:"must have required property '"+"exception"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	for(const key5 in data19){
	if(!(((((key5 === "id") || (key5 === "result")) || (key5 === "reasons")) || (key5 === "exception")) || (key5 === "waivers"))){
	const err49 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data19.id !== undefined){
	let data20 = data19.id;
	if(typeof data20 === "string"){
	if(func2(data20) < 1){
	const err50 = {instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.id,data:data20};
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
	const err51 = {instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.id.type,parentSchema:schema50.properties.configurations.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data19.result !== undefined){
	let data21 = data19.result;
	if(!(((data21 === "approved") || (data21 === "excluded")) || (data21 === "rejected"))){
	const err52 = {instancePath:instancePath+"/configurations/" + i2+"/result",schemaPath:"#/properties/configurations/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.result.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.configurations.items.properties.result.enum,parentSchema:schema50.properties.configurations.items.properties.result,data:data21};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data19.reasons !== undefined){
	let data22 = data19.reasons;
	if(Array.isArray(data22)){
	const len3 = data22.length;
	for(let i3=0; i3<len3; i3++){
	let data23 = data22[i3];
	if(typeof data23 !== "string"){
	const err53 = {instancePath:instancePath+"/configurations/" + i2+"/reasons/" + i3,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data23};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	}
	else {
	const err54 = {instancePath:instancePath+"/configurations/" + i2+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data22};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	if(data19.exception !== undefined){
	let data24 = data19.exception;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err55 = {instancePath:instancePath+"/configurations/" + i2+"/exception",schemaPath:"#/properties/configurations/items/properties/exception/type",keyword:"type",params:{type: schema50.properties.configurations.items.properties.exception.type},message:"must be string,null",schema:schema50.properties.configurations.items.properties.exception.type,parentSchema:schema50.properties.configurations.items.properties.exception,data:data24};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	if(data19.waivers !== undefined){
	let data25 = data19.waivers;
	if(Array.isArray(data25)){
	const len4 = data25.length;
	for(let i4=0; i4<len4; i4++){
	let data26 = data25[i4];
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	if(data26.exception === undefined){
	const err56 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "exception"},message:"must have required property '"+"exception"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	if(data26.waived === undefined){
	const err57 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "waived"},message:"must have required property '"+"waived"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	if(data26.notWaived === undefined){
	const err58 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "notWaived"},message:"must have required property '"+"notWaived"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	for(const key6 in data26){
	if(!(((key6 === "exception") || (key6 === "waived")) || (key6 === "notWaived"))){
	const err59 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data26.exception !== undefined){
	let data27 = data26.exception;
	if(typeof data27 === "string"){
	if(func2(data27) < 1){
	const err60 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.exception,data:data27};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	else {
	const err61 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.exception.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.exception,data:data27};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data26.waived !== undefined){
	let data28 = data26.waived;
	if(Array.isArray(data28)){
	const len5 = data28.length;
	for(let i5=0; i5<len5; i5++){
	let data29 = data28[i5];
	if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
	if(data29.rule === undefined){
	const err62 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	if(data29.message === undefined){
	const err63 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	for(const key7 in data29){
	if(!((key7 === "rule") || (key7 === "message"))){
	const err64 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data29.rule !== undefined){
	let data30 = data29.rule;
	if(typeof data30 === "string"){
	if(func2(data30) < 1){
	const err65 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule,data:data30};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	else {
	const err66 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule,data:data30};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	if(data29.message !== undefined){
	let data31 = data29.message;
	if(typeof data31 === "string"){
	if(func2(data31) < 1){
	const err67 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message,data:data31};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	else {
	const err68 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message,data:data31};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	}
	else {
	const err69 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	}
	}
	else {
	const err70 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived,data:data28};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	}
	if(data26.notWaived !== undefined){
	let data32 = data26.notWaived;
	if(Array.isArray(data32)){
	const len6 = data32.length;
	for(let i6=0; i6<len6; i6++){
	let data33 = data32[i6];
	if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
	if(data33.rule === undefined){
	const err71 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	if(data33.message === undefined){
	const err72 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	if(data33.why === undefined){
	const err73 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	for(const key8 in data33){
	if(!(((key8 === "rule") || (key8 === "message")) || (key8 === "why"))){
	const err74 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data33.rule !== undefined){
	let data34 = data33.rule;
	if(typeof data34 === "string"){
	if(func2(data34) < 1){
	const err75 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule,data:data34};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule,data:data34};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	if(data33.message !== undefined){
	let data35 = data33.message;
	if(typeof data35 === "string"){
	if(func2(data35) < 1){
	const err77 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message,data:data35};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	else {
	const err78 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message,data:data35};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	if(data33.why !== undefined){
	let data36 = data33.why;
	if(!((data36 === "not-in-waives") || (data36 === "not-waivable"))){
	const err79 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/why",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/why/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why.enum,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why,data:data36};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	}
	else {
	const err80 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	}
	else {
	const err81 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived,data:data32};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	}
	else {
	const err82 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	}
	}
	else {
	const err83 = {instancePath:instancePath+"/configurations/" + i2+"/waivers",schemaPath:"#/properties/configurations/items/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.type,parentSchema:schema50.properties.configurations.items.properties.waivers,data:data25};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	}
	}
	else {
	const err84 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.type,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	}
	}
	else {
	const err85 = {instancePath:instancePath+"/configurations",schemaPath:"#/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.type,parentSchema:schema50.properties.configurations,data:data18};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	if(data.questions !== undefined){
	let data37 = data.questions;
	if(Array.isArray(data37)){
	if(data37.length > 5){
	const err86 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items",schema:5,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	if(data37.length < 5){
	const err87 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 5},message:"must NOT have fewer than 5 items",schema:5,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	const len7 = data37.length;
	for(let i7=0; i7<len7; i7++){
	let data38 = data37[i7];
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if(data38.id === undefined){
	const err88 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data38.question === undefined){
	const err89 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "question"},message:"must have required property '"+"question"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	if(data38.answer === undefined){
	const err90 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	if(data38.reasons === undefined){
	const err91 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	if(data38.evidence === undefined){
	const err92 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	for(const key9 in data38){
	if(!(((((key9 === "id") || (key9 === "question")) || (key9 === "answer")) || (key9 === "reasons")) || (key9 === "evidence"))){
	const err93 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	}
	if(data38.id !== undefined){
	let data39 = data38.id;
	if(!(((((data39 === "approved-before-signing") || (data39 === "signed-by-authorized-key")) || (data39 === "affected-versions-mapped")) || (data39 === "rollback-recovery-tested")) || (data39 === "decisions-retained"))){
	const err94 = {instancePath:instancePath+"/questions/" + i7+"/id",schemaPath:"#/properties/questions/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.questions.items.properties.id.enum,parentSchema:schema50.properties.questions.items.properties.id,data:data39};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	if(data38.question !== undefined){
	let data40 = data38.question;
	if(typeof data40 === "string"){
	if(func2(data40) < 1){
	const err95 = {instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.questions.items.properties.question,data:data40};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	else {
	const err96 = {instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.questions.items.properties.question.type,parentSchema:schema50.properties.questions.items.properties.question,data:data40};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	if(data38.answer !== undefined){
	let data41 = data38.answer;
	if(!(((data41 === "pass") || (data41 === "fail")) || (data41 === "gap"))){
	const err97 = {instancePath:instancePath+"/questions/" + i7+"/answer",schemaPath:"#/properties/questions/items/properties/answer/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.answer.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.questions.items.properties.answer.enum,parentSchema:schema50.properties.questions.items.properties.answer,data:data41};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	if(data38.reasons !== undefined){
	let data42 = data38.reasons;
	if(Array.isArray(data42)){
	const len8 = data42.length;
	for(let i8=0; i8<len8; i8++){
	let data43 = data42[i8];
	if(typeof data43 !== "string"){
	const err98 = {instancePath:instancePath+"/questions/" + i7+"/reasons/" + i8,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data43};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	}
	else {
	const err99 = {instancePath:instancePath+"/questions/" + i7+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data42};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	}
	if(data38.evidence !== undefined){
	let data44 = data38.evidence;
	if(Array.isArray(data44)){
	const len9 = data44.length;
	for(let i9=0; i9<len9; i9++){
	let data45 = data44[i9];
	if(typeof data45 !== "string"){
	const err100 = {instancePath:instancePath+"/questions/" + i7+"/evidence/" + i9,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data45};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	}
	}
	else {
	const err101 = {instancePath:instancePath+"/questions/" + i7+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data44};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	}
	else {
	const err102 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.questions.items.type,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	}
	}
	else {
	const err103 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.questions.type,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	if(data.conditions !== undefined){
	let data46 = data.conditions;
	if(Array.isArray(data46)){
	const len10 = data46.length;
	for(let i10=0; i10<len10; i10++){
	let data47 = data46[i10];
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.id === undefined){
	const err104 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	if(data47.configuration === undefined){
	const err105 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	if(data47.text === undefined){
	const err106 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	if(data47.followUpBy === undefined){
	const err107 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	for(const key10 in data47){
	if(!(((((((key10 === "id") || (key10 === "configuration")) || (key10 === "text")) || (key10 === "followUpBy")) || (key10 === "remainOn")) || (key10 === "mitigation")) || (key10 === "acceptedBy"))){
	const err108 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	}
	if(data47.id !== undefined){
	let data48 = data47.id;
	if(typeof data48 === "string"){
	if(func2(data48) < 1){
	const err109 = {instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.conditions.items.properties.id,data:data48};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	}
	else {
	const err110 = {instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.id.type,parentSchema:schema50.properties.conditions.items.properties.id,data:data48};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	}
	if(data47.configuration !== undefined){
	let data49 = data47.configuration;
	if((typeof data49 !== "string") && (data49 !== null)){
	const err111 = {instancePath:instancePath+"/conditions/" + i10+"/configuration",schemaPath:"#/properties/conditions/items/properties/configuration/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.configuration.type},message:"must be string,null",schema:schema50.properties.conditions.items.properties.configuration.type,parentSchema:schema50.properties.conditions.items.properties.configuration,data:data49};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	}
	if(data47.text !== undefined){
	let data50 = data47.text;
	if(typeof data50 === "string"){
	if(func2(data50) < 1){
	const err112 = {instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.conditions.items.properties.text,data:data50};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	}
	else {
	const err113 = {instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.text.type,parentSchema:schema50.properties.conditions.items.properties.text,data:data50};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	}
	if(data47.followUpBy !== undefined){
	let data51 = data47.followUpBy;
	if((typeof data51 !== "string") && (data51 !== null)){
	const err114 = {instancePath:instancePath+"/conditions/" + i10+"/followUpBy",schemaPath:"#/properties/conditions/items/properties/followUpBy/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.followUpBy.type},message:"must be string,null",schema:schema50.properties.conditions.items.properties.followUpBy.type,parentSchema:schema50.properties.conditions.items.properties.followUpBy,data:data51};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	}
	if(data47.remainOn !== undefined){
	let data52 = data47.remainOn;
	if(typeof data52 !== "string"){
	const err115 = {instancePath:instancePath+"/conditions/" + i10+"/remainOn",schemaPath:"#/properties/conditions/items/properties/remainOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.remainOn.type,parentSchema:schema50.properties.conditions.items.properties.remainOn,data:data52};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	if(data47.mitigation !== undefined){
	let data53 = data47.mitigation;
	if(typeof data53 !== "string"){
	const err116 = {instancePath:instancePath+"/conditions/" + i10+"/mitigation",schemaPath:"#/properties/conditions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.mitigation.type,parentSchema:schema50.properties.conditions.items.properties.mitigation,data:data53};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	if(data47.acceptedBy !== undefined){
	let data54 = data47.acceptedBy;
	if(typeof data54 !== "string"){
	const err117 = {instancePath:instancePath+"/conditions/" + i10+"/acceptedBy",schemaPath:"#/properties/conditions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.acceptedBy.type,parentSchema:schema50.properties.conditions.items.properties.acceptedBy,data:data54};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	}
	else {
	const err118 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.conditions.items.type,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	}
	}
	else {
	const err119 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.conditions.type,parentSchema:schema50.properties.conditions,data:data46};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	if(data.findings !== undefined){
	let data55 = data.findings;
	if(Array.isArray(data55)){
	const len11 = data55.length;
	for(let i11=0; i11<len11; i11++){
	let data56 = data55[i11];
	if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
	if(data56.rule === undefined){
	const err120 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	if(data56.control === undefined){
	const err121 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	if(data56.severity === undefined){
	const err122 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	if(data56.message === undefined){
	const err123 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	if(data56.evidence === undefined){
	const err124 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	for(const key11 in data56){
	if(!(((((((key11 === "rule") || (key11 === "control")) || (key11 === "severity")) || (key11 === "message")) || (key11 === "evidence")) || (key11 === "configuration")) || (key11 === "waivable"))){
	const err125 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	}
	if(data56.rule !== undefined){
	let data57 = data56.rule;
	if(typeof data57 === "string"){
	if(func2(data57) < 1){
	const err126 = {instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.rule,data:data57};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	}
	else {
	const err127 = {instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.rule.type,parentSchema:schema50.properties.findings.items.properties.rule,data:data57};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	}
	if(data56.control !== undefined){
	let data58 = data56.control;
	if(typeof data58 === "string"){
	if(func2(data58) < 1){
	const err128 = {instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.control,data:data58};
	if(vErrors === null){
	vErrors = [err128];
	}
	else {
	vErrors.push(err128);
	}
	errors++;
	}
	}
	else {
	const err129 = {instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.control.type,parentSchema:schema50.properties.findings.items.properties.control,data:data58};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	}
	if(data56.severity !== undefined){
	let data59 = data56.severity;
	if(!((((data59 === "violation") || (data59 === "gap")) || (data59 === "warning")) || (data59 === "info"))){
	const err130 = {instancePath:instancePath+"/findings/" + i11+"/severity",schemaPath:"#/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema50.properties.findings.items.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.findings.items.properties.severity.enum,parentSchema:schema50.properties.findings.items.properties.severity,data:data59};
	if(vErrors === null){
	vErrors = [err130];
	}
	else {
	vErrors.push(err130);
	}
	errors++;
	}
	}
	if(data56.message !== undefined){
	let data60 = data56.message;
	if(typeof data60 === "string"){
	if(func2(data60) < 1){
	const err131 = {instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.message,data:data60};
	if(vErrors === null){
	vErrors = [err131];
	}
	else {
	vErrors.push(err131);
	}
	errors++;
	}
	}
	else {
	const err132 = {instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.message.type,parentSchema:schema50.properties.findings.items.properties.message,data:data60};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	}
	if(data56.evidence !== undefined){
	let data61 = data56.evidence;
	if(Array.isArray(data61)){
	const len12 = data61.length;
	for(let i12=0; i12<len12; i12++){
	let data62 = data61[i12];
	if(typeof data62 !== "string"){
	const err133 = {instancePath:instancePath+"/findings/" + i11+"/evidence/" + i12,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data62};
	if(vErrors === null){
	vErrors = [err133];
	}
	else {
	vErrors.push(err133);
	}
	errors++;
	}
	}
	}
	else {
	const err134 = {instancePath:instancePath+"/findings/" + i11+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data61};
	if(vErrors === null){
	vErrors = [err134];
	}
	else {
	vErrors.push(err134);
	}
	errors++;
	}
	}
	if(data56.configuration !== undefined){
	let data63 = data56.configuration;
	if(typeof data63 !== "string"){
	const err135 = {instancePath:instancePath+"/findings/" + i11+"/configuration",schemaPath:"#/properties/findings/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.configuration.type,parentSchema:schema50.properties.findings.items.properties.configuration,data:data63};
	if(vErrors === null){
	vErrors = [err135];
	}
	else {
	vErrors.push(err135);
	}
	errors++;
	}
	}
	if(data56.waivable !== undefined){
	let data64 = data56.waivable;
	if(typeof data64 !== "boolean"){
	const err136 = {instancePath:instancePath+"/findings/" + i11+"/waivable",schemaPath:"#/properties/findings/items/properties/waivable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.findings.items.properties.waivable.type,parentSchema:schema50.properties.findings.items.properties.waivable,data:data64};
	if(vErrors === null){
	vErrors = [err136];
	}
	else {
	vErrors.push(err136);
	}
	errors++;
	}
	}
	}
	else {
	const err137 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.findings.items.type,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err137];
	}
	else {
	vErrors.push(err137);
	}
	errors++;
	}
	}
	}
	else {
	const err138 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.findings.type,parentSchema:schema50.properties.findings,data:data55};
	if(vErrors === null){
	vErrors = [err138];
	}
	else {
	vErrors.push(err138);
	}
	errors++;
	}
	}
	if(data.fleet !== undefined){
	let data65 = data.fleet;
	if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
	if(data65.inventory === undefined){
	const err139 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "inventory"},message:"must have required property '"+"inventory"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err139];
	}
	else {
	vErrors.push(err139);
	}
	errors++;
	}
	if(data65.cohort === undefined){
	const err140 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err140];
	}
	else {
	vErrors.push(err140);
	}
	errors++;
	}
	if(data65.covered === undefined){
	const err141 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "covered"},message:"must have required property '"+"covered"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err141];
	}
	else {
	vErrors.push(err141);
	}
	errors++;
	}
	if(data65.notCovered === undefined){
	const err142 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "notCovered"},message:"must have required property '"+"notCovered"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err142];
	}
	else {
	vErrors.push(err142);
	}
	errors++;
	}
	if(data65.unknown === undefined){
	const err143 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err143];
	}
	else {
	vErrors.push(err143);
	}
	errors++;
	}
	if(data65.note === undefined){
	const err144 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err144];
	}
	else {
	vErrors.push(err144);
	}
	errors++;
	}
	for(const key12 in data65){
	if(!((((((key12 === "inventory") || (key12 === "cohort")) || (key12 === "covered")) || (key12 === "notCovered")) || (key12 === "unknown")) || (key12 === "note"))){
	const err145 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err145];
	}
	else {
	vErrors.push(err145);
	}
	errors++;
	}
	}
	if(data65.inventory !== undefined){
	let data66 = data65.inventory;
	if(typeof data66 !== "boolean"){
	const err146 = {instancePath:instancePath+"/fleet/inventory",schemaPath:"#/properties/fleet/properties/inventory/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.fleet.properties.inventory.type,parentSchema:schema50.properties.fleet.properties.inventory,data:data66};
	if(vErrors === null){
	vErrors = [err146];
	}
	else {
	vErrors.push(err146);
	}
	errors++;
	}
	}
	if(data65.cohort !== undefined){
	let data67 = data65.cohort;
	if(typeof data67 !== "string"){
	const err147 = {instancePath:instancePath+"/fleet/cohort",schemaPath:"#/properties/fleet/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.cohort.type,parentSchema:schema50.properties.fleet.properties.cohort,data:data67};
	if(vErrors === null){
	vErrors = [err147];
	}
	else {
	vErrors.push(err147);
	}
	errors++;
	}
	}
	if(data65.covered !== undefined){
	let data68 = data65.covered;
	if(Array.isArray(data68)){
	const len13 = data68.length;
	for(let i13=0; i13<len13; i13++){
	let data69 = data68[i13];
	if(typeof data69 !== "string"){
	const err148 = {instancePath:instancePath+"/fleet/covered/" + i13,schemaPath:"#/properties/fleet/properties/covered/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.covered.items.type,parentSchema:schema50.properties.fleet.properties.covered.items,data:data69};
	if(vErrors === null){
	vErrors = [err148];
	}
	else {
	vErrors.push(err148);
	}
	errors++;
	}
	}
	}
	else {
	const err149 = {instancePath:instancePath+"/fleet/covered",schemaPath:"#/properties/fleet/properties/covered/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.covered.type,parentSchema:schema50.properties.fleet.properties.covered,data:data68};
	if(vErrors === null){
	vErrors = [err149];
	}
	else {
	vErrors.push(err149);
	}
	errors++;
	}
	}
	if(data65.notCovered !== undefined){
	let data70 = data65.notCovered;
	if(Array.isArray(data70)){
	const len14 = data70.length;
	for(let i14=0; i14<len14; i14++){
	let data71 = data70[i14];
	if(typeof data71 !== "string"){
	const err150 = {instancePath:instancePath+"/fleet/notCovered/" + i14,schemaPath:"#/properties/fleet/properties/notCovered/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.notCovered.items.type,parentSchema:schema50.properties.fleet.properties.notCovered.items,data:data71};
	if(vErrors === null){
	vErrors = [err150];
	}
	else {
	vErrors.push(err150);
	}
	errors++;
	}
	}
	}
	else {
	const err151 = {instancePath:instancePath+"/fleet/notCovered",schemaPath:"#/properties/fleet/properties/notCovered/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.notCovered.type,parentSchema:schema50.properties.fleet.properties.notCovered,data:data70};
	if(vErrors === null){
	vErrors = [err151];
	}
	else {
	vErrors.push(err151);
	}
	errors++;
	}
	}
	if(data65.unknown !== undefined){
	let data72 = data65.unknown;
	if(Array.isArray(data72)){
	const len15 = data72.length;
	for(let i15=0; i15<len15; i15++){
	let data73 = data72[i15];
	if(typeof data73 !== "string"){
	const err152 = {instancePath:instancePath+"/fleet/unknown/" + i15,schemaPath:"#/properties/fleet/properties/unknown/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.unknown.items.type,parentSchema:schema50.properties.fleet.properties.unknown.items,data:data73};
	if(vErrors === null){
	vErrors = [err152];
	}
	else {
	vErrors.push(err152);
	}
	errors++;
	}
	}
	}
	else {
	const err153 = {instancePath:instancePath+"/fleet/unknown",schemaPath:"#/properties/fleet/properties/unknown/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.unknown.type,parentSchema:schema50.properties.fleet.properties.unknown,data:data72};
	if(vErrors === null){
	vErrors = [err153];
	}
	else {
	vErrors.push(err153);
	}
	errors++;
	}
	}
	if(data65.note !== undefined){
	let data74 = data65.note;
	if(typeof data74 === "string"){
	if(func2(data74) < 1){
	const err154 = {instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.fleet.properties.note,data:data74};
	if(vErrors === null){
	vErrors = [err154];
	}
	else {
	vErrors.push(err154);
	}
	errors++;
	}
	}
	else {
	const err155 = {instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.note.type,parentSchema:schema50.properties.fleet.properties.note,data:data74};
	if(vErrors === null){
	vErrors = [err155];
	}
	else {
	vErrors.push(err155);
	}
	errors++;
	}
	}
	}
	else {
	const err156 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.fleet.type,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err156];
	}
	else {
	vErrors.push(err156);
	}
	errors++;
	}
	}
	}
	else {
	const err157 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err157];
	}
	else {
	vErrors.push(err157);
	}
	errors++;
	}
	validate22.errors = vErrors;
	return errors === 0;
	}
	validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyOutput;
	};
	validatorsPackageErrors.dsseEnvelope = () => {
	  const exports = {};
	exports.dsseEnvelope = validate26;
	const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/dsse-envelope.schema.json","title":"DSSE envelope","description":"A Dead Simple Signing Envelope (secure-systems-lab/dsse envelope.md): base64 payload, its type, and signatures over PAE(type, payload). keyid is an untrusted hint.","type":"object","required":["payload","payloadType","signatures"],"properties":{"payload":{"type":"string"},"payloadType":{"type":"string","minLength":1},"signatures":{"type":"array","maxItems":100,"items":{"type":"object","required":["sig"],"properties":{"keyid":{"type":"string"},"sig":{"type":"string"}}}}}};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate26.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.payload === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payload"},message:"must have required property '"+"payload"+"'",schema:schema59.required,parentSchema:schema59,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.payloadType === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payloadType"},message:"must have required property '"+"payloadType"+"'",schema:schema59.required,parentSchema:schema59,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.signatures === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'",schema:schema59.required,parentSchema:schema59,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.payload !== undefined){
	let data0 = data.payload;
	if(typeof data0 !== "string"){
	const err3 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.payload.type,parentSchema:schema59.properties.payload,data:data0};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	if(data.payloadType !== undefined){
	let data1 = data.payloadType;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err4 = {instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.payloadType,data:data1};
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
	const err5 = {instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.payloadType.type,parentSchema:schema59.properties.payloadType,data:data1};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.signatures !== undefined){
	let data2 = data.signatures;
	if(Array.isArray(data2)){
	if(data2.length > 100){
	const err6 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema59.properties.signatures,data:data2};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	let data3 = data2[i0];
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	if(data3.sig === undefined){
	const err7 = {instancePath:instancePath+"/signatures/" + i0,schemaPath:"#/properties/signatures/items/required",keyword:"required",params:{missingProperty: "sig"},message:"must have required property '"+"sig"+"'",schema:schema59.properties.signatures.items.required,parentSchema:schema59.properties.signatures.items,data:data3};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data3.keyid !== undefined){
	let data4 = data3.keyid;
	if(typeof data4 !== "string"){
	const err8 = {instancePath:instancePath+"/signatures/" + i0+"/keyid",schemaPath:"#/properties/signatures/items/properties/keyid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signatures.items.properties.keyid.type,parentSchema:schema59.properties.signatures.items.properties.keyid,data:data4};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data3.sig !== undefined){
	let data5 = data3.sig;
	if(typeof data5 !== "string"){
	const err9 = {instancePath:instancePath+"/signatures/" + i0+"/sig",schemaPath:"#/properties/signatures/items/properties/sig/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signatures.items.properties.sig.type,parentSchema:schema59.properties.signatures.items.properties.sig,data:data5};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/signatures/" + i0,schemaPath:"#/properties/signatures/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.signatures.items.type,parentSchema:schema59.properties.signatures.items,data:data3};
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
	const err11 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.signatures.type,parentSchema:schema59.properties.signatures,data:data2};
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
	const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	validate26.errors = vErrors;
	return errors === 0;
	}
	validate26.evaluated = {"props":{"payload":true,"payloadType":true,"signatures":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.dsseEnvelope;
	};
	validatorsPackageErrors.signingEvent = () => {
	  const exports = {};
	exports.signingEvent = validate27;
	const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/signing-event.schema.json","title":"update-gate SigningEvent record","description":"Who signed the update manifest of which release (product and version), with which key, when.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"SigningEvent","description":"Record kind, always SigningEvent."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product of the release whose manifest was signed, e.g. IC-22: a signing event of another product's release does not count."},"version":{"$ref":"#/$defs/version","description":"Version of the release whose manifest was signed (the update's target version), e.g. 5.4.3: a signing event of another release does not count."},"signer":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity of the person or service that performed the signing."},"keyId":{"type":"string","minLength":1,"maxLength":1000,"description":"Trust-configuration id of the signing key as the signer recorded it (a claim; the verify stage finds the key that really verifies)."},"time":{"$ref":"#/$defs/timestamp","description":"When the signing happened."},"subject":{"type":"string","minLength":1,"maxLength":1000,"description":"Evidence id of the signed item (the update manifest)."}},"required":["apiVersion","kind","product","version","signer","keyId","time","subject"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"version":{"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"}}};
	const schema61 = {"title":"Version","type":"string","minLength":1,"maxLength":256,"pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's scheme (the trust configuration's products[].versionScheme, default semver): semver (MAJOR.MINOR.PATCH[-pre][+build]) or generic (e.g. 2.4, 4.2-rc1). (Generated from definitions.schema.json#/$defs/version by the build: edit it there.)"};
	const schema62 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate27.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.version === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.signer === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signer"},message:"must have required property '"+"signer"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.keyId === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.time === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.subject === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema60.required,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema60.properties, key0))){
	const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.$schema.type,parentSchema:schema60.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema60.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("SigningEvent" !== data2){
	const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SigningEvent"},message:"must be equal to constant",schema:"SigningEvent",parentSchema:schema60.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data3 = data.product;
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	const err12 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema60.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err13 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.product,data:data3};
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
	const err14 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.product.type,parentSchema:schema60.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.version !== undefined){
	let data4 = data.version;
	if(typeof data4 === "string"){
	if(func2(data4) > 256){
	const err15 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema61,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(func2(data4) < 1){
	const err16 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(!pattern4.test(data4)){
	const err17 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema61,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data4};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data.signer !== undefined){
	let data5 = data.signer;
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	const err19 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema60.properties.signer,data:data5};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err20 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.signer,data:data5};
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
	const err21 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.signer.type,parentSchema:schema60.properties.signer,data:data5};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data.keyId !== undefined){
	let data6 = data.keyId;
	if(typeof data6 === "string"){
	if(func2(data6) > 1000){
	const err22 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema60.properties.keyId,data:data6};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(func2(data6) < 1){
	const err23 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.keyId,data:data6};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.keyId.type,parentSchema:schema60.properties.keyId,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data.time !== undefined){
	let data7 = data.time;
	if(typeof data7 === "string"){
	if(func2(data7) > 64){
	const err25 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema62,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	if(!(formats0.validate(data7))){
	const err26 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema62,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data7};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data.subject !== undefined){
	let data8 = data.subject;
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	const err28 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema60.properties.subject,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(func2(data8) < 1){
	const err29 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.subject,data:data8};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	else {
	const err30 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.subject.type,parentSchema:schema60.properties.subject,data:data8};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	}
	else {
	const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	validate27.errors = vErrors;
	return errors === 0;
	}
	validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.signingEvent;
	};
	validatorsPackageErrors.releaseApproval = () => {
	  const exports = {};
	exports.releaseApproval = validate28;
	const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/release-approval.schema.json","title":"update-gate ReleaseApproval record","description":"The logged release decision, bound to the digests of the artifacts it approves.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"ReleaseApproval","description":"Record kind, always ReleaseApproval."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product the approval is for, e.g. IC-22."},"version":{"$ref":"#/$defs/semver","description":"Release version approved."},"approvedArtifacts":{"type":"array","minItems":1,"maxItems":1000,"description":"Artifacts approved, by name and digest.","items":{"type":"object","title":"Approved artifact","description":"One approved artifact.","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Artifact file name."},"sha256":{"$ref":"#/$defs/sha256","description":"Digest of the approved artifact."}},"required":["name","sha256"]}},"approvals":{"type":"array","minItems":1,"maxItems":100,"description":"Approval decisions, one per approver.","items":{"type":"object","title":"Approval","description":"One approval decision.","additionalProperties":false,"properties":{"approver":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity of the approver (matches an approver id in the trust configuration)."},"role":{"type":"string","minLength":1,"maxLength":1000,"description":"Role the approver acted in, e.g. release-approver."},"decision":{"enum":["approved","rejected"],"description":"approved | rejected"},"time":{"$ref":"#/$defs/timestamp","description":"When the decision was made."},"reference":{"anyOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"null"}],"description":"Where the underlying record lives (ticket, log entry, URL); optional."}},"required":["approver","role","decision","time"]}}},"required":["apiVersion","kind","product","version","approvedArtifacts","approvals"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"},"sha256":{"title":"SHA-256","type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256 digest (64 characters). (Generated from definitions.schema.json#/$defs/sha256 by the build: edit it there.)"}}};
	const schema64 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const schema65 = {"title":"SHA-256","type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256 digest (64 characters). (Generated from definitions.schema.json#/$defs/sha256 by the build: edit it there.)"};
	const schema66 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate28.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.version === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.approvedArtifacts === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvedArtifacts"},message:"must have required property '"+"approvedArtifacts"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.approvals === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema63.required,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "version")) || (key0 === "approvedArtifacts")) || (key0 === "approvals"))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.$schema.type,parentSchema:schema63.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema63.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("ReleaseApproval" !== data2){
	const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ReleaseApproval"},message:"must be equal to constant",schema:"ReleaseApproval",parentSchema:schema63.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data3 = data.product;
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	const err10 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err11 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	else {
	const err12 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.product.type,parentSchema:schema63.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.version !== undefined){
	let data4 = data.version;
	if(typeof data4 === "string"){
	if(func2(data4) > 64){
	const err13 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema64,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(!pattern10.test(data4)){
	const err14 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema64,data:data4};
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
	const err15 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.approvedArtifacts !== undefined){
	let data5 = data.approvedArtifacts;
	if(Array.isArray(data5)){
	if(data5.length > 1000){
	const err16 = {instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema63.properties.approvedArtifacts,data:data5};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data5.length < 1){
	const err17 = {instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.approvedArtifacts,data:data5};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if(data6.name === undefined){
	const err18 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.properties.approvedArtifacts.items.required,parentSchema:schema63.properties.approvedArtifacts.items,data:data6};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data6.sha256 === undefined){
	const err19 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema63.properties.approvedArtifacts.items.required,parentSchema:schema63.properties.approvedArtifacts.items,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	for(const key1 in data6){
	if(!((key1 === "name") || (key1 === "sha256"))){
	const err20 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.approvedArtifacts.items,data:data6};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data6.name !== undefined){
	let data7 = data6.name;
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err21 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.approvedArtifacts.items.properties.name,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err22 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.approvedArtifacts.items.properties.name,data:data7};
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
	const err23 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.approvedArtifacts.items.properties.name.type,parentSchema:schema63.properties.approvedArtifacts.items.properties.name,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data6.sha256 !== undefined){
	let data8 = data6.sha256;
	if(typeof data8 === "string"){
	if(!pattern18.test(data8)){
	const err24 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema65,data:data8};
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
	const err25 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data8};
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
	const err26 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.approvedArtifacts.items.type,parentSchema:schema63.properties.approvedArtifacts.items,data:data6};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.approvedArtifacts.type,parentSchema:schema63.properties.approvedArtifacts,data:data5};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data.approvals !== undefined){
	let data9 = data.approvals;
	if(Array.isArray(data9)){
	if(data9.length > 100){
	const err28 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema63.properties.approvals,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(data9.length < 1){
	const err29 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema63.properties.approvals,data:data9};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	const len1 = data9.length;
	for(let i1=0; i1<len1; i1++){
	let data10 = data9[i1];
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(data10.approver === undefined){
	const err30 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approver"},message:"must have required property '"+"approver"+"'",schema:schema63.properties.approvals.items.required,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if(data10.role === undefined){
	const err31 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema63.properties.approvals.items.required,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(data10.decision === undefined){
	const err32 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema63.properties.approvals.items.required,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data10.time === undefined){
	const err33 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema63.properties.approvals.items.required,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	for(const key2 in data10){
	if(!(((((key2 === "approver") || (key2 === "role")) || (key2 === "decision")) || (key2 === "time")) || (key2 === "reference"))){
	const err34 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data10.approver !== undefined){
	let data11 = data10.approver;
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	const err35 = {instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.approvals.items.properties.approver,data:data11};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if(func2(data11) < 1){
	const err36 = {instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.approvals.items.properties.approver,data:data11};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	else {
	const err37 = {instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.approvals.items.properties.approver.type,parentSchema:schema63.properties.approvals.items.properties.approver,data:data11};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	if(data10.role !== undefined){
	let data12 = data10.role;
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	const err38 = {instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.approvals.items.properties.role,data:data12};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err39 = {instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.approvals.items.properties.role,data:data12};
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
	const err40 = {instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.approvals.items.properties.role.type,parentSchema:schema63.properties.approvals.items.properties.role,data:data12};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data10.decision !== undefined){
	let data13 = data10.decision;
	if(!((data13 === "approved") || (data13 === "rejected"))){
	const err41 = {instancePath:instancePath+"/approvals/" + i1+"/decision",schemaPath:"#/properties/approvals/items/properties/decision/enum",keyword:"enum",params:{allowedValues: schema63.properties.approvals.items.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.approvals.items.properties.decision.enum,parentSchema:schema63.properties.approvals.items.properties.decision,data:data13};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data10.time !== undefined){
	let data14 = data10.time;
	if(typeof data14 === "string"){
	if(func2(data14) > 64){
	const err42 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema66,data:data14};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(!(formats0.validate(data14))){
	const err43 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema66,data:data14};
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
	const err44 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data14};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data10.reference !== undefined){
	let data15 = data10.reference;
	const _errs35 = errors;
	let valid10 = false;
	const _errs36 = errors;
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	const err45 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.approvals.items.properties.reference.anyOf[0],data:data15};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(func2(data15) < 1){
	const err46 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.approvals.items.properties.reference.anyOf[0],data:data15};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	else {
	const err47 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.approvals.items.properties.reference.anyOf[0].type,parentSchema:schema63.properties.approvals.items.properties.reference.anyOf[0],data:data15};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	var _valid0 = _errs36 === errors;
	valid10 = valid10 || _valid0;
	const _errs38 = errors;
	if(data15 !== null){
	const err48 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema63.properties.approvals.items.properties.reference.anyOf[1].type,parentSchema:schema63.properties.approvals.items.properties.reference.anyOf[1],data:data15};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	var _valid0 = _errs38 === errors;
	valid10 = valid10 || _valid0;
	if(!valid10){
	const err49 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema63.properties.approvals.items.properties.reference.anyOf,parentSchema:schema63.properties.approvals.items.properties.reference,data:data15};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	else {
	errors = _errs35;
	if(vErrors !== null){
	if(_errs35){
	vErrors.length = _errs35;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err50 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.approvals.items.type,parentSchema:schema63.properties.approvals.items,data:data10};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	}
	else {
	const err51 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.approvals.type,parentSchema:schema63.properties.approvals,data:data9};
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
	const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	validate28.errors = vErrors;
	return errors === 0;
	}
	validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.releaseApproval;
	};
	validatorsPackageErrors.rollbackRecoveryTests = () => {
	  const exports = {};
	exports.rollbackRecoveryTests = validate29;
	const schema67 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/rollback-recovery-tests.schema.json","title":"update-gate RollbackRecoveryTests record","description":"Documented rollback conditions and rollback/recovery test results per configuration.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"RollbackRecoveryTests","description":"Record kind, always RollbackRecoveryTests."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product tested."},"fromVersion":{"$ref":"#/$defs/semver","description":"Version rolled back to / updated from."},"toVersion":{"$ref":"#/$defs/semver","description":"Version updated to."},"rollbackConditions":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"When rollback is triggered and how (documented conditions)."},"results":{"type":"array","maxItems":1000,"description":"Test results, one per configuration and test.","items":{"type":"object","title":"Test result","description":"One rollback or recovery test on one configuration.","additionalProperties":false,"properties":{"configuration":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id from the index scope."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware the test ran on, e.g. IC-22-REF-C."},"test":{"enum":["rollback","recovery"],"description":"rollback | recovery"},"outcome":{"enum":["passed","failed","not-run"],"description":"passed | failed | not-run"},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}],"description":"When the test ran: required for passed and failed; null or absent when not run."},"reference":{"anyOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"null"}],"description":"Where the underlying record lives (ticket, log entry, URL); optional."}},"required":["configuration","hardware","test","outcome"],"allOf":[{"if":{"properties":{"outcome":{"enum":["passed","failed"]}},"required":["outcome"]},"then":{"required":["time"],"properties":{"time":{"$ref":"#/$defs/timestamp"}}}},{"if":{"properties":{"outcome":{"const":"not-run"}},"required":["outcome"]},"then":{"properties":{"time":{"type":"null"}}}}]}}},"required":["apiVersion","kind","product","fromVersion","toVersion","rollbackConditions","results"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"}}};
	const schema68 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const schema70 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.fromVersion === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.toVersion === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.rollbackConditions === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rollbackConditions"},message:"must have required property '"+"rollbackConditions"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.results === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema67.required,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "rollbackConditions")) || (key0 === "results"))){
	const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.$schema.type,parentSchema:schema67.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err9 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema67.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("RollbackRecoveryTests" !== data2){
	const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RollbackRecoveryTests"},message:"must be equal to constant",schema:"RollbackRecoveryTests",parentSchema:schema67.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data3 = data.product;
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	const err11 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema67.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err12 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.product,data:data3};
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
	const err13 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.product.type,parentSchema:schema67.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data.fromVersion !== undefined){
	let data4 = data.fromVersion;
	if(typeof data4 === "string"){
	if(func2(data4) > 64){
	const err14 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema68,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(!pattern10.test(data4)){
	const err15 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema68,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.toVersion !== undefined){
	let data5 = data.toVersion;
	if(typeof data5 === "string"){
	if(func2(data5) > 64){
	const err17 = {instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema68,data:data5};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(!pattern10.test(data5)){
	const err18 = {instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema68,data:data5};
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
	const err19 = {instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data5};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data.rollbackConditions !== undefined){
	let data6 = data.rollbackConditions;
	if(Array.isArray(data6)){
	if(data6.length > 100){
	const err20 = {instancePath:instancePath+"/rollbackConditions",schemaPath:"#/properties/rollbackConditions/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema67.properties.rollbackConditions,data:data6};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err21 = {instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema67.properties.rollbackConditions.items,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err22 = {instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.rollbackConditions.items,data:data7};
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
	const err23 = {instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.rollbackConditions.items.type,parentSchema:schema67.properties.rollbackConditions.items,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/rollbackConditions",schemaPath:"#/properties/rollbackConditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.rollbackConditions.type,parentSchema:schema67.properties.rollbackConditions,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data.results !== undefined){
	let data8 = data.results;
	if(Array.isArray(data8)){
	if(data8.length > 1000){
	const err25 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema67.properties.results,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	const _errs23 = errors;
	let valid8 = true;
	const _errs24 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if((data9.outcome === undefined) && ("outcome")){
	const err26 = {};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	else {
	if(data9.outcome !== undefined){
	let data10 = data9.outcome;
	if(!((data10 === "passed") || (data10 === "failed"))){
	const err27 = {};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	}
	}
	var _valid0 = _errs24 === errors;
	errors = _errs23;
	if(vErrors !== null){
	if(_errs23){
	vErrors.length = _errs23;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid0){
	const _errs26 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.time === undefined){
	const err28 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema67.properties.results.items.allOf[0].then.required,parentSchema:schema67.properties.results.items.allOf[0].then,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(data9.time !== undefined){
	let data11 = data9.time;
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	const err29 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema70,data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(!(formats0.validate(data11))){
	const err30 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema70,data:data11};
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
	const err31 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	}
	var _valid0 = _errs26 === errors;
	valid8 = _valid0;
	if(valid8){
	var props0 = {};
	props0.time = true;
	props0.outcome = true;
	}
	}
	if(!valid8){
	const err32 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.properties.results.items.allOf[0].if,parentSchema:schema67.properties.results.items.allOf[0],data:data9};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	const _errs31 = errors;
	let valid12 = true;
	const _errs32 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if((data9.outcome === undefined) && ("outcome")){
	const err33 = {};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	else {
	if(data9.outcome !== undefined){
	if("not-run" !== data9.outcome){
	const err34 = {};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	}
	}
	var _valid1 = _errs32 === errors;
	errors = _errs31;
	if(vErrors !== null){
	if(_errs31){
	vErrors.length = _errs31;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid1){
	const _errs34 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.time !== undefined){
	let data13 = data9.time;
	if(data13 !== null){
	const err35 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/allOf/1/then/properties/time/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema67.properties.results.items.allOf[1].then.properties.time.type,parentSchema:schema67.properties.results.items.allOf[1].then.properties.time,data:data13};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	}
	var _valid1 = _errs34 === errors;
	valid12 = _valid1;
	if(valid12){
	var props1 = {};
	props1.time = true;
	props1.outcome = true;
	}
	}
	if(!valid12){
	const err36 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.properties.results.items.allOf[1].if,parentSchema:schema67.properties.results.items.allOf[1],data:data9};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(props0 !== true && props1 !== undefined){
	if(props1 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props1);
	}
	}
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.configuration === undefined){
	const err37 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema67.properties.results.items.required,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	if(data9.hardware === undefined){
	const err38 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema67.properties.results.items.required,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	if(data9.test === undefined){
	const err39 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'",schema:schema67.properties.results.items.required,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	if(data9.outcome === undefined){
	const err40 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema67.properties.results.items.required,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	for(const key1 in data9){
	if(!((((((key1 === "configuration") || (key1 === "hardware")) || (key1 === "test")) || (key1 === "outcome")) || (key1 === "time")) || (key1 === "reference"))){
	const err41 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data9.configuration !== undefined){
	let data14 = data9.configuration;
	if(typeof data14 === "string"){
	if(func2(data14) > 1000){
	const err42 = {instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema67.properties.results.items.properties.configuration,data:data14};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(func2(data14) < 1){
	const err43 = {instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.results.items.properties.configuration,data:data14};
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
	const err44 = {instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.results.items.properties.configuration.type,parentSchema:schema67.properties.results.items.properties.configuration,data:data14};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data9.hardware !== undefined){
	let data15 = data9.hardware;
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	const err45 = {instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema67.properties.results.items.properties.hardware,data:data15};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(func2(data15) < 1){
	const err46 = {instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.results.items.properties.hardware,data:data15};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	else {
	const err47 = {instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.results.items.properties.hardware.type,parentSchema:schema67.properties.results.items.properties.hardware,data:data15};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	if(data9.test !== undefined){
	let data16 = data9.test;
	if(!((data16 === "rollback") || (data16 === "recovery"))){
	const err48 = {instancePath:instancePath+"/results/" + i1+"/test",schemaPath:"#/properties/results/items/properties/test/enum",keyword:"enum",params:{allowedValues: schema67.properties.results.items.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.results.items.properties.test.enum,parentSchema:schema67.properties.results.items.properties.test,data:data16};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	if(data9.outcome !== undefined){
	let data17 = data9.outcome;
	if(!(((data17 === "passed") || (data17 === "failed")) || (data17 === "not-run"))){
	const err49 = {instancePath:instancePath+"/results/" + i1+"/outcome",schemaPath:"#/properties/results/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema67.properties.results.items.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.results.items.properties.outcome.enum,parentSchema:schema67.properties.results.items.properties.outcome,data:data17};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data9.time !== undefined){
	let data18 = data9.time;
	const _errs45 = errors;
	let valid16 = false;
	const _errs46 = errors;
	if(typeof data18 === "string"){
	if(func2(data18) > 64){
	const err50 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema70,data:data18};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	if(!(formats0.validate(data18))){
	const err51 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema70,data:data18};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	else {
	const err52 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data18};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	var _valid2 = _errs46 === errors;
	valid16 = valid16 || _valid2;
	const _errs49 = errors;
	if(data18 !== null){
	const err53 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema67.properties.results.items.properties.time.anyOf[1].type,parentSchema:schema67.properties.results.items.properties.time.anyOf[1],data:data18};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	var _valid2 = _errs49 === errors;
	valid16 = valid16 || _valid2;
	if(!valid16){
	const err54 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema67.properties.results.items.properties.time.anyOf,parentSchema:schema67.properties.results.items.properties.time,data:data18};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	else {
	errors = _errs45;
	if(vErrors !== null){
	if(_errs45){
	vErrors.length = _errs45;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data9.reference !== undefined){
	let data19 = data9.reference;
	const _errs52 = errors;
	let valid18 = false;
	const _errs53 = errors;
	if(typeof data19 === "string"){
	if(func2(data19) > 1000){
	const err55 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema67.properties.results.items.properties.reference.anyOf[0],data:data19};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(func2(data19) < 1){
	const err56 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.results.items.properties.reference.anyOf[0],data:data19};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.results.items.properties.reference.anyOf[0].type,parentSchema:schema67.properties.results.items.properties.reference.anyOf[0],data:data19};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	var _valid3 = _errs53 === errors;
	valid18 = valid18 || _valid3;
	const _errs55 = errors;
	if(data19 !== null){
	const err58 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema67.properties.results.items.properties.reference.anyOf[1].type,parentSchema:schema67.properties.results.items.properties.reference.anyOf[1],data:data19};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	var _valid3 = _errs55 === errors;
	valid18 = valid18 || _valid3;
	if(!valid18){
	const err59 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema67.properties.results.items.properties.reference.anyOf,parentSchema:schema67.properties.results.items.properties.reference,data:data19};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	else {
	errors = _errs52;
	if(vErrors !== null){
	if(_errs52){
	vErrors.length = _errs52;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err60 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.results.items.type,parentSchema:schema67.properties.results.items,data:data9};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	}
	else {
	const err61 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.results.type,parentSchema:schema67.properties.results,data:data8};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	}
	else {
	const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	validate29.errors = vErrors;
	return errors === 0;
	}
	validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.rollbackRecoveryTests;
	};
	validatorsPackageErrors.affectedVersions = () => {
	  const exports = {};
	exports.affectedVersions = validate30;
	const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/affected-versions.schema.json","title":"update-gate AffectedVersions record","description":"Affected-version analysis tied to vulnerability records (update-gate format; a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document may stand in its place, see update-evidence.schema.json format). Signed like every record kind by a key or identity whose usage includes affected-versions: this YAML with a detached signature, or as the predicate of an in-toto statement (predicate type https://update-gate.dev/attestation/affected-versions/v1).","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"AffectedVersions","description":"Record kind, always AffectedVersions."},"format":{"const":"update-gate","description":"Document format; only update-gate today (default)."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product analysed."},"vulnerabilities":{"type":"array","minItems":1,"maxItems":50000,"description":"One entry per vulnerability.","items":{"type":"object","title":"Vulnerability","description":"Affected versions of one vulnerability.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Vulnerability id, e.g. VULN-2026-014 or a CVE id."},"record":{"type":"string","minLength":1,"maxLength":1000,"description":"The vulnerability record this analysis is tied to (advisory id, tracker URL)."},"ranges":{"type":"array","minItems":1,"maxItems":100,"description":"OSV-style ranges: affected from introduced (inclusive) up to fixed (exclusive).","items":{"type":"object","title":"Range","description":"One affected range.","additionalProperties":false,"properties":{"introduced":{"$ref":"#/$defs/semver","description":"First affected version (inclusive)."},"fixed":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}],"description":"First fixed version (exclusive end); null when not fixed."}},"required":["introduced","fixed"]}},"fixedIn":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}],"description":"Version that remediates it; null when not fixed."},"remediation":{"type":"string","minLength":1,"maxLength":10000,"description":"What the remediation is."}},"required":["id","record","ranges","fixedIn","remediation"]}}},"required":["apiVersion","kind","product","vulnerabilities"],"$defs":{"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"}}};
	const schema73 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");

	function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate30.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema72.required,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema72.required,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema72.required,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.vulnerabilities === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema72.required,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "format")) || (key0 === "product")) || (key0 === "vulnerabilities"))){
	const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.$schema.type,parentSchema:schema72.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema72.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("AffectedVersions" !== data2){
	const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AffectedVersions"},message:"must be equal to constant",schema:"AffectedVersions",parentSchema:schema72.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.format !== undefined){
	let data3 = data.format;
	if("update-gate" !== data3){
	const err8 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "update-gate"},message:"must be equal to constant",schema:"update-gate",parentSchema:schema72.properties.format,data:data3};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data4 = data.product;
	if(typeof data4 === "string"){
	if(func2(data4) > 1000){
	const err9 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema72.properties.product,data:data4};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(func2(data4) < 1){
	const err10 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.product,data:data4};
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
	const err11 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.product.type,parentSchema:schema72.properties.product,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.vulnerabilities !== undefined){
	let data5 = data.vulnerabilities;
	if(Array.isArray(data5)){
	if(data5.length > 50000){
	const err12 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema72.properties.vulnerabilities,data:data5};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data5.length < 1){
	const err13 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.vulnerabilities,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if(data6.id === undefined){
	const err14 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.properties.vulnerabilities.items.required,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data6.record === undefined){
	const err15 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema72.properties.vulnerabilities.items.required,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data6.ranges === undefined){
	const err16 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema72.properties.vulnerabilities.items.required,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data6.fixedIn === undefined){
	const err17 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "fixedIn"},message:"must have required property '"+"fixedIn"+"'",schema:schema72.properties.vulnerabilities.items.required,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data6.remediation === undefined){
	const err18 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "remediation"},message:"must have required property '"+"remediation"+"'",schema:schema72.properties.vulnerabilities.items.required,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	for(const key1 in data6){
	if(!(((((key1 === "id") || (key1 === "record")) || (key1 === "ranges")) || (key1 === "fixedIn")) || (key1 === "remediation"))){
	const err19 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data6.id !== undefined){
	let data7 = data6.id;
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err20 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema72.properties.vulnerabilities.items.properties.id,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err21 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.vulnerabilities.items.properties.id,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.vulnerabilities.items.properties.id.type,parentSchema:schema72.properties.vulnerabilities.items.properties.id,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data6.record !== undefined){
	let data8 = data6.record;
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	const err23 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema72.properties.vulnerabilities.items.properties.record,data:data8};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(func2(data8) < 1){
	const err24 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.vulnerabilities.items.properties.record,data:data8};
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
	const err25 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.vulnerabilities.items.properties.record.type,parentSchema:schema72.properties.vulnerabilities.items.properties.record,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data6.ranges !== undefined){
	let data9 = data6.ranges;
	if(Array.isArray(data9)){
	if(data9.length > 100){
	const err26 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges,data:data9};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(data9.length < 1){
	const err27 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges,data:data9};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	const len1 = data9.length;
	for(let i1=0; i1<len1; i1++){
	let data10 = data9[i1];
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(data10.introduced === undefined){
	const err28 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "introduced"},message:"must have required property '"+"introduced"+"'",schema:schema72.properties.vulnerabilities.items.properties.ranges.items.required,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items,data:data10};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(data10.fixed === undefined){
	const err29 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "fixed"},message:"must have required property '"+"fixed"+"'",schema:schema72.properties.vulnerabilities.items.properties.ranges.items.required,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items,data:data10};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	for(const key2 in data10){
	if(!((key2 === "introduced") || (key2 === "fixed"))){
	const err30 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items,data:data10};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	if(data10.introduced !== undefined){
	let data11 = data10.introduced;
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	const err31 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema73,data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(!pattern10.test(data11)){
	const err32 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema73,data:data11};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.type,parentSchema:schema73,data:data11};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data10.fixed !== undefined){
	let data12 = data10.fixed;
	const _errs27 = errors;
	let valid8 = false;
	const _errs28 = errors;
	if(typeof data12 === "string"){
	if(func2(data12) > 64){
	const err34 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema73,data:data12};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(!pattern10.test(data12)){
	const err35 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema73,data:data12};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	else {
	const err36 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.type,parentSchema:schema73,data:data12};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid8 = valid8 || _valid0;
	const _errs31 = errors;
	if(data12 !== null){
	const err37 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema72.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf[1].type,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf[1],data:data12};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	var _valid0 = _errs31 === errors;
	valid8 = valid8 || _valid0;
	if(!valid8){
	const err38 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items.properties.fixed,data:data12};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	else {
	errors = _errs27;
	if(vErrors !== null){
	if(_errs27){
	vErrors.length = _errs27;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err39 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.vulnerabilities.items.properties.ranges.items.type,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges.items,data:data10};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	}
	else {
	const err40 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.vulnerabilities.items.properties.ranges.type,parentSchema:schema72.properties.vulnerabilities.items.properties.ranges,data:data9};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data6.fixedIn !== undefined){
	let data13 = data6.fixedIn;
	const _errs34 = errors;
	let valid10 = false;
	const _errs35 = errors;
	if(typeof data13 === "string"){
	if(func2(data13) > 64){
	const err41 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema73,data:data13};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	if(!pattern10.test(data13)){
	const err42 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema73,data:data13};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	else {
	const err43 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.type,parentSchema:schema73,data:data13};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	var _valid1 = _errs35 === errors;
	valid10 = valid10 || _valid1;
	const _errs38 = errors;
	if(data13 !== null){
	const err44 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema72.properties.vulnerabilities.items.properties.fixedIn.anyOf[1].type,parentSchema:schema72.properties.vulnerabilities.items.properties.fixedIn.anyOf[1],data:data13};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	var _valid1 = _errs38 === errors;
	valid10 = valid10 || _valid1;
	if(!valid10){
	const err45 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.vulnerabilities.items.properties.fixedIn.anyOf,parentSchema:schema72.properties.vulnerabilities.items.properties.fixedIn,data:data13};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	else {
	errors = _errs34;
	if(vErrors !== null){
	if(_errs34){
	vErrors.length = _errs34;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data6.remediation !== undefined){
	let data14 = data6.remediation;
	if(typeof data14 === "string"){
	if(func2(data14) > 10000){
	const err46 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema72.properties.vulnerabilities.items.properties.remediation,data:data14};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(func2(data14) < 1){
	const err47 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.vulnerabilities.items.properties.remediation,data:data14};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	else {
	const err48 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.vulnerabilities.items.properties.remediation.type,parentSchema:schema72.properties.vulnerabilities.items.properties.remediation,data:data14};
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
	else {
	const err49 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.vulnerabilities.items.type,parentSchema:schema72.properties.vulnerabilities.items,data:data6};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	}
	else {
	const err50 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.vulnerabilities.type,parentSchema:schema72.properties.vulnerabilities,data:data5};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	}
	else {
	const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	validate30.errors = vErrors;
	return errors === 0;
	}
	validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.affectedVersions;
	};
	validatorsPackageErrors.customerNotification = () => {
	  const exports = {};
	exports.customerNotification = validate31;
	const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/customer-notification.schema.json","title":"update-gate CustomerNotification record","description":"Customer notification text and the scope it covers.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"CustomerNotification","description":"Record kind, always CustomerNotification."},"status":{"enum":["draft","approved","sent"],"description":"draft | approved | sent"},"scope":{"type":"object","title":"Notification scope","description":"Who and what the notification covers.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product."},"cohorts":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Deployment cohorts covered."},"configurations":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Configuration ids covered."},"vulnerabilities":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Vulnerability ids covered."}},"required":["product","cohorts","configurations","vulnerabilities"]},"audience":{"type":"string","minLength":1,"maxLength":1000,"description":"Who receives it, e.g. affected operators."},"text":{"type":"string","minLength":1,"maxLength":100000,"description":"The notification text."}},"required":["apiVersion","kind","status","scope","audience","text"]};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate31.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.status === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.scope === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.audience === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.text === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema76.required,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "status")) || (key0 === "scope")) || (key0 === "audience")) || (key0 === "text"))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.$schema.type,parentSchema:schema76.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema76.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("CustomerNotification" !== data2){
	const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "CustomerNotification"},message:"must be equal to constant",schema:"CustomerNotification",parentSchema:schema76.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.status !== undefined){
	let data3 = data.status;
	if(!(((data3 === "draft") || (data3 === "approved")) || (data3 === "sent"))){
	const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema76.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema76.properties.status.enum,parentSchema:schema76.properties.status,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.scope !== undefined){
	let data4 = data.scope;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.product === undefined){
	const err11 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema76.properties.scope.required,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data4.cohorts === undefined){
	const err12 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "cohorts"},message:"must have required property '"+"cohorts"+"'",schema:schema76.properties.scope.required,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data4.configurations === undefined){
	const err13 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema76.properties.scope.required,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data4.vulnerabilities === undefined){
	const err14 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema76.properties.scope.required,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!((((key1 === "product") || (key1 === "cohorts")) || (key1 === "configurations")) || (key1 === "vulnerabilities"))){
	const err15 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data4.product !== undefined){
	let data5 = data4.product;
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	const err16 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema76.properties.scope.properties.product,data:data5};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err17 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.scope.properties.product,data:data5};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.scope.properties.product.type,parentSchema:schema76.properties.scope.properties.product,data:data5};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data4.cohorts !== undefined){
	let data6 = data4.cohorts;
	if(Array.isArray(data6)){
	if(data6.length > 1000){
	const err19 = {instancePath:instancePath+"/scope/cohorts",schemaPath:"#/properties/scope/properties/cohorts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema76.properties.scope.properties.cohorts,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err20 = {instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema76.properties.scope.properties.cohorts.items,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err21 = {instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.scope.properties.cohorts.items,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.scope.properties.cohorts.items.type,parentSchema:schema76.properties.scope.properties.cohorts.items,data:data7};
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
	const err23 = {instancePath:instancePath+"/scope/cohorts",schemaPath:"#/properties/scope/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.properties.scope.properties.cohorts.type,parentSchema:schema76.properties.scope.properties.cohorts,data:data6};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data4.configurations !== undefined){
	let data8 = data4.configurations;
	if(Array.isArray(data8)){
	if(data8.length > 50000){
	const err24 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema76.properties.scope.properties.configurations,data:data8};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	if(typeof data9 === "string"){
	if(func2(data9) > 1000){
	const err25 = {instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema76.properties.scope.properties.configurations.items,data:data9};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	if(func2(data9) < 1){
	const err26 = {instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.scope.properties.configurations.items,data:data9};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.scope.properties.configurations.items.type,parentSchema:schema76.properties.scope.properties.configurations.items,data:data9};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.properties.scope.properties.configurations.type,parentSchema:schema76.properties.scope.properties.configurations,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data4.vulnerabilities !== undefined){
	let data10 = data4.vulnerabilities;
	if(Array.isArray(data10)){
	if(data10.length > 50000){
	const err29 = {instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema76.properties.scope.properties.vulnerabilities,data:data10};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	const len2 = data10.length;
	for(let i2=0; i2<len2; i2++){
	let data11 = data10[i2];
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	const err30 = {instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema76.properties.scope.properties.vulnerabilities.items,data:data11};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if(func2(data11) < 1){
	const err31 = {instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.scope.properties.vulnerabilities.items,data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	else {
	const err32 = {instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.scope.properties.vulnerabilities.items.type,parentSchema:schema76.properties.scope.properties.vulnerabilities.items,data:data11};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.properties.scope.properties.vulnerabilities.type,parentSchema:schema76.properties.scope.properties.vulnerabilities,data:data10};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	}
	else {
	const err34 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.properties.scope.type,parentSchema:schema76.properties.scope,data:data4};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data.audience !== undefined){
	let data12 = data.audience;
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	const err35 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema76.properties.audience,data:data12};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err36 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.audience,data:data12};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	else {
	const err37 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.audience.type,parentSchema:schema76.properties.audience,data:data12};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	if(data.text !== undefined){
	let data13 = data.text;
	if(typeof data13 === "string"){
	if(func2(data13) > 100000){
	const err38 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema76.properties.text,data:data13};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	if(func2(data13) < 1){
	const err39 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.text,data:data13};
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
	const err40 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.text.type,parentSchema:schema76.properties.text,data:data13};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	}
	else {
	const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	validate31.errors = vErrors;
	return errors === 0;
	}
	validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customerNotification;
	};
	validatorsPackageErrors.deploymentRecords = () => {
	  const exports = {};
	exports.deploymentRecords = validate32;
	const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/deployment-records.schema.json","title":"update-gate DeploymentRecords record","description":"Retained deployment records (installations, failures, rollbacks).","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"DeploymentRecords","description":"Record kind, always DeploymentRecords."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product the deployments are of (scope.product of the update)."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Deployment cohort the deployments went to (scope.cohort): configuration ids are unique only within a cohort, so the records count only for this cohort."},"records":{"type":"array","maxItems":100000,"description":"Deployment records.","items":{"type":"object","title":"Deployment record","description":"One deployment to one configuration.","additionalProperties":false,"properties":{"configuration":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id."},"version":{"$ref":"#/$defs/semver","description":"Version deployed."},"time":{"$ref":"#/$defs/timestamp","description":"When the deployment happened."},"outcome":{"enum":["succeeded","failed","rolled-back"],"description":"succeeded | failed | rolled-back"},"devices":{"type":"integer","minimum":0,"maximum":1000000000,"description":"Number of devices."},"reference":{"anyOf":[{"type":"string","minLength":1,"maxLength":1000},{"type":"null"}],"description":"Where the underlying record lives (ticket, log entry, URL); optional."}},"required":["configuration","version","time","outcome","devices"]}},"retainedAt":{"type":"string","minLength":1,"maxLength":1000,"description":"Where the records are retained."}},"required":["apiVersion","kind","product","cohort","records","retainedAt"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"},"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"}}};
	const schema78 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const schema79 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate32.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.cohort === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.records === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "records"},message:"must have required property '"+"records"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.retainedAt === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retainedAt"},message:"must have required property '"+"retainedAt"+"'",schema:schema77.required,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "cohort")) || (key0 === "records")) || (key0 === "retainedAt"))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.$schema.type,parentSchema:schema77.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema77.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("DeploymentRecords" !== data2){
	const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DeploymentRecords"},message:"must be equal to constant",schema:"DeploymentRecords",parentSchema:schema77.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data3 = data.product;
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	const err10 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err11 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	else {
	const err12 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.product.type,parentSchema:schema77.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.cohort !== undefined){
	let data4 = data.cohort;
	if(typeof data4 === "string"){
	if(func2(data4) > 1000){
	const err13 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.cohort,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(func2(data4) < 1){
	const err14 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.cohort,data:data4};
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
	const err15 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.cohort.type,parentSchema:schema77.properties.cohort,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.records !== undefined){
	let data5 = data.records;
	if(Array.isArray(data5)){
	if(data5.length > 100000){
	const err16 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items",schema:100000,parentSchema:schema77.properties.records,data:data5};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if(data6.configuration === undefined){
	const err17 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema77.properties.records.items.required,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data6.version === undefined){
	const err18 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema77.properties.records.items.required,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data6.time === undefined){
	const err19 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema77.properties.records.items.required,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data6.outcome === undefined){
	const err20 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema77.properties.records.items.required,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data6.devices === undefined){
	const err21 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "devices"},message:"must have required property '"+"devices"+"'",schema:schema77.properties.records.items.required,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	for(const key1 in data6){
	if(!((((((key1 === "configuration") || (key1 === "version")) || (key1 === "time")) || (key1 === "outcome")) || (key1 === "devices")) || (key1 === "reference"))){
	const err22 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data6.configuration !== undefined){
	let data7 = data6.configuration;
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	const err23 = {instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.records.items.properties.configuration,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err24 = {instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.records.items.properties.configuration,data:data7};
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
	const err25 = {instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.records.items.properties.configuration.type,parentSchema:schema77.properties.records.items.properties.configuration,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data6.version !== undefined){
	let data8 = data6.version;
	if(typeof data8 === "string"){
	if(func2(data8) > 64){
	const err26 = {instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema78,data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(!pattern10.test(data8)){
	const err27 = {instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema78,data:data8};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.type,parentSchema:schema78,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data6.time !== undefined){
	let data9 = data6.time;
	if(typeof data9 === "string"){
	if(func2(data9) > 64){
	const err29 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema79,data:data9};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(!(formats0.validate(data9))){
	const err30 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema79,data:data9};
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
	const err31 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data9};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data6.outcome !== undefined){
	let data10 = data6.outcome;
	if(!(((data10 === "succeeded") || (data10 === "failed")) || (data10 === "rolled-back"))){
	const err32 = {instancePath:instancePath+"/records/" + i0+"/outcome",schemaPath:"#/properties/records/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema77.properties.records.items.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.records.items.properties.outcome.enum,parentSchema:schema77.properties.records.items.properties.outcome,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	if(data6.devices !== undefined){
	let data11 = data6.devices;
	if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
	const err33 = {instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.records.items.properties.devices.type,parentSchema:schema77.properties.records.items.properties.devices,data:data11};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	if((typeof data11 == "number") && (isFinite(data11))){
	if(data11 > 1000000000 || isNaN(data11)){
	const err34 = {instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema77.properties.records.items.properties.devices,data:data11};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(data11 < 0 || isNaN(data11)){
	const err35 = {instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77.properties.records.items.properties.devices,data:data11};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	}
	if(data6.reference !== undefined){
	let data12 = data6.reference;
	const _errs27 = errors;
	let valid6 = false;
	const _errs28 = errors;
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	const err36 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.records.items.properties.reference.anyOf[0],data:data12};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err37 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.records.items.properties.reference.anyOf[0],data:data12};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	else {
	const err38 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.records.items.properties.reference.anyOf[0].type,parentSchema:schema77.properties.records.items.properties.reference.anyOf[0],data:data12};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid6 = valid6 || _valid0;
	const _errs30 = errors;
	if(data12 !== null){
	const err39 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema77.properties.records.items.properties.reference.anyOf[1].type,parentSchema:schema77.properties.records.items.properties.reference.anyOf[1],data:data12};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	var _valid0 = _errs30 === errors;
	valid6 = valid6 || _valid0;
	if(!valid6){
	const err40 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema77.properties.records.items.properties.reference.anyOf,parentSchema:schema77.properties.records.items.properties.reference,data:data12};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	else {
	errors = _errs27;
	if(vErrors !== null){
	if(_errs27){
	vErrors.length = _errs27;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.records.items.type,parentSchema:schema77.properties.records.items,data:data6};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.records.type,parentSchema:schema77.properties.records,data:data5};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data.retainedAt !== undefined){
	let data13 = data.retainedAt;
	if(typeof data13 === "string"){
	if(func2(data13) > 1000){
	const err43 = {instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.retainedAt,data:data13};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(func2(data13) < 1){
	const err44 = {instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.retainedAt,data:data13};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	else {
	const err45 = {instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.retainedAt.type,parentSchema:schema77.properties.retainedAt,data:data13};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	}
	else {
	const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	validate32.errors = vErrors;
	return errors === 0;
	}
	validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.deploymentRecords;
	};
	validatorsPackageErrors.updateManifest = () => {
	  const exports = {};
	exports.updateManifest = validate33;
	const schema80 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/update-manifest.schema.json","title":"update-gate update manifest","description":"The signed update manifest (JSON), signed as cosign sign-blob signs a blob; artifact names are file names under artifacts/.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, e.g. IC-22."},"version":{"$ref":"#/$defs/semver","description":"Release version."},"artifacts":{"type":"array","minItems":1,"maxItems":1000,"description":"Artifacts of the release.","items":{"type":"object","title":"Artifact","description":"One artifact, by file name, size and digest.","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":1000,"description":"File name under artifacts/."},"size":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Size in bytes."},"sha256":{"$ref":"#/$defs/sha256","description":"SHA-256 of the artifact bytes."}},"required":["name","size","sha256"]}}},"required":["product","version","artifacts"],"$defs":{"semver":{"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"},"sha256":{"title":"SHA-256","type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256 digest (64 characters). (Generated from definitions.schema.json#/$defs/sha256 by the build: edit it there.)"}}};
	const schema81 = {"title":"Semantic version","type":"string","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$","description":"Semantic version MAJOR.MINOR.PATCH, e.g. 5.4.3 (quote it in YAML only if your editor insists; 5.4.3 is a string). (Generated from definitions.schema.json#/$defs/semver by the build: edit it there.)"};
	const schema82 = {"title":"SHA-256","type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256 digest (64 characters). (Generated from definitions.schema.json#/$defs/sha256 by the build: edit it there.)"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");

	function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate33.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.product === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema80.required,parentSchema:schema80,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.version === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema80.required,parentSchema:schema80,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.artifacts === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema80.required,parentSchema:schema80,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((key0 === "$schema") || (key0 === "product")) || (key0 === "version")) || (key0 === "artifacts"))){
	const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.$schema.type,parentSchema:schema80.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 === "string"){
	if(func2(data1) > 1000){
	const err5 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema80.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(func2(data1) < 1){
	const err6 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	else {
	const err7 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.product.type,parentSchema:schema80.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.version !== undefined){
	let data2 = data.version;
	if(typeof data2 === "string"){
	if(func2(data2) > 64){
	const err8 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema81,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if(!pattern10.test(data2)){
	const err9 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",parentSchema:schema81,data:data2};
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
	const err10 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.artifacts !== undefined){
	let data3 = data.artifacts;
	if(Array.isArray(data3)){
	if(data3.length > 1000){
	const err11 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema80.properties.artifacts,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data3.length < 1){
	const err12 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema80.properties.artifacts,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.name === undefined){
	const err13 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema80.properties.artifacts.items.required,parentSchema:schema80.properties.artifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data4.size === undefined){
	const err14 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema80.properties.artifacts.items.required,parentSchema:schema80.properties.artifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data4.sha256 === undefined){
	const err15 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema80.properties.artifacts.items.required,parentSchema:schema80.properties.artifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!(((key1 === "name") || (key1 === "size")) || (key1 === "sha256"))){
	const err16 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema80.properties.artifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data4.name !== undefined){
	let data5 = data4.name;
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	const err17 = {instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema80.properties.artifacts.items.properties.name,data:data5};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err18 = {instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.artifacts.items.properties.name,data:data5};
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
	const err19 = {instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.artifacts.items.properties.name.type,parentSchema:schema80.properties.artifacts.items.properties.name,data:data5};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data4.size !== undefined){
	let data6 = data4.size;
	if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
	const err20 = {instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema80.properties.artifacts.items.properties.size.type,parentSchema:schema80.properties.artifacts.items.properties.size,data:data6};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if((typeof data6 == "number") && (isFinite(data6))){
	if(data6 > 9007199254740991 || isNaN(data6)){
	const err21 = {instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema80.properties.artifacts.items.properties.size,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data6 < 0 || isNaN(data6)){
	const err22 = {instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema80.properties.artifacts.items.properties.size,data:data6};
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
	if(data4.sha256 !== undefined){
	let data7 = data4.sha256;
	if(typeof data7 === "string"){
	if(!pattern18.test(data7)){
	const err23 = {instancePath:instancePath+"/artifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema82,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/artifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.properties.artifacts.items.type,parentSchema:schema80.properties.artifacts.items,data:data4};
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
	const err26 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema80.properties.artifacts.type,parentSchema:schema80.properties.artifacts,data:data3};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	}
	else {
	const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	validate33.errors = vErrors;
	return errors === 0;
	}
	validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.updateManifest;
	};
	validatorsPackageErrors.riskAcceptance = () => {
	  const exports = {};
	exports.riskAcceptance = validate34;
	const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/records/risk-acceptance.schema.json","title":"update-gate RiskAcceptance record","description":"A risk acceptor's acceptance of exceptions, as the acceptor signed it (predicate type https://update-gate.dev/attestation/risk-acceptance/v1 in an in-toto statement, or this YAML with a detached signature). An exception in update-evidence.yaml counts only when it says exactly what a signed acceptance by its acceptor says, for this product, target version, cohort and configuration hardware.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Record format version."},"kind":{"const":"RiskAcceptance","description":"Record kind, always RiskAcceptance."},"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product of the update."},"toVersion":{"type":"string","minLength":1,"maxLength":256,"description":"Target version of the update."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Deployment cohort of the update (scope.cohort): configuration ids are unique only within a cohort, so an acceptance counts only for this cohort."},"acceptedBy":{"type":"string","minLength":1,"maxLength":1000,"description":"Who accepted the risk (a risk acceptor of the trust configuration)."},"acceptedAt":{"$ref":"#/$defs/timestamp","description":"When the risk was accepted."},"exceptions":{"type":"array","minItems":1,"maxItems":50000,"description":"The exceptions accepted, each as the acceptor signed it.","items":{"type":"object","title":"Accepted exception","description":"One exception as accepted.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Id of the exception accepted (exceptions[].id in update-evidence.yaml)."},"configuration":{"type":"string","minLength":1,"maxLength":200,"description":"Configuration excluded."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware of the configuration excluded (scope.configurations[].hardware), e.g. IC-22-RG-B: the acceptance counts only for that hardware."},"reason":{"type":"string","minLength":1,"maxLength":10000,"description":"Why the configuration is excluded, as the exception states it (the report quotes it)."},"mitigation":{"type":"string","minLength":1,"maxLength":10000,"description":"Mitigation while excluded."},"remainOn":{"type":"string","minLength":1,"maxLength":256,"description":"Version the configuration stays on."},"followUpBy":{"$ref":"#/$defs/timestamp","description":"Date of the follow-up decision."},"waives":{"type":"array","maxItems":1000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Rule ids the exception waives, when the exception names them."}},"required":["id","configuration","hardware","reason","mitigation","remainOn","followUpBy"]}}},"required":["apiVersion","kind","product","toVersion","cohort","acceptedBy","acceptedAt","exceptions"],"$defs":{"timestamp":{"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"}}};
	const schema84 = {"title":"Timestamp","type":"string","format":"date-time","maxLength":64,"description":"RFC 3339 date-time with a zone (Z or \u00b1hh:mm), e.g. 2026-10-02T10:00:00Z. A time without a zone is an error. (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)"};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate34.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.toVersion === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.cohort === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.acceptedBy === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acceptedBy"},message:"must have required property '"+"acceptedBy"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.acceptedAt === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acceptedAt"},message:"must have required property '"+"acceptedAt"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.exceptions === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exceptions"},message:"must have required property '"+"exceptions"+"'",schema:schema83.required,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema83.properties, key0))){
	const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.$schema !== undefined){
	let data0 = data.$schema;
	if(typeof data0 !== "string"){
	const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.$schema.type,parentSchema:schema83.properties.$schema,data:data0};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data1 = data.apiVersion;
	if("update-gate.dev/v1" !== data1){
	const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"},message:"must be equal to constant",schema:"update-gate.dev/v1",parentSchema:schema83.properties.apiVersion,data:data1};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data2 = data.kind;
	if("RiskAcceptance" !== data2){
	const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RiskAcceptance"},message:"must be equal to constant",schema:"RiskAcceptance",parentSchema:schema83.properties.kind,data:data2};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data3 = data.product;
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	const err12 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema83.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(func2(data3) < 1){
	const err13 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.product,data:data3};
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
	const err14 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.product.type,parentSchema:schema83.properties.product,data:data3};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.toVersion !== undefined){
	let data4 = data.toVersion;
	if(typeof data4 === "string"){
	if(func2(data4) > 256){
	const err15 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema83.properties.toVersion,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(func2(data4) < 1){
	const err16 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.toVersion,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	else {
	const err17 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.toVersion.type,parentSchema:schema83.properties.toVersion,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data.cohort !== undefined){
	let data5 = data.cohort;
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	const err18 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema83.properties.cohort,data:data5};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(func2(data5) < 1){
	const err19 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.cohort,data:data5};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.cohort.type,parentSchema:schema83.properties.cohort,data:data5};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data.acceptedBy !== undefined){
	let data6 = data.acceptedBy;
	if(typeof data6 === "string"){
	if(func2(data6) > 1000){
	const err21 = {instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema83.properties.acceptedBy,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(func2(data6) < 1){
	const err22 = {instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.acceptedBy,data:data6};
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
	const err23 = {instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.acceptedBy.type,parentSchema:schema83.properties.acceptedBy,data:data6};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data.acceptedAt !== undefined){
	let data7 = data.acceptedAt;
	if(typeof data7 === "string"){
	if(func2(data7) > 64){
	const err24 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema84,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	if(!(formats0.validate(data7))){
	const err25 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema84,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data.exceptions !== undefined){
	let data8 = data.exceptions;
	if(Array.isArray(data8)){
	if(data8.length > 50000){
	const err27 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/maxItems",keyword:"maxItems",params:{limit: 50000},message:"must NOT have more than 50000 items",schema:50000,parentSchema:schema83.properties.exceptions,data:data8};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(data8.length < 1){
	const err28 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.exceptions,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	const len0 = data8.length;
	for(let i0=0; i0<len0; i0++){
	let data9 = data8[i0];
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.id === undefined){
	const err29 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(data9.configuration === undefined){
	const err30 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if(data9.hardware === undefined){
	const err31 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(data9.reason === undefined){
	const err32 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data9.mitigation === undefined){
	const err33 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	if(data9.remainOn === undefined){
	const err34 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "remainOn"},message:"must have required property '"+"remainOn"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(data9.followUpBy === undefined){
	const err35 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema83.properties.exceptions.items.required,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	for(const key1 in data9){
	if(!((((((((key1 === "id") || (key1 === "configuration")) || (key1 === "hardware")) || (key1 === "reason")) || (key1 === "mitigation")) || (key1 === "remainOn")) || (key1 === "followUpBy")) || (key1 === "waives"))){
	const err36 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	if(data9.id !== undefined){
	let data10 = data9.id;
	if(typeof data10 === "string"){
	if(func2(data10) > 200){
	const err37 = {instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema83.properties.exceptions.items.properties.id,data:data10};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	if(func2(data10) < 1){
	const err38 = {instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.id,data:data10};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	else {
	const err39 = {instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.id.type,parentSchema:schema83.properties.exceptions.items.properties.id,data:data10};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data9.configuration !== undefined){
	let data11 = data9.configuration;
	if(typeof data11 === "string"){
	if(func2(data11) > 200){
	const err40 = {instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema83.properties.exceptions.items.properties.configuration,data:data11};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	if(func2(data11) < 1){
	const err41 = {instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.configuration,data:data11};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.configuration.type,parentSchema:schema83.properties.exceptions.items.properties.configuration,data:data11};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data9.hardware !== undefined){
	let data12 = data9.hardware;
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	const err43 = {instancePath:instancePath+"/exceptions/" + i0+"/hardware",schemaPath:"#/properties/exceptions/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema83.properties.exceptions.items.properties.hardware,data:data12};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(func2(data12) < 1){
	const err44 = {instancePath:instancePath+"/exceptions/" + i0+"/hardware",schemaPath:"#/properties/exceptions/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.hardware,data:data12};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	else {
	const err45 = {instancePath:instancePath+"/exceptions/" + i0+"/hardware",schemaPath:"#/properties/exceptions/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.hardware.type,parentSchema:schema83.properties.exceptions.items.properties.hardware,data:data12};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	if(data9.reason !== undefined){
	let data13 = data9.reason;
	if(typeof data13 === "string"){
	if(func2(data13) > 10000){
	const err46 = {instancePath:instancePath+"/exceptions/" + i0+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema83.properties.exceptions.items.properties.reason,data:data13};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(func2(data13) < 1){
	const err47 = {instancePath:instancePath+"/exceptions/" + i0+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.reason,data:data13};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	else {
	const err48 = {instancePath:instancePath+"/exceptions/" + i0+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.reason.type,parentSchema:schema83.properties.exceptions.items.properties.reason,data:data13};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	if(data9.mitigation !== undefined){
	let data14 = data9.mitigation;
	if(typeof data14 === "string"){
	if(func2(data14) > 10000){
	const err49 = {instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema83.properties.exceptions.items.properties.mitigation,data:data14};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	if(func2(data14) < 1){
	const err50 = {instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.mitigation,data:data14};
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
	const err51 = {instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.mitigation.type,parentSchema:schema83.properties.exceptions.items.properties.mitigation,data:data14};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data9.remainOn !== undefined){
	let data15 = data9.remainOn;
	if(typeof data15 === "string"){
	if(func2(data15) > 256){
	const err52 = {instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema83.properties.exceptions.items.properties.remainOn,data:data15};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	if(func2(data15) < 1){
	const err53 = {instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.remainOn,data:data15};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	else {
	const err54 = {instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.remainOn.type,parentSchema:schema83.properties.exceptions.items.properties.remainOn,data:data15};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	if(data9.followUpBy !== undefined){
	let data16 = data9.followUpBy;
	if(typeof data16 === "string"){
	if(func2(data16) > 64){
	const err55 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema84,data:data16};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(!(formats0.validate(data16))){
	const err56 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema84,data:data16};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data16};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	if(data9.waives !== undefined){
	let data17 = data9.waives;
	if(Array.isArray(data17)){
	if(data17.length > 1000){
	const err58 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema83.properties.exceptions.items.properties.waives,data:data17};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	const len1 = data17.length;
	for(let i1=0; i1<len1; i1++){
	let data18 = data17[i1];
	if(typeof data18 === "string"){
	if(func2(data18) > 200){
	const err59 = {instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema83.properties.exceptions.items.properties.waives.items,data:data18};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	if(func2(data18) < 1){
	const err60 = {instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.exceptions.items.properties.waives.items,data:data18};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	else {
	const err61 = {instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.exceptions.items.properties.waives.items.type,parentSchema:schema83.properties.exceptions.items.properties.waives.items,data:data18};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	let i2 = data17.length;
	let j0;
	if(i2 > 1){
	const indices0 = {};
	for(;i2--;){
	let item0 = data17[i2];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	const err62 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema83.properties.exceptions.items.properties.waives,data:data17};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	break;
	}
	indices0[item0] = i2;
	}
	}
	}
	else {
	const err63 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.exceptions.items.properties.waives.type,parentSchema:schema83.properties.exceptions.items.properties.waives,data:data17};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	}
	else {
	const err64 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.exceptions.items.type,parentSchema:schema83.properties.exceptions.items,data:data9};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	}
	else {
	const err65 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.exceptions.type,parentSchema:schema83.properties.exceptions,data:data8};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	}
	else {
	const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	validate34.errors = vErrors;
	return errors === 0;
	}
	validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.riskAcceptance;
	};
	validatorsPackageErrors.testResult = () => {
	  const exports = {};
	exports.testResult = validate35;
	const schema86 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/attestations/test-result.schema.json","title":"in-toto test-result v0.1 predicate, as update-gate reads it for rollback and recovery tests","description":"The predicate of an in-toto Statement with predicateType https://in-toto.io/attestation/test-result/v0.1 (in-toto/attestation spec/predicates/test-result.md). update-gate reads one test run on one configuration: the configuration list holds a ResourceDescriptor named update-gate:test-target whose annotations give the configuration, its hardware, the product and versions, the time and the rollback conditions; passedTests / warnedTests / failedTests name the tests run (rollback, recovery). Other descriptors and fields are allowed and ignored.","type":"object","properties":{"result":{"enum":["PASSED","WARNED","FAILED"],"description":"Result of the test run. FAILED: every test the run lists counts as failed, passedTests and warnedTests included."},"configuration":{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"object"},"contains":{"$ref":"#/$defs/target"},"minContains":1,"maxContains":1,"description":"ResourceDescriptors of the configuration used; exactly one is the update-gate test target."},"url":{"type":"string","maxLength":2000,"description":"Link to the test run (kept as the results' reference)."},"passedTests":{"$ref":"#/$defs/tests"},"warnedTests":{"$ref":"#/$defs/tests"},"failedTests":{"$ref":"#/$defs/tests"}},"required":["result","configuration"],"$defs":{"tests":{"type":"array","maxItems":2,"uniqueItems":true,"items":{"enum":["rollback","recovery"]},"description":"Test names: rollback and/or recovery."},"target":{"type":"object","required":["name","annotations"],"properties":{"name":{"const":"update-gate:test-target"},"annotations":{"type":"object","additionalProperties":false,"required":["configuration","hardware","product","fromVersion","toVersion","time","rollbackConditions"],"properties":{"configuration":{"type":"string","minLength":1,"maxLength":200},"hardware":{"type":"string","minLength":1,"maxLength":200},"product":{"type":"string","minLength":1,"maxLength":1000},"fromVersion":{"type":"string","minLength":1,"maxLength":256},"toVersion":{"type":"string","minLength":1,"maxLength":256},"time":{"type":"string","format":"date-time","maxLength":64},"rollbackConditions":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":10000}}}}}}}};
	const schema87 = {"type":"object","required":["name","annotations"],"properties":{"name":{"const":"update-gate:test-target"},"annotations":{"type":"object","additionalProperties":false,"required":["configuration","hardware","product","fromVersion","toVersion","time","rollbackConditions"],"properties":{"configuration":{"type":"string","minLength":1,"maxLength":200},"hardware":{"type":"string","minLength":1,"maxLength":200},"product":{"type":"string","minLength":1,"maxLength":1000},"fromVersion":{"type":"string","minLength":1,"maxLength":256},"toVersion":{"type":"string","minLength":1,"maxLength":256},"time":{"type":"string","format":"date-time","maxLength":64},"rollbackConditions":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":10000}}}}}};
	const schema88 = {"type":"array","maxItems":2,"uniqueItems":true,"items":{"enum":["rollback","recovery"]},"description":"Test names: rollback and/or recovery."};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate35.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.result === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema86.required,parentSchema:schema86,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.configuration === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema86.required,parentSchema:schema86,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.result !== undefined){
	let data0 = data.result;
	if(!(((data0 === "PASSED") || (data0 === "WARNED")) || (data0 === "FAILED"))){
	const err2 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/enum",keyword:"enum",params:{allowedValues: schema86.properties.result.enum},message:"must be equal to one of the allowed values",schema:schema86.properties.result.enum,parentSchema:schema86.properties.result,data:data0};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	if(data.configuration !== undefined){
	let data1 = data.configuration;
	if(Array.isArray(data1)){
	if(data1.length > 1000){
	const err3 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema86.properties.configuration,data:data1};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data1.length < 1){
	const err4 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema86.properties.configuration,data:data1};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
	const err5 = {instancePath:instancePath+"/configuration/" + i0,schemaPath:"#/properties/configuration/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.configuration.items.type,parentSchema:schema86.properties.configuration.items,data:data2};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	const _errs6 = errors;
	const len1 = data1.length;
	let valid3 = false;
	let count0 = 0;
	for(let i1=0; i1<len1; i1++){
	let data3 = data1[i1];
	const _errs7 = errors;
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	if(data3.name === undefined){
	const err6 = {instancePath:instancePath+"/configuration/" + i1,schemaPath:"#/$defs/target/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema87.required,parentSchema:schema87,data:data3};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data3.annotations === undefined){
	const err7 = {instancePath:instancePath+"/configuration/" + i1,schemaPath:"#/$defs/target/required",keyword:"required",params:{missingProperty: "annotations"},message:"must have required property '"+"annotations"+"'",schema:schema87.required,parentSchema:schema87,data:data3};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data3.name !== undefined){
	let data4 = data3.name;
	if("update-gate:test-target" !== data4){
	const err8 = {instancePath:instancePath+"/configuration/" + i1+"/name",schemaPath:"#/$defs/target/properties/name/const",keyword:"const",params:{allowedValue: "update-gate:test-target"},message:"must be equal to constant",schema:"update-gate:test-target",parentSchema:schema87.properties.name,data:data4};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data3.annotations !== undefined){
	let data5 = data3.annotations;
	if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
	if(data5.configuration === undefined){
	const err9 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data5.hardware === undefined){
	const err10 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data5.product === undefined){
	const err11 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data5.fromVersion === undefined){
	const err12 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data5.toVersion === undefined){
	const err13 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data5.time === undefined){
	const err14 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data5.rollbackConditions === undefined){
	const err15 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: "rollbackConditions"},message:"must have required property '"+"rollbackConditions"+"'",schema:schema87.properties.annotations.required,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	for(const key0 in data5){
	if(!(((((((key0 === "configuration") || (key0 === "hardware")) || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "time")) || (key0 === "rollbackConditions"))){
	const err16 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data5.configuration !== undefined){
	let data6 = data5.configuration;
	if(typeof data6 === "string"){
	if(func2(data6) > 200){
	const err17 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.annotations.properties.configuration,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(func2(data6) < 1){
	const err18 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.configuration,data:data6};
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
	const err19 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.configuration.type,parentSchema:schema87.properties.annotations.properties.configuration,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data5.hardware !== undefined){
	let data7 = data5.hardware;
	if(typeof data7 === "string"){
	if(func2(data7) > 200){
	const err20 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.annotations.properties.hardware,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err21 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.hardware,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.hardware.type,parentSchema:schema87.properties.annotations.properties.hardware,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data5.product !== undefined){
	let data8 = data5.product;
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	const err23 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema87.properties.annotations.properties.product,data:data8};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(func2(data8) < 1){
	const err24 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.product,data:data8};
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
	const err25 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.product.type,parentSchema:schema87.properties.annotations.properties.product,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data5.fromVersion !== undefined){
	let data9 = data5.fromVersion;
	if(typeof data9 === "string"){
	if(func2(data9) > 256){
	const err26 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema87.properties.annotations.properties.fromVersion,data:data9};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(func2(data9) < 1){
	const err27 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.fromVersion,data:data9};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.fromVersion.type,parentSchema:schema87.properties.annotations.properties.fromVersion,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data5.toVersion !== undefined){
	let data10 = data5.toVersion;
	if(typeof data10 === "string"){
	if(func2(data10) > 256){
	const err29 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema87.properties.annotations.properties.toVersion,data:data10};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(func2(data10) < 1){
	const err30 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.toVersion,data:data10};
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
	const err31 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.toVersion.type,parentSchema:schema87.properties.annotations.properties.toVersion,data:data10};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data5.time !== undefined){
	let data11 = data5.time;
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	const err32 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema87.properties.annotations.properties.time,data:data11};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(!(formats0.validate(data11))){
	const err33 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema87.properties.annotations.properties.time,data:data11};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	else {
	const err34 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.time.type,parentSchema:schema87.properties.annotations.properties.time,data:data11};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data5.rollbackConditions !== undefined){
	let data12 = data5.rollbackConditions;
	if(Array.isArray(data12)){
	if(data12.length > 100){
	const err35 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions",schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema87.properties.annotations.properties.rollbackConditions,data:data12};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	const len2 = data12.length;
	for(let i2=0; i2<len2; i2++){
	let data13 = data12[i2];
	if(typeof data13 === "string"){
	if(func2(data13) > 10000){
	const err36 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema87.properties.annotations.properties.rollbackConditions.items,data:data13};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(func2(data13) < 1){
	const err37 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.annotations.properties.rollbackConditions.items,data:data13};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	else {
	const err38 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.annotations.properties.rollbackConditions.items.type,parentSchema:schema87.properties.annotations.properties.rollbackConditions.items,data:data13};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	}
	else {
	const err39 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions",schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.annotations.properties.rollbackConditions.type,parentSchema:schema87.properties.annotations.properties.rollbackConditions,data:data12};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	}
	else {
	const err40 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.annotations.type,parentSchema:schema87.properties.annotations,data:data5};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/configuration/" + i1,schemaPath:"#/$defs/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data:data3};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	var _valid0 = _errs7 === errors;
	if(_valid0){
	count0++;
	if(count0 > 1){
	valid3 = false;
	break;
	}
	valid3 = true;
	}
	}
	if(!valid3){
	const err42 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/contains",keyword:"contains",params:{minContains: 1, maxContains: 1},message:"must contain at least 1 and no more than 1 valid item(s)",schema:schema86.properties.configuration.contains,parentSchema:schema86.properties.configuration,data:data1};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	else {
	errors = _errs6;
	if(vErrors !== null){
	if(_errs6){
	vErrors.length = _errs6;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	else {
	const err43 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.configuration.type,parentSchema:schema86.properties.configuration,data:data1};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	if(data.url !== undefined){
	let data14 = data.url;
	if(typeof data14 === "string"){
	if(func2(data14) > 2000){
	const err44 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema86.properties.url,data:data14};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	else {
	const err45 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.url.type,parentSchema:schema86.properties.url,data:data14};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	if(data.passedTests !== undefined){
	let data15 = data.passedTests;
	if(Array.isArray(data15)){
	if(data15.length > 2){
	const err46 = {instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema88,data:data15};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	const len3 = data15.length;
	for(let i3=0; i3<len3; i3++){
	let data16 = data15[i3];
	if(!((data16 === "rollback") || (data16 === "recovery"))){
	const err47 = {instancePath:instancePath+"/passedTests/" + i3,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema88.items.enum},message:"must be equal to one of the allowed values",schema:schema88.items.enum,parentSchema:schema88.items,data:data16};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	let i4 = data15.length;
	let j0;
	if(i4 > 1){
	outer0:
	for(;i4--;){
	for(j0 = i4; j0--;){
	if(func0(data15[i4], data15[j0])){
	const err48 = {instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema88,data:data15};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	break outer0;
	}
	}
	}
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.type,parentSchema:schema88,data:data15};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data.warnedTests !== undefined){
	let data17 = data.warnedTests;
	if(Array.isArray(data17)){
	if(data17.length > 2){
	const err50 = {instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema88,data:data17};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	const len4 = data17.length;
	for(let i5=0; i5<len4; i5++){
	let data18 = data17[i5];
	if(!((data18 === "rollback") || (data18 === "recovery"))){
	const err51 = {instancePath:instancePath+"/warnedTests/" + i5,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema88.items.enum},message:"must be equal to one of the allowed values",schema:schema88.items.enum,parentSchema:schema88.items,data:data18};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	let i6 = data17.length;
	let j1;
	if(i6 > 1){
	outer1:
	for(;i6--;){
	for(j1 = i6; j1--;){
	if(func0(data17[i6], data17[j1])){
	const err52 = {instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)",schema:true,parentSchema:schema88,data:data17};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	break outer1;
	}
	}
	}
	}
	}
	else {
	const err53 = {instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.type,parentSchema:schema88,data:data17};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	if(data.failedTests !== undefined){
	let data19 = data.failedTests;
	if(Array.isArray(data19)){
	if(data19.length > 2){
	const err54 = {instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema88,data:data19};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	const len5 = data19.length;
	for(let i7=0; i7<len5; i7++){
	let data20 = data19[i7];
	if(!((data20 === "rollback") || (data20 === "recovery"))){
	const err55 = {instancePath:instancePath+"/failedTests/" + i7,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema88.items.enum},message:"must be equal to one of the allowed values",schema:schema88.items.enum,parentSchema:schema88.items,data:data20};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	let i8 = data19.length;
	let j2;
	if(i8 > 1){
	outer2:
	for(;i8--;){
	for(j2 = i8; j2--;){
	if(func0(data19[i8], data19[j2])){
	const err56 = {instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema88,data:data19};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	break outer2;
	}
	}
	}
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.type,parentSchema:schema88,data:data19};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	}
	else {
	const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	validate35.errors = vErrors;
	return errors === 0;
	}
	validate35.evaluated = {"props":{"result":true,"configuration":true,"url":true,"passedTests":true,"warnedTests":true,"failedTests":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.testResult;
	};
	return validatorsPackageErrors;
}

var validatorsPackageErrorsExports = requireValidatorsPackageErrors();

module.exports = validatorsPackageErrorsExports;
})
