(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsPolicyTrustDataErrors = {};

var hasRequiredValidatorsPolicyTrustDataErrors;

function requireValidatorsPolicyTrustDataErrors () {
	if (hasRequiredValidatorsPolicyTrustDataErrors) return validatorsPolicyTrustDataErrors;
	hasRequiredValidatorsPolicyTrustDataErrors = 1;
	validatorsPolicyTrustDataErrors.policyTrustData = () => {
	  const exports = {};
	exports.policyTrustData = validate68;
	const schema155 = {"type":"object","additionalProperties":false,"required":["keys","approvers","builders","requirements","testSystems","deploymentSystems"],"properties":{"keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","fingerprint","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked","revokedAt"],"properties":{"id":{"type":"string"},"fingerprint":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"approvers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles","keys","identities","github"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"github":{"type":["string","null"]}}}},"builders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","keys"],"properties":{"id":{"type":"string"},"keys":{"description":"The keys (ids) the builder signs its provenance with, sorted; null when the trust file names none (any key allowed to sign build provenance may claim the builder).","oneOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]}}}},"testSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"deploymentSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","issuer","subject","subjectPattern","sourceRepository","sourceRef","signerWorkflow","runnerEnvironment","usage","products","minVersion","maxVersion"],"properties":{"id":{"type":"string"},"issuer":{"type":"string"},"subject":{"type":["string","null"]},"subjectPattern":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}}}},"requirements":{"type":"object","additionalProperties":false,"required":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"],"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","items":{"type":"string"}},"requiredApprovals":{"type":"integer","minimum":0},"signedRecords":{"type":"array","uniqueItems":true,"description":"The record kinds that must be signed by the party they name, sorted; the trust file's requirements.signedRecords, written out as every record kind when it is absent.","items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"deploymentApprovalEnvironments":{"type":"array","description":"The GitHub environments whose deployment approval counts, sorted, as the trust file's requirements.deploymentApprovalEnvironments lists them; [] when it is absent (no deployment approval counts).","items":{"type":"string"}}}},"products":{"type":"array","description":"Version scheme per product (added in v1; a product not listed uses semver).","items":{"type":"object","additionalProperties":false,"required":["id","versionScheme"],"properties":{"id":{"type":"string"},"versionScheme":{"enum":["semver","generic"]}}}},"requirementOverrides":{"type":"object","description":"data.trust.requirementOverrides: what a data file may weaken (trust.schema.json requirementOverrides, mayWeaken sorted), or absent (nothing).","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]}}}},"fleet":{"type":"object","description":"data.trust.fleet: the fleet inventory (trust.schema.json fleet), or absent.","additionalProperties":false,"properties":{"cohorts":{"type":"array","description":"One entry per product and cohort.","items":{"type":"object","description":"The configurations of one cohort of one product.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product, e.g. IC-22."},"cohort":{"type":"string","description":"Cohort, e.g. A."},"allowPartial":{"type":"boolean","description":"When true, an update whose scope leaves out configurations of the cohort is conditional (each named) instead of rejected. Default false."},"approvedVersions":{"type":"array","items":{"type":"string","minLength":1},"description":"Versions approved for this cohort that the gate runner records by hand, in the product's version scheme; an update to an older one is flagged."},"configurations":{"type":"array","minItems":1,"description":"The configurations of the cohort, sorted by id (the load stage sorts them; the fleet view lists them in this order).","items":{"type":"object","description":"One configuration as deployed.","additionalProperties":false,"properties":{"id":{"type":"string","description":"Configuration id, as packages name it."},"hardware":{"type":"string","description":"Hardware id, e.g. IC-22-REF-C."},"version":{"type":"string","minLength":1,"description":"The version it runs now, in the product's version scheme."}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","description":"Products for which an update to a version not above the running one (or not above the scope's from-version) is allowed, each with its reason; one entry per product.","items":{"type":"object","description":"A product whose downgrades are allowed.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product."},"reason":{"type":"string","description":"Why downgrades are allowed."}},"required":["product","reason"]}}},"required":["cohorts"]}},"description":"data.trust: the trust configuration as policies see it (validate with $ref \"policy-input.schema.json#/$defs/trustData\")."};
	const schema95 = {"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's version scheme (scope.versionScheme): SemVer for semver, any vers generic version for generic."};
	const schema92 = {"type":"string","format":"date-time","pattern":"Z$","description":"RFC 3339 timestamp normalised to UTC with a Z suffix."};
	const func1 = Object.prototype.hasOwnProperty;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern53 = new RegExp("^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$", "u");
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");
	const pattern27 = new RegExp("Z$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate68.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.keys === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.approvers === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.builders === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "builders"},message:"must have required property '"+"builders"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.requirements === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requirements"},message:"must have required property '"+"requirements"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.testSystems === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "testSystems"},message:"must have required property '"+"testSystems"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.deploymentSystems === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deploymentSystems"},message:"must have required property '"+"deploymentSystems"+"'",schema:schema155.required,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema155.properties, key0))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.keys !== undefined){
	let data0 = data.keys;
	if(Array.isArray(data0)){
	const len0 = data0.length;
	for(let i0=0; i0<len0; i0++){
	let data1 = data0[i0];
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if(data1.id === undefined){
	const err7 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data1.fingerprint === undefined){
	const err8 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if(data1.usage === undefined){
	const err9 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data1.products === undefined){
	const err10 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data1.minVersion === undefined){
	const err11 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "minVersion"},message:"must have required property '"+"minVersion"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data1.maxVersion === undefined){
	const err12 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "maxVersion"},message:"must have required property '"+"maxVersion"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data1.validFrom === undefined){
	const err13 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "validFrom"},message:"must have required property '"+"validFrom"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data1.validUntil === undefined){
	const err14 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "validUntil"},message:"must have required property '"+"validUntil"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data1.revoked === undefined){
	const err15 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "revoked"},message:"must have required property '"+"revoked"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data1.revokedAt === undefined){
	const err16 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "revokedAt"},message:"must have required property '"+"revokedAt"+"'",schema:schema155.properties.keys.items.required,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	for(const key1 in data1){
	if(!(func1.call(schema155.properties.keys.items.properties, key1))){
	const err17 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.keys.items,data:data1};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data1.id !== undefined){
	let data2 = data1.id;
	if(typeof data2 !== "string"){
	const err18 = {instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.keys.items.properties.id.type,parentSchema:schema155.properties.keys.items.properties.id,data:data2};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data1.fingerprint !== undefined){
	let data3 = data1.fingerprint;
	if(typeof data3 === "string"){
	if(!pattern53.test(data3)){
	const err19 = {instancePath:instancePath+"/keys/" + i0+"/fingerprint",schemaPath:"#/properties/keys/items/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},message:"must match pattern \""+"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"+"\"",schema:"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$",parentSchema:schema155.properties.keys.items.properties.fingerprint,data:data3};
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
	const err20 = {instancePath:instancePath+"/keys/" + i0+"/fingerprint",schemaPath:"#/properties/keys/items/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.keys.items.properties.fingerprint.type,parentSchema:schema155.properties.keys.items.properties.fingerprint,data:data3};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data1.usage !== undefined){
	let data4 = data1.usage;
	if(Array.isArray(data4)){
	const len1 = data4.length;
	for(let i1=0; i1<len1; i1++){
	let data5 = data4[i1];
	if(!(((((((((data5 === "update-manifest") || (data5 === "build-provenance")) || (data5 === "signing-event")) || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification")) || (data5 === "affected-versions"))){
	const err21 = {instancePath:instancePath+"/keys/" + i0+"/usage/" + i1,schemaPath:"#/properties/keys/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema155.properties.keys.items.properties.usage.items.enum},message:"must be equal to one of the allowed values",schema:schema155.properties.keys.items.properties.usage.items.enum,parentSchema:schema155.properties.keys.items.properties.usage.items,data:data5};
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
	else {
	const err22 = {instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.keys.items.properties.usage.type,parentSchema:schema155.properties.keys.items.properties.usage,data:data4};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data1.products !== undefined){
	let data6 = data1.products;
	if(Array.isArray(data6)){
	const len2 = data6.length;
	for(let i2=0; i2<len2; i2++){
	let data7 = data6[i2];
	if(typeof data7 !== "string"){
	const err23 = {instancePath:instancePath+"/keys/" + i0+"/products/" + i2,schemaPath:"#/properties/keys/items/properties/products/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.keys.items.properties.products.items.type,parentSchema:schema155.properties.keys.items.properties.products.items,data:data7};
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
	const err24 = {instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.keys.items.properties.products.type,parentSchema:schema155.properties.keys.items.properties.products,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data1.minVersion !== undefined){
	let data8 = data1.minVersion;
	if(typeof data8 === "string"){
	if(!pattern4.test(data8)){
	const err25 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data8};
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
	const err26 = {instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data1.maxVersion !== undefined){
	let data9 = data1.maxVersion;
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	const err27 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data9};
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
	const err28 = {instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data1.validFrom !== undefined){
	let data10 = data1.validFrom;
	if(typeof data10 === "string"){
	if(!pattern27.test(data10)){
	const err29 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data10};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(!(formats0.validate(data10))){
	const err30 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data10};
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
	const err31 = {instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data10};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data1.validUntil !== undefined){
	let data11 = data1.validUntil;
	if(typeof data11 === "string"){
	if(!pattern27.test(data11)){
	const err32 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data11};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(!(formats0.validate(data11))){
	const err33 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data11};
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
	const err34 = {instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data11};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data1.revoked !== undefined){
	let data12 = data1.revoked;
	if(typeof data12 !== "boolean"){
	const err35 = {instancePath:instancePath+"/keys/" + i0+"/revoked",schemaPath:"#/properties/keys/items/properties/revoked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.keys.items.properties.revoked.type,parentSchema:schema155.properties.keys.items.properties.revoked,data:data12};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	if(data1.revokedAt !== undefined){
	let data13 = data1.revokedAt;
	const _errs33 = errors;
	let valid12 = false;
	const _errs34 = errors;
	if(typeof data13 === "string"){
	if(!pattern27.test(data13)){
	const err36 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data13};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(!(formats0.validate(data13))){
	const err37 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data13};
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
	const err38 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data13};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	var _valid0 = _errs34 === errors;
	valid12 = valid12 || _valid0;
	const _errs37 = errors;
	if(data13 !== null){
	const err39 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema155.properties.keys.items.properties.revokedAt.anyOf[1].type,parentSchema:schema155.properties.keys.items.properties.revokedAt.anyOf[1],data:data13};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	var _valid0 = _errs37 === errors;
	valid12 = valid12 || _valid0;
	if(!valid12){
	const err40 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema155.properties.keys.items.properties.revokedAt.anyOf,parentSchema:schema155.properties.keys.items.properties.revokedAt,data:data13};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	else {
	errors = _errs33;
	if(vErrors !== null){
	if(_errs33){
	vErrors.length = _errs33;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.keys.items.type,parentSchema:schema155.properties.keys.items,data:data1};
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
	const err42 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.keys.type,parentSchema:schema155.properties.keys,data:data0};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data.approvers !== undefined){
	let data14 = data.approvers;
	if(Array.isArray(data14)){
	const len3 = data14.length;
	for(let i3=0; i3<len3; i3++){
	let data15 = data14[i3];
	if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
	if(data15.id === undefined){
	const err43 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(data15.name === undefined){
	const err44 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	if(data15.roles === undefined){
	const err45 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(data15.keys === undefined){
	const err46 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(data15.identities === undefined){
	const err47 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "identities"},message:"must have required property '"+"identities"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(data15.github === undefined){
	const err48 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "github"},message:"must have required property '"+"github"+"'",schema:schema155.properties.approvers.items.required,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	for(const key2 in data15){
	if(!((((((key2 === "id") || (key2 === "name")) || (key2 === "roles")) || (key2 === "keys")) || (key2 === "identities")) || (key2 === "github"))){
	const err49 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data15.id !== undefined){
	let data16 = data15.id;
	if(typeof data16 !== "string"){
	const err50 = {instancePath:instancePath+"/approvers/" + i3+"/id",schemaPath:"#/properties/approvers/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.approvers.items.properties.id.type,parentSchema:schema155.properties.approvers.items.properties.id,data:data16};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	if(data15.name !== undefined){
	let data17 = data15.name;
	if(typeof data17 !== "string"){
	const err51 = {instancePath:instancePath+"/approvers/" + i3+"/name",schemaPath:"#/properties/approvers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.approvers.items.properties.name.type,parentSchema:schema155.properties.approvers.items.properties.name,data:data17};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data15.roles !== undefined){
	let data18 = data15.roles;
	if(Array.isArray(data18)){
	const len4 = data18.length;
	for(let i4=0; i4<len4; i4++){
	let data19 = data18[i4];
	if(typeof data19 !== "string"){
	const err52 = {instancePath:instancePath+"/approvers/" + i3+"/roles/" + i4,schemaPath:"#/properties/approvers/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.approvers.items.properties.roles.items.type,parentSchema:schema155.properties.approvers.items.properties.roles.items,data:data19};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	}
	else {
	const err53 = {instancePath:instancePath+"/approvers/" + i3+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.approvers.items.properties.roles.type,parentSchema:schema155.properties.approvers.items.properties.roles,data:data18};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	if(data15.keys !== undefined){
	let data20 = data15.keys;
	if(Array.isArray(data20)){
	const len5 = data20.length;
	for(let i5=0; i5<len5; i5++){
	let data21 = data20[i5];
	if(typeof data21 !== "string"){
	const err54 = {instancePath:instancePath+"/approvers/" + i3+"/keys/" + i5,schemaPath:"#/properties/approvers/items/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.approvers.items.properties.keys.items.type,parentSchema:schema155.properties.approvers.items.properties.keys.items,data:data21};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	}
	else {
	const err55 = {instancePath:instancePath+"/approvers/" + i3+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.approvers.items.properties.keys.type,parentSchema:schema155.properties.approvers.items.properties.keys,data:data20};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	if(data15.identities !== undefined){
	let data22 = data15.identities;
	if(Array.isArray(data22)){
	const len6 = data22.length;
	for(let i6=0; i6<len6; i6++){
	let data23 = data22[i6];
	if(typeof data23 !== "string"){
	const err56 = {instancePath:instancePath+"/approvers/" + i3+"/identities/" + i6,schemaPath:"#/properties/approvers/items/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.approvers.items.properties.identities.items.type,parentSchema:schema155.properties.approvers.items.properties.identities.items,data:data23};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/approvers/" + i3+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.approvers.items.properties.identities.type,parentSchema:schema155.properties.approvers.items.properties.identities,data:data22};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	if(data15.github !== undefined){
	let data24 = data15.github;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err58 = {instancePath:instancePath+"/approvers/" + i3+"/github",schemaPath:"#/properties/approvers/items/properties/github/type",keyword:"type",params:{type: schema155.properties.approvers.items.properties.github.type},message:"must be string,null",schema:schema155.properties.approvers.items.properties.github.type,parentSchema:schema155.properties.approvers.items.properties.github,data:data24};
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
	const err59 = {instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.approvers.items.type,parentSchema:schema155.properties.approvers.items,data:data15};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	}
	else {
	const err60 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.approvers.type,parentSchema:schema155.properties.approvers,data:data14};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	if(data.builders !== undefined){
	let data25 = data.builders;
	if(Array.isArray(data25)){
	const len7 = data25.length;
	for(let i7=0; i7<len7; i7++){
	let data26 = data25[i7];
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	if(data26.id === undefined){
	const err61 = {instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.builders.items.required,parentSchema:schema155.properties.builders.items,data:data26};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	if(data26.keys === undefined){
	const err62 = {instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema155.properties.builders.items.required,parentSchema:schema155.properties.builders.items,data:data26};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	for(const key3 in data26){
	if(!((key3 === "id") || (key3 === "keys"))){
	const err63 = {instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.builders.items,data:data26};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	if(data26.id !== undefined){
	let data27 = data26.id;
	if(typeof data27 !== "string"){
	const err64 = {instancePath:instancePath+"/builders/" + i7+"/id",schemaPath:"#/properties/builders/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.builders.items.properties.id.type,parentSchema:schema155.properties.builders.items.properties.id,data:data27};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data26.keys !== undefined){
	let data28 = data26.keys;
	const _errs70 = errors;
	let valid26 = false;
	let passing0 = null;
	const _errs71 = errors;
	if(Array.isArray(data28)){
	const len8 = data28.length;
	for(let i8=0; i8<len8; i8++){
	let data29 = data28[i8];
	if(typeof data29 !== "string"){
	const err65 = {instancePath:instancePath+"/builders/" + i7+"/keys/" + i8,schemaPath:"#/properties/builders/items/properties/keys/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.builders.items.properties.keys.oneOf[0].items.type,parentSchema:schema155.properties.builders.items.properties.keys.oneOf[0].items,data:data29};
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
	const err66 = {instancePath:instancePath+"/builders/" + i7+"/keys",schemaPath:"#/properties/builders/items/properties/keys/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.builders.items.properties.keys.oneOf[0].type,parentSchema:schema155.properties.builders.items.properties.keys.oneOf[0],data:data28};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	var _valid1 = _errs71 === errors;
	if(_valid1){
	valid26 = true;
	passing0 = 0;
	}
	const _errs75 = errors;
	if(data28 !== null){
	const err67 = {instancePath:instancePath+"/builders/" + i7+"/keys",schemaPath:"#/properties/builders/items/properties/keys/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema155.properties.builders.items.properties.keys.oneOf[1].type,parentSchema:schema155.properties.builders.items.properties.keys.oneOf[1],data:data28};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	var _valid1 = _errs75 === errors;
	if(_valid1 && valid26){
	valid26 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid1){
	valid26 = true;
	passing0 = 1;
	}
	}
	if(!valid26){
	const err68 = {instancePath:instancePath+"/builders/" + i7+"/keys",schemaPath:"#/properties/builders/items/properties/keys/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema155.properties.builders.items.properties.keys.oneOf,parentSchema:schema155.properties.builders.items.properties.keys,data:data28};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	else {
	errors = _errs70;
	if(vErrors !== null){
	if(_errs70){
	vErrors.length = _errs70;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err69 = {instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.builders.items.type,parentSchema:schema155.properties.builders.items,data:data26};
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
	const err70 = {instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.builders.type,parentSchema:schema155.properties.builders,data:data25};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	}
	if(data.testSystems !== undefined){
	let data30 = data.testSystems;
	if(Array.isArray(data30)){
	const len9 = data30.length;
	for(let i9=0; i9<len9; i9++){
	let data31 = data30[i9];
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	if(data31.id === undefined){
	const err71 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.testSystems.items.required,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	if(data31.name === undefined){
	const err72 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema155.properties.testSystems.items.required,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	if(data31.keys === undefined){
	const err73 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema155.properties.testSystems.items.required,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	if(data31.identities === undefined){
	const err74 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: "identities"},message:"must have required property '"+"identities"+"'",schema:schema155.properties.testSystems.items.required,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	if(data31.hardware === undefined){
	const err75 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema155.properties.testSystems.items.required,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	for(const key4 in data31){
	if(!(((((key4 === "id") || (key4 === "name")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "hardware"))){
	const err76 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	if(data31.id !== undefined){
	let data32 = data31.id;
	if(typeof data32 !== "string"){
	const err77 = {instancePath:instancePath+"/testSystems/" + i9+"/id",schemaPath:"#/properties/testSystems/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.testSystems.items.properties.id.type,parentSchema:schema155.properties.testSystems.items.properties.id,data:data32};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	if(data31.name !== undefined){
	let data33 = data31.name;
	if((typeof data33 !== "string") && (data33 !== null)){
	const err78 = {instancePath:instancePath+"/testSystems/" + i9+"/name",schemaPath:"#/properties/testSystems/items/properties/name/type",keyword:"type",params:{type: schema155.properties.testSystems.items.properties.name.type},message:"must be string,null",schema:schema155.properties.testSystems.items.properties.name.type,parentSchema:schema155.properties.testSystems.items.properties.name,data:data33};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	if(data31.keys !== undefined){
	let data34 = data31.keys;
	if(Array.isArray(data34)){
	const len10 = data34.length;
	for(let i10=0; i10<len10; i10++){
	let data35 = data34[i10];
	if(typeof data35 !== "string"){
	const err79 = {instancePath:instancePath+"/testSystems/" + i9+"/keys/" + i10,schemaPath:"#/properties/testSystems/items/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.testSystems.items.properties.keys.items.type,parentSchema:schema155.properties.testSystems.items.properties.keys.items,data:data35};
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
	const err80 = {instancePath:instancePath+"/testSystems/" + i9+"/keys",schemaPath:"#/properties/testSystems/items/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.testSystems.items.properties.keys.type,parentSchema:schema155.properties.testSystems.items.properties.keys,data:data34};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	if(data31.identities !== undefined){
	let data36 = data31.identities;
	if(Array.isArray(data36)){
	const len11 = data36.length;
	for(let i11=0; i11<len11; i11++){
	let data37 = data36[i11];
	if(typeof data37 !== "string"){
	const err81 = {instancePath:instancePath+"/testSystems/" + i9+"/identities/" + i11,schemaPath:"#/properties/testSystems/items/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.testSystems.items.properties.identities.items.type,parentSchema:schema155.properties.testSystems.items.properties.identities.items,data:data37};
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
	const err82 = {instancePath:instancePath+"/testSystems/" + i9+"/identities",schemaPath:"#/properties/testSystems/items/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.testSystems.items.properties.identities.type,parentSchema:schema155.properties.testSystems.items.properties.identities,data:data36};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	}
	if(data31.hardware !== undefined){
	let data38 = data31.hardware;
	if(Array.isArray(data38)){
	const len12 = data38.length;
	for(let i12=0; i12<len12; i12++){
	let data39 = data38[i12];
	if(typeof data39 !== "string"){
	const err83 = {instancePath:instancePath+"/testSystems/" + i9+"/hardware/" + i12,schemaPath:"#/properties/testSystems/items/properties/hardware/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.testSystems.items.properties.hardware.items.type,parentSchema:schema155.properties.testSystems.items.properties.hardware.items,data:data39};
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
	const err84 = {instancePath:instancePath+"/testSystems/" + i9+"/hardware",schemaPath:"#/properties/testSystems/items/properties/hardware/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.testSystems.items.properties.hardware.type,parentSchema:schema155.properties.testSystems.items.properties.hardware,data:data38};
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
	const err85 = {instancePath:instancePath+"/testSystems/" + i9,schemaPath:"#/properties/testSystems/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.testSystems.items.type,parentSchema:schema155.properties.testSystems.items,data:data31};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	}
	else {
	const err86 = {instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.testSystems.type,parentSchema:schema155.properties.testSystems,data:data30};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	}
	if(data.deploymentSystems !== undefined){
	let data40 = data.deploymentSystems;
	if(Array.isArray(data40)){
	const len13 = data40.length;
	for(let i13=0; i13<len13; i13++){
	let data41 = data40[i13];
	if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
	if(data41.id === undefined){
	const err87 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.deploymentSystems.items.required,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	if(data41.name === undefined){
	const err88 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema155.properties.deploymentSystems.items.required,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data41.keys === undefined){
	const err89 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema155.properties.deploymentSystems.items.required,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	if(data41.identities === undefined){
	const err90 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: "identities"},message:"must have required property '"+"identities"+"'",schema:schema155.properties.deploymentSystems.items.required,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	if(data41.hardware === undefined){
	const err91 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema155.properties.deploymentSystems.items.required,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	for(const key5 in data41){
	if(!(((((key5 === "id") || (key5 === "name")) || (key5 === "keys")) || (key5 === "identities")) || (key5 === "hardware"))){
	const err92 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	}
	if(data41.id !== undefined){
	let data42 = data41.id;
	if(typeof data42 !== "string"){
	const err93 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/id",schemaPath:"#/properties/deploymentSystems/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.deploymentSystems.items.properties.id.type,parentSchema:schema155.properties.deploymentSystems.items.properties.id,data:data42};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	}
	if(data41.name !== undefined){
	let data43 = data41.name;
	if((typeof data43 !== "string") && (data43 !== null)){
	const err94 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/name",schemaPath:"#/properties/deploymentSystems/items/properties/name/type",keyword:"type",params:{type: schema155.properties.deploymentSystems.items.properties.name.type},message:"must be string,null",schema:schema155.properties.deploymentSystems.items.properties.name.type,parentSchema:schema155.properties.deploymentSystems.items.properties.name,data:data43};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	if(data41.keys !== undefined){
	let data44 = data41.keys;
	if(Array.isArray(data44)){
	const len14 = data44.length;
	for(let i14=0; i14<len14; i14++){
	let data45 = data44[i14];
	if(typeof data45 !== "string"){
	const err95 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/keys/" + i14,schemaPath:"#/properties/deploymentSystems/items/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.deploymentSystems.items.properties.keys.items.type,parentSchema:schema155.properties.deploymentSystems.items.properties.keys.items,data:data45};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	}
	else {
	const err96 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/keys",schemaPath:"#/properties/deploymentSystems/items/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.deploymentSystems.items.properties.keys.type,parentSchema:schema155.properties.deploymentSystems.items.properties.keys,data:data44};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	if(data41.identities !== undefined){
	let data46 = data41.identities;
	if(Array.isArray(data46)){
	const len15 = data46.length;
	for(let i15=0; i15<len15; i15++){
	let data47 = data46[i15];
	if(typeof data47 !== "string"){
	const err97 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/identities/" + i15,schemaPath:"#/properties/deploymentSystems/items/properties/identities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.deploymentSystems.items.properties.identities.items.type,parentSchema:schema155.properties.deploymentSystems.items.properties.identities.items,data:data47};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	}
	else {
	const err98 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/identities",schemaPath:"#/properties/deploymentSystems/items/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.deploymentSystems.items.properties.identities.type,parentSchema:schema155.properties.deploymentSystems.items.properties.identities,data:data46};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	if(data41.hardware !== undefined){
	let data48 = data41.hardware;
	if(Array.isArray(data48)){
	const len16 = data48.length;
	for(let i16=0; i16<len16; i16++){
	let data49 = data48[i16];
	if(typeof data49 !== "string"){
	const err99 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/hardware/" + i16,schemaPath:"#/properties/deploymentSystems/items/properties/hardware/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.deploymentSystems.items.properties.hardware.items.type,parentSchema:schema155.properties.deploymentSystems.items.properties.hardware.items,data:data49};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	}
	}
	else {
	const err100 = {instancePath:instancePath+"/deploymentSystems/" + i13+"/hardware",schemaPath:"#/properties/deploymentSystems/items/properties/hardware/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.deploymentSystems.items.properties.hardware.type,parentSchema:schema155.properties.deploymentSystems.items.properties.hardware,data:data48};
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
	const err101 = {instancePath:instancePath+"/deploymentSystems/" + i13,schemaPath:"#/properties/deploymentSystems/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.deploymentSystems.items.type,parentSchema:schema155.properties.deploymentSystems.items,data:data41};
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
	const err102 = {instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.deploymentSystems.type,parentSchema:schema155.properties.deploymentSystems,data:data40};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	}
	if(data.identities !== undefined){
	let data50 = data.identities;
	if(Array.isArray(data50)){
	const len17 = data50.length;
	for(let i17=0; i17<len17; i17++){
	let data51 = data50[i17];
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	if(data51.id === undefined){
	const err103 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	if(data51.issuer === undefined){
	const err104 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	if(data51.subject === undefined){
	const err105 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	if(data51.subjectPattern === undefined){
	const err106 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "subjectPattern"},message:"must have required property '"+"subjectPattern"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	if(data51.sourceRepository === undefined){
	const err107 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "sourceRepository"},message:"must have required property '"+"sourceRepository"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	if(data51.sourceRef === undefined){
	const err108 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "sourceRef"},message:"must have required property '"+"sourceRef"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	if(data51.signerWorkflow === undefined){
	const err109 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "signerWorkflow"},message:"must have required property '"+"signerWorkflow"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	if(data51.runnerEnvironment === undefined){
	const err110 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "runnerEnvironment"},message:"must have required property '"+"runnerEnvironment"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	if(data51.usage === undefined){
	const err111 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	if(data51.products === undefined){
	const err112 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	if(data51.minVersion === undefined){
	const err113 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "minVersion"},message:"must have required property '"+"minVersion"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	if(data51.maxVersion === undefined){
	const err114 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: "maxVersion"},message:"must have required property '"+"maxVersion"+"'",schema:schema155.properties.identities.items.required,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	for(const key6 in data51){
	if(!(func1.call(schema155.properties.identities.items.properties, key6))){
	const err115 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	if(data51.id !== undefined){
	let data52 = data51.id;
	if(typeof data52 !== "string"){
	const err116 = {instancePath:instancePath+"/identities/" + i17+"/id",schemaPath:"#/properties/identities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.identities.items.properties.id.type,parentSchema:schema155.properties.identities.items.properties.id,data:data52};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	if(data51.issuer !== undefined){
	let data53 = data51.issuer;
	if(typeof data53 !== "string"){
	const err117 = {instancePath:instancePath+"/identities/" + i17+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.identities.items.properties.issuer.type,parentSchema:schema155.properties.identities.items.properties.issuer,data:data53};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	if(data51.subject !== undefined){
	let data54 = data51.subject;
	if((typeof data54 !== "string") && (data54 !== null)){
	const err118 = {instancePath:instancePath+"/identities/" + i17+"/subject",schemaPath:"#/properties/identities/items/properties/subject/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.subject.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.subject.type,parentSchema:schema155.properties.identities.items.properties.subject,data:data54};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	}
	if(data51.subjectPattern !== undefined){
	let data55 = data51.subjectPattern;
	if((typeof data55 !== "string") && (data55 !== null)){
	const err119 = {instancePath:instancePath+"/identities/" + i17+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.subjectPattern.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.subjectPattern.type,parentSchema:schema155.properties.identities.items.properties.subjectPattern,data:data55};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	if(data51.sourceRepository !== undefined){
	let data56 = data51.sourceRepository;
	if((typeof data56 !== "string") && (data56 !== null)){
	const err120 = {instancePath:instancePath+"/identities/" + i17+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.sourceRepository.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.sourceRepository.type,parentSchema:schema155.properties.identities.items.properties.sourceRepository,data:data56};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	}
	if(data51.sourceRef !== undefined){
	let data57 = data51.sourceRef;
	if((typeof data57 !== "string") && (data57 !== null)){
	const err121 = {instancePath:instancePath+"/identities/" + i17+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.sourceRef.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.sourceRef.type,parentSchema:schema155.properties.identities.items.properties.sourceRef,data:data57};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	}
	if(data51.signerWorkflow !== undefined){
	let data58 = data51.signerWorkflow;
	if((typeof data58 !== "string") && (data58 !== null)){
	const err122 = {instancePath:instancePath+"/identities/" + i17+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.signerWorkflow.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.signerWorkflow.type,parentSchema:schema155.properties.identities.items.properties.signerWorkflow,data:data58};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	}
	if(data51.runnerEnvironment !== undefined){
	let data59 = data51.runnerEnvironment;
	if((typeof data59 !== "string") && (data59 !== null)){
	const err123 = {instancePath:instancePath+"/identities/" + i17+"/runnerEnvironment",schemaPath:"#/properties/identities/items/properties/runnerEnvironment/type",keyword:"type",params:{type: schema155.properties.identities.items.properties.runnerEnvironment.type},message:"must be string,null",schema:schema155.properties.identities.items.properties.runnerEnvironment.type,parentSchema:schema155.properties.identities.items.properties.runnerEnvironment,data:data59};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	}
	if(data51.usage !== undefined){
	let data60 = data51.usage;
	if(Array.isArray(data60)){
	const len18 = data60.length;
	for(let i18=0; i18<len18; i18++){
	let data61 = data60[i18];
	if(!(((((((((data61 === "update-manifest") || (data61 === "build-provenance")) || (data61 === "signing-event")) || (data61 === "release-approval")) || (data61 === "risk-acceptance")) || (data61 === "rollback-recovery-tests")) || (data61 === "deployment-records")) || (data61 === "customer-notification")) || (data61 === "affected-versions"))){
	const err124 = {instancePath:instancePath+"/identities/" + i17+"/usage/" + i18,schemaPath:"#/properties/identities/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema155.properties.identities.items.properties.usage.items.enum},message:"must be equal to one of the allowed values",schema:schema155.properties.identities.items.properties.usage.items.enum,parentSchema:schema155.properties.identities.items.properties.usage.items,data:data61};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	}
	}
	else {
	const err125 = {instancePath:instancePath+"/identities/" + i17+"/usage",schemaPath:"#/properties/identities/items/properties/usage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.identities.items.properties.usage.type,parentSchema:schema155.properties.identities.items.properties.usage,data:data60};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	}
	if(data51.products !== undefined){
	let data62 = data51.products;
	if(Array.isArray(data62)){
	const len19 = data62.length;
	for(let i19=0; i19<len19; i19++){
	let data63 = data62[i19];
	if(typeof data63 !== "string"){
	const err126 = {instancePath:instancePath+"/identities/" + i17+"/products/" + i19,schemaPath:"#/properties/identities/items/properties/products/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.identities.items.properties.products.items.type,parentSchema:schema155.properties.identities.items.properties.products.items,data:data63};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	}
	}
	else {
	const err127 = {instancePath:instancePath+"/identities/" + i17+"/products",schemaPath:"#/properties/identities/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.identities.items.properties.products.type,parentSchema:schema155.properties.identities.items.properties.products,data:data62};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	}
	if(data51.minVersion !== undefined){
	let data64 = data51.minVersion;
	if(typeof data64 === "string"){
	if(!pattern4.test(data64)){
	const err128 = {instancePath:instancePath+"/identities/" + i17+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data64};
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
	const err129 = {instancePath:instancePath+"/identities/" + i17+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data64};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	}
	if(data51.maxVersion !== undefined){
	let data65 = data51.maxVersion;
	if(typeof data65 === "string"){
	if(!pattern4.test(data65)){
	const err130 = {instancePath:instancePath+"/identities/" + i17+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data65};
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
	const err131 = {instancePath:instancePath+"/identities/" + i17+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data65};
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
	const err132 = {instancePath:instancePath+"/identities/" + i17,schemaPath:"#/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.identities.items.type,parentSchema:schema155.properties.identities.items,data:data51};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	}
	}
	else {
	const err133 = {instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.identities.type,parentSchema:schema155.properties.identities,data:data50};
	if(vErrors === null){
	vErrors = [err133];
	}
	else {
	vErrors.push(err133);
	}
	errors++;
	}
	}
	if(data.requirements !== undefined){
	let data66 = data.requirements;
	if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
	if(data66.minimumMaturity === undefined){
	const err134 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "minimumMaturity"},message:"must have required property '"+"minimumMaturity"+"'",schema:schema155.properties.requirements.required,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err134];
	}
	else {
	vErrors.push(err134);
	}
	errors++;
	}
	if(data66.requiredControls === undefined){
	const err135 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "requiredControls"},message:"must have required property '"+"requiredControls"+"'",schema:schema155.properties.requirements.required,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err135];
	}
	else {
	vErrors.push(err135);
	}
	errors++;
	}
	if(data66.requiredApprovals === undefined){
	const err136 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "requiredApprovals"},message:"must have required property '"+"requiredApprovals"+"'",schema:schema155.properties.requirements.required,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err136];
	}
	else {
	vErrors.push(err136);
	}
	errors++;
	}
	if(data66.signedRecords === undefined){
	const err137 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "signedRecords"},message:"must have required property '"+"signedRecords"+"'",schema:schema155.properties.requirements.required,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err137];
	}
	else {
	vErrors.push(err137);
	}
	errors++;
	}
	if(data66.deploymentApprovalEnvironments === undefined){
	const err138 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: "deploymentApprovalEnvironments"},message:"must have required property '"+"deploymentApprovalEnvironments"+"'",schema:schema155.properties.requirements.required,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err138];
	}
	else {
	vErrors.push(err138);
	}
	errors++;
	}
	for(const key7 in data66){
	if(!(((((key7 === "minimumMaturity") || (key7 === "requiredControls")) || (key7 === "requiredApprovals")) || (key7 === "signedRecords")) || (key7 === "deploymentApprovalEnvironments"))){
	const err139 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err139];
	}
	else {
	vErrors.push(err139);
	}
	errors++;
	}
	}
	if(data66.minimumMaturity !== undefined){
	let data67 = data66.minimumMaturity;
	if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
	const err140 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema155.properties.requirements.properties.minimumMaturity.type,parentSchema:schema155.properties.requirements.properties.minimumMaturity,data:data67};
	if(vErrors === null){
	vErrors = [err140];
	}
	else {
	vErrors.push(err140);
	}
	errors++;
	}
	if((typeof data67 == "number") && (isFinite(data67))){
	if(data67 > 5 || isNaN(data67)){
	const err141 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema155.properties.requirements.properties.minimumMaturity,data:data67};
	if(vErrors === null){
	vErrors = [err141];
	}
	else {
	vErrors.push(err141);
	}
	errors++;
	}
	if(data67 < 1 || isNaN(data67)){
	const err142 = {instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema155.properties.requirements.properties.minimumMaturity,data:data67};
	if(vErrors === null){
	vErrors = [err142];
	}
	else {
	vErrors.push(err142);
	}
	errors++;
	}
	}
	}
	if(data66.requiredControls !== undefined){
	let data68 = data66.requiredControls;
	if(Array.isArray(data68)){
	const len20 = data68.length;
	for(let i20=0; i20<len20; i20++){
	let data69 = data68[i20];
	if(typeof data69 !== "string"){
	const err143 = {instancePath:instancePath+"/requirements/requiredControls/" + i20,schemaPath:"#/properties/requirements/properties/requiredControls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.requirements.properties.requiredControls.items.type,parentSchema:schema155.properties.requirements.properties.requiredControls.items,data:data69};
	if(vErrors === null){
	vErrors = [err143];
	}
	else {
	vErrors.push(err143);
	}
	errors++;
	}
	}
	}
	else {
	const err144 = {instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.requirements.properties.requiredControls.type,parentSchema:schema155.properties.requirements.properties.requiredControls,data:data68};
	if(vErrors === null){
	vErrors = [err144];
	}
	else {
	vErrors.push(err144);
	}
	errors++;
	}
	}
	if(data66.requiredApprovals !== undefined){
	let data70 = data66.requiredApprovals;
	if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
	const err145 = {instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema155.properties.requirements.properties.requiredApprovals.type,parentSchema:schema155.properties.requirements.properties.requiredApprovals,data:data70};
	if(vErrors === null){
	vErrors = [err145];
	}
	else {
	vErrors.push(err145);
	}
	errors++;
	}
	if((typeof data70 == "number") && (isFinite(data70))){
	if(data70 < 0 || isNaN(data70)){
	const err146 = {instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema155.properties.requirements.properties.requiredApprovals,data:data70};
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
	if(data66.signedRecords !== undefined){
	let data71 = data66.signedRecords;
	if(Array.isArray(data71)){
	const len21 = data71.length;
	for(let i21=0; i21<len21; i21++){
	let data72 = data71[i21];
	if(!(((((((data72 === "signing-event") || (data72 === "release-approval")) || (data72 === "risk-acceptance")) || (data72 === "rollback-recovery-tests")) || (data72 === "deployment-records")) || (data72 === "customer-notification")) || (data72 === "affected-versions"))){
	const err147 = {instancePath:instancePath+"/requirements/signedRecords/" + i21,schemaPath:"#/properties/requirements/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema155.properties.requirements.properties.signedRecords.items.enum},message:"must be equal to one of the allowed values",schema:schema155.properties.requirements.properties.signedRecords.items.enum,parentSchema:schema155.properties.requirements.properties.signedRecords.items,data:data72};
	if(vErrors === null){
	vErrors = [err147];
	}
	else {
	vErrors.push(err147);
	}
	errors++;
	}
	}
	let i22 = data71.length;
	let j0;
	if(i22 > 1){
	outer0:
	for(;i22--;){
	for(j0 = i22; j0--;){
	if(func0(data71[i22], data71[j0])){
	const err148 = {instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i22+" are identical)",schema:true,parentSchema:schema155.properties.requirements.properties.signedRecords,data:data71};
	if(vErrors === null){
	vErrors = [err148];
	}
	else {
	vErrors.push(err148);
	}
	errors++;
	break outer0;
	}
	}
	}
	}
	}
	else {
	const err149 = {instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.requirements.properties.signedRecords.type,parentSchema:schema155.properties.requirements.properties.signedRecords,data:data71};
	if(vErrors === null){
	vErrors = [err149];
	}
	else {
	vErrors.push(err149);
	}
	errors++;
	}
	}
	if(data66.deploymentApprovalEnvironments !== undefined){
	let data73 = data66.deploymentApprovalEnvironments;
	if(Array.isArray(data73)){
	const len22 = data73.length;
	for(let i23=0; i23<len22; i23++){
	let data74 = data73[i23];
	if(typeof data74 !== "string"){
	const err150 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments/" + i23,schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.requirements.properties.deploymentApprovalEnvironments.items.type,parentSchema:schema155.properties.requirements.properties.deploymentApprovalEnvironments.items,data:data74};
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
	const err151 = {instancePath:instancePath+"/requirements/deploymentApprovalEnvironments",schemaPath:"#/properties/requirements/properties/deploymentApprovalEnvironments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.requirements.properties.deploymentApprovalEnvironments.type,parentSchema:schema155.properties.requirements.properties.deploymentApprovalEnvironments,data:data73};
	if(vErrors === null){
	vErrors = [err151];
	}
	else {
	vErrors.push(err151);
	}
	errors++;
	}
	}
	}
	else {
	const err152 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.requirements.type,parentSchema:schema155.properties.requirements,data:data66};
	if(vErrors === null){
	vErrors = [err152];
	}
	else {
	vErrors.push(err152);
	}
	errors++;
	}
	}
	if(data.products !== undefined){
	let data75 = data.products;
	if(Array.isArray(data75)){
	const len23 = data75.length;
	for(let i24=0; i24<len23; i24++){
	let data76 = data75[i24];
	if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
	if(data76.id === undefined){
	const err153 = {instancePath:instancePath+"/products/" + i24,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.products.items.required,parentSchema:schema155.properties.products.items,data:data76};
	if(vErrors === null){
	vErrors = [err153];
	}
	else {
	vErrors.push(err153);
	}
	errors++;
	}
	if(data76.versionScheme === undefined){
	const err154 = {instancePath:instancePath+"/products/" + i24,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: "versionScheme"},message:"must have required property '"+"versionScheme"+"'",schema:schema155.properties.products.items.required,parentSchema:schema155.properties.products.items,data:data76};
	if(vErrors === null){
	vErrors = [err154];
	}
	else {
	vErrors.push(err154);
	}
	errors++;
	}
	for(const key8 in data76){
	if(!((key8 === "id") || (key8 === "versionScheme"))){
	const err155 = {instancePath:instancePath+"/products/" + i24,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.products.items,data:data76};
	if(vErrors === null){
	vErrors = [err155];
	}
	else {
	vErrors.push(err155);
	}
	errors++;
	}
	}
	if(data76.id !== undefined){
	let data77 = data76.id;
	if(typeof data77 !== "string"){
	const err156 = {instancePath:instancePath+"/products/" + i24+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.products.items.properties.id.type,parentSchema:schema155.properties.products.items.properties.id,data:data77};
	if(vErrors === null){
	vErrors = [err156];
	}
	else {
	vErrors.push(err156);
	}
	errors++;
	}
	}
	if(data76.versionScheme !== undefined){
	let data78 = data76.versionScheme;
	if(!((data78 === "semver") || (data78 === "generic"))){
	const err157 = {instancePath:instancePath+"/products/" + i24+"/versionScheme",schemaPath:"#/properties/products/items/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema155.properties.products.items.properties.versionScheme.enum},message:"must be equal to one of the allowed values",schema:schema155.properties.products.items.properties.versionScheme.enum,parentSchema:schema155.properties.products.items.properties.versionScheme,data:data78};
	if(vErrors === null){
	vErrors = [err157];
	}
	else {
	vErrors.push(err157);
	}
	errors++;
	}
	}
	}
	else {
	const err158 = {instancePath:instancePath+"/products/" + i24,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.products.items.type,parentSchema:schema155.properties.products.items,data:data76};
	if(vErrors === null){
	vErrors = [err158];
	}
	else {
	vErrors.push(err158);
	}
	errors++;
	}
	}
	}
	else {
	const err159 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.products.type,parentSchema:schema155.properties.products,data:data75};
	if(vErrors === null){
	vErrors = [err159];
	}
	else {
	vErrors.push(err159);
	}
	errors++;
	}
	}
	if(data.requirementOverrides !== undefined){
	let data79 = data.requirementOverrides;
	if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
	if(data79.mayWeaken === undefined){
	const err160 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/required",keyword:"required",params:{missingProperty: "mayWeaken"},message:"must have required property '"+"mayWeaken"+"'",schema:schema155.properties.requirementOverrides.required,parentSchema:schema155.properties.requirementOverrides,data:data79};
	if(vErrors === null){
	vErrors = [err160];
	}
	else {
	vErrors.push(err160);
	}
	errors++;
	}
	for(const key9 in data79){
	if(!(key9 === "mayWeaken")){
	const err161 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.requirementOverrides,data:data79};
	if(vErrors === null){
	vErrors = [err161];
	}
	else {
	vErrors.push(err161);
	}
	errors++;
	}
	}
	if(data79.mayWeaken !== undefined){
	let data80 = data79.mayWeaken;
	if(Array.isArray(data80)){
	const len24 = data80.length;
	for(let i25=0; i25<len24; i25++){
	let data81 = data80[i25];
	if(!(((((data81 === "minimumMaturity") || (data81 === "requiredControls")) || (data81 === "requiredApprovals")) || (data81 === "signedRecords")) || (data81 === "deploymentApprovalEnvironments"))){
	const err162 = {instancePath:instancePath+"/requirementOverrides/mayWeaken/" + i25,schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/items/enum",keyword:"enum",params:{allowedValues: schema155.properties.requirementOverrides.properties.mayWeaken.items.enum},message:"must be equal to one of the allowed values",schema:schema155.properties.requirementOverrides.properties.mayWeaken.items.enum,parentSchema:schema155.properties.requirementOverrides.properties.mayWeaken.items,data:data81};
	if(vErrors === null){
	vErrors = [err162];
	}
	else {
	vErrors.push(err162);
	}
	errors++;
	}
	}
	let i26 = data80.length;
	let j1;
	if(i26 > 1){
	outer1:
	for(;i26--;){
	for(j1 = i26; j1--;){
	if(func0(data80[i26], data80[j1])){
	const err163 = {instancePath:instancePath+"/requirementOverrides/mayWeaken",schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i26+" are identical)",schema:true,parentSchema:schema155.properties.requirementOverrides.properties.mayWeaken,data:data80};
	if(vErrors === null){
	vErrors = [err163];
	}
	else {
	vErrors.push(err163);
	}
	errors++;
	break outer1;
	}
	}
	}
	}
	}
	else {
	const err164 = {instancePath:instancePath+"/requirementOverrides/mayWeaken",schemaPath:"#/properties/requirementOverrides/properties/mayWeaken/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.requirementOverrides.properties.mayWeaken.type,parentSchema:schema155.properties.requirementOverrides.properties.mayWeaken,data:data80};
	if(vErrors === null){
	vErrors = [err164];
	}
	else {
	vErrors.push(err164);
	}
	errors++;
	}
	}
	}
	else {
	const err165 = {instancePath:instancePath+"/requirementOverrides",schemaPath:"#/properties/requirementOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.requirementOverrides.type,parentSchema:schema155.properties.requirementOverrides,data:data79};
	if(vErrors === null){
	vErrors = [err165];
	}
	else {
	vErrors.push(err165);
	}
	errors++;
	}
	}
	if(data.fleet !== undefined){
	let data82 = data.fleet;
	if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
	if(data82.cohorts === undefined){
	const err166 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "cohorts"},message:"must have required property '"+"cohorts"+"'",schema:schema155.properties.fleet.required,parentSchema:schema155.properties.fleet,data:data82};
	if(vErrors === null){
	vErrors = [err166];
	}
	else {
	vErrors.push(err166);
	}
	errors++;
	}
	for(const key10 in data82){
	if(!((key10 === "cohorts") || (key10 === "downgrades"))){
	const err167 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.fleet,data:data82};
	if(vErrors === null){
	vErrors = [err167];
	}
	else {
	vErrors.push(err167);
	}
	errors++;
	}
	}
	if(data82.cohorts !== undefined){
	let data83 = data82.cohorts;
	if(Array.isArray(data83)){
	const len25 = data83.length;
	for(let i27=0; i27<len25; i27++){
	let data84 = data83[i27];
	if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
	if(data84.product === undefined){
	const err168 = {instancePath:instancePath+"/fleet/cohorts/" + i27,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema155.properties.fleet.properties.cohorts.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items,data:data84};
	if(vErrors === null){
	vErrors = [err168];
	}
	else {
	vErrors.push(err168);
	}
	errors++;
	}
	if(data84.cohort === undefined){
	const err169 = {instancePath:instancePath+"/fleet/cohorts/" + i27,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema155.properties.fleet.properties.cohorts.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items,data:data84};
	if(vErrors === null){
	vErrors = [err169];
	}
	else {
	vErrors.push(err169);
	}
	errors++;
	}
	if(data84.configurations === undefined){
	const err170 = {instancePath:instancePath+"/fleet/cohorts/" + i27,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema155.properties.fleet.properties.cohorts.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items,data:data84};
	if(vErrors === null){
	vErrors = [err170];
	}
	else {
	vErrors.push(err170);
	}
	errors++;
	}
	for(const key11 in data84){
	if(!(((((key11 === "product") || (key11 === "cohort")) || (key11 === "allowPartial")) || (key11 === "approvedVersions")) || (key11 === "configurations"))){
	const err171 = {instancePath:instancePath+"/fleet/cohorts/" + i27,schemaPath:"#/properties/fleet/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.fleet.properties.cohorts.items,data:data84};
	if(vErrors === null){
	vErrors = [err171];
	}
	else {
	vErrors.push(err171);
	}
	errors++;
	}
	}
	if(data84.product !== undefined){
	let data85 = data84.product;
	if(typeof data85 !== "string"){
	const err172 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.product.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.product,data:data85};
	if(vErrors === null){
	vErrors = [err172];
	}
	else {
	vErrors.push(err172);
	}
	errors++;
	}
	}
	if(data84.cohort !== undefined){
	let data86 = data84.cohort;
	if(typeof data86 !== "string"){
	const err173 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.cohort.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.cohort,data:data86};
	if(vErrors === null){
	vErrors = [err173];
	}
	else {
	vErrors.push(err173);
	}
	errors++;
	}
	}
	if(data84.allowPartial !== undefined){
	let data87 = data84.allowPartial;
	if(typeof data87 !== "boolean"){
	const err174 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/allowPartial",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/allowPartial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.fleet.properties.cohorts.items.properties.allowPartial.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.allowPartial,data:data87};
	if(vErrors === null){
	vErrors = [err174];
	}
	else {
	vErrors.push(err174);
	}
	errors++;
	}
	}
	if(data84.approvedVersions !== undefined){
	let data88 = data84.approvedVersions;
	if(Array.isArray(data88)){
	const len26 = data88.length;
	for(let i28=0; i28<len26; i28++){
	let data89 = data88[i28];
	if(typeof data89 === "string"){
	if(func2(data89) < 1){
	const err175 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/approvedVersions/" + i28,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.approvedVersions.items,data:data89};
	if(vErrors === null){
	vErrors = [err175];
	}
	else {
	vErrors.push(err175);
	}
	errors++;
	}
	}
	else {
	const err176 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/approvedVersions/" + i28,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.approvedVersions.items.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.approvedVersions.items,data:data89};
	if(vErrors === null){
	vErrors = [err176];
	}
	else {
	vErrors.push(err176);
	}
	errors++;
	}
	}
	}
	else {
	const err177 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.fleet.properties.cohorts.items.properties.approvedVersions.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.approvedVersions,data:data88};
	if(vErrors === null){
	vErrors = [err177];
	}
	else {
	vErrors.push(err177);
	}
	errors++;
	}
	}
	if(data84.configurations !== undefined){
	let data90 = data84.configurations;
	if(Array.isArray(data90)){
	if(data90.length < 1){
	const err178 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations,data:data90};
	if(vErrors === null){
	vErrors = [err178];
	}
	else {
	vErrors.push(err178);
	}
	errors++;
	}
	const len27 = data90.length;
	for(let i29=0; i29<len27; i29++){
	let data91 = data90[i29];
	if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
	if(data91.id === undefined){
	const err179 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data91};
	if(vErrors === null){
	vErrors = [err179];
	}
	else {
	vErrors.push(err179);
	}
	errors++;
	}
	if(data91.hardware === undefined){
	const err180 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data91};
	if(vErrors === null){
	vErrors = [err180];
	}
	else {
	vErrors.push(err180);
	}
	errors++;
	}
	if(data91.version === undefined){
	const err181 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.required,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data91};
	if(vErrors === null){
	vErrors = [err181];
	}
	else {
	vErrors.push(err181);
	}
	errors++;
	}
	for(const key12 in data91){
	if(!(((key12 === "id") || (key12 === "hardware")) || (key12 === "version"))){
	const err182 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data91};
	if(vErrors === null){
	vErrors = [err182];
	}
	else {
	vErrors.push(err182);
	}
	errors++;
	}
	}
	if(data91.id !== undefined){
	let data92 = data91.id;
	if(typeof data92 !== "string"){
	const err183 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.id,data:data92};
	if(vErrors === null){
	vErrors = [err183];
	}
	else {
	vErrors.push(err183);
	}
	errors++;
	}
	}
	if(data91.hardware !== undefined){
	let data93 = data91.hardware;
	if(typeof data93 !== "string"){
	const err184 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.hardware,data:data93};
	if(vErrors === null){
	vErrors = [err184];
	}
	else {
	vErrors.push(err184);
	}
	errors++;
	}
	}
	if(data91.version !== undefined){
	let data94 = data91.version;
	if(typeof data94 === "string"){
	if(func2(data94) < 1){
	const err185 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29+"/version",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.version,data:data94};
	if(vErrors === null){
	vErrors = [err185];
	}
	else {
	vErrors.push(err185);
	}
	errors++;
	}
	}
	else {
	const err186 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29+"/version",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.version.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.properties.version,data:data94};
	if(vErrors === null){
	vErrors = [err186];
	}
	else {
	vErrors.push(err186);
	}
	errors++;
	}
	}
	}
	else {
	const err187 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations/" + i29,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.items,data:data91};
	if(vErrors === null){
	vErrors = [err187];
	}
	else {
	vErrors.push(err187);
	}
	errors++;
	}
	}
	}
	else {
	const err188 = {instancePath:instancePath+"/fleet/cohorts/" + i27+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.fleet.properties.cohorts.items.properties.configurations.type,parentSchema:schema155.properties.fleet.properties.cohorts.items.properties.configurations,data:data90};
	if(vErrors === null){
	vErrors = [err188];
	}
	else {
	vErrors.push(err188);
	}
	errors++;
	}
	}
	}
	else {
	const err189 = {instancePath:instancePath+"/fleet/cohorts/" + i27,schemaPath:"#/properties/fleet/properties/cohorts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.fleet.properties.cohorts.items.type,parentSchema:schema155.properties.fleet.properties.cohorts.items,data:data84};
	if(vErrors === null){
	vErrors = [err189];
	}
	else {
	vErrors.push(err189);
	}
	errors++;
	}
	}
	}
	else {
	const err190 = {instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.fleet.properties.cohorts.type,parentSchema:schema155.properties.fleet.properties.cohorts,data:data83};
	if(vErrors === null){
	vErrors = [err190];
	}
	else {
	vErrors.push(err190);
	}
	errors++;
	}
	}
	if(data82.downgrades !== undefined){
	let data95 = data82.downgrades;
	if(Array.isArray(data95)){
	const len28 = data95.length;
	for(let i30=0; i30<len28; i30++){
	let data96 = data95[i30];
	if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
	if(data96.product === undefined){
	const err191 = {instancePath:instancePath+"/fleet/downgrades/" + i30,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema155.properties.fleet.properties.downgrades.items.required,parentSchema:schema155.properties.fleet.properties.downgrades.items,data:data96};
	if(vErrors === null){
	vErrors = [err191];
	}
	else {
	vErrors.push(err191);
	}
	errors++;
	}
	if(data96.reason === undefined){
	const err192 = {instancePath:instancePath+"/fleet/downgrades/" + i30,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema155.properties.fleet.properties.downgrades.items.required,parentSchema:schema155.properties.fleet.properties.downgrades.items,data:data96};
	if(vErrors === null){
	vErrors = [err192];
	}
	else {
	vErrors.push(err192);
	}
	errors++;
	}
	for(const key13 in data96){
	if(!((key13 === "product") || (key13 === "reason"))){
	const err193 = {instancePath:instancePath+"/fleet/downgrades/" + i30,schemaPath:"#/properties/fleet/properties/downgrades/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema155.properties.fleet.properties.downgrades.items,data:data96};
	if(vErrors === null){
	vErrors = [err193];
	}
	else {
	vErrors.push(err193);
	}
	errors++;
	}
	}
	if(data96.product !== undefined){
	let data97 = data96.product;
	if(typeof data97 !== "string"){
	const err194 = {instancePath:instancePath+"/fleet/downgrades/" + i30+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.downgrades.items.properties.product.type,parentSchema:schema155.properties.fleet.properties.downgrades.items.properties.product,data:data97};
	if(vErrors === null){
	vErrors = [err194];
	}
	else {
	vErrors.push(err194);
	}
	errors++;
	}
	}
	if(data96.reason !== undefined){
	let data98 = data96.reason;
	if(typeof data98 !== "string"){
	const err195 = {instancePath:instancePath+"/fleet/downgrades/" + i30+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.fleet.properties.downgrades.items.properties.reason.type,parentSchema:schema155.properties.fleet.properties.downgrades.items.properties.reason,data:data98};
	if(vErrors === null){
	vErrors = [err195];
	}
	else {
	vErrors.push(err195);
	}
	errors++;
	}
	}
	}
	else {
	const err196 = {instancePath:instancePath+"/fleet/downgrades/" + i30,schemaPath:"#/properties/fleet/properties/downgrades/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.fleet.properties.downgrades.items.type,parentSchema:schema155.properties.fleet.properties.downgrades.items,data:data96};
	if(vErrors === null){
	vErrors = [err196];
	}
	else {
	vErrors.push(err196);
	}
	errors++;
	}
	}
	}
	else {
	const err197 = {instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.fleet.properties.downgrades.type,parentSchema:schema155.properties.fleet.properties.downgrades,data:data95};
	if(vErrors === null){
	vErrors = [err197];
	}
	else {
	vErrors.push(err197);
	}
	errors++;
	}
	}
	}
	else {
	const err198 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.properties.fleet.type,parentSchema:schema155.properties.fleet,data:data82};
	if(vErrors === null){
	vErrors = [err198];
	}
	else {
	vErrors.push(err198);
	}
	errors++;
	}
	}
	}
	else {
	const err199 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.type,parentSchema:schema155,data};
	if(vErrors === null){
	vErrors = [err199];
	}
	else {
	vErrors.push(err199);
	}
	errors++;
	}
	validate68.errors = vErrors;
	return errors === 0;
	}
	validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyTrustData;
	};
	return validatorsPolicyTrustDataErrors;
}

var validatorsPolicyTrustDataErrorsExports = requireValidatorsPolicyTrustDataErrors();

module.exports = validatorsPolicyTrustDataErrorsExports;
})
