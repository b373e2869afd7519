(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsPackage = {};

var hasRequiredValidatorsPackage;

function requireValidatorsPackage () {
	if (hasRequiredValidatorsPackage) return validatorsPackage;
	hasRequiredValidatorsPackage = 1;
	validatorsPackage.updateEvidence = () => {
	  const exports = {};
	exports.updateEvidence = validate20;
	const schema31 = {"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Index format version."},"kind":{"const":"UpdateEvidence","description":"Always UpdateEvidence."},"decisionSupported":{"type":"string","minLength":1,"maxLength":10000,"description":"The decision this package supports."},"threats":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Threats / failure modes addressed."},"controls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Practices / controls supported."},"scope":{"type":"object","title":"Scope","description":"What the update covers.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, e.g. IC-22."},"fromVersion":{"$ref":"#/$defs/version","description":"Installed version (in the product's version scheme)."},"toVersion":{"$ref":"#/$defs/version","description":"Version to deploy (in the product's version scheme)."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Deployment cohort."},"configurations":{"type":"array","minItems":1,"maxItems":50000,"description":"Configurations in scope.","items":{"type":"object","title":"Configuration","description":"One device configuration.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Name."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware id, e.g. IC-22-REF-C."}},"required":["id","name","hardware"]}},"vulnerabilities":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Vulnerability ids the update addresses."},"versionScheme":{"enum":["semver","generic"],"description":"The product's version scheme. The trust configuration declares it (products[].versionScheme, default semver); an index that claims another scheme is refused."},"identifiers":{"type":"array","maxItems":100,"description":"How supplier documents (CSAF, OpenVEX, OSV, CycloneDX VEX) name this product; entries that match none are listed as not this product.","items":{"type":"object","title":"Product identifier","additionalProperties":false,"description":"Exactly one of purl, cpe, csafProductId, name.","properties":{"purl":{"type":"string","minLength":5,"maxLength":2000,"description":"Package URL without version (matches every version), e.g. pkg:golang/stdlib."},"cpe":{"type":"string","minLength":8,"maxLength":2000,"description":"CPE 2.3 formatted string; part, vendor and product must match (version * matches every version)."},"csafProductId":{"type":"string","minLength":1,"maxLength":1000,"description":"A CSAF product_id naming this product."},"version":{"type":"string","minLength":1,"maxLength":256,"description":"With csafProductId: the version that product_id stands for when the product tree does not say."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Product name: a CSAF product_name branch, a CycloneDX component name, an OSV package name."},"vendor":{"type":"string","minLength":1,"maxLength":1000,"description":"With name: the vendor (CSAF vendor branch, CycloneDX supplier)."},"ecosystem":{"type":"string","minLength":1,"maxLength":100,"description":"With name: the OSV ecosystem, e.g. Go."}},"oneOf":[{"required":["purl"],"not":{"anyOf":[{"required":["cpe"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["cpe"],"not":{"anyOf":[{"required":["purl"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["csafProductId"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["name"]}]}},{"required":["name"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["csafProductId"]}]}}]}}},"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"]},"producers":{"type":"array","maxItems":100,"description":"Who produced the evidence.","items":{"type":"object","title":"Party","description":"A person or team.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity (e-mail or URI)."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"role":{"type":"string","minLength":1,"maxLength":1000,"description":"Role, e.g. release-manager."}},"required":["id","name","role"]}},"consumers":{"type":"array","maxItems":100,"description":"Who receives the evidence.","items":{"type":"object","title":"Party","description":"A person or team.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity (e-mail or URI)."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"role":{"type":"string","minLength":1,"maxLength":1000,"description":"Role, e.g. release-manager."}},"required":["id","name","role"]}},"verificationMethod":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"How the consumer verifies the evidence."},"evidence":{"type":"array","maxItems":1000,"description":"The evidence items.","items":{"type":"object","title":"Evidence item","description":"One piece of evidence: a file in the package (or, for an assertion, a statement).","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Unique evidence id within the package.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"],"description":"Evidence kind."},"format":{"enum":["text","update-gate","cosign-sign-blob","dsse","sigstore-bundle","csaf","openvex","osv","cyclonedx-vex"],"description":"File format; defaults per kind (process-document and recovery-procedure: text, update-manifest: cosign-sign-blob, build-provenance: dsse, YAML records: update-gate). sigstore-bundle: a Sigstore bundle (media types v0.1-v0.3; .sigstore.json, or .jsonl with one bundle per line) for build-provenance (file) and update-manifest (signature), and a DSSE bundle holding an in-toto statement for a record kind. dsse: a DSSE envelope holding an in-toto Statement v1 for build-provenance and the record kinds signing-event, release-approval, risk-acceptance, rollback-recovery-tests (predicate https://in-toto.io/attestation/test-result/v0.1 or the record), customer-notification, deployment-records (docs/evidence-format.md#signed-records). affected-versions also reads a supplier's document: csaf (CSAF 2.0), openvex (OpenVEX 0.2), osv (OSV 1.x), cyclonedx-vex (CycloneDX 1.4-1.6 VEX); see docs/evidence-format.md."},"file":{"type":"string","minLength":1,"maxLength":1000,"description":"Path relative to the package root (no .., no absolute path, no symlink leaving the package)."},"signature":{"type":"string","minLength":1,"maxLength":1000,"description":"update-manifest (required): path of the detached signature (cosign-sign-blob: base64, as cosign sign-blob writes it; sigstore-bundle: the Sigstore bundle over the manifest, .sigstore.json or .jsonl). A YAML record (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, customer-notification, deployment-records; format update-gate): optional detached signature over the exact record file bytes, base64 as cosign sign-blob writes it or a Sigstore bundle (message signature)."},"statement":{"type":"string","minLength":1,"maxLength":100000,"description":"assertion only: the statement made."},"producer":{"type":"string","minLength":1,"maxLength":1000,"description":"Who produced the evidence."},"time":{"$ref":"#/$defs/timestamp","description":"When the evidence was produced."},"controls":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Control ids the item supports: signing, provenance, approval, rollback-recovery, affected-versions, notification, retention. Required for assertion and process-document."},"description":{"type":"string","minLength":1,"maxLength":10000,"description":"Free-form note."}},"required":["id","kind","producer"],"allOf":[{"if":{"properties":{"kind":{"const":"assertion"}}},"then":{"required":["statement","controls"],"properties":{"file":false,"signature":false}},"else":{"required":["file"],"properties":{"statement":false}}},{"if":{"properties":{"kind":{"const":"process-document"}}},"then":{"required":["controls"]}},{"if":{"properties":{"kind":{"const":"update-manifest"}}},"then":{"required":["signature"]},"else":{"if":{"properties":{"kind":{"enum":["assertion","process-document","recovery-procedure","build-provenance","affected-versions"]}}},"then":{"properties":{"signature":false}}}}]}},"knownGaps":{"type":"array","maxItems":50000,"description":"Known gaps.","items":{"type":"object","title":"Known gap","description":"A gap the supplier knows of.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Gap id."},"description":{"type":"string","minLength":1,"maxLength":10000,"description":"What is missing."},"configurations":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Configuration ids affected."}},"required":["id","description","configurations"]}},"exceptions":{"type":"array","maxItems":50000,"description":"Recorded exceptions / risk acceptance.","items":{"type":"object","title":"Exception","description":"A configuration excluded with an accepted risk.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Exception id."},"configuration":{"type":"string","minLength":1,"maxLength":1000,"description":"Excluded configuration id."},"reason":{"type":"string","minLength":1,"maxLength":10000,"description":"Why it is excluded."},"mitigation":{"type":"string","minLength":1,"maxLength":10000,"description":"Mitigation while excluded."},"remainOn":{"$ref":"#/$defs/version","description":"The version the excluded configuration stays on."},"followUpBy":{"$ref":"#/$defs/timestamp","description":"Dated follow-up decision."},"acceptedBy":{"type":"string","minLength":1,"maxLength":1000,"description":"Who accepted the risk (an approver id with the risk-acceptor role in the trust configuration)."},"acceptedAt":{"$ref":"#/$defs/timestamp","description":"When the risk was accepted."},"waives":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"The rule ids of the findings this exception waives on its configuration (e.g. rollback_recovery.recovery_test_missing; rule ids, not controls). The configuration is excluded only when its valid exceptions waive every blocking finding on it and none is marked waivable: false. An exception without waives waives nothing."}},"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"]}},"retention":{"type":"object","title":"Retention","description":"Who retains the update decision records, and where.","additionalProperties":false,"properties":{"owners":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Retention owners."},"locations":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Retention locations."}},"required":["owners","locations"]}}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.decisionSupported === undefined) && (missing0 = "decisionSupported"))) || ((data.scope === undefined) && (missing0 = "scope"))) || ((data.evidence === undefined) && (missing0 = "evidence"))){
	validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema31.properties, key0))){
	validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate20.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("UpdateEvidence" !== data.kind){
	validate20.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "UpdateEvidence"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.decisionSupported !== undefined){
	let data3 = data.decisionSupported;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data3 === "string"){
	if(func2(data3) > 10000){
	validate20.errors = [{instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate20.errors = [{instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.threats !== undefined){
	let data4 = data.threats;
	const _errs8 = errors;
	if(errors === _errs8){
	if(Array.isArray(data4)){
	if(data4.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	let data5 = data4[i0];
	const _errs10 = errors;
	if(errors === _errs10){
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate20.errors = [{instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate20.errors = [{instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid1 = _errs10 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.controls !== undefined){
	let data6 = data.controls;
	const _errs12 = errors;
	if(errors === _errs12){
	if(Array.isArray(data6)){
	if(data6.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid2 = true;
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate20.errors = [{instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate20.errors = [{instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs14 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.scope !== undefined){
	let data8 = data.scope;
	const _errs16 = errors;
	if(errors === _errs16){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	let missing1;
	if(((((((data8.product === undefined) && (missing1 = "product")) || ((data8.fromVersion === undefined) && (missing1 = "fromVersion"))) || ((data8.toVersion === undefined) && (missing1 = "toVersion"))) || ((data8.cohort === undefined) && (missing1 = "cohort"))) || ((data8.configurations === undefined) && (missing1 = "configurations"))) || ((data8.vulnerabilities === undefined) && (missing1 = "vulnerabilities"))){
	validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs18 = errors;
	for(const key1 in data8){
	if(!((((((((key1 === "product") || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort")) || (key1 === "configurations")) || (key1 === "vulnerabilities")) || (key1 === "versionScheme")) || (key1 === "identifiers"))){
	validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs18 === errors){
	if(data8.product !== undefined){
	let data9 = data8.product;
	const _errs19 = errors;
	if(errors === _errs19){
	if(typeof data9 === "string"){
	if(func2(data9) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data9) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs19 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.fromVersion !== undefined){
	let data10 = data8.fromVersion;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(typeof data10 === "string"){
	if(func2(data10) > 256){
	validate20.errors = [{instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data10) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data10)){
	validate20.errors = [{instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs21 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.toVersion !== undefined){
	let data11 = data8.toVersion;
	const _errs24 = errors;
	const _errs25 = errors;
	if(errors === _errs25){
	if(typeof data11 === "string"){
	if(func2(data11) > 256){
	validate20.errors = [{instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data11)){
	validate20.errors = [{instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs24 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.cohort !== undefined){
	let data12 = data8.cohort;
	const _errs27 = errors;
	if(errors === _errs27){
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs27 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.configurations !== undefined){
	let data13 = data8.configurations;
	const _errs29 = errors;
	if(errors === _errs29){
	if(Array.isArray(data13)){
	if(data13.length > 50000){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	if(data13.length < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid6 = true;
	const len2 = data13.length;
	for(let i2=0; i2<len2; i2++){
	let data14 = data13[i2];
	const _errs31 = errors;
	if(errors === _errs31){
	if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
	let missing2;
	if((((data14.id === undefined) && (missing2 = "id")) || ((data14.name === undefined) && (missing2 = "name"))) || ((data14.hardware === undefined) && (missing2 = "hardware"))){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	const _errs33 = errors;
	for(const key2 in data14){
	if(!(((key2 === "id") || (key2 === "name")) || (key2 === "hardware"))){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
	return false;
	}
	}
	if(_errs33 === errors){
	if(data14.id !== undefined){
	let data15 = data14.id;
	const _errs34 = errors;
	if(errors === _errs34){
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid7 = _errs34 === errors;
	}
	else {
	var valid7 = true;
	}
	if(valid7){
	if(data14.name !== undefined){
	let data16 = data14.name;
	const _errs36 = errors;
	if(errors === _errs36){
	if(typeof data16 === "string"){
	if(func2(data16) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data16) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid7 = _errs36 === errors;
	}
	else {
	var valid7 = true;
	}
	if(valid7){
	if(data14.hardware !== undefined){
	let data17 = data14.hardware;
	const _errs38 = errors;
	if(errors === _errs38){
	if(typeof data17 === "string"){
	if(func2(data17) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data17) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid7 = _errs38 === errors;
	}
	else {
	var valid7 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid6 = _errs31 === errors;
	if(!valid6){
	break;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs29 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.vulnerabilities !== undefined){
	let data18 = data8.vulnerabilities;
	const _errs40 = errors;
	if(errors === _errs40){
	if(Array.isArray(data18)){
	if(data18.length > 50000){
	validate20.errors = [{instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid8 = true;
	const len3 = data18.length;
	for(let i3=0; i3<len3; i3++){
	let data19 = data18[i3];
	const _errs42 = errors;
	if(errors === _errs42){
	if(typeof data19 === "string"){
	if(func2(data19) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data19) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid8 = _errs42 === errors;
	if(!valid8){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs40 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.versionScheme !== undefined){
	let data20 = data8.versionScheme;
	const _errs44 = errors;
	if(!((data20 === "semver") || (data20 === "generic"))){
	validate20.errors = [{instancePath:instancePath+"/scope/versionScheme",schemaPath:"#/properties/scope/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema31.properties.scope.properties.versionScheme.enum}}];
	return false;
	}
	var valid3 = _errs44 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.identifiers !== undefined){
	let data21 = data8.identifiers;
	const _errs45 = errors;
	if(errors === _errs45){
	if(Array.isArray(data21)){
	if(data21.length > 100){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers",schemaPath:"#/properties/scope/properties/identifiers/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid9 = true;
	const len4 = data21.length;
	for(let i4=0; i4<len4; i4++){
	let data22 = data21[i4];
	const _errs47 = errors;
	const _errs49 = errors;
	let valid10 = false;
	let passing0 = null;
	const _errs50 = errors;
	const _errs51 = errors;
	const _errs52 = errors;
	const _errs53 = errors;
	let valid12 = false;
	const _errs54 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err0 = {};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	var _valid1 = _errs54 === errors;
	valid12 = valid12 || _valid1;
	const _errs55 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err1 = {};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	var _valid1 = _errs55 === errors;
	valid12 = valid12 || _valid1;
	const _errs56 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err2 = {};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	var _valid1 = _errs56 === errors;
	valid12 = valid12 || _valid1;
	if(!valid12){
	const err3 = {};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
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
	var valid11 = _errs52 === errors;
	if(valid11){
	const err4 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/0/not",keyword:"not",params:{}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
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
	if(errors === _errs50){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	let missing6;
	if((data22.purl === undefined) && (missing6 = "purl")){
	const err5 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing6}};
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
	var _valid0 = _errs50 === errors;
	if(_valid0){
	valid10 = true;
	passing0 = 0;
	}
	const _errs57 = errors;
	const _errs58 = errors;
	const _errs59 = errors;
	const _errs60 = errors;
	let valid14 = false;
	const _errs61 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err6 = {};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	var _valid2 = _errs61 === errors;
	valid14 = valid14 || _valid2;
	const _errs62 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err7 = {};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	var _valid2 = _errs62 === errors;
	valid14 = valid14 || _valid2;
	const _errs63 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err8 = {};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	var _valid2 = _errs63 === errors;
	valid14 = valid14 || _valid2;
	if(!valid14){
	const err9 = {};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
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
	var valid13 = _errs59 === errors;
	if(valid13){
	const err10 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/1/not",keyword:"not",params:{}};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
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
	if(errors === _errs57){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	let missing10;
	if((data22.cpe === undefined) && (missing10 = "cpe")){
	const err11 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing10}};
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
	var _valid0 = _errs57 === errors;
	if(_valid0 && valid10){
	valid10 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid10 = true;
	passing0 = 1;
	}
	const _errs64 = errors;
	const _errs65 = errors;
	const _errs66 = errors;
	const _errs67 = errors;
	let valid16 = false;
	const _errs68 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err12 = {};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	var _valid3 = _errs68 === errors;
	valid16 = valid16 || _valid3;
	const _errs69 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err13 = {};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	var _valid3 = _errs69 === errors;
	valid16 = valid16 || _valid3;
	const _errs70 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.name === undefined) && ("name")){
	const err14 = {};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	var _valid3 = _errs70 === errors;
	valid16 = valid16 || _valid3;
	if(!valid16){
	const err15 = {};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
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
	var valid15 = _errs66 === errors;
	if(valid15){
	const err16 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/2/not",keyword:"not",params:{}};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
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
	if(errors === _errs64){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	let missing14;
	if((data22.csafProductId === undefined) && (missing14 = "csafProductId")){
	const err17 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/2/required",keyword:"required",params:{missingProperty: missing14}};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	}
	var _valid0 = _errs64 === errors;
	if(_valid0 && valid10){
	valid10 = false;
	passing0 = [passing0, 2];
	}
	else {
	if(_valid0){
	valid10 = true;
	passing0 = 2;
	}
	const _errs71 = errors;
	const _errs72 = errors;
	const _errs73 = errors;
	const _errs74 = errors;
	let valid18 = false;
	const _errs75 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.purl === undefined) && ("purl")){
	const err18 = {};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	var _valid4 = _errs75 === errors;
	valid18 = valid18 || _valid4;
	const _errs76 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.cpe === undefined) && ("cpe")){
	const err19 = {};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	var _valid4 = _errs76 === errors;
	valid18 = valid18 || _valid4;
	const _errs77 = errors;
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err20 = {};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	var _valid4 = _errs77 === errors;
	valid18 = valid18 || _valid4;
	if(!valid18){
	const err21 = {};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
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
	var valid17 = _errs73 === errors;
	if(valid17){
	const err22 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/3/not",keyword:"not",params:{}};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
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
	if(errors === _errs71){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	let missing18;
	if((data22.name === undefined) && (missing18 = "name")){
	const err23 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf/3/required",keyword:"required",params:{missingProperty: missing18}};
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
	var _valid0 = _errs71 === errors;
	if(_valid0 && valid10){
	valid10 = false;
	passing0 = [passing0, 3];
	}
	else {
	if(_valid0){
	valid10 = true;
	passing0 = 3;
	}
	}
	}
	}
	if(!valid10){
	const err24 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
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
	if(errors === _errs47){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	const _errs78 = errors;
	for(const key3 in data22){
	if(!(((((((key3 === "purl") || (key3 === "cpe")) || (key3 === "csafProductId")) || (key3 === "version")) || (key3 === "name")) || (key3 === "vendor")) || (key3 === "ecosystem"))){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
	return false;
	}
	}
	if(_errs78 === errors){
	if(data22.purl !== undefined){
	let data23 = data22.purl;
	const _errs79 = errors;
	if(errors === _errs79){
	if(typeof data23 === "string"){
	if(func2(data23) > 2000){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/maxLength",keyword:"maxLength",params:{limit: 2000}}];
	return false;
	}
	else {
	if(func2(data23) < 5){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/minLength",keyword:"minLength",params:{limit: 5}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs79 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.cpe !== undefined){
	let data24 = data22.cpe;
	const _errs81 = errors;
	if(errors === _errs81){
	if(typeof data24 === "string"){
	if(func2(data24) > 2000){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/maxLength",keyword:"maxLength",params:{limit: 2000}}];
	return false;
	}
	else {
	if(func2(data24) < 8){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/minLength",keyword:"minLength",params:{limit: 8}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs81 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.csafProductId !== undefined){
	let data25 = data22.csafProductId;
	const _errs83 = errors;
	if(errors === _errs83){
	if(typeof data25 === "string"){
	if(func2(data25) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data25) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs83 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.version !== undefined){
	let data26 = data22.version;
	const _errs85 = errors;
	if(errors === _errs85){
	if(typeof data26 === "string"){
	if(func2(data26) > 256){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data26) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs85 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.name !== undefined){
	let data27 = data22.name;
	const _errs87 = errors;
	if(errors === _errs87){
	if(typeof data27 === "string"){
	if(func2(data27) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data27) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs87 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.vendor !== undefined){
	let data28 = data22.vendor;
	const _errs89 = errors;
	if(errors === _errs89){
	if(typeof data28 === "string"){
	if(func2(data28) > 1000){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data28) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs89 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data22.ecosystem !== undefined){
	let data29 = data22.ecosystem;
	const _errs91 = errors;
	if(errors === _errs91){
	if(typeof data29 === "string"){
	if(func2(data29) > 100){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/maxLength",keyword:"maxLength",params:{limit: 100}}];
	return false;
	}
	else {
	if(func2(data29) < 1){
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs91 === errors;
	}
	else {
	var valid19 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid9 = _errs47 === errors;
	if(!valid9){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope/identifiers",schemaPath:"#/properties/scope/properties/identifiers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs45 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs16 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.producers !== undefined){
	let data30 = data.producers;
	const _errs93 = errors;
	if(errors === _errs93){
	if(Array.isArray(data30)){
	if(data30.length > 100){
	validate20.errors = [{instancePath:instancePath+"/producers",schemaPath:"#/properties/producers/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid20 = true;
	const len5 = data30.length;
	for(let i5=0; i5<len5; i5++){
	let data31 = data30[i5];
	const _errs95 = errors;
	if(errors === _errs95){
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	let missing19;
	if((((data31.id === undefined) && (missing19 = "id")) || ((data31.name === undefined) && (missing19 = "name"))) || ((data31.role === undefined) && (missing19 = "role"))){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/required",keyword:"required",params:{missingProperty: missing19}}];
	return false;
	}
	else {
	const _errs97 = errors;
	for(const key4 in data31){
	if(!(((key4 === "id") || (key4 === "name")) || (key4 === "role"))){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
	return false;
	}
	}
	if(_errs97 === errors){
	if(data31.id !== undefined){
	let data32 = data31.id;
	const _errs98 = errors;
	if(errors === _errs98){
	if(typeof data32 === "string"){
	if(func2(data32) > 1000){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data32) < 1){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/properties/producers/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs98 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.name !== undefined){
	let data33 = data31.name;
	const _errs100 = errors;
	if(errors === _errs100){
	if(typeof data33 === "string"){
	if(func2(data33) > 1000){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data33) < 1){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/properties/producers/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs100 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.role !== undefined){
	let data34 = data31.role;
	const _errs102 = errors;
	if(errors === _errs102){
	if(typeof data34 === "string"){
	if(func2(data34) > 1000){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data34) < 1){
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/properties/producers/items/properties/role/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs102 === errors;
	}
	else {
	var valid21 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/producers/" + i5,schemaPath:"#/properties/producers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid20 = _errs95 === errors;
	if(!valid20){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/producers",schemaPath:"#/properties/producers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs93 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.consumers !== undefined){
	let data35 = data.consumers;
	const _errs104 = errors;
	if(errors === _errs104){
	if(Array.isArray(data35)){
	if(data35.length > 100){
	validate20.errors = [{instancePath:instancePath+"/consumers",schemaPath:"#/properties/consumers/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid22 = true;
	const len6 = data35.length;
	for(let i6=0; i6<len6; i6++){
	let data36 = data35[i6];
	const _errs106 = errors;
	if(errors === _errs106){
	if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
	let missing20;
	if((((data36.id === undefined) && (missing20 = "id")) || ((data36.name === undefined) && (missing20 = "name"))) || ((data36.role === undefined) && (missing20 = "role"))){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/required",keyword:"required",params:{missingProperty: missing20}}];
	return false;
	}
	else {
	const _errs108 = errors;
	for(const key5 in data36){
	if(!(((key5 === "id") || (key5 === "name")) || (key5 === "role"))){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
	return false;
	}
	}
	if(_errs108 === errors){
	if(data36.id !== undefined){
	let data37 = data36.id;
	const _errs109 = errors;
	if(errors === _errs109){
	if(typeof data37 === "string"){
	if(func2(data37) > 1000){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data37) < 1){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/properties/consumers/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs109 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data36.name !== undefined){
	let data38 = data36.name;
	const _errs111 = errors;
	if(errors === _errs111){
	if(typeof data38 === "string"){
	if(func2(data38) > 1000){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data38) < 1){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/properties/consumers/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs111 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data36.role !== undefined){
	let data39 = data36.role;
	const _errs113 = errors;
	if(errors === _errs113){
	if(typeof data39 === "string"){
	if(func2(data39) > 1000){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data39) < 1){
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/properties/consumers/items/properties/role/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs113 === errors;
	}
	else {
	var valid23 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/properties/consumers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid22 = _errs106 === errors;
	if(!valid22){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/consumers",schemaPath:"#/properties/consumers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs104 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.verificationMethod !== undefined){
	let data40 = data.verificationMethod;
	const _errs115 = errors;
	if(errors === _errs115){
	if(Array.isArray(data40)){
	if(data40.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/verificationMethod",schemaPath:"#/properties/verificationMethod/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid24 = true;
	const len7 = data40.length;
	for(let i7=0; i7<len7; i7++){
	let data41 = data40[i7];
	const _errs117 = errors;
	if(errors === _errs117){
	if(typeof data41 === "string"){
	if(func2(data41) > 1000){
	validate20.errors = [{instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data41) < 1){
	validate20.errors = [{instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid24 = _errs117 === errors;
	if(!valid24){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/verificationMethod",schemaPath:"#/properties/verificationMethod/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs115 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evidence !== undefined){
	let data42 = data.evidence;
	const _errs119 = errors;
	if(errors === _errs119){
	if(Array.isArray(data42)){
	if(data42.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid25 = true;
	const len8 = data42.length;
	for(let i8=0; i8<len8; i8++){
	let data43 = data42[i8];
	const _errs121 = errors;
	const _errs123 = errors;
	const _errs124 = errors;
	let valid27 = true;
	const _errs125 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("assertion" !== data43.kind){
	const err25 = {};
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
	let missing21;
	if(((data43.statement === undefined) && (missing21 = "statement")) || ((data43.controls === undefined) && (missing21 = "controls"))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing21}}];
	return false;
	}
	else {
	if(data43.file !== undefined){
	var valid29 = false;
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/allOf/0/then/properties/file/false schema",keyword:"false schema",params:{}}];
	return false;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data43.signature !== undefined){
	var valid29 = false;
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/allOf/0/then/properties/signature/false schema",keyword:"false schema",params:{}}];
	return false;
	}
	else {
	var valid29 = true;
	}
	}
	}
	}
	var _valid5 = _errs127 === errors;
	valid27 = _valid5;
	if(valid27){
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
	let missing22;
	if((data43.file === undefined) && (missing22 = "file")){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/else/required",keyword:"required",params:{missingProperty: missing22}}];
	return false;
	}
	else {
	if(data43.statement !== undefined){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/allOf/0/else/properties/statement/false schema",keyword:"false schema",params:{}}];
	return false;
	}
	}
	}
	var _valid5 = _errs128 === errors;
	valid27 = _valid5;
	if(valid27){
	if(props0 !== true){
	props0 = props0 || {};
	props0.statement = true;
	}
	}
	ifClause0 = "else";
	}
	if(!valid27){
	const err26 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0}};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	var valid26 = _errs123 === errors;
	if(valid26){
	const _errs129 = errors;
	const _errs130 = errors;
	let valid31 = true;
	const _errs131 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("process-document" !== data43.kind){
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
	let missing23;
	if((data43.controls === undefined) && (missing23 = "controls")){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/1/then/required",keyword:"required",params:{missingProperty: missing23}}];
	return false;
	}
	}
	var _valid6 = _errs133 === errors;
	valid31 = _valid6;
	}
	if(!valid31){
	const err28 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	var valid26 = _errs129 === errors;
	if(valid26){
	if(props0 !== true){
	props0 = props0 || {};
	props0.kind = true;
	}
	const _errs134 = errors;
	const _errs135 = errors;
	let valid33 = true;
	const _errs136 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	if("update-manifest" !== data43.kind){
	const err29 = {};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
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
	let missing24;
	if((data43.signature === undefined) && (missing24 = "signature")){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/then/required",keyword:"required",params:{missingProperty: missing24}}];
	return false;
	}
	}
	var _valid7 = _errs138 === errors;
	valid33 = _valid7;
	ifClause1 = "then";
	}
	else {
	const _errs139 = errors;
	const _errs140 = errors;
	let valid35 = true;
	const _errs141 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	let data50 = data43.kind;
	if(!(((((data50 === "assertion") || (data50 === "process-document")) || (data50 === "recovery-procedure")) || (data50 === "build-provenance")) || (data50 === "affected-versions"))){
	const err30 = {};
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
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/allOf/2/else/then/properties/signature/false schema",keyword:"false schema",params:{}}];
	return false;
	}
	}
	var _valid8 = _errs143 === errors;
	valid35 = _valid8;
	if(valid35){
	var props1 = {};
	props1.signature = true;
	props1.kind = true;
	}
	}
	if(!valid35){
	const err31 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/else/if",keyword:"if",params:{failingKeyword: "then"}};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	var _valid7 = _errs139 === errors;
	valid33 = _valid7;
	if(valid33){
	if(props1 !== true){
	props1 = props1 || {};
	props1.kind = true;
	}
	}
	ifClause1 = "else";
	}
	if(!valid33){
	const err32 = {instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/allOf/2/if",keyword:"if",params:{failingKeyword: ifClause1}};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	var valid26 = _errs134 === errors;
	if(valid26){
	if(props0 !== true && props1 !== undefined){
	if(props1 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props1);
	}
	}
	}
	}
	}
	if(errors === _errs121){
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	let missing25;
	if((((data43.id === undefined) && (missing25 = "id")) || ((data43.kind === undefined) && (missing25 = "kind"))) || ((data43.producer === undefined) && (missing25 = "producer"))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/required",keyword:"required",params:{missingProperty: missing25}}];
	return false;
	}
	else {
	const _errs144 = errors;
	for(const key6 in data43){
	if(!(func1.call(schema31.properties.evidence.items.properties, key6))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
	return false;
	}
	}
	if(_errs144 === errors){
	if(data43.id !== undefined){
	let data52 = data43.id;
	const _errs145 = errors;
	if(errors === _errs145){
	if(typeof data52 === "string"){
	if(func2(data52) > 200){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data52) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern6.test(data52)){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/id",schemaPath:"#/properties/evidence/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs145 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.kind !== undefined){
	let data53 = data43.kind;
	const _errs147 = errors;
	if(!((((((((((((data53 === "assertion") || (data53 === "process-document")) || (data53 === "update-manifest")) || (data53 === "build-provenance")) || (data53 === "signing-event")) || (data53 === "release-approval")) || (data53 === "rollback-recovery-tests")) || (data53 === "recovery-procedure")) || (data53 === "affected-versions")) || (data53 === "customer-notification")) || (data53 === "deployment-records")) || (data53 === "risk-acceptance"))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/kind",schemaPath:"#/properties/evidence/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.evidence.items.properties.kind.enum}}];
	return false;
	}
	var valid38 = _errs147 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.format !== undefined){
	let data54 = data43.format;
	const _errs148 = errors;
	if(!(((((((((data54 === "text") || (data54 === "update-gate")) || (data54 === "cosign-sign-blob")) || (data54 === "dsse")) || (data54 === "sigstore-bundle")) || (data54 === "csaf")) || (data54 === "openvex")) || (data54 === "osv")) || (data54 === "cyclonedx-vex"))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/format",schemaPath:"#/properties/evidence/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.evidence.items.properties.format.enum}}];
	return false;
	}
	var valid38 = _errs148 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.file !== undefined){
	let data55 = data43.file;
	const _errs149 = errors;
	if(errors === _errs149){
	if(typeof data55 === "string"){
	if(func2(data55) > 1000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data55) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/file",schemaPath:"#/properties/evidence/items/properties/file/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs149 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.signature !== undefined){
	let data56 = data43.signature;
	const _errs151 = errors;
	if(errors === _errs151){
	if(typeof data56 === "string"){
	if(func2(data56) > 1000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data56) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/signature",schemaPath:"#/properties/evidence/items/properties/signature/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs151 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.statement !== undefined){
	let data57 = data43.statement;
	const _errs153 = errors;
	if(errors === _errs153){
	if(typeof data57 === "string"){
	if(func2(data57) > 100000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/maxLength",keyword:"maxLength",params:{limit: 100000}}];
	return false;
	}
	else {
	if(func2(data57) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/statement",schemaPath:"#/properties/evidence/items/properties/statement/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs153 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.producer !== undefined){
	let data58 = data43.producer;
	const _errs155 = errors;
	if(errors === _errs155){
	if(typeof data58 === "string"){
	if(func2(data58) > 1000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data58) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/producer",schemaPath:"#/properties/evidence/items/properties/producer/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs155 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.time !== undefined){
	let data59 = data43.time;
	const _errs157 = errors;
	const _errs158 = errors;
	if(errors === _errs158){
	if(errors === _errs158){
	if(typeof data59 === "string"){
	if(func2(data59) > 64){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data59))){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid38 = _errs157 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.controls !== undefined){
	let data60 = data43.controls;
	const _errs160 = errors;
	if(errors === _errs160){
	if(Array.isArray(data60)){
	if(data60.length > 50){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/controls",schemaPath:"#/properties/evidence/items/properties/controls/maxItems",keyword:"maxItems",params:{limit: 50}}];
	return false;
	}
	else {
	var valid40 = true;
	const len9 = data60.length;
	for(let i9=0; i9<len9; i9++){
	let data61 = data60[i9];
	const _errs162 = errors;
	if(errors === _errs162){
	if(typeof data61 === "string"){
	if(func2(data61) > 1000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data61) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/controls/" + i9,schemaPath:"#/properties/evidence/items/properties/controls/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid40 = _errs162 === errors;
	if(!valid40){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/controls",schemaPath:"#/properties/evidence/items/properties/controls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid38 = _errs160 === errors;
	}
	else {
	var valid38 = true;
	}
	if(valid38){
	if(data43.description !== undefined){
	let data62 = data43.description;
	const _errs164 = errors;
	if(errors === _errs164){
	if(typeof data62 === "string"){
	if(func2(data62) > 10000){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data62) < 1){
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8+"/description",schemaPath:"#/properties/evidence/items/properties/description/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid38 = _errs164 === errors;
	}
	else {
	var valid38 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence/" + i8,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid25 = _errs121 === errors;
	if(!valid25){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs119 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.knownGaps !== undefined){
	let data63 = data.knownGaps;
	const _errs166 = errors;
	if(errors === _errs166){
	if(Array.isArray(data63)){
	if(data63.length > 50000){
	validate20.errors = [{instancePath:instancePath+"/knownGaps",schemaPath:"#/properties/knownGaps/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid41 = true;
	const len10 = data63.length;
	for(let i10=0; i10<len10; i10++){
	let data64 = data63[i10];
	const _errs168 = errors;
	if(errors === _errs168){
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	let missing26;
	if((((data64.id === undefined) && (missing26 = "id")) || ((data64.description === undefined) && (missing26 = "description"))) || ((data64.configurations === undefined) && (missing26 = "configurations"))){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: missing26}}];
	return false;
	}
	else {
	const _errs170 = errors;
	for(const key7 in data64){
	if(!(((key7 === "id") || (key7 === "description")) || (key7 === "configurations"))){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
	return false;
	}
	}
	if(_errs170 === errors){
	if(data64.id !== undefined){
	let data65 = data64.id;
	const _errs171 = errors;
	if(errors === _errs171){
	if(typeof data65 === "string"){
	if(func2(data65) > 1000){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data65) < 1){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid42 = _errs171 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data64.description !== undefined){
	let data66 = data64.description;
	const _errs173 = errors;
	if(errors === _errs173){
	if(typeof data66 === "string"){
	if(func2(data66) > 10000){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data66) < 1){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid42 = _errs173 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data64.configurations !== undefined){
	let data67 = data64.configurations;
	const _errs175 = errors;
	if(errors === _errs175){
	if(Array.isArray(data67)){
	if(data67.length > 50000){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid43 = true;
	const len11 = data67.length;
	for(let i11=0; i11<len11; i11++){
	let data68 = data67[i11];
	const _errs177 = errors;
	if(errors === _errs177){
	if(typeof data68 === "string"){
	if(func2(data68) > 1000){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data68) < 1){
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/configurations/" + i11,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid43 = _errs177 === errors;
	if(!valid43){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid42 = _errs175 === errors;
	}
	else {
	var valid42 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps/" + i10,schemaPath:"#/properties/knownGaps/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid41 = _errs168 === errors;
	if(!valid41){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/knownGaps",schemaPath:"#/properties/knownGaps/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs166 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data69 = data.exceptions;
	const _errs179 = errors;
	if(errors === _errs179){
	if(Array.isArray(data69)){
	if(data69.length > 50000){
	validate20.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid44 = true;
	const len12 = data69.length;
	for(let i12=0; i12<len12; i12++){
	let data70 = data69[i12];
	const _errs181 = errors;
	if(errors === _errs181){
	if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
	let missing27;
	if(((((((((data70.id === undefined) && (missing27 = "id")) || ((data70.configuration === undefined) && (missing27 = "configuration"))) || ((data70.reason === undefined) && (missing27 = "reason"))) || ((data70.mitigation === undefined) && (missing27 = "mitigation"))) || ((data70.remainOn === undefined) && (missing27 = "remainOn"))) || ((data70.followUpBy === undefined) && (missing27 = "followUpBy"))) || ((data70.acceptedBy === undefined) && (missing27 = "acceptedBy"))) || ((data70.acceptedAt === undefined) && (missing27 = "acceptedAt"))){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: missing27}}];
	return false;
	}
	else {
	const _errs183 = errors;
	for(const key8 in data70){
	if(!(func1.call(schema31.properties.exceptions.items.properties, key8))){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
	return false;
	}
	}
	if(_errs183 === errors){
	if(data70.id !== undefined){
	let data71 = data70.id;
	const _errs184 = errors;
	if(errors === _errs184){
	if(typeof data71 === "string"){
	if(func2(data71) > 1000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data71) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs184 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.configuration !== undefined){
	let data72 = data70.configuration;
	const _errs186 = errors;
	if(errors === _errs186){
	if(typeof data72 === "string"){
	if(func2(data72) > 1000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data72) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs186 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.reason !== undefined){
	let data73 = data70.reason;
	const _errs188 = errors;
	if(errors === _errs188){
	if(typeof data73 === "string"){
	if(func2(data73) > 10000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data73) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs188 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.mitigation !== undefined){
	let data74 = data70.mitigation;
	const _errs190 = errors;
	if(errors === _errs190){
	if(typeof data74 === "string"){
	if(func2(data74) > 10000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data74) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs190 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.remainOn !== undefined){
	let data75 = data70.remainOn;
	const _errs192 = errors;
	const _errs193 = errors;
	if(errors === _errs193){
	if(typeof data75 === "string"){
	if(func2(data75) > 256){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data75) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data75)){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/remainOn",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs192 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.followUpBy !== undefined){
	let data76 = data70.followUpBy;
	const _errs195 = errors;
	const _errs196 = errors;
	if(errors === _errs196){
	if(errors === _errs196){
	if(typeof data76 === "string"){
	if(func2(data76) > 64){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data76))){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid45 = _errs195 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.acceptedBy !== undefined){
	let data77 = data70.acceptedBy;
	const _errs198 = errors;
	if(errors === _errs198){
	if(typeof data77 === "string"){
	if(func2(data77) > 1000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data77) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs198 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.acceptedAt !== undefined){
	let data78 = data70.acceptedAt;
	const _errs200 = errors;
	const _errs201 = errors;
	if(errors === _errs201){
	if(errors === _errs201){
	if(typeof data78 === "string"){
	if(func2(data78) > 64){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data78))){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid45 = _errs200 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data70.waives !== undefined){
	let data79 = data70.waives;
	const _errs203 = errors;
	if(errors === _errs203){
	if(Array.isArray(data79)){
	if(data79.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	if(data79.length < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid49 = true;
	const len13 = data79.length;
	for(let i13=0; i13<len13; i13++){
	let data80 = data79[i13];
	const _errs205 = errors;
	if(errors === _errs205){
	if(typeof data80 === "string"){
	if(func2(data80) > 1000){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data80) < 1){
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives/" + i13,schemaPath:"#/properties/exceptions/items/properties/waives/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid49 = _errs205 === errors;
	if(!valid49){
	break;
	}
	}
	if(valid49){
	let i14 = data79.length;
	let j0;
	if(i14 > 1){
	const indices0 = {};
	for(;i14--;){
	let item0 = data79[i14];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j0}}];
	return false;
	}
	indices0[item0] = i14;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid45 = _errs203 === errors;
	}
	else {
	var valid45 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid44 = _errs181 === errors;
	if(!valid44){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs179 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retention !== undefined){
	let data81 = data.retention;
	const _errs207 = errors;
	if(errors === _errs207){
	if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
	let missing28;
	if(((data81.owners === undefined) && (missing28 = "owners")) || ((data81.locations === undefined) && (missing28 = "locations"))){
	validate20.errors = [{instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/required",keyword:"required",params:{missingProperty: missing28}}];
	return false;
	}
	else {
	const _errs209 = errors;
	for(const key9 in data81){
	if(!((key9 === "owners") || (key9 === "locations"))){
	validate20.errors = [{instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
	return false;
	}
	}
	if(_errs209 === errors){
	if(data81.owners !== undefined){
	let data82 = data81.owners;
	const _errs210 = errors;
	if(errors === _errs210){
	if(Array.isArray(data82)){
	if(data82.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/retention/owners",schemaPath:"#/properties/retention/properties/owners/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid52 = true;
	const len14 = data82.length;
	for(let i15=0; i15<len14; i15++){
	let data83 = data82[i15];
	const _errs212 = errors;
	if(errors === _errs212){
	if(typeof data83 === "string"){
	if(func2(data83) > 1000){
	validate20.errors = [{instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data83) < 1){
	validate20.errors = [{instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/retention/owners/" + i15,schemaPath:"#/properties/retention/properties/owners/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid52 = _errs212 === errors;
	if(!valid52){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/retention/owners",schemaPath:"#/properties/retention/properties/owners/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid51 = _errs210 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data81.locations !== undefined){
	let data84 = data81.locations;
	const _errs214 = errors;
	if(errors === _errs214){
	if(Array.isArray(data84)){
	if(data84.length > 1000){
	validate20.errors = [{instancePath:instancePath+"/retention/locations",schemaPath:"#/properties/retention/properties/locations/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid53 = true;
	const len15 = data84.length;
	for(let i16=0; i16<len15; i16++){
	let data85 = data84[i16];
	const _errs216 = errors;
	if(errors === _errs216){
	if(typeof data85 === "string"){
	if(func2(data85) > 1000){
	validate20.errors = [{instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data85) < 1){
	validate20.errors = [{instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/retention/locations/" + i16,schemaPath:"#/properties/retention/properties/locations/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid53 = _errs216 === errors;
	if(!valid53){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/retention/locations",schemaPath:"#/properties/retention/properties/locations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid51 = _errs214 === errors;
	}
	else {
	var valid51 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs207 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate20.errors = vErrors;
	return errors === 0;
	}
	validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.updateEvidence;
	};
	validatorsPackage.trust = () => {
	  const exports = {};
	exports.trust = validate21;
	const schema38 = {"properties":{"$schema":{"type":"string","description":"Optional JSON Schema reference for editors."},"apiVersion":{"const":"update-gate.dev/v1","description":"Format version."},"kind":{"const":"TrustConfiguration","description":"Always TrustConfiguration."},"keys":{"type":"array","maxItems":1000,"description":"Trusted signing keys (revoked ones stay listed so the policy can name them).","items":{"type":"object","title":"Key","description":"A public key and what it may sign. Exactly one of publicKey / publicKeyFile.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Key id, unique in this file."},"publicKey":{"type":"string","minLength":1,"maxLength":20000,"description":"PKIX PEM (-----BEGIN PUBLIC KEY-----): ECDSA P-256, P-384 or Ed25519."},"publicKeyFile":{"type":"string","minLength":1,"maxLength":1000,"description":"PEM file, relative to the trust file (no .., no absolute path)."},"usage":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]},"description":"Which evidence it may sign: update-manifest, build-provenance, or a record kind (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, deployment-records, customer-notification). A record signed with it counts only for the person or system the key or identity is mapped to (approvers[].keys/identities, testSystems, deploymentSystems); signing-event and customer-notification records by usage alone."},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Products the key may sign for."},"minVersion":{"$ref":"#/$defs/version","description":"Lowest version the key may sign."},"maxVersion":{"$ref":"#/$defs/version","description":"Highest version the key may sign."},"validFrom":{"$ref":"#/$defs/timestamp","description":"Start of validity."},"validUntil":{"$ref":"#/$defs/timestamp","description":"End of validity."},"revoked":{"type":"boolean","description":"The key is revoked."},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}],"description":"When it was revoked; null if not revoked."}},"required":["id","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked"],"oneOf":[{"required":["publicKey"]},{"required":["publicKeyFile"]}]}},"identities":{"type":"array","maxItems":1000,"description":"Trusted keyless signers (Sigstore/Fulcio certificate identities), beside keys. A signature made with a Fulcio certificate counts only when an identity matches its issuer, SAN and extensions.","items":{"type":"object","title":"Identity","description":"A certificate identity and what it may sign. Exactly one of subject / subjectPattern.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"description":"Identity id, unique in this file (shown in reports)."},"issuer":{"type":"string","minLength":1,"maxLength":1000,"description":"OIDC issuer of the certificate (Fulcio issuer extension), compared exactly, e.g. https://token.actions.githubusercontent.com (gh attestation verify --cert-oidc-issuer)."},"subject":{"type":"string","minLength":1,"maxLength":2000,"description":"Certificate SAN, compared byte for byte, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.2.3 (gh attestation verify --cert-identity)."},"subjectPattern":{"type":"string","minLength":1,"maxLength":2000,"description":"Regular expression (RE2 syntax) that must match the WHOLE certificate SAN (gh attestation verify --cert-identity-regex, anchored)."},"sourceRepository":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Source Repository URI extension (1.3.6.1.4.1.57264.1.12), exact, e.g. https://github.com/OWNER/REPO (gh attestation verify --repo OWNER/REPO)."},"sourceRef":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Source Repository Ref extension (1.3.6.1.4.1.57264.1.14), exact, e.g. refs/tags/v1.2.3 (gh attestation verify --source-ref)."},"signerWorkflow":{"type":"string","minLength":1,"maxLength":1000,"description":"Fulcio Build Signer URI extension (1.3.6.1.4.1.57264.1.9) without its @ref, exact, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml (gh attestation verify --signer-workflow)."},"usage":{"type":"array","minItems":1,"maxItems":8,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]},"description":"Which evidence it may sign: update-manifest, build-provenance, or a record kind (signing-event, release-approval, risk-acceptance, rollback-recovery-tests, deployment-records, customer-notification). A record signed with it counts only for the person or system the key or identity is mapped to (approvers[].keys/identities, testSystems, deploymentSystems); signing-event and customer-notification records by usage alone."},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Products the identity may sign for."},"minVersion":{"$ref":"#/$defs/semver","description":"Lowest version the identity may sign."},"maxVersion":{"$ref":"#/$defs/semver","description":"Highest version the identity may sign."}},"required":["id","issuer","usage","products","minVersion","maxVersion"],"oneOf":[{"required":["subject"]},{"required":["subjectPattern"]}]}},"sigstore":{"type":"object","title":"Sigstore","description":"How Sigstore bundles are verified.","additionalProperties":false,"properties":{"trustedRoot":{"type":"string","minLength":1,"maxLength":1000,"description":"Sigstore trusted_root.json (Fulcio CAs, Rekor logs, CT logs, TSAs), relative to the trust file (no .., no absolute path). Default: the Sigstore public-good root shipped with the gate (dist/sigstore/trusted_root.public-good.json); name a private instance's root (e.g. GitHub's for private repositories) here."},"attestationsRepository":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$","description":"GitHub repository (owner/repo) whose artifact attestations the gate may fetch when a package carries no build provenance (GET /repos/{owner}/{repo}/attestations/sha256:{digest}; the Action on a release, the CLI with --fetch-attestations). Default: the release's own repository. Never one the package names."}}},"approvers":{"type":"array","maxItems":1000,"description":"People who may approve releases or accept risk, and the keys, identities or GitHub login that sign for each (an approval or a risk acceptance counts only when signed by the person it names).","items":{"type":"object","title":"Approver","description":"An approver and their roles.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Identity."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Display name."},"roles":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Roles, e.g. release-approver, risk-acceptor."},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keys (keys[].id) that sign for this party."},"identities":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Ids of keyless identities (identities[].id: OIDC issuer + e-mail SAN, or a workflow identity) that sign for this party."},"github":{"type":"string","minLength":1,"maxLength":39,"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login: in the Action, this person's approving pull request review of the head commit, or approval of a deployment environment, counts as their signed approval or acceptance."}},"required":["id","name","roles"]}},"builders":{"type":"array","maxItems":1000,"description":"Trusted builder ids (SLSA runDetails.builder.id).","items":{"type":"object","title":"Builder","description":"A trusted builder.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Builder id (URI)."}},"required":["id"]}},"testSystems":{"type":"array","maxItems":1000,"description":"Test systems whose signed rollback and recovery test results count: the keys or workflow identities that sign their records, and the hardware each is authorized for.","items":{"$ref":"#/$defs/system"}},"deploymentSystems":{"type":"array","maxItems":1000,"description":"Deployment systems whose signed deployment records count: the keys or workflow identities that sign their records, and the hardware each is authorized for.","items":{"$ref":"#/$defs/system"}},"requirements":{"type":"object","title":"Requirements","description":"What the policy requires.","additionalProperties":false,"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5,"description":"Minimum evidence maturity level 1-5."},"requiredControls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Control ids every decision needs."},"requiredApprovals":{"type":"integer","minimum":0,"maximum":100,"description":"Number of approvals required."},"signedRecords":{"type":"array","maxItems":6,"uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]},"description":"The record kinds whose records count only when signed by the party they name (docs/evidence-format.md#signed-records): a release approval by each approver it names, a risk acceptance by its acceptor, test results by a test system authorized for the hardware, deployment records by a deployment system authorized for the hardware, a signing event or customer notification by a key or identity authorized for the kind. An unsigned record of a kind listed here does not count and caps its control at level 3; one of a kind not listed counts as before and is reported as unsigned (info). A signature that is present is always verified, listed or not. Absent: every record kind (the secure default); [] requires none."}},"required":["minimumMaturity","requiredControls","requiredApprovals"]},"products":{"type":"array","maxItems":1000,"description":"Per product: how its versions compare. A product not listed uses semver.","items":{"type":"object","title":"Product","additionalProperties":false,"description":"A product and its version scheme.","properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, as scope.product names it."},"versionScheme":{"enum":["semver","generic"],"description":"semver (SemVer 2.0.0 precedence) or generic (the vers spec's generic scheme, ordered as docs/evidence-format.md says). Key version ranges of the product use it too."}},"required":["id","versionScheme"]}},"fleet":{"type":"object","title":"Fleet inventory","description":"What the buyer's fleet runs: per product and cohort, the configurations (id, hardware) and the version each runs now. With it the policy checks the package's scope against the fleet (docs/policies.md, fleet); without it the scope is as the package declares it.","additionalProperties":false,"properties":{"cohorts":{"type":"array","maxItems":1000,"description":"One entry per product and cohort.","items":{"type":"object","title":"Cohort","description":"The configurations of one cohort of one product.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product, e.g. IC-22."},"cohort":{"type":"string","minLength":1,"maxLength":1000,"description":"Cohort, e.g. A."},"allowPartial":{"type":"boolean","description":"When true, an update whose scope leaves out configurations of the cohort is conditional (each named) instead of rejected. Default false."},"approvedVersions":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/version"},"description":"Versions approved for this cohort that the gate runner records by hand (e.g. approved before the gate was used), in the product's version scheme; an update to an older one is flagged, as for a version approved in a retained report (--approved-reports)."},"configurations":{"type":"array","minItems":1,"maxItems":50000,"description":"The configurations of the cohort.","items":{"type":"object","title":"Fleet configuration","description":"One configuration as deployed.","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Configuration id, as packages name it."},"hardware":{"type":"string","minLength":1,"maxLength":1000,"description":"Hardware id, e.g. IC-22-REF-C."},"version":{"$ref":"#/$defs/version","description":"The version it runs now, in the product's version scheme."}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","maxItems":1000,"description":"Products for which an update to a version not above the running one is allowed, each with its reason.","items":{"type":"object","title":"Downgrade allowance","description":"A product whose downgrades are allowed.","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000,"description":"Product."},"reason":{"type":"string","minLength":1,"maxLength":10000,"description":"Why downgrades are allowed."}},"required":["product","reason"]}}},"required":["cohorts"]}}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.keys === undefined) && (missing0 = "keys"))) || ((data.approvers === undefined) && (missing0 = "approvers"))) || ((data.builders === undefined) && (missing0 = "builders"))) || ((data.requirements === undefined) && (missing0 = "requirements"))){
	validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema38.properties, key0))){
	validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate21.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate21.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("TrustConfiguration" !== data.kind){
	validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "TrustConfiguration"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keys !== undefined){
	let data3 = data.keys;
	const _errs6 = errors;
	if(errors === _errs6){
	if(Array.isArray(data3)){
	if(data3.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs8 = errors;
	const _errs10 = errors;
	let valid2 = false;
	let passing0 = null;
	const _errs11 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing1;
	if((data4.publicKey === undefined) && (missing1 = "publicKey")){
	const err0 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	var _valid0 = _errs11 === errors;
	if(_valid0){
	valid2 = true;
	passing0 = 0;
	}
	const _errs12 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing2;
	if((data4.publicKeyFile === undefined) && (missing2 = "publicKeyFile")){
	const err1 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	var _valid0 = _errs12 === errors;
	if(_valid0 && valid2){
	valid2 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid2 = true;
	passing0 = 1;
	}
	}
	if(!valid2){
	const err2 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	validate21.errors = vErrors;
	return false;
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
	if(errors === _errs8){
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing3;
	if(((((((((data4.id === undefined) && (missing3 = "id")) || ((data4.usage === undefined) && (missing3 = "usage"))) || ((data4.products === undefined) && (missing3 = "products"))) || ((data4.minVersion === undefined) && (missing3 = "minVersion"))) || ((data4.maxVersion === undefined) && (missing3 = "maxVersion"))) || ((data4.validFrom === undefined) && (missing3 = "validFrom"))) || ((data4.validUntil === undefined) && (missing3 = "validUntil"))) || ((data4.revoked === undefined) && (missing3 = "revoked"))){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: missing3}}];
	return false;
	}
	else {
	const _errs13 = errors;
	for(const key1 in data4){
	if(!(func1.call(schema38.properties.keys.items.properties, key1))){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs13 === errors){
	if(data4.id !== undefined){
	let data5 = data4.id;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data5 === "string"){
	if(func2(data5) > 200){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs14 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.publicKey !== undefined){
	let data6 = data4.publicKey;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data6 === "string"){
	if(func2(data6) > 20000){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/maxLength",keyword:"maxLength",params:{limit: 20000}}];
	return false;
	}
	else {
	if(func2(data6) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKey",schemaPath:"#/properties/keys/items/properties/publicKey/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs16 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.publicKeyFile !== undefined){
	let data7 = data4.publicKeyFile;
	const _errs18 = errors;
	if(errors === _errs18){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/publicKeyFile",schemaPath:"#/properties/keys/items/properties/publicKeyFile/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs18 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.usage !== undefined){
	let data8 = data4.usage;
	const _errs20 = errors;
	if(errors === _errs20){
	if(Array.isArray(data8)){
	if(data8.length > 8){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/maxItems",keyword:"maxItems",params:{limit: 8}}];
	return false;
	}
	else {
	if(data8.length < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid4 = true;
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	const _errs22 = errors;
	if(!((((((((data9 === "update-manifest") || (data9 === "build-provenance")) || (data9 === "signing-event")) || (data9 === "release-approval")) || (data9 === "risk-acceptance")) || (data9 === "rollback-recovery-tests")) || (data9 === "deployment-records")) || (data9 === "customer-notification"))){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage/" + i1,schemaPath:"#/properties/keys/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.keys.items.properties.usage.items.enum}}];
	return false;
	}
	var valid4 = _errs22 === errors;
	if(!valid4){
	break;
	}
	}
	if(valid4){
	let i2 = data8.length;
	let j0;
	if(i2 > 1){
	for(;i2--;){
	for(j0 = i2; j0--;){
	if(func0(data8[i2], data8[j0])){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs20 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.products !== undefined){
	let data10 = data4.products;
	const _errs23 = errors;
	if(errors === _errs23){
	if(Array.isArray(data10)){
	if(data10.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid6 = true;
	const len2 = data10.length;
	for(let i3=0; i3<len2; i3++){
	let data11 = data10[i3];
	const _errs25 = errors;
	if(errors === _errs25){
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/products/" + i3,schemaPath:"#/properties/keys/items/properties/products/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid6 = _errs25 === errors;
	if(!valid6){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs23 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.minVersion !== undefined){
	let data12 = data4.minVersion;
	const _errs27 = errors;
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data12 === "string"){
	if(func2(data12) > 256){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data12)){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs27 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.maxVersion !== undefined){
	let data13 = data4.maxVersion;
	const _errs30 = errors;
	const _errs31 = errors;
	if(errors === _errs31){
	if(typeof data13 === "string"){
	if(func2(data13) > 256){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data13)){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs30 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.validFrom !== undefined){
	let data14 = data4.validFrom;
	const _errs33 = errors;
	const _errs34 = errors;
	if(errors === _errs34){
	if(errors === _errs34){
	if(typeof data14 === "string"){
	if(func2(data14) > 64){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data14))){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid3 = _errs33 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.validUntil !== undefined){
	let data15 = data4.validUntil;
	const _errs36 = errors;
	const _errs37 = errors;
	if(errors === _errs37){
	if(errors === _errs37){
	if(typeof data15 === "string"){
	if(func2(data15) > 64){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data15))){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid3 = _errs36 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.revoked !== undefined){
	const _errs39 = errors;
	if(typeof data4.revoked !== "boolean"){
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0+"/revoked",schemaPath:"#/properties/keys/items/properties/revoked/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid3 = _errs39 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.revokedAt !== undefined){
	let data17 = data4.revokedAt;
	const _errs41 = errors;
	const _errs42 = errors;
	let valid11 = false;
	const _errs43 = errors;
	const _errs44 = errors;
	if(errors === _errs44){
	if(errors === _errs44){
	if(typeof data17 === "string"){
	if(func2(data17) > 64){
	const err3 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data17))){
	const err4 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	}
	else {
	const err5 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}};
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
	var _valid1 = _errs43 === errors;
	valid11 = valid11 || _valid1;
	const _errs46 = errors;
	if(data17 !== null){
	const err6 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	var _valid1 = _errs46 === errors;
	valid11 = valid11 || _valid1;
	if(!valid11){
	const err7 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	validate21.errors = vErrors;
	return false;
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
	var valid3 = _errs41 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs8 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.identities !== undefined){
	let data18 = data.identities;
	const _errs48 = errors;
	if(errors === _errs48){
	if(Array.isArray(data18)){
	if(data18.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid13 = true;
	const len3 = data18.length;
	for(let i4=0; i4<len3; i4++){
	let data19 = data18[i4];
	const _errs50 = errors;
	const _errs52 = errors;
	let valid14 = false;
	let passing1 = null;
	const _errs53 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	let missing4;
	if((data19.subject === undefined) && (missing4 = "subject")){
	const err8 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing4}};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	var _valid2 = _errs53 === errors;
	if(_valid2){
	valid14 = true;
	passing1 = 0;
	}
	const _errs54 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	let missing5;
	if((data19.subjectPattern === undefined) && (missing5 = "subjectPattern")){
	const err9 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing5}};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	var _valid2 = _errs54 === errors;
	if(_valid2 && valid14){
	valid14 = false;
	passing1 = [passing1, 1];
	}
	else {
	if(_valid2){
	valid14 = true;
	passing1 = 1;
	}
	}
	if(!valid14){
	const err10 = {instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	validate21.errors = vErrors;
	return false;
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
	if(errors === _errs50){
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	let missing6;
	if(((((((data19.id === undefined) && (missing6 = "id")) || ((data19.issuer === undefined) && (missing6 = "issuer"))) || ((data19.usage === undefined) && (missing6 = "usage"))) || ((data19.products === undefined) && (missing6 = "products"))) || ((data19.minVersion === undefined) && (missing6 = "minVersion"))) || ((data19.maxVersion === undefined) && (missing6 = "maxVersion"))){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: missing6}}];
	return false;
	}
	else {
	const _errs55 = errors;
	for(const key2 in data19){
	if(!(func1.call(schema38.properties.identities.items.properties, key2))){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
	return false;
	}
	}
	if(_errs55 === errors){
	if(data19.id !== undefined){
	let data20 = data19.id;
	const _errs56 = errors;
	if(errors === _errs56){
	if(typeof data20 === "string"){
	if(func2(data20) > 200){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data20) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/id",schemaPath:"#/properties/identities/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs56 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.issuer !== undefined){
	let data21 = data19.issuer;
	const _errs58 = errors;
	if(errors === _errs58){
	if(typeof data21 === "string"){
	if(func2(data21) > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data21) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs58 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.subject !== undefined){
	let data22 = data19.subject;
	const _errs60 = errors;
	if(errors === _errs60){
	if(typeof data22 === "string"){
	if(func2(data22) > 2000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/maxLength",keyword:"maxLength",params:{limit: 2000}}];
	return false;
	}
	else {
	if(func2(data22) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subject",schemaPath:"#/properties/identities/items/properties/subject/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs60 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.subjectPattern !== undefined){
	let data23 = data19.subjectPattern;
	const _errs62 = errors;
	if(errors === _errs62){
	if(typeof data23 === "string"){
	if(func2(data23) > 2000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/maxLength",keyword:"maxLength",params:{limit: 2000}}];
	return false;
	}
	else {
	if(func2(data23) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs62 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.sourceRepository !== undefined){
	let data24 = data19.sourceRepository;
	const _errs64 = errors;
	if(errors === _errs64){
	if(typeof data24 === "string"){
	if(func2(data24) > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data24) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs64 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.sourceRef !== undefined){
	let data25 = data19.sourceRef;
	const _errs66 = errors;
	if(errors === _errs66){
	if(typeof data25 === "string"){
	if(func2(data25) > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data25) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs66 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.signerWorkflow !== undefined){
	let data26 = data19.signerWorkflow;
	const _errs68 = errors;
	if(errors === _errs68){
	if(typeof data26 === "string"){
	if(func2(data26) > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data26) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs68 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.usage !== undefined){
	let data27 = data19.usage;
	const _errs70 = errors;
	if(errors === _errs70){
	if(Array.isArray(data27)){
	if(data27.length > 8){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/maxItems",keyword:"maxItems",params:{limit: 8}}];
	return false;
	}
	else {
	if(data27.length < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid16 = true;
	const len4 = data27.length;
	for(let i5=0; i5<len4; i5++){
	let data28 = data27[i5];
	const _errs72 = errors;
	if(!((((((((data28 === "update-manifest") || (data28 === "build-provenance")) || (data28 === "signing-event")) || (data28 === "release-approval")) || (data28 === "risk-acceptance")) || (data28 === "rollback-recovery-tests")) || (data28 === "deployment-records")) || (data28 === "customer-notification"))){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/usage/" + i5,schemaPath:"#/properties/identities/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.identities.items.properties.usage.items.enum}}];
	return false;
	}
	var valid16 = _errs72 === errors;
	if(!valid16){
	break;
	}
	}
	if(valid16){
	let i6 = data27.length;
	let j1;
	if(i6 > 1){
	for(;i6--;){
	for(j1 = i6; j1--;){
	if(func0(data27[i6], data27[j1])){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/usage",schemaPath:"#/properties/identities/items/properties/usage/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid15 = _errs70 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.products !== undefined){
	let data29 = data19.products;
	const _errs73 = errors;
	if(errors === _errs73){
	if(Array.isArray(data29)){
	if(data29.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/products",schemaPath:"#/properties/identities/items/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid18 = true;
	const len5 = data29.length;
	for(let i7=0; i7<len5; i7++){
	let data30 = data29[i7];
	const _errs75 = errors;
	if(errors === _errs75){
	if(typeof data30 === "string"){
	if(func2(data30) > 1000){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data30) < 1){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/products/" + i7,schemaPath:"#/properties/identities/items/properties/products/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid18 = _errs75 === errors;
	if(!valid18){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/products",schemaPath:"#/properties/identities/items/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid15 = _errs73 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.minVersion !== undefined){
	let data31 = data19.minVersion;
	const _errs77 = errors;
	const _errs78 = errors;
	if(errors === _errs78){
	if(typeof data31 === "string"){
	if(func2(data31) > 64){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data31)){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs77 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.maxVersion !== undefined){
	let data32 = data19.maxVersion;
	const _errs80 = errors;
	const _errs81 = errors;
	if(errors === _errs81){
	if(typeof data32 === "string"){
	if(func2(data32) > 64){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data32)){
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs80 === errors;
	}
	else {
	var valid15 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities/" + i4,schemaPath:"#/properties/identities/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid13 = _errs50 === errors;
	if(!valid13){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs48 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.sigstore !== undefined){
	let data33 = data.sigstore;
	const _errs83 = errors;
	if(errors === _errs83){
	if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
	const _errs85 = errors;
	for(const key3 in data33){
	if(!((key3 === "trustedRoot") || (key3 === "attestationsRepository"))){
	validate21.errors = [{instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
	return false;
	}
	}
	if(_errs85 === errors){
	if(data33.trustedRoot !== undefined){
	let data34 = data33.trustedRoot;
	const _errs86 = errors;
	if(errors === _errs86){
	if(typeof data34 === "string"){
	if(func2(data34) > 1000){
	validate21.errors = [{instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data34) < 1){
	validate21.errors = [{instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs86 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data33.attestationsRepository !== undefined){
	let data35 = data33.attestationsRepository;
	const _errs88 = errors;
	if(errors === _errs88){
	if(typeof data35 === "string"){
	if(!pattern12.test(data35)){
	validate21.errors = [{instancePath:instancePath+"/sigstore/attestationsRepository",schemaPath:"#/properties/sigstore/properties/attestationsRepository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"}}];
	return false;
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/sigstore/attestationsRepository",schemaPath:"#/properties/sigstore/properties/attestationsRepository/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs88 === errors;
	}
	else {
	var valid21 = true;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs83 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvers !== undefined){
	let data36 = data.approvers;
	const _errs90 = errors;
	if(errors === _errs90){
	if(Array.isArray(data36)){
	if(data36.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid22 = true;
	const len6 = data36.length;
	for(let i8=0; i8<len6; i8++){
	let data37 = data36[i8];
	const _errs92 = errors;
	if(errors === _errs92){
	if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
	let missing7;
	if((((data37.id === undefined) && (missing7 = "id")) || ((data37.name === undefined) && (missing7 = "name"))) || ((data37.roles === undefined) && (missing7 = "roles"))){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: missing7}}];
	return false;
	}
	else {
	const _errs94 = errors;
	for(const key4 in data37){
	if(!((((((key4 === "id") || (key4 === "name")) || (key4 === "roles")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "github"))){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
	return false;
	}
	}
	if(_errs94 === errors){
	if(data37.id !== undefined){
	let data38 = data37.id;
	const _errs95 = errors;
	if(errors === _errs95){
	if(typeof data38 === "string"){
	if(func2(data38) > 1000){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data38) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/id",schemaPath:"#/properties/approvers/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs95 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data37.name !== undefined){
	let data39 = data37.name;
	const _errs97 = errors;
	if(errors === _errs97){
	if(typeof data39 === "string"){
	if(func2(data39) > 1000){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data39) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/name",schemaPath:"#/properties/approvers/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs97 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data37.roles !== undefined){
	let data40 = data37.roles;
	const _errs99 = errors;
	if(errors === _errs99){
	if(Array.isArray(data40)){
	if(data40.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid24 = true;
	const len7 = data40.length;
	for(let i9=0; i9<len7; i9++){
	let data41 = data40[i9];
	const _errs101 = errors;
	if(errors === _errs101){
	if(typeof data41 === "string"){
	if(func2(data41) > 1000){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data41) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/roles/" + i9,schemaPath:"#/properties/approvers/items/properties/roles/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid24 = _errs101 === errors;
	if(!valid24){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid23 = _errs99 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data37.keys !== undefined){
	let data42 = data37.keys;
	const _errs103 = errors;
	if(errors === _errs103){
	if(Array.isArray(data42)){
	if(data42.length > 100){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid25 = true;
	const len8 = data42.length;
	for(let i10=0; i10<len8; i10++){
	let data43 = data42[i10];
	const _errs105 = errors;
	if(errors === _errs105){
	if(typeof data43 === "string"){
	if(func2(data43) > 200){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data43) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys/" + i10,schemaPath:"#/properties/approvers/items/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid25 = _errs105 === errors;
	if(!valid25){
	break;
	}
	}
	if(valid25){
	let i11 = data42.length;
	let j2;
	if(i11 > 1){
	const indices0 = {};
	for(;i11--;){
	let item0 = data42[i11];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j2 = indices0[item0];
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j2}}];
	return false;
	}
	indices0[item0] = i11;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid23 = _errs103 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data37.identities !== undefined){
	let data44 = data37.identities;
	const _errs107 = errors;
	if(errors === _errs107){
	if(Array.isArray(data44)){
	if(data44.length > 100){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid27 = true;
	const len9 = data44.length;
	for(let i12=0; i12<len9; i12++){
	let data45 = data44[i12];
	const _errs109 = errors;
	if(errors === _errs109){
	if(typeof data45 === "string"){
	if(func2(data45) > 200){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data45) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities/" + i12,schemaPath:"#/properties/approvers/items/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid27 = _errs109 === errors;
	if(!valid27){
	break;
	}
	}
	if(valid27){
	let i13 = data44.length;
	let j3;
	if(i13 > 1){
	const indices1 = {};
	for(;i13--;){
	let item1 = data44[i13];
	if(typeof item1 !== "string"){
	continue;
	}
	if(typeof indices1[item1] == "number"){
	j3 = indices1[item1];
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j3}}];
	return false;
	}
	indices1[item1] = i13;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid23 = _errs107 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data37.github !== undefined){
	let data46 = data37.github;
	const _errs111 = errors;
	if(errors === _errs111){
	if(typeof data46 === "string"){
	if(func2(data46) > 39){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/maxLength",keyword:"maxLength",params:{limit: 39}}];
	return false;
	}
	else {
	if(func2(data46) < 1){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern13.test(data46)){
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8+"/github",schemaPath:"#/properties/approvers/items/properties/github/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid23 = _errs111 === errors;
	}
	else {
	var valid23 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid22 = _errs92 === errors;
	if(!valid22){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs90 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.builders !== undefined){
	let data47 = data.builders;
	const _errs113 = errors;
	if(errors === _errs113){
	if(Array.isArray(data47)){
	if(data47.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid29 = true;
	const len10 = data47.length;
	for(let i14=0; i14<len10; i14++){
	let data48 = data47[i14];
	const _errs115 = errors;
	if(errors === _errs115){
	if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
	let missing8;
	if((data48.id === undefined) && (missing8 = "id")){
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/required",keyword:"required",params:{missingProperty: missing8}}];
	return false;
	}
	else {
	const _errs117 = errors;
	for(const key5 in data48){
	if(!(key5 === "id")){
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
	return false;
	}
	}
	if(_errs117 === errors){
	if(data48.id !== undefined){
	let data49 = data48.id;
	const _errs118 = errors;
	if(errors === _errs118){
	if(typeof data49 === "string"){
	if(func2(data49) > 1000){
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data49) < 1){
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14+"/id",schemaPath:"#/properties/builders/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/builders/" + i14,schemaPath:"#/properties/builders/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid29 = _errs115 === errors;
	if(!valid29){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs113 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.testSystems !== undefined){
	let data50 = data.testSystems;
	const _errs120 = errors;
	if(errors === _errs120){
	if(Array.isArray(data50)){
	if(data50.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid31 = true;
	const len11 = data50.length;
	for(let i15=0; i15<len11; i15++){
	let data51 = data50[i15];
	const _errs122 = errors;
	const _errs123 = errors;
	const _errs125 = errors;
	let valid33 = false;
	const _errs126 = errors;
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing9;
	if((data51.keys === undefined) && (missing9 = "keys")){
	const err11 = {instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/anyOf/0/required",keyword:"required",params:{missingProperty: missing9}};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	var _valid3 = _errs126 === errors;
	valid33 = valid33 || _valid3;
	const _errs127 = errors;
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing10;
	if((data51.identities === undefined) && (missing10 = "identities")){
	const err12 = {instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/anyOf/1/required",keyword:"required",params:{missingProperty: missing10}};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	var _valid3 = _errs127 === errors;
	valid33 = valid33 || _valid3;
	if(!valid33){
	const err13 = {instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	validate21.errors = vErrors;
	return false;
	}
	else {
	errors = _errs125;
	if(vErrors !== null){
	if(_errs125){
	vErrors.length = _errs125;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(errors === _errs123){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing11;
	if(((data51.id === undefined) && (missing11 = "id")) || ((data51.hardware === undefined) && (missing11 = "hardware"))){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: missing11}}];
	return false;
	}
	else {
	const _errs128 = errors;
	for(const key6 in data51){
	if(!(((((key6 === "id") || (key6 === "name")) || (key6 === "keys")) || (key6 === "identities")) || (key6 === "hardware"))){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
	return false;
	}
	}
	if(_errs128 === errors){
	if(data51.id !== undefined){
	let data52 = data51.id;
	const _errs129 = errors;
	if(errors === _errs129){
	if(typeof data52 === "string"){
	if(func2(data52) > 200){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/id",schemaPath:"#/$defs/system/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data52) < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/id",schemaPath:"#/$defs/system/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/id",schemaPath:"#/$defs/system/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid34 = _errs129 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data51.name !== undefined){
	let data53 = data51.name;
	const _errs131 = errors;
	if(errors === _errs131){
	if(typeof data53 === "string"){
	if(func2(data53) > 1000){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/name",schemaPath:"#/$defs/system/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data53) < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/name",schemaPath:"#/$defs/system/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/name",schemaPath:"#/$defs/system/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid34 = _errs131 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data51.keys !== undefined){
	let data54 = data51.keys;
	const _errs133 = errors;
	if(errors === _errs133){
	if(Array.isArray(data54)){
	if(data54.length > 100){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys",schemaPath:"#/$defs/system/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid35 = true;
	const len12 = data54.length;
	for(let i16=0; i16<len12; i16++){
	let data55 = data54[i16];
	const _errs135 = errors;
	if(errors === _errs135){
	if(typeof data55 === "string"){
	if(func2(data55) > 200){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys/" + i16,schemaPath:"#/$defs/system/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data55) < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys/" + i16,schemaPath:"#/$defs/system/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys/" + i16,schemaPath:"#/$defs/system/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid35 = _errs135 === errors;
	if(!valid35){
	break;
	}
	}
	if(valid35){
	let i17 = data54.length;
	let j4;
	if(i17 > 1){
	const indices2 = {};
	for(;i17--;){
	let item2 = data54[i17];
	if(typeof item2 !== "string"){
	continue;
	}
	if(typeof indices2[item2] == "number"){
	j4 = indices2[item2];
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys",schemaPath:"#/$defs/system/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j4}}];
	return false;
	}
	indices2[item2] = i17;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/keys",schemaPath:"#/$defs/system/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid34 = _errs133 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data51.identities !== undefined){
	let data56 = data51.identities;
	const _errs137 = errors;
	if(errors === _errs137){
	if(Array.isArray(data56)){
	if(data56.length > 100){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities",schemaPath:"#/$defs/system/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid37 = true;
	const len13 = data56.length;
	for(let i18=0; i18<len13; i18++){
	let data57 = data56[i18];
	const _errs139 = errors;
	if(errors === _errs139){
	if(typeof data57 === "string"){
	if(func2(data57) > 200){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities/" + i18,schemaPath:"#/$defs/system/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data57) < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities/" + i18,schemaPath:"#/$defs/system/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities/" + i18,schemaPath:"#/$defs/system/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid37 = _errs139 === errors;
	if(!valid37){
	break;
	}
	}
	if(valid37){
	let i19 = data56.length;
	let j5;
	if(i19 > 1){
	const indices3 = {};
	for(;i19--;){
	let item3 = data56[i19];
	if(typeof item3 !== "string"){
	continue;
	}
	if(typeof indices3[item3] == "number"){
	j5 = indices3[item3];
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities",schemaPath:"#/$defs/system/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j5}}];
	return false;
	}
	indices3[item3] = i19;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/identities",schemaPath:"#/$defs/system/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid34 = _errs137 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data51.hardware !== undefined){
	let data58 = data51.hardware;
	const _errs141 = errors;
	if(errors === _errs141){
	if(Array.isArray(data58)){
	if(data58.length > 10000){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware",schemaPath:"#/$defs/system/properties/hardware/maxItems",keyword:"maxItems",params:{limit: 10000}}];
	return false;
	}
	else {
	if(data58.length < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware",schemaPath:"#/$defs/system/properties/hardware/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid39 = true;
	const len14 = data58.length;
	for(let i20=0; i20<len14; i20++){
	let data59 = data58[i20];
	const _errs143 = errors;
	if(errors === _errs143){
	if(typeof data59 === "string"){
	if(func2(data59) > 200){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware/" + i20,schemaPath:"#/$defs/system/properties/hardware/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data59) < 1){
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware/" + i20,schemaPath:"#/$defs/system/properties/hardware/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware/" + i20,schemaPath:"#/$defs/system/properties/hardware/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid39 = _errs143 === errors;
	if(!valid39){
	break;
	}
	}
	if(valid39){
	let i21 = data58.length;
	let j6;
	if(i21 > 1){
	const indices4 = {};
	for(;i21--;){
	let item4 = data58[i21];
	if(typeof item4 !== "string"){
	continue;
	}
	if(typeof indices4[item4] == "number"){
	j6 = indices4[item4];
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware",schemaPath:"#/$defs/system/properties/hardware/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j6}}];
	return false;
	}
	indices4[item4] = i21;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15+"/hardware",schemaPath:"#/$defs/system/properties/hardware/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid34 = _errs141 === errors;
	}
	else {
	var valid34 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems/" + i15,schemaPath:"#/$defs/system/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid31 = _errs122 === errors;
	if(!valid31){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs120 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.deploymentSystems !== undefined){
	let data60 = data.deploymentSystems;
	const _errs145 = errors;
	if(errors === _errs145){
	if(Array.isArray(data60)){
	if(data60.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid41 = true;
	const len15 = data60.length;
	for(let i22=0; i22<len15; i22++){
	let data61 = data60[i22];
	const _errs147 = errors;
	const _errs148 = errors;
	const _errs150 = errors;
	let valid43 = false;
	const _errs151 = errors;
	if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
	let missing12;
	if((data61.keys === undefined) && (missing12 = "keys")){
	const err14 = {instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/anyOf/0/required",keyword:"required",params:{missingProperty: missing12}};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	var _valid4 = _errs151 === errors;
	valid43 = valid43 || _valid4;
	const _errs152 = errors;
	if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
	let missing13;
	if((data61.identities === undefined) && (missing13 = "identities")){
	const err15 = {instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/anyOf/1/required",keyword:"required",params:{missingProperty: missing13}};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	var _valid4 = _errs152 === errors;
	valid43 = valid43 || _valid4;
	if(!valid43){
	const err16 = {instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	validate21.errors = vErrors;
	return false;
	}
	else {
	errors = _errs150;
	if(vErrors !== null){
	if(_errs150){
	vErrors.length = _errs150;
	}
	else {
	vErrors = null;
	}
	}
	}
	if(errors === _errs148){
	if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
	let missing14;
	if(((data61.id === undefined) && (missing14 = "id")) || ((data61.hardware === undefined) && (missing14 = "hardware"))){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/required",keyword:"required",params:{missingProperty: missing14}}];
	return false;
	}
	else {
	const _errs153 = errors;
	for(const key7 in data61){
	if(!(((((key7 === "id") || (key7 === "name")) || (key7 === "keys")) || (key7 === "identities")) || (key7 === "hardware"))){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
	return false;
	}
	}
	if(_errs153 === errors){
	if(data61.id !== undefined){
	let data62 = data61.id;
	const _errs154 = errors;
	if(errors === _errs154){
	if(typeof data62 === "string"){
	if(func2(data62) > 200){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/id",schemaPath:"#/$defs/system/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data62) < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/id",schemaPath:"#/$defs/system/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/id",schemaPath:"#/$defs/system/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid44 = _errs154 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data61.name !== undefined){
	let data63 = data61.name;
	const _errs156 = errors;
	if(errors === _errs156){
	if(typeof data63 === "string"){
	if(func2(data63) > 1000){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/name",schemaPath:"#/$defs/system/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data63) < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/name",schemaPath:"#/$defs/system/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/name",schemaPath:"#/$defs/system/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid44 = _errs156 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data61.keys !== undefined){
	let data64 = data61.keys;
	const _errs158 = errors;
	if(errors === _errs158){
	if(Array.isArray(data64)){
	if(data64.length > 100){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys",schemaPath:"#/$defs/system/properties/keys/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid45 = true;
	const len16 = data64.length;
	for(let i23=0; i23<len16; i23++){
	let data65 = data64[i23];
	const _errs160 = errors;
	if(errors === _errs160){
	if(typeof data65 === "string"){
	if(func2(data65) > 200){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys/" + i23,schemaPath:"#/$defs/system/properties/keys/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data65) < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys/" + i23,schemaPath:"#/$defs/system/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys/" + i23,schemaPath:"#/$defs/system/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs160 === errors;
	if(!valid45){
	break;
	}
	}
	if(valid45){
	let i24 = data64.length;
	let j7;
	if(i24 > 1){
	const indices5 = {};
	for(;i24--;){
	let item5 = data64[i24];
	if(typeof item5 !== "string"){
	continue;
	}
	if(typeof indices5[item5] == "number"){
	j7 = indices5[item5];
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys",schemaPath:"#/$defs/system/properties/keys/uniqueItems",keyword:"uniqueItems",params:{i: i24, j: j7}}];
	return false;
	}
	indices5[item5] = i24;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/keys",schemaPath:"#/$defs/system/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid44 = _errs158 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data61.identities !== undefined){
	let data66 = data61.identities;
	const _errs162 = errors;
	if(errors === _errs162){
	if(Array.isArray(data66)){
	if(data66.length > 100){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities",schemaPath:"#/$defs/system/properties/identities/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid47 = true;
	const len17 = data66.length;
	for(let i25=0; i25<len17; i25++){
	let data67 = data66[i25];
	const _errs164 = errors;
	if(errors === _errs164){
	if(typeof data67 === "string"){
	if(func2(data67) > 200){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities/" + i25,schemaPath:"#/$defs/system/properties/identities/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data67) < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities/" + i25,schemaPath:"#/$defs/system/properties/identities/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities/" + i25,schemaPath:"#/$defs/system/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid47 = _errs164 === errors;
	if(!valid47){
	break;
	}
	}
	if(valid47){
	let i26 = data66.length;
	let j8;
	if(i26 > 1){
	const indices6 = {};
	for(;i26--;){
	let item6 = data66[i26];
	if(typeof item6 !== "string"){
	continue;
	}
	if(typeof indices6[item6] == "number"){
	j8 = indices6[item6];
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities",schemaPath:"#/$defs/system/properties/identities/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j8}}];
	return false;
	}
	indices6[item6] = i26;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/identities",schemaPath:"#/$defs/system/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid44 = _errs162 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data61.hardware !== undefined){
	let data68 = data61.hardware;
	const _errs166 = errors;
	if(errors === _errs166){
	if(Array.isArray(data68)){
	if(data68.length > 10000){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware",schemaPath:"#/$defs/system/properties/hardware/maxItems",keyword:"maxItems",params:{limit: 10000}}];
	return false;
	}
	else {
	if(data68.length < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware",schemaPath:"#/$defs/system/properties/hardware/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid49 = true;
	const len18 = data68.length;
	for(let i27=0; i27<len18; i27++){
	let data69 = data68[i27];
	const _errs168 = errors;
	if(errors === _errs168){
	if(typeof data69 === "string"){
	if(func2(data69) > 200){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware/" + i27,schemaPath:"#/$defs/system/properties/hardware/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data69) < 1){
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware/" + i27,schemaPath:"#/$defs/system/properties/hardware/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware/" + i27,schemaPath:"#/$defs/system/properties/hardware/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid49 = _errs168 === errors;
	if(!valid49){
	break;
	}
	}
	if(valid49){
	let i28 = data68.length;
	let j9;
	if(i28 > 1){
	const indices7 = {};
	for(;i28--;){
	let item7 = data68[i28];
	if(typeof item7 !== "string"){
	continue;
	}
	if(typeof indices7[item7] == "number"){
	j9 = indices7[item7];
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware",schemaPath:"#/$defs/system/properties/hardware/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j9}}];
	return false;
	}
	indices7[item7] = i28;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22+"/hardware",schemaPath:"#/$defs/system/properties/hardware/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid44 = _errs166 === errors;
	}
	else {
	var valid44 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems/" + i22,schemaPath:"#/$defs/system/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid41 = _errs147 === errors;
	if(!valid41){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs145 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirements !== undefined){
	let data70 = data.requirements;
	const _errs170 = errors;
	if(errors === _errs170){
	if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
	let missing15;
	if((((data70.minimumMaturity === undefined) && (missing15 = "minimumMaturity")) || ((data70.requiredControls === undefined) && (missing15 = "requiredControls"))) || ((data70.requiredApprovals === undefined) && (missing15 = "requiredApprovals"))){
	validate21.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: missing15}}];
	return false;
	}
	else {
	const _errs172 = errors;
	for(const key8 in data70){
	if(!((((key8 === "minimumMaturity") || (key8 === "requiredControls")) || (key8 === "requiredApprovals")) || (key8 === "signedRecords"))){
	validate21.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
	return false;
	}
	}
	if(_errs172 === errors){
	if(data70.minimumMaturity !== undefined){
	let data71 = data70.minimumMaturity;
	const _errs173 = errors;
	if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
	validate21.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs173){
	if((typeof data71 == "number") && (isFinite(data71))){
	if(data71 > 5 || isNaN(data71)){
	validate21.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
	return false;
	}
	else {
	if(data71 < 1 || isNaN(data71)){
	validate21.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
	return false;
	}
	}
	}
	}
	var valid51 = _errs173 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data70.requiredControls !== undefined){
	let data72 = data70.requiredControls;
	const _errs175 = errors;
	if(errors === _errs175){
	if(Array.isArray(data72)){
	if(data72.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid52 = true;
	const len19 = data72.length;
	for(let i29=0; i29<len19; i29++){
	let data73 = data72[i29];
	const _errs177 = errors;
	if(errors === _errs177){
	if(typeof data73 === "string"){
	if(func2(data73) > 1000){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredControls/" + i29,schemaPath:"#/properties/requirements/properties/requiredControls/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data73) < 1){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredControls/" + i29,schemaPath:"#/properties/requirements/properties/requiredControls/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredControls/" + i29,schemaPath:"#/properties/requirements/properties/requiredControls/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid52 = _errs177 === errors;
	if(!valid52){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid51 = _errs175 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data70.requiredApprovals !== undefined){
	let data74 = data70.requiredApprovals;
	const _errs179 = errors;
	if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs179){
	if((typeof data74 == "number") && (isFinite(data74))){
	if(data74 > 100 || isNaN(data74)){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}}];
	return false;
	}
	else {
	if(data74 < 0 || isNaN(data74)){
	validate21.errors = [{instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
	return false;
	}
	}
	}
	}
	var valid51 = _errs179 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data70.signedRecords !== undefined){
	let data75 = data70.signedRecords;
	const _errs181 = errors;
	if(errors === _errs181){
	if(Array.isArray(data75)){
	if(data75.length > 6){
	validate21.errors = [{instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/maxItems",keyword:"maxItems",params:{limit: 6}}];
	return false;
	}
	else {
	var valid53 = true;
	const len20 = data75.length;
	for(let i30=0; i30<len20; i30++){
	let data76 = data75[i30];
	const _errs183 = errors;
	if(!((((((data76 === "signing-event") || (data76 === "release-approval")) || (data76 === "risk-acceptance")) || (data76 === "rollback-recovery-tests")) || (data76 === "deployment-records")) || (data76 === "customer-notification"))){
	validate21.errors = [{instancePath:instancePath+"/requirements/signedRecords/" + i30,schemaPath:"#/properties/requirements/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.requirements.properties.signedRecords.items.enum}}];
	return false;
	}
	var valid53 = _errs183 === errors;
	if(!valid53){
	break;
	}
	}
	if(valid53){
	let i31 = data75.length;
	let j10;
	if(i31 > 1){
	for(;i31--;){
	for(j10 = i31; j10--;){
	if(func0(data75[i31], data75[j10])){
	validate21.errors = [{instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j10}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid51 = _errs181 === errors;
	}
	else {
	var valid51 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs170 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.products !== undefined){
	let data77 = data.products;
	const _errs184 = errors;
	if(errors === _errs184){
	if(Array.isArray(data77)){
	if(data77.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/products",schemaPath:"#/properties/products/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid55 = true;
	const len21 = data77.length;
	for(let i32=0; i32<len21; i32++){
	let data78 = data77[i32];
	const _errs186 = errors;
	if(errors === _errs186){
	if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
	let missing16;
	if(((data78.id === undefined) && (missing16 = "id")) || ((data78.versionScheme === undefined) && (missing16 = "versionScheme"))){
	validate21.errors = [{instancePath:instancePath+"/products/" + i32,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: missing16}}];
	return false;
	}
	else {
	const _errs188 = errors;
	for(const key9 in data78){
	if(!((key9 === "id") || (key9 === "versionScheme"))){
	validate21.errors = [{instancePath:instancePath+"/products/" + i32,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
	return false;
	}
	}
	if(_errs188 === errors){
	if(data78.id !== undefined){
	let data79 = data78.id;
	const _errs189 = errors;
	if(errors === _errs189){
	if(typeof data79 === "string"){
	if(func2(data79) > 1000){
	validate21.errors = [{instancePath:instancePath+"/products/" + i32+"/id",schemaPath:"#/properties/products/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data79) < 1){
	validate21.errors = [{instancePath:instancePath+"/products/" + i32+"/id",schemaPath:"#/properties/products/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/products/" + i32+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid56 = _errs189 === errors;
	}
	else {
	var valid56 = true;
	}
	if(valid56){
	if(data78.versionScheme !== undefined){
	let data80 = data78.versionScheme;
	const _errs191 = errors;
	if(!((data80 === "semver") || (data80 === "generic"))){
	validate21.errors = [{instancePath:instancePath+"/products/" + i32+"/versionScheme",schemaPath:"#/properties/products/items/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema38.properties.products.items.properties.versionScheme.enum}}];
	return false;
	}
	var valid56 = _errs191 === errors;
	}
	else {
	var valid56 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/products/" + i32,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid55 = _errs186 === errors;
	if(!valid55){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs184 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data81 = data.fleet;
	const _errs192 = errors;
	if(errors === _errs192){
	if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
	let missing17;
	if((data81.cohorts === undefined) && (missing17 = "cohorts")){
	validate21.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: missing17}}];
	return false;
	}
	else {
	const _errs194 = errors;
	for(const key10 in data81){
	if(!((key10 === "cohorts") || (key10 === "downgrades"))){
	validate21.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}}];
	return false;
	}
	}
	if(_errs194 === errors){
	if(data81.cohorts !== undefined){
	let data82 = data81.cohorts;
	const _errs195 = errors;
	if(errors === _errs195){
	if(Array.isArray(data82)){
	if(data82.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid58 = true;
	const len22 = data82.length;
	for(let i33=0; i33<len22; i33++){
	let data83 = data82[i33];
	const _errs197 = errors;
	if(errors === _errs197){
	if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
	let missing18;
	if((((data83.product === undefined) && (missing18 = "product")) || ((data83.cohort === undefined) && (missing18 = "cohort"))) || ((data83.configurations === undefined) && (missing18 = "configurations"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: missing18}}];
	return false;
	}
	else {
	const _errs199 = errors;
	for(const key11 in data83){
	if(!(((((key11 === "product") || (key11 === "cohort")) || (key11 === "allowPartial")) || (key11 === "approvedVersions")) || (key11 === "configurations"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33,schemaPath:"#/properties/fleet/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
	return false;
	}
	}
	if(_errs199 === errors){
	if(data83.product !== undefined){
	let data84 = data83.product;
	const _errs200 = errors;
	if(errors === _errs200){
	if(typeof data84 === "string"){
	if(func2(data84) > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data84) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid59 = _errs200 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data83.cohort !== undefined){
	let data85 = data83.cohort;
	const _errs202 = errors;
	if(errors === _errs202){
	if(typeof data85 === "string"){
	if(func2(data85) > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data85) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid59 = _errs202 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data83.allowPartial !== undefined){
	const _errs204 = errors;
	if(typeof data83.allowPartial !== "boolean"){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/allowPartial",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/allowPartial/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid59 = _errs204 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data83.approvedVersions !== undefined){
	let data87 = data83.approvedVersions;
	const _errs206 = errors;
	if(errors === _errs206){
	if(Array.isArray(data87)){
	if(data87.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid60 = true;
	const len23 = data87.length;
	for(let i34=0; i34<len23; i34++){
	let data88 = data87[i34];
	const _errs208 = errors;
	const _errs209 = errors;
	if(errors === _errs209){
	if(typeof data88 === "string"){
	if(func2(data88) > 256){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions/" + i34,schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data88) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions/" + i34,schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data88)){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions/" + i34,schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions/" + i34,schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid60 = _errs208 === errors;
	if(!valid60){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid59 = _errs206 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data83.configurations !== undefined){
	let data89 = data83.configurations;
	const _errs211 = errors;
	if(errors === _errs211){
	if(Array.isArray(data89)){
	if(data89.length > 50000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	if(data89.length < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid62 = true;
	const len24 = data89.length;
	for(let i35=0; i35<len24; i35++){
	let data90 = data89[i35];
	const _errs213 = errors;
	if(errors === _errs213){
	if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
	let missing19;
	if((((data90.id === undefined) && (missing19 = "id")) || ((data90.hardware === undefined) && (missing19 = "hardware"))) || ((data90.version === undefined) && (missing19 = "version"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: missing19}}];
	return false;
	}
	else {
	const _errs215 = errors;
	for(const key12 in data90){
	if(!(((key12 === "id") || (key12 === "hardware")) || (key12 === "version"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}}];
	return false;
	}
	}
	if(_errs215 === errors){
	if(data90.id !== undefined){
	let data91 = data90.id;
	const _errs216 = errors;
	if(errors === _errs216){
	if(typeof data91 === "string"){
	if(func2(data91) > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data91) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid63 = _errs216 === errors;
	}
	else {
	var valid63 = true;
	}
	if(valid63){
	if(data90.hardware !== undefined){
	let data92 = data90.hardware;
	const _errs218 = errors;
	if(errors === _errs218){
	if(typeof data92 === "string"){
	if(func2(data92) > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data92) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid63 = _errs218 === errors;
	}
	else {
	var valid63 = true;
	}
	if(valid63){
	if(data90.version !== undefined){
	let data93 = data90.version;
	const _errs220 = errors;
	const _errs221 = errors;
	if(errors === _errs221){
	if(typeof data93 === "string"){
	if(func2(data93) > 256){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/version",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data93) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/version",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	else {
	if(!pattern4.test(data93)){
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/version",schemaPath:"#/$defs/version/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid63 = _errs220 === errors;
	}
	else {
	var valid63 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations/" + i35,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid62 = _errs213 === errors;
	if(!valid62){
	break;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid59 = _errs211 === errors;
	}
	else {
	var valid59 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i33,schemaPath:"#/properties/fleet/properties/cohorts/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid58 = _errs197 === errors;
	if(!valid58){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid57 = _errs195 === errors;
	}
	else {
	var valid57 = true;
	}
	if(valid57){
	if(data81.downgrades !== undefined){
	let data94 = data81.downgrades;
	const _errs223 = errors;
	if(errors === _errs223){
	if(Array.isArray(data94)){
	if(data94.length > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid65 = true;
	const len25 = data94.length;
	for(let i36=0; i36<len25; i36++){
	let data95 = data94[i36];
	const _errs225 = errors;
	if(errors === _errs225){
	if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
	let missing20;
	if(((data95.product === undefined) && (missing20 = "product")) || ((data95.reason === undefined) && (missing20 = "reason"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: missing20}}];
	return false;
	}
	else {
	const _errs227 = errors;
	for(const key13 in data95){
	if(!((key13 === "product") || (key13 === "reason"))){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36,schemaPath:"#/properties/fleet/properties/downgrades/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}}];
	return false;
	}
	}
	if(_errs227 === errors){
	if(data95.product !== undefined){
	let data96 = data95.product;
	const _errs228 = errors;
	if(errors === _errs228){
	if(typeof data96 === "string"){
	if(func2(data96) > 1000){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data96) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid66 = _errs228 === errors;
	}
	else {
	var valid66 = true;
	}
	if(valid66){
	if(data95.reason !== undefined){
	let data97 = data95.reason;
	const _errs230 = errors;
	if(errors === _errs230){
	if(typeof data97 === "string"){
	if(func2(data97) > 10000){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data97) < 1){
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid66 = _errs230 === errors;
	}
	else {
	var valid66 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i36,schemaPath:"#/properties/fleet/properties/downgrades/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid65 = _errs225 === errors;
	if(!valid65){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid57 = _errs223 === errors;
	}
	else {
	var valid57 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs192 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate21.errors = vErrors;
	return errors === 0;
	}
	validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.trust;
	};
	validatorsPackage.policyOutput = () => {
	  const exports = {};
	exports.policyOutput = validate22;
	const schema50 = {"properties":{"apiVersion":{"const":"update-gate.dev/policy-output/v1"},"decision":{"enum":["approve","conditional","reject"]},"summary":{"type":"string","minLength":1},"maturity":{"type":"object","additionalProperties":false,"required":["level","reason","controls","configurations"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1},"controls":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}},"configurations":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}}}},"controls":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","level","required"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["pass","fail","gap"]},"level":{"description":"The control's evidence level; null for a team package (custom.<team>), which has no evidence level of its own.","oneOf":[{"$ref":"#/$defs/level"},{"type":"null"}]},"required":{"type":"boolean"},"questions":{"type":"array","description":"A team package (custom.<team>): the ids of the verification questions it declares it bears on (its questions rule); its findings answer them.","items":{"type":"string"}}}}},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","reasons","exception"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["approved","excluded","rejected"]},"reasons":{"$ref":"#/$defs/stringList"},"exception":{"type":["string","null"]},"waivers":{"type":"array","description":"For a configuration with blocking findings, one entry per valid exception naming it: the blocking findings it waived and those it could not (why: not-in-waives, or not-waivable when the finding's rule marks it waivable false). Excluded only when every blocking finding is waived. Optional: policies before scoped exceptions do not give it.","items":{"type":"object","additionalProperties":false,"required":["exception","waived","notWaived"],"properties":{"exception":{"type":"string","minLength":1},"waived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1}}}},"notWaived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message","why"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"why":{"enum":["not-in-waives","not-waivable"]}}}}}}}}}},"questions":{"type":"array","minItems":5,"maxItems":5,"items":{"title":"Question","description":"One of the five verification questions, answered.","type":"object","additionalProperties":false,"required":["id","question","answer","reasons","evidence"],"properties":{"id":{"enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"question":{"type":"string","minLength":1},"answer":{"enum":["pass","fail","gap"]},"reasons":{"$ref":"#/$defs/stringList"},"evidence":{"$ref":"#/$defs/stringList"}}}},"conditions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","text","followUpBy"],"properties":{"id":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"text":{"type":"string","minLength":1},"followUpBy":{"type":["string","null"]},"remainOn":{"type":"string","description":"Exception conditions: the version the excluded configuration stays on."},"mitigation":{"type":"string","description":"Exception conditions: the mitigation while it stays there."},"acceptedBy":{"type":"string","description":"Exception conditions: who accepted the risk."}}}},"findings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","control","severity","message","evidence"],"properties":{"rule":{"type":"string","minLength":1},"control":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: the finding's rule (built-in through lib.finding, or a team's) forbids any exception to waive it. Absent: waivable."}}}},"fleet":{"type":"object","description":"The fleet inventory's view beside the package's scope: which configurations of the cohort the decision covers and which it does not (optional: policies before issue 15 do not give it).","additionalProperties":false,"required":["inventory","cohort","covered","notCovered","unknown","note"],"properties":{"inventory":{"type":"boolean","description":"A fleet inventory was given."},"cohort":{"type":"string"},"covered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort in the package's scope."},"notCovered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort the package's scope leaves out."},"unknown":{"type":"array","items":{"type":"string"},"description":"Configurations in the scope the inventory does not know."},"note":{"type":"string","minLength":1,"description":"One sentence for the report."}}}}};
	const func1 = Object.prototype.hasOwnProperty;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((data.level === undefined) && (missing0 = "level")) || ((data.reason === undefined) && (missing0 = "reason"))){
	validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((key0 === "level") || (key0 === "reason"))){
	validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.level !== undefined){
	let data0 = data.level;
	const _errs2 = errors;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	validate23.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	{
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	validate23.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
	return false;
	}
	else {
	if(data0 < 1 || isNaN(data0)){
	validate23.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
	return false;
	}
	}
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.reason !== undefined){
	let data1 = data.reason;
	const _errs5 = errors;
	{
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate23.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	else {
	validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.decision === undefined) && (missing0 = "decision"))) || ((data.summary === undefined) && (missing0 = "summary"))) || ((data.maturity === undefined) && (missing0 = "maturity"))) || ((data.controls === undefined) && (missing0 = "controls"))) || ((data.configurations === undefined) && (missing0 = "configurations"))) || ((data.questions === undefined) && (missing0 = "questions"))) || ((data.conditions === undefined) && (missing0 = "conditions"))) || ((data.findings === undefined) && (missing0 = "findings"))){
	validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema50.properties, key0))){
	validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.apiVersion !== undefined){
	const _errs2 = errors;
	if("update-gate.dev/policy-output/v1" !== data.apiVersion){
	validate22.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/policy-output/v1"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.decision !== undefined){
	let data1 = data.decision;
	const _errs3 = errors;
	if(!(((data1 === "approve") || (data1 === "conditional")) || (data1 === "reject"))){
	validate22.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema50.properties.decision.enum}}];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.summary !== undefined){
	let data2 = data.summary;
	const _errs4 = errors;
	if(errors === _errs4){
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.maturity !== undefined){
	let data3 = data.maturity;
	const _errs6 = errors;
	if(errors === _errs6){
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	let missing1;
	if(((((data3.level === undefined) && (missing1 = "level")) || ((data3.reason === undefined) && (missing1 = "reason"))) || ((data3.controls === undefined) && (missing1 = "controls"))) || ((data3.configurations === undefined) && (missing1 = "configurations"))){
	validate22.errors = [{instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs8 = errors;
	for(const key1 in data3){
	if(!((((key1 === "level") || (key1 === "reason")) || (key1 === "controls")) || (key1 === "configurations"))){
	validate22.errors = [{instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs8 === errors){
	if(data3.level !== undefined){
	let data4 = data3.level;
	const _errs9 = errors;
	const _errs10 = errors;
	if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
	validate22.errors = [{instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs10){
	if((typeof data4 == "number") && (isFinite(data4))){
	if(data4 > 5 || isNaN(data4)){
	validate22.errors = [{instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
	return false;
	}
	else {
	if(data4 < 1 || isNaN(data4)){
	validate22.errors = [{instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
	return false;
	}
	}
	}
	}
	var valid1 = _errs9 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data3.reason !== undefined){
	let data5 = data3.reason;
	const _errs12 = errors;
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	validate22.errors = [{instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid1 = _errs12 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data3.controls !== undefined){
	let data6 = data3.controls;
	const _errs14 = errors;
	if(errors === _errs14){
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	for(const key2 in data6){
	const _errs17 = errors;
	if(!(validate23(data6[key2], {instancePath:instancePath+"/maturity/controls/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	var valid3 = _errs17 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/maturity/controls",schemaPath:"#/properties/maturity/properties/controls/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs14 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data3.configurations !== undefined){
	let data8 = data3.configurations;
	const _errs18 = errors;
	if(errors === _errs18){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	for(const key3 in data8){
	const _errs21 = errors;
	if(!(validate23(data8[key3], {instancePath:instancePath+"/maturity/configurations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	var valid4 = _errs21 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/maturity/configurations",schemaPath:"#/properties/maturity/properties/configurations/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs18 === errors;
	}
	else {
	var valid1 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.controls !== undefined){
	let data10 = data.controls;
	const _errs22 = errors;
	if(errors === _errs22){
	if(Array.isArray(data10)){
	var valid5 = true;
	const len0 = data10.length;
	for(let i0=0; i0<len0; i0++){
	let data11 = data10[i0];
	const _errs24 = errors;
	if(errors === _errs24){
	if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
	let missing2;
	if(((((data11.id === undefined) && (missing2 = "id")) || ((data11.result === undefined) && (missing2 = "result"))) || ((data11.level === undefined) && (missing2 = "level"))) || ((data11.required === undefined) && (missing2 = "required"))){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	const _errs26 = errors;
	for(const key4 in data11){
	if(!(((((key4 === "id") || (key4 === "result")) || (key4 === "level")) || (key4 === "required")) || (key4 === "questions"))){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
	return false;
	}
	}
	if(_errs26 === errors){
	if(data11.id !== undefined){
	let data12 = data11.id;
	const _errs27 = errors;
	if(errors === _errs27){
	if(typeof data12 === "string"){
	if(func2(data12) < 1){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid6 = _errs27 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.result !== undefined){
	let data13 = data11.result;
	const _errs29 = errors;
	if(!(((data13 === "pass") || (data13 === "fail")) || (data13 === "gap"))){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/result",schemaPath:"#/properties/controls/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.controls.items.properties.result.enum}}];
	return false;
	}
	var valid6 = _errs29 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.level !== undefined){
	let data14 = data11.level;
	const _errs30 = errors;
	const _errs31 = errors;
	let valid7 = false;
	let passing0 = null;
	const _errs32 = errors;
	const _errs33 = errors;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	const err0 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(errors === _errs33){
	if((typeof data14 == "number") && (isFinite(data14))){
	if(data14 > 5 || isNaN(data14)){
	const err1 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	else {
	if(data14 < 1 || isNaN(data14)){
	const err2 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	}
	}
	var _valid0 = _errs32 === errors;
	if(_valid0){
	valid7 = true;
	passing0 = 0;
	}
	const _errs35 = errors;
	if(data14 !== null){
	const err3 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs35 === errors;
	if(_valid0 && valid7){
	valid7 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid7 = true;
	passing0 = 1;
	}
	}
	if(!valid7){
	const err4 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate22.errors = vErrors;
	return false;
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
	var valid6 = _errs30 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.required !== undefined){
	const _errs37 = errors;
	if(typeof data11.required !== "boolean"){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/required",schemaPath:"#/properties/controls/items/properties/required/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid6 = _errs37 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.questions !== undefined){
	let data16 = data11.questions;
	const _errs39 = errors;
	if(errors === _errs39){
	if(Array.isArray(data16)){
	var valid9 = true;
	const len1 = data16.length;
	for(let i1=0; i1<len1; i1++){
	const _errs41 = errors;
	if(typeof data16[i1] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/questions/" + i1,schemaPath:"#/properties/controls/items/properties/questions/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid9 = _errs41 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0+"/questions",schemaPath:"#/properties/controls/items/properties/questions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid6 = _errs39 === errors;
	}
	else {
	var valid6 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid5 = _errs24 === errors;
	if(!valid5){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs22 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.configurations !== undefined){
	let data18 = data.configurations;
	const _errs43 = errors;
	if(errors === _errs43){
	if(Array.isArray(data18)){
	var valid10 = true;
	const len2 = data18.length;
	for(let i2=0; i2<len2; i2++){
	let data19 = data18[i2];
	const _errs45 = errors;
	if(errors === _errs45){
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	let missing3;
	if(((((data19.id === undefined) && (missing3 = "id")) || ((data19.result === undefined) && (missing3 = "result"))) || ((data19.reasons === undefined) && (missing3 = "reasons"))) || ((data19.exception === undefined) && (missing3 = "exception"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: missing3}}];
	return false;
	}
	else {
	const _errs47 = errors;
	for(const key5 in data19){
	if(!(((((key5 === "id") || (key5 === "result")) || (key5 === "reasons")) || (key5 === "exception")) || (key5 === "waivers"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
	return false;
	}
	}
	if(_errs47 === errors){
	if(data19.id !== undefined){
	let data20 = data19.id;
	const _errs48 = errors;
	if(errors === _errs48){
	if(typeof data20 === "string"){
	if(func2(data20) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid11 = _errs48 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data19.result !== undefined){
	let data21 = data19.result;
	const _errs50 = errors;
	if(!(((data21 === "approved") || (data21 === "excluded")) || (data21 === "rejected"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/result",schemaPath:"#/properties/configurations/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.result.enum}}];
	return false;
	}
	var valid11 = _errs50 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data19.reasons !== undefined){
	let data22 = data19.reasons;
	const _errs51 = errors;
	const _errs52 = errors;
	if(errors === _errs52){
	if(Array.isArray(data22)){
	var valid13 = true;
	const len3 = data22.length;
	for(let i3=0; i3<len3; i3++){
	const _errs54 = errors;
	if(typeof data22[i3] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/reasons/" + i3,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid13 = _errs54 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid11 = _errs51 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data19.exception !== undefined){
	let data24 = data19.exception;
	const _errs56 = errors;
	if((typeof data24 !== "string") && (data24 !== null)){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/exception",schemaPath:"#/properties/configurations/items/properties/exception/type",keyword:"type",params:{type: schema50.properties.configurations.items.properties.exception.type}}];
	return false;
	}
	var valid11 = _errs56 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data19.waivers !== undefined){
	let data25 = data19.waivers;
	const _errs58 = errors;
	if(errors === _errs58){
	if(Array.isArray(data25)){
	var valid14 = true;
	const len4 = data25.length;
	for(let i4=0; i4<len4; i4++){
	let data26 = data25[i4];
	const _errs60 = errors;
	if(errors === _errs60){
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	let missing4;
	if((((data26.exception === undefined) && (missing4 = "exception")) || ((data26.waived === undefined) && (missing4 = "waived"))) || ((data26.notWaived === undefined) && (missing4 = "notWaived"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: missing4}}];
	return false;
	}
	else {
	const _errs62 = errors;
	for(const key6 in data26){
	if(!(((key6 === "exception") || (key6 === "waived")) || (key6 === "notWaived"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
	return false;
	}
	}
	if(_errs62 === errors){
	if(data26.exception !== undefined){
	let data27 = data26.exception;
	const _errs63 = errors;
	if(errors === _errs63){
	if(typeof data27 === "string"){
	if(func2(data27) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid15 = _errs63 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data26.waived !== undefined){
	let data28 = data26.waived;
	const _errs65 = errors;
	if(errors === _errs65){
	if(Array.isArray(data28)){
	var valid16 = true;
	const len5 = data28.length;
	for(let i5=0; i5<len5; i5++){
	let data29 = data28[i5];
	const _errs67 = errors;
	if(errors === _errs67){
	if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
	let missing5;
	if(((data29.rule === undefined) && (missing5 = "rule")) || ((data29.message === undefined) && (missing5 = "message"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/required",keyword:"required",params:{missingProperty: missing5}}];
	return false;
	}
	else {
	const _errs69 = errors;
	for(const key7 in data29){
	if(!((key7 === "rule") || (key7 === "message"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
	return false;
	}
	}
	if(_errs69 === errors){
	if(data29.rule !== undefined){
	let data30 = data29.rule;
	const _errs70 = errors;
	if(errors === _errs70){
	if(typeof data30 === "string"){
	if(func2(data30) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid17 = _errs70 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data29.message !== undefined){
	let data31 = data29.message;
	const _errs72 = errors;
	if(errors === _errs72){
	if(typeof data31 === "string"){
	if(func2(data31) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid17 = _errs72 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid16 = _errs67 === errors;
	if(!valid16){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid15 = _errs65 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data26.notWaived !== undefined){
	let data32 = data26.notWaived;
	const _errs74 = errors;
	if(errors === _errs74){
	if(Array.isArray(data32)){
	var valid18 = true;
	const len6 = data32.length;
	for(let i6=0; i6<len6; i6++){
	let data33 = data32[i6];
	const _errs76 = errors;
	if(errors === _errs76){
	if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
	let missing6;
	if((((data33.rule === undefined) && (missing6 = "rule")) || ((data33.message === undefined) && (missing6 = "message"))) || ((data33.why === undefined) && (missing6 = "why"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: missing6}}];
	return false;
	}
	else {
	const _errs78 = errors;
	for(const key8 in data33){
	if(!(((key8 === "rule") || (key8 === "message")) || (key8 === "why"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
	return false;
	}
	}
	if(_errs78 === errors){
	if(data33.rule !== undefined){
	let data34 = data33.rule;
	const _errs79 = errors;
	if(errors === _errs79){
	if(typeof data34 === "string"){
	if(func2(data34) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs79 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data33.message !== undefined){
	let data35 = data33.message;
	const _errs81 = errors;
	if(errors === _errs81){
	if(typeof data35 === "string"){
	if(func2(data35) < 1){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid19 = _errs81 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data33.why !== undefined){
	let data36 = data33.why;
	const _errs83 = errors;
	if(!((data36 === "not-in-waives") || (data36 === "not-waivable"))){
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/why",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/why/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why.enum}}];
	return false;
	}
	var valid19 = _errs83 === errors;
	}
	else {
	var valid19 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid18 = _errs76 === errors;
	if(!valid18){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid15 = _errs74 === errors;
	}
	else {
	var valid15 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid14 = _errs60 === errors;
	if(!valid14){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2+"/waivers",schemaPath:"#/properties/configurations/items/properties/waivers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid11 = _errs58 === errors;
	}
	else {
	var valid11 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid10 = _errs45 === errors;
	if(!valid10){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/configurations",schemaPath:"#/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs43 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.questions !== undefined){
	let data37 = data.questions;
	const _errs84 = errors;
	if(errors === _errs84){
	if(Array.isArray(data37)){
	if(data37.length > 5){
	validate22.errors = [{instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/maxItems",keyword:"maxItems",params:{limit: 5}}];
	return false;
	}
	else {
	if(data37.length < 5){
	validate22.errors = [{instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 5}}];
	return false;
	}
	else {
	var valid20 = true;
	const len7 = data37.length;
	for(let i7=0; i7<len7; i7++){
	let data38 = data37[i7];
	const _errs86 = errors;
	if(errors === _errs86){
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	let missing7;
	if((((((data38.id === undefined) && (missing7 = "id")) || ((data38.question === undefined) && (missing7 = "question"))) || ((data38.answer === undefined) && (missing7 = "answer"))) || ((data38.reasons === undefined) && (missing7 = "reasons"))) || ((data38.evidence === undefined) && (missing7 = "evidence"))){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: missing7}}];
	return false;
	}
	else {
	const _errs88 = errors;
	for(const key9 in data38){
	if(!(((((key9 === "id") || (key9 === "question")) || (key9 === "answer")) || (key9 === "reasons")) || (key9 === "evidence"))){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
	return false;
	}
	}
	if(_errs88 === errors){
	if(data38.id !== undefined){
	let data39 = data38.id;
	const _errs89 = errors;
	if(!(((((data39 === "approved-before-signing") || (data39 === "signed-by-authorized-key")) || (data39 === "affected-versions-mapped")) || (data39 === "rollback-recovery-tested")) || (data39 === "decisions-retained"))){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/id",schemaPath:"#/properties/questions/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.id.enum}}];
	return false;
	}
	var valid21 = _errs89 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data38.question !== undefined){
	let data40 = data38.question;
	const _errs90 = errors;
	if(errors === _errs90){
	if(typeof data40 === "string"){
	if(func2(data40) < 1){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid21 = _errs90 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data38.answer !== undefined){
	let data41 = data38.answer;
	const _errs92 = errors;
	if(!(((data41 === "pass") || (data41 === "fail")) || (data41 === "gap"))){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/answer",schemaPath:"#/properties/questions/items/properties/answer/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.answer.enum}}];
	return false;
	}
	var valid21 = _errs92 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data38.reasons !== undefined){
	let data42 = data38.reasons;
	const _errs93 = errors;
	const _errs94 = errors;
	if(errors === _errs94){
	if(Array.isArray(data42)){
	var valid23 = true;
	const len8 = data42.length;
	for(let i8=0; i8<len8; i8++){
	const _errs96 = errors;
	if(typeof data42[i8] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/reasons/" + i8,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid23 = _errs96 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid21 = _errs93 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data38.evidence !== undefined){
	let data44 = data38.evidence;
	const _errs98 = errors;
	const _errs99 = errors;
	if(errors === _errs99){
	if(Array.isArray(data44)){
	var valid25 = true;
	const len9 = data44.length;
	for(let i9=0; i9<len9; i9++){
	const _errs101 = errors;
	if(typeof data44[i9] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/evidence/" + i9,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid25 = _errs101 === errors;
	if(!valid25){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid21 = _errs98 === errors;
	}
	else {
	var valid21 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid20 = _errs86 === errors;
	if(!valid20){
	break;
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs84 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.conditions !== undefined){
	let data46 = data.conditions;
	const _errs103 = errors;
	if(errors === _errs103){
	if(Array.isArray(data46)){
	var valid26 = true;
	const len10 = data46.length;
	for(let i10=0; i10<len10; i10++){
	let data47 = data46[i10];
	const _errs105 = errors;
	if(errors === _errs105){
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	let missing8;
	if(((((data47.id === undefined) && (missing8 = "id")) || ((data47.configuration === undefined) && (missing8 = "configuration"))) || ((data47.text === undefined) && (missing8 = "text"))) || ((data47.followUpBy === undefined) && (missing8 = "followUpBy"))){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: missing8}}];
	return false;
	}
	else {
	const _errs107 = errors;
	for(const key10 in data47){
	if(!(((((((key10 === "id") || (key10 === "configuration")) || (key10 === "text")) || (key10 === "followUpBy")) || (key10 === "remainOn")) || (key10 === "mitigation")) || (key10 === "acceptedBy"))){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}}];
	return false;
	}
	}
	if(_errs107 === errors){
	if(data47.id !== undefined){
	let data48 = data47.id;
	const _errs108 = errors;
	if(errors === _errs108){
	if(typeof data48 === "string"){
	if(func2(data48) < 1){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid27 = _errs108 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.configuration !== undefined){
	let data49 = data47.configuration;
	const _errs110 = errors;
	if((typeof data49 !== "string") && (data49 !== null)){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/configuration",schemaPath:"#/properties/conditions/items/properties/configuration/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.configuration.type}}];
	return false;
	}
	var valid27 = _errs110 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.text !== undefined){
	let data50 = data47.text;
	const _errs112 = errors;
	if(errors === _errs112){
	if(typeof data50 === "string"){
	if(func2(data50) < 1){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid27 = _errs112 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.followUpBy !== undefined){
	let data51 = data47.followUpBy;
	const _errs114 = errors;
	if((typeof data51 !== "string") && (data51 !== null)){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/followUpBy",schemaPath:"#/properties/conditions/items/properties/followUpBy/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.followUpBy.type}}];
	return false;
	}
	var valid27 = _errs114 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.remainOn !== undefined){
	const _errs116 = errors;
	if(typeof data47.remainOn !== "string"){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/remainOn",schemaPath:"#/properties/conditions/items/properties/remainOn/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid27 = _errs116 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.mitigation !== undefined){
	const _errs118 = errors;
	if(typeof data47.mitigation !== "string"){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/mitigation",schemaPath:"#/properties/conditions/items/properties/mitigation/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid27 = _errs118 === errors;
	}
	else {
	var valid27 = true;
	}
	if(valid27){
	if(data47.acceptedBy !== undefined){
	const _errs120 = errors;
	if(typeof data47.acceptedBy !== "string"){
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10+"/acceptedBy",schemaPath:"#/properties/conditions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid27 = _errs120 === errors;
	}
	else {
	var valid27 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid26 = _errs105 === errors;
	if(!valid26){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs103 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.findings !== undefined){
	let data55 = data.findings;
	const _errs122 = errors;
	if(errors === _errs122){
	if(Array.isArray(data55)){
	var valid28 = true;
	const len11 = data55.length;
	for(let i11=0; i11<len11; i11++){
	let data56 = data55[i11];
	const _errs124 = errors;
	if(errors === _errs124){
	if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
	let missing9;
	if((((((data56.rule === undefined) && (missing9 = "rule")) || ((data56.control === undefined) && (missing9 = "control"))) || ((data56.severity === undefined) && (missing9 = "severity"))) || ((data56.message === undefined) && (missing9 = "message"))) || ((data56.evidence === undefined) && (missing9 = "evidence"))){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: missing9}}];
	return false;
	}
	else {
	const _errs126 = errors;
	for(const key11 in data56){
	if(!(((((((key11 === "rule") || (key11 === "control")) || (key11 === "severity")) || (key11 === "message")) || (key11 === "evidence")) || (key11 === "configuration")) || (key11 === "waivable"))){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
	return false;
	}
	}
	if(_errs126 === errors){
	if(data56.rule !== undefined){
	let data57 = data56.rule;
	const _errs127 = errors;
	if(errors === _errs127){
	if(typeof data57 === "string"){
	if(func2(data57) < 1){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid29 = _errs127 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.control !== undefined){
	let data58 = data56.control;
	const _errs129 = errors;
	if(errors === _errs129){
	if(typeof data58 === "string"){
	if(func2(data58) < 1){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid29 = _errs129 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.severity !== undefined){
	let data59 = data56.severity;
	const _errs131 = errors;
	if(!((((data59 === "violation") || (data59 === "gap")) || (data59 === "warning")) || (data59 === "info"))){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/severity",schemaPath:"#/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema50.properties.findings.items.properties.severity.enum}}];
	return false;
	}
	var valid29 = _errs131 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.message !== undefined){
	let data60 = data56.message;
	const _errs132 = errors;
	if(errors === _errs132){
	if(typeof data60 === "string"){
	if(func2(data60) < 1){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid29 = _errs132 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.evidence !== undefined){
	let data61 = data56.evidence;
	const _errs134 = errors;
	const _errs135 = errors;
	if(errors === _errs135){
	if(Array.isArray(data61)){
	var valid31 = true;
	const len12 = data61.length;
	for(let i12=0; i12<len12; i12++){
	const _errs137 = errors;
	if(typeof data61[i12] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/evidence/" + i12,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid31 = _errs137 === errors;
	if(!valid31){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid29 = _errs134 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.configuration !== undefined){
	const _errs139 = errors;
	if(typeof data56.configuration !== "string"){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/configuration",schemaPath:"#/properties/findings/items/properties/configuration/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid29 = _errs139 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data56.waivable !== undefined){
	const _errs141 = errors;
	if(typeof data56.waivable !== "boolean"){
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11+"/waivable",schemaPath:"#/properties/findings/items/properties/waivable/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid29 = _errs141 === errors;
	}
	else {
	var valid29 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid28 = _errs124 === errors;
	if(!valid28){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs122 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data65 = data.fleet;
	const _errs143 = errors;
	if(errors === _errs143){
	if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
	let missing10;
	if(((((((data65.inventory === undefined) && (missing10 = "inventory")) || ((data65.cohort === undefined) && (missing10 = "cohort"))) || ((data65.covered === undefined) && (missing10 = "covered"))) || ((data65.notCovered === undefined) && (missing10 = "notCovered"))) || ((data65.unknown === undefined) && (missing10 = "unknown"))) || ((data65.note === undefined) && (missing10 = "note"))){
	validate22.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: missing10}}];
	return false;
	}
	else {
	const _errs145 = errors;
	for(const key12 in data65){
	if(!((((((key12 === "inventory") || (key12 === "cohort")) || (key12 === "covered")) || (key12 === "notCovered")) || (key12 === "unknown")) || (key12 === "note"))){
	validate22.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}}];
	return false;
	}
	}
	if(_errs145 === errors){
	if(data65.inventory !== undefined){
	const _errs146 = errors;
	if(typeof data65.inventory !== "boolean"){
	validate22.errors = [{instancePath:instancePath+"/fleet/inventory",schemaPath:"#/properties/fleet/properties/inventory/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid32 = _errs146 === errors;
	}
	else {
	var valid32 = true;
	}
	if(valid32){
	if(data65.cohort !== undefined){
	const _errs148 = errors;
	if(typeof data65.cohort !== "string"){
	validate22.errors = [{instancePath:instancePath+"/fleet/cohort",schemaPath:"#/properties/fleet/properties/cohort/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid32 = _errs148 === errors;
	}
	else {
	var valid32 = true;
	}
	if(valid32){
	if(data65.covered !== undefined){
	let data68 = data65.covered;
	const _errs150 = errors;
	if(errors === _errs150){
	if(Array.isArray(data68)){
	var valid33 = true;
	const len13 = data68.length;
	for(let i13=0; i13<len13; i13++){
	const _errs152 = errors;
	if(typeof data68[i13] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/fleet/covered/" + i13,schemaPath:"#/properties/fleet/properties/covered/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid33 = _errs152 === errors;
	if(!valid33){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/fleet/covered",schemaPath:"#/properties/fleet/properties/covered/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid32 = _errs150 === errors;
	}
	else {
	var valid32 = true;
	}
	if(valid32){
	if(data65.notCovered !== undefined){
	let data70 = data65.notCovered;
	const _errs154 = errors;
	if(errors === _errs154){
	if(Array.isArray(data70)){
	var valid34 = true;
	const len14 = data70.length;
	for(let i14=0; i14<len14; i14++){
	const _errs156 = errors;
	if(typeof data70[i14] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/fleet/notCovered/" + i14,schemaPath:"#/properties/fleet/properties/notCovered/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid34 = _errs156 === errors;
	if(!valid34){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/fleet/notCovered",schemaPath:"#/properties/fleet/properties/notCovered/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid32 = _errs154 === errors;
	}
	else {
	var valid32 = true;
	}
	if(valid32){
	if(data65.unknown !== undefined){
	let data72 = data65.unknown;
	const _errs158 = errors;
	if(errors === _errs158){
	if(Array.isArray(data72)){
	var valid35 = true;
	const len15 = data72.length;
	for(let i15=0; i15<len15; i15++){
	const _errs160 = errors;
	if(typeof data72[i15] !== "string"){
	validate22.errors = [{instancePath:instancePath+"/fleet/unknown/" + i15,schemaPath:"#/properties/fleet/properties/unknown/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid35 = _errs160 === errors;
	if(!valid35){
	break;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/fleet/unknown",schemaPath:"#/properties/fleet/properties/unknown/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid32 = _errs158 === errors;
	}
	else {
	var valid32 = true;
	}
	if(valid32){
	if(data65.note !== undefined){
	let data74 = data65.note;
	const _errs162 = errors;
	if(errors === _errs162){
	if(typeof data74 === "string"){
	if(func2(data74) < 1){
	validate22.errors = [{instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid32 = _errs162 === errors;
	}
	else {
	var valid32 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs143 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate22.errors = vErrors;
	return errors === 0;
	}
	validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyOutput;
	};
	validatorsPackage.dsseEnvelope = () => {
	  const exports = {};
	exports.dsseEnvelope = validate26;
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((data.payload === undefined) && (missing0 = "payload")) || ((data.payloadType === undefined) && (missing0 = "payloadType"))) || ((data.signatures === undefined) && (missing0 = "signatures"))){
	validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	if(data.payload !== undefined){
	const _errs1 = errors;
	if(typeof data.payload !== "string"){
	validate26.errors = [{instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.payloadType !== undefined){
	let data1 = data.payloadType;
	const _errs3 = errors;
	{
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	validate26.errors = [{instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate26.errors = [{instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signatures !== undefined){
	let data2 = data.signatures;
	const _errs5 = errors;
	{
	if(Array.isArray(data2)){
	if(data2.length > 100){
	validate26.errors = [{instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	let data3 = data2[i0];
	const _errs7 = errors;
	{
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	let missing1;
	if((data3.sig === undefined) && (missing1 = "sig")){
	validate26.errors = [{instancePath:instancePath+"/signatures/" + i0,schemaPath:"#/properties/signatures/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	if(data3.keyid !== undefined){
	const _errs9 = errors;
	if(typeof data3.keyid !== "string"){
	validate26.errors = [{instancePath:instancePath+"/signatures/" + i0+"/keyid",schemaPath:"#/properties/signatures/items/properties/keyid/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid2 = _errs9 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data3.sig !== undefined){
	const _errs11 = errors;
	if(typeof data3.sig !== "string"){
	validate26.errors = [{instancePath:instancePath+"/signatures/" + i0+"/sig",schemaPath:"#/properties/signatures/items/properties/sig/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid2 = _errs11 === errors;
	}
	else {
	var valid2 = true;
	}
	}
	}
	}
	else {
	validate26.errors = [{instancePath:instancePath+"/signatures/" + i0,schemaPath:"#/properties/signatures/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs7 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate26.errors = [{instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	else {
	validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate26.errors = vErrors;
	return errors === 0;
	}
	validate26.evaluated = {"props":{"payload":true,"payloadType":true,"signatures":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.dsseEnvelope;
	};
	validatorsPackage.signingEvent = () => {
	  const exports = {};
	exports.signingEvent = validate27;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.signer === undefined) && (missing0 = "signer"))) || ((data.keyId === undefined) && (missing0 = "keyId"))) || ((data.time === undefined) && (missing0 = "time"))) || ((data.subject === undefined) && (missing0 = "subject"))){
	validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "signer")) || (key0 === "keyId")) || (key0 === "time")) || (key0 === "subject"))){
	validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate27.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate27.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("SigningEvent" !== data.kind){
	validate27.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SigningEvent"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signer !== undefined){
	let data3 = data.signer;
	const _errs6 = errors;
	{
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	validate27.errors = [{instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate27.errors = [{instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate27.errors = [{instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keyId !== undefined){
	let data4 = data.keyId;
	const _errs8 = errors;
	{
	if(typeof data4 === "string"){
	if(func2(data4) > 1000){
	validate27.errors = [{instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate27.errors = [{instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate27.errors = [{instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.time !== undefined){
	let data5 = data.time;
	const _errs10 = errors;
	{
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 64){
	validate27.errors = [{instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data5))){
	validate27.errors = [{instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate27.errors = [{instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subject !== undefined){
	let data6 = data.subject;
	const _errs13 = errors;
	{
	if(typeof data6 === "string"){
	if(func2(data6) > 1000){
	validate27.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data6) < 1){
	validate27.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate27.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs13 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate27.errors = vErrors;
	return errors === 0;
	}
	validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.signingEvent;
	};
	validatorsPackage.releaseApproval = () => {
	  const exports = {};
	exports.releaseApproval = validate28;
	const schema62 = {"properties":{"approvals":{"items":{"properties":{"decision":{"enum":["approved","rejected"]}}}}}};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const pattern17 = new RegExp("^[0-9a-f]{64}$", "u");
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.product === undefined) && (missing0 = "product"))) || ((data.version === undefined) && (missing0 = "version"))) || ((data.approvedArtifacts === undefined) && (missing0 = "approvedArtifacts"))) || ((data.approvals === undefined) && (missing0 = "approvals"))){
	validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "version")) || (key0 === "approvedArtifacts")) || (key0 === "approvals"))){
	validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate28.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate28.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("ReleaseApproval" !== data.kind){
	validate28.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ReleaseApproval"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data3 = data.product;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	validate28.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate28.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.version !== undefined){
	let data4 = data.version;
	const _errs8 = errors;
	const _errs9 = errors;
	if(errors === _errs9){
	if(typeof data4 === "string"){
	if(func2(data4) > 64){
	validate28.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data4)){
	validate28.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvedArtifacts !== undefined){
	let data5 = data.approvedArtifacts;
	const _errs11 = errors;
	if(errors === _errs11){
	if(Array.isArray(data5)){
	if(data5.length > 1000){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	if(data5.length < 1){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid2 = true;
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	const _errs13 = errors;
	if(errors === _errs13){
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	let missing1;
	if(((data6.name === undefined) && (missing1 = "name")) || ((data6.sha256 === undefined) && (missing1 = "sha256"))){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs15 = errors;
	for(const key1 in data6){
	if(!((key1 === "name") || (key1 === "sha256"))){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs15 === errors){
	if(data6.name !== undefined){
	let data7 = data6.name;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs16 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data6.sha256 !== undefined){
	let data8 = data6.sha256;
	const _errs18 = errors;
	const _errs19 = errors;
	if(errors === _errs19){
	if(typeof data8 === "string"){
	if(!pattern17.test(data8)){
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"}}];
	return false;
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs18 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid2 = _errs13 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvals !== undefined){
	let data9 = data.approvals;
	const _errs21 = errors;
	if(errors === _errs21){
	if(Array.isArray(data9)){
	if(data9.length > 100){
	validate28.errors = [{instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	if(data9.length < 1){
	validate28.errors = [{instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid5 = true;
	const len1 = data9.length;
	for(let i1=0; i1<len1; i1++){
	let data10 = data9[i1];
	const _errs23 = errors;
	if(errors === _errs23){
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	let missing2;
	if(((((data10.approver === undefined) && (missing2 = "approver")) || ((data10.role === undefined) && (missing2 = "role"))) || ((data10.decision === undefined) && (missing2 = "decision"))) || ((data10.time === undefined) && (missing2 = "time"))){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	const _errs25 = errors;
	for(const key2 in data10){
	if(!(((((key2 === "approver") || (key2 === "role")) || (key2 === "decision")) || (key2 === "time")) || (key2 === "reference"))){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
	return false;
	}
	}
	if(_errs25 === errors){
	if(data10.approver !== undefined){
	let data11 = data10.approver;
	const _errs26 = errors;
	if(errors === _errs26){
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid6 = _errs26 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data10.role !== undefined){
	let data12 = data10.role;
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid6 = _errs28 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data10.decision !== undefined){
	let data13 = data10.decision;
	const _errs30 = errors;
	if(!((data13 === "approved") || (data13 === "rejected"))){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/decision",schemaPath:"#/properties/approvals/items/properties/decision/enum",keyword:"enum",params:{allowedValues: schema62.properties.approvals.items.properties.decision.enum}}];
	return false;
	}
	var valid6 = _errs30 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data10.time !== undefined){
	let data14 = data10.time;
	const _errs31 = errors;
	const _errs32 = errors;
	if(errors === _errs32){
	if(errors === _errs32){
	if(typeof data14 === "string"){
	if(func2(data14) > 64){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data14))){
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid6 = _errs31 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data10.reference !== undefined){
	let data15 = data10.reference;
	const _errs34 = errors;
	const _errs35 = errors;
	let valid8 = false;
	const _errs36 = errors;
	if(errors === _errs36){
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	const err0 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(func2(data15) < 1){
	const err1 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	}
	else {
	const err2 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	var _valid0 = _errs36 === errors;
	valid8 = valid8 || _valid0;
	const _errs38 = errors;
	if(data15 !== null){
	const err3 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs38 === errors;
	valid8 = valid8 || _valid0;
	if(!valid8){
	const err4 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate28.errors = vErrors;
	return false;
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
	var valid6 = _errs34 === errors;
	}
	else {
	var valid6 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid5 = _errs23 === errors;
	if(!valid5){
	break;
	}
	}
	}
	}
	}
	else {
	validate28.errors = [{instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs21 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate28.errors = vErrors;
	return errors === 0;
	}
	validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.releaseApproval;
	};
	validatorsPackage.rollbackRecoveryTests = () => {
	  const exports = {};
	exports.rollbackRecoveryTests = validate29;
	const schema66 = {"properties":{"results":{"items":{"properties":{"test":{"enum":["rollback","recovery"]},"outcome":{"enum":["passed","failed","not-run"]}}}}}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.product === undefined) && (missing0 = "product"))) || ((data.fromVersion === undefined) && (missing0 = "fromVersion"))) || ((data.toVersion === undefined) && (missing0 = "toVersion"))) || ((data.rollbackConditions === undefined) && (missing0 = "rollbackConditions"))) || ((data.results === undefined) && (missing0 = "results"))){
	validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "rollbackConditions")) || (key0 === "results"))){
	validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate29.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate29.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("RollbackRecoveryTests" !== data.kind){
	validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RollbackRecoveryTests"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data3 = data.product;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	validate29.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate29.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fromVersion !== undefined){
	let data4 = data.fromVersion;
	const _errs8 = errors;
	const _errs9 = errors;
	if(errors === _errs9){
	if(typeof data4 === "string"){
	if(func2(data4) > 64){
	validate29.errors = [{instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data4)){
	validate29.errors = [{instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.toVersion !== undefined){
	let data5 = data.toVersion;
	const _errs11 = errors;
	const _errs12 = errors;
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(func2(data5) > 64){
	validate29.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data5)){
	validate29.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.rollbackConditions !== undefined){
	let data6 = data.rollbackConditions;
	const _errs14 = errors;
	if(errors === _errs14){
	if(Array.isArray(data6)){
	if(data6.length > 100){
	validate29.errors = [{instancePath:instancePath+"/rollbackConditions",schemaPath:"#/properties/rollbackConditions/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	var valid3 = true;
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate29.errors = [{instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate29.errors = [{instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs16 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/rollbackConditions",schemaPath:"#/properties/rollbackConditions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.results !== undefined){
	let data8 = data.results;
	const _errs18 = errors;
	if(errors === _errs18){
	if(Array.isArray(data8)){
	if(data8.length > 1000){
	validate29.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid4 = true;
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	const _errs20 = errors;
	const _errs22 = errors;
	const _errs23 = errors;
	let valid6 = true;
	const _errs24 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if((data9.outcome === undefined) && ("outcome")){
	const err0 = {};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(data9.outcome !== undefined){
	let data10 = data9.outcome;
	if(!((data10 === "passed") || (data10 === "failed"))){
	const err1 = {};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
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
	let missing2;
	if((data9.time === undefined) && (missing2 = "time")){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	if(data9.time !== undefined){
	let data11 = data9.time;
	const _errs28 = errors;
	if(errors === _errs28){
	if(errors === _errs28){
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data11))){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	}
	}
	}
	var _valid0 = _errs26 === errors;
	valid6 = _valid0;
	if(valid6){
	var props0 = {};
	props0.time = true;
	props0.outcome = true;
	}
	}
	if(!valid6){
	const err2 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	validate29.errors = vErrors;
	return false;
	}
	var valid5 = _errs22 === errors;
	if(valid5){
	const _errs30 = errors;
	const _errs31 = errors;
	let valid10 = true;
	const _errs32 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if((data9.outcome === undefined) && ("outcome")){
	const err3 = {};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	else {
	if(data9.outcome !== undefined){
	if("not-run" !== data9.outcome){
	const err4 = {};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
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
	if(data9.time !== null){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/allOf/1/then/properties/time/type",keyword:"type",params:{type: "null"}}];
	return false;
	}
	}
	}
	var _valid1 = _errs34 === errors;
	valid10 = _valid1;
	if(valid10){
	var props1 = {};
	props1.time = true;
	props1.outcome = true;
	}
	}
	if(!valid10){
	const err5 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	validate29.errors = vErrors;
	return false;
	}
	var valid5 = _errs30 === errors;
	if(valid5){
	if(props0 !== true && props1 !== undefined){
	if(props1 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props1);
	}
	}
	}
	}
	if(errors === _errs20){
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing4;
	if(((((data9.configuration === undefined) && (missing4 = "configuration")) || ((data9.hardware === undefined) && (missing4 = "hardware"))) || ((data9.test === undefined) && (missing4 = "test"))) || ((data9.outcome === undefined) && (missing4 = "outcome"))){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: missing4}}];
	return false;
	}
	else {
	const _errs37 = errors;
	for(const key1 in data9){
	if(!((((((key1 === "configuration") || (key1 === "hardware")) || (key1 === "test")) || (key1 === "outcome")) || (key1 === "time")) || (key1 === "reference"))){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs37 === errors){
	if(data9.configuration !== undefined){
	let data14 = data9.configuration;
	const _errs38 = errors;
	if(errors === _errs38){
	if(typeof data14 === "string"){
	if(func2(data14) > 1000){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data14) < 1){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid13 = _errs38 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data9.hardware !== undefined){
	let data15 = data9.hardware;
	const _errs40 = errors;
	if(errors === _errs40){
	if(typeof data15 === "string"){
	if(func2(data15) > 1000){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid13 = _errs40 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data9.test !== undefined){
	let data16 = data9.test;
	const _errs42 = errors;
	if(!((data16 === "rollback") || (data16 === "recovery"))){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/test",schemaPath:"#/properties/results/items/properties/test/enum",keyword:"enum",params:{allowedValues: schema66.properties.results.items.properties.test.enum}}];
	return false;
	}
	var valid13 = _errs42 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data9.outcome !== undefined){
	let data17 = data9.outcome;
	const _errs43 = errors;
	if(!(((data17 === "passed") || (data17 === "failed")) || (data17 === "not-run"))){
	validate29.errors = [{instancePath:instancePath+"/results/" + i1+"/outcome",schemaPath:"#/properties/results/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema66.properties.results.items.properties.outcome.enum}}];
	return false;
	}
	var valid13 = _errs43 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data9.time !== undefined){
	let data18 = data9.time;
	const _errs44 = errors;
	const _errs45 = errors;
	let valid14 = false;
	const _errs46 = errors;
	const _errs47 = errors;
	if(errors === _errs47){
	if(errors === _errs47){
	if(typeof data18 === "string"){
	if(func2(data18) > 64){
	const err6 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data18))){
	const err7 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}};
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
	const err8 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	}
	var _valid2 = _errs46 === errors;
	valid14 = valid14 || _valid2;
	const _errs49 = errors;
	if(data18 !== null){
	const err9 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var _valid2 = _errs49 === errors;
	valid14 = valid14 || _valid2;
	if(!valid14){
	const err10 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	validate29.errors = vErrors;
	return false;
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
	var valid13 = _errs44 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data9.reference !== undefined){
	let data19 = data9.reference;
	const _errs51 = errors;
	const _errs52 = errors;
	let valid16 = false;
	const _errs53 = errors;
	if(errors === _errs53){
	if(typeof data19 === "string"){
	if(func2(data19) > 1000){
	const err11 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000}};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	else {
	if(func2(data19) < 1){
	const err12 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	}
	else {
	const err13 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	var _valid3 = _errs53 === errors;
	valid16 = valid16 || _valid3;
	const _errs55 = errors;
	if(data19 !== null){
	const err14 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	var _valid3 = _errs55 === errors;
	valid16 = valid16 || _valid3;
	if(!valid16){
	const err15 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	validate29.errors = vErrors;
	return false;
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
	var valid13 = _errs51 === errors;
	}
	else {
	var valid13 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid4 = _errs20 === errors;
	if(!valid4){
	break;
	}
	}
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs18 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate29.errors = vErrors;
	return errors === 0;
	}
	validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.rollbackRecoveryTests;
	};
	validatorsPackage.affectedVersions = () => {
	  const exports = {};
	exports.affectedVersions = validate30;
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.product === undefined) && (missing0 = "product"))) || ((data.vulnerabilities === undefined) && (missing0 = "vulnerabilities"))){
	validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "format")) || (key0 === "product")) || (key0 === "vulnerabilities"))){
	validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate30.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate30.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("AffectedVersions" !== data.kind){
	validate30.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AffectedVersions"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.format !== undefined){
	const _errs6 = errors;
	if("update-gate" !== data.format){
	validate30.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "update-gate"}}];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data4 = data.product;
	const _errs7 = errors;
	if(errors === _errs7){
	if(typeof data4 === "string"){
	if(func2(data4) > 1000){
	validate30.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate30.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vulnerabilities !== undefined){
	let data5 = data.vulnerabilities;
	const _errs9 = errors;
	if(errors === _errs9){
	if(Array.isArray(data5)){
	if(data5.length > 50000){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	if(data5.length < 1){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	const _errs11 = errors;
	if(errors === _errs11){
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	let missing1;
	if((((((data6.id === undefined) && (missing1 = "id")) || ((data6.record === undefined) && (missing1 = "record"))) || ((data6.ranges === undefined) && (missing1 = "ranges"))) || ((data6.fixedIn === undefined) && (missing1 = "fixedIn"))) || ((data6.remediation === undefined) && (missing1 = "remediation"))){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs13 = errors;
	for(const key1 in data6){
	if(!(((((key1 === "id") || (key1 === "record")) || (key1 === "ranges")) || (key1 === "fixedIn")) || (key1 === "remediation"))){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs13 === errors){
	if(data6.id !== undefined){
	let data7 = data6.id;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs14 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.record !== undefined){
	let data8 = data6.record;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data8) < 1){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs16 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.ranges !== undefined){
	let data9 = data6.ranges;
	const _errs18 = errors;
	if(errors === _errs18){
	if(Array.isArray(data9)){
	if(data9.length > 100){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/maxItems",keyword:"maxItems",params:{limit: 100}}];
	return false;
	}
	else {
	if(data9.length < 1){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid3 = true;
	const len1 = data9.length;
	for(let i1=0; i1<len1; i1++){
	let data10 = data9[i1];
	const _errs20 = errors;
	if(errors === _errs20){
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	let missing2;
	if(((data10.introduced === undefined) && (missing2 = "introduced")) || ((data10.fixed === undefined) && (missing2 = "fixed"))){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	const _errs22 = errors;
	for(const key2 in data10){
	if(!((key2 === "introduced") || (key2 === "fixed"))){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
	return false;
	}
	}
	if(_errs22 === errors){
	if(data10.introduced !== undefined){
	let data11 = data10.introduced;
	const _errs23 = errors;
	const _errs24 = errors;
	if(errors === _errs24){
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data11)){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid4 = _errs23 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data10.fixed !== undefined){
	let data12 = data10.fixed;
	const _errs26 = errors;
	const _errs27 = errors;
	let valid6 = false;
	const _errs28 = errors;
	const _errs29 = errors;
	if(errors === _errs29){
	if(typeof data12 === "string"){
	if(func2(data12) > 64){
	const err0 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(!pattern10.test(data12)){
	const err1 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	}
	else {
	const err2 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	var _valid0 = _errs28 === errors;
	valid6 = valid6 || _valid0;
	const _errs31 = errors;
	if(data12 !== null){
	const err3 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs31 === errors;
	valid6 = valid6 || _valid0;
	if(!valid6){
	const err4 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate30.errors = vErrors;
	return false;
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
	var valid4 = _errs26 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid3 = _errs20 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid2 = _errs18 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.fixedIn !== undefined){
	let data13 = data6.fixedIn;
	const _errs33 = errors;
	const _errs34 = errors;
	let valid8 = false;
	const _errs35 = errors;
	const _errs36 = errors;
	if(errors === _errs36){
	if(typeof data13 === "string"){
	if(func2(data13) > 64){
	const err5 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	else {
	if(!pattern10.test(data13)){
	const err6 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}};
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
	else {
	const err7 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	var _valid1 = _errs35 === errors;
	valid8 = valid8 || _valid1;
	const _errs38 = errors;
	if(data13 !== null){
	const err8 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	var _valid1 = _errs38 === errors;
	valid8 = valid8 || _valid1;
	if(!valid8){
	const err9 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	validate30.errors = vErrors;
	return false;
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
	var valid2 = _errs33 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.remediation !== undefined){
	let data14 = data6.remediation;
	const _errs40 = errors;
	if(errors === _errs40){
	if(typeof data14 === "string"){
	if(func2(data14) > 10000){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data14) < 1){
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs40 === errors;
	}
	else {
	var valid2 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs11 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	}
	else {
	validate30.errors = [{instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate30.errors = vErrors;
	return errors === 0;
	}
	validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.affectedVersions;
	};
	validatorsPackage.customerNotification = () => {
	  const exports = {};
	exports.customerNotification = validate31;
	const schema75 = {"properties":{"status":{"enum":["draft","approved","sent"]}}};
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.scope === undefined) && (missing0 = "scope"))) || ((data.audience === undefined) && (missing0 = "audience"))) || ((data.text === undefined) && (missing0 = "text"))){
	validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "status")) || (key0 === "scope")) || (key0 === "audience")) || (key0 === "text"))){
	validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate31.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate31.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("CustomerNotification" !== data.kind){
	validate31.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "CustomerNotification"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.status !== undefined){
	let data3 = data.status;
	const _errs6 = errors;
	if(!(((data3 === "draft") || (data3 === "approved")) || (data3 === "sent"))){
	validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema75.properties.status.enum}}];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.scope !== undefined){
	let data4 = data.scope;
	const _errs7 = errors;
	{
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing1;
	if(((((data4.product === undefined) && (missing1 = "product")) || ((data4.cohorts === undefined) && (missing1 = "cohorts"))) || ((data4.configurations === undefined) && (missing1 = "configurations"))) || ((data4.vulnerabilities === undefined) && (missing1 = "vulnerabilities"))){
	validate31.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!((((key1 === "product") || (key1 === "cohorts")) || (key1 === "configurations")) || (key1 === "vulnerabilities"))){
	validate31.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	{
	if(data4.product !== undefined){
	let data5 = data4.product;
	const _errs10 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate31.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate31.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid1 = _errs10 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data4.cohorts !== undefined){
	let data6 = data4.cohorts;
	const _errs12 = errors;
	{
	if(Array.isArray(data6)){
	if(data6.length > 1000){
	validate31.errors = [{instancePath:instancePath+"/scope/cohorts",schemaPath:"#/properties/scope/properties/cohorts/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid2 = true;
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	const _errs14 = errors;
	{
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate31.errors = [{instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate31.errors = [{instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/cohorts/" + i0,schemaPath:"#/properties/scope/properties/cohorts/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs14 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/cohorts",schemaPath:"#/properties/scope/properties/cohorts/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid1 = _errs12 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data4.configurations !== undefined){
	let data8 = data4.configurations;
	const _errs16 = errors;
	{
	if(Array.isArray(data8)){
	if(data8.length > 50000){
	validate31.errors = [{instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid3 = true;
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	const _errs18 = errors;
	{
	if(typeof data9 === "string"){
	if(func2(data9) > 1000){
	validate31.errors = [{instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data9) < 1){
	validate31.errors = [{instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/configurations/" + i1,schemaPath:"#/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs18 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid1 = _errs16 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data4.vulnerabilities !== undefined){
	let data10 = data4.vulnerabilities;
	const _errs20 = errors;
	{
	if(Array.isArray(data10)){
	if(data10.length > 50000){
	validate31.errors = [{instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	var valid4 = true;
	const len2 = data10.length;
	for(let i2=0; i2<len2; i2++){
	let data11 = data10[i2];
	const _errs22 = errors;
	{
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	validate31.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate31.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/vulnerabilities/" + i2,schemaPath:"#/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid4 = _errs22 === errors;
	if(!valid4){
	break;
	}
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid1 = _errs20 === errors;
	}
	else {
	var valid1 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.audience !== undefined){
	let data12 = data.audience;
	const _errs24 = errors;
	{
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	validate31.errors = [{instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate31.errors = [{instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs24 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.text !== undefined){
	let data13 = data.text;
	const _errs26 = errors;
	{
	if(typeof data13 === "string"){
	if(func2(data13) > 100000){
	validate31.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 100000}}];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate31.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate31.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs26 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate31.errors = vErrors;
	return errors === 0;
	}
	validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customerNotification;
	};
	validatorsPackage.deploymentRecords = () => {
	  const exports = {};
	exports.deploymentRecords = validate32;
	const schema76 = {"properties":{"records":{"items":{"properties":{"outcome":{"enum":["succeeded","failed","rolled-back"]}}}}}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.records === undefined) && (missing0 = "records"))) || ((data.retainedAt === undefined) && (missing0 = "retainedAt"))){
	validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "records")) || (key0 === "retainedAt"))){
	validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate32.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate32.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("DeploymentRecords" !== data.kind){
	validate32.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DeploymentRecords"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.records !== undefined){
	let data3 = data.records;
	const _errs6 = errors;
	if(errors === _errs6){
	if(Array.isArray(data3)){
	if(data3.length > 100000){
	validate32.errors = [{instancePath:instancePath+"/records",schemaPath:"#/properties/records/maxItems",keyword:"maxItems",params:{limit: 100000}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs8 = errors;
	if(errors === _errs8){
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing1;
	if((((((data4.configuration === undefined) && (missing1 = "configuration")) || ((data4.version === undefined) && (missing1 = "version"))) || ((data4.time === undefined) && (missing1 = "time"))) || ((data4.outcome === undefined) && (missing1 = "outcome"))) || ((data4.devices === undefined) && (missing1 = "devices"))){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs10 = errors;
	for(const key1 in data4){
	if(!((((((key1 === "configuration") || (key1 === "version")) || (key1 === "time")) || (key1 === "outcome")) || (key1 === "devices")) || (key1 === "reference"))){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs10 === errors){
	if(data4.configuration !== undefined){
	let data5 = data4.configuration;
	const _errs11 = errors;
	if(errors === _errs11){
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs11 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.version !== undefined){
	let data6 = data4.version;
	const _errs13 = errors;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data6 === "string"){
	if(func2(data6) > 64){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data6)){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs13 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.time !== undefined){
	let data7 = data4.time;
	const _errs16 = errors;
	const _errs17 = errors;
	if(errors === _errs17){
	if(errors === _errs17){
	if(typeof data7 === "string"){
	if(func2(data7) > 64){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data7))){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid2 = _errs16 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.outcome !== undefined){
	let data8 = data4.outcome;
	const _errs19 = errors;
	if(!(((data8 === "succeeded") || (data8 === "failed")) || (data8 === "rolled-back"))){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/outcome",schemaPath:"#/properties/records/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema76.properties.records.items.properties.outcome.enum}}];
	return false;
	}
	var valid2 = _errs19 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.devices !== undefined){
	let data9 = data4.devices;
	const _errs20 = errors;
	if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs20){
	if((typeof data9 == "number") && (isFinite(data9))){
	if(data9 > 1000000000 || isNaN(data9)){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000}}];
	return false;
	}
	else {
	if(data9 < 0 || isNaN(data9)){
	validate32.errors = [{instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
	return false;
	}
	}
	}
	}
	var valid2 = _errs20 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.reference !== undefined){
	let data10 = data4.reference;
	const _errs22 = errors;
	const _errs23 = errors;
	let valid5 = false;
	const _errs24 = errors;
	if(errors === _errs24){
	if(typeof data10 === "string"){
	if(func2(data10) > 1000){
	const err0 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(func2(data10) < 1){
	const err1 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	}
	else {
	const err2 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	var _valid0 = _errs24 === errors;
	valid5 = valid5 || _valid0;
	const _errs26 = errors;
	if(data10 !== null){
	const err3 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs26 === errors;
	valid5 = valid5 || _valid0;
	if(!valid5){
	const err4 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate32.errors = vErrors;
	return false;
	}
	else {
	errors = _errs23;
	if(vErrors !== null){
	if(_errs23){
	vErrors.length = _errs23;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid2 = _errs22 === errors;
	}
	else {
	var valid2 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs8 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retainedAt !== undefined){
	let data11 = data.retainedAt;
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data11 === "string"){
	if(func2(data11) > 1000){
	validate32.errors = [{instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate32.errors = [{instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate32.errors = [{instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs28 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate32.errors = vErrors;
	return errors === 0;
	}
	validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.deploymentRecords;
	};
	validatorsPackage.updateManifest = () => {
	  const exports = {};
	exports.updateManifest = validate33;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
	const pattern17 = new RegExp("^[0-9a-f]{64}$", "u");

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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((data.product === undefined) && (missing0 = "product")) || ((data.version === undefined) && (missing0 = "version"))) || ((data.artifacts === undefined) && (missing0 = "artifacts"))){
	validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((key0 === "$schema") || (key0 === "product")) || (key0 === "version")) || (key0 === "artifacts"))){
	validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate33.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data1 = data.product;
	const _errs4 = errors;
	{
	if(typeof data1 === "string"){
	if(func2(data1) > 1000){
	validate33.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data1) < 1){
	validate33.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.version !== undefined){
	let data2 = data.version;
	const _errs6 = errors;
	{
	if(typeof data2 === "string"){
	if(func2(data2) > 64){
	validate33.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!pattern10.test(data2)){
	validate33.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}}];
	return false;
	}
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.artifacts !== undefined){
	let data3 = data.artifacts;
	const _errs9 = errors;
	{
	if(Array.isArray(data3)){
	if(data3.length > 1000){
	validate33.errors = [{instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	if(data3.length < 1){
	validate33.errors = [{instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid2 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs11 = errors;
	{
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	let missing1;
	if((((data4.name === undefined) && (missing1 = "name")) || ((data4.size === undefined) && (missing1 = "size"))) || ((data4.sha256 === undefined) && (missing1 = "sha256"))){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!(((key1 === "name") || (key1 === "size")) || (key1 === "sha256"))){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	{
	if(data4.name !== undefined){
	let data5 = data4.name;
	const _errs14 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/name",schemaPath:"#/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs14 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.size !== undefined){
	let data6 = data4.size;
	const _errs16 = errors;
	if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	{
	if((typeof data6 == "number") && (isFinite(data6))){
	if(data6 > 9007199254740991 || isNaN(data6)){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
	return false;
	}
	else {
	if(data6 < 0 || isNaN(data6)){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/size",schemaPath:"#/properties/artifacts/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
	return false;
	}
	}
	}
	}
	var valid3 = _errs16 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.sha256 !== undefined){
	let data7 = data4.sha256;
	const _errs18 = errors;
	{
	if(typeof data7 === "string"){
	if(!pattern17.test(data7)){
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"}}];
	return false;
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs18 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid2 = _errs11 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	}
	else {
	validate33.errors = [{instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate33.errors = vErrors;
	return errors === 0;
	}
	validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.updateManifest;
	};
	validatorsPackage.riskAcceptance = () => {
	  const exports = {};
	exports.riskAcceptance = validate34;
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.product === undefined) && (missing0 = "product"))) || ((data.toVersion === undefined) && (missing0 = "toVersion"))) || ((data.acceptedBy === undefined) && (missing0 = "acceptedBy"))) || ((data.acceptedAt === undefined) && (missing0 = "acceptedAt"))) || ((data.exceptions === undefined) && (missing0 = "exceptions"))){
	validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "toVersion")) || (key0 === "acceptedBy")) || (key0 === "acceptedAt")) || (key0 === "exceptions"))){
	validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate34.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.apiVersion !== undefined){
	const _errs4 = errors;
	if("update-gate.dev/v1" !== data.apiVersion){
	validate34.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/v1"}}];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	const _errs5 = errors;
	if("RiskAcceptance" !== data.kind){
	validate34.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RiskAcceptance"}}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data3 = data.product;
	const _errs6 = errors;
	{
	if(typeof data3 === "string"){
	if(func2(data3) > 1000){
	validate34.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate34.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.toVersion !== undefined){
	let data4 = data.toVersion;
	const _errs8 = errors;
	{
	if(typeof data4 === "string"){
	if(func2(data4) > 256){
	validate34.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate34.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedBy !== undefined){
	let data5 = data.acceptedBy;
	const _errs10 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate34.errors = [{instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate34.errors = [{instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedAt !== undefined){
	let data6 = data.acceptedAt;
	const _errs12 = errors;
	{
	{
	if(typeof data6 === "string"){
	if(func2(data6) > 64){
	validate34.errors = [{instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data6))){
	validate34.errors = [{instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data7 = data.exceptions;
	const _errs15 = errors;
	{
	if(Array.isArray(data7)){
	if(data7.length > 50000){
	validate34.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/maxItems",keyword:"maxItems",params:{limit: 50000}}];
	return false;
	}
	else {
	if(data7.length < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid2 = true;
	const len0 = data7.length;
	for(let i0=0; i0<len0; i0++){
	let data8 = data7[i0];
	const _errs17 = errors;
	{
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	let missing1;
	if((((((data8.id === undefined) && (missing1 = "id")) || ((data8.configuration === undefined) && (missing1 = "configuration"))) || ((data8.mitigation === undefined) && (missing1 = "mitigation"))) || ((data8.remainOn === undefined) && (missing1 = "remainOn"))) || ((data8.followUpBy === undefined) && (missing1 = "followUpBy"))){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	for(const key1 in data8){
	if(!((((((key1 === "id") || (key1 === "configuration")) || (key1 === "mitigation")) || (key1 === "remainOn")) || (key1 === "followUpBy")) || (key1 === "waives"))){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	{
	if(data8.id !== undefined){
	let data9 = data8.id;
	const _errs20 = errors;
	{
	if(typeof data9 === "string"){
	if(func2(data9) > 200){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data9) < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs20 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.configuration !== undefined){
	let data10 = data8.configuration;
	const _errs22 = errors;
	{
	if(typeof data10 === "string"){
	if(func2(data10) > 200){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data10) < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs22 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.mitigation !== undefined){
	let data11 = data8.mitigation;
	const _errs24 = errors;
	{
	if(typeof data11 === "string"){
	if(func2(data11) > 10000){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 10000}}];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs24 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.remainOn !== undefined){
	let data12 = data8.remainOn;
	const _errs26 = errors;
	{
	if(typeof data12 === "string"){
	if(func2(data12) > 256){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/maxLength",keyword:"maxLength",params:{limit: 256}}];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid3 = _errs26 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.followUpBy !== undefined){
	let data13 = data8.followUpBy;
	const _errs28 = errors;
	{
	{
	if(typeof data13 === "string"){
	if(func2(data13) > 64){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/maxLength",keyword:"maxLength",params:{limit: 64}}];
	return false;
	}
	else {
	if(!(formats0.validate(data13))){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid3 = _errs28 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data8.waives !== undefined){
	let data14 = data8.waives;
	const _errs31 = errors;
	{
	if(Array.isArray(data14)){
	if(data14.length > 1000){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid5 = true;
	const len1 = data14.length;
	for(let i1=0; i1<len1; i1++){
	let data15 = data14[i1];
	const _errs33 = errors;
	{
	if(typeof data15 === "string"){
	if(func2(data15) > 200){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid5 = _errs33 === errors;
	if(!valid5){
	break;
	}
	}
	if(valid5){
	let i2 = data14.length;
	let j0;
	if(i2 > 1){
	const indices0 = {};
	for(;i2--;){
	let item0 = data14[i2];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0}}];
	return false;
	}
	indices0[item0] = i2;
	}
	}
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid3 = _errs31 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid2 = _errs17 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	}
	else {
	validate34.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs15 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate34.errors = vErrors;
	return errors === 0;
	}
	validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.riskAcceptance;
	};
	validatorsPackage.testResult = () => {
	  const exports = {};
	exports.testResult = validate35;
	const schema85 = {"properties":{"result":{"enum":["PASSED","WARNED","FAILED"]}}};
	const schema87 = {"items":{"enum":["rollback","recovery"]}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((data.result === undefined) && (missing0 = "result")) || ((data.configuration === undefined) && (missing0 = "configuration"))){
	validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	if(data.result !== undefined){
	let data0 = data.result;
	const _errs1 = errors;
	if(!(((data0 === "PASSED") || (data0 === "WARNED")) || (data0 === "FAILED"))){
	validate35.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/enum",keyword:"enum",params:{allowedValues: schema85.properties.result.enum}}];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.configuration !== undefined){
	let data1 = data.configuration;
	const _errs2 = errors;
	if(errors === _errs2){
	if(Array.isArray(data1)){
	if(data1.length > 1000){
	validate35.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	if(data1.length < 1){
	validate35.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	const _errs4 = errors;
	if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
	validate35.errors = [{instancePath:instancePath+"/configuration/" + i0,schemaPath:"#/properties/configuration/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	var valid1 = _errs4 === errors;
	if(!valid1){
	break;
	}
	}
	if(valid1){
	const _errs6 = errors;
	const len1 = data1.length;
	let valid2 = false;
	let count0 = 0;
	for(let i1=0; i1<len1; i1++){
	let data3 = data1[i1];
	const _errs7 = errors;
	const _errs8 = errors;
	if(errors === _errs8){
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	let missing1;
	if(((data3.name === undefined) && (missing1 = "name")) || ((data3.annotations === undefined) && (missing1 = "annotations"))){
	const err0 = {instancePath:instancePath+"/configuration/" + i1,schemaPath:"#/$defs/target/required",keyword:"required",params:{missingProperty: missing1}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(data3.name !== undefined){
	const _errs10 = errors;
	if("update-gate:test-target" !== data3.name){
	const err1 = {instancePath:instancePath+"/configuration/" + i1+"/name",schemaPath:"#/$defs/target/properties/name/const",keyword:"const",params:{allowedValue: "update-gate:test-target"}};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	var valid4 = _errs10 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data3.annotations !== undefined){
	let data5 = data3.annotations;
	const _errs11 = errors;
	if(errors === _errs11){
	if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
	let missing2;
	if((((((((data5.configuration === undefined) && (missing2 = "configuration")) || ((data5.hardware === undefined) && (missing2 = "hardware"))) || ((data5.product === undefined) && (missing2 = "product"))) || ((data5.fromVersion === undefined) && (missing2 = "fromVersion"))) || ((data5.toVersion === undefined) && (missing2 = "toVersion"))) || ((data5.time === undefined) && (missing2 = "time"))) || ((data5.rollbackConditions === undefined) && (missing2 = "rollbackConditions"))){
	const err2 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/required",keyword:"required",params:{missingProperty: missing2}};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	else {
	const _errs13 = errors;
	for(const key0 in data5){
	if(!(((((((key0 === "configuration") || (key0 === "hardware")) || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "time")) || (key0 === "rollbackConditions"))){
	const err3 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	break;
	}
	}
	if(_errs13 === errors){
	if(data5.configuration !== undefined){
	let data6 = data5.configuration;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data6 === "string"){
	if(func2(data6) > 200){
	const err4 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/maxLength",keyword:"maxLength",params:{limit: 200}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	else {
	if(func2(data6) < 1){
	const err5 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/minLength",keyword:"minLength",params:{limit: 1}};
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
	else {
	const err6 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/configuration",schemaPath:"#/$defs/target/properties/annotations/properties/configuration/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	var valid5 = _errs14 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.hardware !== undefined){
	let data7 = data5.hardware;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data7 === "string"){
	if(func2(data7) > 200){
	const err7 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/maxLength",keyword:"maxLength",params:{limit: 200}};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	else {
	if(func2(data7) < 1){
	const err8 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	}
	else {
	const err9 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/hardware",schemaPath:"#/$defs/target/properties/annotations/properties/hardware/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	var valid5 = _errs16 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.product !== undefined){
	let data8 = data5.product;
	const _errs18 = errors;
	if(errors === _errs18){
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	const err10 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/maxLength",keyword:"maxLength",params:{limit: 1000}};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	else {
	if(func2(data8) < 1){
	const err11 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/minLength",keyword:"minLength",params:{limit: 1}};
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
	const err12 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/product",schemaPath:"#/$defs/target/properties/annotations/properties/product/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	var valid5 = _errs18 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.fromVersion !== undefined){
	let data9 = data5.fromVersion;
	const _errs20 = errors;
	if(errors === _errs20){
	if(typeof data9 === "string"){
	if(func2(data9) > 256){
	const err13 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/maxLength",keyword:"maxLength",params:{limit: 256}};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	else {
	if(func2(data9) < 1){
	const err14 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/fromVersion",schemaPath:"#/$defs/target/properties/annotations/properties/fromVersion/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	var valid5 = _errs20 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.toVersion !== undefined){
	let data10 = data5.toVersion;
	const _errs22 = errors;
	if(errors === _errs22){
	if(typeof data10 === "string"){
	if(func2(data10) > 256){
	const err16 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/maxLength",keyword:"maxLength",params:{limit: 256}};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	else {
	if(func2(data10) < 1){
	const err17 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1}};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/toVersion",schemaPath:"#/$defs/target/properties/annotations/properties/toVersion/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	var valid5 = _errs22 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.time !== undefined){
	let data11 = data5.time;
	const _errs24 = errors;
	if(errors === _errs24){
	if(errors === _errs24){
	if(typeof data11 === "string"){
	if(func2(data11) > 64){
	const err19 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/maxLength",keyword:"maxLength",params:{limit: 64}};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data11))){
	const err20 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/format",keyword:"format",params:{format: "date-time"}};
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
	const err21 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/time",schemaPath:"#/$defs/target/properties/annotations/properties/time/type",keyword:"type",params:{type: "string"}};
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
	var valid5 = _errs24 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data5.rollbackConditions !== undefined){
	let data12 = data5.rollbackConditions;
	const _errs26 = errors;
	if(errors === _errs26){
	if(Array.isArray(data12)){
	if(data12.length > 100){
	const err22 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions",schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/maxItems",keyword:"maxItems",params:{limit: 100}};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	else {
	var valid6 = true;
	const len2 = data12.length;
	for(let i2=0; i2<len2; i2++){
	let data13 = data12[i2];
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data13 === "string"){
	if(func2(data13) > 10000){
	const err23 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/maxLength",keyword:"maxLength",params:{limit: 10000}};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	else {
	if(func2(data13) < 1){
	const err24 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/minLength",keyword:"minLength",params:{limit: 1}};
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
	const err25 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions/" + i2,schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/items/type",keyword:"type",params:{type: "string"}};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	var valid6 = _errs28 === errors;
	if(!valid6){
	break;
	}
	}
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/configuration/" + i1+"/annotations/rollbackConditions",schemaPath:"#/$defs/target/properties/annotations/properties/rollbackConditions/type",keyword:"type",params:{type: "array"}};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	var valid5 = _errs26 === errors;
	}
	else {
	var valid5 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/configuration/" + i1+"/annotations",schemaPath:"#/$defs/target/properties/annotations/type",keyword:"type",params:{type: "object"}};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	var valid4 = _errs11 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/configuration/" + i1,schemaPath:"#/$defs/target/type",keyword:"type",params:{type: "object"}};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	var _valid0 = _errs7 === errors;
	if(_valid0){
	count0++;
	if(count0 > 1){
	valid2 = false;
	break;
	}
	valid2 = true;
	}
	}
	if(!valid2){
	validate35.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/contains",keyword:"contains",params:{minContains: 1, maxContains: 1}}];
	return false;
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
	}
	}
	}
	else {
	validate35.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.url !== undefined){
	let data14 = data.url;
	const _errs30 = errors;
	if(errors === _errs30){
	if(typeof data14 === "string"){
	if(func2(data14) > 2000){
	validate35.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000}}];
	return false;
	}
	}
	else {
	validate35.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid0 = _errs30 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.passedTests !== undefined){
	let data15 = data.passedTests;
	const _errs32 = errors;
	const _errs33 = errors;
	if(errors === _errs33){
	if(Array.isArray(data15)){
	if(data15.length > 2){
	validate35.errors = [{instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2}}];
	return false;
	}
	else {
	var valid8 = true;
	const len3 = data15.length;
	for(let i3=0; i3<len3; i3++){
	let data16 = data15[i3];
	const _errs35 = errors;
	if(!((data16 === "rollback") || (data16 === "recovery"))){
	validate35.errors = [{instancePath:instancePath+"/passedTests/" + i3,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema87.items.enum}}];
	return false;
	}
	var valid8 = _errs35 === errors;
	if(!valid8){
	break;
	}
	}
	if(valid8){
	let i4 = data15.length;
	let j0;
	if(i4 > 1){
	for(;i4--;){
	for(j0 = i4; j0--;){
	if(func0(data15[i4], data15[j0])){
	validate35.errors = [{instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [{instancePath:instancePath+"/passedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs32 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.warnedTests !== undefined){
	let data17 = data.warnedTests;
	const _errs36 = errors;
	const _errs37 = errors;
	if(errors === _errs37){
	if(Array.isArray(data17)){
	if(data17.length > 2){
	validate35.errors = [{instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2}}];
	return false;
	}
	else {
	var valid11 = true;
	const len4 = data17.length;
	for(let i5=0; i5<len4; i5++){
	let data18 = data17[i5];
	const _errs39 = errors;
	if(!((data18 === "rollback") || (data18 === "recovery"))){
	validate35.errors = [{instancePath:instancePath+"/warnedTests/" + i5,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema87.items.enum}}];
	return false;
	}
	var valid11 = _errs39 === errors;
	if(!valid11){
	break;
	}
	}
	if(valid11){
	let i6 = data17.length;
	let j1;
	if(i6 > 1){
	for(;i6--;){
	for(j1 = i6; j1--;){
	if(func0(data17[i6], data17[j1])){
	validate35.errors = [{instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [{instancePath:instancePath+"/warnedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs36 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.failedTests !== undefined){
	let data19 = data.failedTests;
	const _errs40 = errors;
	const _errs41 = errors;
	if(errors === _errs41){
	if(Array.isArray(data19)){
	if(data19.length > 2){
	validate35.errors = [{instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/maxItems",keyword:"maxItems",params:{limit: 2}}];
	return false;
	}
	else {
	var valid14 = true;
	const len5 = data19.length;
	for(let i7=0; i7<len5; i7++){
	let data20 = data19[i7];
	const _errs43 = errors;
	if(!((data20 === "rollback") || (data20 === "recovery"))){
	validate35.errors = [{instancePath:instancePath+"/failedTests/" + i7,schemaPath:"#/$defs/tests/items/enum",keyword:"enum",params:{allowedValues: schema87.items.enum}}];
	return false;
	}
	var valid14 = _errs43 === errors;
	if(!valid14){
	break;
	}
	}
	if(valid14){
	let i8 = data19.length;
	let j2;
	if(i8 > 1){
	for(;i8--;){
	for(j2 = i8; j2--;){
	if(func0(data19[i8], data19[j2])){
	validate35.errors = [{instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [{instancePath:instancePath+"/failedTests",schemaPath:"#/$defs/tests/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs40 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate35.errors = vErrors;
	return errors === 0;
	}
	validate35.evaluated = {"props":{"result":true,"configuration":true,"url":true,"passedTests":true,"warnedTests":true,"failedTests":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.testResult;
	};
	return validatorsPackage;
}

var validatorsPackageExports = requireValidatorsPackage();

module.exports = validatorsPackageExports;
})
