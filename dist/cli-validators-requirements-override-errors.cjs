(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsRequirementsOverrideErrors = {};

var hasRequiredValidatorsRequirementsOverrideErrors;

function requireValidatorsRequirementsOverrideErrors () {
	if (hasRequiredValidatorsRequirementsOverrideErrors) return validatorsRequirementsOverrideErrors;
	hasRequiredValidatorsRequirementsOverrideErrors = 1;
	validatorsRequirementsOverrideErrors.requirementsOverride = () => {
	  const exports = {};
	exports.requirementsOverride = validate84;
	const schema179 = {"type":"object","title":"Requirements","description":"trust.schema.json#/properties/requirements with every key optional: what a data file may override, key by key.","additionalProperties":false,"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5,"description":"Minimum evidence maturity level 1-5."},"requiredControls":{"type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":1000},"description":"Control ids every decision needs."},"requiredApprovals":{"type":"integer","minimum":0,"maximum":100,"description":"Number of approvals required."},"signedRecords":{"type":"array","maxItems":7,"uniqueItems":true,"items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]},"description":"The record kinds whose records count only when signed by the party they name (docs/evidence-format.md#signed-records): a release approval by each approver it names, a risk acceptance by its acceptor, test results by a test system authorized for the hardware, deployment records by a deployment system authorized for the hardware, a signing event, customer notification or affected-version mapping (the YAML record or a supplier's VEX document) by a key or identity authorized for the kind. An unsigned record of a kind listed here caps its control at level 3 and does not count (an approval approves nothing, a risk acceptance accepts nothing, test results and deployments do not count), except a signing event, customer notification or affected-version mapping, which is still read; one of a kind not listed counts as before and is reported as unsigned (info). A signature that is present is always verified, listed or not. Absent: every record kind (the secure default); [] requires none."},"deploymentApprovalEnvironments":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255},"description":"In the Action, on a release, workflow_dispatch or deployment run: the GitHub environments whose deployment approval counts (docs/action.md, \"Approvals GitHub authenticates\"). An approval by a mapped login (approvers[].github) counts as that person's signed approval only when it covers one of them (names compared case-insensitively, as GitHub compares environment names); an approval of any other environment of the run (a preview, staging) counts for nothing. Absent: no deployment approval counts (the report says so, naming this field)."}},"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/derived/requirements-override.schema.json"};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;

	function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate84.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	for(const key0 in data){
	if(!(((((key0 === "minimumMaturity") || (key0 === "requiredControls")) || (key0 === "requiredApprovals")) || (key0 === "signedRecords")) || (key0 === "deploymentApprovalEnvironments"))){
	const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema179,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	if(data.minimumMaturity !== undefined){
	let data0 = data.minimumMaturity;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	const err1 = {instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema179.properties.minimumMaturity.type,parentSchema:schema179.properties.minimumMaturity,data:data0};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	const err2 = {instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema179.properties.minimumMaturity,data:data0};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data0 < 1 || isNaN(data0)){
	const err3 = {instancePath:instancePath+"/minimumMaturity",schemaPath:"#/properties/minimumMaturity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema179.properties.minimumMaturity,data:data0};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	}
	if(data.requiredControls !== undefined){
	let data1 = data.requiredControls;
	if(Array.isArray(data1)){
	if(data1.length > 1000){
	const err4 = {instancePath:instancePath+"/requiredControls",schemaPath:"#/properties/requiredControls/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema179.properties.requiredControls,data:data1};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	if(typeof data2 === "string"){
	if(func2(data2) > 1000){
	const err5 = {instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema179.properties.requiredControls.items,data:data2};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(func2(data2) < 1){
	const err6 = {instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema179.properties.requiredControls.items,data:data2};
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
	const err7 = {instancePath:instancePath+"/requiredControls/" + i0,schemaPath:"#/properties/requiredControls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.requiredControls.items.type,parentSchema:schema179.properties.requiredControls.items,data:data2};
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
	const err8 = {instancePath:instancePath+"/requiredControls",schemaPath:"#/properties/requiredControls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.properties.requiredControls.type,parentSchema:schema179.properties.requiredControls,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.requiredApprovals !== undefined){
	let data3 = data.requiredApprovals;
	if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
	const err9 = {instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema179.properties.requiredApprovals.type,parentSchema:schema179.properties.requiredApprovals,data:data3};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if((typeof data3 == "number") && (isFinite(data3))){
	if(data3 > 100 || isNaN(data3)){
	const err10 = {instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema179.properties.requiredApprovals,data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data3 < 0 || isNaN(data3)){
	const err11 = {instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema179.properties.requiredApprovals,data:data3};
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
	if(data.signedRecords !== undefined){
	let data4 = data.signedRecords;
	if(Array.isArray(data4)){
	if(data4.length > 7){
	const err12 = {instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/maxItems",keyword:"maxItems",params:{limit: 7},message:"must NOT have more than 7 items",schema:7,parentSchema:schema179.properties.signedRecords,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	const len1 = data4.length;
	for(let i1=0; i1<len1; i1++){
	let data5 = data4[i1];
	if(!(((((((data5 === "signing-event") || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification")) || (data5 === "affected-versions"))){
	const err13 = {instancePath:instancePath+"/signedRecords/" + i1,schemaPath:"#/properties/signedRecords/items/enum",keyword:"enum",params:{allowedValues: schema179.properties.signedRecords.items.enum},message:"must be equal to one of the allowed values",schema:schema179.properties.signedRecords.items.enum,parentSchema:schema179.properties.signedRecords.items,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	let i2 = data4.length;
	let j0;
	if(i2 > 1){
	outer0:
	for(;i2--;){
	for(j0 = i2; j0--;){
	if(func0(data4[i2], data4[j0])){
	const err14 = {instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema179.properties.signedRecords,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	break outer0;
	}
	}
	}
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/signedRecords",schemaPath:"#/properties/signedRecords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.properties.signedRecords.type,parentSchema:schema179.properties.signedRecords,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.deploymentApprovalEnvironments !== undefined){
	let data6 = data.deploymentApprovalEnvironments;
	if(Array.isArray(data6)){
	if(data6.length > 100){
	const err16 = {instancePath:instancePath+"/deploymentApprovalEnvironments",schemaPath:"#/properties/deploymentApprovalEnvironments/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema179.properties.deploymentApprovalEnvironments,data:data6};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data6.length < 1){
	const err17 = {instancePath:instancePath+"/deploymentApprovalEnvironments",schemaPath:"#/properties/deploymentApprovalEnvironments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema179.properties.deploymentApprovalEnvironments,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	const len2 = data6.length;
	for(let i3=0; i3<len2; i3++){
	let data7 = data6[i3];
	if(typeof data7 === "string"){
	if(func2(data7) > 255){
	const err18 = {instancePath:instancePath+"/deploymentApprovalEnvironments/" + i3,schemaPath:"#/properties/deploymentApprovalEnvironments/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema179.properties.deploymentApprovalEnvironments.items,data:data7};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(func2(data7) < 1){
	const err19 = {instancePath:instancePath+"/deploymentApprovalEnvironments/" + i3,schemaPath:"#/properties/deploymentApprovalEnvironments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema179.properties.deploymentApprovalEnvironments.items,data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/deploymentApprovalEnvironments/" + i3,schemaPath:"#/properties/deploymentApprovalEnvironments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.deploymentApprovalEnvironments.items.type,parentSchema:schema179.properties.deploymentApprovalEnvironments.items,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	let i4 = data6.length;
	let j1;
	if(i4 > 1){
	const indices0 = {};
	for(;i4--;){
	let item0 = data6[i4];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j1 = indices0[item0];
	const err21 = {instancePath:instancePath+"/deploymentApprovalEnvironments",schemaPath:"#/properties/deploymentApprovalEnvironments/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema179.properties.deploymentApprovalEnvironments,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	break;
	}
	indices0[item0] = i4;
	}
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/deploymentApprovalEnvironments",schemaPath:"#/properties/deploymentApprovalEnvironments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.properties.deploymentApprovalEnvironments.type,parentSchema:schema179.properties.deploymentApprovalEnvironments,data:data6};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	}
	else {
	const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema179.type,parentSchema:schema179,data};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	validate84.errors = vErrors;
	return errors === 0;
	}
	validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.requirementsOverride;
	};
	return validatorsRequirementsOverrideErrors;
}

var validatorsRequirementsOverrideErrorsExports = requireValidatorsRequirementsOverrideErrors();

module.exports = validatorsRequirementsOverrideErrorsExports;
})
