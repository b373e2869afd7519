(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsCustom = {};

var hasRequiredValidatorsCustom;

function requireValidatorsCustom () {
	if (hasRequiredValidatorsCustom) return validatorsCustom;
	hasRequiredValidatorsCustom = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsCustom.customFinding = () => {
	  const exports = {};
	exports.customFinding = validate69;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate69.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((((data.rule === undefined) && ("rule")) || ((data.severity === undefined) && ("severity"))) || ((data.message === undefined) && ("message"))){
	validate69.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((((key0 === "rule") || (key0 === "severity")) || (key0 === "message")) || (key0 === "evidence")) || (key0 === "configuration")) || (key0 === "waivable"))){
	validate69.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.rule !== undefined){
	let data0 = data.rule;
	const _errs2 = errors;
	{
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	validate69.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate69.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.severity !== undefined){
	let data1 = data.severity;
	const _errs4 = errors;
	if(!((((data1 === "violation") || (data1 === "gap")) || (data1 === "warning")) || (data1 === "info"))){
	validate69.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.message !== undefined){
	let data2 = data.message;
	const _errs5 = errors;
	{
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	validate69.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate69.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.evidence !== undefined){
	let data3 = data.evidence;
	const _errs7 = errors;
	{
	if(Array.isArray(data3)){
	var valid2 = true;
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	const _errs10 = errors;
	if(typeof data3[i0] !== "string"){
	validate69.errors = [REJECTED];
	return false;
	}
	var valid2 = _errs10 === errors;
	if(!valid2){
	break;
	}
	}
	}
	else {
	validate69.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs7 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.configuration !== undefined){
	const _errs12 = errors;
	if(typeof data.configuration !== "string"){
	validate69.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.waivable !== undefined){
	const _errs14 = errors;
	if(typeof data.waivable !== "boolean"){
	validate69.errors = [REJECTED];
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
	else {
	validate69.errors = [REJECTED];
	return false;
	}
	}
	validate69.errors = vErrors;
	return errors === 0;
	}
	validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customFinding;
	};
	validatorsCustom.customViolation = () => {
	  const exports = {};
	exports.customViolation = validate70;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate70.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	const _errs0 = errors;
	let valid0 = false;
	const _errs1 = errors;
	if(errors === _errs1){
	if(typeof data === "string"){
	if(func2(data) < 1){
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
	var _valid0 = _errs1 === errors;
	valid0 = valid0 || _valid0;
	const _errs3 = errors;
	if(errors === _errs3){
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((data.rule === undefined) && ("rule")) || ((data.message === undefined) && ("message"))){
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
	const _errs5 = errors;
	for(const key0 in data){
	if(!(((((key0 === "rule") || (key0 === "message")) || (key0 === "evidence")) || (key0 === "configuration")) || (key0 === "waivable"))){
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
	if(_errs5 === errors){
	if(data.rule !== undefined){
	let data0 = data.rule;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
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
	var valid1 = _errs6 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.message !== undefined){
	let data1 = data.message;
	const _errs8 = errors;
	if(errors === _errs8){
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
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
	var valid1 = _errs8 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.evidence !== undefined){
	let data2 = data.evidence;
	const _errs10 = errors;
	const _errs11 = errors;
	if(errors === _errs11){
	if(Array.isArray(data2)){
	var valid3 = true;
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	const _errs13 = errors;
	if(typeof data2[i0] !== "string"){
	const err8 = REJECTED;
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	var valid3 = _errs13 === errors;
	if(!valid3){
	break;
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
	var valid1 = _errs10 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.configuration !== undefined){
	const _errs15 = errors;
	if(typeof data.configuration !== "string"){
	const err10 = REJECTED;
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	var valid1 = _errs15 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.waivable !== undefined){
	const _errs17 = errors;
	if(typeof data.waivable !== "boolean"){
	const err11 = REJECTED;
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	var valid1 = _errs17 === errors;
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
	var _valid0 = _errs3 === errors;
	valid0 = valid0 || _valid0;
	if(_valid0){
	var props0 = true;
	}
	if(!valid0){
	const err13 = REJECTED;
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	validate70.errors = vErrors;
	return false;
	}
	else {
	errors = _errs0;
	if(vErrors !== null){
	if(_errs0){
	vErrors.length = _errs0;
	}
	else {
	vErrors = null;
	}
	}
	}
	validate70.errors = vErrors;
	evaluated0.props = props0;
	return errors === 0;
	}
	validate70.evaluated = {"dynamicProps":true,"dynamicItems":false};

	  return exports.customViolation;
	};
	validatorsCustom.customCondition = () => {
	  const exports = {};
	exports.customCondition = validate71;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate71.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((data.id === undefined) && ("id")) || ((data.text === undefined) && ("text"))){
	validate71.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!((((key0 === "id") || (key0 === "text")) || (key0 === "configuration")) || (key0 === "followUpBy"))){
	validate71.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.id !== undefined){
	let data0 = data.id;
	const _errs2 = errors;
	{
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	validate71.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate71.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.text !== undefined){
	let data1 = data.text;
	const _errs4 = errors;
	{
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	validate71.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate71.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.configuration !== undefined){
	let data2 = data.configuration;
	const _errs6 = errors;
	if((typeof data2 !== "string") && (data2 !== null)){
	validate71.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.followUpBy !== undefined){
	let data3 = data.followUpBy;
	const _errs8 = errors;
	if((typeof data3 !== "string") && (data3 !== null)){
	validate71.errors = [REJECTED];
	return false;
	}
	var valid0 = _errs8 === errors;
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
	validate71.errors = [REJECTED];
	return false;
	}
	}
	validate71.errors = vErrors;
	return errors === 0;
	}
	validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customCondition;
	};
	validatorsCustom.customExclusion = () => {
	  const exports = {};
	exports.customExclusion = validate72;
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate72.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(((data.configuration === undefined) && ("configuration")) || ((data.reason === undefined) && ("reason"))){
	validate72.errors = [REJECTED];
	return false;
	}
	else {
	for(const key0 in data){
	if(!(((key0 === "configuration") || (key0 === "reason")) || (key0 === "id"))){
	validate72.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.configuration !== undefined){
	let data0 = data.configuration;
	const _errs2 = errors;
	{
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	validate72.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate72.errors = [REJECTED];
	return false;
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
	const _errs4 = errors;
	{
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	validate72.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate72.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.id !== undefined){
	let data2 = data.id;
	const _errs6 = errors;
	{
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	validate72.errors = [REJECTED];
	return false;
	}
	}
	else {
	validate72.errors = [REJECTED];
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
	validate72.errors = [REJECTED];
	return false;
	}
	}
	validate72.errors = vErrors;
	return errors === 0;
	}
	validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customExclusion;
	};
	validatorsCustom.customQuestion = () => {
	  const exports = {};
	exports.customQuestion = validate73;

	function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate73.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(!(((((data === "approved-before-signing") || (data === "signed-by-authorized-key")) || (data === "affected-versions-mapped")) || (data === "rollback-recovery-tested")) || (data === "decisions-retained"))){
	validate73.errors = [REJECTED];
	return false;
	}
	validate73.errors = vErrors;
	return errors === 0;
	}
	validate73.evaluated = {"dynamicProps":false,"dynamicItems":false};

	  return exports.customQuestion;
	};
	return validatorsCustom;
}

var validatorsCustomExports = requireValidatorsCustom();

module.exports = validatorsCustomExports;
})
