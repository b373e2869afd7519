(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsPolicyTrustData = {};

var hasRequiredValidatorsPolicyTrustData;

function requireValidatorsPolicyTrustData () {
	if (hasRequiredValidatorsPolicyTrustData) return validatorsPolicyTrustData;
	hasRequiredValidatorsPolicyTrustData = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsPolicyTrustData.policyTrustData = () => {
	  const exports = {};
	exports.policyTrustData = validate68;
	const schema155 = {"properties":{"keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","fingerprint","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked","revokedAt"],"properties":{"id":{"type":"string"},"fingerprint":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"approvers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles","keys","identities","github"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"github":{"type":["string","null"]}}}},"builders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","keys"],"properties":{"id":{"type":"string"},"keys":{"oneOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]}}}},"testSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"deploymentSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","issuer","subject","subjectPattern","sourceRepository","sourceRef","signerWorkflow","runnerEnvironment","usage","products","minVersion","maxVersion"],"properties":{"id":{"type":"string"},"issuer":{"type":"string"},"subject":{"type":["string","null"]},"subjectPattern":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}}}},"requirements":{"type":"object","additionalProperties":false,"required":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"],"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","items":{"type":"string"}},"requiredApprovals":{"type":"integer","minimum":0},"signedRecords":{"type":"array","uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"deploymentApprovalEnvironments":{"type":"array","items":{"type":"string"}}}},"products":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","versionScheme"],"properties":{"id":{"type":"string"},"versionScheme":{"enum":["semver","generic"]}}}},"requirementOverrides":{"type":"object","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]}}}},"fleet":{"type":"object","additionalProperties":false,"properties":{"cohorts":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string"},"cohort":{"type":"string"},"allowPartial":{"type":"boolean"},"approvedVersions":{"type":"array","items":{"type":"string","minLength":1}},"configurations":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string"},"hardware":{"type":"string"},"version":{"type":"string","minLength":1}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string"},"reason":{"type":"string"}},"required":["product","reason"]}}},"required":["cohorts"]}}};
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.keys === undefined) && ("keys")) || ((data.approvers === undefined) && ("approvers"))) || ((data.builders === undefined) && ("builders"))) || ((data.requirements === undefined) && ("requirements"))) || ((data.testSystems === undefined) && ("testSystems"))) || ((data.deploymentSystems === undefined) && ("deploymentSystems"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema155.properties, key0))){
	validate68.errors = [REJECTED];
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
	if(((((((((((data1.id === undefined) && ("id")) || ((data1.fingerprint === undefined) && ("fingerprint"))) || ((data1.usage === undefined) && ("usage"))) || ((data1.products === undefined) && ("products"))) || ((data1.minVersion === undefined) && ("minVersion"))) || ((data1.maxVersion === undefined) && ("maxVersion"))) || ((data1.validFrom === undefined) && ("validFrom"))) || ((data1.validUntil === undefined) && ("validUntil"))) || ((data1.revoked === undefined) && ("revoked"))) || ((data1.revokedAt === undefined) && ("revokedAt"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs6 = errors;
	for(const key1 in data1){
	if(!(func1.call(schema155.properties.keys.items.properties, key1))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs6 === errors){
	if(data1.id !== undefined){
	const _errs7 = errors;
	if(typeof data1.id !== "string"){
	validate68.errors = [REJECTED];
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
	if(!pattern53.test(data3)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	if(!(((((((((data5 === "update-manifest") || (data5 === "build-provenance")) || (data5 === "signing-event")) || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification")) || (data5 === "affected-versions"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs13 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs16 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	if(!pattern27.test(data10)){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data10))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	if(!pattern27.test(data11)){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data11))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	if(!pattern27.test(data13)){
	const err0 = REJECTED;
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
	const err1 = REJECTED;
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
	const err2 = REJECTED;
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
	const err3 = REJECTED;
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
	const err4 = REJECTED;
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate68.errors = vErrors;
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	if(((((((data15.id === undefined) && ("id")) || ((data15.name === undefined) && ("name"))) || ((data15.roles === undefined) && ("roles"))) || ((data15.keys === undefined) && ("keys"))) || ((data15.identities === undefined) && ("identities"))) || ((data15.github === undefined) && ("github"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs43 = errors;
	for(const key2 in data15){
	if(!((((((key2 === "id") || (key2 === "name")) || (key2 === "roles")) || (key2 === "keys")) || (key2 === "identities")) || (key2 === "github"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs43 === errors){
	if(data15.id !== undefined){
	const _errs44 = errors;
	if(typeof data15.id !== "string"){
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs50 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs54 === errors;
	if(!valid14){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid15 = _errs58 === errors;
	if(!valid15){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	if(((data26.id === undefined) && ("id")) || ((data26.keys === undefined) && ("keys"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs66 = errors;
	for(const key3 in data26){
	if(!((key3 === "id") || (key3 === "keys"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs66 === errors){
	if(data26.id !== undefined){
	const _errs67 = errors;
	if(typeof data26.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs67 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data26.keys !== undefined){
	let data28 = data26.keys;
	const _errs69 = errors;
	const _errs70 = errors;
	let valid18 = false;
	const _errs71 = errors;
	if(errors === _errs71){
	if(Array.isArray(data28)){
	var valid19 = true;
	const len8 = data28.length;
	for(let i8=0; i8<len8; i8++){
	const _errs73 = errors;
	if(typeof data28[i8] !== "string"){
	const err5 = REJECTED;
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	var valid19 = _errs73 === errors;
	if(!valid19){
	break;
	}
	}
	}
	else {
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	var _valid1 = _errs71 === errors;
	if(_valid1){
	valid18 = true;
	}
	const _errs75 = errors;
	if(data28 !== null){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var _valid1 = _errs75 === errors;
	if(_valid1 && valid18){
	valid18 = false;
	}
	else {
	if(_valid1){
	valid18 = true;
	}
	}
	if(!valid18){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	validate68.errors = vErrors;
	return false;
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
	var valid17 = _errs69 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	let data30 = data.testSystems;
	const _errs77 = errors;
	if(errors === _errs77){
	if(Array.isArray(data30)){
	var valid20 = true;
	const len9 = data30.length;
	for(let i9=0; i9<len9; i9++){
	let data31 = data30[i9];
	const _errs79 = errors;
	if(errors === _errs79){
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	if((((((data31.id === undefined) && ("id")) || ((data31.name === undefined) && ("name"))) || ((data31.keys === undefined) && ("keys"))) || ((data31.identities === undefined) && ("identities"))) || ((data31.hardware === undefined) && ("hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs81 = errors;
	for(const key4 in data31){
	if(!(((((key4 === "id") || (key4 === "name")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs81 === errors){
	if(data31.id !== undefined){
	const _errs82 = errors;
	if(typeof data31.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid21 = _errs82 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.name !== undefined){
	let data33 = data31.name;
	const _errs84 = errors;
	if((typeof data33 !== "string") && (data33 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid21 = _errs84 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.keys !== undefined){
	let data34 = data31.keys;
	const _errs86 = errors;
	if(errors === _errs86){
	if(Array.isArray(data34)){
	var valid22 = true;
	const len10 = data34.length;
	for(let i10=0; i10<len10; i10++){
	const _errs88 = errors;
	if(typeof data34[i10] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid22 = _errs88 === errors;
	if(!valid22){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs86 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.identities !== undefined){
	let data36 = data31.identities;
	const _errs90 = errors;
	if(errors === _errs90){
	if(Array.isArray(data36)){
	var valid23 = true;
	const len11 = data36.length;
	for(let i11=0; i11<len11; i11++){
	const _errs92 = errors;
	if(typeof data36[i11] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs92 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs90 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data31.hardware !== undefined){
	let data38 = data31.hardware;
	const _errs94 = errors;
	if(errors === _errs94){
	if(Array.isArray(data38)){
	var valid24 = true;
	const len12 = data38.length;
	for(let i12=0; i12<len12; i12++){
	const _errs96 = errors;
	if(typeof data38[i12] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid24 = _errs96 === errors;
	if(!valid24){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs94 === errors;
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid20 = _errs79 === errors;
	if(!valid20){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs77 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.deploymentSystems !== undefined){
	let data40 = data.deploymentSystems;
	const _errs98 = errors;
	if(errors === _errs98){
	if(Array.isArray(data40)){
	var valid25 = true;
	const len13 = data40.length;
	for(let i13=0; i13<len13; i13++){
	let data41 = data40[i13];
	const _errs100 = errors;
	if(errors === _errs100){
	if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
	if((((((data41.id === undefined) && ("id")) || ((data41.name === undefined) && ("name"))) || ((data41.keys === undefined) && ("keys"))) || ((data41.identities === undefined) && ("identities"))) || ((data41.hardware === undefined) && ("hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs102 = errors;
	for(const key5 in data41){
	if(!(((((key5 === "id") || (key5 === "name")) || (key5 === "keys")) || (key5 === "identities")) || (key5 === "hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs102 === errors){
	if(data41.id !== undefined){
	const _errs103 = errors;
	if(typeof data41.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid26 = _errs103 === errors;
	}
	else {
	var valid26 = true;
	}
	if(valid26){
	if(data41.name !== undefined){
	let data43 = data41.name;
	const _errs105 = errors;
	if((typeof data43 !== "string") && (data43 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid26 = _errs105 === errors;
	}
	else {
	var valid26 = true;
	}
	if(valid26){
	if(data41.keys !== undefined){
	let data44 = data41.keys;
	const _errs107 = errors;
	if(errors === _errs107){
	if(Array.isArray(data44)){
	var valid27 = true;
	const len14 = data44.length;
	for(let i14=0; i14<len14; i14++){
	const _errs109 = errors;
	if(typeof data44[i14] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid27 = _errs109 === errors;
	if(!valid27){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid26 = _errs107 === errors;
	}
	else {
	var valid26 = true;
	}
	if(valid26){
	if(data41.identities !== undefined){
	let data46 = data41.identities;
	const _errs111 = errors;
	if(errors === _errs111){
	if(Array.isArray(data46)){
	var valid28 = true;
	const len15 = data46.length;
	for(let i15=0; i15<len15; i15++){
	const _errs113 = errors;
	if(typeof data46[i15] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid28 = _errs113 === errors;
	if(!valid28){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid26 = _errs111 === errors;
	}
	else {
	var valid26 = true;
	}
	if(valid26){
	if(data41.hardware !== undefined){
	let data48 = data41.hardware;
	const _errs115 = errors;
	if(errors === _errs115){
	if(Array.isArray(data48)){
	var valid29 = true;
	const len16 = data48.length;
	for(let i16=0; i16<len16; i16++){
	const _errs117 = errors;
	if(typeof data48[i16] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid29 = _errs117 === errors;
	if(!valid29){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid26 = _errs115 === errors;
	}
	else {
	var valid26 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid25 = _errs100 === errors;
	if(!valid25){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs98 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.identities !== undefined){
	let data50 = data.identities;
	const _errs119 = errors;
	if(errors === _errs119){
	if(Array.isArray(data50)){
	var valid30 = true;
	const len17 = data50.length;
	for(let i17=0; i17<len17; i17++){
	let data51 = data50[i17];
	const _errs121 = errors;
	if(errors === _errs121){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	if(((((((((((((data51.id === undefined) && ("id")) || ((data51.issuer === undefined) && ("issuer"))) || ((data51.subject === undefined) && ("subject"))) || ((data51.subjectPattern === undefined) && ("subjectPattern"))) || ((data51.sourceRepository === undefined) && ("sourceRepository"))) || ((data51.sourceRef === undefined) && ("sourceRef"))) || ((data51.signerWorkflow === undefined) && ("signerWorkflow"))) || ((data51.runnerEnvironment === undefined) && ("runnerEnvironment"))) || ((data51.usage === undefined) && ("usage"))) || ((data51.products === undefined) && ("products"))) || ((data51.minVersion === undefined) && ("minVersion"))) || ((data51.maxVersion === undefined) && ("maxVersion"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs123 = errors;
	for(const key6 in data51){
	if(!(func1.call(schema155.properties.identities.items.properties, key6))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs123 === errors){
	if(data51.id !== undefined){
	const _errs124 = errors;
	if(typeof data51.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs124 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.issuer !== undefined){
	const _errs126 = errors;
	if(typeof data51.issuer !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs126 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.subject !== undefined){
	let data54 = data51.subject;
	const _errs128 = errors;
	if((typeof data54 !== "string") && (data54 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs128 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.subjectPattern !== undefined){
	let data55 = data51.subjectPattern;
	const _errs130 = errors;
	if((typeof data55 !== "string") && (data55 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs130 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.sourceRepository !== undefined){
	let data56 = data51.sourceRepository;
	const _errs132 = errors;
	if((typeof data56 !== "string") && (data56 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs132 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.sourceRef !== undefined){
	let data57 = data51.sourceRef;
	const _errs134 = errors;
	if((typeof data57 !== "string") && (data57 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs134 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.signerWorkflow !== undefined){
	let data58 = data51.signerWorkflow;
	const _errs136 = errors;
	if((typeof data58 !== "string") && (data58 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs136 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.runnerEnvironment !== undefined){
	let data59 = data51.runnerEnvironment;
	const _errs138 = errors;
	if((typeof data59 !== "string") && (data59 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs138 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.usage !== undefined){
	let data60 = data51.usage;
	const _errs140 = errors;
	if(errors === _errs140){
	if(Array.isArray(data60)){
	var valid32 = true;
	const len18 = data60.length;
	for(let i18=0; i18<len18; i18++){
	let data61 = data60[i18];
	const _errs142 = errors;
	if(!(((((((((data61 === "update-manifest") || (data61 === "build-provenance")) || (data61 === "signing-event")) || (data61 === "release-approval")) || (data61 === "risk-acceptance")) || (data61 === "rollback-recovery-tests")) || (data61 === "deployment-records")) || (data61 === "customer-notification")) || (data61 === "affected-versions"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid32 = _errs142 === errors;
	if(!valid32){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid31 = _errs140 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.products !== undefined){
	let data62 = data51.products;
	const _errs143 = errors;
	if(errors === _errs143){
	if(Array.isArray(data62)){
	var valid33 = true;
	const len19 = data62.length;
	for(let i19=0; i19<len19; i19++){
	const _errs145 = errors;
	if(typeof data62[i19] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid33 = _errs145 === errors;
	if(!valid33){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid31 = _errs143 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.minVersion !== undefined){
	let data64 = data51.minVersion;
	const _errs147 = errors;
	const _errs148 = errors;
	if(errors === _errs148){
	if(typeof data64 === "string"){
	if(!pattern4.test(data64)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid31 = _errs147 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data51.maxVersion !== undefined){
	let data65 = data51.maxVersion;
	const _errs150 = errors;
	const _errs151 = errors;
	if(errors === _errs151){
	if(typeof data65 === "string"){
	if(!pattern4.test(data65)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid31 = _errs150 === errors;
	}
	else {
	var valid31 = true;
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid30 = _errs121 === errors;
	if(!valid30){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs119 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirements !== undefined){
	let data66 = data.requirements;
	const _errs153 = errors;
	if(errors === _errs153){
	if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
	if((((((data66.minimumMaturity === undefined) && ("minimumMaturity")) || ((data66.requiredControls === undefined) && ("requiredControls"))) || ((data66.requiredApprovals === undefined) && ("requiredApprovals"))) || ((data66.signedRecords === undefined) && ("signedRecords"))) || ((data66.deploymentApprovalEnvironments === undefined) && ("deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs155 = errors;
	for(const key7 in data66){
	if(!(((((key7 === "minimumMaturity") || (key7 === "requiredControls")) || (key7 === "requiredApprovals")) || (key7 === "signedRecords")) || (key7 === "deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs155 === errors){
	if(data66.minimumMaturity !== undefined){
	let data67 = data66.minimumMaturity;
	const _errs156 = errors;
	if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
	validate68.errors = [REJECTED];
	return false;
	}
	if(errors === _errs156){
	if((typeof data67 == "number") && (isFinite(data67))){
	if(data67 > 5 || isNaN(data67)){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	if(data67 < 1 || isNaN(data67)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	var valid36 = _errs156 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data66.requiredControls !== undefined){
	let data68 = data66.requiredControls;
	const _errs158 = errors;
	if(errors === _errs158){
	if(Array.isArray(data68)){
	var valid37 = true;
	const len20 = data68.length;
	for(let i20=0; i20<len20; i20++){
	const _errs160 = errors;
	if(typeof data68[i20] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid37 = _errs160 === errors;
	if(!valid37){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs158 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data66.requiredApprovals !== undefined){
	let data70 = data66.requiredApprovals;
	const _errs162 = errors;
	if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
	validate68.errors = [REJECTED];
	return false;
	}
	if(errors === _errs162){
	if((typeof data70 == "number") && (isFinite(data70))){
	if(data70 < 0 || isNaN(data70)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid36 = _errs162 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data66.signedRecords !== undefined){
	let data71 = data66.signedRecords;
	const _errs164 = errors;
	if(errors === _errs164){
	if(Array.isArray(data71)){
	var valid38 = true;
	const len21 = data71.length;
	for(let i21=0; i21<len21; i21++){
	let data72 = data71[i21];
	const _errs166 = errors;
	if(!(((((((data72 === "signing-event") || (data72 === "release-approval")) || (data72 === "risk-acceptance")) || (data72 === "rollback-recovery-tests")) || (data72 === "deployment-records")) || (data72 === "customer-notification")) || (data72 === "affected-versions"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid38 = _errs166 === errors;
	if(!valid38){
	break;
	}
	}
	if(valid38){
	let i22 = data71.length;
	let j0;
	if(i22 > 1){
	for(;i22--;){
	for(j0 = i22; j0--;){
	if(func0(data71[i22], data71[j0])){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs164 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data66.deploymentApprovalEnvironments !== undefined){
	let data73 = data66.deploymentApprovalEnvironments;
	const _errs167 = errors;
	if(errors === _errs167){
	if(Array.isArray(data73)){
	var valid40 = true;
	const len22 = data73.length;
	for(let i23=0; i23<len22; i23++){
	const _errs169 = errors;
	if(typeof data73[i23] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid40 = _errs169 === errors;
	if(!valid40){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs167 === errors;
	}
	else {
	var valid36 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs153 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.products !== undefined){
	let data75 = data.products;
	const _errs171 = errors;
	if(errors === _errs171){
	if(Array.isArray(data75)){
	var valid41 = true;
	const len23 = data75.length;
	for(let i24=0; i24<len23; i24++){
	let data76 = data75[i24];
	const _errs173 = errors;
	if(errors === _errs173){
	if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
	if(((data76.id === undefined) && ("id")) || ((data76.versionScheme === undefined) && ("versionScheme"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs175 = errors;
	for(const key8 in data76){
	if(!((key8 === "id") || (key8 === "versionScheme"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs175 === errors){
	if(data76.id !== undefined){
	const _errs176 = errors;
	if(typeof data76.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid42 = _errs176 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data76.versionScheme !== undefined){
	let data78 = data76.versionScheme;
	const _errs178 = errors;
	if(!((data78 === "semver") || (data78 === "generic"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid42 = _errs178 === errors;
	}
	else {
	var valid42 = true;
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid41 = _errs173 === errors;
	if(!valid41){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs171 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirementOverrides !== undefined){
	let data79 = data.requirementOverrides;
	const _errs179 = errors;
	if(errors === _errs179){
	if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
	if((data79.mayWeaken === undefined) && ("mayWeaken")){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs181 = errors;
	for(const key9 in data79){
	if(!(key9 === "mayWeaken")){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs181 === errors){
	if(data79.mayWeaken !== undefined){
	let data80 = data79.mayWeaken;
	const _errs182 = errors;
	if(errors === _errs182){
	if(Array.isArray(data80)){
	var valid44 = true;
	const len24 = data80.length;
	for(let i25=0; i25<len24; i25++){
	let data81 = data80[i25];
	const _errs184 = errors;
	if(!(((((data81 === "minimumMaturity") || (data81 === "requiredControls")) || (data81 === "requiredApprovals")) || (data81 === "signedRecords")) || (data81 === "deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid44 = _errs184 === errors;
	if(!valid44){
	break;
	}
	}
	if(valid44){
	let i26 = data80.length;
	let j1;
	if(i26 > 1){
	for(;i26--;){
	for(j1 = i26; j1--;){
	if(func0(data80[i26], data80[j1])){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs179 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data82 = data.fleet;
	const _errs185 = errors;
	if(errors === _errs185){
	if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
	if((data82.cohorts === undefined) && ("cohorts")){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs187 = errors;
	for(const key10 in data82){
	if(!((key10 === "cohorts") || (key10 === "downgrades"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs187 === errors){
	if(data82.cohorts !== undefined){
	let data83 = data82.cohorts;
	const _errs188 = errors;
	if(errors === _errs188){
	if(Array.isArray(data83)){
	var valid47 = true;
	const len25 = data83.length;
	for(let i27=0; i27<len25; i27++){
	let data84 = data83[i27];
	const _errs190 = errors;
	if(errors === _errs190){
	if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
	if((((data84.product === undefined) && ("product")) || ((data84.cohort === undefined) && ("cohort"))) || ((data84.configurations === undefined) && ("configurations"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs192 = errors;
	for(const key11 in data84){
	if(!(((((key11 === "product") || (key11 === "cohort")) || (key11 === "allowPartial")) || (key11 === "approvedVersions")) || (key11 === "configurations"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs192 === errors){
	if(data84.product !== undefined){
	const _errs193 = errors;
	if(typeof data84.product !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid48 = _errs193 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data84.cohort !== undefined){
	const _errs195 = errors;
	if(typeof data84.cohort !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid48 = _errs195 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data84.allowPartial !== undefined){
	const _errs197 = errors;
	if(typeof data84.allowPartial !== "boolean"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid48 = _errs197 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data84.approvedVersions !== undefined){
	let data88 = data84.approvedVersions;
	const _errs199 = errors;
	if(errors === _errs199){
	if(Array.isArray(data88)){
	var valid49 = true;
	const len26 = data88.length;
	for(let i28=0; i28<len26; i28++){
	let data89 = data88[i28];
	const _errs201 = errors;
	if(errors === _errs201){
	if(typeof data89 === "string"){
	if(func2(data89) < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs201 === errors;
	if(!valid49){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid48 = _errs199 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data84.configurations !== undefined){
	let data90 = data84.configurations;
	const _errs203 = errors;
	if(errors === _errs203){
	if(Array.isArray(data90)){
	if(data90.length < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	var valid50 = true;
	const len27 = data90.length;
	for(let i29=0; i29<len27; i29++){
	let data91 = data90[i29];
	const _errs205 = errors;
	if(errors === _errs205){
	if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
	if((((data91.id === undefined) && ("id")) || ((data91.hardware === undefined) && ("hardware"))) || ((data91.version === undefined) && ("version"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs207 = errors;
	for(const key12 in data91){
	if(!(((key12 === "id") || (key12 === "hardware")) || (key12 === "version"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs207 === errors){
	if(data91.id !== undefined){
	const _errs208 = errors;
	if(typeof data91.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid51 = _errs208 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data91.hardware !== undefined){
	const _errs210 = errors;
	if(typeof data91.hardware !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid51 = _errs210 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data91.version !== undefined){
	let data94 = data91.version;
	const _errs212 = errors;
	if(errors === _errs212){
	if(typeof data94 === "string"){
	if(func2(data94) < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid51 = _errs212 === errors;
	}
	else {
	var valid51 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid50 = _errs205 === errors;
	if(!valid50){
	break;
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid48 = _errs203 === errors;
	}
	else {
	var valid48 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid47 = _errs190 === errors;
	if(!valid47){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs188 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data82.downgrades !== undefined){
	let data95 = data82.downgrades;
	const _errs214 = errors;
	if(errors === _errs214){
	if(Array.isArray(data95)){
	var valid52 = true;
	const len28 = data95.length;
	for(let i30=0; i30<len28; i30++){
	let data96 = data95[i30];
	const _errs216 = errors;
	if(errors === _errs216){
	if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
	if(((data96.product === undefined) && ("product")) || ((data96.reason === undefined) && ("reason"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs218 = errors;
	for(const key13 in data96){
	if(!((key13 === "product") || (key13 === "reason"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs218 === errors){
	if(data96.product !== undefined){
	const _errs219 = errors;
	if(typeof data96.product !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid53 = _errs219 === errors;
	}
	else {
	var valid53 = true;
	}
	if(valid53){
	if(data96.reason !== undefined){
	const _errs221 = errors;
	if(typeof data96.reason !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid53 = _errs221 === errors;
	}
	else {
	var valid53 = true;
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid52 = _errs216 === errors;
	if(!valid52){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs214 === errors;
	}
	else {
	var valid46 = true;
	}
	}
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs185 === errors;
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	validate68.errors = vErrors;
	return errors === 0;
	}
	validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyTrustData;
	};
	return validatorsPolicyTrustData;
}

var validatorsPolicyTrustDataExports = requireValidatorsPolicyTrustData();

module.exports = validatorsPolicyTrustDataExports;
})
