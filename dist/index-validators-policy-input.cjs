(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsPolicyInput = {};

var hasRequiredValidatorsPolicyInput;

function requireValidatorsPolicyInput () {
	if (hasRequiredValidatorsPolicyInput) return validatorsPolicyInput;
	hasRequiredValidatorsPolicyInput = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsPolicyInput.policyInput = () => {
	  const exports = {};
	exports.policyInput = validate36;
	const schema91 = {"properties":{"github":{"properties":{"event":{"type":"string"},"repository":{"type":"string"},"pullRequest":{"type":"integer","minimum":1},"runId":{"type":"integer","minimum":1},"headSha":{"$ref":"#/$defs/gitSha"},"evidenceSha":{"oneOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"author":{"type":["string","null"]},"reviews":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["login","state","commitId","submittedAt","byAuthor"],"properties":{"login":{"type":"string","minLength":1},"state":{"enum":["APPROVED","CHANGES_REQUESTED","DISMISSED"]},"commitId":{"oneOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"submittedAt":{"type":["string","null"]},"byAuthor":{"type":"boolean"}}}},"pushes":{"type":"object","additionalProperties":false,"required":["branch","logins","headPushed"],"properties":{"branch":{"type":["string","null"]},"logins":{"type":"array","items":{"type":"string","minLength":1}},"headPushed":{"type":"boolean"}}},"deploymentApprovals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["login","state","environments","comment","byAuthor"],"properties":{"login":{"type":"string","minLength":1},"state":{"enum":["approved","rejected","pending"]},"environments":{"type":"array","items":{"type":"string"}},"comment":{"type":"string"},"byAuthor":{"type":"boolean"}}}}}}}};
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const pattern27 = new RegExp("Z$", "u");
	const pattern67 = new RegExp("^[0-9a-f]{40}$", "u");
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const schema93 = {"properties":{"index":{"const":"update-evidence.yaml"},"indexSha256":{"$ref":"#/$defs/sha256"},"decisionSupported":{"type":"string"},"threats":{"type":"array","items":{"type":"string"}},"controls":{"type":"array","items":{"type":"string"}},"scope":{"type":"object","additionalProperties":false,"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"],"properties":{"product":{"type":"string"},"fromVersion":{"$ref":"#/$defs/semver"},"toVersion":{"$ref":"#/$defs/semver"},"cohort":{"type":"string"},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","hardware"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hardware":{"type":"string"}}}},"vulnerabilities":{"type":"array","items":{"type":"string"}},"versionScheme":{"enum":["semver","generic"]},"identifiers":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"purl":{"type":"string"},"cpe":{"type":"string"},"csafProductId":{"type":"string"},"version":{"type":"string"},"name":{"type":"string"},"vendor":{"type":"string"},"ecosystem":{"type":"string"}}}}}},"producers":{"type":"array","items":{"$ref":"#/$defs/party"}},"consumers":{"type":"array","items":{"$ref":"#/$defs/party"}},"verificationMethod":{"type":"array","items":{"type":"string"}},"knownGaps":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","description","configurations"],"properties":{"id":{"type":"string"},"description":{"type":"string"},"configurations":{"type":"array","items":{"type":"string"}}}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"],"properties":{"id":{"type":"string"},"configuration":{"type":"string"},"reason":{"type":"string"},"mitigation":{"type":"string"},"remainOn":{"$ref":"#/$defs/semver"},"followUpBy":{"$ref":"#/$defs/timestamp"},"acceptedBy":{"type":"string"},"acceptedAt":{"$ref":"#/$defs/timestamp"},"waives":{"type":"array","items":{"type":"string"}}}}},"retention":{"anyOf":[{"type":"object","additionalProperties":false,"required":["owners","locations"],"properties":{"owners":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]}}};
	const func1 = Object.prototype.hasOwnProperty;
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");

	function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate37.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((((((((data.index === undefined) && ("index")) || ((data.indexSha256 === undefined) && ("indexSha256"))) || ((data.decisionSupported === undefined) && ("decisionSupported"))) || ((data.threats === undefined) && ("threats"))) || ((data.controls === undefined) && ("controls"))) || ((data.scope === undefined) && ("scope"))) || ((data.producers === undefined) && ("producers"))) || ((data.consumers === undefined) && ("consumers"))) || ((data.verificationMethod === undefined) && ("verificationMethod"))) || ((data.knownGaps === undefined) && ("knownGaps"))) || ((data.exceptions === undefined) && ("exceptions"))) || ((data.retention === undefined) && ("retention"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema93.properties, key0))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.index !== undefined){
	const _errs2 = errors;
	if("update-evidence.yaml" !== data.index){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.indexSha256 !== undefined){
	let data1 = data.indexSha256;
	const _errs3 = errors;
	const _errs4 = errors;
	if(errors === _errs4){
	if(typeof data1 === "string"){
	if(!pattern18.test(data1)){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.decisionSupported !== undefined){
	const _errs6 = errors;
	if(typeof data.decisionSupported !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.threats !== undefined){
	let data3 = data.threats;
	const _errs8 = errors;
	if(errors === _errs8){
	if(Array.isArray(data3)){
	var valid2 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	const _errs10 = errors;
	if(typeof data3[i0] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs10 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
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
	let data5 = data.controls;
	const _errs12 = errors;
	if(errors === _errs12){
	if(Array.isArray(data5)){
	var valid3 = true;
	const len1 = data5.length;
	for(let i1=0; i1<len1; i1++){
	const _errs14 = errors;
	if(typeof data5[i1] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs14 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
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
	let data7 = data.scope;
	const _errs16 = errors;
	if(errors === _errs16){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((((((data7.product === undefined) && ("product")) || ((data7.fromVersion === undefined) && ("fromVersion"))) || ((data7.toVersion === undefined) && ("toVersion"))) || ((data7.cohort === undefined) && ("cohort"))) || ((data7.configurations === undefined) && ("configurations"))) || ((data7.vulnerabilities === undefined) && ("vulnerabilities"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs18 = errors;
	for(const key1 in data7){
	if(!((((((((key1 === "product") || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort")) || (key1 === "configurations")) || (key1 === "vulnerabilities")) || (key1 === "versionScheme")) || (key1 === "identifiers"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs18 === errors){
	if(data7.product !== undefined){
	const _errs19 = errors;
	if(typeof data7.product !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs19 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.fromVersion !== undefined){
	let data9 = data7.fromVersion;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs21 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.toVersion !== undefined){
	let data10 = data7.toVersion;
	const _errs24 = errors;
	const _errs25 = errors;
	if(errors === _errs25){
	if(typeof data10 === "string"){
	if(!pattern4.test(data10)){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs24 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.cohort !== undefined){
	const _errs27 = errors;
	if(typeof data7.cohort !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs27 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.configurations !== undefined){
	let data12 = data7.configurations;
	const _errs29 = errors;
	if(errors === _errs29){
	if(Array.isArray(data12)){
	var valid7 = true;
	const len2 = data12.length;
	for(let i2=0; i2<len2; i2++){
	let data13 = data12[i2];
	const _errs31 = errors;
	if(errors === _errs31){
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if((((data13.id === undefined) && ("id")) || ((data13.name === undefined) && ("name"))) || ((data13.hardware === undefined) && ("hardware"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs33 = errors;
	for(const key2 in data13){
	if(!(((key2 === "id") || (key2 === "name")) || (key2 === "hardware"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs33 === errors){
	if(data13.id !== undefined){
	const _errs34 = errors;
	if(typeof data13.id !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs34 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data13.name !== undefined){
	const _errs36 = errors;
	if(typeof data13.name !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs36 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data13.hardware !== undefined){
	const _errs38 = errors;
	if(typeof data13.hardware !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs38 === errors;
	}
	else {
	var valid8 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid7 = _errs31 === errors;
	if(!valid7){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs29 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.vulnerabilities !== undefined){
	let data17 = data7.vulnerabilities;
	const _errs40 = errors;
	if(errors === _errs40){
	if(Array.isArray(data17)){
	var valid9 = true;
	const len3 = data17.length;
	for(let i3=0; i3<len3; i3++){
	const _errs42 = errors;
	if(typeof data17[i3] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid9 = _errs42 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs40 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.versionScheme !== undefined){
	let data19 = data7.versionScheme;
	const _errs44 = errors;
	if(!((data19 === "semver") || (data19 === "generic"))){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs44 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.identifiers !== undefined){
	let data20 = data7.identifiers;
	const _errs45 = errors;
	if(errors === _errs45){
	if(Array.isArray(data20)){
	var valid10 = true;
	const len4 = data20.length;
	for(let i4=0; i4<len4; i4++){
	let data21 = data20[i4];
	const _errs47 = errors;
	if(errors === _errs47){
	if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
	const _errs49 = errors;
	for(const key3 in data21){
	if(!(((((((key3 === "purl") || (key3 === "cpe")) || (key3 === "csafProductId")) || (key3 === "version")) || (key3 === "name")) || (key3 === "vendor")) || (key3 === "ecosystem"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs49 === errors){
	if(data21.purl !== undefined){
	const _errs50 = errors;
	if(typeof data21.purl !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs50 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.cpe !== undefined){
	const _errs52 = errors;
	if(typeof data21.cpe !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs52 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.csafProductId !== undefined){
	const _errs54 = errors;
	if(typeof data21.csafProductId !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs54 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.version !== undefined){
	const _errs56 = errors;
	if(typeof data21.version !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs56 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.name !== undefined){
	const _errs58 = errors;
	if(typeof data21.name !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs58 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.vendor !== undefined){
	const _errs60 = errors;
	if(typeof data21.vendor !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs60 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data21.ecosystem !== undefined){
	const _errs62 = errors;
	if(typeof data21.ecosystem !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs62 === errors;
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
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid10 = _errs47 === errors;
	if(!valid10){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs45 === errors;
	}
	else {
	var valid4 = true;
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
	validate37.errors = [REJECTED];
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
	let data29 = data.producers;
	const _errs64 = errors;
	if(errors === _errs64){
	if(Array.isArray(data29)){
	var valid12 = true;
	const len5 = data29.length;
	for(let i5=0; i5<len5; i5++){
	let data30 = data29[i5];
	const _errs66 = errors;
	const _errs67 = errors;
	if(errors === _errs67){
	if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
	if((((data30.id === undefined) && ("id")) || ((data30.name === undefined) && ("name"))) || ((data30.role === undefined) && ("role"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs69 = errors;
	for(const key4 in data30){
	if(!(((key4 === "id") || (key4 === "name")) || (key4 === "role"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs69 === errors){
	if(data30.id !== undefined){
	const _errs70 = errors;
	if(typeof data30.id !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs70 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data30.name !== undefined){
	const _errs72 = errors;
	if(typeof data30.name !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs72 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data30.role !== undefined){
	const _errs74 = errors;
	if(typeof data30.role !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs74 === errors;
	}
	else {
	var valid14 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid12 = _errs66 === errors;
	if(!valid12){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs64 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.consumers !== undefined){
	let data34 = data.consumers;
	const _errs76 = errors;
	if(errors === _errs76){
	if(Array.isArray(data34)){
	var valid15 = true;
	const len6 = data34.length;
	for(let i6=0; i6<len6; i6++){
	let data35 = data34[i6];
	const _errs78 = errors;
	const _errs79 = errors;
	if(errors === _errs79){
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if((((data35.id === undefined) && ("id")) || ((data35.name === undefined) && ("name"))) || ((data35.role === undefined) && ("role"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs81 = errors;
	for(const key5 in data35){
	if(!(((key5 === "id") || (key5 === "name")) || (key5 === "role"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs81 === errors){
	if(data35.id !== undefined){
	const _errs82 = errors;
	if(typeof data35.id !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs82 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data35.name !== undefined){
	const _errs84 = errors;
	if(typeof data35.name !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs84 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data35.role !== undefined){
	const _errs86 = errors;
	if(typeof data35.role !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs86 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs78 === errors;
	if(!valid15){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs76 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.verificationMethod !== undefined){
	let data39 = data.verificationMethod;
	const _errs88 = errors;
	if(errors === _errs88){
	if(Array.isArray(data39)){
	var valid18 = true;
	const len7 = data39.length;
	for(let i7=0; i7<len7; i7++){
	const _errs90 = errors;
	if(typeof data39[i7] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid18 = _errs90 === errors;
	if(!valid18){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs88 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.knownGaps !== undefined){
	let data41 = data.knownGaps;
	const _errs92 = errors;
	if(errors === _errs92){
	if(Array.isArray(data41)){
	var valid19 = true;
	const len8 = data41.length;
	for(let i8=0; i8<len8; i8++){
	let data42 = data41[i8];
	const _errs94 = errors;
	if(errors === _errs94){
	if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
	if((((data42.id === undefined) && ("id")) || ((data42.description === undefined) && ("description"))) || ((data42.configurations === undefined) && ("configurations"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs96 = errors;
	for(const key6 in data42){
	if(!(((key6 === "id") || (key6 === "description")) || (key6 === "configurations"))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs96 === errors){
	if(data42.id !== undefined){
	const _errs97 = errors;
	if(typeof data42.id !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid20 = _errs97 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data42.description !== undefined){
	const _errs99 = errors;
	if(typeof data42.description !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid20 = _errs99 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data42.configurations !== undefined){
	let data45 = data42.configurations;
	const _errs101 = errors;
	if(errors === _errs101){
	if(Array.isArray(data45)){
	var valid21 = true;
	const len9 = data45.length;
	for(let i9=0; i9<len9; i9++){
	const _errs103 = errors;
	if(typeof data45[i9] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid21 = _errs103 === errors;
	if(!valid21){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid20 = _errs101 === errors;
	}
	else {
	var valid20 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid19 = _errs94 === errors;
	if(!valid19){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs92 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data47 = data.exceptions;
	const _errs105 = errors;
	if(errors === _errs105){
	if(Array.isArray(data47)){
	var valid22 = true;
	const len10 = data47.length;
	for(let i10=0; i10<len10; i10++){
	let data48 = data47[i10];
	const _errs107 = errors;
	if(errors === _errs107){
	if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
	if(((((((((data48.id === undefined) && ("id")) || ((data48.configuration === undefined) && ("configuration"))) || ((data48.reason === undefined) && ("reason"))) || ((data48.mitigation === undefined) && ("mitigation"))) || ((data48.remainOn === undefined) && ("remainOn"))) || ((data48.followUpBy === undefined) && ("followUpBy"))) || ((data48.acceptedBy === undefined) && ("acceptedBy"))) || ((data48.acceptedAt === undefined) && ("acceptedAt"))){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	const _errs109 = errors;
	for(const key7 in data48){
	if(!(func1.call(schema93.properties.exceptions.items.properties, key7))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	if(_errs109 === errors){
	if(data48.id !== undefined){
	const _errs110 = errors;
	if(typeof data48.id !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs110 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.configuration !== undefined){
	const _errs112 = errors;
	if(typeof data48.configuration !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs112 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.reason !== undefined){
	const _errs114 = errors;
	if(typeof data48.reason !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs114 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.mitigation !== undefined){
	const _errs116 = errors;
	if(typeof data48.mitigation !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs116 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.remainOn !== undefined){
	let data53 = data48.remainOn;
	const _errs118 = errors;
	const _errs119 = errors;
	if(errors === _errs119){
	if(typeof data53 === "string"){
	if(!pattern4.test(data53)){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs118 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.followUpBy !== undefined){
	let data54 = data48.followUpBy;
	const _errs121 = errors;
	const _errs122 = errors;
	if(errors === _errs122){
	if(errors === _errs122){
	if(typeof data54 === "string"){
	if(!pattern27.test(data54)){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data54))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid23 = _errs121 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.acceptedBy !== undefined){
	const _errs124 = errors;
	if(typeof data48.acceptedBy !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid23 = _errs124 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.acceptedAt !== undefined){
	let data56 = data48.acceptedAt;
	const _errs126 = errors;
	const _errs127 = errors;
	if(errors === _errs127){
	if(errors === _errs127){
	if(typeof data56 === "string"){
	if(!pattern27.test(data56)){
	validate37.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data56))){
	validate37.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid23 = _errs126 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data48.waives !== undefined){
	let data57 = data48.waives;
	const _errs129 = errors;
	if(errors === _errs129){
	if(Array.isArray(data57)){
	var valid27 = true;
	const len11 = data57.length;
	for(let i11=0; i11<len11; i11++){
	const _errs131 = errors;
	if(typeof data57[i11] !== "string"){
	validate37.errors = [REJECTED];
	return false;
	}
	var valid27 = _errs131 === errors;
	if(!valid27){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs129 === errors;
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
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid22 = _errs107 === errors;
	if(!valid22){
	break;
	}
	}
	}
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs105 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retention !== undefined){
	let data59 = data.retention;
	const _errs133 = errors;
	const _errs134 = errors;
	let valid28 = false;
	const _errs135 = errors;
	if(errors === _errs135){
	if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
	if(((data59.owners === undefined) && ("owners")) || ((data59.locations === undefined) && ("locations"))){
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
	const _errs137 = errors;
	for(const key8 in data59){
	if(!((key8 === "owners") || (key8 === "locations"))){
	const err1 = REJECTED;
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	break;
	}
	}
	if(_errs137 === errors){
	if(data59.owners !== undefined){
	let data60 = data59.owners;
	const _errs138 = errors;
	if(errors === _errs138){
	if(Array.isArray(data60)){
	var valid30 = true;
	const len12 = data60.length;
	for(let i12=0; i12<len12; i12++){
	const _errs140 = errors;
	if(typeof data60[i12] !== "string"){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var valid30 = _errs140 === errors;
	if(!valid30){
	break;
	}
	}
	}
	else {
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	var valid29 = _errs138 === errors;
	}
	else {
	var valid29 = true;
	}
	if(valid29){
	if(data59.locations !== undefined){
	let data62 = data59.locations;
	const _errs142 = errors;
	if(errors === _errs142){
	if(Array.isArray(data62)){
	var valid31 = true;
	const len13 = data62.length;
	for(let i13=0; i13<len13; i13++){
	const _errs144 = errors;
	if(typeof data62[i13] !== "string"){
	const err4 = REJECTED;
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	var valid31 = _errs144 === errors;
	if(!valid31){
	break;
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
	var valid29 = _errs142 === errors;
	}
	else {
	var valid29 = true;
	}
	}
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
	var _valid0 = _errs135 === errors;
	valid28 = valid28 || _valid0;
	const _errs146 = errors;
	if(data59 !== null){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var _valid0 = _errs146 === errors;
	valid28 = valid28 || _valid0;
	if(!valid28){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	validate37.errors = vErrors;
	return false;
	}
	else {
	errors = _errs134;
	if(vErrors !== null){
	if(_errs134){
	vErrors.length = _errs134;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs133 === errors;
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
	else {
	validate37.errors = [REJECTED];
	return false;
	}
	}
	validate37.errors = vErrors;
	return errors === 0;
	}
	validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema102 = {"properties":{"id":{"type":"string"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"]},"file":{"type":["string","null"]},"producer":{"type":"string"},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"controls":{"type":"array","items":{"type":"string"}},"present":{"type":"boolean"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"statement":{"type":["string","null"]},"record":{"anyOf":[{"$ref":"#/$defs/signingEvent"},{"$ref":"#/$defs/releaseApproval"},{"$ref":"#/$defs/rollbackRecoveryTests"},{"$ref":"#/$defs/affectedVersions"},{"$ref":"#/$defs/vexDocument"},{"$ref":"#/$defs/customerNotification"},{"$ref":"#/$defs/deploymentRecords"},{"$ref":"#/$defs/riskAcceptance"},{"type":"null"}]},"verification":{"anyOf":[{"$ref":"#/$defs/manifestVerification"},{"$ref":"#/$defs/provenanceVerification"},{"type":"null"}]},"alternatives":{"type":"array","maxItems":31,"items":{"$ref":"#/$defs/provenanceVerification"}},"attestation":{"anyOf":[{"$ref":"#/$defs/attestationFact"},{"type":"null"}]}}};
	const schema120 = {"properties":{"kind":{"const":"VexDocument"},"format":{"enum":["csaf","openvex","osv","cyclonedx-vex"]},"document":{"type":"string"},"versionScheme":{"enum":["semver","generic"]},"vulnerabilities":{"type":"array","items":{"type":"string"}},"statements":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["vulnerability","statement","product","identifier","status","justification","allVersions","versions","vers","ranges","fromVersion","toVersion"],"properties":{"vulnerability":{"type":"string"},"statement":{"type":"string"},"product":{"type":"string"},"identifier":{"type":"string"},"status":{"enum":["affected","not_affected","fixed","under_investigation"]},"justification":{"type":["string","null"]},"allVersions":{"type":"boolean"},"versions":{"type":"array","items":{"type":"string"}},"vers":{"type":"array","items":{"type":"string"}},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["introduced","fixed","lastAffected"],"properties":{"introduced":{"type":"string"},"fixed":{"type":["string","null"]},"lastAffected":{"type":["string","null"]}}}},"fromVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]},"toVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]}}}},"notThisProduct":{"type":"array","items":{"type":"string"}},"notThisProductCount":{"type":"integer","minimum":0},"unsupported":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["statement","vulnerability","status","product","reason"],"properties":{"statement":{"type":"string"},"vulnerability":{"type":"string"},"status":{"enum":["affected","not_affected","fixed","under_investigation"]},"product":{"type":"string"},"reason":{"type":"string"}}}}}};

	function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate40.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((((data.kind === undefined) && ("kind")) || ((data.product === undefined) && ("product"))) || ((data.version === undefined) && ("version"))) || ((data.signer === undefined) && ("signer"))) || ((data.keyId === undefined) && ("keyId"))) || ((data.time === undefined) && ("time"))) || ((data.subject === undefined) && ("subject"))){
	validate40.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((((key0 === "kind") || (key0 === "product")) || (key0 === "version")) || (key0 === "signer")) || (key0 === "keyId")) || (key0 === "time")) || (key0 === "subject"))){
	validate40.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("SigningEvent" !== data.kind){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs3 = errors;
	if(typeof data.product !== "string"){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.version !== undefined){
	const _errs5 = errors;
	if(typeof data.version !== "string"){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signer !== undefined){
	const _errs7 = errors;
	if(typeof data.signer !== "string"){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keyId !== undefined){
	const _errs9 = errors;
	if(typeof data.keyId !== "string"){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.time !== undefined){
	let data5 = data.time;
	const _errs11 = errors;
	{
	{
	if(typeof data5 === "string"){
	if(!pattern27.test(data5)){
	validate40.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data5))){
	validate40.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate40.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subject !== undefined){
	const _errs14 = errors;
	if(typeof data.subject !== "string"){
	validate40.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs14 === errors;
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
	validate40.errors = [REJECTED];
	return false;
	}
	}
	validate40.errors = vErrors;
	return errors === 0;
	}
	validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate42.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((data.kind === undefined) && ("kind")) || ((data.product === undefined) && ("product"))) || ((data.version === undefined) && ("version"))) || ((data.approvedArtifacts === undefined) && ("approvedArtifacts"))) || ((data.approvals === undefined) && ("approvals"))){
	validate42.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((key0 === "kind") || (key0 === "product")) || (key0 === "version")) || (key0 === "approvedArtifacts")) || (key0 === "approvals"))){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("ReleaseApproval" !== data.kind){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs3 = errors;
	if(typeof data.product !== "string"){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.version !== undefined){
	let data2 = data.version;
	const _errs5 = errors;
	{
	if(typeof data2 === "string"){
	if(!pattern4.test(data2)){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvedArtifacts !== undefined){
	let data3 = data.approvedArtifacts;
	const _errs8 = errors;
	{
	if(Array.isArray(data3)){
	var valid2 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs10 = errors;
	{
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(((data4.name === undefined) && ("name")) || ((data4.sha256 === undefined) && ("sha256"))){
	validate42.errors = [REJECTED];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!((key1 === "name") || (key1 === "sha256"))){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data4.name !== undefined){
	const _errs13 = errors;
	if(typeof data4.name !== "string"){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs13 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data4.sha256 !== undefined){
	let data6 = data4.sha256;
	const _errs15 = errors;
	{
	if(typeof data6 === "string"){
	if(!pattern18.test(data6)){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs15 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs10 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.approvals !== undefined){
	let data7 = data.approvals;
	const _errs18 = errors;
	{
	if(Array.isArray(data7)){
	var valid5 = true;
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	const _errs20 = errors;
	{
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if((((((data8.approver === undefined) && ("approver")) || ((data8.role === undefined) && ("role"))) || ((data8.decision === undefined) && ("decision"))) || ((data8.time === undefined) && ("time"))) || ((data8.reference === undefined) && ("reference"))){
	validate42.errors = [REJECTED];
	return false;
	}
	else {
	for(const key2 in data8){
	if(!(((((key2 === "approver") || (key2 === "role")) || (key2 === "decision")) || (key2 === "time")) || (key2 === "reference"))){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data8.approver !== undefined){
	const _errs23 = errors;
	if(typeof data8.approver !== "string"){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs23 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data8.role !== undefined){
	const _errs25 = errors;
	if(typeof data8.role !== "string"){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs25 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data8.decision !== undefined){
	let data11 = data8.decision;
	const _errs27 = errors;
	if(!((data11 === "approved") || (data11 === "rejected"))){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs27 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data8.time !== undefined){
	let data12 = data8.time;
	const _errs28 = errors;
	{
	{
	if(typeof data12 === "string"){
	if(!pattern27.test(data12)){
	validate42.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data12))){
	validate42.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid6 = _errs28 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data8.reference !== undefined){
	let data13 = data8.reference;
	const _errs31 = errors;
	if((typeof data13 !== "string") && (data13 !== null)){
	validate42.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs31 === errors;
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
	validate42.errors = [REJECTED];
	return false;
	}
	}
	var valid5 = _errs20 === errors;
	if(!valid5){
	break;
	}
	}
	}
	else {
	validate42.errors = [REJECTED];
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
	else {
	validate42.errors = [REJECTED];
	return false;
	}
	}
	validate42.errors = vErrors;
	return errors === 0;
	}
	validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate44.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.kind === undefined) && ("kind")) || ((data.product === undefined) && ("product"))) || ((data.fromVersion === undefined) && ("fromVersion"))) || ((data.toVersion === undefined) && ("toVersion"))) || ((data.rollbackConditions === undefined) && ("rollbackConditions"))) || ((data.results === undefined) && ("results"))){
	validate44.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((key0 === "kind") || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "rollbackConditions")) || (key0 === "results"))){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("RollbackRecoveryTests" !== data.kind){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs3 = errors;
	if(typeof data.product !== "string"){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fromVersion !== undefined){
	let data2 = data.fromVersion;
	const _errs5 = errors;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data2 === "string"){
	if(!pattern4.test(data2)){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate44.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.toVersion !== undefined){
	let data3 = data.toVersion;
	const _errs8 = errors;
	const _errs9 = errors;
	if(errors === _errs9){
	if(typeof data3 === "string"){
	if(!pattern4.test(data3)){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate44.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.rollbackConditions !== undefined){
	let data4 = data.rollbackConditions;
	const _errs11 = errors;
	if(errors === _errs11){
	if(Array.isArray(data4)){
	var valid3 = true;
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	const _errs13 = errors;
	if(typeof data4[i0] !== "string"){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs13 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate44.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.results !== undefined){
	let data6 = data.results;
	const _errs15 = errors;
	if(errors === _errs15){
	if(Array.isArray(data6)){
	var valid4 = true;
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	const _errs17 = errors;
	const _errs19 = errors;
	const _errs20 = errors;
	let valid6 = true;
	const _errs21 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.outcome !== undefined){
	let data8 = data7.outcome;
	if(!((data8 === "passed") || (data8 === "failed"))){
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
	}
	var _valid0 = _errs21 === errors;
	errors = _errs20;
	if(vErrors !== null){
	if(_errs20){
	vErrors.length = _errs20;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid0){
	const _errs23 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.time !== undefined){
	let data9 = data7.time;
	const _errs25 = errors;
	if(errors === _errs25){
	if(errors === _errs25){
	if(typeof data9 === "string"){
	if(!pattern27.test(data9)){
	validate44.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data9))){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate44.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	var _valid0 = _errs23 === errors;
	valid6 = _valid0;
	if(valid6){
	var props0 = {};
	props0.time = true;
	props0.outcome = true;
	}
	}
	if(!valid6){
	const err1 = REJECTED;
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	validate44.errors = vErrors;
	return false;
	}
	var valid5 = _errs19 === errors;
	if(valid5){
	const _errs27 = errors;
	const _errs28 = errors;
	let valid10 = true;
	const _errs29 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.outcome !== undefined){
	if("not-run" !== data7.outcome){
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
	}
	var _valid1 = _errs29 === errors;
	errors = _errs28;
	if(vErrors !== null){
	if(_errs28){
	vErrors.length = _errs28;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid1){
	const _errs31 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.time !== undefined){
	if(data7.time !== null){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	}
	var _valid1 = _errs31 === errors;
	valid10 = _valid1;
	if(valid10){
	var props1 = {};
	props1.time = true;
	props1.outcome = true;
	}
	}
	if(!valid10){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate44.errors = vErrors;
	return false;
	}
	var valid5 = _errs27 === errors;
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
	if(errors === _errs17){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((((((data7.configuration === undefined) && ("configuration")) || ((data7.hardware === undefined) && ("hardware"))) || ((data7.test === undefined) && ("test"))) || ((data7.outcome === undefined) && ("outcome"))) || ((data7.time === undefined) && ("time"))) || ((data7.reference === undefined) && ("reference"))){
	validate44.errors = [REJECTED];
	return false;
	}
	else {
	const _errs34 = errors;
	for(const key1 in data7){
	if(!((((((key1 === "configuration") || (key1 === "hardware")) || (key1 === "test")) || (key1 === "outcome")) || (key1 === "time")) || (key1 === "reference"))){
	validate44.errors = [REJECTED];
	return false;
	}
	}
	if(_errs34 === errors){
	if(data7.configuration !== undefined){
	const _errs35 = errors;
	if(typeof data7.configuration !== "string"){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs35 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data7.hardware !== undefined){
	const _errs37 = errors;
	if(typeof data7.hardware !== "string"){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs37 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data7.test !== undefined){
	let data14 = data7.test;
	const _errs39 = errors;
	if(!((data14 === "rollback") || (data14 === "recovery"))){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs39 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data7.outcome !== undefined){
	let data15 = data7.outcome;
	const _errs40 = errors;
	if(!(((data15 === "passed") || (data15 === "failed")) || (data15 === "not-run"))){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs40 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data7.time !== undefined){
	let data16 = data7.time;
	const _errs41 = errors;
	const _errs42 = errors;
	let valid14 = false;
	const _errs43 = errors;
	const _errs44 = errors;
	if(errors === _errs44){
	if(errors === _errs44){
	if(typeof data16 === "string"){
	if(!pattern27.test(data16)){
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
	if(!(formats0.validate(data16))){
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
	}
	var _valid2 = _errs43 === errors;
	valid14 = valid14 || _valid2;
	const _errs46 = errors;
	if(data16 !== null){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var _valid2 = _errs46 === errors;
	valid14 = valid14 || _valid2;
	if(!valid14){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	validate44.errors = vErrors;
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
	var valid13 = _errs41 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data7.reference !== undefined){
	let data17 = data7.reference;
	const _errs48 = errors;
	if((typeof data17 !== "string") && (data17 !== null)){
	validate44.errors = [REJECTED];
	return false;
	}
	var valid13 = _errs48 === errors;
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
	validate44.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs17 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate44.errors = [REJECTED];
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
	else {
	validate44.errors = [REJECTED];
	return false;
	}
	}
	validate44.errors = vErrors;
	return errors === 0;
	}
	validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate46.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((data.kind === undefined) && ("kind")) || ((data.format === undefined) && ("format"))) || ((data.product === undefined) && ("product"))) || ((data.vulnerabilities === undefined) && ("vulnerabilities"))){
	validate46.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((key0 === "kind") || (key0 === "format")) || (key0 === "product")) || (key0 === "vulnerabilities"))){
	validate46.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("AffectedVersions" !== data.kind){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.format !== undefined){
	const _errs3 = errors;
	if("update-gate" !== data.format){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs4 = errors;
	if(typeof data.product !== "string"){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vulnerabilities !== undefined){
	let data3 = data.vulnerabilities;
	const _errs6 = errors;
	if(errors === _errs6){
	if(Array.isArray(data3)){
	var valid1 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs8 = errors;
	if(errors === _errs8){
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if((((((data4.id === undefined) && ("id")) || ((data4.record === undefined) && ("record"))) || ((data4.ranges === undefined) && ("ranges"))) || ((data4.fixedIn === undefined) && ("fixedIn"))) || ((data4.remediation === undefined) && ("remediation"))){
	validate46.errors = [REJECTED];
	return false;
	}
	else {
	const _errs10 = errors;
	for(const key1 in data4){
	if(!(((((key1 === "id") || (key1 === "record")) || (key1 === "ranges")) || (key1 === "fixedIn")) || (key1 === "remediation"))){
	validate46.errors = [REJECTED];
	return false;
	}
	}
	if(_errs10 === errors){
	if(data4.id !== undefined){
	const _errs11 = errors;
	if(typeof data4.id !== "string"){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs11 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.record !== undefined){
	const _errs13 = errors;
	if(typeof data4.record !== "string"){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs13 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.ranges !== undefined){
	let data7 = data4.ranges;
	const _errs15 = errors;
	if(errors === _errs15){
	if(Array.isArray(data7)){
	var valid3 = true;
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	const _errs17 = errors;
	if(errors === _errs17){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(((data8.introduced === undefined) && ("introduced")) || ((data8.fixed === undefined) && ("fixed"))){
	validate46.errors = [REJECTED];
	return false;
	}
	else {
	const _errs19 = errors;
	for(const key2 in data8){
	if(!((key2 === "introduced") || (key2 === "fixed"))){
	validate46.errors = [REJECTED];
	return false;
	}
	}
	if(_errs19 === errors){
	if(data8.introduced !== undefined){
	let data9 = data8.introduced;
	const _errs20 = errors;
	const _errs21 = errors;
	if(errors === _errs21){
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	validate46.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate46.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs20 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data8.fixed !== undefined){
	let data10 = data8.fixed;
	const _errs23 = errors;
	const _errs24 = errors;
	let valid6 = false;
	const _errs25 = errors;
	const _errs26 = errors;
	if(errors === _errs26){
	if(typeof data10 === "string"){
	if(!pattern4.test(data10)){
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
	else {
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
	var _valid0 = _errs25 === errors;
	valid6 = valid6 || _valid0;
	const _errs28 = errors;
	if(data10 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid6 = valid6 || _valid0;
	if(!valid6){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate46.errors = vErrors;
	return false;
	}
	else {
	errors = _errs24;
	if(vErrors !== null){
	if(_errs24){
	vErrors.length = _errs24;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid4 = _errs23 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate46.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs17 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate46.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs15 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.fixedIn !== undefined){
	let data11 = data4.fixedIn;
	const _errs30 = errors;
	const _errs31 = errors;
	let valid8 = false;
	const _errs32 = errors;
	const _errs33 = errors;
	if(errors === _errs33){
	if(typeof data11 === "string"){
	if(!pattern4.test(data11)){
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
	var _valid1 = _errs32 === errors;
	valid8 = valid8 || _valid1;
	const _errs35 = errors;
	if(data11 !== null){
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	var _valid1 = _errs35 === errors;
	valid8 = valid8 || _valid1;
	if(!valid8){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	validate46.errors = vErrors;
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
	var valid2 = _errs30 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.remediation !== undefined){
	const _errs37 = errors;
	if(typeof data4.remediation !== "string"){
	validate46.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs37 === errors;
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
	validate46.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs8 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate46.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
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
	validate46.errors = [REJECTED];
	return false;
	}
	}
	validate46.errors = vErrors;
	return errors === 0;
	}
	validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate48.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((data.kind === undefined) && ("kind")) || ((data.product === undefined) && ("product"))) || ((data.cohort === undefined) && ("cohort"))) || ((data.records === undefined) && ("records"))) || ((data.retainedAt === undefined) && ("retainedAt"))){
	validate48.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((((key0 === "kind") || (key0 === "product")) || (key0 === "cohort")) || (key0 === "records")) || (key0 === "retainedAt"))){
	validate48.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("DeploymentRecords" !== data.kind){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs3 = errors;
	if(typeof data.product !== "string"){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.cohort !== undefined){
	const _errs5 = errors;
	if(typeof data.cohort !== "string"){
	validate48.errors = [REJECTED];
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
	const _errs7 = errors;
	{
	if(Array.isArray(data3)){
	var valid1 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	const _errs9 = errors;
	{
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(((((((data4.configuration === undefined) && ("configuration")) || ((data4.version === undefined) && ("version"))) || ((data4.time === undefined) && ("time"))) || ((data4.outcome === undefined) && ("outcome"))) || ((data4.devices === undefined) && ("devices"))) || ((data4.reference === undefined) && ("reference"))){
	validate48.errors = [REJECTED];
	return false;
	}
	else {
	for(const key1 in data4){
	if(!((((((key1 === "configuration") || (key1 === "version")) || (key1 === "time")) || (key1 === "outcome")) || (key1 === "devices")) || (key1 === "reference"))){
	validate48.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data4.configuration !== undefined){
	const _errs12 = errors;
	if(typeof data4.configuration !== "string"){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs12 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.version !== undefined){
	let data6 = data4.version;
	const _errs14 = errors;
	{
	if(typeof data6 === "string"){
	if(!pattern4.test(data6)){
	validate48.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate48.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs14 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.time !== undefined){
	let data7 = data4.time;
	const _errs17 = errors;
	{
	{
	if(typeof data7 === "string"){
	if(!pattern27.test(data7)){
	validate48.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data7))){
	validate48.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate48.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid2 = _errs17 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.outcome !== undefined){
	let data8 = data4.outcome;
	const _errs20 = errors;
	if(!(((data8 === "succeeded") || (data8 === "failed")) || (data8 === "rolled-back"))){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs20 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.devices !== undefined){
	let data9 = data4.devices;
	const _errs21 = errors;
	if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
	validate48.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data9 == "number") && (isFinite(data9))){
	if(data9 < 0 || isNaN(data9)){
	validate48.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid2 = _errs21 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.reference !== undefined){
	let data10 = data4.reference;
	const _errs23 = errors;
	if((typeof data10 !== "string") && (data10 !== null)){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs23 === errors;
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
	validate48.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs9 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate48.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retainedAt !== undefined){
	const _errs25 = errors;
	if(typeof data.retainedAt !== "string"){
	validate48.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs25 === errors;
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
	validate48.errors = [REJECTED];
	return false;
	}
	}
	validate48.errors = vErrors;
	return errors === 0;
	}
	validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate50.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((((data.kind === undefined) && ("kind")) || ((data.product === undefined) && ("product"))) || ((data.toVersion === undefined) && ("toVersion"))) || ((data.cohort === undefined) && ("cohort"))) || ((data.acceptedBy === undefined) && ("acceptedBy"))) || ((data.acceptedAt === undefined) && ("acceptedAt"))) || ((data.exceptions === undefined) && ("exceptions"))){
	validate50.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "kind") || (key0 === "product")) || (key0 === "toVersion")) || (key0 === "cohort")) || (key0 === "acceptedBy")) || (key0 === "acceptedAt")) || (key0 === "exceptions"))){
	validate50.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.kind !== undefined){
	const _errs2 = errors;
	if("RiskAcceptance" !== data.kind){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	const _errs3 = errors;
	if(typeof data.product !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.toVersion !== undefined){
	const _errs5 = errors;
	if(typeof data.toVersion !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.cohort !== undefined){
	const _errs7 = errors;
	if(typeof data.cohort !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedBy !== undefined){
	const _errs9 = errors;
	if(typeof data.acceptedBy !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.acceptedAt !== undefined){
	let data5 = data.acceptedAt;
	const _errs11 = errors;
	const _errs12 = errors;
	if(errors === _errs12){
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(!pattern27.test(data5)){
	validate50.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data5))){
	validate50.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate50.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exceptions !== undefined){
	let data6 = data.exceptions;
	const _errs14 = errors;
	if(errors === _errs14){
	if(Array.isArray(data6)){
	var valid2 = true;
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	const _errs16 = errors;
	if(errors === _errs16){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((((((((data7.id === undefined) && ("id")) || ((data7.configuration === undefined) && ("configuration"))) || ((data7.hardware === undefined) && ("hardware"))) || ((data7.reason === undefined) && ("reason"))) || ((data7.mitigation === undefined) && ("mitigation"))) || ((data7.remainOn === undefined) && ("remainOn"))) || ((data7.followUpBy === undefined) && ("followUpBy"))) || ((data7.waives === undefined) && ("waives"))){
	validate50.errors = [REJECTED];
	return false;
	}
	else {
	const _errs18 = errors;
	for(const key1 in data7){
	if(!((((((((key1 === "id") || (key1 === "configuration")) || (key1 === "hardware")) || (key1 === "reason")) || (key1 === "mitigation")) || (key1 === "remainOn")) || (key1 === "followUpBy")) || (key1 === "waives"))){
	validate50.errors = [REJECTED];
	return false;
	}
	}
	if(_errs18 === errors){
	if(data7.id !== undefined){
	const _errs19 = errors;
	if(typeof data7.id !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs19 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.configuration !== undefined){
	const _errs21 = errors;
	if(typeof data7.configuration !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs21 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.hardware !== undefined){
	const _errs23 = errors;
	if(typeof data7.hardware !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs23 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.reason !== undefined){
	const _errs25 = errors;
	if(typeof data7.reason !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs25 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.mitigation !== undefined){
	const _errs27 = errors;
	if(typeof data7.mitigation !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs27 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.remainOn !== undefined){
	const _errs29 = errors;
	if(typeof data7.remainOn !== "string"){
	validate50.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs29 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.followUpBy !== undefined){
	let data14 = data7.followUpBy;
	const _errs31 = errors;
	const _errs32 = errors;
	if(errors === _errs32){
	if(errors === _errs32){
	if(typeof data14 === "string"){
	if(!pattern27.test(data14)){
	validate50.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data14))){
	validate50.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate50.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid3 = _errs31 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data7.waives !== undefined){
	let data15 = data7.waives;
	const _errs34 = errors;
	const _errs35 = errors;
	let valid5 = false;
	const _errs36 = errors;
	if(errors === _errs36){
	if(Array.isArray(data15)){
	var valid6 = true;
	const len1 = data15.length;
	for(let i1=0; i1<len1; i1++){
	const _errs38 = errors;
	if(typeof data15[i1] !== "string"){
	const err0 = REJECTED;
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	var valid6 = _errs38 === errors;
	if(!valid6){
	break;
	}
	}
	}
	else {
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
	var _valid0 = _errs36 === errors;
	valid5 = valid5 || _valid0;
	const _errs40 = errors;
	if(data15 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs40 === errors;
	valid5 = valid5 || _valid0;
	if(!valid5){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate50.errors = vErrors;
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
	var valid3 = _errs34 === errors;
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
	validate50.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs16 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate50.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs14 === errors;
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
	validate50.errors = [REJECTED];
	return false;
	}
	}
	validate50.errors = vErrors;
	return errors === 0;
	}
	validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate53.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((data.name === undefined) && ("name")) || ((data.size === undefined) && ("size"))) || ((data.sha256 === undefined) && ("sha256"))){
	validate53.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((key0 === "name") || (key0 === "size")) || (key0 === "sha256"))){
	validate53.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.name !== undefined){
	const _errs2 = errors;
	if(typeof data.name !== "string"){
	validate53.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.size !== undefined){
	let data1 = data.size;
	const _errs4 = errors;
	if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
	validate53.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data1 == "number") && (isFinite(data1))){
	if(data1 < 0 || isNaN(data1)){
	validate53.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.sha256 !== undefined){
	let data2 = data.sha256;
	const _errs6 = errors;
	{
	if(typeof data2 === "string"){
	if(!pattern18.test(data2)){
	validate53.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate53.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate53.errors = [REJECTED];
	return false;
	}
	}
	validate53.errors = vErrors;
	return errors === 0;
	}
	validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema132 = {"properties":{"source":{"type":"string"},"verified":{"type":"boolean"},"keyId":{"type":["string","null"]},"keyFingerprint":{"anyOf":[{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},{"type":"null"}]},"algorithm":{"type":["string","null"]},"reason":{"type":["string","null"]},"method":{"enum":["key","certificate"]},"identity":{"anyOf":[{"$ref":"#/$defs/certificateIdentity"},{"type":"null"}]},"certificate":{"anyOf":[{"type":"object","additionalProperties":false,"required":["notBefore","notAfter"],"properties":{"notBefore":{"$ref":"#/$defs/timestamp"},"notAfter":{"$ref":"#/$defs/timestamp"}}},{"type":"null"}]},"tlogEntries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["logId","logIndex","integratedTime"],"properties":{"logId":{"type":"string"},"logIndex":{"type":"string"},"integratedTime":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"signedTimestamps":{"type":"array","items":{"$ref":"#/$defs/timestamp"}},"signedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"bundle":{"type":"object","additionalProperties":false,"required":["mediaType","origin"],"properties":{"mediaType":{"type":"string"},"origin":{"type":"string"}}}}};
	const pattern53 = new RegExp("^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$", "u");

	function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate55.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.source === undefined) && ("source")) || ((data.verified === undefined) && ("verified"))) || ((data.keyId === undefined) && ("keyId"))) || ((data.keyFingerprint === undefined) && ("keyFingerprint"))) || ((data.algorithm === undefined) && ("algorithm"))) || ((data.reason === undefined) && ("reason"))){
	validate55.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema132.properties, key0))){
	validate55.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.source !== undefined){
	const _errs2 = errors;
	if(typeof data.source !== "string"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.verified !== undefined){
	const _errs4 = errors;
	if(typeof data.verified !== "boolean"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keyId !== undefined){
	let data2 = data.keyId;
	const _errs6 = errors;
	if((typeof data2 !== "string") && (data2 !== null)){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.keyFingerprint !== undefined){
	let data3 = data.keyFingerprint;
	const _errs8 = errors;
	const _errs9 = errors;
	let valid1 = false;
	const _errs10 = errors;
	if(errors === _errs10){
	if(typeof data3 === "string"){
	if(!pattern53.test(data3)){
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
	else {
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
	var _valid0 = _errs10 === errors;
	valid1 = valid1 || _valid0;
	const _errs12 = errors;
	if(data3 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs12 === errors;
	valid1 = valid1 || _valid0;
	if(!valid1){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs9;
	if(vErrors !== null){
	if(_errs9){
	vErrors.length = _errs9;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.algorithm !== undefined){
	let data4 = data.algorithm;
	const _errs14 = errors;
	if((typeof data4 !== "string") && (data4 !== null)){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.reason !== undefined){
	let data5 = data.reason;
	const _errs16 = errors;
	if((typeof data5 !== "string") && (data5 !== null)){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs16 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.method !== undefined){
	let data6 = data.method;
	const _errs18 = errors;
	if(!((data6 === "key") || (data6 === "certificate"))){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs18 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.identity !== undefined){
	let data7 = data.identity;
	const _errs19 = errors;
	const _errs20 = errors;
	let valid2 = false;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((((((((data7.issuer === undefined) && ("issuer")) || ((data7.subject === undefined) && ("subject"))) || ((data7.sourceRepository === undefined) && ("sourceRepository"))) || ((data7.sourceRef === undefined) && ("sourceRef"))) || ((data7.sourceCommit === undefined) && ("sourceCommit"))) || ((data7.buildSignerUri === undefined) && ("buildSignerUri"))) || ((data7.signerWorkflow === undefined) && ("signerWorkflow"))) || ((data7.runnerEnvironment === undefined) && ("runnerEnvironment"))){
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
	const _errs24 = errors;
	for(const key1 in data7){
	if(!((((((((key1 === "issuer") || (key1 === "subject")) || (key1 === "sourceRepository")) || (key1 === "sourceRef")) || (key1 === "sourceCommit")) || (key1 === "buildSignerUri")) || (key1 === "signerWorkflow")) || (key1 === "runnerEnvironment"))){
	const err5 = REJECTED;
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	break;
	}
	}
	if(_errs24 === errors){
	if(data7.issuer !== undefined){
	let data8 = data7.issuer;
	const _errs25 = errors;
	if((typeof data8 !== "string") && (data8 !== null)){
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	var valid4 = _errs25 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.subject !== undefined){
	let data9 = data7.subject;
	const _errs27 = errors;
	if((typeof data9 !== "string") && (data9 !== null)){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var valid4 = _errs27 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.sourceRepository !== undefined){
	let data10 = data7.sourceRepository;
	const _errs29 = errors;
	if((typeof data10 !== "string") && (data10 !== null)){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	var valid4 = _errs29 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.sourceRef !== undefined){
	let data11 = data7.sourceRef;
	const _errs31 = errors;
	if((typeof data11 !== "string") && (data11 !== null)){
	const err9 = REJECTED;
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var valid4 = _errs31 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.sourceCommit !== undefined){
	let data12 = data7.sourceCommit;
	const _errs33 = errors;
	if((typeof data12 !== "string") && (data12 !== null)){
	const err10 = REJECTED;
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	var valid4 = _errs33 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.buildSignerUri !== undefined){
	let data13 = data7.buildSignerUri;
	const _errs35 = errors;
	if((typeof data13 !== "string") && (data13 !== null)){
	const err11 = REJECTED;
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	var valid4 = _errs35 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.signerWorkflow !== undefined){
	let data14 = data7.signerWorkflow;
	const _errs37 = errors;
	if((typeof data14 !== "string") && (data14 !== null)){
	const err12 = REJECTED;
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	var valid4 = _errs37 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.runnerEnvironment !== undefined){
	let data15 = data7.runnerEnvironment;
	const _errs39 = errors;
	if((typeof data15 !== "string") && (data15 !== null)){
	const err13 = REJECTED;
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	var valid4 = _errs39 === errors;
	}
	else {
	var valid4 = true;
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
	var _valid1 = _errs21 === errors;
	valid2 = valid2 || _valid1;
	const _errs41 = errors;
	if(data7 !== null){
	const err15 = REJECTED;
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	var _valid1 = _errs41 === errors;
	valid2 = valid2 || _valid1;
	if(!valid2){
	const err16 = REJECTED;
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs20;
	if(vErrors !== null){
	if(_errs20){
	vErrors.length = _errs20;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs19 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.certificate !== undefined){
	let data16 = data.certificate;
	const _errs43 = errors;
	const _errs44 = errors;
	let valid5 = false;
	const _errs45 = errors;
	if(errors === _errs45){
	if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
	if(((data16.notBefore === undefined) && ("notBefore")) || ((data16.notAfter === undefined) && ("notAfter"))){
	const err17 = REJECTED;
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	else {
	const _errs47 = errors;
	for(const key2 in data16){
	if(!((key2 === "notBefore") || (key2 === "notAfter"))){
	const err18 = REJECTED;
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	break;
	}
	}
	if(_errs47 === errors){
	if(data16.notBefore !== undefined){
	let data17 = data16.notBefore;
	const _errs48 = errors;
	const _errs49 = errors;
	if(errors === _errs49){
	if(errors === _errs49){
	if(typeof data17 === "string"){
	if(!pattern27.test(data17)){
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
	if(!(formats0.validate(data17))){
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
	var valid6 = _errs48 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data16.notAfter !== undefined){
	let data18 = data16.notAfter;
	const _errs51 = errors;
	const _errs52 = errors;
	if(errors === _errs52){
	if(errors === _errs52){
	if(typeof data18 === "string"){
	if(!pattern27.test(data18)){
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
	if(!(formats0.validate(data18))){
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
	else {
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
	var valid6 = _errs51 === errors;
	}
	else {
	var valid6 = true;
	}
	}
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
	var _valid2 = _errs45 === errors;
	valid5 = valid5 || _valid2;
	const _errs54 = errors;
	if(data16 !== null){
	const err26 = REJECTED;
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	var _valid2 = _errs54 === errors;
	valid5 = valid5 || _valid2;
	if(!valid5){
	const err27 = REJECTED;
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs44;
	if(vErrors !== null){
	if(_errs44){
	vErrors.length = _errs44;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs43 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.tlogEntries !== undefined){
	let data19 = data.tlogEntries;
	const _errs56 = errors;
	if(errors === _errs56){
	if(Array.isArray(data19)){
	var valid9 = true;
	const len0 = data19.length;
	for(let i0=0; i0<len0; i0++){
	let data20 = data19[i0];
	const _errs58 = errors;
	if(errors === _errs58){
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if((((data20.logId === undefined) && ("logId")) || ((data20.logIndex === undefined) && ("logIndex"))) || ((data20.integratedTime === undefined) && ("integratedTime"))){
	validate55.errors = [REJECTED];
	return false;
	}
	else {
	const _errs60 = errors;
	for(const key3 in data20){
	if(!(((key3 === "logId") || (key3 === "logIndex")) || (key3 === "integratedTime"))){
	validate55.errors = [REJECTED];
	return false;
	}
	}
	if(_errs60 === errors){
	if(data20.logId !== undefined){
	const _errs61 = errors;
	if(typeof data20.logId !== "string"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid10 = _errs61 === errors;
	}
	else {
	var valid10 = true;
	}
	if(valid10){
	if(data20.logIndex !== undefined){
	const _errs63 = errors;
	if(typeof data20.logIndex !== "string"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid10 = _errs63 === errors;
	}
	else {
	var valid10 = true;
	}
	if(valid10){
	if(data20.integratedTime !== undefined){
	let data23 = data20.integratedTime;
	const _errs65 = errors;
	const _errs66 = errors;
	let valid11 = false;
	const _errs67 = errors;
	const _errs68 = errors;
	if(errors === _errs68){
	if(errors === _errs68){
	if(typeof data23 === "string"){
	if(!pattern27.test(data23)){
	const err28 = REJECTED;
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data23))){
	const err29 = REJECTED;
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
	else {
	const err30 = REJECTED;
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
	var _valid3 = _errs67 === errors;
	valid11 = valid11 || _valid3;
	const _errs70 = errors;
	if(data23 !== null){
	const err31 = REJECTED;
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	var _valid3 = _errs70 === errors;
	valid11 = valid11 || _valid3;
	if(!valid11){
	const err32 = REJECTED;
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs66;
	if(vErrors !== null){
	if(_errs66){
	vErrors.length = _errs66;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid10 = _errs65 === errors;
	}
	else {
	var valid10 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate55.errors = [REJECTED];
	return false;
	}
	}
	var valid9 = _errs58 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	validate55.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs56 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signedTimestamps !== undefined){
	let data24 = data.signedTimestamps;
	const _errs72 = errors;
	if(errors === _errs72){
	if(Array.isArray(data24)){
	var valid13 = true;
	const len1 = data24.length;
	for(let i1=0; i1<len1; i1++){
	let data25 = data24[i1];
	const _errs74 = errors;
	const _errs75 = errors;
	if(errors === _errs75){
	if(errors === _errs75){
	if(typeof data25 === "string"){
	if(!pattern27.test(data25)){
	validate55.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data25))){
	validate55.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate55.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid13 = _errs74 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	validate55.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs72 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signedAt !== undefined){
	let data26 = data.signedAt;
	const _errs77 = errors;
	const _errs78 = errors;
	let valid15 = false;
	const _errs79 = errors;
	const _errs80 = errors;
	if(errors === _errs80){
	if(errors === _errs80){
	if(typeof data26 === "string"){
	if(!pattern27.test(data26)){
	const err33 = REJECTED;
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	else {
	if(!(formats0.validate(data26))){
	const err34 = REJECTED;
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
	else {
	const err35 = REJECTED;
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
	var _valid4 = _errs79 === errors;
	valid15 = valid15 || _valid4;
	const _errs82 = errors;
	if(data26 !== null){
	const err36 = REJECTED;
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var _valid4 = _errs82 === errors;
	valid15 = valid15 || _valid4;
	if(!valid15){
	const err37 = REJECTED;
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs78;
	if(vErrors !== null){
	if(_errs78){
	vErrors.length = _errs78;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs77 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.bundle !== undefined){
	let data27 = data.bundle;
	const _errs84 = errors;
	if(errors === _errs84){
	if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
	if(((data27.mediaType === undefined) && ("mediaType")) || ((data27.origin === undefined) && ("origin"))){
	validate55.errors = [REJECTED];
	return false;
	}
	else {
	const _errs86 = errors;
	for(const key4 in data27){
	if(!((key4 === "mediaType") || (key4 === "origin"))){
	validate55.errors = [REJECTED];
	return false;
	}
	}
	if(_errs86 === errors){
	if(data27.mediaType !== undefined){
	const _errs87 = errors;
	if(typeof data27.mediaType !== "string"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs87 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data27.origin !== undefined){
	const _errs89 = errors;
	if(typeof data27.origin !== "string"){
	validate55.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs89 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	else {
	validate55.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs84 === errors;
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
	validate55.errors = [REJECTED];
	return false;
	}
	}
	validate55.errors = vErrors;
	return errors === 0;
	}
	validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate52.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((data.type === undefined) && ("type")) || ((data.manifest === undefined) && ("manifest"))) || ((data.signatures === undefined) && ("signatures"))) || ((data.artifacts === undefined) && ("artifacts"))){
	validate52.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((key0 === "type") || (key0 === "manifest")) || (key0 === "signatures")) || (key0 === "artifacts"))){
	validate52.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.type !== undefined){
	const _errs2 = errors;
	if("update-manifest" !== data.type){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.manifest !== undefined){
	let data1 = data.manifest;
	const _errs3 = errors;
	if(errors === _errs3){
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if((((data1.product === undefined) && ("product")) || ((data1.version === undefined) && ("version"))) || ((data1.artifacts === undefined) && ("artifacts"))){
	validate52.errors = [REJECTED];
	return false;
	}
	else {
	const _errs5 = errors;
	for(const key1 in data1){
	if(!(((key1 === "product") || (key1 === "version")) || (key1 === "artifacts"))){
	validate52.errors = [REJECTED];
	return false;
	}
	}
	if(_errs5 === errors){
	if(data1.product !== undefined){
	const _errs6 = errors;
	if(typeof data1.product !== "string"){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs6 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data1.version !== undefined){
	let data3 = data1.version;
	const _errs8 = errors;
	const _errs9 = errors;
	if(errors === _errs9){
	if(typeof data3 === "string"){
	if(!pattern4.test(data3)){
	validate52.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate52.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs8 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data1.artifacts !== undefined){
	let data4 = data1.artifacts;
	const _errs11 = errors;
	if(errors === _errs11){
	if(Array.isArray(data4)){
	var valid3 = true;
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	const _errs13 = errors;
	if(!(validate53(data4[i0], {instancePath:instancePath+"/manifest/artifacts/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
	errors = vErrors.length;
	}
	var valid3 = _errs13 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate52.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs11 === errors;
	}
	else {
	var valid1 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate52.errors = [REJECTED];
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
	let data6 = data.signatures;
	const _errs14 = errors;
	if(errors === _errs14){
	if(Array.isArray(data6)){
	var valid4 = true;
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	const _errs16 = errors;
	if(!(validate55(data6[i1], {instancePath:instancePath+"/signatures/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	var valid4 = _errs16 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate52.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.artifacts !== undefined){
	let data8 = data.artifacts;
	const _errs17 = errors;
	if(errors === _errs17){
	if(Array.isArray(data8)){
	var valid5 = true;
	const len2 = data8.length;
	for(let i2=0; i2<len2; i2++){
	let data9 = data8[i2];
	const _errs19 = errors;
	if(errors === _errs19){
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(((((((data9.name === undefined) && ("name")) || ((data9.file === undefined) && ("file"))) || ((data9.present === undefined) && ("present"))) || ((data9.size === undefined) && ("size"))) || ((data9.sha256 === undefined) && ("sha256"))) || ((data9.matches === undefined) && ("matches"))){
	validate52.errors = [REJECTED];
	return false;
	}
	else {
	const _errs21 = errors;
	for(const key2 in data9){
	if(!((((((key2 === "name") || (key2 === "file")) || (key2 === "present")) || (key2 === "size")) || (key2 === "sha256")) || (key2 === "matches"))){
	validate52.errors = [REJECTED];
	return false;
	}
	}
	if(_errs21 === errors){
	if(data9.name !== undefined){
	const _errs22 = errors;
	if(typeof data9.name !== "string"){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs22 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data9.file !== undefined){
	const _errs24 = errors;
	if(typeof data9.file !== "string"){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs24 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data9.present !== undefined){
	const _errs26 = errors;
	if(typeof data9.present !== "boolean"){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs26 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data9.size !== undefined){
	let data13 = data9.size;
	const _errs28 = errors;
	if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
	validate52.errors = [REJECTED];
	return false;
	}
	if(errors === _errs28){
	if((typeof data13 == "number") && (isFinite(data13))){
	if(data13 < 0 || isNaN(data13)){
	validate52.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid6 = _errs28 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data9.sha256 !== undefined){
	let data14 = data9.sha256;
	const _errs30 = errors;
	const _errs31 = errors;
	let valid7 = false;
	const _errs32 = errors;
	const _errs33 = errors;
	if(errors === _errs33){
	if(typeof data14 === "string"){
	if(!pattern18.test(data14)){
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
	else {
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
	var _valid0 = _errs32 === errors;
	valid7 = valid7 || _valid0;
	const _errs35 = errors;
	if(data14 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs35 === errors;
	valid7 = valid7 || _valid0;
	if(!valid7){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate52.errors = vErrors;
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
	if(data9.matches !== undefined){
	const _errs37 = errors;
	if(typeof data9.matches !== "boolean"){
	validate52.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs37 === errors;
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
	}
	else {
	validate52.errors = [REJECTED];
	return false;
	}
	}
	var valid5 = _errs19 === errors;
	if(!valid5){
	break;
	}
	}
	}
	else {
	validate52.errors = [REJECTED];
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
	else {
	validate52.errors = [REJECTED];
	return false;
	}
	}
	validate52.errors = vErrors;
	return errors === 0;
	}
	validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate58.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.type === undefined) && ("type")) || ((data.payloadType === undefined) && ("payloadType"))) || ((data.signatures === undefined) && ("signatures"))) || ((data.statement === undefined) && ("statement"))) || ((data.slsa === undefined) && ("slsa"))) || ((data.artifactsInSubjects === undefined) && ("artifactsInSubjects"))){
	validate58.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "type") || (key0 === "payloadType")) || (key0 === "signatures")) || (key0 === "statement")) || (key0 === "slsa")) || (key0 === "artifactsInSubjects")) || (key0 === "format"))){
	validate58.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.type !== undefined){
	const _errs2 = errors;
	if("build-provenance" !== data.type){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.payloadType !== undefined){
	const _errs3 = errors;
	if(typeof data.payloadType !== "string"){
	validate58.errors = [REJECTED];
	return false;
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
	if(errors === _errs5){
	if(Array.isArray(data2)){
	var valid1 = true;
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	const _errs7 = errors;
	if(!(validate55(data2[i0], {instancePath:instancePath+"/signatures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	var valid1 = _errs7 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.statement !== undefined){
	let data4 = data.statement;
	const _errs8 = errors;
	if(errors === _errs8){
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if((((data4.type === undefined) && ("type")) || ((data4.predicateType === undefined) && ("predicateType"))) || ((data4.subjects === undefined) && ("subjects"))){
	validate58.errors = [REJECTED];
	return false;
	}
	else {
	const _errs10 = errors;
	for(const key1 in data4){
	if(!(((key1 === "type") || (key1 === "predicateType")) || (key1 === "subjects"))){
	validate58.errors = [REJECTED];
	return false;
	}
	}
	if(_errs10 === errors){
	if(data4.type !== undefined){
	const _errs11 = errors;
	if(typeof data4.type !== "string"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs11 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.predicateType !== undefined){
	const _errs13 = errors;
	if(typeof data4.predicateType !== "string"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs13 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data4.subjects !== undefined){
	let data7 = data4.subjects;
	const _errs15 = errors;
	if(errors === _errs15){
	if(Array.isArray(data7)){
	var valid3 = true;
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	const _errs17 = errors;
	if(errors === _errs17){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(((data8.name === undefined) && ("name")) || ((data8.sha256 === undefined) && ("sha256"))){
	validate58.errors = [REJECTED];
	return false;
	}
	else {
	const _errs19 = errors;
	for(const key2 in data8){
	if(!(((key2 === "name") || (key2 === "sha256")) || (key2 === "algorithms"))){
	validate58.errors = [REJECTED];
	return false;
	}
	}
	if(_errs19 === errors){
	if(data8.name !== undefined){
	const _errs20 = errors;
	if(typeof data8.name !== "string"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs20 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data8.sha256 !== undefined){
	let data10 = data8.sha256;
	const _errs22 = errors;
	const _errs23 = errors;
	let valid5 = false;
	const _errs24 = errors;
	const _errs25 = errors;
	if(errors === _errs25){
	if(typeof data10 === "string"){
	if(!pattern18.test(data10)){
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
	else {
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
	var _valid0 = _errs24 === errors;
	valid5 = valid5 || _valid0;
	const _errs27 = errors;
	if(data10 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs27 === errors;
	valid5 = valid5 || _valid0;
	if(!valid5){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate58.errors = vErrors;
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
	var valid4 = _errs22 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data8.algorithms !== undefined){
	let data11 = data8.algorithms;
	const _errs29 = errors;
	if(errors === _errs29){
	if(Array.isArray(data11)){
	var valid7 = true;
	const len2 = data11.length;
	for(let i2=0; i2<len2; i2++){
	const _errs31 = errors;
	if(typeof data11[i2] !== "string"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid7 = _errs31 === errors;
	if(!valid7){
	break;
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs29 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs17 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs15 === errors;
	}
	else {
	var valid2 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.slsa !== undefined){
	let data13 = data.slsa;
	const _errs33 = errors;
	const _errs34 = errors;
	let valid8 = false;
	const _errs35 = errors;
	if(errors === _errs35){
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if((((((((data13.buildType === undefined) && ("buildType")) || ((data13.builderId === undefined) && ("builderId"))) || ((data13.sourceRepository === undefined) && ("sourceRepository"))) || ((data13.sourceRef === undefined) && ("sourceRef"))) || ((data13.sourceCommit === undefined) && ("sourceCommit"))) || ((data13.startedOn === undefined) && ("startedOn"))) || ((data13.finishedOn === undefined) && ("finishedOn"))){
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
	const _errs37 = errors;
	for(const key3 in data13){
	if(!(((((((key3 === "buildType") || (key3 === "builderId")) || (key3 === "sourceRepository")) || (key3 === "sourceRef")) || (key3 === "sourceCommit")) || (key3 === "startedOn")) || (key3 === "finishedOn"))){
	const err5 = REJECTED;
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	break;
	}
	}
	if(_errs37 === errors){
	if(data13.buildType !== undefined){
	const _errs38 = errors;
	if(typeof data13.buildType !== "string"){
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	var valid9 = _errs38 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.builderId !== undefined){
	const _errs40 = errors;
	if(typeof data13.builderId !== "string"){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var valid9 = _errs40 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.sourceRepository !== undefined){
	let data16 = data13.sourceRepository;
	const _errs42 = errors;
	if((typeof data16 !== "string") && (data16 !== null)){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	var valid9 = _errs42 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.sourceRef !== undefined){
	let data17 = data13.sourceRef;
	const _errs44 = errors;
	if((typeof data17 !== "string") && (data17 !== null)){
	const err9 = REJECTED;
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var valid9 = _errs44 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.sourceCommit !== undefined){
	let data18 = data13.sourceCommit;
	const _errs46 = errors;
	if((typeof data18 !== "string") && (data18 !== null)){
	const err10 = REJECTED;
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	var valid9 = _errs46 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.startedOn !== undefined){
	let data19 = data13.startedOn;
	const _errs48 = errors;
	const _errs49 = errors;
	let valid10 = false;
	const _errs50 = errors;
	const _errs51 = errors;
	if(errors === _errs51){
	if(errors === _errs51){
	if(typeof data19 === "string"){
	if(!pattern27.test(data19)){
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
	if(!(formats0.validate(data19))){
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
	}
	var _valid2 = _errs50 === errors;
	valid10 = valid10 || _valid2;
	const _errs53 = errors;
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
	var _valid2 = _errs53 === errors;
	valid10 = valid10 || _valid2;
	if(!valid10){
	const err15 = REJECTED;
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
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
	var valid9 = _errs48 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data13.finishedOn !== undefined){
	let data20 = data13.finishedOn;
	const _errs55 = errors;
	const _errs56 = errors;
	let valid12 = false;
	const _errs57 = errors;
	const _errs58 = errors;
	if(errors === _errs58){
	if(errors === _errs58){
	if(typeof data20 === "string"){
	if(!pattern27.test(data20)){
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
	if(!(formats0.validate(data20))){
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
	}
	var _valid3 = _errs57 === errors;
	valid12 = valid12 || _valid3;
	const _errs60 = errors;
	if(data20 !== null){
	const err19 = REJECTED;
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	var _valid3 = _errs60 === errors;
	valid12 = valid12 || _valid3;
	if(!valid12){
	const err20 = REJECTED;
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	else {
	errors = _errs56;
	if(vErrors !== null){
	if(_errs56){
	vErrors.length = _errs56;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid9 = _errs55 === errors;
	}
	else {
	var valid9 = true;
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
	var _valid1 = _errs35 === errors;
	valid8 = valid8 || _valid1;
	const _errs62 = errors;
	if(data13 !== null){
	const err22 = REJECTED;
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	var _valid1 = _errs62 === errors;
	valid8 = valid8 || _valid1;
	if(!valid8){
	const err23 = REJECTED;
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	validate58.errors = vErrors;
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
	var valid0 = _errs33 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.artifactsInSubjects !== undefined){
	let data21 = data.artifactsInSubjects;
	const _errs64 = errors;
	if(errors === _errs64){
	if(Array.isArray(data21)){
	var valid14 = true;
	const len3 = data21.length;
	for(let i3=0; i3<len3; i3++){
	let data22 = data21[i3];
	const _errs66 = errors;
	if(errors === _errs66){
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if((((data22.name === undefined) && ("name")) || ((data22.sha256 === undefined) && ("sha256"))) || ((data22.inSubjects === undefined) && ("inSubjects"))){
	validate58.errors = [REJECTED];
	return false;
	}
	else {
	const _errs68 = errors;
	for(const key4 in data22){
	if(!(((key4 === "name") || (key4 === "sha256")) || (key4 === "inSubjects"))){
	validate58.errors = [REJECTED];
	return false;
	}
	}
	if(_errs68 === errors){
	if(data22.name !== undefined){
	const _errs69 = errors;
	if(typeof data22.name !== "string"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid15 = _errs69 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data22.sha256 !== undefined){
	let data24 = data22.sha256;
	const _errs71 = errors;
	const _errs72 = errors;
	let valid16 = false;
	const _errs73 = errors;
	const _errs74 = errors;
	if(errors === _errs74){
	if(typeof data24 === "string"){
	if(!pattern18.test(data24)){
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
	var _valid4 = _errs73 === errors;
	valid16 = valid16 || _valid4;
	const _errs76 = errors;
	if(data24 !== null){
	const err26 = REJECTED;
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	var _valid4 = _errs76 === errors;
	valid16 = valid16 || _valid4;
	if(!valid16){
	const err27 = REJECTED;
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	validate58.errors = vErrors;
	return false;
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
	var valid15 = _errs71 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data22.inSubjects !== undefined){
	const _errs78 = errors;
	if(typeof data22.inSubjects !== "boolean"){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid15 = _errs78 === errors;
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
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid14 = _errs66 === errors;
	if(!valid14){
	break;
	}
	}
	}
	else {
	validate58.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs64 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.format !== undefined){
	let data26 = data.format;
	const _errs80 = errors;
	if(!((data26 === "dsse") || (data26 === "sigstore-bundle"))){
	validate58.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs80 === errors;
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
	validate58.errors = [REJECTED];
	return false;
	}
	}
	validate58.errors = vErrors;
	return errors === 0;
	}
	validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate62.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((((data.carrier === undefined) && ("carrier")) || ((data.file === undefined) && ("file"))) || ((data.signatures === undefined) && ("signatures"))) || ((data.payloadType === undefined) && ("payloadType"))) || ((data.predicateType === undefined) && ("predicateType"))) || ((data.subjects === undefined) && ("subjects"))) || ((data.subjectsMatch === undefined) && ("subjectsMatch"))){
	validate62.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(((((((key0 === "carrier") || (key0 === "file")) || (key0 === "signatures")) || (key0 === "payloadType")) || (key0 === "predicateType")) || (key0 === "subjects")) || (key0 === "subjectsMatch"))){
	validate62.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.carrier !== undefined){
	let data0 = data.carrier;
	const _errs2 = errors;
	if(!(((data0 === "signature") || (data0 === "sigstore-bundle")) || (data0 === "dsse"))){
	validate62.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.file !== undefined){
	const _errs3 = errors;
	if(typeof data.file !== "string"){
	validate62.errors = [REJECTED];
	return false;
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
	if(errors === _errs5){
	if(Array.isArray(data2)){
	var valid1 = true;
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	const _errs7 = errors;
	if(!(validate55(data2[i0], {instancePath:instancePath+"/signatures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	var valid1 = _errs7 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate62.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.payloadType !== undefined){
	let data4 = data.payloadType;
	const _errs8 = errors;
	if((typeof data4 !== "string") && (data4 !== null)){
	validate62.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.predicateType !== undefined){
	let data5 = data.predicateType;
	const _errs10 = errors;
	if((typeof data5 !== "string") && (data5 !== null)){
	validate62.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subjects !== undefined){
	let data6 = data.subjects;
	const _errs12 = errors;
	const _errs13 = errors;
	let valid2 = false;
	const _errs14 = errors;
	if(errors === _errs14){
	if(Array.isArray(data6)){
	var valid3 = true;
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	const _errs16 = errors;
	if(errors === _errs16){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((data7.name === undefined) && ("name")) || ((data7.sha256 === undefined) && ("sha256"))){
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
	const _errs18 = errors;
	for(const key1 in data7){
	if(!((key1 === "name") || (key1 === "sha256"))){
	const err1 = REJECTED;
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	break;
	}
	}
	if(_errs18 === errors){
	if(data7.name !== undefined){
	const _errs19 = errors;
	if(typeof data7.name !== "string"){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var valid4 = _errs19 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.sha256 !== undefined){
	let data9 = data7.sha256;
	const _errs21 = errors;
	const _errs22 = errors;
	let valid5 = false;
	const _errs23 = errors;
	const _errs24 = errors;
	if(errors === _errs24){
	if(typeof data9 === "string"){
	if(!pattern18.test(data9)){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	else {
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
	var _valid1 = _errs23 === errors;
	valid5 = valid5 || _valid1;
	const _errs26 = errors;
	if(data9 !== null){
	const err5 = REJECTED;
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	var _valid1 = _errs26 === errors;
	valid5 = valid5 || _valid1;
	if(!valid5){
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
	errors = _errs22;
	if(vErrors !== null){
	if(_errs22){
	vErrors.length = _errs22;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid4 = _errs21 === errors;
	}
	else {
	var valid4 = true;
	}
	}
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
	var valid3 = _errs16 === errors;
	if(!valid3){
	break;
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
	var _valid0 = _errs14 === errors;
	valid2 = valid2 || _valid0;
	const _errs28 = errors;
	if(data6 !== null){
	const err9 = REJECTED;
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid2 = valid2 || _valid0;
	if(!valid2){
	const err10 = REJECTED;
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	validate62.errors = vErrors;
	return false;
	}
	else {
	errors = _errs13;
	if(vErrors !== null){
	if(_errs13){
	vErrors.length = _errs13;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subjectsMatch !== undefined){
	let data10 = data.subjectsMatch;
	const _errs30 = errors;
	if((typeof data10 !== "boolean") && (data10 !== null)){
	validate62.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs30 === errors;
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
	validate62.errors = [REJECTED];
	return false;
	}
	}
	validate62.errors = vErrors;
	return errors === 0;
	}
	validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate39.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((((((((((data.id === undefined) && ("id")) || ((data.kind === undefined) && ("kind"))) || ((data.file === undefined) && ("file"))) || ((data.producer === undefined) && ("producer"))) || ((data.time === undefined) && ("time"))) || ((data.controls === undefined) && ("controls"))) || ((data.present === undefined) && ("present"))) || ((data.sha256 === undefined) && ("sha256"))) || ((data.statement === undefined) && ("statement"))) || ((data.record === undefined) && ("record"))) || ((data.verification === undefined) && ("verification"))){
	validate39.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func1.call(schema102.properties, key0))){
	validate39.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.id !== undefined){
	const _errs2 = errors;
	if(typeof data.id !== "string"){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.kind !== undefined){
	let data1 = data.kind;
	const _errs4 = errors;
	if(!((((((((((((data1 === "assertion") || (data1 === "process-document")) || (data1 === "update-manifest")) || (data1 === "build-provenance")) || (data1 === "signing-event")) || (data1 === "release-approval")) || (data1 === "rollback-recovery-tests")) || (data1 === "recovery-procedure")) || (data1 === "affected-versions")) || (data1 === "customer-notification")) || (data1 === "deployment-records")) || (data1 === "risk-acceptance"))){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.file !== undefined){
	let data2 = data.file;
	const _errs5 = errors;
	if((typeof data2 !== "string") && (data2 !== null)){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.producer !== undefined){
	const _errs7 = errors;
	if(typeof data.producer !== "string"){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.time !== undefined){
	let data4 = data.time;
	const _errs9 = errors;
	const _errs10 = errors;
	let valid1 = false;
	const _errs11 = errors;
	const _errs12 = errors;
	if(errors === _errs12){
	if(errors === _errs12){
	if(typeof data4 === "string"){
	if(!pattern27.test(data4)){
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
	if(!(formats0.validate(data4))){
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
	var _valid0 = _errs11 === errors;
	valid1 = valid1 || _valid0;
	const _errs14 = errors;
	if(data4 !== null){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	var _valid0 = _errs14 === errors;
	valid1 = valid1 || _valid0;
	if(!valid1){
	const err4 = REJECTED;
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate39.errors = vErrors;
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
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.controls !== undefined){
	let data5 = data.controls;
	const _errs16 = errors;
	if(errors === _errs16){
	if(Array.isArray(data5)){
	var valid3 = true;
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	const _errs18 = errors;
	if(typeof data5[i0] !== "string"){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs18 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate39.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs16 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.present !== undefined){
	const _errs20 = errors;
	if(typeof data.present !== "boolean"){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs20 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.sha256 !== undefined){
	let data8 = data.sha256;
	const _errs22 = errors;
	const _errs23 = errors;
	let valid4 = false;
	const _errs24 = errors;
	const _errs25 = errors;
	if(errors === _errs25){
	if(typeof data8 === "string"){
	if(!pattern18.test(data8)){
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
	var _valid1 = _errs24 === errors;
	valid4 = valid4 || _valid1;
	const _errs27 = errors;
	if(data8 !== null){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	var _valid1 = _errs27 === errors;
	valid4 = valid4 || _valid1;
	if(!valid4){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	validate39.errors = vErrors;
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
	var valid0 = _errs22 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.statement !== undefined){
	let data9 = data.statement;
	const _errs29 = errors;
	if((typeof data9 !== "string") && (data9 !== null)){
	validate39.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs29 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.record !== undefined){
	let data10 = data.record;
	const _errs31 = errors;
	const _errs32 = errors;
	let valid6 = false;
	const _errs33 = errors;
	if(!(validate40(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs33 === errors;
	valid6 = valid6 || _valid2;
	const _errs34 = errors;
	if(!(validate42(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs34 === errors;
	valid6 = valid6 || _valid2;
	const _errs35 = errors;
	if(!(validate44(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs35 === errors;
	valid6 = valid6 || _valid2;
	const _errs36 = errors;
	if(!(validate46(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs36 === errors;
	valid6 = valid6 || _valid2;
	const _errs37 = errors;
	const _errs38 = errors;
	if(errors === _errs38){
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if((((((((((data10.kind === undefined) && ("kind")) || ((data10.format === undefined) && ("format"))) || ((data10.document === undefined) && ("document"))) || ((data10.versionScheme === undefined) && ("versionScheme"))) || ((data10.vulnerabilities === undefined) && ("vulnerabilities"))) || ((data10.statements === undefined) && ("statements"))) || ((data10.notThisProduct === undefined) && ("notThisProduct"))) || ((data10.notThisProductCount === undefined) && ("notThisProductCount"))) || ((data10.unsupported === undefined) && ("unsupported"))){
	const err9 = REJECTED;
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	else {
	const _errs40 = errors;
	for(const key1 in data10){
	if(!(func1.call(schema120.properties, key1))){
	const err10 = REJECTED;
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	break;
	}
	}
	if(_errs40 === errors){
	if(data10.kind !== undefined){
	const _errs41 = errors;
	if("VexDocument" !== data10.kind){
	const err11 = REJECTED;
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	var valid8 = _errs41 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.format !== undefined){
	let data12 = data10.format;
	const _errs42 = errors;
	if(!((((data12 === "csaf") || (data12 === "openvex")) || (data12 === "osv")) || (data12 === "cyclonedx-vex"))){
	const err12 = REJECTED;
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	var valid8 = _errs42 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.document !== undefined){
	const _errs43 = errors;
	if(typeof data10.document !== "string"){
	const err13 = REJECTED;
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	var valid8 = _errs43 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.versionScheme !== undefined){
	let data14 = data10.versionScheme;
	const _errs45 = errors;
	if(!((data14 === "semver") || (data14 === "generic"))){
	const err14 = REJECTED;
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	var valid8 = _errs45 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.vulnerabilities !== undefined){
	let data15 = data10.vulnerabilities;
	const _errs46 = errors;
	if(errors === _errs46){
	if(Array.isArray(data15)){
	var valid9 = true;
	const len1 = data15.length;
	for(let i1=0; i1<len1; i1++){
	const _errs48 = errors;
	if(typeof data15[i1] !== "string"){
	const err15 = REJECTED;
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	var valid9 = _errs48 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	const err16 = REJECTED;
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	var valid8 = _errs46 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.statements !== undefined){
	let data17 = data10.statements;
	const _errs50 = errors;
	if(errors === _errs50){
	if(Array.isArray(data17)){
	var valid10 = true;
	const len2 = data17.length;
	for(let i2=0; i2<len2; i2++){
	let data18 = data17[i2];
	const _errs52 = errors;
	if(errors === _errs52){
	if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
	if(((((((((((((data18.vulnerability === undefined) && ("vulnerability")) || ((data18.statement === undefined) && ("statement"))) || ((data18.product === undefined) && ("product"))) || ((data18.identifier === undefined) && ("identifier"))) || ((data18.status === undefined) && ("status"))) || ((data18.justification === undefined) && ("justification"))) || ((data18.allVersions === undefined) && ("allVersions"))) || ((data18.versions === undefined) && ("versions"))) || ((data18.vers === undefined) && ("vers"))) || ((data18.ranges === undefined) && ("ranges"))) || ((data18.fromVersion === undefined) && ("fromVersion"))) || ((data18.toVersion === undefined) && ("toVersion"))){
	const err17 = REJECTED;
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	else {
	const _errs54 = errors;
	for(const key2 in data18){
	if(!(func1.call(schema120.properties.statements.items.properties, key2))){
	const err18 = REJECTED;
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	break;
	}
	}
	if(_errs54 === errors){
	if(data18.vulnerability !== undefined){
	const _errs55 = errors;
	if(typeof data18.vulnerability !== "string"){
	const err19 = REJECTED;
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	var valid11 = _errs55 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.statement !== undefined){
	const _errs57 = errors;
	if(typeof data18.statement !== "string"){
	const err20 = REJECTED;
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	var valid11 = _errs57 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.product !== undefined){
	const _errs59 = errors;
	if(typeof data18.product !== "string"){
	const err21 = REJECTED;
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	var valid11 = _errs59 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.identifier !== undefined){
	const _errs61 = errors;
	if(typeof data18.identifier !== "string"){
	const err22 = REJECTED;
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	var valid11 = _errs61 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.status !== undefined){
	let data23 = data18.status;
	const _errs63 = errors;
	if(!((((data23 === "affected") || (data23 === "not_affected")) || (data23 === "fixed")) || (data23 === "under_investigation"))){
	const err23 = REJECTED;
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	var valid11 = _errs63 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.justification !== undefined){
	let data24 = data18.justification;
	const _errs64 = errors;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err24 = REJECTED;
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	var valid11 = _errs64 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.allVersions !== undefined){
	const _errs66 = errors;
	if(typeof data18.allVersions !== "boolean"){
	const err25 = REJECTED;
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	var valid11 = _errs66 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.versions !== undefined){
	let data26 = data18.versions;
	const _errs68 = errors;
	if(errors === _errs68){
	if(Array.isArray(data26)){
	var valid12 = true;
	const len3 = data26.length;
	for(let i3=0; i3<len3; i3++){
	const _errs70 = errors;
	if(typeof data26[i3] !== "string"){
	const err26 = REJECTED;
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	var valid12 = _errs70 === errors;
	if(!valid12){
	break;
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
	var valid11 = _errs68 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.vers !== undefined){
	let data28 = data18.vers;
	const _errs72 = errors;
	if(errors === _errs72){
	if(Array.isArray(data28)){
	var valid13 = true;
	const len4 = data28.length;
	for(let i4=0; i4<len4; i4++){
	const _errs74 = errors;
	if(typeof data28[i4] !== "string"){
	const err28 = REJECTED;
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	var valid13 = _errs74 === errors;
	if(!valid13){
	break;
	}
	}
	}
	else {
	const err29 = REJECTED;
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	var valid11 = _errs72 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.ranges !== undefined){
	let data30 = data18.ranges;
	const _errs76 = errors;
	if(errors === _errs76){
	if(Array.isArray(data30)){
	var valid14 = true;
	const len5 = data30.length;
	for(let i5=0; i5<len5; i5++){
	let data31 = data30[i5];
	const _errs78 = errors;
	if(errors === _errs78){
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	if((((data31.introduced === undefined) && ("introduced")) || ((data31.fixed === undefined) && ("fixed"))) || ((data31.lastAffected === undefined) && ("lastAffected"))){
	const err30 = REJECTED;
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	else {
	const _errs80 = errors;
	for(const key3 in data31){
	if(!(((key3 === "introduced") || (key3 === "fixed")) || (key3 === "lastAffected"))){
	const err31 = REJECTED;
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	break;
	}
	}
	if(_errs80 === errors){
	if(data31.introduced !== undefined){
	const _errs81 = errors;
	if(typeof data31.introduced !== "string"){
	const err32 = REJECTED;
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	var valid15 = _errs81 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data31.fixed !== undefined){
	let data33 = data31.fixed;
	const _errs83 = errors;
	if((typeof data33 !== "string") && (data33 !== null)){
	const err33 = REJECTED;
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	var valid15 = _errs83 === errors;
	}
	else {
	var valid15 = true;
	}
	if(valid15){
	if(data31.lastAffected !== undefined){
	let data34 = data31.lastAffected;
	const _errs85 = errors;
	if((typeof data34 !== "string") && (data34 !== null)){
	const err34 = REJECTED;
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	var valid15 = _errs85 === errors;
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
	const err35 = REJECTED;
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	var valid14 = _errs78 === errors;
	if(!valid14){
	break;
	}
	}
	}
	else {
	const err36 = REJECTED;
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	var valid11 = _errs76 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.fromVersion !== undefined){
	let data35 = data18.fromVersion;
	const _errs87 = errors;
	if(!(((((data35 === "affected") || (data35 === "not_affected")) || (data35 === "fixed")) || (data35 === "under_investigation")) || (data35 === null))){
	const err37 = REJECTED;
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	var valid11 = _errs87 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data18.toVersion !== undefined){
	let data36 = data18.toVersion;
	const _errs88 = errors;
	if(!(((((data36 === "affected") || (data36 === "not_affected")) || (data36 === "fixed")) || (data36 === "under_investigation")) || (data36 === null))){
	const err38 = REJECTED;
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	var valid11 = _errs88 === errors;
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
	}
	}
	}
	}
	}
	}
	}
	else {
	const err39 = REJECTED;
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	var valid10 = _errs52 === errors;
	if(!valid10){
	break;
	}
	}
	}
	else {
	const err40 = REJECTED;
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	var valid8 = _errs50 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.notThisProduct !== undefined){
	let data37 = data10.notThisProduct;
	const _errs89 = errors;
	if(errors === _errs89){
	if(Array.isArray(data37)){
	var valid16 = true;
	const len6 = data37.length;
	for(let i6=0; i6<len6; i6++){
	const _errs91 = errors;
	if(typeof data37[i6] !== "string"){
	const err41 = REJECTED;
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	var valid16 = _errs91 === errors;
	if(!valid16){
	break;
	}
	}
	}
	else {
	const err42 = REJECTED;
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	var valid8 = _errs89 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.notThisProductCount !== undefined){
	let data39 = data10.notThisProductCount;
	const _errs93 = errors;
	if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
	const err43 = REJECTED;
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(errors === _errs93){
	if((typeof data39 == "number") && (isFinite(data39))){
	if(data39 < 0 || isNaN(data39)){
	const err44 = REJECTED;
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	}
	var valid8 = _errs93 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data10.unsupported !== undefined){
	let data40 = data10.unsupported;
	const _errs95 = errors;
	if(errors === _errs95){
	if(Array.isArray(data40)){
	var valid17 = true;
	const len7 = data40.length;
	for(let i7=0; i7<len7; i7++){
	let data41 = data40[i7];
	const _errs97 = errors;
	if(errors === _errs97){
	if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
	if((((((data41.statement === undefined) && ("statement")) || ((data41.vulnerability === undefined) && ("vulnerability"))) || ((data41.status === undefined) && ("status"))) || ((data41.product === undefined) && ("product"))) || ((data41.reason === undefined) && ("reason"))){
	const err45 = REJECTED;
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	else {
	const _errs99 = errors;
	for(const key4 in data41){
	if(!(((((key4 === "statement") || (key4 === "vulnerability")) || (key4 === "status")) || (key4 === "product")) || (key4 === "reason"))){
	const err46 = REJECTED;
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	break;
	}
	}
	if(_errs99 === errors){
	if(data41.statement !== undefined){
	const _errs100 = errors;
	if(typeof data41.statement !== "string"){
	const err47 = REJECTED;
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	var valid18 = _errs100 === errors;
	}
	else {
	var valid18 = true;
	}
	if(valid18){
	if(data41.vulnerability !== undefined){
	const _errs102 = errors;
	if(typeof data41.vulnerability !== "string"){
	const err48 = REJECTED;
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	var valid18 = _errs102 === errors;
	}
	else {
	var valid18 = true;
	}
	if(valid18){
	if(data41.status !== undefined){
	let data44 = data41.status;
	const _errs104 = errors;
	if(!((((data44 === "affected") || (data44 === "not_affected")) || (data44 === "fixed")) || (data44 === "under_investigation"))){
	const err49 = REJECTED;
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	var valid18 = _errs104 === errors;
	}
	else {
	var valid18 = true;
	}
	if(valid18){
	if(data41.product !== undefined){
	const _errs105 = errors;
	if(typeof data41.product !== "string"){
	const err50 = REJECTED;
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	var valid18 = _errs105 === errors;
	}
	else {
	var valid18 = true;
	}
	if(valid18){
	if(data41.reason !== undefined){
	const _errs107 = errors;
	if(typeof data41.reason !== "string"){
	const err51 = REJECTED;
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	var valid18 = _errs107 === errors;
	}
	else {
	var valid18 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	const err52 = REJECTED;
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	var valid17 = _errs97 === errors;
	if(!valid17){
	break;
	}
	}
	}
	else {
	const err53 = REJECTED;
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	var valid8 = _errs95 === errors;
	}
	else {
	var valid8 = true;
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
	const err54 = REJECTED;
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	var _valid2 = _errs37 === errors;
	valid6 = valid6 || _valid2;
	const _errs109 = errors;
	const _errs110 = errors;
	if(errors === _errs110){
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if((((((data10.kind === undefined) && ("kind")) || ((data10.status === undefined) && ("status"))) || ((data10.scope === undefined) && ("scope"))) || ((data10.audience === undefined) && ("audience"))) || ((data10.text === undefined) && ("text"))){
	const err55 = REJECTED;
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	else {
	const _errs112 = errors;
	for(const key5 in data10){
	if(!(((((key5 === "kind") || (key5 === "status")) || (key5 === "scope")) || (key5 === "audience")) || (key5 === "text"))){
	const err56 = REJECTED;
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	break;
	}
	}
	if(_errs112 === errors){
	if(data10.kind !== undefined){
	const _errs113 = errors;
	if("CustomerNotification" !== data10.kind){
	const err57 = REJECTED;
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	var valid20 = _errs113 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data10.status !== undefined){
	let data48 = data10.status;
	const _errs114 = errors;
	if(!(((data48 === "draft") || (data48 === "approved")) || (data48 === "sent"))){
	const err58 = REJECTED;
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	var valid20 = _errs114 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data10.scope !== undefined){
	let data49 = data10.scope;
	const _errs115 = errors;
	if(errors === _errs115){
	if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
	if(((((data49.product === undefined) && ("product")) || ((data49.cohorts === undefined) && ("cohorts"))) || ((data49.configurations === undefined) && ("configurations"))) || ((data49.vulnerabilities === undefined) && ("vulnerabilities"))){
	const err59 = REJECTED;
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	else {
	const _errs117 = errors;
	for(const key6 in data49){
	if(!((((key6 === "product") || (key6 === "cohorts")) || (key6 === "configurations")) || (key6 === "vulnerabilities"))){
	const err60 = REJECTED;
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	break;
	}
	}
	if(_errs117 === errors){
	if(data49.product !== undefined){
	const _errs118 = errors;
	if(typeof data49.product !== "string"){
	const err61 = REJECTED;
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	var valid21 = _errs118 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data49.cohorts !== undefined){
	let data51 = data49.cohorts;
	const _errs120 = errors;
	if(errors === _errs120){
	if(Array.isArray(data51)){
	var valid22 = true;
	const len8 = data51.length;
	for(let i8=0; i8<len8; i8++){
	const _errs122 = errors;
	if(typeof data51[i8] !== "string"){
	const err62 = REJECTED;
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	var valid22 = _errs122 === errors;
	if(!valid22){
	break;
	}
	}
	}
	else {
	const err63 = REJECTED;
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	var valid21 = _errs120 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data49.configurations !== undefined){
	let data53 = data49.configurations;
	const _errs124 = errors;
	if(errors === _errs124){
	if(Array.isArray(data53)){
	var valid23 = true;
	const len9 = data53.length;
	for(let i9=0; i9<len9; i9++){
	const _errs126 = errors;
	if(typeof data53[i9] !== "string"){
	const err64 = REJECTED;
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	var valid23 = _errs126 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	const err65 = REJECTED;
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	var valid21 = _errs124 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data49.vulnerabilities !== undefined){
	let data55 = data49.vulnerabilities;
	const _errs128 = errors;
	if(errors === _errs128){
	if(Array.isArray(data55)){
	var valid24 = true;
	const len10 = data55.length;
	for(let i10=0; i10<len10; i10++){
	const _errs130 = errors;
	if(typeof data55[i10] !== "string"){
	const err66 = REJECTED;
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	var valid24 = _errs130 === errors;
	if(!valid24){
	break;
	}
	}
	}
	else {
	const err67 = REJECTED;
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	var valid21 = _errs128 === errors;
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
	else {
	const err68 = REJECTED;
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	var valid20 = _errs115 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data10.audience !== undefined){
	const _errs132 = errors;
	if(typeof data10.audience !== "string"){
	const err69 = REJECTED;
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	var valid20 = _errs132 === errors;
	}
	else {
	var valid20 = true;
	}
	if(valid20){
	if(data10.text !== undefined){
	const _errs134 = errors;
	if(typeof data10.text !== "string"){
	const err70 = REJECTED;
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	var valid20 = _errs134 === errors;
	}
	else {
	var valid20 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	const err71 = REJECTED;
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	}
	var _valid2 = _errs109 === errors;
	valid6 = valid6 || _valid2;
	const _errs136 = errors;
	if(!(validate48(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs136 === errors;
	valid6 = valid6 || _valid2;
	const _errs137 = errors;
	if(!(validate50(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs137 === errors;
	valid6 = valid6 || _valid2;
	const _errs138 = errors;
	if(data10 !== null){
	const err72 = REJECTED;
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	var _valid2 = _errs138 === errors;
	valid6 = valid6 || _valid2;
	if(!valid6){
	const err73 = REJECTED;
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	validate39.errors = vErrors;
	return false;
	}
	else {
	errors = _errs32;
	if(vErrors !== null){
	if(_errs32){
	vErrors.length = _errs32;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs31 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.verification !== undefined){
	let data59 = data.verification;
	const _errs140 = errors;
	const _errs141 = errors;
	let valid25 = false;
	const _errs142 = errors;
	if(!(validate52(data59, {instancePath:instancePath+"/verification",parentData:data,parentDataProperty:"verification",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
	errors = vErrors.length;
	}
	var _valid3 = _errs142 === errors;
	valid25 = valid25 || _valid3;
	const _errs143 = errors;
	if(!(validate58(data59, {instancePath:instancePath+"/verification",parentData:data,parentDataProperty:"verification",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
	errors = vErrors.length;
	}
	var _valid3 = _errs143 === errors;
	valid25 = valid25 || _valid3;
	const _errs144 = errors;
	if(data59 !== null){
	const err74 = REJECTED;
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	var _valid3 = _errs144 === errors;
	valid25 = valid25 || _valid3;
	if(!valid25){
	const err75 = REJECTED;
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	validate39.errors = vErrors;
	return false;
	}
	else {
	errors = _errs141;
	if(vErrors !== null){
	if(_errs141){
	vErrors.length = _errs141;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid0 = _errs140 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.alternatives !== undefined){
	let data60 = data.alternatives;
	const _errs146 = errors;
	if(errors === _errs146){
	if(Array.isArray(data60)){
	if(data60.length > 31){
	validate39.errors = [REJECTED];
	return false;
	}
	else {
	var valid26 = true;
	const len11 = data60.length;
	for(let i11=0; i11<len11; i11++){
	const _errs148 = errors;
	if(!(validate58(data60[i11], {instancePath:instancePath+"/alternatives/" + i11,parentData:data60,parentDataProperty:i11,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
	errors = vErrors.length;
	}
	var valid26 = _errs148 === errors;
	if(!valid26){
	break;
	}
	}
	}
	}
	else {
	validate39.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs146 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.attestation !== undefined){
	let data62 = data.attestation;
	const _errs149 = errors;
	const _errs150 = errors;
	let valid27 = false;
	const _errs151 = errors;
	if(!(validate62(data62, {instancePath:instancePath+"/attestation",parentData:data,parentDataProperty:"attestation",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
	errors = vErrors.length;
	}
	var _valid4 = _errs151 === errors;
	valid27 = valid27 || _valid4;
	const _errs152 = errors;
	if(data62 !== null){
	const err76 = REJECTED;
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	var _valid4 = _errs152 === errors;
	valid27 = valid27 || _valid4;
	if(!valid27){
	const err77 = REJECTED;
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	validate39.errors = vErrors;
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
	var valid0 = _errs149 === errors;
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
	validate39.errors = [REJECTED];
	return false;
	}
	}
	validate39.errors = vErrors;
	return errors === 0;
	}
	validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate66.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((((data.file === undefined) && ("file")) || ((data.sha256 === undefined) && ("sha256"))) || ((data.product === undefined) && ("product"))) || ((data.cohort === undefined) && ("cohort"))) || ((data.fromVersion === undefined) && ("fromVersion"))) || ((data.toVersion === undefined) && ("toVersion"))) || ((data.decision === undefined) && ("decision"))) || ((data.evaluationTime === undefined) && ("evaluationTime"))){
	validate66.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((((((key0 === "file") || (key0 === "sha256")) || (key0 === "product")) || (key0 === "cohort")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "decision")) || (key0 === "evaluationTime"))){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.file !== undefined){
	let data0 = data.file;
	const _errs2 = errors;
	{
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.sha256 !== undefined){
	let data1 = data.sha256;
	const _errs4 = errors;
	{
	if(typeof data1 === "string"){
	if(!pattern18.test(data1)){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product !== undefined){
	let data2 = data.product;
	const _errs7 = errors;
	{
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.cohort !== undefined){
	let data3 = data.cohort;
	const _errs9 = errors;
	{
	if(typeof data3 === "string"){
	if(func2(data3) < 1){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs9 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.fromVersion !== undefined){
	let data4 = data.fromVersion;
	const _errs11 = errors;
	{
	if(typeof data4 === "string"){
	if(func2(data4) < 1){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.toVersion !== undefined){
	let data5 = data.toVersion;
	const _errs13 = errors;
	{
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs13 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.decision !== undefined){
	let data6 = data.decision;
	const _errs15 = errors;
	if(!(((data6 === "approve") || (data6 === "conditional")) || (data6 === "reject"))){
	validate66.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs15 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evaluationTime !== undefined){
	let data7 = data.evaluationTime;
	const _errs16 = errors;
	{
	{
	if(typeof data7 === "string"){
	if(!pattern27.test(data7)){
	validate66.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data7))){
	validate66.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate66.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs16 === errors;
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
	validate66.errors = [REJECTED];
	return false;
	}
	}
	validate66.errors = vErrors;
	return errors === 0;
	}
	validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate36.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((data.apiVersion === undefined) && ("apiVersion")) || ((data.evaluationTime === undefined) && ("evaluationTime"))) || ((data.package === undefined) && ("package"))) || ((data.evidence === undefined) && ("evidence"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((((key0 === "apiVersion") || (key0 === "evaluationTime")) || (key0 === "package")) || (key0 === "evidence")) || (key0 === "retainedReports")) || (key0 === "change")) || (key0 === "github")) || (key0 === "release"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.apiVersion !== undefined){
	const _errs2 = errors;
	if("update-gate.dev/policy-input/v1" !== data.apiVersion){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evaluationTime !== undefined){
	let data1 = data.evaluationTime;
	const _errs3 = errors;
	const _errs4 = errors;
	if(errors === _errs4){
	if(errors === _errs4){
	if(typeof data1 === "string"){
	if(!pattern27.test(data1)){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data1))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.package !== undefined){
	const _errs6 = errors;
	if(!(validate37(data.package, {instancePath:instancePath+"/package",parentData:data,parentDataProperty:"package",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
	errors = vErrors.length;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evidence !== undefined){
	let data3 = data.evidence;
	const _errs7 = errors;
	if(errors === _errs7){
	if(Array.isArray(data3)){
	var valid2 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	const _errs9 = errors;
	if(!(validate39(data3[i0], {instancePath:instancePath+"/evidence/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
	errors = vErrors.length;
	}
	var valid2 = _errs9 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.retainedReports !== undefined){
	let data5 = data.retainedReports;
	const _errs10 = errors;
	if(errors === _errs10){
	if(Array.isArray(data5)){
	var valid3 = true;
	const len1 = data5.length;
	for(let i1=0; i1<len1; i1++){
	const _errs12 = errors;
	if(!(validate66(data5[i1], {instancePath:instancePath+"/retainedReports/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
	errors = vErrors.length;
	}
	var valid3 = _errs12 === errors;
	if(!valid3){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.change !== undefined){
	let data7 = data.change;
	const _errs13 = errors;
	if(errors === _errs13){
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(((data7.event === undefined) && ("event")) || ((data7.gateConfigurationChanged === undefined) && ("gateConfigurationChanged"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs15 = errors;
	for(const key1 in data7){
	if(!((key1 === "event") || (key1 === "gateConfigurationChanged"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs15 === errors){
	if(data7.event !== undefined){
	const _errs16 = errors;
	if(typeof data7.event !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs16 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data7.gateConfigurationChanged !== undefined){
	let data9 = data7.gateConfigurationChanged;
	const _errs18 = errors;
	if(errors === _errs18){
	if(Array.isArray(data9)){
	var valid5 = true;
	const len2 = data9.length;
	for(let i2=0; i2<len2; i2++){
	const _errs20 = errors;
	if(typeof data9[i2] !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid5 = _errs20 === errors;
	if(!valid5){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs18 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs13 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.github !== undefined){
	let data11 = data.github;
	const _errs22 = errors;
	if(errors === _errs22){
	if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
	if((((((((data11.event === undefined) && ("event")) || ((data11.repository === undefined) && ("repository"))) || ((data11.headSha === undefined) && ("headSha"))) || ((data11.evidenceSha === undefined) && ("evidenceSha"))) || ((data11.author === undefined) && ("author"))) || ((data11.reviews === undefined) && ("reviews"))) || ((data11.deploymentApprovals === undefined) && ("deploymentApprovals"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs24 = errors;
	for(const key2 in data11){
	if(!(func1.call(schema91.properties.github.properties, key2))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs24 === errors){
	if(data11.event !== undefined){
	const _errs25 = errors;
	if(typeof data11.event !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs25 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.repository !== undefined){
	const _errs27 = errors;
	if(typeof data11.repository !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs27 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.pullRequest !== undefined){
	let data14 = data11.pullRequest;
	const _errs29 = errors;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	validate36.errors = [REJECTED];
	return false;
	}
	if(errors === _errs29){
	if((typeof data14 == "number") && (isFinite(data14))){
	if(data14 < 1 || isNaN(data14)){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid6 = _errs29 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.runId !== undefined){
	let data15 = data11.runId;
	const _errs31 = errors;
	if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
	validate36.errors = [REJECTED];
	return false;
	}
	if(errors === _errs31){
	if((typeof data15 == "number") && (isFinite(data15))){
	if(data15 < 1 || isNaN(data15)){
	validate36.errors = [REJECTED];
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
	if(data11.headSha !== undefined){
	let data16 = data11.headSha;
	const _errs33 = errors;
	const _errs34 = errors;
	if(errors === _errs34){
	if(typeof data16 === "string"){
	if(!pattern67.test(data16)){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid6 = _errs33 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.evidenceSha !== undefined){
	let data17 = data11.evidenceSha;
	const _errs36 = errors;
	const _errs37 = errors;
	let valid8 = false;
	const _errs38 = errors;
	const _errs39 = errors;
	if(errors === _errs39){
	if(typeof data17 === "string"){
	if(!pattern67.test(data17)){
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
	else {
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
	var _valid0 = _errs38 === errors;
	if(_valid0){
	valid8 = true;
	}
	const _errs41 = errors;
	if(data17 !== null){
	const err2 = REJECTED;
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	var _valid0 = _errs41 === errors;
	if(_valid0 && valid8){
	valid8 = false;
	}
	else {
	if(_valid0){
	valid8 = true;
	}
	}
	if(!valid8){
	const err3 = REJECTED;
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	validate36.errors = vErrors;
	return false;
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
	var valid6 = _errs36 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.author !== undefined){
	let data18 = data11.author;
	const _errs43 = errors;
	if((typeof data18 !== "string") && (data18 !== null)){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs43 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.reviews !== undefined){
	let data19 = data11.reviews;
	const _errs45 = errors;
	if(errors === _errs45){
	if(Array.isArray(data19)){
	var valid10 = true;
	const len3 = data19.length;
	for(let i3=0; i3<len3; i3++){
	let data20 = data19[i3];
	const _errs47 = errors;
	if(errors === _errs47){
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if((((((data20.login === undefined) && ("login")) || ((data20.state === undefined) && ("state"))) || ((data20.commitId === undefined) && ("commitId"))) || ((data20.submittedAt === undefined) && ("submittedAt"))) || ((data20.byAuthor === undefined) && ("byAuthor"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs49 = errors;
	for(const key3 in data20){
	if(!(((((key3 === "login") || (key3 === "state")) || (key3 === "commitId")) || (key3 === "submittedAt")) || (key3 === "byAuthor"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs49 === errors){
	if(data20.login !== undefined){
	let data21 = data20.login;
	const _errs50 = errors;
	if(errors === _errs50){
	if(typeof data21 === "string"){
	if(func2(data21) < 1){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid11 = _errs50 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data20.state !== undefined){
	let data22 = data20.state;
	const _errs52 = errors;
	if(!(((data22 === "APPROVED") || (data22 === "CHANGES_REQUESTED")) || (data22 === "DISMISSED"))){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs52 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data20.commitId !== undefined){
	let data23 = data20.commitId;
	const _errs53 = errors;
	const _errs54 = errors;
	let valid12 = false;
	const _errs55 = errors;
	const _errs56 = errors;
	if(errors === _errs56){
	if(typeof data23 === "string"){
	if(!pattern67.test(data23)){
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
	var _valid1 = _errs55 === errors;
	if(_valid1){
	valid12 = true;
	}
	const _errs58 = errors;
	if(data23 !== null){
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	var _valid1 = _errs58 === errors;
	if(_valid1 && valid12){
	valid12 = false;
	}
	else {
	if(_valid1){
	valid12 = true;
	}
	}
	if(!valid12){
	const err7 = REJECTED;
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	validate36.errors = vErrors;
	return false;
	}
	else {
	errors = _errs54;
	if(vErrors !== null){
	if(_errs54){
	vErrors.length = _errs54;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid11 = _errs53 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data20.submittedAt !== undefined){
	let data24 = data20.submittedAt;
	const _errs60 = errors;
	if((typeof data24 !== "string") && (data24 !== null)){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs60 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data20.byAuthor !== undefined){
	const _errs62 = errors;
	if(typeof data20.byAuthor !== "boolean"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs62 === errors;
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
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid10 = _errs47 === errors;
	if(!valid10){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid6 = _errs45 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.pushes !== undefined){
	let data26 = data11.pushes;
	const _errs64 = errors;
	if(errors === _errs64){
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	if((((data26.branch === undefined) && ("branch")) || ((data26.logins === undefined) && ("logins"))) || ((data26.headPushed === undefined) && ("headPushed"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs66 = errors;
	for(const key4 in data26){
	if(!(((key4 === "branch") || (key4 === "logins")) || (key4 === "headPushed"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs66 === errors){
	if(data26.branch !== undefined){
	let data27 = data26.branch;
	const _errs67 = errors;
	if((typeof data27 !== "string") && (data27 !== null)){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs67 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.logins !== undefined){
	let data28 = data26.logins;
	const _errs69 = errors;
	if(errors === _errs69){
	if(Array.isArray(data28)){
	var valid15 = true;
	const len4 = data28.length;
	for(let i4=0; i4<len4; i4++){
	let data29 = data28[i4];
	const _errs71 = errors;
	if(errors === _errs71){
	if(typeof data29 === "string"){
	if(func2(data29) < 1){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid15 = _errs71 === errors;
	if(!valid15){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid14 = _errs69 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.headPushed !== undefined){
	const _errs73 = errors;
	if(typeof data26.headPushed !== "boolean"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid14 = _errs73 === errors;
	}
	else {
	var valid14 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid6 = _errs64 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data11.deploymentApprovals !== undefined){
	let data31 = data11.deploymentApprovals;
	const _errs75 = errors;
	if(errors === _errs75){
	if(Array.isArray(data31)){
	var valid16 = true;
	const len5 = data31.length;
	for(let i5=0; i5<len5; i5++){
	let data32 = data31[i5];
	const _errs77 = errors;
	if(errors === _errs77){
	if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
	if((((((data32.login === undefined) && ("login")) || ((data32.state === undefined) && ("state"))) || ((data32.environments === undefined) && ("environments"))) || ((data32.comment === undefined) && ("comment"))) || ((data32.byAuthor === undefined) && ("byAuthor"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs79 = errors;
	for(const key5 in data32){
	if(!(((((key5 === "login") || (key5 === "state")) || (key5 === "environments")) || (key5 === "comment")) || (key5 === "byAuthor"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs79 === errors){
	if(data32.login !== undefined){
	let data33 = data32.login;
	const _errs80 = errors;
	if(errors === _errs80){
	if(typeof data33 === "string"){
	if(func2(data33) < 1){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid17 = _errs80 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data32.state !== undefined){
	let data34 = data32.state;
	const _errs82 = errors;
	if(!(((data34 === "approved") || (data34 === "rejected")) || (data34 === "pending"))){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs82 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data32.environments !== undefined){
	let data35 = data32.environments;
	const _errs83 = errors;
	if(errors === _errs83){
	if(Array.isArray(data35)){
	var valid18 = true;
	const len6 = data35.length;
	for(let i6=0; i6<len6; i6++){
	const _errs85 = errors;
	if(typeof data35[i6] !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid18 = _errs85 === errors;
	if(!valid18){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid17 = _errs83 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data32.comment !== undefined){
	const _errs87 = errors;
	if(typeof data32.comment !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs87 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data32.byAuthor !== undefined){
	const _errs89 = errors;
	if(typeof data32.byAuthor !== "boolean"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid17 = _errs89 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid16 = _errs77 === errors;
	if(!valid16){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid6 = _errs75 === errors;
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
	}
	}
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs22 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.release !== undefined){
	let data39 = data.release;
	const _errs91 = errors;
	if(errors === _errs91){
	if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
	if((((data39.tag === undefined) && ("tag")) || ((data39.assets === undefined) && ("assets"))) || ((data39.packageFiles === undefined) && ("packageFiles"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs93 = errors;
	for(const key6 in data39){
	if(!(((key6 === "tag") || (key6 === "assets")) || (key6 === "packageFiles"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs93 === errors){
	if(data39.tag !== undefined){
	const _errs94 = errors;
	if(typeof data39.tag !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid19 = _errs94 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.assets !== undefined){
	let data41 = data39.assets;
	const _errs96 = errors;
	if(errors === _errs96){
	if(Array.isArray(data41)){
	var valid20 = true;
	const len7 = data41.length;
	for(let i7=0; i7<len7; i7++){
	let data42 = data41[i7];
	const _errs98 = errors;
	if(errors === _errs98){
	if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
	if((((data42.name === undefined) && ("name")) || ((data42.size === undefined) && ("size"))) || ((data42.sha256 === undefined) && ("sha256"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs100 = errors;
	for(const key7 in data42){
	if(!(((key7 === "name") || (key7 === "size")) || (key7 === "sha256"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs100 === errors){
	if(data42.name !== undefined){
	const _errs101 = errors;
	if(typeof data42.name !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid21 = _errs101 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data42.size !== undefined){
	let data44 = data42.size;
	const _errs103 = errors;
	if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
	validate36.errors = [REJECTED];
	return false;
	}
	if(errors === _errs103){
	if((typeof data44 == "number") && (isFinite(data44))){
	if(data44 < 0 || isNaN(data44)){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid21 = _errs103 === errors;
	}
	else {
	var valid21 = true;
	}
	if(valid21){
	if(data42.sha256 !== undefined){
	let data45 = data42.sha256;
	const _errs105 = errors;
	const _errs106 = errors;
	if(errors === _errs106){
	if(typeof data45 === "string"){
	if(!pattern18.test(data45)){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid21 = _errs105 === errors;
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
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid20 = _errs98 === errors;
	if(!valid20){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid19 = _errs96 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.packageFiles !== undefined){
	let data46 = data39.packageFiles;
	const _errs108 = errors;
	if(errors === _errs108){
	if(Array.isArray(data46)){
	var valid23 = true;
	const len8 = data46.length;
	for(let i8=0; i8<len8; i8++){
	let data47 = data46[i8];
	const _errs110 = errors;
	if(errors === _errs110){
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(((data47.path === undefined) && ("path")) || ((data47.sha256 === undefined) && ("sha256"))){
	validate36.errors = [REJECTED];
	return false;
	}
	else {
	const _errs112 = errors;
	for(const key8 in data47){
	if(!((key8 === "path") || (key8 === "sha256"))){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	if(_errs112 === errors){
	if(data47.path !== undefined){
	const _errs113 = errors;
	if(typeof data47.path !== "string"){
	validate36.errors = [REJECTED];
	return false;
	}
	var valid24 = _errs113 === errors;
	}
	else {
	var valid24 = true;
	}
	if(valid24){
	if(data47.sha256 !== undefined){
	let data49 = data47.sha256;
	const _errs115 = errors;
	const _errs116 = errors;
	if(errors === _errs116){
	if(typeof data49 === "string"){
	if(!pattern18.test(data49)){
	validate36.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid24 = _errs115 === errors;
	}
	else {
	var valid24 = true;
	}
	}
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid23 = _errs110 === errors;
	if(!valid23){
	break;
	}
	}
	}
	else {
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid19 = _errs108 === errors;
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
	validate36.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs91 === errors;
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
	validate36.errors = [REJECTED];
	return false;
	}
	}
	validate36.errors = vErrors;
	return errors === 0;
	}
	validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyInput;
	};
	return validatorsPolicyInput;
}

var validatorsPolicyInputExports = requireValidatorsPolicyInput();

module.exports = validatorsPolicyInputExports;
})
