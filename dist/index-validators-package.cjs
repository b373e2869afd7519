(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsPackage = {};

var hasRequiredValidatorsPackage;

function requireValidatorsPackage () {
	if (hasRequiredValidatorsPackage) return validatorsPackage;
	hasRequiredValidatorsPackage = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsPackage.updateEvidence = () => {
	  const exports = {};
	exports.updateEvidence = validate20;
	const schema31 = {"properties":{"$schema":{"type":"string"},"apiVersion":{"const":"update-gate.dev/v1"},"kind":{"const":"UpdateEvidence"},"decisionSupported":{"type":"string","minLength":1,"maxLength":10000},"threats":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"controls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"scope":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000},"fromVersion":{"$ref":"#/$defs/version"},"toVersion":{"$ref":"#/$defs/version"},"cohort":{"type":"string","minLength":1,"maxLength":1000},"configurations":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"name":{"type":"string","minLength":1,"maxLength":1000},"hardware":{"type":"string","minLength":1,"maxLength":1000}},"required":["id","name","hardware"]}},"vulnerabilities":{"type":"array","maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000}},"versionScheme":{"enum":["semver","generic"]},"identifiers":{"type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"properties":{"purl":{"type":"string","minLength":5,"maxLength":2000},"cpe":{"type":"string","minLength":8,"maxLength":2000},"csafProductId":{"type":"string","minLength":1,"maxLength":1000},"version":{"type":"string","minLength":1,"maxLength":256},"name":{"type":"string","minLength":1,"maxLength":1000},"vendor":{"type":"string","minLength":1,"maxLength":1000},"ecosystem":{"type":"string","minLength":1,"maxLength":100}},"oneOf":[{"required":["purl"],"not":{"anyOf":[{"required":["cpe"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["cpe"],"not":{"anyOf":[{"required":["purl"]},{"required":["csafProductId"]},{"required":["name"]}]}},{"required":["csafProductId"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["name"]}]}},{"required":["name"],"not":{"anyOf":[{"required":["purl"]},{"required":["cpe"]},{"required":["csafProductId"]}]}}]}}},"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"]},"producers":{"type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"name":{"type":"string","minLength":1,"maxLength":1000},"role":{"type":"string","minLength":1,"maxLength":1000}},"required":["id","name","role"]}},"consumers":{"type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"name":{"type":"string","minLength":1,"maxLength":1000},"role":{"type":"string","minLength":1,"maxLength":1000}},"required":["id","name","role"]}},"verificationMethod":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"evidence":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"]},"format":{"enum":["text","update-gate","cosign-sign-blob","dsse","sigstore-bundle","csaf","openvex","osv","cyclonedx-vex"]},"file":{"type":"string","minLength":1,"maxLength":1000},"signature":{"type":"string","minLength":1,"maxLength":1000},"statement":{"type":"string","minLength":1,"maxLength":100000},"producer":{"type":"string","minLength":1,"maxLength":1000},"time":{"$ref":"#/$defs/timestamp"},"controls":{"type":"array","maxItems":50,"items":{"type":"string","minLength":1,"maxLength":1000}},"description":{"type":"string","minLength":1,"maxLength":10000}},"required":["id","kind","producer"],"allOf":[{"if":{"properties":{"kind":{"const":"assertion"}}},"then":{"required":["statement","controls"],"properties":{"file":false,"signature":false}},"else":{"required":["file"],"properties":{"statement":false}}},{"if":{"properties":{"kind":{"const":"process-document"}}},"then":{"required":["controls"]}},{"if":{"properties":{"kind":{"const":"update-manifest"}}},"then":{"required":["signature"]},"else":{"if":{"properties":{"kind":{"enum":["assertion","process-document","recovery-procedure","build-provenance"]}}},"then":{"properties":{"signature":false}}}},{"if":{"required":["format"],"properties":{"kind":{"not":{"const":"update-manifest"}},"format":{"enum":["dsse","sigstore-bundle"]}}},"then":{"properties":{"signature":false}}}]}},"knownGaps":{"type":"array","maxItems":50000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"description":{"type":"string","minLength":1,"maxLength":10000},"configurations":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"string","minLength":1,"maxLength":1000}}},"required":["id","description","configurations"]}},"exceptions":{"type":"array","maxItems":50000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"configuration":{"type":"string","minLength":1,"maxLength":1000},"reason":{"type":"string","minLength":1,"maxLength":10000},"mitigation":{"type":"string","minLength":1,"maxLength":10000},"remainOn":{"$ref":"#/$defs/version"},"followUpBy":{"$ref":"#/$defs/timestamp"},"acceptedBy":{"type":"string","minLength":1,"maxLength":1000},"acceptedAt":{"$ref":"#/$defs/timestamp"},"waives":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1000}}},"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"]}},"retention":{"type":"object","additionalProperties":false,"properties":{"owners":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"locations":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}}},"required":["owners","locations"]}}};
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
	if((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.decisionSupported === undefined) && ("decisionSupported"))) || ((data.scope === undefined) && ("scope"))) || ((data.evidence === undefined) && ("evidence"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema31.properties, key0))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	if(((((((data8.product === undefined) && ("product")) || ((data8.fromVersion === undefined) && ("fromVersion"))) || ((data8.toVersion === undefined) && ("toVersion"))) || ((data8.cohort === undefined) && ("cohort"))) || ((data8.configurations === undefined) && ("configurations"))) || ((data8.vulnerabilities === undefined) && ("vulnerabilities"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs18 = errors;
	for(const key1 in data8){
	if(!((((((((key1 === "product") || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort")) || (key1 === "configurations")) || (key1 === "vulnerabilities")) || (key1 === "versionScheme")) || (key1 === "identifiers"))){
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data9) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data10) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data10)){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data11)){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(data13.length < 1){
	validate20.errors = [REJECTED];
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
	if((((data14.id === undefined) && ("id")) || ((data14.name === undefined) && ("name"))) || ((data14.hardware === undefined) && ("hardware"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs33 = errors;
	for(const key2 in data14){
	if(!(((key2 === "id") || (key2 === "name")) || (key2 === "hardware"))){
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data16) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data17) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data19) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	const err4 = REJECTED;
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
	if((data22.purl === undefined) && ("purl")){
	const err5 = REJECTED;
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
	const err10 = REJECTED;
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
	if((data22.cpe === undefined) && ("cpe")){
	const err11 = REJECTED;
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
	}
	else {
	if(_valid0){
	valid10 = true;
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
	const err16 = REJECTED;
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
	if((data22.csafProductId === undefined) && ("csafProductId")){
	const err17 = REJECTED;
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
	}
	else {
	if(_valid0){
	valid10 = true;
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
	const err22 = REJECTED;
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
	if((data22.name === undefined) && ("name")){
	const err23 = REJECTED;
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
	}
	else {
	if(_valid0){
	valid10 = true;
	}
	}
	}
	}
	if(!valid10){
	const err24 = REJECTED;
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data23) < 5){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data24) < 8){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data25) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data26) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data27) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data28) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data29) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	if((((data31.id === undefined) && ("id")) || ((data31.name === undefined) && ("name"))) || ((data31.role === undefined) && ("role"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs97 = errors;
	for(const key4 in data31){
	if(!(((key4 === "id") || (key4 === "name")) || (key4 === "role"))){
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data32) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data33) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data34) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	if((((data36.id === undefined) && ("id")) || ((data36.name === undefined) && ("name"))) || ((data36.role === undefined) && ("role"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs108 = errors;
	for(const key5 in data36){
	if(!(((key5 === "id") || (key5 === "name")) || (key5 === "role"))){
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data37) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data38) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data39) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data41) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	if(_valid5){
	const _errs127 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(((data43.statement === undefined) && ("statement")) || ((data43.controls === undefined) && ("controls"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(data43.file !== undefined){
	var valid29 = false;
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data43.signature !== undefined){
	var valid29 = false;
	validate20.errors = [REJECTED];
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
	}
	else {
	const _errs128 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if((data43.file === undefined) && ("file")){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(data43.statement !== undefined){
	validate20.errors = [REJECTED];
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
	}
	if(!valid27){
	const err26 = REJECTED;
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
	if((data43.controls === undefined) && ("controls")){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var _valid6 = _errs133 === errors;
	valid31 = _valid6;
	}
	if(!valid31){
	const err28 = REJECTED;
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
	if(_valid7){
	const _errs138 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if((data43.signature === undefined) && ("signature")){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var _valid7 = _errs138 === errors;
	valid33 = _valid7;
	}
	else {
	const _errs139 = errors;
	const _errs140 = errors;
	let valid35 = true;
	const _errs141 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if(data43.kind !== undefined){
	let data50 = data43.kind;
	if(!((((data50 === "assertion") || (data50 === "process-document")) || (data50 === "recovery-procedure")) || (data50 === "build-provenance"))){
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
	validate20.errors = [REJECTED];
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
	const err31 = REJECTED;
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
	}
	if(!valid33){
	const err32 = REJECTED;
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
	const _errs144 = errors;
	const _errs145 = errors;
	let valid38 = true;
	const _errs146 = errors;
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if((data43.format === undefined) && ("format")){
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
	if(data43.kind !== undefined){
	const _errs147 = errors;
	const _errs148 = errors;
	const _errs149 = errors;
	if("update-manifest" !== data43.kind){
	const err34 = {};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	var valid40 = _errs149 === errors;
	if(valid40){
	const err35 = {};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
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
	var valid39 = _errs147 === errors;
	}
	else {
	var valid39 = true;
	}
	if(valid39){
	if(data43.format !== undefined){
	let data53 = data43.format;
	const _errs150 = errors;
	if(!((data53 === "dsse") || (data53 === "sigstore-bundle"))){
	const err36 = {};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var valid39 = _errs150 === errors;
	}
	else {
	var valid39 = true;
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
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var _valid9 = _errs151 === errors;
	valid38 = _valid9;
	if(valid38){
	var props2 = {};
	props2.signature = true;
	props2.kind = true;
	props2.format = true;
	}
	}
	if(!valid38){
	const err37 = REJECTED;
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	var valid26 = _errs144 === errors;
	if(valid26){
	if(props0 !== true && props2 !== undefined){
	if(props2 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props2);
	}
	}
	}
	}
	}
	}
	if(errors === _errs121){
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	if((((data43.id === undefined) && ("id")) || ((data43.kind === undefined) && ("kind"))) || ((data43.producer === undefined) && ("producer"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs152 = errors;
	for(const key6 in data43){
	if(!(func1.call(schema31.properties.evidence.items.properties, key6))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	if(_errs152 === errors){
	if(data43.id !== undefined){
	let data55 = data43.id;
	const _errs153 = errors;
	if(errors === _errs153){
	if(typeof data55 === "string"){
	if(func2(data55) > 200){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data55) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern6.test(data55)){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs153 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.kind !== undefined){
	let data56 = data43.kind;
	const _errs155 = errors;
	if(!((((((((((((data56 === "assertion") || (data56 === "process-document")) || (data56 === "update-manifest")) || (data56 === "build-provenance")) || (data56 === "signing-event")) || (data56 === "release-approval")) || (data56 === "rollback-recovery-tests")) || (data56 === "recovery-procedure")) || (data56 === "affected-versions")) || (data56 === "customer-notification")) || (data56 === "deployment-records")) || (data56 === "risk-acceptance"))){
	validate20.errors = [REJECTED];
	return false;
	}
	var valid42 = _errs155 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.format !== undefined){
	let data57 = data43.format;
	const _errs156 = errors;
	if(!(((((((((data57 === "text") || (data57 === "update-gate")) || (data57 === "cosign-sign-blob")) || (data57 === "dsse")) || (data57 === "sigstore-bundle")) || (data57 === "csaf")) || (data57 === "openvex")) || (data57 === "osv")) || (data57 === "cyclonedx-vex"))){
	validate20.errors = [REJECTED];
	return false;
	}
	var valid42 = _errs156 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.file !== undefined){
	let data58 = data43.file;
	const _errs157 = errors;
	if(errors === _errs157){
	if(typeof data58 === "string"){
	if(func2(data58) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data58) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs157 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.signature !== undefined){
	let data59 = data43.signature;
	const _errs159 = errors;
	if(errors === _errs159){
	if(typeof data59 === "string"){
	if(func2(data59) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data59) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs159 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.statement !== undefined){
	let data60 = data43.statement;
	const _errs161 = errors;
	if(errors === _errs161){
	if(typeof data60 === "string"){
	if(func2(data60) > 100000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data60) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs161 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.producer !== undefined){
	let data61 = data43.producer;
	const _errs163 = errors;
	if(errors === _errs163){
	if(typeof data61 === "string"){
	if(func2(data61) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data61) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs163 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.time !== undefined){
	let data62 = data43.time;
	const _errs165 = errors;
	const _errs166 = errors;
	if(errors === _errs166){
	if(errors === _errs166){
	if(typeof data62 === "string"){
	if(func2(data62) > 64){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data62))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid42 = _errs165 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.controls !== undefined){
	let data63 = data43.controls;
	const _errs168 = errors;
	if(errors === _errs168){
	if(Array.isArray(data63)){
	if(data63.length > 50){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid44 = true;
	const len9 = data63.length;
	for(let i9=0; i9<len9; i9++){
	let data64 = data63[i9];
	const _errs170 = errors;
	if(errors === _errs170){
	if(typeof data64 === "string"){
	if(func2(data64) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data64) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid44 = _errs170 === errors;
	if(!valid44){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs168 === errors;
	}
	else {
	var valid42 = true;
	}
	if(valid42){
	if(data43.description !== undefined){
	let data65 = data43.description;
	const _errs172 = errors;
	if(errors === _errs172){
	if(typeof data65 === "string"){
	if(func2(data65) > 10000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data65) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid42 = _errs172 === errors;
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
	}
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
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
	let data66 = data.knownGaps;
	const _errs174 = errors;
	if(errors === _errs174){
	if(Array.isArray(data66)){
	if(data66.length > 50000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid45 = true;
	const len10 = data66.length;
	for(let i10=0; i10<len10; i10++){
	let data67 = data66[i10];
	const _errs176 = errors;
	if(errors === _errs176){
	if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
	if((((data67.id === undefined) && ("id")) || ((data67.description === undefined) && ("description"))) || ((data67.configurations === undefined) && ("configurations"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs178 = errors;
	for(const key7 in data67){
	if(!(((key7 === "id") || (key7 === "description")) || (key7 === "configurations"))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	if(_errs178 === errors){
	if(data67.id !== undefined){
	let data68 = data67.id;
	const _errs179 = errors;
	if(errors === _errs179){
	if(typeof data68 === "string"){
	if(func2(data68) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data68) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs179 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data67.description !== undefined){
	let data69 = data67.description;
	const _errs181 = errors;
	if(errors === _errs181){
	if(typeof data69 === "string"){
	if(func2(data69) > 10000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data69) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs181 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data67.configurations !== undefined){
	let data70 = data67.configurations;
	const _errs183 = errors;
	if(errors === _errs183){
	if(Array.isArray(data70)){
	if(data70.length > 50000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(data70.length < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid47 = true;
	const len11 = data70.length;
	for(let i11=0; i11<len11; i11++){
	let data71 = data70[i11];
	const _errs185 = errors;
	if(errors === _errs185){
	if(typeof data71 === "string"){
	if(func2(data71) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data71) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid47 = _errs185 === errors;
	if(!valid47){
	break;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs183 === errors;
	}
	else {
	var valid46 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid45 = _errs176 === errors;
	if(!valid45){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs174 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data72 = data.exceptions;
	const _errs187 = errors;
	if(errors === _errs187){
	if(Array.isArray(data72)){
	if(data72.length > 50000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid48 = true;
	const len12 = data72.length;
	for(let i12=0; i12<len12; i12++){
	let data73 = data72[i12];
	const _errs189 = errors;
	if(errors === _errs189){
	if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
	if(((((((((data73.id === undefined) && ("id")) || ((data73.configuration === undefined) && ("configuration"))) || ((data73.reason === undefined) && ("reason"))) || ((data73.mitigation === undefined) && ("mitigation"))) || ((data73.remainOn === undefined) && ("remainOn"))) || ((data73.followUpBy === undefined) && ("followUpBy"))) || ((data73.acceptedBy === undefined) && ("acceptedBy"))) || ((data73.acceptedAt === undefined) && ("acceptedAt"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs191 = errors;
	for(const key8 in data73){
	if(!(func1.call(schema31.properties.exceptions.items.properties, key8))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	if(_errs191 === errors){
	if(data73.id !== undefined){
	let data74 = data73.id;
	const _errs192 = errors;
	if(errors === _errs192){
	if(typeof data74 === "string"){
	if(func2(data74) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data74) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs192 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.configuration !== undefined){
	let data75 = data73.configuration;
	const _errs194 = errors;
	if(errors === _errs194){
	if(typeof data75 === "string"){
	if(func2(data75) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data75) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs194 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.reason !== undefined){
	let data76 = data73.reason;
	const _errs196 = errors;
	if(errors === _errs196){
	if(typeof data76 === "string"){
	if(func2(data76) > 10000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data76) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs196 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.mitigation !== undefined){
	let data77 = data73.mitigation;
	const _errs198 = errors;
	if(errors === _errs198){
	if(typeof data77 === "string"){
	if(func2(data77) > 10000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data77) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs198 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.remainOn !== undefined){
	let data78 = data73.remainOn;
	const _errs200 = errors;
	const _errs201 = errors;
	if(errors === _errs201){
	if(typeof data78 === "string"){
	if(func2(data78) > 256){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data78) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data78)){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs200 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.followUpBy !== undefined){
	let data79 = data73.followUpBy;
	const _errs203 = errors;
	const _errs204 = errors;
	if(errors === _errs204){
	if(errors === _errs204){
	if(typeof data79 === "string"){
	if(func2(data79) > 64){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data79))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid49 = _errs203 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.acceptedBy !== undefined){
	let data80 = data73.acceptedBy;
	const _errs206 = errors;
	if(errors === _errs206){
	if(typeof data80 === "string"){
	if(func2(data80) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data80) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs206 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.acceptedAt !== undefined){
	let data81 = data73.acceptedAt;
	const _errs208 = errors;
	const _errs209 = errors;
	if(errors === _errs209){
	if(errors === _errs209){
	if(typeof data81 === "string"){
	if(func2(data81) > 64){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data81))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid49 = _errs208 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data73.waives !== undefined){
	let data82 = data73.waives;
	const _errs211 = errors;
	if(errors === _errs211){
	if(Array.isArray(data82)){
	if(data82.length > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(data82.length < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid53 = true;
	const len13 = data82.length;
	for(let i13=0; i13<len13; i13++){
	let data83 = data82[i13];
	const _errs213 = errors;
	if(errors === _errs213){
	if(typeof data83 === "string"){
	if(func2(data83) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data83) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid53 = _errs213 === errors;
	if(!valid53){
	break;
	}
	}
	if(valid53){
	let i14 = data82.length;
	if(i14 > 1){
	const indices0 = {};
	for(;i14--;){
	let item0 = data82[i14];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	indices0[item0];
	validate20.errors = [REJECTED];
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
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs211 === errors;
	}
	else {
	var valid49 = true;
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
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid48 = _errs189 === errors;
	if(!valid48){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs187 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retention !== undefined){
	let data84 = data.retention;
	const _errs215 = errors;
	if(errors === _errs215){
	if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
	if(((data84.owners === undefined) && ("owners")) || ((data84.locations === undefined) && ("locations"))){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	const _errs217 = errors;
	for(const key9 in data84){
	if(!((key9 === "owners") || (key9 === "locations"))){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	if(_errs217 === errors){
	if(data84.owners !== undefined){
	let data85 = data84.owners;
	const _errs218 = errors;
	if(errors === _errs218){
	if(Array.isArray(data85)){
	if(data85.length > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid56 = true;
	const len14 = data85.length;
	for(let i15=0; i15<len14; i15++){
	let data86 = data85[i15];
	const _errs220 = errors;
	if(errors === _errs220){
	if(typeof data86 === "string"){
	if(func2(data86) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data86) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid56 = _errs220 === errors;
	if(!valid56){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid55 = _errs218 === errors;
	}
	else {
	var valid55 = true;
	}
	if(valid55){
	if(data84.locations !== undefined){
	let data87 = data84.locations;
	const _errs222 = errors;
	if(errors === _errs222){
	if(Array.isArray(data87)){
	if(data87.length > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	var valid57 = true;
	const len15 = data87.length;
	for(let i16=0; i16<len15; i16++){
	let data88 = data87[i16];
	const _errs224 = errors;
	if(errors === _errs224){
	if(typeof data88 === "string"){
	if(func2(data88) > 1000){
	validate20.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data88) < 1){
	validate20.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid57 = _errs224 === errors;
	if(!valid57){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid55 = _errs222 === errors;
	}
	else {
	var valid55 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs215 === errors;
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
	validate20.errors = [REJECTED];
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
	const schema38 = {"properties":{"$schema":{"type":"string"},"apiVersion":{"const":"update-gate.dev/v1"},"kind":{"const":"TrustConfiguration"},"keys":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200},"publicKey":{"type":"string","minLength":1,"maxLength":20000},"publicKeyFile":{"type":"string","minLength":1,"maxLength":1000},"usage":{"type":"array","minItems":1,"maxItems":9,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"minVersion":{"$ref":"#/$defs/version"},"maxVersion":{"$ref":"#/$defs/version"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}},"required":["id","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked"],"oneOf":[{"required":["publicKey"]},{"required":["publicKeyFile"]}]}},"identities":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200},"issuer":{"type":"string","minLength":1,"maxLength":1000},"subject":{"type":"string","minLength":1,"maxLength":2000},"subjectPattern":{"type":"string","minLength":1,"maxLength":2000},"sourceRepository":{"type":"string","minLength":1,"maxLength":1000},"sourceRef":{"type":"string","minLength":1,"maxLength":1000},"signerWorkflow":{"type":"string","minLength":1,"maxLength":1000},"runnerEnvironment":{"type":"string","minLength":1,"maxLength":1000},"usage":{"type":"array","minItems":1,"maxItems":9,"uniqueItems":true,"items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}},"required":["id","issuer","usage","products","minVersion","maxVersion"],"oneOf":[{"required":["subject"]},{"required":["subjectPattern"]}]}},"sigstore":{"type":"object","additionalProperties":false,"properties":{"trustedRoot":{"type":"string","minLength":1,"maxLength":1000},"attestationsRepository":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"}}},"approvers":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"name":{"type":"string","minLength":1,"maxLength":1000},"roles":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"identities":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"github":{"type":"string","minLength":1,"maxLength":39,"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"}},"required":["id","name","roles"]}},"builders":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"keys":{"type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}}},"required":["id"]}},"testSystems":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/system"}},"deploymentSystems":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/system"}},"requirements":{"type":"object","additionalProperties":false,"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000}},"requiredApprovals":{"type":"integer","minimum":0,"maximum":100},"signedRecords":{"type":"array","maxItems":7,"uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"deploymentApprovalEnvironments":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}}},"required":["minimumMaturity","requiredControls","requiredApprovals"]},"requirementOverrides":{"type":"object","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","maxItems":5,"uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]}}}},"products":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"versionScheme":{"enum":["semver","generic"]}},"required":["id","versionScheme"]}},"fleet":{"type":"object","additionalProperties":false,"properties":{"cohorts":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000},"cohort":{"type":"string","minLength":1,"maxLength":1000},"allowPartial":{"type":"boolean"},"approvedVersions":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/version"}},"configurations":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":1000},"hardware":{"type":"string","minLength":1,"maxLength":1000},"version":{"$ref":"#/$defs/version"}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"properties":{"product":{"type":"string","minLength":1,"maxLength":1000},"reason":{"type":"string","minLength":1,"maxLength":10000}},"required":["product","reason"]}}},"required":["cohorts"]}}};
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
	if(((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.keys === undefined) && ("keys"))) || ((data.approvers === undefined) && ("approvers"))) || ((data.builders === undefined) && ("builders"))) || ((data.requirements === undefined) && ("requirements"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema38.properties, key0))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	const _errs11 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if((data4.publicKey === undefined) && ("publicKey")){
	const err0 = REJECTED;
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
	}
	const _errs12 = errors;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if((data4.publicKeyFile === undefined) && ("publicKeyFile")){
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
	var _valid0 = _errs12 === errors;
	if(_valid0 && valid2){
	valid2 = false;
	}
	else {
	if(_valid0){
	valid2 = true;
	}
	}
	if(!valid2){
	const err2 = REJECTED;
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
	if(((((((((data4.id === undefined) && ("id")) || ((data4.usage === undefined) && ("usage"))) || ((data4.products === undefined) && ("products"))) || ((data4.minVersion === undefined) && ("minVersion"))) || ((data4.maxVersion === undefined) && ("maxVersion"))) || ((data4.validFrom === undefined) && ("validFrom"))) || ((data4.validUntil === undefined) && ("validUntil"))) || ((data4.revoked === undefined) && ("revoked"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs13 = errors;
	for(const key1 in data4){
	if(!(func1.call(schema38.properties.keys.items.properties, key1))){
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data6) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	if(data8.length > 9){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data8.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid4 = true;
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	let data9 = data8[i1];
	const _errs22 = errors;
	if(!(((((((((data9 === "update-manifest") || (data9 === "build-provenance")) || (data9 === "signing-event")) || (data9 === "release-approval")) || (data9 === "risk-acceptance")) || (data9 === "rollback-recovery-tests")) || (data9 === "deployment-records")) || (data9 === "customer-notification")) || (data9 === "affected-versions"))){
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data12)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data13)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data14))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data15))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	const err3 = REJECTED;
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
	const err4 = REJECTED;
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
	const err5 = REJECTED;
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
	const err6 = REJECTED;
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
	const err7 = REJECTED;
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	const _errs53 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if((data19.subject === undefined) && ("subject")){
	const err8 = REJECTED;
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
	}
	const _errs54 = errors;
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if((data19.subjectPattern === undefined) && ("subjectPattern")){
	const err9 = REJECTED;
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
	}
	else {
	if(_valid2){
	valid14 = true;
	}
	}
	if(!valid14){
	const err10 = REJECTED;
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
	if(((((((data19.id === undefined) && ("id")) || ((data19.issuer === undefined) && ("issuer"))) || ((data19.usage === undefined) && ("usage"))) || ((data19.products === undefined) && ("products"))) || ((data19.minVersion === undefined) && ("minVersion"))) || ((data19.maxVersion === undefined) && ("maxVersion"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs55 = errors;
	for(const key2 in data19){
	if(!(func1.call(schema38.properties.identities.items.properties, key2))){
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data20) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data21) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data22) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data23) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data24) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data25) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data26) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs68 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.runnerEnvironment !== undefined){
	let data27 = data19.runnerEnvironment;
	const _errs70 = errors;
	if(errors === _errs70){
	if(typeof data27 === "string"){
	if(func2(data27) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data27) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs70 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.usage !== undefined){
	let data28 = data19.usage;
	const _errs72 = errors;
	if(errors === _errs72){
	if(Array.isArray(data28)){
	if(data28.length > 9){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data28.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid16 = true;
	const len4 = data28.length;
	for(let i5=0; i5<len4; i5++){
	let data29 = data28[i5];
	const _errs74 = errors;
	if(!(((((((((data29 === "update-manifest") || (data29 === "build-provenance")) || (data29 === "signing-event")) || (data29 === "release-approval")) || (data29 === "risk-acceptance")) || (data29 === "rollback-recovery-tests")) || (data29 === "deployment-records")) || (data29 === "customer-notification")) || (data29 === "affected-versions"))){
	validate21.errors = [REJECTED];
	return false;
	}
	var valid16 = _errs74 === errors;
	if(!valid16){
	break;
	}
	}
	if(valid16){
	let i6 = data28.length;
	let j1;
	if(i6 > 1){
	for(;i6--;){
	for(j1 = i6; j1--;){
	if(func0(data28[i6], data28[j1])){
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs72 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.products !== undefined){
	let data30 = data19.products;
	const _errs75 = errors;
	if(errors === _errs75){
	if(Array.isArray(data30)){
	if(data30.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid18 = true;
	const len5 = data30.length;
	for(let i7=0; i7<len5; i7++){
	let data31 = data30[i7];
	const _errs77 = errors;
	if(errors === _errs77){
	if(typeof data31 === "string"){
	if(func2(data31) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data31) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid18 = _errs77 === errors;
	if(!valid18){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs75 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.minVersion !== undefined){
	let data32 = data19.minVersion;
	const _errs79 = errors;
	const _errs80 = errors;
	if(errors === _errs80){
	if(typeof data32 === "string"){
	if(func2(data32) > 64){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data32)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs79 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data19.maxVersion !== undefined){
	let data33 = data19.maxVersion;
	const _errs82 = errors;
	const _errs83 = errors;
	if(errors === _errs83){
	if(typeof data33 === "string"){
	if(func2(data33) > 64){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data33)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs82 === errors;
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
	}
	else {
	validate21.errors = [REJECTED];
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
	validate21.errors = [REJECTED];
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
	let data34 = data.sigstore;
	const _errs85 = errors;
	if(errors === _errs85){
	if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
	const _errs87 = errors;
	for(const key3 in data34){
	if(!((key3 === "trustedRoot") || (key3 === "attestationsRepository"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs87 === errors){
	if(data34.trustedRoot !== undefined){
	let data35 = data34.trustedRoot;
	const _errs88 = errors;
	if(errors === _errs88){
	if(typeof data35 === "string"){
	if(func2(data35) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data35) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs88 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data34.attestationsRepository !== undefined){
	let data36 = data34.attestationsRepository;
	const _errs90 = errors;
	if(errors === _errs90){
	if(typeof data36 === "string"){
	if(!pattern12.test(data36)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs90 === errors;
	}
	else {
	var valid21 = true;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs85 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvers !== undefined){
	let data37 = data.approvers;
	const _errs92 = errors;
	if(errors === _errs92){
	if(Array.isArray(data37)){
	if(data37.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid22 = true;
	const len6 = data37.length;
	for(let i8=0; i8<len6; i8++){
	let data38 = data37[i8];
	const _errs94 = errors;
	if(errors === _errs94){
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if((((data38.id === undefined) && ("id")) || ((data38.name === undefined) && ("name"))) || ((data38.roles === undefined) && ("roles"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs96 = errors;
	for(const key4 in data38){
	if(!((((((key4 === "id") || (key4 === "name")) || (key4 === "roles")) || (key4 === "keys")) || (key4 === "identities")) || (key4 === "github"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs96 === errors){
	if(data38.id !== undefined){
	let data39 = data38.id;
	const _errs97 = errors;
	if(errors === _errs97){
	if(typeof data39 === "string"){
	if(func2(data39) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data39) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs97 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data38.name !== undefined){
	let data40 = data38.name;
	const _errs99 = errors;
	if(errors === _errs99){
	if(typeof data40 === "string"){
	if(func2(data40) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data40) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs99 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data38.roles !== undefined){
	let data41 = data38.roles;
	const _errs101 = errors;
	if(errors === _errs101){
	if(Array.isArray(data41)){
	if(data41.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid24 = true;
	const len7 = data41.length;
	for(let i9=0; i9<len7; i9++){
	let data42 = data41[i9];
	const _errs103 = errors;
	if(errors === _errs103){
	if(typeof data42 === "string"){
	if(func2(data42) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data42) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid24 = _errs103 === errors;
	if(!valid24){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs101 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data38.keys !== undefined){
	let data43 = data38.keys;
	const _errs105 = errors;
	if(errors === _errs105){
	if(Array.isArray(data43)){
	if(data43.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid25 = true;
	const len8 = data43.length;
	for(let i10=0; i10<len8; i10++){
	let data44 = data43[i10];
	const _errs107 = errors;
	if(errors === _errs107){
	if(typeof data44 === "string"){
	if(func2(data44) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data44) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid25 = _errs107 === errors;
	if(!valid25){
	break;
	}
	}
	if(valid25){
	let i11 = data43.length;
	if(i11 > 1){
	const indices0 = {};
	for(;i11--;){
	let item0 = data43[i11];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	indices0[item0];
	validate21.errors = [REJECTED];
	return false;
	}
	indices0[item0] = i11;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs105 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data38.identities !== undefined){
	let data45 = data38.identities;
	const _errs109 = errors;
	if(errors === _errs109){
	if(Array.isArray(data45)){
	if(data45.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid27 = true;
	const len9 = data45.length;
	for(let i12=0; i12<len9; i12++){
	let data46 = data45[i12];
	const _errs111 = errors;
	if(errors === _errs111){
	if(typeof data46 === "string"){
	if(func2(data46) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data46) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid27 = _errs111 === errors;
	if(!valid27){
	break;
	}
	}
	if(valid27){
	let i13 = data45.length;
	if(i13 > 1){
	const indices1 = {};
	for(;i13--;){
	let item1 = data45[i13];
	if(typeof item1 !== "string"){
	continue;
	}
	if(typeof indices1[item1] == "number"){
	indices1[item1];
	validate21.errors = [REJECTED];
	return false;
	}
	indices1[item1] = i13;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs109 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data38.github !== undefined){
	let data47 = data38.github;
	const _errs113 = errors;
	if(errors === _errs113){
	if(typeof data47 === "string"){
	if(func2(data47) > 39){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data47) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern13.test(data47)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
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
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid22 = _errs94 === errors;
	if(!valid22){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs92 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.builders !== undefined){
	let data48 = data.builders;
	const _errs115 = errors;
	if(errors === _errs115){
	if(Array.isArray(data48)){
	if(data48.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid29 = true;
	const len10 = data48.length;
	for(let i14=0; i14<len10; i14++){
	let data49 = data48[i14];
	const _errs117 = errors;
	if(errors === _errs117){
	if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
	if((data49.id === undefined) && ("id")){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs119 = errors;
	for(const key5 in data49){
	if(!((key5 === "id") || (key5 === "keys"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs119 === errors){
	if(data49.id !== undefined){
	let data50 = data49.id;
	const _errs120 = errors;
	if(errors === _errs120){
	if(typeof data50 === "string"){
	if(func2(data50) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data50) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid30 = _errs120 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data49.keys !== undefined){
	let data51 = data49.keys;
	const _errs122 = errors;
	if(errors === _errs122){
	if(Array.isArray(data51)){
	if(data51.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid31 = true;
	const len11 = data51.length;
	for(let i15=0; i15<len11; i15++){
	let data52 = data51[i15];
	const _errs124 = errors;
	if(errors === _errs124){
	if(typeof data52 === "string"){
	if(func2(data52) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data52) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid31 = _errs124 === errors;
	if(!valid31){
	break;
	}
	}
	if(valid31){
	let i16 = data51.length;
	if(i16 > 1){
	const indices2 = {};
	for(;i16--;){
	let item2 = data51[i16];
	if(typeof item2 !== "string"){
	continue;
	}
	if(typeof indices2[item2] == "number"){
	indices2[item2];
	validate21.errors = [REJECTED];
	return false;
	}
	indices2[item2] = i16;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid30 = _errs122 === errors;
	}
	else {
	var valid30 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid29 = _errs117 === errors;
	if(!valid29){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs115 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.testSystems !== undefined){
	let data53 = data.testSystems;
	const _errs126 = errors;
	if(errors === _errs126){
	if(Array.isArray(data53)){
	if(data53.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid33 = true;
	const len12 = data53.length;
	for(let i17=0; i17<len12; i17++){
	let data54 = data53[i17];
	const _errs128 = errors;
	const _errs129 = errors;
	const _errs131 = errors;
	let valid35 = false;
	const _errs132 = errors;
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if((data54.keys === undefined) && ("keys")){
	const err11 = REJECTED;
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	var _valid3 = _errs132 === errors;
	valid35 = valid35 || _valid3;
	const _errs133 = errors;
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if((data54.identities === undefined) && ("identities")){
	const err12 = REJECTED;
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	var _valid3 = _errs133 === errors;
	valid35 = valid35 || _valid3;
	if(!valid35){
	const err13 = REJECTED;
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
	if(errors === _errs129){
	if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
	if(((data54.id === undefined) && ("id")) || ((data54.hardware === undefined) && ("hardware"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs134 = errors;
	for(const key6 in data54){
	if(!(((((key6 === "id") || (key6 === "name")) || (key6 === "keys")) || (key6 === "identities")) || (key6 === "hardware"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs134 === errors){
	if(data54.id !== undefined){
	let data55 = data54.id;
	const _errs135 = errors;
	if(errors === _errs135){
	if(typeof data55 === "string"){
	if(func2(data55) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data55) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs135 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data54.name !== undefined){
	let data56 = data54.name;
	const _errs137 = errors;
	if(errors === _errs137){
	if(typeof data56 === "string"){
	if(func2(data56) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data56) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs137 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data54.keys !== undefined){
	let data57 = data54.keys;
	const _errs139 = errors;
	if(errors === _errs139){
	if(Array.isArray(data57)){
	if(data57.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid37 = true;
	const len13 = data57.length;
	for(let i18=0; i18<len13; i18++){
	let data58 = data57[i18];
	const _errs141 = errors;
	if(errors === _errs141){
	if(typeof data58 === "string"){
	if(func2(data58) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data58) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid37 = _errs141 === errors;
	if(!valid37){
	break;
	}
	}
	if(valid37){
	let i19 = data57.length;
	if(i19 > 1){
	const indices3 = {};
	for(;i19--;){
	let item3 = data57[i19];
	if(typeof item3 !== "string"){
	continue;
	}
	if(typeof indices3[item3] == "number"){
	indices3[item3];
	validate21.errors = [REJECTED];
	return false;
	}
	indices3[item3] = i19;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs139 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data54.identities !== undefined){
	let data59 = data54.identities;
	const _errs143 = errors;
	if(errors === _errs143){
	if(Array.isArray(data59)){
	if(data59.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid39 = true;
	const len14 = data59.length;
	for(let i20=0; i20<len14; i20++){
	let data60 = data59[i20];
	const _errs145 = errors;
	if(errors === _errs145){
	if(typeof data60 === "string"){
	if(func2(data60) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data60) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid39 = _errs145 === errors;
	if(!valid39){
	break;
	}
	}
	if(valid39){
	let i21 = data59.length;
	if(i21 > 1){
	const indices4 = {};
	for(;i21--;){
	let item4 = data59[i21];
	if(typeof item4 !== "string"){
	continue;
	}
	if(typeof indices4[item4] == "number"){
	indices4[item4];
	validate21.errors = [REJECTED];
	return false;
	}
	indices4[item4] = i21;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs143 === errors;
	}
	else {
	var valid36 = true;
	}
	if(valid36){
	if(data54.hardware !== undefined){
	let data61 = data54.hardware;
	const _errs147 = errors;
	if(errors === _errs147){
	if(Array.isArray(data61)){
	if(data61.length > 10000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data61.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid41 = true;
	const len15 = data61.length;
	for(let i22=0; i22<len15; i22++){
	let data62 = data61[i22];
	const _errs149 = errors;
	if(errors === _errs149){
	if(typeof data62 === "string"){
	if(func2(data62) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data62) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid41 = _errs149 === errors;
	if(!valid41){
	break;
	}
	}
	if(valid41){
	let i23 = data61.length;
	if(i23 > 1){
	const indices5 = {};
	for(;i23--;){
	let item5 = data61[i23];
	if(typeof item5 !== "string"){
	continue;
	}
	if(typeof indices5[item5] == "number"){
	indices5[item5];
	validate21.errors = [REJECTED];
	return false;
	}
	indices5[item5] = i23;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid36 = _errs147 === errors;
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
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid33 = _errs128 === errors;
	if(!valid33){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs126 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.deploymentSystems !== undefined){
	let data63 = data.deploymentSystems;
	const _errs151 = errors;
	if(errors === _errs151){
	if(Array.isArray(data63)){
	if(data63.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid43 = true;
	const len16 = data63.length;
	for(let i24=0; i24<len16; i24++){
	let data64 = data63[i24];
	const _errs153 = errors;
	const _errs154 = errors;
	const _errs156 = errors;
	let valid45 = false;
	const _errs157 = errors;
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if((data64.keys === undefined) && ("keys")){
	const err14 = REJECTED;
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	var _valid4 = _errs157 === errors;
	valid45 = valid45 || _valid4;
	const _errs158 = errors;
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if((data64.identities === undefined) && ("identities")){
	const err15 = REJECTED;
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	var _valid4 = _errs158 === errors;
	valid45 = valid45 || _valid4;
	if(!valid45){
	const err16 = REJECTED;
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
	if(errors === _errs154){
	if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
	if(((data64.id === undefined) && ("id")) || ((data64.hardware === undefined) && ("hardware"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs159 = errors;
	for(const key7 in data64){
	if(!(((((key7 === "id") || (key7 === "name")) || (key7 === "keys")) || (key7 === "identities")) || (key7 === "hardware"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs159 === errors){
	if(data64.id !== undefined){
	let data65 = data64.id;
	const _errs160 = errors;
	if(errors === _errs160){
	if(typeof data65 === "string"){
	if(func2(data65) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data65) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs160 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data64.name !== undefined){
	let data66 = data64.name;
	const _errs162 = errors;
	if(errors === _errs162){
	if(typeof data66 === "string"){
	if(func2(data66) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data66) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs162 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data64.keys !== undefined){
	let data67 = data64.keys;
	const _errs164 = errors;
	if(errors === _errs164){
	if(Array.isArray(data67)){
	if(data67.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid47 = true;
	const len17 = data67.length;
	for(let i25=0; i25<len17; i25++){
	let data68 = data67[i25];
	const _errs166 = errors;
	if(errors === _errs166){
	if(typeof data68 === "string"){
	if(func2(data68) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data68) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid47 = _errs166 === errors;
	if(!valid47){
	break;
	}
	}
	if(valid47){
	let i26 = data67.length;
	if(i26 > 1){
	const indices6 = {};
	for(;i26--;){
	let item6 = data67[i26];
	if(typeof item6 !== "string"){
	continue;
	}
	if(typeof indices6[item6] == "number"){
	indices6[item6];
	validate21.errors = [REJECTED];
	return false;
	}
	indices6[item6] = i26;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs164 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data64.identities !== undefined){
	let data69 = data64.identities;
	const _errs168 = errors;
	if(errors === _errs168){
	if(Array.isArray(data69)){
	if(data69.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid49 = true;
	const len18 = data69.length;
	for(let i27=0; i27<len18; i27++){
	let data70 = data69[i27];
	const _errs170 = errors;
	if(errors === _errs170){
	if(typeof data70 === "string"){
	if(func2(data70) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data70) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid49 = _errs170 === errors;
	if(!valid49){
	break;
	}
	}
	if(valid49){
	let i28 = data69.length;
	if(i28 > 1){
	const indices7 = {};
	for(;i28--;){
	let item7 = data69[i28];
	if(typeof item7 !== "string"){
	continue;
	}
	if(typeof indices7[item7] == "number"){
	indices7[item7];
	validate21.errors = [REJECTED];
	return false;
	}
	indices7[item7] = i28;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs168 === errors;
	}
	else {
	var valid46 = true;
	}
	if(valid46){
	if(data64.hardware !== undefined){
	let data71 = data64.hardware;
	const _errs172 = errors;
	if(errors === _errs172){
	if(Array.isArray(data71)){
	if(data71.length > 10000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data71.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid51 = true;
	const len19 = data71.length;
	for(let i29=0; i29<len19; i29++){
	let data72 = data71[i29];
	const _errs174 = errors;
	if(errors === _errs174){
	if(typeof data72 === "string"){
	if(func2(data72) > 200){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data72) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid51 = _errs174 === errors;
	if(!valid51){
	break;
	}
	}
	if(valid51){
	let i30 = data71.length;
	if(i30 > 1){
	const indices8 = {};
	for(;i30--;){
	let item8 = data71[i30];
	if(typeof item8 !== "string"){
	continue;
	}
	if(typeof indices8[item8] == "number"){
	indices8[item8];
	validate21.errors = [REJECTED];
	return false;
	}
	indices8[item8] = i30;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid46 = _errs172 === errors;
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
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid43 = _errs153 === errors;
	if(!valid43){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs151 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirements !== undefined){
	let data73 = data.requirements;
	const _errs176 = errors;
	if(errors === _errs176){
	if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
	if((((data73.minimumMaturity === undefined) && ("minimumMaturity")) || ((data73.requiredControls === undefined) && ("requiredControls"))) || ((data73.requiredApprovals === undefined) && ("requiredApprovals"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs178 = errors;
	for(const key8 in data73){
	if(!(((((key8 === "minimumMaturity") || (key8 === "requiredControls")) || (key8 === "requiredApprovals")) || (key8 === "signedRecords")) || (key8 === "deploymentApprovalEnvironments"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs178 === errors){
	if(data73.minimumMaturity !== undefined){
	let data74 = data73.minimumMaturity;
	const _errs179 = errors;
	if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
	validate21.errors = [REJECTED];
	return false;
	}
	if(errors === _errs179){
	if((typeof data74 == "number") && (isFinite(data74))){
	if(data74 > 5 || isNaN(data74)){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data74 < 1 || isNaN(data74)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	var valid53 = _errs179 === errors;
	}
	else {
	var valid53 = true;
	}
	if(valid53){
	if(data73.requiredControls !== undefined){
	let data75 = data73.requiredControls;
	const _errs181 = errors;
	if(errors === _errs181){
	if(Array.isArray(data75)){
	if(data75.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid54 = true;
	const len20 = data75.length;
	for(let i31=0; i31<len20; i31++){
	let data76 = data75[i31];
	const _errs183 = errors;
	if(errors === _errs183){
	if(typeof data76 === "string"){
	if(func2(data76) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data76) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid54 = _errs183 === errors;
	if(!valid54){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid53 = _errs181 === errors;
	}
	else {
	var valid53 = true;
	}
	if(valid53){
	if(data73.requiredApprovals !== undefined){
	let data77 = data73.requiredApprovals;
	const _errs185 = errors;
	if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
	validate21.errors = [REJECTED];
	return false;
	}
	if(errors === _errs185){
	if((typeof data77 == "number") && (isFinite(data77))){
	if(data77 > 100 || isNaN(data77)){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data77 < 0 || isNaN(data77)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	var valid53 = _errs185 === errors;
	}
	else {
	var valid53 = true;
	}
	if(valid53){
	if(data73.signedRecords !== undefined){
	let data78 = data73.signedRecords;
	const _errs187 = errors;
	if(errors === _errs187){
	if(Array.isArray(data78)){
	if(data78.length > 7){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid55 = true;
	const len21 = data78.length;
	for(let i32=0; i32<len21; i32++){
	let data79 = data78[i32];
	const _errs189 = errors;
	if(!(((((((data79 === "signing-event") || (data79 === "release-approval")) || (data79 === "risk-acceptance")) || (data79 === "rollback-recovery-tests")) || (data79 === "deployment-records")) || (data79 === "customer-notification")) || (data79 === "affected-versions"))){
	validate21.errors = [REJECTED];
	return false;
	}
	var valid55 = _errs189 === errors;
	if(!valid55){
	break;
	}
	}
	if(valid55){
	let i33 = data78.length;
	let j11;
	if(i33 > 1){
	for(;i33--;){
	for(j11 = i33; j11--;){
	if(func0(data78[i33], data78[j11])){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid53 = _errs187 === errors;
	}
	else {
	var valid53 = true;
	}
	if(valid53){
	if(data73.deploymentApprovalEnvironments !== undefined){
	let data80 = data73.deploymentApprovalEnvironments;
	const _errs190 = errors;
	if(errors === _errs190){
	if(Array.isArray(data80)){
	if(data80.length > 100){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data80.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid57 = true;
	const len22 = data80.length;
	for(let i34=0; i34<len22; i34++){
	let data81 = data80[i34];
	const _errs192 = errors;
	if(errors === _errs192){
	if(typeof data81 === "string"){
	if(func2(data81) > 255){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data81) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid57 = _errs192 === errors;
	if(!valid57){
	break;
	}
	}
	if(valid57){
	let i35 = data80.length;
	if(i35 > 1){
	const indices9 = {};
	for(;i35--;){
	let item9 = data80[i35];
	if(typeof item9 !== "string"){
	continue;
	}
	if(typeof indices9[item9] == "number"){
	indices9[item9];
	validate21.errors = [REJECTED];
	return false;
	}
	indices9[item9] = i35;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid53 = _errs190 === errors;
	}
	else {
	var valid53 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs176 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requirementOverrides !== undefined){
	let data82 = data.requirementOverrides;
	const _errs194 = errors;
	if(errors === _errs194){
	if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
	if((data82.mayWeaken === undefined) && ("mayWeaken")){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs196 = errors;
	for(const key9 in data82){
	if(!(key9 === "mayWeaken")){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs196 === errors){
	if(data82.mayWeaken !== undefined){
	let data83 = data82.mayWeaken;
	const _errs197 = errors;
	if(errors === _errs197){
	if(Array.isArray(data83)){
	if(data83.length > 5){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid60 = true;
	const len23 = data83.length;
	for(let i36=0; i36<len23; i36++){
	let data84 = data83[i36];
	const _errs199 = errors;
	if(!(((((data84 === "minimumMaturity") || (data84 === "requiredControls")) || (data84 === "requiredApprovals")) || (data84 === "signedRecords")) || (data84 === "deploymentApprovalEnvironments"))){
	validate21.errors = [REJECTED];
	return false;
	}
	var valid60 = _errs199 === errors;
	if(!valid60){
	break;
	}
	}
	if(valid60){
	let i37 = data83.length;
	let j13;
	if(i37 > 1){
	for(;i37--;){
	for(j13 = i37; j13--;){
	if(func0(data83[i37], data83[j13])){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs194 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.products !== undefined){
	let data85 = data.products;
	const _errs200 = errors;
	if(errors === _errs200){
	if(Array.isArray(data85)){
	if(data85.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid62 = true;
	const len24 = data85.length;
	for(let i38=0; i38<len24; i38++){
	let data86 = data85[i38];
	const _errs202 = errors;
	if(errors === _errs202){
	if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
	if(((data86.id === undefined) && ("id")) || ((data86.versionScheme === undefined) && ("versionScheme"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs204 = errors;
	for(const key10 in data86){
	if(!((key10 === "id") || (key10 === "versionScheme"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs204 === errors){
	if(data86.id !== undefined){
	let data87 = data86.id;
	const _errs205 = errors;
	if(errors === _errs205){
	if(typeof data87 === "string"){
	if(func2(data87) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data87) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid63 = _errs205 === errors;
	}
	else {
	var valid63 = true;
	}
	if(valid63){
	if(data86.versionScheme !== undefined){
	let data88 = data86.versionScheme;
	const _errs207 = errors;
	if(!((data88 === "semver") || (data88 === "generic"))){
	validate21.errors = [REJECTED];
	return false;
	}
	var valid63 = _errs207 === errors;
	}
	else {
	var valid63 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid62 = _errs202 === errors;
	if(!valid62){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs200 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fleet !== undefined){
	let data89 = data.fleet;
	const _errs208 = errors;
	if(errors === _errs208){
	if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
	if((data89.cohorts === undefined) && ("cohorts")){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs210 = errors;
	for(const key11 in data89){
	if(!((key11 === "cohorts") || (key11 === "downgrades"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs210 === errors){
	if(data89.cohorts !== undefined){
	let data90 = data89.cohorts;
	const _errs211 = errors;
	if(errors === _errs211){
	if(Array.isArray(data90)){
	if(data90.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid65 = true;
	const len25 = data90.length;
	for(let i39=0; i39<len25; i39++){
	let data91 = data90[i39];
	const _errs213 = errors;
	if(errors === _errs213){
	if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
	if((((data91.product === undefined) && ("product")) || ((data91.cohort === undefined) && ("cohort"))) || ((data91.configurations === undefined) && ("configurations"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs215 = errors;
	for(const key12 in data91){
	if(!(((((key12 === "product") || (key12 === "cohort")) || (key12 === "allowPartial")) || (key12 === "approvedVersions")) || (key12 === "configurations"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs215 === errors){
	if(data91.product !== undefined){
	let data92 = data91.product;
	const _errs216 = errors;
	if(errors === _errs216){
	if(typeof data92 === "string"){
	if(func2(data92) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data92) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid66 = _errs216 === errors;
	}
	else {
	var valid66 = true;
	}
	if(valid66){
	if(data91.cohort !== undefined){
	let data93 = data91.cohort;
	const _errs218 = errors;
	if(errors === _errs218){
	if(typeof data93 === "string"){
	if(func2(data93) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data93) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid66 = _errs218 === errors;
	}
	else {
	var valid66 = true;
	}
	if(valid66){
	if(data91.allowPartial !== undefined){
	const _errs220 = errors;
	if(typeof data91.allowPartial !== "boolean"){
	validate21.errors = [REJECTED];
	return false;
	}
	var valid66 = _errs220 === errors;
	}
	else {
	var valid66 = true;
	}
	if(valid66){
	if(data91.approvedVersions !== undefined){
	let data95 = data91.approvedVersions;
	const _errs222 = errors;
	if(errors === _errs222){
	if(Array.isArray(data95)){
	if(data95.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid67 = true;
	const len26 = data95.length;
	for(let i40=0; i40<len26; i40++){
	let data96 = data95[i40];
	const _errs224 = errors;
	const _errs225 = errors;
	if(errors === _errs225){
	if(typeof data96 === "string"){
	if(func2(data96) > 256){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data96) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data96)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid67 = _errs224 === errors;
	if(!valid67){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid66 = _errs222 === errors;
	}
	else {
	var valid66 = true;
	}
	if(valid66){
	if(data91.configurations !== undefined){
	let data97 = data91.configurations;
	const _errs227 = errors;
	if(errors === _errs227){
	if(Array.isArray(data97)){
	if(data97.length > 50000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(data97.length < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid69 = true;
	const len27 = data97.length;
	for(let i41=0; i41<len27; i41++){
	let data98 = data97[i41];
	const _errs229 = errors;
	if(errors === _errs229){
	if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
	if((((data98.id === undefined) && ("id")) || ((data98.hardware === undefined) && ("hardware"))) || ((data98.version === undefined) && ("version"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs231 = errors;
	for(const key13 in data98){
	if(!(((key13 === "id") || (key13 === "hardware")) || (key13 === "version"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs231 === errors){
	if(data98.id !== undefined){
	let data99 = data98.id;
	const _errs232 = errors;
	if(errors === _errs232){
	if(typeof data99 === "string"){
	if(func2(data99) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data99) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid70 = _errs232 === errors;
	}
	else {
	var valid70 = true;
	}
	if(valid70){
	if(data98.hardware !== undefined){
	let data100 = data98.hardware;
	const _errs234 = errors;
	if(errors === _errs234){
	if(typeof data100 === "string"){
	if(func2(data100) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data100) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid70 = _errs234 === errors;
	}
	else {
	var valid70 = true;
	}
	if(valid70){
	if(data98.version !== undefined){
	let data101 = data98.version;
	const _errs236 = errors;
	const _errs237 = errors;
	if(errors === _errs237){
	if(typeof data101 === "string"){
	if(func2(data101) > 256){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data101) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data101)){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid70 = _errs236 === errors;
	}
	else {
	var valid70 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid69 = _errs229 === errors;
	if(!valid69){
	break;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid66 = _errs227 === errors;
	}
	else {
	var valid66 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid65 = _errs213 === errors;
	if(!valid65){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid64 = _errs211 === errors;
	}
	else {
	var valid64 = true;
	}
	if(valid64){
	if(data89.downgrades !== undefined){
	let data102 = data89.downgrades;
	const _errs239 = errors;
	if(errors === _errs239){
	if(Array.isArray(data102)){
	if(data102.length > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	var valid72 = true;
	const len28 = data102.length;
	for(let i42=0; i42<len28; i42++){
	let data103 = data102[i42];
	const _errs241 = errors;
	if(errors === _errs241){
	if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
	if(((data103.product === undefined) && ("product")) || ((data103.reason === undefined) && ("reason"))){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	const _errs243 = errors;
	for(const key14 in data103){
	if(!((key14 === "product") || (key14 === "reason"))){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	if(_errs243 === errors){
	if(data103.product !== undefined){
	let data104 = data103.product;
	const _errs244 = errors;
	if(errors === _errs244){
	if(typeof data104 === "string"){
	if(func2(data104) > 1000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data104) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid73 = _errs244 === errors;
	}
	else {
	var valid73 = true;
	}
	if(valid73){
	if(data103.reason !== undefined){
	let data105 = data103.reason;
	const _errs246 = errors;
	if(errors === _errs246){
	if(typeof data105 === "string"){
	if(func2(data105) > 10000){
	validate21.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data105) < 1){
	validate21.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid73 = _errs246 === errors;
	}
	else {
	var valid73 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid72 = _errs241 === errors;
	if(!valid72){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid64 = _errs239 === errors;
	}
	else {
	var valid64 = true;
	}
	}
	}
	}
	}
	else {
	validate21.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs208 === errors;
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
	validate21.errors = [REJECTED];
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
	const schema50 = {"properties":{"apiVersion":{"const":"update-gate.dev/policy-output/v1"},"decision":{"enum":["approve","conditional","reject"]},"summary":{"type":"string","minLength":1},"maturity":{"type":"object","additionalProperties":false,"required":["level","reason","controls","configurations"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1},"controls":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}},"configurations":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}}}},"controls":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","level","required"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["pass","fail","gap"]},"level":{"oneOf":[{"$ref":"#/$defs/level"},{"type":"null"}]},"required":{"type":"boolean"},"questions":{"type":"array","items":{"type":"string"}}}}},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","reasons","exception"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["approved","excluded","rejected"]},"reasons":{"$ref":"#/$defs/stringList"},"exception":{"type":["string","null"]},"waivers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["exception","waived","notWaived"],"properties":{"exception":{"type":"string","minLength":1},"waived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1}}}},"notWaived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message","why"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"why":{"enum":["not-in-waives","not-waivable"]}}}}}}}}}},"questions":{"type":"array","minItems":5,"maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["id","question","answer","reasons","evidence"],"properties":{"id":{"enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"question":{"type":"string","minLength":1},"answer":{"enum":["pass","fail","gap"]},"reasons":{"$ref":"#/$defs/stringList"},"evidence":{"$ref":"#/$defs/stringList"}}}},"conditions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","text","followUpBy"],"properties":{"id":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"text":{"type":"string","minLength":1},"followUpBy":{"type":["string","null"]},"remainOn":{"type":"string"},"mitigation":{"type":"string"},"acceptedBy":{"type":"string"}}}},"findings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","control","severity","message","evidence"],"properties":{"rule":{"type":"string","minLength":1},"control":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean"}}}},"fleet":{"type":"object","additionalProperties":false,"required":["inventory","cohort","covered","notCovered","unknown","note"],"properties":{"inventory":{"type":"boolean"},"cohort":{"type":"string"},"covered":{"type":"array","items":{"type":"string"}},"notCovered":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}},"note":{"type":"string","minLength":1}}}}};
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
	if(((data.level === undefined) && ("level")) || ((data.reason === undefined) && ("reason"))){
	validate23.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((key0 === "level") || (key0 === "reason"))){
	validate23.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.level !== undefined){
	let data0 = data.level;
	const _errs2 = errors;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	validate23.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	validate23.errors = [REJECTED];
	return false;
	}
	else {
	if(data0 < 1 || isNaN(data0)){
	validate23.errors = [REJECTED];
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
	validate23.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate23.errors = [REJECTED];
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
	validate23.errors = [REJECTED];
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
	if((((((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.decision === undefined) && ("decision"))) || ((data.summary === undefined) && ("summary"))) || ((data.maturity === undefined) && ("maturity"))) || ((data.controls === undefined) && ("controls"))) || ((data.configurations === undefined) && ("configurations"))) || ((data.questions === undefined) && ("questions"))) || ((data.conditions === undefined) && ("conditions"))) || ((data.findings === undefined) && ("findings"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema50.properties, key0))){
	validate22.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.apiVersion !== undefined){
	const _errs2 = errors;
	if("update-gate.dev/policy-output/v1" !== data.apiVersion){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	if(((((data3.level === undefined) && ("level")) || ((data3.reason === undefined) && ("reason"))) || ((data3.controls === undefined) && ("controls"))) || ((data3.configurations === undefined) && ("configurations"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs8 = errors;
	for(const key1 in data3){
	if(!((((key1 === "level") || (key1 === "reason")) || (key1 === "controls")) || (key1 === "configurations"))){
	validate22.errors = [REJECTED];
	return false;
	}
	}
	if(_errs8 === errors){
	if(data3.level !== undefined){
	let data4 = data3.level;
	const _errs9 = errors;
	const _errs10 = errors;
	if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
	validate22.errors = [REJECTED];
	return false;
	}
	if(errors === _errs10){
	if((typeof data4 == "number") && (isFinite(data4))){
	if(data4 > 5 || isNaN(data4)){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	if(data4 < 1 || isNaN(data4)){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if(((((data11.id === undefined) && ("id")) || ((data11.result === undefined) && ("result"))) || ((data11.level === undefined) && ("level"))) || ((data11.required === undefined) && ("required"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs26 = errors;
	for(const key4 in data11){
	if(!(((((key4 === "id") || (key4 === "result")) || (key4 === "level")) || (key4 === "required")) || (key4 === "questions"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	const _errs32 = errors;
	const _errs33 = errors;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	const err0 = REJECTED;
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
	const err1 = REJECTED;
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
	}
	var _valid0 = _errs32 === errors;
	if(_valid0){
	valid7 = true;
	}
	const _errs35 = errors;
	if(data14 !== null){
	const err3 = REJECTED;
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
	}
	else {
	if(_valid0){
	valid7 = true;
	}
	}
	if(!valid7){
	const err4 = REJECTED;
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid9 = _errs41 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if(((((data19.id === undefined) && ("id")) || ((data19.result === undefined) && ("result"))) || ((data19.reasons === undefined) && ("reasons"))) || ((data19.exception === undefined) && ("exception"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs47 = errors;
	for(const key5 in data19){
	if(!(((((key5 === "id") || (key5 === "result")) || (key5 === "reasons")) || (key5 === "exception")) || (key5 === "waivers"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs54 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if((((data26.exception === undefined) && ("exception")) || ((data26.waived === undefined) && ("waived"))) || ((data26.notWaived === undefined) && ("notWaived"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs62 = errors;
	for(const key6 in data26){
	if(!(((key6 === "exception") || (key6 === "waived")) || (key6 === "notWaived"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	if(((data29.rule === undefined) && ("rule")) || ((data29.message === undefined) && ("message"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs69 = errors;
	for(const key7 in data29){
	if(!((key7 === "rule") || (key7 === "message"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if((((data33.rule === undefined) && ("rule")) || ((data33.message === undefined) && ("message"))) || ((data33.why === undefined) && ("why"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs78 = errors;
	for(const key8 in data33){
	if(!(((key8 === "rule") || (key8 === "message")) || (key8 === "why"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	if(data37.length < 5){
	validate22.errors = [REJECTED];
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
	if((((((data38.id === undefined) && ("id")) || ((data38.question === undefined) && ("question"))) || ((data38.answer === undefined) && ("answer"))) || ((data38.reasons === undefined) && ("reasons"))) || ((data38.evidence === undefined) && ("evidence"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs88 = errors;
	for(const key9 in data38){
	if(!(((((key9 === "id") || (key9 === "question")) || (key9 === "answer")) || (key9 === "reasons")) || (key9 === "evidence"))){
	validate22.errors = [REJECTED];
	return false;
	}
	}
	if(_errs88 === errors){
	if(data38.id !== undefined){
	let data39 = data38.id;
	const _errs89 = errors;
	if(!(((((data39 === "approved-before-signing") || (data39 === "signed-by-authorized-key")) || (data39 === "affected-versions-mapped")) || (data39 === "rollback-recovery-tested")) || (data39 === "decisions-retained"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs96 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid25 = _errs101 === errors;
	if(!valid25){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if(((((data47.id === undefined) && ("id")) || ((data47.configuration === undefined) && ("configuration"))) || ((data47.text === undefined) && ("text"))) || ((data47.followUpBy === undefined) && ("followUpBy"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs107 = errors;
	for(const key10 in data47){
	if(!(((((((key10 === "id") || (key10 === "configuration")) || (key10 === "text")) || (key10 === "followUpBy")) || (key10 === "remainOn")) || (key10 === "mitigation")) || (key10 === "acceptedBy"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if((((((data56.rule === undefined) && ("rule")) || ((data56.control === undefined) && ("control"))) || ((data56.severity === undefined) && ("severity"))) || ((data56.message === undefined) && ("message"))) || ((data56.evidence === undefined) && ("evidence"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs126 = errors;
	for(const key11 in data56){
	if(!(((((((key11 === "rule") || (key11 === "control")) || (key11 === "severity")) || (key11 === "message")) || (key11 === "evidence")) || (key11 === "configuration")) || (key11 === "waivable"))){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid31 = _errs137 === errors;
	if(!valid31){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if(((((((data65.inventory === undefined) && ("inventory")) || ((data65.cohort === undefined) && ("cohort"))) || ((data65.covered === undefined) && ("covered"))) || ((data65.notCovered === undefined) && ("notCovered"))) || ((data65.unknown === undefined) && ("unknown"))) || ((data65.note === undefined) && ("note"))){
	validate22.errors = [REJECTED];
	return false;
	}
	else {
	const _errs145 = errors;
	for(const key12 in data65){
	if(!((((((key12 === "inventory") || (key12 === "cohort")) || (key12 === "covered")) || (key12 === "notCovered")) || (key12 === "unknown")) || (key12 === "note"))){
	validate22.errors = [REJECTED];
	return false;
	}
	}
	if(_errs145 === errors){
	if(data65.inventory !== undefined){
	const _errs146 = errors;
	if(typeof data65.inventory !== "boolean"){
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid33 = _errs152 === errors;
	if(!valid33){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid34 = _errs156 === errors;
	if(!valid34){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	var valid35 = _errs160 === errors;
	if(!valid35){
	break;
	}
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	validate22.errors = [REJECTED];
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
	if((((data.payload === undefined) && ("payload")) || ((data.payloadType === undefined) && ("payloadType"))) || ((data.signatures === undefined) && ("signatures"))){
	validate26.errors = [REJECTED];
	return false;
	}
	else {
	if(data.payload !== undefined){
	const _errs1 = errors;
	if(typeof data.payload !== "string"){
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
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
	if((data3.sig === undefined) && ("sig")){
	validate26.errors = [REJECTED];
	return false;
	}
	else {
	if(data3.keyid !== undefined){
	const _errs9 = errors;
	if(typeof data3.keyid !== "string"){
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
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
	validate26.errors = [REJECTED];
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
	const schema60 = {"properties":{"$schema":{"type":"string"},"apiVersion":{"const":"update-gate.dev/v1"},"kind":{"const":"SigningEvent"},"product":{"type":"string","minLength":1,"maxLength":1000},"version":{"$ref":"#/$defs/version"},"signer":{"type":"string","minLength":1,"maxLength":1000},"keyId":{"type":"string","minLength":1,"maxLength":1000},"time":{"$ref":"#/$defs/timestamp"},"subject":{"type":"string","minLength":1,"maxLength":1000}}};
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.version === undefined) && ("version"))) || ((data.signer === undefined) && ("signer"))) || ((data.keyId === undefined) && ("keyId"))) || ((data.time === undefined) && ("time"))) || ((data.subject === undefined) && ("subject"))){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(func1.call(schema60.properties, key0))){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate27.errors = [REJECTED];
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
	validate27.errors = [REJECTED];
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
	validate27.errors = [REJECTED];
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
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
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
	{
	if(typeof data4 === "string"){
	if(func2(data4) > 256){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern4.test(data4)){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signer !== undefined){
	let data5 = data.signer;
	const _errs11 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keyId !== undefined){
	let data6 = data.keyId;
	const _errs13 = errors;
	{
	if(typeof data6 === "string"){
	if(func2(data6) > 1000){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data6) < 1){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs13 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.time !== undefined){
	let data7 = data.time;
	const _errs15 = errors;
	{
	{
	if(typeof data7 === "string"){
	if(func2(data7) > 64){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data7))){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs15 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subject !== undefined){
	let data8 = data.subject;
	const _errs18 = errors;
	{
	if(typeof data8 === "string"){
	if(func2(data8) > 1000){
	validate27.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data8) < 1){
	validate27.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate27.errors = [REJECTED];
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
	}
	else {
	validate27.errors = [REJECTED];
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.version === undefined) && ("version"))) || ((data.approvedArtifacts === undefined) && ("approvedArtifacts"))) || ((data.approvals === undefined) && ("approvals"))){
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "version")) || (key0 === "approvedArtifacts")) || (key0 === "approvals"))){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data4)){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(data5.length < 1){
	validate28.errors = [REJECTED];
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
	if(((data6.name === undefined) && ("name")) || ((data6.sha256 === undefined) && ("sha256"))){
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	const _errs15 = errors;
	for(const key1 in data6){
	if(!((key1 === "name") || (key1 === "sha256"))){
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	if(!pattern18.test(data8)){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(data9.length < 1){
	validate28.errors = [REJECTED];
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
	if(((((data10.approver === undefined) && ("approver")) || ((data10.role === undefined) && ("role"))) || ((data10.decision === undefined) && ("decision"))) || ((data10.time === undefined) && ("time"))){
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	const _errs25 = errors;
	for(const key2 in data10){
	if(!(((((key2 === "approver") || (key2 === "role")) || (key2 === "decision")) || (key2 === "time")) || (key2 === "reference"))){
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data14))){
	validate28.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate28.errors = [REJECTED];
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
	if(func2(data15) < 1){
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
	var _valid0 = _errs36 === errors;
	valid8 = valid8 || _valid0;
	const _errs38 = errors;
	if(data15 !== null){
	const err3 = REJECTED;
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
	const err4 = REJECTED;
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	validate28.errors = [REJECTED];
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
	if((((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.fromVersion === undefined) && ("fromVersion"))) || ((data.toVersion === undefined) && ("toVersion"))) || ((data.rollbackConditions === undefined) && ("rollbackConditions"))) || ((data.results === undefined) && ("results"))){
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "rollbackConditions")) || (key0 === "results"))){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data4)){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data5)){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	if((data9.time === undefined) && ("time")){
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data11))){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	const err2 = REJECTED;
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
	validate29.errors = [REJECTED];
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
	const err5 = REJECTED;
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
	if(((((data9.configuration === undefined) && ("configuration")) || ((data9.hardware === undefined) && ("hardware"))) || ((data9.test === undefined) && ("test"))) || ((data9.outcome === undefined) && ("outcome"))){
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	const _errs37 = errors;
	for(const key1 in data9){
	if(!((((((key1 === "configuration") || (key1 === "hardware")) || (key1 === "test")) || (key1 === "outcome")) || (key1 === "time")) || (key1 === "reference"))){
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data14) < 1){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate29.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	const err6 = REJECTED;
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
	const err7 = REJECTED;
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
	const err8 = REJECTED;
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
	const err9 = REJECTED;
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
	const err10 = REJECTED;
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
	const err11 = REJECTED;
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
	const err12 = REJECTED;
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
	const err13 = REJECTED;
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
	const err14 = REJECTED;
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
	const err15 = REJECTED;
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	validate29.errors = [REJECTED];
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
	if(((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.vulnerabilities === undefined) && ("vulnerabilities"))){
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "format")) || (key0 === "product")) || (key0 === "vulnerabilities"))){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(data5.length < 1){
	validate30.errors = [REJECTED];
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
	if((((((data6.id === undefined) && ("id")) || ((data6.record === undefined) && ("record"))) || ((data6.ranges === undefined) && ("ranges"))) || ((data6.fixedIn === undefined) && ("fixedIn"))) || ((data6.remediation === undefined) && ("remediation"))){
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	const _errs13 = errors;
	for(const key1 in data6){
	if(!(((((key1 === "id") || (key1 === "record")) || (key1 === "ranges")) || (key1 === "fixedIn")) || (key1 === "remediation"))){
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data8) < 1){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(data9.length < 1){
	validate30.errors = [REJECTED];
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
	if(((data10.introduced === undefined) && ("introduced")) || ((data10.fixed === undefined) && ("fixed"))){
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	const _errs22 = errors;
	for(const key2 in data10){
	if(!((key2 === "introduced") || (key2 === "fixed"))){
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data11)){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate30.errors = [REJECTED];
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
	if(!pattern10.test(data12)){
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
	var _valid0 = _errs28 === errors;
	valid6 = valid6 || _valid0;
	const _errs31 = errors;
	if(data12 !== null){
	const err3 = REJECTED;
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
	const err4 = REJECTED;
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	const err5 = REJECTED;
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
	}
	else {
	const err7 = REJECTED;
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
	const err8 = REJECTED;
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
	const err9 = REJECTED;
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
	validate30.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data14) < 1){
	validate30.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	validate30.errors = [REJECTED];
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
	if(((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.status === undefined) && ("status"))) || ((data.scope === undefined) && ("scope"))) || ((data.audience === undefined) && ("audience"))) || ((data.text === undefined) && ("text"))){
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "status")) || (key0 === "scope")) || (key0 === "audience")) || (key0 === "text"))){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	if(((((data4.product === undefined) && ("product")) || ((data4.cohorts === undefined) && ("cohorts"))) || ((data4.configurations === undefined) && ("configurations"))) || ((data4.vulnerabilities === undefined) && ("vulnerabilities"))){
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!((((key1 === "product") || (key1 === "cohorts")) || (key1 === "configurations")) || (key1 === "vulnerabilities"))){
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data9) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate31.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate31.errors = [REJECTED];
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
	validate31.errors = [REJECTED];
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
	if(((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.cohort === undefined) && ("cohort"))) || ((data.records === undefined) && ("records"))) || ((data.retainedAt === undefined) && ("retainedAt"))){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "product")) || (key0 === "cohort")) || (key0 === "records")) || (key0 === "retainedAt"))){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate32.errors = [REJECTED];
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
	validate32.errors = [REJECTED];
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
	validate32.errors = [REJECTED];
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
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.cohort !== undefined){
	let data4 = data.cohort;
	const _errs8 = errors;
	if(errors === _errs8){
	if(typeof data4 === "string"){
	if(func2(data4) > 1000){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.records !== undefined){
	let data5 = data.records;
	const _errs10 = errors;
	if(errors === _errs10){
	if(Array.isArray(data5)){
	if(data5.length > 100000){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	const _errs12 = errors;
	if(errors === _errs12){
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if((((((data6.configuration === undefined) && ("configuration")) || ((data6.version === undefined) && ("version"))) || ((data6.time === undefined) && ("time"))) || ((data6.outcome === undefined) && ("outcome"))) || ((data6.devices === undefined) && ("devices"))){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	const _errs14 = errors;
	for(const key1 in data6){
	if(!((((((key1 === "configuration") || (key1 === "version")) || (key1 === "time")) || (key1 === "outcome")) || (key1 === "devices")) || (key1 === "reference"))){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	if(_errs14 === errors){
	if(data6.configuration !== undefined){
	let data7 = data6.configuration;
	const _errs15 = errors;
	if(errors === _errs15){
	if(typeof data7 === "string"){
	if(func2(data7) > 1000){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs15 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.version !== undefined){
	let data8 = data6.version;
	const _errs17 = errors;
	const _errs18 = errors;
	if(errors === _errs18){
	if(typeof data8 === "string"){
	if(func2(data8) > 64){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data8)){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs17 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.time !== undefined){
	let data9 = data6.time;
	const _errs20 = errors;
	const _errs21 = errors;
	if(errors === _errs21){
	if(errors === _errs21){
	if(typeof data9 === "string"){
	if(func2(data9) > 64){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data9))){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid2 = _errs20 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.outcome !== undefined){
	let data10 = data6.outcome;
	const _errs23 = errors;
	if(!(((data10 === "succeeded") || (data10 === "failed")) || (data10 === "rolled-back"))){
	validate32.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs23 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.devices !== undefined){
	let data11 = data6.devices;
	const _errs24 = errors;
	if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
	validate32.errors = [REJECTED];
	return false;
	}
	if(errors === _errs24){
	if((typeof data11 == "number") && (isFinite(data11))){
	if(data11 > 1000000000 || isNaN(data11)){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(data11 < 0 || isNaN(data11)){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	var valid2 = _errs24 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data6.reference !== undefined){
	let data12 = data6.reference;
	const _errs26 = errors;
	const _errs27 = errors;
	let valid5 = false;
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
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
	if(func2(data12) < 1){
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
	var _valid0 = _errs28 === errors;
	valid5 = valid5 || _valid0;
	const _errs30 = errors;
	if(data12 !== null){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs30 === errors;
	valid5 = valid5 || _valid0;
	if(!valid5){
	const err4 = REJECTED;
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
	var valid2 = _errs26 === errors;
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
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs12 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retainedAt !== undefined){
	let data13 = data.retainedAt;
	const _errs32 = errors;
	if(errors === _errs32){
	if(typeof data13 === "string"){
	if(func2(data13) > 1000){
	validate32.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate32.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate32.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs32 === errors;
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
	validate32.errors = [REJECTED];
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((data.product === undefined) && ("product")) || ((data.version === undefined) && ("version"))) || ((data.artifacts === undefined) && ("artifacts"))){
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((key0 === "$schema") || (key0 === "product")) || (key0 === "version")) || (key0 === "artifacts"))){
	validate33.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data1) < 1){
	validate33.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	if(!pattern10.test(data2)){
	validate33.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	if(data3.length < 1){
	validate33.errors = [REJECTED];
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
	if((((data4.name === undefined) && ("name")) || ((data4.size === undefined) && ("size"))) || ((data4.sha256 === undefined) && ("sha256"))){
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!(((key1 === "name") || (key1 === "size")) || (key1 === "sha256"))){
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate33.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data6 == "number") && (isFinite(data6))){
	if(data6 > 9007199254740991 || isNaN(data6)){
	validate33.errors = [REJECTED];
	return false;
	}
	else {
	if(data6 < 0 || isNaN(data6)){
	validate33.errors = [REJECTED];
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
	if(!pattern18.test(data7)){
	validate33.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
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
	validate33.errors = [REJECTED];
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
	const schema83 = {"properties":{"$schema":{"type":"string"},"apiVersion":{"const":"update-gate.dev/v1"},"kind":{"const":"RiskAcceptance"},"product":{"type":"string","minLength":1,"maxLength":1000},"toVersion":{"type":"string","minLength":1,"maxLength":256},"cohort":{"type":"string","minLength":1,"maxLength":1000},"acceptedBy":{"type":"string","minLength":1,"maxLength":1000},"acceptedAt":{"$ref":"#/$defs/timestamp"},"exceptions":{"type":"array","minItems":1,"maxItems":50000,"items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":200},"configuration":{"type":"string","minLength":1,"maxLength":200},"hardware":{"type":"string","minLength":1,"maxLength":1000},"reason":{"type":"string","minLength":1,"maxLength":10000},"mitigation":{"type":"string","minLength":1,"maxLength":10000},"remainOn":{"type":"string","minLength":1,"maxLength":256},"followUpBy":{"$ref":"#/$defs/timestamp"},"waives":{"type":"array","maxItems":1000,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}}},"required":["id","configuration","hardware","reason","mitigation","remainOn","followUpBy"]}}}};
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.kind === undefined) && ("kind"))) || ((data.product === undefined) && ("product"))) || ((data.toVersion === undefined) && ("toVersion"))) || ((data.cohort === undefined) && ("cohort"))) || ((data.acceptedBy === undefined) && ("acceptedBy"))) || ((data.acceptedAt === undefined) && ("acceptedAt"))) || ((data.exceptions === undefined) && ("exceptions"))){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(func1.call(schema83.properties, key0))){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.$schema !== undefined){
	const _errs2 = errors;
	if(typeof data.$schema !== "string"){
	validate34.errors = [REJECTED];
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
	validate34.errors = [REJECTED];
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
	validate34.errors = [REJECTED];
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
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data3) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
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
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data4) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.cohort !== undefined){
	let data5 = data.cohort;
	const _errs10 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) > 1000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data5) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedBy !== undefined){
	let data6 = data.acceptedBy;
	const _errs12 = errors;
	{
	if(typeof data6 === "string"){
	if(func2(data6) > 1000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data6) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedAt !== undefined){
	let data7 = data.acceptedAt;
	const _errs14 = errors;
	{
	{
	if(typeof data7 === "string"){
	if(func2(data7) > 64){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data7))){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data8 = data.exceptions;
	const _errs17 = errors;
	{
	if(Array.isArray(data8)){
	if(data8.length > 50000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(data8.length < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	var valid2 = true;
	const len0 = data8.length;
	for(let i0=0; i0<len0; i0++){
	let data9 = data8[i0];
	const _errs19 = errors;
	{
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if((((((((data9.id === undefined) && ("id")) || ((data9.configuration === undefined) && ("configuration"))) || ((data9.hardware === undefined) && ("hardware"))) || ((data9.reason === undefined) && ("reason"))) || ((data9.mitigation === undefined) && ("mitigation"))) || ((data9.remainOn === undefined) && ("remainOn"))) || ((data9.followUpBy === undefined) && ("followUpBy"))){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	for(const key1 in data9){
	if(!((((((((key1 === "id") || (key1 === "configuration")) || (key1 === "hardware")) || (key1 === "reason")) || (key1 === "mitigation")) || (key1 === "remainOn")) || (key1 === "followUpBy")) || (key1 === "waives"))){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data9.id !== undefined){
	let data10 = data9.id;
	const _errs22 = errors;
	{
	if(typeof data10 === "string"){
	if(func2(data10) > 200){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data10) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs22 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.configuration !== undefined){
	let data11 = data9.configuration;
	const _errs24 = errors;
	{
	if(typeof data11 === "string"){
	if(func2(data11) > 200){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data11) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs24 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.hardware !== undefined){
	let data12 = data9.hardware;
	const _errs26 = errors;
	{
	if(typeof data12 === "string"){
	if(func2(data12) > 1000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data12) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs26 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.reason !== undefined){
	let data13 = data9.reason;
	const _errs28 = errors;
	{
	if(typeof data13 === "string"){
	if(func2(data13) > 10000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data13) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs28 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.mitigation !== undefined){
	let data14 = data9.mitigation;
	const _errs30 = errors;
	{
	if(typeof data14 === "string"){
	if(func2(data14) > 10000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data14) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs30 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.remainOn !== undefined){
	let data15 = data9.remainOn;
	const _errs32 = errors;
	{
	if(typeof data15 === "string"){
	if(func2(data15) > 256){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data15) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs32 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.followUpBy !== undefined){
	let data16 = data9.followUpBy;
	const _errs34 = errors;
	{
	{
	if(typeof data16 === "string"){
	if(func2(data16) > 64){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data16))){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid3 = _errs34 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data9.waives !== undefined){
	let data17 = data9.waives;
	const _errs37 = errors;
	{
	if(Array.isArray(data17)){
	if(data17.length > 1000){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	var valid5 = true;
	const len1 = data17.length;
	for(let i1=0; i1<len1; i1++){
	let data18 = data17[i1];
	const _errs39 = errors;
	{
	if(typeof data18 === "string"){
	if(func2(data18) > 200){
	validate34.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data18) < 1){
	validate34.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid5 = _errs39 === errors;
	if(!valid5){
	break;
	}
	}
	if(valid5){
	let i2 = data17.length;
	if(i2 > 1){
	const indices0 = {};
	for(;i2--;){
	let item0 = data17[i2];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	indices0[item0];
	validate34.errors = [REJECTED];
	return false;
	}
	indices0[item0] = i2;
	}
	}
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs37 === errors;
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
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs19 === errors;
	if(!valid2){
	break;
	}
	}
	}
	}
	}
	else {
	validate34.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs17 === errors;
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
	validate34.errors = [REJECTED];
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
	if(((data.result === undefined) && ("result")) || ((data.configuration === undefined) && ("configuration"))){
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	if(data.result !== undefined){
	let data0 = data.result;
	const _errs1 = errors;
	if(!(((data0 === "PASSED") || (data0 === "WARNED")) || (data0 === "FAILED"))){
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	if(data1.length < 1){
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	const _errs4 = errors;
	if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
	validate35.errors = [REJECTED];
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
	if(((data3.name === undefined) && ("name")) || ((data3.annotations === undefined) && ("annotations"))){
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
	if(data3.name !== undefined){
	const _errs10 = errors;
	if("update-gate:test-target" !== data3.name){
	const err1 = REJECTED;
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
	if((((((((data5.configuration === undefined) && ("configuration")) || ((data5.hardware === undefined) && ("hardware"))) || ((data5.product === undefined) && ("product"))) || ((data5.fromVersion === undefined) && ("fromVersion"))) || ((data5.toVersion === undefined) && ("toVersion"))) || ((data5.time === undefined) && ("time"))) || ((data5.rollbackConditions === undefined) && ("rollbackConditions"))){
	const err2 = REJECTED;
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
	const err3 = REJECTED;
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
	const err4 = REJECTED;
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
	const err5 = REJECTED;
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
	const err7 = REJECTED;
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
	const err8 = REJECTED;
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
	const err9 = REJECTED;
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
	const err10 = REJECTED;
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
	const err11 = REJECTED;
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
	const err12 = REJECTED;
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
	const err13 = REJECTED;
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
	const err14 = REJECTED;
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
	const err15 = REJECTED;
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
	const err16 = REJECTED;
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
	const err17 = REJECTED;
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
	const err18 = REJECTED;
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
	const err19 = REJECTED;
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
	const err20 = REJECTED;
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
	const err21 = REJECTED;
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
	const err22 = REJECTED;
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
	const err23 = REJECTED;
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
	const err24 = REJECTED;
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
	const err25 = REJECTED;
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
	const err26 = REJECTED;
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
	const err27 = REJECTED;
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
	const err28 = REJECTED;
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
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	var valid8 = true;
	const len3 = data15.length;
	for(let i3=0; i3<len3; i3++){
	let data16 = data15[i3];
	const _errs35 = errors;
	if(!((data16 === "rollback") || (data16 === "recovery"))){
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	var valid11 = true;
	const len4 = data17.length;
	for(let i5=0; i5<len4; i5++){
	let data18 = data17[i5];
	const _errs39 = errors;
	if(!((data18 === "rollback") || (data18 === "recovery"))){
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	else {
	var valid14 = true;
	const len5 = data19.length;
	for(let i7=0; i7<len5; i7++){
	let data20 = data19[i7];
	const _errs43 = errors;
	if(!((data20 === "rollback") || (data20 === "recovery"))){
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate35.errors = [REJECTED];
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
	validate35.errors = [REJECTED];
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
