(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsPolicyTrustData = {};

var hasRequiredValidatorsPolicyTrustData;

function requireValidatorsPolicyTrustData () {
	if (hasRequiredValidatorsPolicyTrustData) return validatorsPolicyTrustData;
	hasRequiredValidatorsPolicyTrustData = 1;
	validatorsPolicyTrustData.policyTrustData = () => {
	  const exports = {};
	exports.policyTrustData = validate67;
	const schema152 = {"properties":{"keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","fingerprint","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked","revokedAt"],"properties":{"id":{"type":"string"},"fingerprint":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"approvers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles","keys","identities","github"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"github":{"type":["string","null"]}}}},"builders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}}},"testSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"deploymentSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","issuer","subject","subjectPattern","sourceRepository","sourceRef","signerWorkflow","usage","products","minVersion","maxVersion"],"properties":{"id":{"type":"string"},"issuer":{"type":"string"},"subject":{"type":["string","null"]},"subjectPattern":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}}}},"requirements":{"type":"object","additionalProperties":false,"required":["minimumMaturity","requiredControls","requiredApprovals","signedRecords"],"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","items":{"type":"string"}},"requiredApprovals":{"type":"integer","minimum":0},"signedRecords":{"type":"array","uniqueItems":true,"description":"The record kinds that must be signed by the party they name, sorted; the trust file's requirements.signedRecords, written out as every record kind when it is absent.","items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]}}}},"products":{"type":"array","description":"Version scheme per product (added in v1; a product not listed uses semver).","items":{"type":"object","additionalProperties":false,"required":["id","versionScheme"],"properties":{"id":{"type":"string"},"versionScheme":{"enum":["semver","generic"]}}}},"fleet":{"type":"object","description":"data.trust.fleet: the fleet inventory (trust.schema.json fleet), or absent.","additionalProperties":false,"properties":{"cohorts":{"type":"array","description":"One entry per product and cohort.","items":{"type":"object","description":"The configurations of one cohort of one product.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product, e.g. IC-22."},"cohort":{"type":"string","description":"Cohort, e.g. A."},"allowPartial":{"type":"boolean","description":"When true, an update whose scope leaves out configurations of the cohort is conditional (each named) instead of rejected. Default false."},"approvedVersions":{"type":"array","items":{"type":"string","minLength":1},"description":"Versions approved for this cohort that the gate runner records by hand, in the product's version scheme; an update to an older one is flagged."},"configurations":{"type":"array","minItems":1,"description":"The configurations of the cohort, sorted by id (the load stage sorts them; the fleet view lists them in this order).","items":{"type":"object","description":"One configuration as deployed.","additionalProperties":false,"properties":{"id":{"type":"string","description":"Configuration id, as packages name it."},"hardware":{"type":"string","description":"Hardware id, e.g. IC-22-REF-C."},"version":{"type":"string","minLength":1,"description":"The version it runs now, in the product's version scheme."}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","description":"Products for which an update to a version not above the running one is allowed, each with its reason.","items":{"type":"object","description":"A product whose downgrades are allowed.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product."},"reason":{"type":"string","description":"Why downgrades are allowed."}},"required":["product","reason"]}}},"required":["cohorts"]}}};
	const func1 = Object.prototype.hasOwnProperty;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern52 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");
	const pattern26 = new RegExp("Z$", "u");
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

	function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate67.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((((data.keys === undefined) && (missing0 = "keys")) || ((data.approvers === undefined) && (missing0 = "approvers"))) || ((data.builders === undefined) && (missing0 = "builders"))) || ((data.requirements === undefined) && (missing0 = "requirements"))) || ((data.testSystems === undefined) && (missing0 = "testSystems"))) || ((data.deploymentSystems === undefined) && (missing0 = "deploymentSystems"))){
	validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema152.properties, key0))){
	validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.keys !== undefined){
	let data0 = data.keys;
	const _errs2 = errors;
	if(errors === _errs2){
	if(Array.isArray(data0)){
	var valid1 = true;
	const len0 = data0.length;
	for(let i0=0; i0<len0; i0++){
	let data1 = data0[i0];
	const _errs4 = errors;
	if(errors === _errs4){
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing1;
	if(((((((((((data1.id === undefined) && (missing1 = "id")) || ((data1.fingerprint === undefined) && (missing1 = "fingerprint"))) || ((data1.usage === undefined) && (missing1 = "usage"))) || ((data1.products === undefined) && (missing1 = "products"))) || ((data1.minVersion === undefined) && (missing1 = "minVersion"))) || ((data1.maxVersion === undefined) && (missing1 = "maxVersion"))) || ((data1.validFrom === undefined) && (missing1 = "validFrom"))) || ((data1.validUntil === undefined) && (missing1 = "validUntil"))) || ((data1.revoked === undefined) && (missing1 = "revoked"))) || ((data1.revokedAt === undefined) && (missing1 = "revokedAt"))){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: missing1}}];
	return false;
	}
	else {
	const _errs6 = errors;
	for(const key1 in data1){
	if(!(func1.call(schema152.properties.keys.items.properties, key1))){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
	return false;
	}
	}
	if(_errs6 === errors){
	if(data1.id !== undefined){
	const _errs7 = errors;
	if(typeof data1.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/id",schemaPath:"#/properties/keys/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid2 = _errs7 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.fingerprint !== undefined){
	let data3 = data1.fingerprint;
	const _errs9 = errors;
	if(errors === _errs9){
	if(typeof data3 === "string"){
	if(!pattern52.test(data3)){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/fingerprint",schemaPath:"#/properties/keys/items/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/fingerprint",schemaPath:"#/properties/keys/items/properties/fingerprint/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs9 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.usage !== undefined){
	let data4 = data1.usage;
	const _errs11 = errors;
	if(errors === _errs11){
	if(Array.isArray(data4)){
	var valid3 = true;
	const len1 = data4.length;
	for(let i1=0; i1<len1; i1++){
	let data5 = data4[i1];
	const _errs13 = errors;
	if(!((((((((data5 === "update-manifest") || (data5 === "build-provenance")) || (data5 === "signing-event")) || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification"))){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage/" + i1,schemaPath:"#/properties/keys/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema152.properties.keys.items.properties.usage.items.enum}}];
	return false;
	}
	var valid3 = _errs13 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/usage",schemaPath:"#/properties/keys/items/properties/usage/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid2 = _errs11 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.products !== undefined){
	let data6 = data1.products;
	const _errs14 = errors;
	if(errors === _errs14){
	if(Array.isArray(data6)){
	var valid4 = true;
	const len2 = data6.length;
	for(let i2=0; i2<len2; i2++){
	const _errs16 = errors;
	if(typeof data6[i2] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/products/" + i2,schemaPath:"#/properties/keys/items/properties/products/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid4 = _errs16 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/products",schemaPath:"#/properties/keys/items/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid2 = _errs14 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.minVersion !== undefined){
	let data8 = data1.minVersion;
	const _errs18 = errors;
	const _errs19 = errors;
	if(errors === _errs19){
	if(typeof data8 === "string"){
	if(!pattern4.test(data8)){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs18 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.maxVersion !== undefined){
	let data9 = data1.maxVersion;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid2 = _errs21 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.validFrom !== undefined){
	let data10 = data1.validFrom;
	const _errs24 = errors;
	const _errs25 = errors;
	if(errors === _errs25){
	if(errors === _errs25){
	if(typeof data10 === "string"){
	if(!pattern26.test(data10)){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"}}];
	return false;
	}
	else {
	if(!(formats0.validate(data10))){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validFrom",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid2 = _errs24 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.validUntil !== undefined){
	let data11 = data1.validUntil;
	const _errs27 = errors;
	const _errs28 = errors;
	if(errors === _errs28){
	if(errors === _errs28){
	if(typeof data11 === "string"){
	if(!pattern26.test(data11)){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"}}];
	return false;
	}
	else {
	if(!(formats0.validate(data11))){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}}];
	return false;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/validUntil",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	var valid2 = _errs27 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.revoked !== undefined){
	const _errs30 = errors;
	if(typeof data1.revoked !== "boolean"){
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0+"/revoked",schemaPath:"#/properties/keys/items/properties/revoked/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid2 = _errs30 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data1.revokedAt !== undefined){
	let data13 = data1.revokedAt;
	const _errs32 = errors;
	const _errs33 = errors;
	let valid9 = false;
	const _errs34 = errors;
	const _errs35 = errors;
	if(errors === _errs35){
	if(errors === _errs35){
	if(typeof data13 === "string"){
	if(!pattern26.test(data13)){
	const err0 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"}};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data13))){
	const err1 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"}};
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
	const err2 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"}};
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
	var _valid0 = _errs34 === errors;
	valid9 = valid9 || _valid0;
	const _errs37 = errors;
	if(data13 !== null){
	const err3 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf/1/type",keyword:"type",params:{type: "null"}};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs37 === errors;
	valid9 = valid9 || _valid0;
	if(!valid9){
	const err4 = {instancePath:instancePath+"/keys/" + i0+"/revokedAt",schemaPath:"#/properties/keys/items/properties/revokedAt/anyOf",keyword:"anyOf",params:{}};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate67.errors = vErrors;
	return false;
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
	var valid2 = _errs32 === errors;
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
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid1 = _errs4 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvers !== undefined){
	let data14 = data.approvers;
	const _errs39 = errors;
	if(errors === _errs39){
	if(Array.isArray(data14)){
	var valid11 = true;
	const len3 = data14.length;
	for(let i3=0; i3<len3; i3++){
	let data15 = data14[i3];
	const _errs41 = errors;
	if(errors === _errs41){
	if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
	let missing2;
	if(((((((data15.id === undefined) && (missing2 = "id")) || ((data15.name === undefined) && (missing2 = "name"))) || ((data15.roles === undefined) && (missing2 = "roles"))) || ((data15.keys === undefined) && (missing2 = "keys"))) || ((data15.identities === undefined) && (missing2 = "identities"))) || ((data15.github === undefined) && (missing2 = "github"))){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: missing2}}];
	return false;
	}
	else {
	const _errs43 = errors;
	for(const key2 in data15){
	if(!((((((key2 === "id") || (key2 === "name")) || (key2 === "roles")) || (key2 === "keys")) || (key2 === "identities")) || (key2 === "github"))){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
	return false;
	}
	}
	if(_errs43 === errors){
	if(data15.id !== undefined){
	const _errs44 = errors;
	if(typeof data15.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/id",schemaPath:"#/properties/approvers/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid12 = _errs44 === errors;
	}
	else {
	var valid12 = true;
	}
	if(valid12){
	if(data15.name !== undefined){
	const _errs46 = errors;
	if(typeof data15.name !== "string"){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/name",schemaPath:"#/properties/approvers/items/properties/name/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid12 = _errs46 === errors;
	}
	else {
	var valid12 = true;
	}
	if(valid12){
	if(data15.roles !== undefined){
	let data18 = data15.roles;
	const _errs48 = errors;
	if(errors === _errs48){
	if(Array.isArray(data18)){
	var valid13 = true;
	const len4 = data18.length;
	for(let i4=0; i4<len4; i4++){
	const _errs50 = errors;
	if(typeof data18[i4] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/roles/" + i4,schemaPath:"#/properties/approvers/items/properties/roles/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid13 = _errs50 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/roles",schemaPath:"#/properties/approvers/items/properties/roles/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid12 = _errs48 === errors;
	}
	else {
	var valid12 = true;
	}
	if(valid12){
	if(data15.keys !== undefined){
	let data20 = data15.keys;
	const _errs52 = errors;
	if(errors === _errs52){
	if(Array.isArray(data20)){
	var valid14 = true;
	const len5 = data20.length;
	for(let i5=0; i5<len5; i5++){
	const _errs54 = errors;
	if(typeof data20[i5] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/keys/" + i5,schemaPath:"#/properties/approvers/items/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid14 = _errs54 === errors;
	if(!valid14){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/keys",schemaPath:"#/properties/approvers/items/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid12 = _errs52 === errors;
	}
	else {
	var valid12 = true;
	}
	if(valid12){
	if(data15.identities !== undefined){
	let data22 = data15.identities;
	const _errs56 = errors;
	if(errors === _errs56){
	if(Array.isArray(data22)){
	var valid15 = true;
	const len6 = data22.length;
	for(let i6=0; i6<len6; i6++){
	const _errs58 = errors;
	if(typeof data22[i6] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/identities/" + i6,schemaPath:"#/properties/approvers/items/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid15 = _errs58 === errors;
	if(!valid15){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/identities",schemaPath:"#/properties/approvers/items/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid12 = _errs56 === errors;
	}
	else {
	var valid12 = true;
	}
	if(valid12){
	if(data15.github !== undefined){
	let data24 = data15.github;
	const _errs60 = errors;
	if((typeof data24 !== "string") && (data24 !== null)){
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3+"/github",schemaPath:"#/properties/approvers/items/properties/github/type",keyword:"type",params:{type: schema152.properties.approvers.items.properties.github.type}}];
	return false;
	}
	var valid12 = _errs60 === errors;
	}
	else {
	var valid12 = true;
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
	validate67.errors = [{instancePath:instancePath+"/approvers/" + i3,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid11 = _errs41 === errors;
	if(!valid11){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs39 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.builders !== undefined){
	let data25 = data.builders;
	const _errs62 = errors;
	if(errors === _errs62){
	if(Array.isArray(data25)){
	var valid16 = true;
	const len7 = data25.length;
	for(let i7=0; i7<len7; i7++){
	let data26 = data25[i7];
	const _errs64 = errors;
	if(errors === _errs64){
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	let missing3;
	if((data26.id === undefined) && (missing3 = "id")){
	validate67.errors = [{instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/required",keyword:"required",params:{missingProperty: missing3}}];
	return false;
	}
	else {
	const _errs66 = errors;
	for(const key3 in data26){
	if(!(key3 === "id")){
	validate67.errors = [{instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
	return false;
	}
	}
	if(_errs66 === errors){
	if(data26.id !== undefined){
	if(typeof data26.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/builders/" + i7+"/id",schemaPath:"#/properties/builders/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/builders/" + i7,schemaPath:"#/properties/builders/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid16 = _errs64 === errors;
	if(!valid16){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/builders",schemaPath:"#/properties/builders/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs62 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.testSystems !== undefined){
	let data28 = data.testSystems;
	const _errs69 = errors;
	if(errors === _errs69){
	if(Array.isArray(data28)){
	var valid18 = true;
	const len8 = data28.length;
	for(let i8=0; i8<len8; i8++){
	let data29 = data28[i8];
	const _errs71 = errors;
	if(errors === _errs71){
	if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
	let missing4;
	if((((((data29.id === undefined) && (missing4 = "id")) || ((data29.name === undefined) && (missing4 = "name"))) || ((data29.keys === undefined) && (missing4 = "keys"))) || ((data29.identities === undefined) && (missing4 = "identities"))) || ((data29.hardware === undefined) && (missing4 = "hardware"))){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8,schemaPath:"#/properties/testSystems/items/required",keyword:"required",params:{missingProperty: missing4}}];
	return false;
	}
	else {
	const _errs73 = errors;
	for(const key4 in data29){
	if(!(((((key4 === "id") || (key4 === "name")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "hardware"))){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8,schemaPath:"#/properties/testSystems/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
	return false;
	}
	}
	if(_errs73 === errors){
	if(data29.id !== undefined){
	const _errs74 = errors;
	if(typeof data29.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/id",schemaPath:"#/properties/testSystems/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid19 = _errs74 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data29.name !== undefined){
	let data31 = data29.name;
	const _errs76 = errors;
	if((typeof data31 !== "string") && (data31 !== null)){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/name",schemaPath:"#/properties/testSystems/items/properties/name/type",keyword:"type",params:{type: schema152.properties.testSystems.items.properties.name.type}}];
	return false;
	}
	var valid19 = _errs76 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data29.keys !== undefined){
	let data32 = data29.keys;
	const _errs78 = errors;
	if(errors === _errs78){
	if(Array.isArray(data32)){
	var valid20 = true;
	const len9 = data32.length;
	for(let i9=0; i9<len9; i9++){
	const _errs80 = errors;
	if(typeof data32[i9] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/keys/" + i9,schemaPath:"#/properties/testSystems/items/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid20 = _errs80 === errors;
	if(!valid20){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/keys",schemaPath:"#/properties/testSystems/items/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid19 = _errs78 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data29.identities !== undefined){
	let data34 = data29.identities;
	const _errs82 = errors;
	if(errors === _errs82){
	if(Array.isArray(data34)){
	var valid21 = true;
	const len10 = data34.length;
	for(let i10=0; i10<len10; i10++){
	const _errs84 = errors;
	if(typeof data34[i10] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/identities/" + i10,schemaPath:"#/properties/testSystems/items/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid21 = _errs84 === errors;
	if(!valid21){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/identities",schemaPath:"#/properties/testSystems/items/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid19 = _errs82 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data29.hardware !== undefined){
	let data36 = data29.hardware;
	const _errs86 = errors;
	if(errors === _errs86){
	if(Array.isArray(data36)){
	var valid22 = true;
	const len11 = data36.length;
	for(let i11=0; i11<len11; i11++){
	const _errs88 = errors;
	if(typeof data36[i11] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/hardware/" + i11,schemaPath:"#/properties/testSystems/items/properties/hardware/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid22 = _errs88 === errors;
	if(!valid22){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8+"/hardware",schemaPath:"#/properties/testSystems/items/properties/hardware/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid19 = _errs86 === errors;
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
	else {
	validate67.errors = [{instancePath:instancePath+"/testSystems/" + i8,schemaPath:"#/properties/testSystems/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid18 = _errs71 === errors;
	if(!valid18){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/testSystems",schemaPath:"#/properties/testSystems/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs69 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.deploymentSystems !== undefined){
	let data38 = data.deploymentSystems;
	const _errs90 = errors;
	if(errors === _errs90){
	if(Array.isArray(data38)){
	var valid23 = true;
	const len12 = data38.length;
	for(let i12=0; i12<len12; i12++){
	let data39 = data38[i12];
	const _errs92 = errors;
	if(errors === _errs92){
	if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
	let missing5;
	if((((((data39.id === undefined) && (missing5 = "id")) || ((data39.name === undefined) && (missing5 = "name"))) || ((data39.keys === undefined) && (missing5 = "keys"))) || ((data39.identities === undefined) && (missing5 = "identities"))) || ((data39.hardware === undefined) && (missing5 = "hardware"))){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12,schemaPath:"#/properties/deploymentSystems/items/required",keyword:"required",params:{missingProperty: missing5}}];
	return false;
	}
	else {
	const _errs94 = errors;
	for(const key5 in data39){
	if(!(((((key5 === "id") || (key5 === "name")) || (key5 === "keys")) || (key5 === "identities")) || (key5 === "hardware"))){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12,schemaPath:"#/properties/deploymentSystems/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
	return false;
	}
	}
	if(_errs94 === errors){
	if(data39.id !== undefined){
	const _errs95 = errors;
	if(typeof data39.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/id",schemaPath:"#/properties/deploymentSystems/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid24 = _errs95 === errors;
	}
	else {
	var valid24 = true;
	}
	if(valid24){
	if(data39.name !== undefined){
	let data41 = data39.name;
	const _errs97 = errors;
	if((typeof data41 !== "string") && (data41 !== null)){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/name",schemaPath:"#/properties/deploymentSystems/items/properties/name/type",keyword:"type",params:{type: schema152.properties.deploymentSystems.items.properties.name.type}}];
	return false;
	}
	var valid24 = _errs97 === errors;
	}
	else {
	var valid24 = true;
	}
	if(valid24){
	if(data39.keys !== undefined){
	let data42 = data39.keys;
	const _errs99 = errors;
	if(errors === _errs99){
	if(Array.isArray(data42)){
	var valid25 = true;
	const len13 = data42.length;
	for(let i13=0; i13<len13; i13++){
	const _errs101 = errors;
	if(typeof data42[i13] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/keys/" + i13,schemaPath:"#/properties/deploymentSystems/items/properties/keys/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid25 = _errs101 === errors;
	if(!valid25){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/keys",schemaPath:"#/properties/deploymentSystems/items/properties/keys/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid24 = _errs99 === errors;
	}
	else {
	var valid24 = true;
	}
	if(valid24){
	if(data39.identities !== undefined){
	let data44 = data39.identities;
	const _errs103 = errors;
	if(errors === _errs103){
	if(Array.isArray(data44)){
	var valid26 = true;
	const len14 = data44.length;
	for(let i14=0; i14<len14; i14++){
	const _errs105 = errors;
	if(typeof data44[i14] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/identities/" + i14,schemaPath:"#/properties/deploymentSystems/items/properties/identities/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid26 = _errs105 === errors;
	if(!valid26){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/identities",schemaPath:"#/properties/deploymentSystems/items/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid24 = _errs103 === errors;
	}
	else {
	var valid24 = true;
	}
	if(valid24){
	if(data39.hardware !== undefined){
	let data46 = data39.hardware;
	const _errs107 = errors;
	if(errors === _errs107){
	if(Array.isArray(data46)){
	var valid27 = true;
	const len15 = data46.length;
	for(let i15=0; i15<len15; i15++){
	const _errs109 = errors;
	if(typeof data46[i15] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/hardware/" + i15,schemaPath:"#/properties/deploymentSystems/items/properties/hardware/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid27 = _errs109 === errors;
	if(!valid27){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12+"/hardware",schemaPath:"#/properties/deploymentSystems/items/properties/hardware/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid24 = _errs107 === errors;
	}
	else {
	var valid24 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems/" + i12,schemaPath:"#/properties/deploymentSystems/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid23 = _errs92 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/deploymentSystems",schemaPath:"#/properties/deploymentSystems/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs90 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.identities !== undefined){
	let data48 = data.identities;
	const _errs111 = errors;
	if(errors === _errs111){
	if(Array.isArray(data48)){
	var valid28 = true;
	const len16 = data48.length;
	for(let i16=0; i16<len16; i16++){
	let data49 = data48[i16];
	const _errs113 = errors;
	if(errors === _errs113){
	if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
	let missing6;
	if((((((((((((data49.id === undefined) && (missing6 = "id")) || ((data49.issuer === undefined) && (missing6 = "issuer"))) || ((data49.subject === undefined) && (missing6 = "subject"))) || ((data49.subjectPattern === undefined) && (missing6 = "subjectPattern"))) || ((data49.sourceRepository === undefined) && (missing6 = "sourceRepository"))) || ((data49.sourceRef === undefined) && (missing6 = "sourceRef"))) || ((data49.signerWorkflow === undefined) && (missing6 = "signerWorkflow"))) || ((data49.usage === undefined) && (missing6 = "usage"))) || ((data49.products === undefined) && (missing6 = "products"))) || ((data49.minVersion === undefined) && (missing6 = "minVersion"))) || ((data49.maxVersion === undefined) && (missing6 = "maxVersion"))){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16,schemaPath:"#/properties/identities/items/required",keyword:"required",params:{missingProperty: missing6}}];
	return false;
	}
	else {
	const _errs115 = errors;
	for(const key6 in data49){
	if(!(func1.call(schema152.properties.identities.items.properties, key6))){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16,schemaPath:"#/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
	return false;
	}
	}
	if(_errs115 === errors){
	if(data49.id !== undefined){
	const _errs116 = errors;
	if(typeof data49.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/id",schemaPath:"#/properties/identities/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid29 = _errs116 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.issuer !== undefined){
	const _errs118 = errors;
	if(typeof data49.issuer !== "string"){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/issuer",schemaPath:"#/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid29 = _errs118 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.subject !== undefined){
	let data52 = data49.subject;
	const _errs120 = errors;
	if((typeof data52 !== "string") && (data52 !== null)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/subject",schemaPath:"#/properties/identities/items/properties/subject/type",keyword:"type",params:{type: schema152.properties.identities.items.properties.subject.type}}];
	return false;
	}
	var valid29 = _errs120 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.subjectPattern !== undefined){
	let data53 = data49.subjectPattern;
	const _errs122 = errors;
	if((typeof data53 !== "string") && (data53 !== null)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/subjectPattern",schemaPath:"#/properties/identities/items/properties/subjectPattern/type",keyword:"type",params:{type: schema152.properties.identities.items.properties.subjectPattern.type}}];
	return false;
	}
	var valid29 = _errs122 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.sourceRepository !== undefined){
	let data54 = data49.sourceRepository;
	const _errs124 = errors;
	if((typeof data54 !== "string") && (data54 !== null)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/sourceRepository",schemaPath:"#/properties/identities/items/properties/sourceRepository/type",keyword:"type",params:{type: schema152.properties.identities.items.properties.sourceRepository.type}}];
	return false;
	}
	var valid29 = _errs124 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.sourceRef !== undefined){
	let data55 = data49.sourceRef;
	const _errs126 = errors;
	if((typeof data55 !== "string") && (data55 !== null)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/sourceRef",schemaPath:"#/properties/identities/items/properties/sourceRef/type",keyword:"type",params:{type: schema152.properties.identities.items.properties.sourceRef.type}}];
	return false;
	}
	var valid29 = _errs126 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.signerWorkflow !== undefined){
	let data56 = data49.signerWorkflow;
	const _errs128 = errors;
	if((typeof data56 !== "string") && (data56 !== null)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/signerWorkflow",schemaPath:"#/properties/identities/items/properties/signerWorkflow/type",keyword:"type",params:{type: schema152.properties.identities.items.properties.signerWorkflow.type}}];
	return false;
	}
	var valid29 = _errs128 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.usage !== undefined){
	let data57 = data49.usage;
	const _errs130 = errors;
	if(errors === _errs130){
	if(Array.isArray(data57)){
	var valid30 = true;
	const len17 = data57.length;
	for(let i17=0; i17<len17; i17++){
	let data58 = data57[i17];
	const _errs132 = errors;
	if(!((((((((data58 === "update-manifest") || (data58 === "build-provenance")) || (data58 === "signing-event")) || (data58 === "release-approval")) || (data58 === "risk-acceptance")) || (data58 === "rollback-recovery-tests")) || (data58 === "deployment-records")) || (data58 === "customer-notification"))){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/usage/" + i17,schemaPath:"#/properties/identities/items/properties/usage/items/enum",keyword:"enum",params:{allowedValues: schema152.properties.identities.items.properties.usage.items.enum}}];
	return false;
	}
	var valid30 = _errs132 === errors;
	if(!valid30){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/usage",schemaPath:"#/properties/identities/items/properties/usage/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid29 = _errs130 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.products !== undefined){
	let data59 = data49.products;
	const _errs133 = errors;
	if(errors === _errs133){
	if(Array.isArray(data59)){
	var valid31 = true;
	const len18 = data59.length;
	for(let i18=0; i18<len18; i18++){
	const _errs135 = errors;
	if(typeof data59[i18] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/products/" + i18,schemaPath:"#/properties/identities/items/properties/products/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid31 = _errs135 === errors;
	if(!valid31){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/products",schemaPath:"#/properties/identities/items/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid29 = _errs133 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.minVersion !== undefined){
	let data61 = data49.minVersion;
	const _errs137 = errors;
	const _errs138 = errors;
	if(errors === _errs138){
	if(typeof data61 === "string"){
	if(!pattern4.test(data61)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/minVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/minVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid29 = _errs137 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.maxVersion !== undefined){
	let data62 = data49.maxVersion;
	const _errs140 = errors;
	const _errs141 = errors;
	if(errors === _errs141){
	if(typeof data62 === "string"){
	if(!pattern4.test(data62)){
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/maxVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16+"/maxVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid29 = _errs140 === errors;
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
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities/" + i16,schemaPath:"#/properties/identities/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid28 = _errs113 === errors;
	if(!valid28){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs111 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirements !== undefined){
	let data63 = data.requirements;
	const _errs143 = errors;
	if(errors === _errs143){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing7;
	if(((((data63.minimumMaturity === undefined) && (missing7 = "minimumMaturity")) || ((data63.requiredControls === undefined) && (missing7 = "requiredControls"))) || ((data63.requiredApprovals === undefined) && (missing7 = "requiredApprovals"))) || ((data63.signedRecords === undefined) && (missing7 = "signedRecords"))){
	validate67.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/required",keyword:"required",params:{missingProperty: missing7}}];
	return false;
	}
	else {
	const _errs145 = errors;
	for(const key7 in data63){
	if(!((((key7 === "minimumMaturity") || (key7 === "requiredControls")) || (key7 === "requiredApprovals")) || (key7 === "signedRecords"))){
	validate67.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
	return false;
	}
	}
	if(_errs145 === errors){
	if(data63.minimumMaturity !== undefined){
	let data64 = data63.minimumMaturity;
	const _errs146 = errors;
	if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
	validate67.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs146){
	if((typeof data64 == "number") && (isFinite(data64))){
	if(data64 > 5 || isNaN(data64)){
	validate67.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
	return false;
	}
	else {
	if(data64 < 1 || isNaN(data64)){
	validate67.errors = [{instancePath:instancePath+"/requirements/minimumMaturity",schemaPath:"#/properties/requirements/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
	return false;
	}
	}
	}
	}
	var valid34 = _errs146 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data63.requiredControls !== undefined){
	let data65 = data63.requiredControls;
	const _errs148 = errors;
	if(errors === _errs148){
	if(Array.isArray(data65)){
	var valid35 = true;
	const len19 = data65.length;
	for(let i19=0; i19<len19; i19++){
	const _errs150 = errors;
	if(typeof data65[i19] !== "string"){
	validate67.errors = [{instancePath:instancePath+"/requirements/requiredControls/" + i19,schemaPath:"#/properties/requirements/properties/requiredControls/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid35 = _errs150 === errors;
	if(!valid35){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/requirements/requiredControls",schemaPath:"#/properties/requirements/properties/requiredControls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid34 = _errs148 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data63.requiredApprovals !== undefined){
	let data67 = data63.requiredApprovals;
	const _errs152 = errors;
	if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
	validate67.errors = [{instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	if(errors === _errs152){
	if((typeof data67 == "number") && (isFinite(data67))){
	if(data67 < 0 || isNaN(data67)){
	validate67.errors = [{instancePath:instancePath+"/requirements/requiredApprovals",schemaPath:"#/properties/requirements/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
	return false;
	}
	}
	}
	var valid34 = _errs152 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data63.signedRecords !== undefined){
	let data68 = data63.signedRecords;
	const _errs154 = errors;
	if(errors === _errs154){
	if(Array.isArray(data68)){
	var valid36 = true;
	const len20 = data68.length;
	for(let i20=0; i20<len20; i20++){
	let data69 = data68[i20];
	const _errs156 = errors;
	if(!((((((data69 === "signing-event") || (data69 === "release-approval")) || (data69 === "risk-acceptance")) || (data69 === "rollback-recovery-tests")) || (data69 === "deployment-records")) || (data69 === "customer-notification"))){
	validate67.errors = [{instancePath:instancePath+"/requirements/signedRecords/" + i20,schemaPath:"#/properties/requirements/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema152.properties.requirements.properties.signedRecords.items.enum}}];
	return false;
	}
	var valid36 = _errs156 === errors;
	if(!valid36){
	break;
	}
	}
	if(valid36){
	let i21 = data68.length;
	let j0;
	if(i21 > 1){
	for(;i21--;){
	for(j0 = i21; j0--;){
	if(func0(data68[i21], data68[j0])){
	validate67.errors = [{instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j0}}];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/requirements/signedRecords",schemaPath:"#/properties/requirements/properties/signedRecords/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid34 = _errs154 === errors;
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
	else {
	validate67.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs143 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.products !== undefined){
	let data70 = data.products;
	const _errs157 = errors;
	if(errors === _errs157){
	if(Array.isArray(data70)){
	var valid38 = true;
	const len21 = data70.length;
	for(let i22=0; i22<len21; i22++){
	let data71 = data70[i22];
	const _errs159 = errors;
	if(errors === _errs159){
	if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
	let missing8;
	if(((data71.id === undefined) && (missing8 = "id")) || ((data71.versionScheme === undefined) && (missing8 = "versionScheme"))){
	validate67.errors = [{instancePath:instancePath+"/products/" + i22,schemaPath:"#/properties/products/items/required",keyword:"required",params:{missingProperty: missing8}}];
	return false;
	}
	else {
	const _errs161 = errors;
	for(const key8 in data71){
	if(!((key8 === "id") || (key8 === "versionScheme"))){
	validate67.errors = [{instancePath:instancePath+"/products/" + i22,schemaPath:"#/properties/products/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
	return false;
	}
	}
	if(_errs161 === errors){
	if(data71.id !== undefined){
	const _errs162 = errors;
	if(typeof data71.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/products/" + i22+"/id",schemaPath:"#/properties/products/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid39 = _errs162 === errors;
	}
	else {
	var valid39 = true;
	}
	if(valid39){
	if(data71.versionScheme !== undefined){
	let data73 = data71.versionScheme;
	const _errs164 = errors;
	if(!((data73 === "semver") || (data73 === "generic"))){
	validate67.errors = [{instancePath:instancePath+"/products/" + i22+"/versionScheme",schemaPath:"#/properties/products/items/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema152.properties.products.items.properties.versionScheme.enum}}];
	return false;
	}
	var valid39 = _errs164 === errors;
	}
	else {
	var valid39 = true;
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/products/" + i22,schemaPath:"#/properties/products/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid38 = _errs159 === errors;
	if(!valid38){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs157 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data74 = data.fleet;
	const _errs165 = errors;
	if(errors === _errs165){
	if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
	let missing9;
	if((data74.cohorts === undefined) && (missing9 = "cohorts")){
	validate67.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: missing9}}];
	return false;
	}
	else {
	const _errs167 = errors;
	for(const key9 in data74){
	if(!((key9 === "cohorts") || (key9 === "downgrades"))){
	validate67.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}}];
	return false;
	}
	}
	if(_errs167 === errors){
	if(data74.cohorts !== undefined){
	let data75 = data74.cohorts;
	const _errs168 = errors;
	if(errors === _errs168){
	if(Array.isArray(data75)){
	var valid41 = true;
	const len22 = data75.length;
	for(let i23=0; i23<len22; i23++){
	let data76 = data75[i23];
	const _errs170 = errors;
	if(errors === _errs170){
	if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
	let missing10;
	if((((data76.product === undefined) && (missing10 = "product")) || ((data76.cohort === undefined) && (missing10 = "cohort"))) || ((data76.configurations === undefined) && (missing10 = "configurations"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23,schemaPath:"#/properties/fleet/properties/cohorts/items/required",keyword:"required",params:{missingProperty: missing10}}];
	return false;
	}
	else {
	const _errs172 = errors;
	for(const key10 in data76){
	if(!(((((key10 === "product") || (key10 === "cohort")) || (key10 === "allowPartial")) || (key10 === "approvedVersions")) || (key10 === "configurations"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23,schemaPath:"#/properties/fleet/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}}];
	return false;
	}
	}
	if(_errs172 === errors){
	if(data76.product !== undefined){
	const _errs173 = errors;
	if(typeof data76.product !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/product",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid42 = _errs173 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data76.cohort !== undefined){
	const _errs175 = errors;
	if(typeof data76.cohort !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/cohort",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/cohort/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid42 = _errs175 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data76.allowPartial !== undefined){
	const _errs177 = errors;
	if(typeof data76.allowPartial !== "boolean"){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/allowPartial",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/allowPartial/type",keyword:"type",params:{type: "boolean"}}];
	return false;
	}
	var valid42 = _errs177 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data76.approvedVersions !== undefined){
	let data80 = data76.approvedVersions;
	const _errs179 = errors;
	if(errors === _errs179){
	if(Array.isArray(data80)){
	var valid43 = true;
	const len23 = data80.length;
	for(let i24=0; i24<len23; i24++){
	let data81 = data80[i24];
	const _errs181 = errors;
	if(errors === _errs181){
	if(typeof data81 === "string"){
	if(func2(data81) < 1){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/approvedVersions/" + i24,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/approvedVersions/" + i24,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid43 = _errs181 === errors;
	if(!valid43){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/approvedVersions",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/approvedVersions/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid42 = _errs179 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data76.configurations !== undefined){
	let data82 = data76.configurations;
	const _errs183 = errors;
	if(errors === _errs183){
	if(Array.isArray(data82)){
	if(data82.length < 1){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/minItems",keyword:"minItems",params:{limit: 1}}];
	return false;
	}
	else {
	var valid44 = true;
	const len24 = data82.length;
	for(let i25=0; i25<len24; i25++){
	let data83 = data82[i25];
	const _errs185 = errors;
	if(errors === _errs185){
	if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
	let missing11;
	if((((data83.id === undefined) && (missing11 = "id")) || ((data83.hardware === undefined) && (missing11 = "hardware"))) || ((data83.version === undefined) && (missing11 = "version"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/required",keyword:"required",params:{missingProperty: missing11}}];
	return false;
	}
	else {
	const _errs187 = errors;
	for(const key11 in data83){
	if(!(((key11 === "id") || (key11 === "hardware")) || (key11 === "version"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
	return false;
	}
	}
	if(_errs187 === errors){
	if(data83.id !== undefined){
	const _errs188 = errors;
	if(typeof data83.id !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25+"/id",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid45 = _errs188 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data83.hardware !== undefined){
	const _errs190 = errors;
	if(typeof data83.hardware !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25+"/hardware",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid45 = _errs190 === errors;
	}
	else {
	var valid45 = true;
	}
	if(valid45){
	if(data83.version !== undefined){
	let data86 = data83.version;
	const _errs192 = errors;
	if(errors === _errs192){
	if(typeof data86 === "string"){
	if(func2(data86) < 1){
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25+"/version",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/version/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25+"/version",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/properties/version/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid45 = _errs192 === errors;
	}
	else {
	var valid45 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations/" + i25,schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid44 = _errs185 === errors;
	if(!valid44){
	break;
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23+"/configurations",schemaPath:"#/properties/fleet/properties/cohorts/items/properties/configurations/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid42 = _errs183 === errors;
	}
	else {
	var valid42 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts/" + i23,schemaPath:"#/properties/fleet/properties/cohorts/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid41 = _errs170 === errors;
	if(!valid41){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/cohorts",schemaPath:"#/properties/fleet/properties/cohorts/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid40 = _errs168 === errors;
	}
	else {
	var valid40 = true;
	}
	if(valid40){
	if(data74.downgrades !== undefined){
	let data87 = data74.downgrades;
	const _errs194 = errors;
	if(errors === _errs194){
	if(Array.isArray(data87)){
	var valid46 = true;
	const len25 = data87.length;
	for(let i26=0; i26<len25; i26++){
	let data88 = data87[i26];
	const _errs196 = errors;
	if(errors === _errs196){
	if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
	let missing12;
	if(((data88.product === undefined) && (missing12 = "product")) || ((data88.reason === undefined) && (missing12 = "reason"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i26,schemaPath:"#/properties/fleet/properties/downgrades/items/required",keyword:"required",params:{missingProperty: missing12}}];
	return false;
	}
	else {
	const _errs198 = errors;
	for(const key12 in data88){
	if(!((key12 === "product") || (key12 === "reason"))){
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i26,schemaPath:"#/properties/fleet/properties/downgrades/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}}];
	return false;
	}
	}
	if(_errs198 === errors){
	if(data88.product !== undefined){
	const _errs199 = errors;
	if(typeof data88.product !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i26+"/product",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/product/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid47 = _errs199 === errors;
	}
	else {
	var valid47 = true;
	}
	if(valid47){
	if(data88.reason !== undefined){
	const _errs201 = errors;
	if(typeof data88.reason !== "string"){
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i26+"/reason",schemaPath:"#/properties/fleet/properties/downgrades/items/properties/reason/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	var valid47 = _errs201 === errors;
	}
	else {
	var valid47 = true;
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades/" + i26,schemaPath:"#/properties/fleet/properties/downgrades/items/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid46 = _errs196 === errors;
	if(!valid46){
	break;
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet/downgrades",schemaPath:"#/properties/fleet/properties/downgrades/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid40 = _errs194 === errors;
	}
	else {
	var valid40 = true;
	}
	}
	}
	}
	}
	else {
	validate67.errors = [{instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	var valid0 = _errs165 === errors;
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
	else {
	validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate67.errors = vErrors;
	return errors === 0;
	}
	validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyTrustData;
	};
	return validatorsPolicyTrustData;
}

var validatorsPolicyTrustDataExports = requireValidatorsPolicyTrustData();

module.exports = validatorsPolicyTrustDataExports;
})
