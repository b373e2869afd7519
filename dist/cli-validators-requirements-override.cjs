(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsRequirementsOverride = {};

var hasRequiredValidatorsRequirementsOverride;

function requireValidatorsRequirementsOverride () {
	if (hasRequiredValidatorsRequirementsOverride) return validatorsRequirementsOverride;
	hasRequiredValidatorsRequirementsOverride = 1;
	const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });
	validatorsRequirementsOverride.requirementsOverride = () => {
	  const exports = {};
	exports.requirementsOverride = validate84;
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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	for(const key0 in data){
	if(!(((((key0 === "minimumMaturity") || (key0 === "requiredControls")) || (key0 === "requiredApprovals")) || (key0 === "signedRecords")) || (key0 === "deploymentApprovalEnvironments"))){
	validate84.errors = [REJECTED];
	return false;
	}
	}
	{
	if(data.minimumMaturity !== undefined){
	let data0 = data.minimumMaturity;
	const _errs2 = errors;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	validate84.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	if(data0 < 1 || isNaN(data0)){
	validate84.errors = [REJECTED];
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
	validate84.errors = [REJECTED];
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
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data2) < 1){
	validate84.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate84.errors = [REJECTED];
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
	validate84.errors = [REJECTED];
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
	validate84.errors = [REJECTED];
	return false;
	}
	{
	if((typeof data3 == "number") && (isFinite(data3))){
	if(data3 > 100 || isNaN(data3)){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	if(data3 < 0 || isNaN(data3)){
	validate84.errors = [REJECTED];
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
	if(data4.length > 7){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	var valid2 = true;
	const len1 = data4.length;
	for(let i1=0; i1<len1; i1++){
	let data5 = data4[i1];
	const _errs12 = errors;
	if(!(((((((data5 === "signing-event") || (data5 === "release-approval")) || (data5 === "risk-acceptance")) || (data5 === "rollback-recovery-tests")) || (data5 === "deployment-records")) || (data5 === "customer-notification")) || (data5 === "affected-versions"))){
	validate84.errors = [REJECTED];
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
	validate84.errors = [REJECTED];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate84.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.deploymentApprovalEnvironments !== undefined){
	let data6 = data.deploymentApprovalEnvironments;
	const _errs13 = errors;
	{
	if(Array.isArray(data6)){
	if(data6.length > 100){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	if(data6.length < 1){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	var valid4 = true;
	const len2 = data6.length;
	for(let i3=0; i3<len2; i3++){
	let data7 = data6[i3];
	const _errs15 = errors;
	{
	if(typeof data7 === "string"){
	if(func2(data7) > 255){
	validate84.errors = [REJECTED];
	return false;
	}
	else {
	if(func2(data7) < 1){
	validate84.errors = [REJECTED];
	return false;
	}
	}
	}
	else {
	validate84.errors = [REJECTED];
	return false;
	}
	}
	var valid4 = _errs15 === errors;
	if(!valid4){
	break;
	}
	}
	if(valid4){
	let i4 = data6.length;
	if(i4 > 1){
	const indices0 = {};
	for(;i4--;){
	let item0 = data6[i4];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	indices0[item0];
	validate84.errors = [REJECTED];
	return false;
	}
	indices0[item0] = i4;
	}
	}
	}
	}
	}
	}
	else {
	validate84.errors = [REJECTED];
	return false;
	}
	}
	var valid0 = _errs13 === errors;
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
	validate84.errors = [REJECTED];
	return false;
	}
	}
	validate84.errors = vErrors;
	return errors === 0;
	}
	validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.requirementsOverride;
	};
	return validatorsRequirementsOverride;
}

var validatorsRequirementsOverrideExports = requireValidatorsRequirementsOverride();

module.exports = validatorsRequirementsOverrideExports;
})
