(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsPolicyTrustData = {};

var hasRequiredValidatorsPolicyTrustData;

function requireValidatorsPolicyTrustData () {
	if (hasRequiredValidatorsPolicyTrustData) return validatorsPolicyTrustData;
	hasRequiredValidatorsPolicyTrustData = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsPolicyTrustData.policyTrustData = () => {
	  const exports = {};
	exports.policyTrustData = validate68;
	const schema155 = {"properties":{"keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","fingerprint","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked","revokedAt"],"properties":{"id":{"type":"string"},"fingerprint":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"approvers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles","keys","identities","github"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"github":{"type":["string","null"]}}}},"builders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}}},"testSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"deploymentSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","issuer","subject","subjectPattern","sourceRepository","sourceRef","signerWorkflow","runnerEnvironment","usage","products","minVersion","maxVersion"],"properties":{"id":{"type":"string"},"issuer":{"type":"string"},"subject":{"type":["string","null"]},"subjectPattern":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}}}},"requirements":{"type":"object","additionalProperties":false,"required":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"],"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","items":{"type":"string"}},"requiredApprovals":{"type":"integer","minimum":0},"signedRecords":{"type":"array","uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"deploymentApprovalEnvironments":{"type":"array","items":{"type":"string"}}}},"products":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","versionScheme"],"properties":{"id":{"type":"string"},"versionScheme":{"enum":["semver","generic"]}}}},"requirementOverrides":{"type":"object","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]}}}},"fleet":{"type":"object","additionalProperties":false,"properties":{"cohorts":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string"},"cohort":{"type":"string"},"allowPartial":{"type":"boolean"},"approvedVersions":{"type":"array","items":{"type":"string","minLength":1}},"configurations":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string"},"hardware":{"type":"string"},"version":{"type":"string","minLength":1}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string"},"reason":{"type":"string"}},"required":["product","reason"]}}},"required":["cohorts"]}}};
	const func1 = Object.prototype.hasOwnProperty;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const pattern53 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
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
	if((data26.id === undefined) && ("id")){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs66 = errors;
	for(const key3 in data26){
	if(!(key3 === "id")){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs66 === errors){
	if(data26.id !== undefined){
	if(typeof data26.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
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
	if((((((data29.id === undefined) && ("id")) || ((data29.name === undefined) && ("name"))) || ((data29.keys === undefined) && ("keys"))) || ((data29.identities === undefined) && ("identities"))) || ((data29.hardware === undefined) && ("hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs73 = errors;
	for(const key4 in data29){
	if(!(((((key4 === "id") || (key4 === "name")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs73 === errors){
	if(data29.id !== undefined){
	const _errs74 = errors;
	if(typeof data29.id !== "string"){
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid20 = _errs80 === errors;
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid21 = _errs84 === errors;
	if(!valid21){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	if((((((data39.id === undefined) && ("id")) || ((data39.name === undefined) && ("name"))) || ((data39.keys === undefined) && ("keys"))) || ((data39.identities === undefined) && ("identities"))) || ((data39.hardware === undefined) && ("hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs94 = errors;
	for(const key5 in data39){
	if(!(((((key5 === "id") || (key5 === "name")) || (key5 === "keys")) || (key5 === "identities")) || (key5 === "hardware"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs94 === errors){
	if(data39.id !== undefined){
	const _errs95 = errors;
	if(typeof data39.id !== "string"){
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid25 = _errs101 === errors;
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid26 = _errs105 === errors;
	if(!valid26){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	if(((((((((((((data49.id === undefined) && ("id")) || ((data49.issuer === undefined) && ("issuer"))) || ((data49.subject === undefined) && ("subject"))) || ((data49.subjectPattern === undefined) && ("subjectPattern"))) || ((data49.sourceRepository === undefined) && ("sourceRepository"))) || ((data49.sourceRef === undefined) && ("sourceRef"))) || ((data49.signerWorkflow === undefined) && ("signerWorkflow"))) || ((data49.runnerEnvironment === undefined) && ("runnerEnvironment"))) || ((data49.usage === undefined) && ("usage"))) || ((data49.products === undefined) && ("products"))) || ((data49.minVersion === undefined) && ("minVersion"))) || ((data49.maxVersion === undefined) && ("maxVersion"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs115 = errors;
	for(const key6 in data49){
	if(!(func1.call(schema155.properties.identities.items.properties, key6))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs115 === errors){
	if(data49.id !== undefined){
	const _errs116 = errors;
	if(typeof data49.id !== "string"){
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
	return false;
	}
	var valid29 = _errs128 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.runnerEnvironment !== undefined){
	let data57 = data49.runnerEnvironment;
	const _errs130 = errors;
	if((typeof data57 !== "string") && (data57 !== null)){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid29 = _errs130 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.usage !== undefined){
	let data58 = data49.usage;
	const _errs132 = errors;
	if(errors === _errs132){
	if(Array.isArray(data58)){
	var valid30 = true;
	const len17 = data58.length;
	for(let i17=0; i17<len17; i17++){
	let data59 = data58[i17];
	const _errs134 = errors;
	if(!(((((((((data59 === "update-manifest") || (data59 === "build-provenance")) || (data59 === "signing-event")) || (data59 === "release-approval")) || (data59 === "risk-acceptance")) || (data59 === "rollback-recovery-tests")) || (data59 === "deployment-records")) || (data59 === "customer-notification")) || (data59 === "affected-versions"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid30 = _errs134 === errors;
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
	var valid29 = _errs132 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.products !== undefined){
	let data60 = data49.products;
	const _errs135 = errors;
	if(errors === _errs135){
	if(Array.isArray(data60)){
	var valid31 = true;
	const len18 = data60.length;
	for(let i18=0; i18<len18; i18++){
	const _errs137 = errors;
	if(typeof data60[i18] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs137 === errors;
	if(!valid31){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid29 = _errs135 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.minVersion !== undefined){
	let data62 = data49.minVersion;
	const _errs139 = errors;
	const _errs140 = errors;
	if(errors === _errs140){
	if(typeof data62 === "string"){
	if(!pattern4.test(data62)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid29 = _errs139 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data49.maxVersion !== undefined){
	let data63 = data49.maxVersion;
	const _errs142 = errors;
	const _errs143 = errors;
	if(errors === _errs143){
	if(typeof data63 === "string"){
	if(!pattern4.test(data63)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid29 = _errs142 === errors;
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
	}
	else {
	validate68.errors = [REJECTED];
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
	validate68.errors = [REJECTED];
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
	let data64 = data.requirements;
	const _errs145 = errors;
	if(errors === _errs145){
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if((((((data64.minimumMaturity === undefined) && ("minimumMaturity")) || ((data64.requiredControls === undefined) && ("requiredControls"))) || ((data64.requiredApprovals === undefined) && ("requiredApprovals"))) || ((data64.signedRecords === undefined) && ("signedRecords"))) || ((data64.deploymentApprovalEnvironments === undefined) && ("deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs147 = errors;
	for(const key7 in data64){
	if(!(((((key7 === "minimumMaturity") || (key7 === "requiredControls")) || (key7 === "requiredApprovals")) || (key7 === "signedRecords")) || (key7 === "deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs147 === errors){
	if(data64.minimumMaturity !== undefined){
	let data65 = data64.minimumMaturity;
	const _errs148 = errors;
	if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
	validate68.errors = [REJECTED];
	return false;
	}
	if(errors === _errs148){
	if((typeof data65 == "number") && (isFinite(data65))){
	if(data65 > 5 || isNaN(data65)){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	if(data65 < 1 || isNaN(data65)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	var valid34 = _errs148 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data64.requiredControls !== undefined){
	let data66 = data64.requiredControls;
	const _errs150 = errors;
	if(errors === _errs150){
	if(Array.isArray(data66)){
	var valid35 = true;
	const len19 = data66.length;
	for(let i19=0; i19<len19; i19++){
	const _errs152 = errors;
	if(typeof data66[i19] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid35 = _errs152 === errors;
	if(!valid35){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid34 = _errs150 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data64.requiredApprovals !== undefined){
	let data68 = data64.requiredApprovals;
	const _errs154 = errors;
	if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){
	validate68.errors = [REJECTED];
	return false;
	}
	if(errors === _errs154){
	if((typeof data68 == "number") && (isFinite(data68))){
	if(data68 < 0 || isNaN(data68)){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid34 = _errs154 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data64.signedRecords !== undefined){
	let data69 = data64.signedRecords;
	const _errs156 = errors;
	if(errors === _errs156){
	if(Array.isArray(data69)){
	var valid36 = true;
	const len20 = data69.length;
	for(let i20=0; i20<len20; i20++){
	let data70 = data69[i20];
	const _errs158 = errors;
	if(!(((((((data70 === "signing-event") || (data70 === "release-approval")) || (data70 === "risk-acceptance")) || (data70 === "rollback-recovery-tests")) || (data70 === "deployment-records")) || (data70 === "customer-notification")) || (data70 === "affected-versions"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid36 = _errs158 === errors;
	if(!valid36){
	break;
	}
	}
	if(valid36){
	let i21 = data69.length;
	let j0;
	if(i21 > 1){
	for(;i21--;){
	for(j0 = i21; j0--;){
	if(func0(data69[i21], data69[j0])){
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
	var valid34 = _errs156 === errors;
	}
	else {
	var valid34 = true;
	}
	if(valid34){
	if(data64.deploymentApprovalEnvironments !== undefined){
	let data71 = data64.deploymentApprovalEnvironments;
	const _errs159 = errors;
	if(errors === _errs159){
	if(Array.isArray(data71)){
	var valid38 = true;
	const len21 = data71.length;
	for(let i22=0; i22<len21; i22++){
	const _errs161 = errors;
	if(typeof data71[i22] !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid38 = _errs161 === errors;
	if(!valid38){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid34 = _errs159 === errors;
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
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs145 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.products !== undefined){
	let data73 = data.products;
	const _errs163 = errors;
	if(errors === _errs163){
	if(Array.isArray(data73)){
	var valid39 = true;
	const len22 = data73.length;
	for(let i23=0; i23<len22; i23++){
	let data74 = data73[i23];
	const _errs165 = errors;
	if(errors === _errs165){
	if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
	if(((data74.id === undefined) && ("id")) || ((data74.versionScheme === undefined) && ("versionScheme"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs167 = errors;
	for(const key8 in data74){
	if(!((key8 === "id") || (key8 === "versionScheme"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs167 === errors){
	if(data74.id !== undefined){
	const _errs168 = errors;
	if(typeof data74.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid40 = _errs168 === errors;
	}
	else {
	var valid40 = true;
	}
	if(valid40){
	if(data74.versionScheme !== undefined){
	let data76 = data74.versionScheme;
	const _errs170 = errors;
	if(!((data76 === "semver") || (data76 === "generic"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid40 = _errs170 === errors;
	}
	else {
	var valid40 = true;
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
	var valid39 = _errs165 === errors;
	if(!valid39){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs163 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirementOverrides !== undefined){
	let data77 = data.requirementOverrides;
	const _errs171 = errors;
	if(errors === _errs171){
	if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
	if((data77.mayWeaken === undefined) && ("mayWeaken")){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs173 = errors;
	for(const key9 in data77){
	if(!(key9 === "mayWeaken")){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs173 === errors){
	if(data77.mayWeaken !== undefined){
	let data78 = data77.mayWeaken;
	const _errs174 = errors;
	if(errors === _errs174){
	if(Array.isArray(data78)){
	var valid42 = true;
	const len23 = data78.length;
	for(let i24=0; i24<len23; i24++){
	let data79 = data78[i24];
	const _errs176 = errors;
	if(!(((((data79 === "minimumMaturity") || (data79 === "requiredControls")) || (data79 === "requiredApprovals")) || (data79 === "signedRecords")) || (data79 === "deploymentApprovalEnvironments"))){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid42 = _errs176 === errors;
	if(!valid42){
	break;
	}
	}
	if(valid42){
	let i25 = data78.length;
	let j1;
	if(i25 > 1){
	for(;i25--;){
	for(j1 = i25; j1--;){
	if(func0(data78[i25], data78[j1])){
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
	var valid0 = _errs171 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data80 = data.fleet;
	const _errs177 = errors;
	if(errors === _errs177){
	if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
	if((data80.cohorts === undefined) && ("cohorts")){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs179 = errors;
	for(const key10 in data80){
	if(!((key10 === "cohorts") || (key10 === "downgrades"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs179 === errors){
	if(data80.cohorts !== undefined){
	let data81 = data80.cohorts;
	const _errs180 = errors;
	if(errors === _errs180){
	if(Array.isArray(data81)){
	var valid45 = true;
	const len24 = data81.length;
	for(let i26=0; i26<len24; i26++){
	let data82 = data81[i26];
	const _errs182 = errors;
	if(errors === _errs182){
	if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
	if((((data82.product === undefined) && ("product")) || ((data82.cohort === undefined) && ("cohort"))) || ((data82.configurations === undefined) && ("configurations"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs184 = errors;
	for(const key11 in data82){
	if(!(((((key11 === "product") || (key11 === "cohort")) || (key11 === "allowPartial")) || (key11 === "approvedVersions")) || (key11 === "configurations"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs184 === errors){
	if(data82.product !== undefined){
	const _errs185 = errors;
	if(typeof data82.product !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid46 = _errs185 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data82.cohort !== undefined){
	const _errs187 = errors;
	if(typeof data82.cohort !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid46 = _errs187 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data82.allowPartial !== undefined){
	const _errs189 = errors;
	if(typeof data82.allowPartial !== "boolean"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid46 = _errs189 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data82.approvedVersions !== undefined){
	let data86 = data82.approvedVersions;
	const _errs191 = errors;
	if(errors === _errs191){
	if(Array.isArray(data86)){
	var valid47 = true;
	const len25 = data86.length;
	for(let i27=0; i27<len25; i27++){
	let data87 = data86[i27];
	const _errs193 = errors;
	if(errors === _errs193){
	if(typeof data87 === "string"){
	if(func2(data87) < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid47 = _errs193 === errors;
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
	var valid46 = _errs191 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data82.configurations !== undefined){
	let data88 = data82.configurations;
	const _errs195 = errors;
	if(errors === _errs195){
	if(Array.isArray(data88)){
	if(data88.length < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	var valid48 = true;
	const len26 = data88.length;
	for(let i28=0; i28<len26; i28++){
	let data89 = data88[i28];
	const _errs197 = errors;
	if(errors === _errs197){
	if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
	if((((data89.id === undefined) && ("id")) || ((data89.hardware === undefined) && ("hardware"))) || ((data89.version === undefined) && ("version"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs199 = errors;
	for(const key12 in data89){
	if(!(((key12 === "id") || (key12 === "hardware")) || (key12 === "version"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs199 === errors){
	if(data89.id !== undefined){
	const _errs200 = errors;
	if(typeof data89.id !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid49 = _errs200 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data89.hardware !== undefined){
	const _errs202 = errors;
	if(typeof data89.hardware !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid49 = _errs202 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data89.version !== undefined){
	let data92 = data89.version;
	const _errs204 = errors;
	if(errors === _errs204){
	if(typeof data92 === "string"){
	if(func2(data92) < 1){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs204 === errors;
	}
	else {
	var valid49 = true;
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
	var valid48 = _errs197 === errors;
	if(!valid48){
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
	var valid46 = _errs195 === errors;
	}
	else {
	var valid46 = true;
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
	var valid45 = _errs182 === errors;
	if(!valid45){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid44 = _errs180 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data80.downgrades !== undefined){
	let data93 = data80.downgrades;
	const _errs206 = errors;
	if(errors === _errs206){
	if(Array.isArray(data93)){
	var valid50 = true;
	const len27 = data93.length;
	for(let i29=0; i29<len27; i29++){
	let data94 = data93[i29];
	const _errs208 = errors;
	if(errors === _errs208){
	if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
	if(((data94.product === undefined) && ("product")) || ((data94.reason === undefined) && ("reason"))){
	validate68.errors = [REJECTED];
	return false;
	}
	else {
	const _errs210 = errors;
	for(const key13 in data94){
	if(!((key13 === "product") || (key13 === "reason"))){
	validate68.errors = [REJECTED];
	return false;
	}
	}
	if(_errs210 === errors){
	if(data94.product !== undefined){
	const _errs211 = errors;
	if(typeof data94.product !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid51 = _errs211 === errors;
	}
	else {
	var valid51 = true;
	}
	if(valid51){
	if(data94.reason !== undefined){
	const _errs213 = errors;
	if(typeof data94.reason !== "string"){
	validate68.errors = [REJECTED];
	return false;
	}
	var valid51 = _errs213 === errors;
	}
	else {
	var valid51 = true;
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
	var valid50 = _errs208 === errors;
	if(!valid50){
	break;
	}
	}
	}
	else {
	validate68.errors = [REJECTED];
	return false;
	}
	}
	var valid44 = _errs206 === errors;
	}
	else {
	var valid44 = true;
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
	var valid0 = _errs177 === errors;
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
