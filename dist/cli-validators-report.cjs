(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsReport = {};

var hasRequiredValidatorsReport;

function requireValidatorsReport () {
	if (hasRequiredValidatorsReport) return validatorsReport;
	hasRequiredValidatorsReport = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsReport.report = () => {
	  const exports = {};
	exports.report = validate82;
	const schema178 = {"properties":{"evidence":{"properties":{"signatures":{"items":{"properties":{"evidence":{"type":"string"},"source":{"type":"string"},"verified":{"type":"boolean"},"keyId":{"type":["string","null"]},"reason":{"type":["string","null"]},"issuer":{"type":["string","null"]},"subject":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"sourceCommit":{"type":["string","null"]},"buildSignerUri":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]},"logIndexes":{"type":"array","items":{"type":"string"}},"signedAt":{"type":["string","null"]},"origin":{"type":"string"}}}}}}}};
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func1 = Object.prototype.hasOwnProperty;
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const schema50 = {"properties":{"apiVersion":{"const":"update-gate.dev/policy-output/v1"},"decision":{"enum":["approve","conditional","reject"]},"summary":{"type":"string","minLength":1},"maturity":{"type":"object","additionalProperties":false,"required":["level","reason","controls","configurations"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1},"controls":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}},"configurations":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}}}},"controls":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","level","required"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["pass","fail","gap"]},"level":{"oneOf":[{"$ref":"#/$defs/level"},{"type":"null"}]},"required":{"type":"boolean"},"questions":{"type":"array","items":{"type":"string"}}}}},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","reasons","exception"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["approved","excluded","rejected"]},"reasons":{"$ref":"#/$defs/stringList"},"exception":{"type":["string","null"]},"waivers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["exception","waived","notWaived"],"properties":{"exception":{"type":"string","minLength":1},"waived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1}}}},"notWaived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message","why"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"why":{"enum":["not-in-waives","not-waivable"]}}}}}}}}}},"questions":{"type":"array","minItems":5,"maxItems":5,"items":{"type":"object","additionalProperties":false,"required":["id","question","answer","reasons","evidence"],"properties":{"id":{"enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"question":{"type":"string","minLength":1},"answer":{"enum":["pass","fail","gap"]},"reasons":{"$ref":"#/$defs/stringList"},"evidence":{"$ref":"#/$defs/stringList"}}}},"conditions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","text","followUpBy"],"properties":{"id":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"text":{"type":"string","minLength":1},"followUpBy":{"type":["string","null"]},"remainOn":{"type":"string"},"mitigation":{"type":"string"},"acceptedBy":{"type":"string"}}}},"findings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","control","severity","message","evidence"],"properties":{"rule":{"type":"string","minLength":1},"control":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean"}}}},"fleet":{"type":"object","additionalProperties":false,"required":["inventory","cohort","covered","notCovered","unknown","note"],"properties":{"inventory":{"type":"boolean"},"cohort":{"type":"string"},"covered":{"type":"array","items":{"type":"string"}},"notCovered":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}},"note":{"type":"string","minLength":1}}}}};

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


	function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate82.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((((data.apiVersion === undefined) && ("apiVersion")) || ((data.evaluationTime === undefined) && ("evaluationTime"))) || ((data.package === undefined) && ("package"))) || ((data.inputDigests === undefined) && ("inputDigests"))) || ((data.policy === undefined) && ("policy"))) || ((data.evidence === undefined) && ("evidence"))) || ((data.artifacts === undefined) && ("artifacts"))) || ((data.result === undefined) && ("result"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!((((((((key0 === "apiVersion") || (key0 === "evaluationTime")) || (key0 === "package")) || (key0 === "inputDigests")) || (key0 === "policy")) || (key0 === "evidence")) || (key0 === "artifacts")) || (key0 === "result"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data.apiVersion !== undefined){
	const _errs2 = errors;
	if("update-gate.dev/report/v1" !== data.apiVersion){
	validate82.errors = [REJECTED];
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
	if(errors === _errs3){
	if(errors === _errs3){
	if(typeof data1 === "string"){
	if(func2(data1) > 64){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	if(!(formats0.validate(data1))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
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
	let data2 = data.package;
	const _errs5 = errors;
	if(errors === _errs5){
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if((((((data2.dir === undefined) && ("dir")) || ((data2.product === undefined) && ("product"))) || ((data2.fromVersion === undefined) && ("fromVersion"))) || ((data2.toVersion === undefined) && ("toVersion"))) || ((data2.cohort === undefined) && ("cohort"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs7 = errors;
	for(const key1 in data2){
	if(!(((((key1 === "dir") || (key1 === "product")) || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs7 === errors){
	if(data2.dir !== undefined){
	const _errs8 = errors;
	if(typeof data2.dir !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs8 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data2.product !== undefined){
	let data4 = data2.product;
	const _errs10 = errors;
	if(errors === _errs10){
	if(typeof data4 === "string"){
	if(func2(data4) < 1){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs10 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data2.fromVersion !== undefined){
	let data5 = data2.fromVersion;
	const _errs12 = errors;
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs12 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data2.toVersion !== undefined){
	let data6 = data2.toVersion;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data6 === "string"){
	if(func2(data6) < 1){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs14 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data2.cohort !== undefined){
	let data7 = data2.cohort;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data7 === "string"){
	if(func2(data7) < 1){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs16 === errors;
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
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.inputDigests !== undefined){
	let data8 = data.inputDigests;
	const _errs18 = errors;
	if(errors === _errs18){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	for(const key2 in data8){
	let data9 = data8[key2];
	const _errs21 = errors;
	if(errors === _errs21){
	if(typeof data9 === "string"){
	if(!pattern18.test(data9)){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs21 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs18 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.policy !== undefined){
	let data10 = data.policy;
	const _errs23 = errors;
	if(errors === _errs23){
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(((data10.name === undefined) && ("name")) || ((data10.sha256 === undefined) && ("sha256"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs25 = errors;
	for(const key3 in data10){
	if(!((key3 === "name") || (key3 === "sha256"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs25 === errors){
	if(data10.name !== undefined){
	const _errs26 = errors;
	if(typeof data10.name !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid3 = _errs26 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data10.sha256 !== undefined){
	let data12 = data10.sha256;
	const _errs28 = errors;
	if(errors === _errs28){
	if(typeof data12 === "string"){
	if(!pattern18.test(data12)){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs28 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs23 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evidence !== undefined){
	let data13 = data.evidence;
	const _errs30 = errors;
	if(errors === _errs30){
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if(((data13.missing === undefined) && ("missing")) || ((data13.signatures === undefined) && ("signatures"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs32 = errors;
	for(const key4 in data13){
	if(!((key4 === "missing") || (key4 === "signatures"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs32 === errors){
	if(data13.missing !== undefined){
	let data14 = data13.missing;
	const _errs33 = errors;
	if(errors === _errs33){
	if(Array.isArray(data14)){
	var valid5 = true;
	const len0 = data14.length;
	for(let i0=0; i0<len0; i0++){
	let data15 = data14[i0];
	const _errs35 = errors;
	if(errors === _errs35){
	if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
	if((((data15.id === undefined) && ("id")) || ((data15.kind === undefined) && ("kind"))) || ((data15.file === undefined) && ("file"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs37 = errors;
	for(const key5 in data15){
	if(!(((key5 === "id") || (key5 === "kind")) || (key5 === "file"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs37 === errors){
	if(data15.id !== undefined){
	const _errs38 = errors;
	if(typeof data15.id !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs38 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data15.kind !== undefined){
	const _errs40 = errors;
	if(typeof data15.kind !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs40 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data15.file !== undefined){
	const _errs42 = errors;
	if(typeof data15.file !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid6 = _errs42 === errors;
	}
	else {
	var valid6 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid5 = _errs35 === errors;
	if(!valid5){
	break;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs33 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data13.signatures !== undefined){
	let data19 = data13.signatures;
	const _errs44 = errors;
	if(errors === _errs44){
	if(Array.isArray(data19)){
	var valid7 = true;
	const len1 = data19.length;
	for(let i1=0; i1<len1; i1++){
	let data20 = data19[i1];
	const _errs46 = errors;
	if(errors === _errs46){
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if((((((data20.evidence === undefined) && ("evidence")) || ((data20.source === undefined) && ("source"))) || ((data20.verified === undefined) && ("verified"))) || ((data20.keyId === undefined) && ("keyId"))) || ((data20.reason === undefined) && ("reason"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs48 = errors;
	for(const key6 in data20){
	if(!(func1.call(schema178.properties.evidence.properties.signatures.items.properties, key6))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs48 === errors){
	if(data20.evidence !== undefined){
	const _errs49 = errors;
	if(typeof data20.evidence !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs49 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.source !== undefined){
	const _errs51 = errors;
	if(typeof data20.source !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs51 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.verified !== undefined){
	const _errs53 = errors;
	if(typeof data20.verified !== "boolean"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs53 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.keyId !== undefined){
	let data24 = data20.keyId;
	const _errs55 = errors;
	if((typeof data24 !== "string") && (data24 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs55 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.reason !== undefined){
	let data25 = data20.reason;
	const _errs57 = errors;
	if((typeof data25 !== "string") && (data25 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs57 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.issuer !== undefined){
	let data26 = data20.issuer;
	const _errs59 = errors;
	if((typeof data26 !== "string") && (data26 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs59 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.subject !== undefined){
	let data27 = data20.subject;
	const _errs61 = errors;
	if((typeof data27 !== "string") && (data27 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs61 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.sourceRepository !== undefined){
	let data28 = data20.sourceRepository;
	const _errs63 = errors;
	if((typeof data28 !== "string") && (data28 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs63 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.sourceRef !== undefined){
	let data29 = data20.sourceRef;
	const _errs65 = errors;
	if((typeof data29 !== "string") && (data29 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs65 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.sourceCommit !== undefined){
	let data30 = data20.sourceCommit;
	const _errs67 = errors;
	if((typeof data30 !== "string") && (data30 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs67 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.buildSignerUri !== undefined){
	let data31 = data20.buildSignerUri;
	const _errs69 = errors;
	if((typeof data31 !== "string") && (data31 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs69 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.runnerEnvironment !== undefined){
	let data32 = data20.runnerEnvironment;
	const _errs71 = errors;
	if((typeof data32 !== "string") && (data32 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs71 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.logIndexes !== undefined){
	let data33 = data20.logIndexes;
	const _errs73 = errors;
	if(errors === _errs73){
	if(Array.isArray(data33)){
	var valid9 = true;
	const len2 = data33.length;
	for(let i2=0; i2<len2; i2++){
	const _errs75 = errors;
	if(typeof data33[i2] !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid9 = _errs75 === errors;
	if(!valid9){
	break;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid8 = _errs73 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.signedAt !== undefined){
	let data35 = data20.signedAt;
	const _errs77 = errors;
	if((typeof data35 !== "string") && (data35 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs77 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data20.origin !== undefined){
	const _errs79 = errors;
	if(typeof data20.origin !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid8 = _errs79 === errors;
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
	}
	}
	}
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid7 = _errs46 === errors;
	if(!valid7){
	break;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs44 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs30 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.artifacts !== undefined){
	let data37 = data.artifacts;
	const _errs81 = errors;
	if(errors === _errs81){
	if(Array.isArray(data37)){
	var valid10 = true;
	const len3 = data37.length;
	for(let i3=0; i3<len3; i3++){
	let data38 = data37[i3];
	const _errs83 = errors;
	if(errors === _errs83){
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if((((data38.name === undefined) && ("name")) || ((data38.sha256 === undefined) && ("sha256"))) || ((data38.matches === undefined) && ("matches"))){
	validate82.errors = [REJECTED];
	return false;
	}
	else {
	const _errs85 = errors;
	for(const key7 in data38){
	if(!(((key7 === "name") || (key7 === "sha256")) || (key7 === "matches"))){
	validate82.errors = [REJECTED];
	return false;
	}
	}
	if(_errs85 === errors){
	if(data38.name !== undefined){
	const _errs86 = errors;
	if(typeof data38.name !== "string"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs86 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data38.sha256 !== undefined){
	let data40 = data38.sha256;
	const _errs88 = errors;
	if((typeof data40 !== "string") && (data40 !== null)){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs88 === errors;
	}
	else {
	var valid11 = true;
	}
	if(valid11){
	if(data38.matches !== undefined){
	const _errs90 = errors;
	if(typeof data38.matches !== "boolean"){
	validate82.errors = [REJECTED];
	return false;
	}
	var valid11 = _errs90 === errors;
	}
	else {
	var valid11 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid10 = _errs83 === errors;
	if(!valid10){
	break;
	}
	}
	}
	else {
	validate82.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs81 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.result !== undefined){
	const _errs92 = errors;
	if(!(validate22(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
	errors = vErrors.length;
	}
	var valid0 = _errs92 === errors;
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
	validate82.errors = [REJECTED];
	return false;
	}
	}
	validate82.errors = vErrors;
	return errors === 0;
	}
	validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.report;
	};
	return validatorsReport;
}

var validatorsReportExports = requireValidatorsReport();

module.exports = validatorsReportExports;
})
