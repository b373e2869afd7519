(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsRequirementsOverride = {};

var hasRequiredValidatorsRequirementsOverride;

function requireValidatorsRequirementsOverride () {
	if (hasRequiredValidatorsRequirementsOverride) return validatorsRequirementsOverride;
	hasRequiredValidatorsRequirementsOverride = 1;
	validatorsRequirementsOverride.requirementsOverride = () => {
	  const exports = {};
	exports.requirementsOverride = validate83;
	const schema176 = {"properties":{"signedRecords":{"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification"]}}}};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;

	function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate83.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	for(const key0 in data){
	if(!((((key0 === "minimumMaturity") || (key0 === "requiredControls")) || (key0 === "requiredApprovals")) || (key0 === "signedRecords"))){
	validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
	return false;
	}
	}
	{
	if(data.minimumMaturity !== undefined){
	let data0 = data.minimumMaturity;
	const _errs2 = errors;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	validate83.errors = [{instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	{
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	validate83.errors = [{instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
	return false;
	}
	else {
	if(data0 < 1 || isNaN(data0)){
	validate83.errors = [{instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
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
	if(data.requiredControls !== undefined){
	let data1 = data.requiredControls;
	const _errs4 = errors;
	{
	if(Array.isArray(data1)){
	if(data1.length > 1000){
	validate83.errors = [{instancePath:instancePath+"/requiredControls",schemaPath:"#/properties/requiredControls/maxItems",keyword:"maxItems",params:{limit: 1000}}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	const _errs6 = errors;
	{
	if(typeof data2 === "string"){
	if(func2(data2) > 1000){
	validate83.errors = [{instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/maxLength",keyword:"maxLength",params:{limit: 1000}}];
	return false;
	}
	else {
	if(func2(data2) < 1){
	validate83.errors = [{instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/minLength",keyword:"minLength",params:{limit: 1}}];
	return false;
	}
	}
	}
	else {
	validate83.errors = [{instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/type",keyword:"type",params:{type: "string"}}];
	return false;
	}
	}
	var valid1 = _errs6 === errors;
	if(!valid1){
	break;
	}
	}
	}
	}
	else {
	validate83.errors = [{instancePath:instancePath+"/requiredControls",schemaPath:"#/properties/requiredControls/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs4 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.requiredApprovals !== undefined){
	let data3 = data.requiredApprovals;
	const _errs8 = errors;
	if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
	validate83.errors = [{instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"}}];
	return false;
	}
	{
	if((typeof data3 == "number") && (isFinite(data3))){
	if(data3 > 100 || isNaN(data3)){
	validate83.errors = [{instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}}];
	return false;
	}
	else {
	if(data3 < 0 || isNaN(data3)){
	validate83.errors = [{instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
	return false;
	}
	}
	}
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.signedRecords !== undefined){
	let data4 = data.signedRecords;
	const _errs10 = errors;
	{
	if(Array.isArray(data4)){
	if(data4.length > 6){
	validate83.errors = [{instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/maxItems",keyword:"maxItems",params:{limit: 6}}];
	return false;
	}
	else {
	var valid2 = true;
	const len1 = data4.length;
	for(let i1=0; i1<len1; i1++){
	let data5 = data4[i1];
	const _errs12 = errors;
	if(!((((((data5 === "signing-event") || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification"))){
	validate83.errors = [{instancePath:instancePath+"/signedRecords/" + i1,schemaPath:"#/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema176.properties.signedRecords.items.enum}}];
	return false;
	}
	var valid2 = _errs12 === errors;
	if(!valid2){
	break;
	}
	}
	if(valid2){
	let i2 = data4.length;
	let j0;
	if(i2 > 1){
	for(;i2--;){
	for(j0 = i2; j0--;){
	if(func0(data4[i2], data4[j0])){
	validate83.errors = [{instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0}}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate83.errors = [{instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/type",keyword:"type",params:{type: "array"}}];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
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
	validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
	return false;
	}
	}
	validate83.errors = vErrors;
	return errors === 0;
	}
	validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.requirementsOverride;
	};
	return validatorsRequirementsOverride;
}

var validatorsRequirementsOverrideExports = requireValidatorsRequirementsOverride();

module.exports = validatorsRequirementsOverrideExports;
})
