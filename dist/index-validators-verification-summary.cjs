(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsVerificationSummary = {};

var hasRequiredValidatorsVerificationSummary;

function requireValidatorsVerificationSummary () {
	if (hasRequiredValidatorsVerificationSummary) return validatorsVerificationSummary;
	hasRequiredValidatorsVerificationSummary = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsVerificationSummary.verificationSummary = () => {
	  const exports = {};
	exports.verificationSummary = validate74;
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((data.digest === undefined) && ("digest")){
	validate75.errors = [REJECTED];
	return false;
	}
	else {
	if(data.name !== undefined){
	const _errs1 = errors;
	if(typeof data.name !== "string"){
	validate75.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.uri !== undefined){
	let data1 = data.uri;
	const _errs3 = errors;
	{
	{
	if(typeof data1 === "string"){
	if(!(formats72.test(data1))){
	validate75.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate75.errors = [REJECTED];
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
	if(data.digest !== undefined){
	let data2 = data.digest;
	const _errs5 = errors;
	{
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if(Object.keys(data2).length < 1){
	validate75.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data2){
	if(!((key0 === "sha256") || (key0 === "sha512"))){
	let data3 = data2[key0];
	const _errs9 = errors;
	{
	if(typeof data3 === "string"){
	if(!pattern80.test(data3)){
	validate75.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate75.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs9 === errors;
	if(!valid2){
	break;
	}
	}
	}
	{
	if(data2.sha256 !== undefined){
	let data4 = data2.sha256;
	const _errs11 = errors;
	{
	if(typeof data4 === "string"){
	if(!pattern18.test(data4)){
	validate75.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate75.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs11 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data2.sha512 !== undefined){
	let data5 = data2.sha512;
	const _errs13 = errors;
	{
	if(typeof data5 === "string"){
	if(!pattern82.test(data5)){
	validate75.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate75.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs13 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	}
	else {
	validate75.errors = [REJECTED];
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
	validate75.errors = [REJECTED];
	return false;
	}
	}
	validate75.errors = vErrors;
	return errors === 0;
	}
	validate75.evaluated = {"props":{"name":true,"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};
	const pattern83 = new RegExp("^[a-z][a-z0-9+.-]*:", "u");
	const pattern87 = new RegExp("^SLSA_BUILD_LEVEL_[0-3]$", "u");
	const pattern88 = new RegExp("^(?!SLSA_)[A-Za-z0-9_]+$", "u");
	const pattern91 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
	const formats74 = validatorRuntime.requireFormats().fullFormats.uri;
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];

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
	if(errors === _errs2){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((data.uri === undefined) && ("uri")){
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
	var _valid0 = _errs2 === errors;
	valid0 = valid0 || _valid0;
	const _errs4 = errors;
	if(errors === _errs4){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((data.digest === undefined) && ("digest")){
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
	var _valid0 = _errs4 === errors;
	valid0 = valid0 || _valid0;
	const _errs6 = errors;
	if(errors === _errs6){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((data.content === undefined) && ("content")){
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
	var _valid0 = _errs6 === errors;
	valid0 = valid0 || _valid0;
	if(!valid0){
	const err6 = REJECTED;
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	validate78.errors = vErrors;
	return false;
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.uri !== undefined){
	let data0 = data.uri;
	const _errs8 = errors;
	if(errors === _errs8){
	if(errors === _errs8){
	if(typeof data0 === "string"){
	if(!(formats72.test(data0))){
	validate78.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate78.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid1 = _errs8 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.digest !== undefined){
	let data1 = data.digest;
	const _errs10 = errors;
	const _errs11 = errors;
	if(errors === _errs11){
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if(Object.keys(data1).length < 1){
	validate78.errors = [REJECTED];
	return false;
	}
	else {
	const _errs13 = errors;
	for(const key0 in data1){
	if(!((key0 === "sha256") || (key0 === "sha512"))){
	let data2 = data1[key0];
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data2 === "string"){
	if(!pattern80.test(data2)){
	validate78.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate78.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs14 === errors;
	if(!valid3){
	break;
	}
	}
	}
	if(_errs13 === errors){
	if(data1.sha256 !== undefined){
	let data3 = data1.sha256;
	const _errs16 = errors;
	if(errors === _errs16){
	if(typeof data3 === "string"){
	if(!pattern18.test(data3)){
	validate78.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate78.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs16 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data1.sha512 !== undefined){
	let data4 = data1.sha512;
	const _errs18 = errors;
	if(errors === _errs18){
	if(typeof data4 === "string"){
	if(!pattern82.test(data4)){
	validate78.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate78.errors = [REJECTED];
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
	validate78.errors = [REJECTED];
	return false;
	}
	}
	var valid1 = _errs10 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.name !== undefined){
	const _errs20 = errors;
	if(typeof data.name !== "string"){
	validate78.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs20 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.downloadLocation !== undefined){
	let data6 = data.downloadLocation;
	const _errs22 = errors;
	if(errors === _errs22){
	if(errors === _errs22){
	if(typeof data6 === "string"){
	if(!(formats72.test(data6))){
	validate78.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate78.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid1 = _errs22 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.mediaType !== undefined){
	const _errs24 = errors;
	if(typeof data.mediaType !== "string"){
	validate78.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs24 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.content !== undefined){
	const _errs26 = errors;
	if(typeof data.content !== "string"){
	validate78.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs26 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.annotations !== undefined){
	let data9 = data.annotations;
	const _errs28 = errors;
	if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
	validate78.errors = [REJECTED];
	return false;
	}
	var valid1 = _errs28 === errors;
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
	validate78.errors = [REJECTED];
	return false;
	}
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((((data.verifier === undefined) && ("verifier")) || ((data.timeVerified === undefined) && ("timeVerified"))) || ((data.resourceUri === undefined) && ("resourceUri"))) || ((data.policy === undefined) && ("policy"))) || ((data.verificationResult === undefined) && ("verificationResult"))) || ((data.verifiedLevels === undefined) && ("verifiedLevels"))){
	validate77.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	const _errs1 = errors;
	const _errs2 = errors;
	let valid1 = false;
	const _errs3 = errors;
	if(typeof key0 !== "string"){
	const err0 = REJECTED;
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(!(((((((((key0 === "verifier") || (key0 === "timeVerified")) || (key0 === "resourceUri")) || (key0 === "policy")) || (key0 === "inputAttestations")) || (key0 === "verificationResult")) || (key0 === "verifiedLevels")) || (key0 === "dependencyLevels")) || (key0 === "slsaVersion"))){
	const err1 = REJECTED;
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	var _valid0 = _errs3 === errors;
	valid1 = valid1 || _valid0;
	const _errs5 = errors;
	if(errors === _errs5){
	if(typeof key0 === "string"){
	if(!pattern83.test(key0)){
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
	var _valid0 = _errs5 === errors;
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
	const err5 = REJECTED;
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	validate77.errors = vErrors;
	return false;
	}
	}
	if(valid0){
	if(data.verifier !== undefined){
	let data0 = data.verifier;
	const _errs7 = errors;
	if(errors === _errs7){
	if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
	if((data0.id === undefined) && ("id")){
	validate77.errors = [REJECTED];
	return false;
	}
	else {
	if(data0.id !== undefined){
	let data1 = data0.id;
	const _errs9 = errors;
	if(errors === _errs9){
	if(errors === _errs9){
	if(typeof data1 === "string"){
	if(!(formats74(data1))){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid3 = _errs9 === errors;
	}
	else {
	var valid3 = true;
	}
	if(valid3){
	if(data0.version !== undefined){
	let data2 = data0.version;
	const _errs11 = errors;
	if(errors === _errs11){
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	for(const key1 in data2){
	const _errs14 = errors;
	if(typeof data2[key1] !== "string"){
	validate77.errors = [REJECTED];
	return false;
	}
	var valid4 = _errs14 === errors;
	if(!valid4){
	break;
	}
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid3 = _errs11 === errors;
	}
	else {
	var valid3 = true;
	}
	}
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs7 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.timeVerified !== undefined){
	let data4 = data.timeVerified;
	const _errs16 = errors;
	if(errors === _errs16){
	if(errors === _errs16){
	if(typeof data4 === "string"){
	if(!(formats0.validate(data4))){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
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
	if(data.resourceUri !== undefined){
	let data5 = data.resourceUri;
	const _errs18 = errors;
	if(errors === _errs18){
	if(errors === _errs18){
	if(typeof data5 === "string"){
	if(!(formats74(data5))){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid2 = _errs18 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.policy !== undefined){
	let data6 = data.policy;
	const _errs20 = errors;
	const _errs21 = errors;
	if(!(validate78(data6, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
	errors = vErrors.length;
	}
	var valid5 = _errs21 === errors;
	if(valid5){
	const _errs22 = errors;
	if(errors === _errs22){
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	if((data6.uri === undefined) && ("uri")){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid5 = _errs22 === errors;
	}
	var valid2 = _errs20 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.inputAttestations !== undefined){
	let data7 = data.inputAttestations;
	const _errs24 = errors;
	if(errors === _errs24){
	if(Array.isArray(data7)){
	var valid6 = true;
	const len0 = data7.length;
	for(let i0=0; i0<len0; i0++){
	let data8 = data7[i0];
	const _errs26 = errors;
	const _errs27 = errors;
	if(!(validate78(data8, {instancePath:instancePath+"/inputAttestations/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
	errors = vErrors.length;
	}
	var valid7 = _errs27 === errors;
	if(valid7){
	const _errs28 = errors;
	if(errors === _errs28){
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if((data8.digest === undefined) && ("digest")){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid7 = _errs28 === errors;
	}
	var valid6 = _errs26 === errors;
	if(!valid6){
	break;
	}
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs24 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.verificationResult !== undefined){
	let data9 = data.verificationResult;
	const _errs30 = errors;
	if(typeof data9 !== "string"){
	validate77.errors = [REJECTED];
	return false;
	}
	if(!((data9 === "PASSED") || (data9 === "FAILED"))){
	validate77.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs30 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.verifiedLevels !== undefined){
	let data10 = data.verifiedLevels;
	const _errs32 = errors;
	if(errors === _errs32){
	if(Array.isArray(data10)){
	var valid8 = true;
	const len1 = data10.length;
	for(let i1=0; i1<len1; i1++){
	let data11 = data10[i1];
	const _errs34 = errors;
	if(typeof data11 !== "string"){
	validate77.errors = [REJECTED];
	return false;
	}
	const _errs37 = errors;
	let valid10 = false;
	const _errs38 = errors;
	if(errors === _errs38){
	if(typeof data11 === "string"){
	if(!pattern87.test(data11)){
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
	var _valid1 = _errs38 === errors;
	valid10 = valid10 || _valid1;
	const _errs40 = errors;
	if(typeof data11 !== "string"){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if("FAILED" !== data11){
	const err9 = REJECTED;
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	var _valid1 = _errs40 === errors;
	valid10 = valid10 || _valid1;
	const _errs42 = errors;
	if(errors === _errs42){
	if(typeof data11 === "string"){
	if(!pattern88.test(data11)){
	const err10 = REJECTED;
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
	var _valid1 = _errs42 === errors;
	valid10 = valid10 || _valid1;
	if(!valid10){
	const err12 = REJECTED;
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	validate77.errors = vErrors;
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
	var valid8 = _errs34 === errors;
	if(!valid8){
	break;
	}
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs32 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.dependencyLevels !== undefined){
	let data12 = data.dependencyLevels;
	const _errs44 = errors;
	if(errors === _errs44){
	if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
	for(const key2 in data12){
	const _errs46 = errors;
	if(typeof key2 !== "string"){
	const err13 = REJECTED;
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	const _errs49 = errors;
	let valid13 = false;
	const _errs50 = errors;
	if(errors === _errs50){
	if(typeof key2 === "string"){
	if(!pattern87.test(key2)){
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
	var _valid2 = _errs50 === errors;
	valid13 = valid13 || _valid2;
	const _errs52 = errors;
	if(typeof key2 !== "string"){
	const err16 = REJECTED;
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if("FAILED" !== key2){
	const err17 = REJECTED;
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	var _valid2 = _errs52 === errors;
	valid13 = valid13 || _valid2;
	const _errs54 = errors;
	if(errors === _errs54){
	if(typeof key2 === "string"){
	if(!pattern88.test(key2)){
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
	else {
	const err19 = REJECTED;
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	var _valid2 = _errs54 === errors;
	valid13 = valid13 || _valid2;
	if(!valid13){
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
	var valid11 = _errs46 === errors;
	if(!valid11){
	const err21 = REJECTED;
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	validate77.errors = vErrors;
	return false;
	}
	}
	if(valid11){
	for(const key3 in data12){
	let data13 = data12[key3];
	const _errs57 = errors;
	if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
	validate77.errors = [REJECTED];
	return false;
	}
	if(errors === _errs57){
	if((typeof data13 == "number") && (isFinite(data13))){
	if(data13 < 0 || isNaN(data13)){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	}
	var valid14 = _errs57 === errors;
	if(!valid14){
	break;
	}
	}
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs44 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data.slsaVersion !== undefined){
	let data14 = data.slsaVersion;
	const _errs59 = errors;
	if(errors === _errs59){
	if(typeof data14 === "string"){
	if(!pattern91.test(data14)){
	validate77.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate77.errors = [REJECTED];
	return false;
	}
	}
	var valid2 = _errs59 === errors;
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
	else {
	validate77.errors = [REJECTED];
	return false;
	}
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
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((((data._type === undefined) && ("_type")) || ((data.subject === undefined) && ("subject"))) || ((data.predicateType === undefined) && ("predicateType"))) || ((data.predicate === undefined) && ("predicate"))){
	validate74.errors = [REJECTED];
	return false;
	}
	else {
	if(data._type !== undefined){
	const _errs1 = errors;
	if("https://in-toto.io/Statement/v1" !== data._type){
	validate74.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.subject !== undefined){
	let data1 = data.subject;
	const _errs2 = errors;
	if(errors === _errs2){
	if(Array.isArray(data1)){
	var valid1 = true;
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	const _errs4 = errors;
	if(!(validate75(data1[i0], {instancePath:instancePath+"/subject/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
	errors = vErrors.length;
	}
	var valid1 = _errs4 === errors;
	if(!valid1){
	break;
	}
	}
	}
	else {
	validate74.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.predicateType !== undefined){
	const _errs5 = errors;
	if("https://slsa.dev/verification_summary/v1" !== data.predicateType){
	validate74.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.predicate !== undefined){
	const _errs6 = errors;
	if(!(validate77(data.predicate, {instancePath:instancePath+"/predicate",parentData:data,parentDataProperty:"predicate",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
	errors = vErrors.length;
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
	validate74.errors = [REJECTED];
	return false;
	}
	}
	validate74.errors = vErrors;
	return errors === 0;
	}
	validate74.evaluated = {"props":{"_type":true,"subject":true,"predicateType":true,"predicate":true},"dynamicProps":false,"dynamicItems":false};

	  return exports.verificationSummary;
	};
	return validatorsVerificationSummary;
}

var validatorsVerificationSummaryExports = requireValidatorsVerificationSummary();

module.exports = validatorsVerificationSummaryExports;
})
