(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsCustomErrors = {};

var hasRequiredValidatorsCustomErrors;

function requireValidatorsCustomErrors () {
	if (hasRequiredValidatorsCustomErrors) return validatorsCustomErrors;
	hasRequiredValidatorsCustomErrors = 1;
	validatorsCustomErrors.customFinding = () => {
	  const exports = {};
	exports.customFinding = validate69;
	const schema163 = {"description":"One entry of a team package's `findings` rule (docs/policy-authoring.md): a finding of control custom.<team>.","type":"object","additionalProperties":false,"required":["rule","severity","message"],"properties":{"rule":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding (a configuration it blocks is rejected whatever its exceptions waive). Default true."}}};
	const schema55 = {"type":"array","items":{"type":"string"}};
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
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.rule === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema163.required,parentSchema:schema163,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.severity === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema163.required,parentSchema:schema163,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.message === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema163.required,parentSchema:schema163,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((key0 === "rule") || (key0 === "severity")) || (key0 === "message")) || (key0 === "evidence")) || (key0 === "configuration")) || (key0 === "waivable"))){
	const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema163,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	if(data.rule !== undefined){
	let data0 = data.rule;
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	const err4 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema163.properties.rule,data:data0};
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
	const err5 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema163.properties.rule.type,parentSchema:schema163.properties.rule,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.severity !== undefined){
	let data1 = data.severity;
	if(!((((data1 === "violation") || (data1 === "gap")) || (data1 === "warning")) || (data1 === "info"))){
	const err6 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema163.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema163.properties.severity.enum,parentSchema:schema163.properties.severity,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.message !== undefined){
	let data2 = data.message;
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema163.properties.message,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema163.properties.message.type,parentSchema:schema163.properties.message,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.evidence !== undefined){
	let data3 = data.evidence;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(typeof data4 !== "string"){
	const err9 = {instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data4};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.configuration !== undefined){
	let data5 = data.configuration;
	if(typeof data5 !== "string"){
	const err11 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema163.properties.configuration.type,parentSchema:schema163.properties.configuration,data:data5};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.waivable !== undefined){
	let data6 = data.waivable;
	if(typeof data6 !== "boolean"){
	const err12 = {instancePath:instancePath+"/waivable",schemaPath:"#/properties/waivable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema163.properties.waivable.type,parentSchema:schema163.properties.waivable,data:data6};
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
	const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema163.type,parentSchema:schema163,data};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	validate69.errors = vErrors;
	return errors === 0;
	}
	validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customFinding;
	};
	validatorsCustomErrors.customViolation = () => {
	  const exports = {};
	exports.customViolation = validate70;
	const schema165 = {"description":"One entry of a team package's `violations` rule: the message alone (rule <team>.violation), or a finding without a severity.","anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding. Default true."}}}]};
	const schema55 = {"type":"array","items":{"type":"string"}};
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
	if(typeof data === "string"){
	if(func2(data) < 1){
	const err0 = {instancePath,schemaPath:"#/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema165.anyOf[0],data};
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
	const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema165.anyOf[0].type,parentSchema:schema165.anyOf[0],data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	var _valid0 = _errs1 === errors;
	valid0 = valid0 || _valid0;
	const _errs3 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.rule === undefined){
	const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema165.anyOf[1].required,parentSchema:schema165.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.message === undefined){
	const err3 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema165.anyOf[1].required,parentSchema:schema165.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((key0 === "rule") || (key0 === "message")) || (key0 === "evidence")) || (key0 === "configuration")) || (key0 === "waivable"))){
	const err4 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema165.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.rule !== undefined){
	let data0 = data.rule;
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	const err5 = {instancePath:instancePath+"/rule",schemaPath:"#/anyOf/1/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema165.anyOf[1].properties.rule,data:data0};
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
	const err6 = {instancePath:instancePath+"/rule",schemaPath:"#/anyOf/1/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema165.anyOf[1].properties.rule.type,parentSchema:schema165.anyOf[1].properties.rule,data:data0};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.message !== undefined){
	let data1 = data.message;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err7 = {instancePath:instancePath+"/message",schemaPath:"#/anyOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema165.anyOf[1].properties.message,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/message",schemaPath:"#/anyOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema165.anyOf[1].properties.message.type,parentSchema:schema165.anyOf[1].properties.message,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.evidence !== undefined){
	let data2 = data.evidence;
	if(Array.isArray(data2)){
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	let data3 = data2[i0];
	if(typeof data3 !== "string"){
	const err9 = {instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data3};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.configuration !== undefined){
	let data4 = data.configuration;
	if(typeof data4 !== "string"){
	const err11 = {instancePath:instancePath+"/configuration",schemaPath:"#/anyOf/1/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema165.anyOf[1].properties.configuration.type,parentSchema:schema165.anyOf[1].properties.configuration,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.waivable !== undefined){
	let data5 = data.waivable;
	if(typeof data5 !== "boolean"){
	const err12 = {instancePath:instancePath+"/waivable",schemaPath:"#/anyOf/1/properties/waivable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema165.anyOf[1].properties.waivable.type,parentSchema:schema165.anyOf[1].properties.waivable,data:data5};
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
	const err13 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema165.anyOf[1].type,parentSchema:schema165.anyOf[1],data};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	var _valid0 = _errs3 === errors;
	valid0 = valid0 || _valid0;
	if(_valid0){
	var props0 = true;
	}
	if(!valid0){
	const err14 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema165.anyOf,parentSchema:schema165,data};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
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
	validatorsCustomErrors.customCondition = () => {
	  const exports = {};
	exports.customCondition = validate71;
	const schema167 = {"description":"One entry of a team package's `conditions` rule.","type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","minLength":1},"text":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"followUpBy":{"type":["string","null"]}}};
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
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.id === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema167.required,parentSchema:schema167,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.text === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema167.required,parentSchema:schema167,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((key0 === "id") || (key0 === "text")) || (key0 === "configuration")) || (key0 === "followUpBy"))){
	const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema167,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	if(data.id !== undefined){
	let data0 = data.id;
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema167.properties.id,data:data0};
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
	const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema167.properties.id.type,parentSchema:schema167.properties.id,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.text !== undefined){
	let data1 = data.text;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err5 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema167.properties.text,data:data1};
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
	const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema167.properties.text.type,parentSchema:schema167.properties.text,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.configuration !== undefined){
	let data2 = data.configuration;
	if((typeof data2 !== "string") && (data2 !== null)){
	const err7 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: schema167.properties.configuration.type},message:"must be string,null",schema:schema167.properties.configuration.type,parentSchema:schema167.properties.configuration,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.followUpBy !== undefined){
	let data3 = data.followUpBy;
	if((typeof data3 !== "string") && (data3 !== null)){
	const err8 = {instancePath:instancePath+"/followUpBy",schemaPath:"#/properties/followUpBy/type",keyword:"type",params:{type: schema167.properties.followUpBy.type},message:"must be string,null",schema:schema167.properties.followUpBy.type,parentSchema:schema167.properties.followUpBy,data:data3};
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
	const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.type,parentSchema:schema167,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	validate71.errors = vErrors;
	return errors === 0;
	}
	validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customCondition;
	};
	validatorsCustomErrors.customExclusion = () => {
	  const exports = {};
	exports.customExclusion = validate72;
	const schema168 = {"description":"One entry of a team package's `exclusions` rule.","type":"object","additionalProperties":false,"required":["configuration","reason"],"properties":{"configuration":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"id":{"type":"string","minLength":1}}};
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
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.configuration === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema168.required,parentSchema:schema168,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.reason === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema168.required,parentSchema:schema168,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((key0 === "configuration") || (key0 === "reason")) || (key0 === "id"))){
	const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema168,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	if(data.configuration !== undefined){
	let data0 = data.configuration;
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	const err3 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema168.properties.configuration,data:data0};
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
	const err4 = {instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema168.properties.configuration.type,parentSchema:schema168.properties.configuration,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.reason !== undefined){
	let data1 = data.reason;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema168.properties.reason,data:data1};
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
	const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema168.properties.reason.type,parentSchema:schema168.properties.reason,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.id !== undefined){
	let data2 = data.id;
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema168.properties.id,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema168.properties.id.type,parentSchema:schema168.properties.id,data:data2};
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
	const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema168.type,parentSchema:schema168,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	validate72.errors = vErrors;
	return errors === 0;
	}
	validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.customExclusion;
	};
	validatorsCustomErrors.customQuestion = () => {
	  const exports = {};
	exports.customQuestion = validate73;
	const schema169 = {"description":"One entry of a team package's `questions` rule: the id of a verification question its findings bear on.","enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]};

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
	const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema169.enum},message:"must be equal to one of the allowed values",schema:schema169.enum,parentSchema:schema169,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	validate73.errors = vErrors;
	return errors === 0;
	}
	validate73.evaluated = {"dynamicProps":false,"dynamicItems":false};

	  return exports.customQuestion;
	};
	return validatorsCustomErrors;
}

var validatorsCustomErrorsExports = requireValidatorsCustomErrors();

module.exports = validatorsCustomErrorsExports;
})
