(function (exports, require, module, __filename, __dirname) {
'use strict';

var cli = require('./cli-main.cjs');
var validatorRuntime = require('./cli-validator-runtime.cjs');

function _mergeNamespaces(n, m) {
	m.forEach(function (e) {
		e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
			if (k !== 'default' && !(k in n)) {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	});
	return Object.freeze(n);
}

var vexValidators2020$2 = {};

var hasRequiredVexValidators2020;

function requireVexValidators2020 () {
	if (hasRequiredVexValidators2020) return vexValidators2020$2;
	hasRequiredVexValidators2020 = 1;
	vexValidators2020$2.csaf = validate20;
	const schema31 = {"properties":{"document":{"properties":{"csaf_version":{"enum":["2.0"]},"distribution":{"properties":{"tlp":{"properties":{"label":{"title":"Label of TLP","description":"Provides the TLP label of the document.","type":"string","enum":["AMBER","GREEN","RED","WHITE"]},"url":{"title":"URL of TLP version","description":"Provides a URL where to find the textual description of the TLP version which is used in this document. Default is the URL to the definition by FIRST.","type":"string","default":"https://www.first.org/tlp/","format":"uri","examples":["https://www.us-cert.gov/tlp","https://www.bsi.bund.de/SharedDocs/Downloads/DE/BSI/Kritis/Merkblatt_TLP.pdf"]}}}}},"publisher":{"properties":{"category":{"enum":["coordinator","discoverer","other","translator","user","vendor"]}}},"tracking":{"properties":{"status":{"enum":["draft","final","interim"]}}}}},"product_tree":{"properties":{"relationships":{"items":{"properties":{"category":{"title":"Relationship category","description":"Defines the category of relationship for the referenced component.","type":"string","enum":["default_component_of","external_component_of","installed_on","installed_with","optional_component_of"]}}}}}},"vulnerabilities":{"items":{"properties":{"flags":{"items":{"properties":{"date":{"title":"Date of the flag","description":"Contains the date when assessment was done or the flag was assigned.","type":"string","format":"date-time"},"group_ids":{"$ref":"#/$defs/product_groups_t"},"label":{"title":"Label of the flag","description":"Specifies the machine readable label.","type":"string","enum":["component_not_present","inline_mitigations_already_exist","vulnerable_code_cannot_be_controlled_by_adversary","vulnerable_code_not_in_execute_path","vulnerable_code_not_present"]},"product_ids":{"$ref":"#/$defs/products_t"}}}},"involvements":{"items":{"properties":{"date":{"title":"Date of involvement","description":"Holds the date and time of the involvement entry.","type":"string","format":"date-time"},"party":{"title":"Party category","description":"Defines the category of the involved party.","type":"string","enum":["coordinator","discoverer","other","user","vendor"]},"status":{"title":"Party status","description":"Defines contact status of the involved party.","type":"string","enum":["completed","contact_attempted","disputed","in_progress","not_contacted","open"]},"summary":{"title":"Summary of the involvement","description":"Contains additional context regarding what is going on.","type":"string","minLength":1}}}},"remediations":{"items":{"properties":{"category":{"title":"Category of the remediation","description":"Specifies the category which this remediation belongs to.","type":"string","enum":["mitigation","no_fix_planned","none_available","vendor_fix","workaround"]},"date":{"title":"Date of the remediation","description":"Contains the date from which the remediation is available.","type":"string","format":"date-time"},"details":{"title":"Details of the remediation","description":"Contains a thorough human-readable discussion of the remediation.","type":"string","minLength":1},"entitlements":{"title":"List of entitlements","description":"Contains a list of entitlements.","type":"array","minItems":1,"items":{"title":"Entitlement of the remediation","description":"Contains any possible vendor-defined constraints for obtaining fixed software or hardware that fully resolves the vulnerability.","type":"string","minLength":1}},"group_ids":{"$ref":"#/$defs/product_groups_t"},"product_ids":{"$ref":"#/$defs/products_t"},"restart_required":{"title":"Restart required by remediation","description":"Provides information on category of restart is required by this remediation to become effective.","type":"object","required":["category"],"properties":{"category":{"title":"Category of restart","description":"Specifies what category of restart is required by this remediation to become effective.","type":"string","enum":["connected","dependencies","machine","none","parent","service","system","vulnerable_component","zone"]},"details":{"title":"Additional restart information","description":"Provides additional information for the restart. This can include details on procedures, scope or impact.","type":"string","minLength":1}}},"url":{"title":"URL to the remediation","description":"Contains the URL where to obtain the remediation.","type":"string","format":"uri"}}}},"threats":{"items":{"properties":{"category":{"title":"Category of the threat","description":"Categorizes the threat according to the rules of the specification.","type":"string","enum":["exploit_status","impact","target_set"]},"date":{"title":"Date of the threat","description":"Contains the date when the assessment was done or the threat appeared.","type":"string","format":"date-time"},"details":{"title":"Details of the threat","description":"Represents a thorough human-readable discussion of the threat.","type":"string","minLength":1},"group_ids":{"$ref":"#/$defs/product_groups_t"},"product_ids":{"$ref":"#/$defs/products_t"}}}}}}}}};
	const schema34 = {"items":{"properties":{"category":{"enum":["description","details","faq","general","legal_disclaimer","other","summary"]}}}};
	const schema35 = {"items":{"properties":{"category":{"enum":["external","self"]}}}};
	const func1 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func0 = /*@__PURE__*/ validatorRuntime.requireEqual().default;
	const formats0 = validatorRuntime.requireFormats().fullFormats.uri;
	const formats10 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const pattern4 = new RegExp("^[^\\s\\-_\\.](.*[^\\s\\-_\\.])?$", "u");
	const pattern5 = new RegExp("^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])$", "u");
	const pattern7 = new RegExp("^[\\S](.*[\\S])?$", "u");
	const pattern8 = new RegExp("^(0|[1-9][0-9]*)$|^((0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?)$", "u");
	const pattern13 = new RegExp("^CVE-[0-9]{4}-[0-9]{4,}$", "u");
	const pattern14 = new RegExp("^CWE-[1-9]\\d{0,5}$", "u");
	const schema39 = {"items":{"properties":{"category":{"enum":["architecture","host_name","language","legacy","patch_level","product_family","product_name","product_version","product_version_range","service_pack","specification","vendor"]}}}};
	const wrapper0 = {validate: validate21};
	const pattern10 = new RegExp("^((cpe:2\\.3:[aho\\*\\-](:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\\*\\-]))(:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){4})|([c][pP][eE]:\\/[AHOaho]?(:[A-Za-z0-9\\._\\-~%]*){0,6}))$", "u");
	const pattern11 = new RegExp("^[0-9a-fA-F]{32,}$", "u");
	const pattern12 = new RegExp("^pkg:[A-Za-z\\.\\-\\+][A-Za-z0-9\\.\\-\\+]*\\/.+", "u");

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
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((data.name === undefined) && (missing0 = "name")) || ((data.product_id === undefined) && (missing0 = "product_id"))){
	validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data.name !== undefined){
	let data0 = data.name;
	const _errs1 = errors;
	{
	if(typeof data0 === "string"){
	if(func1(data0) < 1){
	validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product_id !== undefined){
	let data1 = data.product_id;
	const _errs3 = errors;
	{
	if(typeof data1 === "string"){
	if(func1(data1) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/$defs/product_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/$defs/product_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product_identification_helper !== undefined){
	let data2 = data.product_identification_helper;
	const _errs6 = errors;
	{
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if(Object.keys(data2).length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper",schemaPath:"#/properties/product_identification_helper/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data2.cpe !== undefined){
	let data3 = data2.cpe;
	const _errs8 = errors;
	{
	if(typeof data3 === "string"){
	if(func1(data3) < 5){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/cpe",schemaPath:"#/properties/product_identification_helper/properties/cpe/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters"}];
	return false;
	}
	else {
	if(!pattern10.test(data3)){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/cpe",schemaPath:"#/properties/product_identification_helper/properties/cpe/pattern",keyword:"pattern",params:{pattern: "^((cpe:2\\.3:[aho\\*\\-](:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\\*\\-]))(:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){4})|([c][pP][eE]:\\/[AHOaho]?(:[A-Za-z0-9\\._\\-~%]*){0,6}))$"},message:"must match pattern \""+"^((cpe:2\\.3:[aho\\*\\-](:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\\*\\-]))(:(((\\?*|\\*?)([a-zA-Z0-9\\-\\._]|(\\\\[\\\\\\*\\?!\"#\\$%&'\\(\\)\\+,\\/:;<=>@\\[\\]\\^`\\{\\|\\}~]))+(\\?*|\\*?))|[\\*\\-])){4})|([c][pP][eE]:\\/[AHOaho]?(:[A-Za-z0-9\\._\\-~%]*){0,6}))$"+"\""}];
	return false;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/cpe",schemaPath:"#/properties/product_identification_helper/properties/cpe/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid2 = _errs8 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.hashes !== undefined){
	let data4 = data2.hashes;
	const _errs10 = errors;
	{
	if(Array.isArray(data4)){
	if(data4.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes",schemaPath:"#/properties/product_identification_helper/properties/hashes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid3 = true;
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	let data5 = data4[i0];
	const _errs12 = errors;
	{
	if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
	let missing1;
	if(((data5.file_hashes === undefined) && (missing1 = "file_hashes")) || ((data5.filename === undefined) && (missing1 = "filename"))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0,schemaPath:"#/properties/product_identification_helper/properties/hashes/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
	return false;
	}
	else {
	if(data5.file_hashes !== undefined){
	let data6 = data5.file_hashes;
	const _errs14 = errors;
	{
	if(Array.isArray(data6)){
	if(data6.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid5 = true;
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	const _errs16 = errors;
	{
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	let missing2;
	if(((data7.algorithm === undefined) && (missing2 = "algorithm")) || ((data7.value === undefined) && (missing2 = "value"))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1,schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
	return false;
	}
	else {
	if(data7.algorithm !== undefined){
	let data8 = data7.algorithm;
	const _errs18 = errors;
	{
	if(typeof data8 === "string"){
	if(func1(data8) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1+"/algorithm",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/properties/algorithm/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1+"/algorithm",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid6 = _errs18 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data7.value !== undefined){
	let data9 = data7.value;
	const _errs20 = errors;
	{
	if(typeof data9 === "string"){
	if(func1(data9) < 32){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1+"/value",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/properties/value/minLength",keyword:"minLength",params:{limit: 32},message:"must NOT have fewer than 32 characters"}];
	return false;
	}
	else {
	if(!pattern11.test(data9)){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1+"/value",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{32,}$"},message:"must match pattern \""+"^[0-9a-fA-F]{32,}$"+"\""}];
	return false;
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1+"/value",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid6 = _errs20 === errors;
	}
	else {
	var valid6 = true;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes/" + i1,schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid5 = _errs16 === errors;
	if(!valid5){
	break;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/file_hashes",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/file_hashes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid4 = _errs14 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data5.filename !== undefined){
	let data10 = data5.filename;
	const _errs22 = errors;
	{
	if(typeof data10 === "string"){
	if(func1(data10) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/filename",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/filename/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0+"/filename",schemaPath:"#/properties/product_identification_helper/properties/hashes/items/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid4 = _errs22 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes/" + i0,schemaPath:"#/properties/product_identification_helper/properties/hashes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid3 = _errs12 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/hashes",schemaPath:"#/properties/product_identification_helper/properties/hashes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs10 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.model_numbers !== undefined){
	let data11 = data2.model_numbers;
	const _errs24 = errors;
	{
	if(Array.isArray(data11)){
	if(data11.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/model_numbers",schemaPath:"#/properties/product_identification_helper/properties/model_numbers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid7 = true;
	const len2 = data11.length;
	for(let i2=0; i2<len2; i2++){
	let data12 = data11[i2];
	const _errs26 = errors;
	{
	if(typeof data12 === "string"){
	if(func1(data12) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/model_numbers/" + i2,schemaPath:"#/properties/product_identification_helper/properties/model_numbers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/model_numbers/" + i2,schemaPath:"#/properties/product_identification_helper/properties/model_numbers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid7 = _errs26 === errors;
	if(!valid7){
	break;
	}
	}
	if(valid7){
	let i3 = data11.length;
	let j0;
	if(i3 > 1){
	const indices0 = {};
	for(;i3--;){
	let item0 = data11[i3];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/model_numbers",schemaPath:"#/properties/product_identification_helper/properties/model_numbers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"}];
	return false;
	}
	indices0[item0] = i3;
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/model_numbers",schemaPath:"#/properties/product_identification_helper/properties/model_numbers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs24 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.purl !== undefined){
	let data13 = data2.purl;
	const _errs28 = errors;
	{
	{
	if(typeof data13 === "string"){
	if(func1(data13) < 7){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/purl",schemaPath:"#/properties/product_identification_helper/properties/purl/minLength",keyword:"minLength",params:{limit: 7},message:"must NOT have fewer than 7 characters"}];
	return false;
	}
	else {
	if(!pattern12.test(data13)){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/purl",schemaPath:"#/properties/product_identification_helper/properties/purl/pattern",keyword:"pattern",params:{pattern: "^pkg:[A-Za-z\\.\\-\\+][A-Za-z0-9\\.\\-\\+]*\\/.+"},message:"must match pattern \""+"^pkg:[A-Za-z\\.\\-\\+][A-Za-z0-9\\.\\-\\+]*\\/.+"+"\""}];
	return false;
	}
	else {
	if(!(formats0(data13))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/purl",schemaPath:"#/properties/product_identification_helper/properties/purl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/purl",schemaPath:"#/properties/product_identification_helper/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid2 = _errs28 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.sbom_urls !== undefined){
	let data14 = data2.sbom_urls;
	const _errs30 = errors;
	{
	if(Array.isArray(data14)){
	if(data14.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/sbom_urls",schemaPath:"#/properties/product_identification_helper/properties/sbom_urls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid9 = true;
	const len3 = data14.length;
	for(let i4=0; i4<len3; i4++){
	let data15 = data14[i4];
	const _errs32 = errors;
	{
	{
	if(typeof data15 === "string"){
	if(!(formats0(data15))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/sbom_urls/" + i4,schemaPath:"#/properties/product_identification_helper/properties/sbom_urls/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/sbom_urls/" + i4,schemaPath:"#/properties/product_identification_helper/properties/sbom_urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid9 = _errs32 === errors;
	if(!valid9){
	break;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/sbom_urls",schemaPath:"#/properties/product_identification_helper/properties/sbom_urls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs30 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.serial_numbers !== undefined){
	let data16 = data2.serial_numbers;
	const _errs34 = errors;
	{
	if(Array.isArray(data16)){
	if(data16.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/serial_numbers",schemaPath:"#/properties/product_identification_helper/properties/serial_numbers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid10 = true;
	const len4 = data16.length;
	for(let i5=0; i5<len4; i5++){
	let data17 = data16[i5];
	const _errs36 = errors;
	{
	if(typeof data17 === "string"){
	if(func1(data17) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/serial_numbers/" + i5,schemaPath:"#/properties/product_identification_helper/properties/serial_numbers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/serial_numbers/" + i5,schemaPath:"#/properties/product_identification_helper/properties/serial_numbers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid10 = _errs36 === errors;
	if(!valid10){
	break;
	}
	}
	if(valid10){
	let i6 = data16.length;
	let j1;
	if(i6 > 1){
	const indices1 = {};
	for(;i6--;){
	let item1 = data16[i6];
	if(typeof item1 !== "string"){
	continue;
	}
	if(typeof indices1[item1] == "number"){
	j1 = indices1[item1];
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/serial_numbers",schemaPath:"#/properties/product_identification_helper/properties/serial_numbers/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)"}];
	return false;
	}
	indices1[item1] = i6;
	}
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/serial_numbers",schemaPath:"#/properties/product_identification_helper/properties/serial_numbers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs34 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.skus !== undefined){
	let data18 = data2.skus;
	const _errs38 = errors;
	{
	if(Array.isArray(data18)){
	if(data18.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/skus",schemaPath:"#/properties/product_identification_helper/properties/skus/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid12 = true;
	const len5 = data18.length;
	for(let i7=0; i7<len5; i7++){
	let data19 = data18[i7];
	const _errs40 = errors;
	{
	if(typeof data19 === "string"){
	if(func1(data19) < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/skus/" + i7,schemaPath:"#/properties/product_identification_helper/properties/skus/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/skus/" + i7,schemaPath:"#/properties/product_identification_helper/properties/skus/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid12 = _errs40 === errors;
	if(!valid12){
	break;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/skus",schemaPath:"#/properties/product_identification_helper/properties/skus/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs38 === errors;
	}
	else {
	var valid2 = true;
	}
	if(valid2){
	if(data2.x_generic_uris !== undefined){
	let data20 = data2.x_generic_uris;
	const _errs42 = errors;
	{
	if(Array.isArray(data20)){
	if(data20.length < 1){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid13 = true;
	const len6 = data20.length;
	for(let i8=0; i8<len6; i8++){
	let data21 = data20[i8];
	const _errs44 = errors;
	{
	if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
	let missing3;
	if(((data21.namespace === undefined) && (missing3 = "namespace")) || ((data21.uri === undefined) && (missing3 = "uri"))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8,schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
	return false;
	}
	else {
	if(data21.namespace !== undefined){
	let data22 = data21.namespace;
	const _errs46 = errors;
	{
	{
	if(typeof data22 === "string"){
	if(!(formats0(data22))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8+"/namespace",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/properties/namespace/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8+"/namespace",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid14 = _errs46 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data21.uri !== undefined){
	let data23 = data21.uri;
	const _errs48 = errors;
	{
	{
	if(typeof data23 === "string"){
	if(!(formats0(data23))){
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8+"/uri",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/properties/uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8+"/uri",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid14 = _errs48 === errors;
	}
	else {
	var valid14 = true;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris/" + i8,schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid13 = _errs44 === errors;
	if(!valid13){
	break;
	}
	}
	}
	}
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper/x_generic_uris",schemaPath:"#/properties/product_identification_helper/properties/x_generic_uris/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid2 = _errs42 === errors;
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
	else {
	validate22.errors = [{instancePath:instancePath+"/product_identification_helper",schemaPath:"#/properties/product_identification_helper/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
	else {
	validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate22.errors = vErrors;
	return errors === 0;
	}
	validate22.evaluated = {"props":{"name":true,"product_id":true,"product_identification_helper":true},"dynamicProps":false,"dynamicItems":false};


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
	if(Array.isArray(data)){
	if(data.length < 1){
	validate21.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid0 = true;
	const len0 = data.length;
	for(let i0=0; i0<len0; i0++){
	let data0 = data[i0];
	const _errs1 = errors;
	if(errors === _errs1){
	if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
	if(Object.keys(data0).length > 3){
	validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxProperties",keyword:"maxProperties",params:{limit: 3},message:"must NOT have more than 3 properties"}];
	return false;
	}
	else {
	if(Object.keys(data0).length < 3){
	validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/minProperties",keyword:"minProperties",params:{limit: 3},message:"must NOT have fewer than 3 properties"}];
	return false;
	}
	else {
	let missing0;
	if(((data0.category === undefined) && (missing0 = "category")) || ((data0.name === undefined) && (missing0 = "name"))){
	validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data0.branches !== undefined){
	const _errs3 = errors;
	if(!(wrapper0.validate(data0.branches, {instancePath:instancePath+"/" + i0+"/branches",parentData:data0,parentDataProperty:"branches",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
	errors = vErrors.length;
	}
	var valid1 = _errs3 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.category !== undefined){
	let data2 = data0.category;
	const _errs4 = errors;
	if(typeof data2 !== "string"){
	validate21.errors = [{instancePath:instancePath+"/" + i0+"/category",schemaPath:"#/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((((((((((data2 === "architecture") || (data2 === "host_name")) || (data2 === "language")) || (data2 === "legacy")) || (data2 === "patch_level")) || (data2 === "product_family")) || (data2 === "product_name")) || (data2 === "product_version")) || (data2 === "product_version_range")) || (data2 === "service_pack")) || (data2 === "specification")) || (data2 === "vendor"))){
	validate21.errors = [{instancePath:instancePath+"/" + i0+"/category",schemaPath:"#/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema39.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid1 = _errs4 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.name !== undefined){
	let data3 = data0.name;
	const _errs6 = errors;
	if(errors === _errs6){
	if(typeof data3 === "string"){
	if(func1(data3) < 1){
	validate21.errors = [{instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate21.errors = [{instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid1 = _errs6 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.product !== undefined){
	const _errs8 = errors;
	if(!(validate22(data0.product, {instancePath:instancePath+"/" + i0+"/product",parentData:data0,parentDataProperty:"product",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
	errors = vErrors.length;
	}
	var valid1 = _errs8 === errors;
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
	validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid0 = _errs1 === errors;
	if(!valid0){
	break;
	}
	}
	}
	}
	else {
	validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	validate21.errors = vErrors;
	return errors === 0;
	}
	validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

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
	if(Array.isArray(data)){
	if(data.length < 1){
	validate27.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid0 = true;
	const len0 = data.length;
	for(let i0=0; i0<len0; i0++){
	let data0 = data[i0];
	const _errs1 = errors;
	{
	if(typeof data0 === "string"){
	if(func1(data0) < 1){
	validate27.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/product_group_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate27.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/product_group_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs1 === errors;
	if(!valid0){
	break;
	}
	}
	if(valid0){
	let i1 = data.length;
	let j0;
	if(i1 > 1){
	for(;i1--;){
	for(j0 = i1; j0--;){
	if(func0(data[i1], data[j0])){
	validate27.errors = [{instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	validate27.errors = vErrors;
	return errors === 0;
	}
	validate27.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

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
	{
	if(Array.isArray(data)){
	if(data.length < 1){
	validate29.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid0 = true;
	const len0 = data.length;
	for(let i0=0; i0<len0; i0++){
	let data0 = data[i0];
	const _errs1 = errors;
	{
	if(typeof data0 === "string"){
	if(func1(data0) < 1){
	validate29.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/product_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate29.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/product_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs1 === errors;
	if(!valid0){
	break;
	}
	}
	if(valid0){
	let i1 = data.length;
	let j0;
	if(i1 > 1){
	for(;i1--;){
	for(j0 = i1; j0--;){
	if(func0(data[i1], data[j0])){
	validate29.errors = [{instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	validate29.errors = vErrors;
	return errors === 0;
	}
	validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

	const schema53 = {"properties":{"version":{"enum":["2.0"]}}};
	const schema54 = {"enum":["NETWORK","ADJACENT_NETWORK","LOCAL"]};
	const schema55 = {"enum":["HIGH","MEDIUM","LOW"]};
	const schema56 = {"enum":["MULTIPLE","SINGLE","NONE"]};
	const schema57 = {"enum":["NONE","PARTIAL","COMPLETE"]};
	const schema61 = {"enum":["UNPROVEN","PROOF_OF_CONCEPT","FUNCTIONAL","HIGH","NOT_DEFINED"]};
	const schema62 = {"enum":["OFFICIAL_FIX","TEMPORARY_FIX","WORKAROUND","UNAVAILABLE","NOT_DEFINED"]};
	const schema63 = {"enum":["UNCONFIRMED","UNCORROBORATED","CONFIRMED","NOT_DEFINED"]};
	const schema65 = {"enum":["NONE","LOW","LOW_MEDIUM","MEDIUM_HIGH","HIGH","NOT_DEFINED"]};
	const schema66 = {"enum":["NONE","LOW","MEDIUM","HIGH","NOT_DEFINED"]};
	const schema67 = {"enum":["LOW","MEDIUM","HIGH","NOT_DEFINED"]};
	const pattern15 = new RegExp("^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$", "u");

	function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate41.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((((data.version === undefined) && (missing0 = "version")) || ((data.vectorString === undefined) && (missing0 = "vectorString"))) || ((data.baseScore === undefined) && (missing0 = "baseScore"))){
	validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data.version !== undefined){
	let data0 = data.version;
	const _errs1 = errors;
	if(typeof data0 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(data0 === "2.0")){
	validate41.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema53.properties.version.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vectorString !== undefined){
	let data1 = data.vectorString;
	const _errs3 = errors;
	{
	if(typeof data1 === "string"){
	if(!pattern15.test(data1)){
	validate41.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/pattern",keyword:"pattern",params:{pattern: "^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"},message:"must match pattern \""+"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"+"\""}];
	return false;
	}
	}
	else {
	validate41.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.accessVector !== undefined){
	let data2 = data.accessVector;
	const _errs5 = errors;
	if(typeof data2 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/accessVector",schemaPath:"#/$defs/accessVectorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data2 === "NETWORK") || (data2 === "ADJACENT_NETWORK")) || (data2 === "LOCAL"))){
	validate41.errors = [{instancePath:instancePath+"/accessVector",schemaPath:"#/$defs/accessVectorType/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.accessComplexity !== undefined){
	let data3 = data.accessComplexity;
	const _errs8 = errors;
	if(typeof data3 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/accessComplexity",schemaPath:"#/$defs/accessComplexityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data3 === "HIGH") || (data3 === "MEDIUM")) || (data3 === "LOW"))){
	validate41.errors = [{instancePath:instancePath+"/accessComplexity",schemaPath:"#/$defs/accessComplexityType/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.authentication !== undefined){
	let data4 = data.authentication;
	const _errs11 = errors;
	if(typeof data4 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/authentication",schemaPath:"#/$defs/authenticationType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data4 === "MULTIPLE") || (data4 === "SINGLE")) || (data4 === "NONE"))){
	validate41.errors = [{instancePath:instancePath+"/authentication",schemaPath:"#/$defs/authenticationType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityImpact !== undefined){
	let data5 = data.confidentialityImpact;
	const _errs14 = errors;
	if(typeof data5 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data5 === "NONE") || (data5 === "PARTIAL")) || (data5 === "COMPLETE"))){
	validate41.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityImpact !== undefined){
	let data6 = data.integrityImpact;
	const _errs17 = errors;
	if(typeof data6 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data6 === "NONE") || (data6 === "PARTIAL")) || (data6 === "COMPLETE"))){
	validate41.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs17 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityImpact !== undefined){
	let data7 = data.availabilityImpact;
	const _errs20 = errors;
	if(typeof data7 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data7 === "NONE") || (data7 === "PARTIAL")) || (data7 === "COMPLETE"))){
	validate41.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs20 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.baseScore !== undefined){
	let data8 = data.baseScore;
	const _errs23 = errors;
	{
	if(typeof data8 == "number"){
	if(data8 > 10 || isNaN(data8)){
	validate41.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data8 < 0 || isNaN(data8)){
	validate41.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate41.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs23 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exploitability !== undefined){
	let data9 = data.exploitability;
	const _errs26 = errors;
	if(typeof data9 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/exploitability",schemaPath:"#/$defs/exploitabilityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data9 === "UNPROVEN") || (data9 === "PROOF_OF_CONCEPT")) || (data9 === "FUNCTIONAL")) || (data9 === "HIGH")) || (data9 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/exploitability",schemaPath:"#/$defs/exploitabilityType/enum",keyword:"enum",params:{allowedValues: schema61.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs26 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.remediationLevel !== undefined){
	let data10 = data.remediationLevel;
	const _errs29 = errors;
	if(typeof data10 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data10 === "OFFICIAL_FIX") || (data10 === "TEMPORARY_FIX")) || (data10 === "WORKAROUND")) || (data10 === "UNAVAILABLE")) || (data10 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs29 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.reportConfidence !== undefined){
	let data11 = data.reportConfidence;
	const _errs32 = errors;
	if(typeof data11 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/reportConfidenceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data11 === "UNCONFIRMED") || (data11 === "UNCORROBORATED")) || (data11 === "CONFIRMED")) || (data11 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/reportConfidenceType/enum",keyword:"enum",params:{allowedValues: schema63.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs32 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.temporalScore !== undefined){
	let data12 = data.temporalScore;
	const _errs35 = errors;
	{
	if(typeof data12 == "number"){
	if(data12 > 10 || isNaN(data12)){
	validate41.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data12 < 0 || isNaN(data12)){
	validate41.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate41.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs35 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.collateralDamagePotential !== undefined){
	let data13 = data.collateralDamagePotential;
	const _errs38 = errors;
	if(typeof data13 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/collateralDamagePotential",schemaPath:"#/$defs/collateralDamagePotentialType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((((data13 === "NONE") || (data13 === "LOW")) || (data13 === "LOW_MEDIUM")) || (data13 === "MEDIUM_HIGH")) || (data13 === "HIGH")) || (data13 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/collateralDamagePotential",schemaPath:"#/$defs/collateralDamagePotentialType/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs38 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.targetDistribution !== undefined){
	let data14 = data.targetDistribution;
	const _errs41 = errors;
	if(typeof data14 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/targetDistribution",schemaPath:"#/$defs/targetDistributionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data14 === "NONE") || (data14 === "LOW")) || (data14 === "MEDIUM")) || (data14 === "HIGH")) || (data14 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/targetDistribution",schemaPath:"#/$defs/targetDistributionType/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs41 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityRequirement !== undefined){
	let data15 = data.confidentialityRequirement;
	const _errs44 = errors;
	if(typeof data15 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data15 === "LOW") || (data15 === "MEDIUM")) || (data15 === "HIGH")) || (data15 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema67.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs44 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityRequirement !== undefined){
	let data16 = data.integrityRequirement;
	const _errs47 = errors;
	if(typeof data16 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data16 === "LOW") || (data16 === "MEDIUM")) || (data16 === "HIGH")) || (data16 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema67.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs47 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityRequirement !== undefined){
	let data17 = data.availabilityRequirement;
	const _errs50 = errors;
	if(typeof data17 !== "string"){
	validate41.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data17 === "LOW") || (data17 === "MEDIUM")) || (data17 === "HIGH")) || (data17 === "NOT_DEFINED"))){
	validate41.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema67.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs50 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.environmentalScore !== undefined){
	let data18 = data.environmentalScore;
	const _errs53 = errors;
	{
	if(typeof data18 == "number"){
	if(data18 > 10 || isNaN(data18)){
	validate41.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data18 < 0 || isNaN(data18)){
	validate41.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate41.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs53 === errors;
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
	}
	}
	}
	}
	else {
	validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate41.errors = vErrors;
	return errors === 0;
	}
	validate41.evaluated = {"props":{"version":true,"vectorString":true,"accessVector":true,"accessComplexity":true,"authentication":true,"confidentialityImpact":true,"integrityImpact":true,"availabilityImpact":true,"baseScore":true,"exploitability":true,"remediationLevel":true,"reportConfidence":true,"temporalScore":true,"collateralDamagePotential":true,"targetDistribution":true,"confidentialityRequirement":true,"integrityRequirement":true,"availabilityRequirement":true,"environmentalScore":true},"dynamicProps":false,"dynamicItems":false};

	const schema71 = {"properties":{"version":{"enum":["3.0"]}}};
	const schema72 = {"enum":["NETWORK","ADJACENT_NETWORK","LOCAL","PHYSICAL"]};
	const schema73 = {"enum":["HIGH","LOW"]};
	const schema74 = {"enum":["HIGH","LOW","NONE"]};
	const schema75 = {"enum":["NONE","REQUIRED"]};
	const schema76 = {"enum":["UNCHANGED","CHANGED"]};
	const schema77 = {"enum":["NONE","LOW","HIGH"]};
	const schema81 = {"enum":["NONE","LOW","MEDIUM","HIGH","CRITICAL"]};
	const schema82 = {"enum":["UNPROVEN","PROOF_OF_CONCEPT","FUNCTIONAL","HIGH","NOT_DEFINED"]};
	const schema83 = {"enum":["OFFICIAL_FIX","TEMPORARY_FIX","WORKAROUND","UNAVAILABLE","NOT_DEFINED"]};
	const schema84 = {"enum":["UNKNOWN","REASONABLE","CONFIRMED","NOT_DEFINED"]};
	const schema87 = {"enum":["LOW","MEDIUM","HIGH","NOT_DEFINED"]};
	const schema90 = {"enum":["NETWORK","ADJACENT_NETWORK","LOCAL","PHYSICAL","NOT_DEFINED"]};
	const schema91 = {"enum":["HIGH","LOW","NOT_DEFINED"]};
	const schema92 = {"enum":["HIGH","LOW","NONE","NOT_DEFINED"]};
	const schema93 = {"enum":["NONE","REQUIRED","NOT_DEFINED"]};
	const schema94 = {"enum":["UNCHANGED","CHANGED","NOT_DEFINED"]};
	const schema95 = {"enum":["NONE","LOW","HIGH","NOT_DEFINED"]};
	const pattern16 = new RegExp("^CVSS:3.0/((AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$", "u");

	function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate43.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((data.version === undefined) && (missing0 = "version")) || ((data.vectorString === undefined) && (missing0 = "vectorString"))) || ((data.baseScore === undefined) && (missing0 = "baseScore"))) || ((data.baseSeverity === undefined) && (missing0 = "baseSeverity"))){
	validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data.version !== undefined){
	let data0 = data.version;
	const _errs1 = errors;
	if(typeof data0 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(data0 === "3.0")){
	validate43.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema71.properties.version.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vectorString !== undefined){
	let data1 = data.vectorString;
	const _errs3 = errors;
	{
	if(typeof data1 === "string"){
	if(!pattern16.test(data1)){
	validate43.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/pattern",keyword:"pattern",params:{pattern: "^CVSS:3.0/((AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"},message:"must match pattern \""+"^CVSS:3.0/((AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"+"\""}];
	return false;
	}
	}
	else {
	validate43.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.attackVector !== undefined){
	let data2 = data.attackVector;
	const _errs5 = errors;
	if(typeof data2 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/attackVector",schemaPath:"#/$defs/attackVectorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data2 === "NETWORK") || (data2 === "ADJACENT_NETWORK")) || (data2 === "LOCAL")) || (data2 === "PHYSICAL"))){
	validate43.errors = [{instancePath:instancePath+"/attackVector",schemaPath:"#/$defs/attackVectorType/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.attackComplexity !== undefined){
	let data3 = data.attackComplexity;
	const _errs8 = errors;
	if(typeof data3 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/attackComplexity",schemaPath:"#/$defs/attackComplexityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data3 === "HIGH") || (data3 === "LOW"))){
	validate43.errors = [{instancePath:instancePath+"/attackComplexity",schemaPath:"#/$defs/attackComplexityType/enum",keyword:"enum",params:{allowedValues: schema73.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.privilegesRequired !== undefined){
	let data4 = data.privilegesRequired;
	const _errs11 = errors;
	if(typeof data4 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/privilegesRequired",schemaPath:"#/$defs/privilegesRequiredType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data4 === "HIGH") || (data4 === "LOW")) || (data4 === "NONE"))){
	validate43.errors = [{instancePath:instancePath+"/privilegesRequired",schemaPath:"#/$defs/privilegesRequiredType/enum",keyword:"enum",params:{allowedValues: schema74.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.userInteraction !== undefined){
	let data5 = data.userInteraction;
	const _errs14 = errors;
	if(typeof data5 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/userInteraction",schemaPath:"#/$defs/userInteractionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data5 === "NONE") || (data5 === "REQUIRED"))){
	validate43.errors = [{instancePath:instancePath+"/userInteraction",schemaPath:"#/$defs/userInteractionType/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.scope !== undefined){
	let data6 = data.scope;
	const _errs17 = errors;
	if(typeof data6 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/$defs/scopeType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data6 === "UNCHANGED") || (data6 === "CHANGED"))){
	validate43.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/$defs/scopeType/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs17 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityImpact !== undefined){
	let data7 = data.confidentialityImpact;
	const _errs20 = errors;
	if(typeof data7 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data7 === "NONE") || (data7 === "LOW")) || (data7 === "HIGH"))){
	validate43.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs20 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityImpact !== undefined){
	let data8 = data.integrityImpact;
	const _errs23 = errors;
	if(typeof data8 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data8 === "NONE") || (data8 === "LOW")) || (data8 === "HIGH"))){
	validate43.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs23 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityImpact !== undefined){
	let data9 = data.availabilityImpact;
	const _errs26 = errors;
	if(typeof data9 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data9 === "NONE") || (data9 === "LOW")) || (data9 === "HIGH"))){
	validate43.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs26 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.baseScore !== undefined){
	let data10 = data.baseScore;
	const _errs29 = errors;
	{
	if(typeof data10 == "number"){
	if(data10 > 10 || isNaN(data10)){
	validate43.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data10 < 0 || isNaN(data10)){
	validate43.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate43.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs29 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.baseSeverity !== undefined){
	let data11 = data.baseSeverity;
	const _errs32 = errors;
	if(typeof data11 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/baseSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data11 === "NONE") || (data11 === "LOW")) || (data11 === "MEDIUM")) || (data11 === "HIGH")) || (data11 === "CRITICAL"))){
	validate43.errors = [{instancePath:instancePath+"/baseSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs32 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exploitCodeMaturity !== undefined){
	let data12 = data.exploitCodeMaturity;
	const _errs35 = errors;
	if(typeof data12 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/exploitCodeMaturity",schemaPath:"#/$defs/exploitCodeMaturityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data12 === "UNPROVEN") || (data12 === "PROOF_OF_CONCEPT")) || (data12 === "FUNCTIONAL")) || (data12 === "HIGH")) || (data12 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/exploitCodeMaturity",schemaPath:"#/$defs/exploitCodeMaturityType/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs35 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.remediationLevel !== undefined){
	let data13 = data.remediationLevel;
	const _errs38 = errors;
	if(typeof data13 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data13 === "OFFICIAL_FIX") || (data13 === "TEMPORARY_FIX")) || (data13 === "WORKAROUND")) || (data13 === "UNAVAILABLE")) || (data13 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs38 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.reportConfidence !== undefined){
	let data14 = data.reportConfidence;
	const _errs41 = errors;
	if(typeof data14 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/confidenceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data14 === "UNKNOWN") || (data14 === "REASONABLE")) || (data14 === "CONFIRMED")) || (data14 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/confidenceType/enum",keyword:"enum",params:{allowedValues: schema84.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs41 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.temporalScore !== undefined){
	let data15 = data.temporalScore;
	const _errs44 = errors;
	{
	if(typeof data15 == "number"){
	if(data15 > 10 || isNaN(data15)){
	validate43.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data15 < 0 || isNaN(data15)){
	validate43.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate43.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs44 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.temporalSeverity !== undefined){
	let data16 = data.temporalSeverity;
	const _errs47 = errors;
	if(typeof data16 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/temporalSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data16 === "NONE") || (data16 === "LOW")) || (data16 === "MEDIUM")) || (data16 === "HIGH")) || (data16 === "CRITICAL"))){
	validate43.errors = [{instancePath:instancePath+"/temporalSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs47 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityRequirement !== undefined){
	let data17 = data.confidentialityRequirement;
	const _errs50 = errors;
	if(typeof data17 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data17 === "LOW") || (data17 === "MEDIUM")) || (data17 === "HIGH")) || (data17 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema87.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs50 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityRequirement !== undefined){
	let data18 = data.integrityRequirement;
	const _errs53 = errors;
	if(typeof data18 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data18 === "LOW") || (data18 === "MEDIUM")) || (data18 === "HIGH")) || (data18 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema87.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs53 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityRequirement !== undefined){
	let data19 = data.availabilityRequirement;
	const _errs56 = errors;
	if(typeof data19 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data19 === "LOW") || (data19 === "MEDIUM")) || (data19 === "HIGH")) || (data19 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema87.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs56 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAttackVector !== undefined){
	let data20 = data.modifiedAttackVector;
	const _errs59 = errors;
	if(typeof data20 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedAttackVector",schemaPath:"#/$defs/modifiedAttackVectorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data20 === "NETWORK") || (data20 === "ADJACENT_NETWORK")) || (data20 === "LOCAL")) || (data20 === "PHYSICAL")) || (data20 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedAttackVector",schemaPath:"#/$defs/modifiedAttackVectorType/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs59 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAttackComplexity !== undefined){
	let data21 = data.modifiedAttackComplexity;
	const _errs62 = errors;
	if(typeof data21 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedAttackComplexity",schemaPath:"#/$defs/modifiedAttackComplexityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data21 === "HIGH") || (data21 === "LOW")) || (data21 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedAttackComplexity",schemaPath:"#/$defs/modifiedAttackComplexityType/enum",keyword:"enum",params:{allowedValues: schema91.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs62 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedPrivilegesRequired !== undefined){
	let data22 = data.modifiedPrivilegesRequired;
	const _errs65 = errors;
	if(typeof data22 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedPrivilegesRequired",schemaPath:"#/$defs/modifiedPrivilegesRequiredType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data22 === "HIGH") || (data22 === "LOW")) || (data22 === "NONE")) || (data22 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedPrivilegesRequired",schemaPath:"#/$defs/modifiedPrivilegesRequiredType/enum",keyword:"enum",params:{allowedValues: schema92.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs65 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedUserInteraction !== undefined){
	let data23 = data.modifiedUserInteraction;
	const _errs68 = errors;
	if(typeof data23 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedUserInteraction",schemaPath:"#/$defs/modifiedUserInteractionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data23 === "NONE") || (data23 === "REQUIRED")) || (data23 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedUserInteraction",schemaPath:"#/$defs/modifiedUserInteractionType/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs68 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedScope !== undefined){
	let data24 = data.modifiedScope;
	const _errs71 = errors;
	if(typeof data24 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedScope",schemaPath:"#/$defs/modifiedScopeType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data24 === "UNCHANGED") || (data24 === "CHANGED")) || (data24 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedScope",schemaPath:"#/$defs/modifiedScopeType/enum",keyword:"enum",params:{allowedValues: schema94.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs71 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedConfidentialityImpact !== undefined){
	let data25 = data.modifiedConfidentialityImpact;
	const _errs74 = errors;
	if(typeof data25 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedConfidentialityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data25 === "NONE") || (data25 === "LOW")) || (data25 === "HIGH")) || (data25 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedConfidentialityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema95.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs74 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedIntegrityImpact !== undefined){
	let data26 = data.modifiedIntegrityImpact;
	const _errs77 = errors;
	if(typeof data26 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedIntegrityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data26 === "NONE") || (data26 === "LOW")) || (data26 === "HIGH")) || (data26 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedIntegrityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema95.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs77 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAvailabilityImpact !== undefined){
	let data27 = data.modifiedAvailabilityImpact;
	const _errs80 = errors;
	if(typeof data27 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/modifiedAvailabilityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data27 === "NONE") || (data27 === "LOW")) || (data27 === "HIGH")) || (data27 === "NOT_DEFINED"))){
	validate43.errors = [{instancePath:instancePath+"/modifiedAvailabilityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema95.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs80 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.environmentalScore !== undefined){
	let data28 = data.environmentalScore;
	const _errs83 = errors;
	{
	if(typeof data28 == "number"){
	if(data28 > 10 || isNaN(data28)){
	validate43.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data28 < 0 || isNaN(data28)){
	validate43.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate43.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs83 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.environmentalSeverity !== undefined){
	let data29 = data.environmentalSeverity;
	const _errs86 = errors;
	if(typeof data29 !== "string"){
	validate43.errors = [{instancePath:instancePath+"/environmentalSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data29 === "NONE") || (data29 === "LOW")) || (data29 === "MEDIUM")) || (data29 === "HIGH")) || (data29 === "CRITICAL"))){
	validate43.errors = [{instancePath:instancePath+"/environmentalSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs86 === errors;
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
	validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate43.errors = vErrors;
	return errors === 0;
	}
	validate43.evaluated = {"props":{"version":true,"vectorString":true,"attackVector":true,"attackComplexity":true,"privilegesRequired":true,"userInteraction":true,"scope":true,"confidentialityImpact":true,"integrityImpact":true,"availabilityImpact":true,"baseScore":true,"baseSeverity":true,"exploitCodeMaturity":true,"remediationLevel":true,"reportConfidence":true,"temporalScore":true,"temporalSeverity":true,"confidentialityRequirement":true,"integrityRequirement":true,"availabilityRequirement":true,"modifiedAttackVector":true,"modifiedAttackComplexity":true,"modifiedPrivilegesRequired":true,"modifiedUserInteraction":true,"modifiedScope":true,"modifiedConfidentialityImpact":true,"modifiedIntegrityImpact":true,"modifiedAvailabilityImpact":true,"environmentalScore":true,"environmentalSeverity":true},"dynamicProps":false,"dynamicItems":false};

	const schema100 = {"properties":{"version":{"enum":["3.1"]}}};
	const schema101 = {"enum":["NETWORK","ADJACENT_NETWORK","LOCAL","PHYSICAL"]};
	const schema102 = {"enum":["HIGH","LOW"]};
	const schema103 = {"enum":["HIGH","LOW","NONE"]};
	const schema104 = {"enum":["NONE","REQUIRED"]};
	const schema105 = {"enum":["UNCHANGED","CHANGED"]};
	const schema106 = {"enum":["NONE","LOW","HIGH"]};
	const schema110 = {"enum":["NONE","LOW","MEDIUM","HIGH","CRITICAL"]};
	const schema111 = {"enum":["UNPROVEN","PROOF_OF_CONCEPT","FUNCTIONAL","HIGH","NOT_DEFINED"]};
	const schema112 = {"enum":["OFFICIAL_FIX","TEMPORARY_FIX","WORKAROUND","UNAVAILABLE","NOT_DEFINED"]};
	const schema113 = {"enum":["UNKNOWN","REASONABLE","CONFIRMED","NOT_DEFINED"]};
	const schema116 = {"enum":["LOW","MEDIUM","HIGH","NOT_DEFINED"]};
	const schema119 = {"enum":["NETWORK","ADJACENT_NETWORK","LOCAL","PHYSICAL","NOT_DEFINED"]};
	const schema120 = {"enum":["HIGH","LOW","NOT_DEFINED"]};
	const schema121 = {"enum":["HIGH","LOW","NONE","NOT_DEFINED"]};
	const schema122 = {"enum":["NONE","REQUIRED","NOT_DEFINED"]};
	const schema123 = {"enum":["UNCHANGED","CHANGED","NOT_DEFINED"]};
	const schema124 = {"enum":["NONE","LOW","HIGH","NOT_DEFINED"]};
	const pattern17 = new RegExp("^CVSS:3.1/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$", "u");

	function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate45.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	{
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if(((((data.version === undefined) && (missing0 = "version")) || ((data.vectorString === undefined) && (missing0 = "vectorString"))) || ((data.baseScore === undefined) && (missing0 = "baseScore"))) || ((data.baseSeverity === undefined) && (missing0 = "baseSeverity"))){
	validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data.version !== undefined){
	let data0 = data.version;
	const _errs1 = errors;
	if(typeof data0 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(data0 === "3.1")){
	validate45.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema100.properties.version.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vectorString !== undefined){
	let data1 = data.vectorString;
	const _errs3 = errors;
	{
	if(typeof data1 === "string"){
	if(!pattern17.test(data1)){
	validate45.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/pattern",keyword:"pattern",params:{pattern: "^CVSS:3.1/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"},message:"must match pattern \""+"^CVSS:3.1/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"+"\""}];
	return false;
	}
	}
	else {
	validate45.errors = [{instancePath:instancePath+"/vectorString",schemaPath:"#/properties/vectorString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid0 = _errs3 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.attackVector !== undefined){
	let data2 = data.attackVector;
	const _errs5 = errors;
	if(typeof data2 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/attackVector",schemaPath:"#/$defs/attackVectorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data2 === "NETWORK") || (data2 === "ADJACENT_NETWORK")) || (data2 === "LOCAL")) || (data2 === "PHYSICAL"))){
	validate45.errors = [{instancePath:instancePath+"/attackVector",schemaPath:"#/$defs/attackVectorType/enum",keyword:"enum",params:{allowedValues: schema101.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs5 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.attackComplexity !== undefined){
	let data3 = data.attackComplexity;
	const _errs8 = errors;
	if(typeof data3 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/attackComplexity",schemaPath:"#/$defs/attackComplexityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data3 === "HIGH") || (data3 === "LOW"))){
	validate45.errors = [{instancePath:instancePath+"/attackComplexity",schemaPath:"#/$defs/attackComplexityType/enum",keyword:"enum",params:{allowedValues: schema102.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.privilegesRequired !== undefined){
	let data4 = data.privilegesRequired;
	const _errs11 = errors;
	if(typeof data4 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/privilegesRequired",schemaPath:"#/$defs/privilegesRequiredType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data4 === "HIGH") || (data4 === "LOW")) || (data4 === "NONE"))){
	validate45.errors = [{instancePath:instancePath+"/privilegesRequired",schemaPath:"#/$defs/privilegesRequiredType/enum",keyword:"enum",params:{allowedValues: schema103.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs11 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.userInteraction !== undefined){
	let data5 = data.userInteraction;
	const _errs14 = errors;
	if(typeof data5 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/userInteraction",schemaPath:"#/$defs/userInteractionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data5 === "NONE") || (data5 === "REQUIRED"))){
	validate45.errors = [{instancePath:instancePath+"/userInteraction",schemaPath:"#/$defs/userInteractionType/enum",keyword:"enum",params:{allowedValues: schema104.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs14 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.scope !== undefined){
	let data6 = data.scope;
	const _errs17 = errors;
	if(typeof data6 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/$defs/scopeType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data6 === "UNCHANGED") || (data6 === "CHANGED"))){
	validate45.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/$defs/scopeType/enum",keyword:"enum",params:{allowedValues: schema105.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs17 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityImpact !== undefined){
	let data7 = data.confidentialityImpact;
	const _errs20 = errors;
	if(typeof data7 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data7 === "NONE") || (data7 === "LOW")) || (data7 === "HIGH"))){
	validate45.errors = [{instancePath:instancePath+"/confidentialityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs20 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityImpact !== undefined){
	let data8 = data.integrityImpact;
	const _errs23 = errors;
	if(typeof data8 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data8 === "NONE") || (data8 === "LOW")) || (data8 === "HIGH"))){
	validate45.errors = [{instancePath:instancePath+"/integrityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs23 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityImpact !== undefined){
	let data9 = data.availabilityImpact;
	const _errs26 = errors;
	if(typeof data9 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data9 === "NONE") || (data9 === "LOW")) || (data9 === "HIGH"))){
	validate45.errors = [{instancePath:instancePath+"/availabilityImpact",schemaPath:"#/$defs/ciaType/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs26 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.baseScore !== undefined){
	let data10 = data.baseScore;
	const _errs29 = errors;
	{
	if(typeof data10 == "number"){
	if(data10 > 10 || isNaN(data10)){
	validate45.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data10 < 0 || isNaN(data10)){
	validate45.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate45.errors = [{instancePath:instancePath+"/baseScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs29 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.baseSeverity !== undefined){
	let data11 = data.baseSeverity;
	const _errs32 = errors;
	if(typeof data11 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/baseSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data11 === "NONE") || (data11 === "LOW")) || (data11 === "MEDIUM")) || (data11 === "HIGH")) || (data11 === "CRITICAL"))){
	validate45.errors = [{instancePath:instancePath+"/baseSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs32 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.exploitCodeMaturity !== undefined){
	let data12 = data.exploitCodeMaturity;
	const _errs35 = errors;
	if(typeof data12 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/exploitCodeMaturity",schemaPath:"#/$defs/exploitCodeMaturityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data12 === "UNPROVEN") || (data12 === "PROOF_OF_CONCEPT")) || (data12 === "FUNCTIONAL")) || (data12 === "HIGH")) || (data12 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/exploitCodeMaturity",schemaPath:"#/$defs/exploitCodeMaturityType/enum",keyword:"enum",params:{allowedValues: schema111.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs35 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.remediationLevel !== undefined){
	let data13 = data.remediationLevel;
	const _errs38 = errors;
	if(typeof data13 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data13 === "OFFICIAL_FIX") || (data13 === "TEMPORARY_FIX")) || (data13 === "WORKAROUND")) || (data13 === "UNAVAILABLE")) || (data13 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/remediationLevel",schemaPath:"#/$defs/remediationLevelType/enum",keyword:"enum",params:{allowedValues: schema112.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs38 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.reportConfidence !== undefined){
	let data14 = data.reportConfidence;
	const _errs41 = errors;
	if(typeof data14 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/confidenceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data14 === "UNKNOWN") || (data14 === "REASONABLE")) || (data14 === "CONFIRMED")) || (data14 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/reportConfidence",schemaPath:"#/$defs/confidenceType/enum",keyword:"enum",params:{allowedValues: schema113.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs41 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.temporalScore !== undefined){
	let data15 = data.temporalScore;
	const _errs44 = errors;
	{
	if(typeof data15 == "number"){
	if(data15 > 10 || isNaN(data15)){
	validate45.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data15 < 0 || isNaN(data15)){
	validate45.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate45.errors = [{instancePath:instancePath+"/temporalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs44 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.temporalSeverity !== undefined){
	let data16 = data.temporalSeverity;
	const _errs47 = errors;
	if(typeof data16 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/temporalSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data16 === "NONE") || (data16 === "LOW")) || (data16 === "MEDIUM")) || (data16 === "HIGH")) || (data16 === "CRITICAL"))){
	validate45.errors = [{instancePath:instancePath+"/temporalSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs47 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.confidentialityRequirement !== undefined){
	let data17 = data.confidentialityRequirement;
	const _errs50 = errors;
	if(typeof data17 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data17 === "LOW") || (data17 === "MEDIUM")) || (data17 === "HIGH")) || (data17 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/confidentialityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema116.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs50 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.integrityRequirement !== undefined){
	let data18 = data.integrityRequirement;
	const _errs53 = errors;
	if(typeof data18 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data18 === "LOW") || (data18 === "MEDIUM")) || (data18 === "HIGH")) || (data18 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/integrityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema116.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs53 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.availabilityRequirement !== undefined){
	let data19 = data.availabilityRequirement;
	const _errs56 = errors;
	if(typeof data19 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data19 === "LOW") || (data19 === "MEDIUM")) || (data19 === "HIGH")) || (data19 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/availabilityRequirement",schemaPath:"#/$defs/ciaRequirementType/enum",keyword:"enum",params:{allowedValues: schema116.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs56 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAttackVector !== undefined){
	let data20 = data.modifiedAttackVector;
	const _errs59 = errors;
	if(typeof data20 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedAttackVector",schemaPath:"#/$defs/modifiedAttackVectorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data20 === "NETWORK") || (data20 === "ADJACENT_NETWORK")) || (data20 === "LOCAL")) || (data20 === "PHYSICAL")) || (data20 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedAttackVector",schemaPath:"#/$defs/modifiedAttackVectorType/enum",keyword:"enum",params:{allowedValues: schema119.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs59 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAttackComplexity !== undefined){
	let data21 = data.modifiedAttackComplexity;
	const _errs62 = errors;
	if(typeof data21 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedAttackComplexity",schemaPath:"#/$defs/modifiedAttackComplexityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data21 === "HIGH") || (data21 === "LOW")) || (data21 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedAttackComplexity",schemaPath:"#/$defs/modifiedAttackComplexityType/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs62 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedPrivilegesRequired !== undefined){
	let data22 = data.modifiedPrivilegesRequired;
	const _errs65 = errors;
	if(typeof data22 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedPrivilegesRequired",schemaPath:"#/$defs/modifiedPrivilegesRequiredType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data22 === "HIGH") || (data22 === "LOW")) || (data22 === "NONE")) || (data22 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedPrivilegesRequired",schemaPath:"#/$defs/modifiedPrivilegesRequiredType/enum",keyword:"enum",params:{allowedValues: schema121.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs65 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedUserInteraction !== undefined){
	let data23 = data.modifiedUserInteraction;
	const _errs68 = errors;
	if(typeof data23 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedUserInteraction",schemaPath:"#/$defs/modifiedUserInteractionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data23 === "NONE") || (data23 === "REQUIRED")) || (data23 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedUserInteraction",schemaPath:"#/$defs/modifiedUserInteractionType/enum",keyword:"enum",params:{allowedValues: schema122.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs68 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedScope !== undefined){
	let data24 = data.modifiedScope;
	const _errs71 = errors;
	if(typeof data24 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedScope",schemaPath:"#/$defs/modifiedScopeType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data24 === "UNCHANGED") || (data24 === "CHANGED")) || (data24 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedScope",schemaPath:"#/$defs/modifiedScopeType/enum",keyword:"enum",params:{allowedValues: schema123.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs71 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedConfidentialityImpact !== undefined){
	let data25 = data.modifiedConfidentialityImpact;
	const _errs74 = errors;
	if(typeof data25 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedConfidentialityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data25 === "NONE") || (data25 === "LOW")) || (data25 === "HIGH")) || (data25 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedConfidentialityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema124.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs74 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedIntegrityImpact !== undefined){
	let data26 = data.modifiedIntegrityImpact;
	const _errs77 = errors;
	if(typeof data26 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedIntegrityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data26 === "NONE") || (data26 === "LOW")) || (data26 === "HIGH")) || (data26 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedIntegrityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema124.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs77 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.modifiedAvailabilityImpact !== undefined){
	let data27 = data.modifiedAvailabilityImpact;
	const _errs80 = errors;
	if(typeof data27 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/modifiedAvailabilityImpact",schemaPath:"#/$defs/modifiedCiaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data27 === "NONE") || (data27 === "LOW")) || (data27 === "HIGH")) || (data27 === "NOT_DEFINED"))){
	validate45.errors = [{instancePath:instancePath+"/modifiedAvailabilityImpact",schemaPath:"#/$defs/modifiedCiaType/enum",keyword:"enum",params:{allowedValues: schema124.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs80 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.environmentalScore !== undefined){
	let data28 = data.environmentalScore;
	const _errs83 = errors;
	{
	if(typeof data28 == "number"){
	if(data28 > 10 || isNaN(data28)){
	validate45.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
	return false;
	}
	else {
	if(data28 < 0 || isNaN(data28)){
	validate45.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
	return false;
	}
	}
	}
	else {
	validate45.errors = [{instancePath:instancePath+"/environmentalScore",schemaPath:"#/$defs/scoreType/type",keyword:"type",params:{type: "number"},message:"must be number"}];
	return false;
	}
	}
	var valid0 = _errs83 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.environmentalSeverity !== undefined){
	let data29 = data.environmentalSeverity;
	const _errs86 = errors;
	if(typeof data29 !== "string"){
	validate45.errors = [{instancePath:instancePath+"/environmentalSeverity",schemaPath:"#/$defs/severityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data29 === "NONE") || (data29 === "LOW")) || (data29 === "MEDIUM")) || (data29 === "HIGH")) || (data29 === "CRITICAL"))){
	validate45.errors = [{instancePath:instancePath+"/environmentalSeverity",schemaPath:"#/$defs/severityType/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid0 = _errs86 === errors;
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
	validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate45.errors = vErrors;
	return errors === 0;
	}
	validate45.evaluated = {"props":{"version":true,"vectorString":true,"attackVector":true,"attackComplexity":true,"privilegesRequired":true,"userInteraction":true,"scope":true,"confidentialityImpact":true,"integrityImpact":true,"availabilityImpact":true,"baseScore":true,"baseSeverity":true,"exploitCodeMaturity":true,"remediationLevel":true,"reportConfidence":true,"temporalScore":true,"temporalSeverity":true,"confidentialityRequirement":true,"integrityRequirement":true,"availabilityRequirement":true,"modifiedAttackVector":true,"modifiedAttackComplexity":true,"modifiedPrivilegesRequired":true,"modifiedUserInteraction":true,"modifiedScope":true,"modifiedConfidentialityImpact":true,"modifiedIntegrityImpact":true,"modifiedAvailabilityImpact":true,"environmentalScore":true,"environmentalSeverity":true},"dynamicProps":false,"dynamicItems":false};


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
	let missing0;
	if((data.document === undefined) && (missing0 = "document")){
	validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	if(data.document !== undefined){
	let data0 = data.document;
	const _errs1 = errors;
	if(errors === _errs1){
	if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
	let missing1;
	if((((((data0.category === undefined) && (missing1 = "category")) || ((data0.csaf_version === undefined) && (missing1 = "csaf_version"))) || ((data0.publisher === undefined) && (missing1 = "publisher"))) || ((data0.title === undefined) && (missing1 = "title"))) || ((data0.tracking === undefined) && (missing1 = "tracking"))){
	validate20.errors = [{instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
	return false;
	}
	else {
	if(data0.acknowledgments !== undefined){
	let data1 = data0.acknowledgments;
	const _errs3 = errors;
	const _errs4 = errors;
	if(errors === _errs4){
	if(Array.isArray(data1)){
	if(data1.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments",schemaPath:"#/$defs/acknowledgments_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid3 = true;
	const len0 = data1.length;
	for(let i0=0; i0<len0; i0++){
	let data2 = data1[i0];
	const _errs6 = errors;
	if(errors === _errs6){
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if(Object.keys(data2).length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0,schemaPath:"#/$defs/acknowledgments_t/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data2.names !== undefined){
	let data3 = data2.names;
	const _errs8 = errors;
	if(errors === _errs8){
	if(Array.isArray(data3)){
	if(data3.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/names",schemaPath:"#/$defs/acknowledgments_t/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid5 = true;
	const len1 = data3.length;
	for(let i1=0; i1<len1; i1++){
	let data4 = data3[i1];
	const _errs10 = errors;
	if(errors === _errs10){
	if(typeof data4 === "string"){
	if(func1(data4) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/names/" + i1,schemaPath:"#/$defs/acknowledgments_t/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/names/" + i1,schemaPath:"#/$defs/acknowledgments_t/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid5 = _errs10 === errors;
	if(!valid5){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/names",schemaPath:"#/$defs/acknowledgments_t/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid4 = _errs8 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data2.organization !== undefined){
	let data5 = data2.organization;
	const _errs12 = errors;
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(func1(data5) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/organization",schemaPath:"#/$defs/acknowledgments_t/items/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/organization",schemaPath:"#/$defs/acknowledgments_t/items/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid4 = _errs12 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data2.summary !== undefined){
	let data6 = data2.summary;
	const _errs14 = errors;
	if(errors === _errs14){
	if(typeof data6 === "string"){
	if(func1(data6) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/summary",schemaPath:"#/$defs/acknowledgments_t/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/summary",schemaPath:"#/$defs/acknowledgments_t/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid4 = _errs14 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data2.urls !== undefined){
	let data7 = data2.urls;
	const _errs16 = errors;
	if(errors === _errs16){
	if(Array.isArray(data7)){
	if(data7.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/urls",schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid6 = true;
	const len2 = data7.length;
	for(let i2=0; i2<len2; i2++){
	let data8 = data7[i2];
	const _errs18 = errors;
	if(errors === _errs18){
	if(errors === _errs18){
	if(typeof data8 === "string"){
	if(!(formats0(data8))){
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/urls/" + i2,schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/urls/" + i2,schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid6 = _errs18 === errors;
	if(!valid6){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0+"/urls",schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid4 = _errs16 === errors;
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
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments/" + i0,schemaPath:"#/$defs/acknowledgments_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid3 = _errs6 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/acknowledgments",schemaPath:"#/$defs/acknowledgments_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid1 = _errs3 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.aggregate_severity !== undefined){
	let data9 = data0.aggregate_severity;
	const _errs20 = errors;
	if(errors === _errs20){
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing2;
	if((data9.text === undefined) && (missing2 = "text")){
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity",schemaPath:"#/properties/document/properties/aggregate_severity/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
	return false;
	}
	else {
	if(data9.namespace !== undefined){
	let data10 = data9.namespace;
	const _errs22 = errors;
	if(errors === _errs22){
	if(errors === _errs22){
	if(typeof data10 === "string"){
	if(!(formats0(data10))){
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity/namespace",schemaPath:"#/properties/document/properties/aggregate_severity/properties/namespace/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity/namespace",schemaPath:"#/properties/document/properties/aggregate_severity/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid7 = _errs22 === errors;
	}
	else {
	var valid7 = true;
	}
	if(valid7){
	if(data9.text !== undefined){
	let data11 = data9.text;
	const _errs24 = errors;
	if(errors === _errs24){
	if(typeof data11 === "string"){
	if(func1(data11) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity/text",schemaPath:"#/properties/document/properties/aggregate_severity/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity/text",schemaPath:"#/properties/document/properties/aggregate_severity/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid7 = _errs24 === errors;
	}
	else {
	var valid7 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/aggregate_severity",schemaPath:"#/properties/document/properties/aggregate_severity/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs20 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.category !== undefined){
	let data12 = data0.category;
	const _errs26 = errors;
	if(errors === _errs26){
	if(typeof data12 === "string"){
	if(func1(data12) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/category",schemaPath:"#/properties/document/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	else {
	if(!pattern4.test(data12)){
	validate20.errors = [{instancePath:instancePath+"/document/category",schemaPath:"#/properties/document/properties/category/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\-_\\.](.*[^\\s\\-_\\.])?$"},message:"must match pattern \""+"^[^\\s\\-_\\.](.*[^\\s\\-_\\.])?$"+"\""}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/category",schemaPath:"#/properties/document/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid1 = _errs26 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.csaf_version !== undefined){
	let data13 = data0.csaf_version;
	const _errs28 = errors;
	if(typeof data13 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/csaf_version",schemaPath:"#/properties/document/properties/csaf_version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(data13 === "2.0")){
	validate20.errors = [{instancePath:instancePath+"/document/csaf_version",schemaPath:"#/properties/document/properties/csaf_version/enum",keyword:"enum",params:{allowedValues: schema31.properties.document.properties.csaf_version.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid1 = _errs28 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.distribution !== undefined){
	let data14 = data0.distribution;
	const _errs30 = errors;
	if(errors === _errs30){
	if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
	if(Object.keys(data14).length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/distribution",schemaPath:"#/properties/document/properties/distribution/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data14.text !== undefined){
	let data15 = data14.text;
	const _errs32 = errors;
	if(errors === _errs32){
	if(typeof data15 === "string"){
	if(func1(data15) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/distribution/text",schemaPath:"#/properties/document/properties/distribution/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/distribution/text",schemaPath:"#/properties/document/properties/distribution/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid8 = _errs32 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data14.tlp !== undefined){
	let data16 = data14.tlp;
	const _errs34 = errors;
	if(errors === _errs34){
	if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
	let missing3;
	if((data16.label === undefined) && (missing3 = "label")){
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp",schemaPath:"#/properties/document/properties/distribution/properties/tlp/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
	return false;
	}
	else {
	if(data16.label !== undefined){
	let data17 = data16.label;
	const _errs36 = errors;
	if(typeof data17 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp/label",schemaPath:"#/properties/document/properties/distribution/properties/tlp/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data17 === "AMBER") || (data17 === "GREEN")) || (data17 === "RED")) || (data17 === "WHITE"))){
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp/label",schemaPath:"#/properties/document/properties/distribution/properties/tlp/properties/label/enum",keyword:"enum",params:{allowedValues: schema31.properties.document.properties.distribution.properties.tlp.properties.label.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid9 = _errs36 === errors;
	}
	else {
	var valid9 = true;
	}
	if(valid9){
	if(data16.url !== undefined){
	let data18 = data16.url;
	const _errs38 = errors;
	if(errors === _errs38){
	if(errors === _errs38){
	if(typeof data18 === "string"){
	if(!(formats0(data18))){
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp/url",schemaPath:"#/properties/document/properties/distribution/properties/tlp/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp/url",schemaPath:"#/properties/document/properties/distribution/properties/tlp/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid9 = _errs38 === errors;
	}
	else {
	var valid9 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/distribution/tlp",schemaPath:"#/properties/document/properties/distribution/properties/tlp/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid8 = _errs34 === errors;
	}
	else {
	var valid8 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/distribution",schemaPath:"#/properties/document/properties/distribution/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs30 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.lang !== undefined){
	let data19 = data0.lang;
	const _errs40 = errors;
	const _errs41 = errors;
	if(errors === _errs41){
	if(typeof data19 === "string"){
	if(!pattern5.test(data19)){
	validate20.errors = [{instancePath:instancePath+"/document/lang",schemaPath:"#/$defs/lang_t/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])$"},message:"must match pattern \""+"^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/lang",schemaPath:"#/$defs/lang_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid1 = _errs40 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.notes !== undefined){
	let data20 = data0.notes;
	const _errs43 = errors;
	const _errs44 = errors;
	if(errors === _errs44){
	if(Array.isArray(data20)){
	if(data20.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/notes",schemaPath:"#/$defs/notes_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid12 = true;
	const len3 = data20.length;
	for(let i3=0; i3<len3; i3++){
	let data21 = data20[i3];
	const _errs46 = errors;
	if(errors === _errs46){
	if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
	let missing4;
	if(((data21.category === undefined) && (missing4 = "category")) || ((data21.text === undefined) && (missing4 = "text"))){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3,schemaPath:"#/$defs/notes_t/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
	return false;
	}
	else {
	if(data21.audience !== undefined){
	let data22 = data21.audience;
	const _errs48 = errors;
	if(errors === _errs48){
	if(typeof data22 === "string"){
	if(func1(data22) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/audience",schemaPath:"#/$defs/notes_t/items/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/audience",schemaPath:"#/$defs/notes_t/items/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid13 = _errs48 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data21.category !== undefined){
	let data23 = data21.category;
	const _errs50 = errors;
	if(typeof data23 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/category",schemaPath:"#/$defs/notes_t/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((((data23 === "description") || (data23 === "details")) || (data23 === "faq")) || (data23 === "general")) || (data23 === "legal_disclaimer")) || (data23 === "other")) || (data23 === "summary"))){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/category",schemaPath:"#/$defs/notes_t/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema34.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid13 = _errs50 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data21.text !== undefined){
	let data24 = data21.text;
	const _errs52 = errors;
	if(errors === _errs52){
	if(typeof data24 === "string"){
	if(func1(data24) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/text",schemaPath:"#/$defs/notes_t/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/text",schemaPath:"#/$defs/notes_t/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid13 = _errs52 === errors;
	}
	else {
	var valid13 = true;
	}
	if(valid13){
	if(data21.title !== undefined){
	let data25 = data21.title;
	const _errs54 = errors;
	if(errors === _errs54){
	if(typeof data25 === "string"){
	if(func1(data25) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/title",schemaPath:"#/$defs/notes_t/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3+"/title",schemaPath:"#/$defs/notes_t/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid13 = _errs54 === errors;
	}
	else {
	var valid13 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/notes/" + i3,schemaPath:"#/$defs/notes_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid12 = _errs46 === errors;
	if(!valid12){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/notes",schemaPath:"#/$defs/notes_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid1 = _errs43 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.publisher !== undefined){
	let data26 = data0.publisher;
	const _errs56 = errors;
	if(errors === _errs56){
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	let missing5;
	if((((data26.category === undefined) && (missing5 = "category")) || ((data26.name === undefined) && (missing5 = "name"))) || ((data26.namespace === undefined) && (missing5 = "namespace"))){
	validate20.errors = [{instancePath:instancePath+"/document/publisher",schemaPath:"#/properties/document/properties/publisher/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
	return false;
	}
	else {
	if(data26.category !== undefined){
	let data27 = data26.category;
	const _errs58 = errors;
	if(typeof data27 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/category",schemaPath:"#/properties/document/properties/publisher/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((((data27 === "coordinator") || (data27 === "discoverer")) || (data27 === "other")) || (data27 === "translator")) || (data27 === "user")) || (data27 === "vendor"))){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/category",schemaPath:"#/properties/document/properties/publisher/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.document.properties.publisher.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid14 = _errs58 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.contact_details !== undefined){
	let data28 = data26.contact_details;
	const _errs60 = errors;
	if(errors === _errs60){
	if(typeof data28 === "string"){
	if(func1(data28) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/contact_details",schemaPath:"#/properties/document/properties/publisher/properties/contact_details/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/publisher/contact_details",schemaPath:"#/properties/document/properties/publisher/properties/contact_details/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid14 = _errs60 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.issuing_authority !== undefined){
	let data29 = data26.issuing_authority;
	const _errs62 = errors;
	if(errors === _errs62){
	if(typeof data29 === "string"){
	if(func1(data29) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/issuing_authority",schemaPath:"#/properties/document/properties/publisher/properties/issuing_authority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/publisher/issuing_authority",schemaPath:"#/properties/document/properties/publisher/properties/issuing_authority/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid14 = _errs62 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.name !== undefined){
	let data30 = data26.name;
	const _errs64 = errors;
	if(errors === _errs64){
	if(typeof data30 === "string"){
	if(func1(data30) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/name",schemaPath:"#/properties/document/properties/publisher/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/publisher/name",schemaPath:"#/properties/document/properties/publisher/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid14 = _errs64 === errors;
	}
	else {
	var valid14 = true;
	}
	if(valid14){
	if(data26.namespace !== undefined){
	let data31 = data26.namespace;
	const _errs66 = errors;
	if(errors === _errs66){
	if(errors === _errs66){
	if(typeof data31 === "string"){
	if(!(formats0(data31))){
	validate20.errors = [{instancePath:instancePath+"/document/publisher/namespace",schemaPath:"#/properties/document/properties/publisher/properties/namespace/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/publisher/namespace",schemaPath:"#/properties/document/properties/publisher/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid14 = _errs66 === errors;
	}
	else {
	var valid14 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/publisher",schemaPath:"#/properties/document/properties/publisher/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs56 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.references !== undefined){
	let data32 = data0.references;
	const _errs68 = errors;
	const _errs69 = errors;
	if(errors === _errs69){
	if(Array.isArray(data32)){
	if(data32.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/references",schemaPath:"#/$defs/references_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid16 = true;
	const len4 = data32.length;
	for(let i4=0; i4<len4; i4++){
	let data33 = data32[i4];
	const _errs71 = errors;
	if(errors === _errs71){
	if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
	let missing6;
	if(((data33.summary === undefined) && (missing6 = "summary")) || ((data33.url === undefined) && (missing6 = "url"))){
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4,schemaPath:"#/$defs/references_t/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
	return false;
	}
	else {
	if(data33.category !== undefined){
	let data34 = data33.category;
	const _errs73 = errors;
	if(typeof data34 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/category",schemaPath:"#/$defs/references_t/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data34 === "external") || (data34 === "self"))){
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/category",schemaPath:"#/$defs/references_t/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema35.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid17 = _errs73 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data33.summary !== undefined){
	let data35 = data33.summary;
	const _errs75 = errors;
	if(errors === _errs75){
	if(typeof data35 === "string"){
	if(func1(data35) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/summary",schemaPath:"#/$defs/references_t/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/summary",schemaPath:"#/$defs/references_t/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid17 = _errs75 === errors;
	}
	else {
	var valid17 = true;
	}
	if(valid17){
	if(data33.url !== undefined){
	let data36 = data33.url;
	const _errs77 = errors;
	if(errors === _errs77){
	if(errors === _errs77){
	if(typeof data36 === "string"){
	if(!(formats0(data36))){
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/url",schemaPath:"#/$defs/references_t/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4+"/url",schemaPath:"#/$defs/references_t/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid17 = _errs77 === errors;
	}
	else {
	var valid17 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/references/" + i4,schemaPath:"#/$defs/references_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid16 = _errs71 === errors;
	if(!valid16){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/references",schemaPath:"#/$defs/references_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid1 = _errs68 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.source_lang !== undefined){
	let data37 = data0.source_lang;
	const _errs79 = errors;
	const _errs80 = errors;
	if(errors === _errs80){
	if(typeof data37 === "string"){
	if(!pattern5.test(data37)){
	validate20.errors = [{instancePath:instancePath+"/document/source_lang",schemaPath:"#/$defs/lang_t/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])$"},message:"must match pattern \""+"^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/source_lang",schemaPath:"#/$defs/lang_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid1 = _errs79 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.title !== undefined){
	let data38 = data0.title;
	const _errs82 = errors;
	if(errors === _errs82){
	if(typeof data38 === "string"){
	if(func1(data38) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/title",schemaPath:"#/properties/document/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/title",schemaPath:"#/properties/document/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid1 = _errs82 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data0.tracking !== undefined){
	let data39 = data0.tracking;
	const _errs84 = errors;
	if(errors === _errs84){
	if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
	let missing7;
	if(((((((data39.current_release_date === undefined) && (missing7 = "current_release_date")) || ((data39.id === undefined) && (missing7 = "id"))) || ((data39.initial_release_date === undefined) && (missing7 = "initial_release_date"))) || ((data39.revision_history === undefined) && (missing7 = "revision_history"))) || ((data39.status === undefined) && (missing7 = "status"))) || ((data39.version === undefined) && (missing7 = "version"))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking",schemaPath:"#/properties/document/properties/tracking/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
	return false;
	}
	else {
	if(data39.aliases !== undefined){
	let data40 = data39.aliases;
	const _errs86 = errors;
	if(errors === _errs86){
	if(Array.isArray(data40)){
	if(data40.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/aliases",schemaPath:"#/properties/document/properties/tracking/properties/aliases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid20 = true;
	const len5 = data40.length;
	for(let i5=0; i5<len5; i5++){
	let data41 = data40[i5];
	const _errs88 = errors;
	if(errors === _errs88){
	if(typeof data41 === "string"){
	if(func1(data41) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/aliases/" + i5,schemaPath:"#/properties/document/properties/tracking/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/aliases/" + i5,schemaPath:"#/properties/document/properties/tracking/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid20 = _errs88 === errors;
	if(!valid20){
	break;
	}
	}
	if(valid20){
	let i6 = data40.length;
	let j0;
	if(i6 > 1){
	const indices0 = {};
	for(;i6--;){
	let item0 = data40[i6];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	validate20.errors = [{instancePath:instancePath+"/document/tracking/aliases",schemaPath:"#/properties/document/properties/tracking/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)"}];
	return false;
	}
	indices0[item0] = i6;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/aliases",schemaPath:"#/properties/document/properties/tracking/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid19 = _errs86 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.current_release_date !== undefined){
	let data42 = data39.current_release_date;
	const _errs90 = errors;
	if(errors === _errs90){
	if(errors === _errs90){
	if(typeof data42 === "string"){
	if(!(formats10.validate(data42))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/current_release_date",schemaPath:"#/properties/document/properties/tracking/properties/current_release_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/current_release_date",schemaPath:"#/properties/document/properties/tracking/properties/current_release_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid19 = _errs90 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.generator !== undefined){
	let data43 = data39.generator;
	const _errs92 = errors;
	if(errors === _errs92){
	if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
	let missing8;
	if((data43.engine === undefined) && (missing8 = "engine")){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator",schemaPath:"#/properties/document/properties/tracking/properties/generator/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
	return false;
	}
	else {
	if(data43.date !== undefined){
	let data44 = data43.date;
	const _errs94 = errors;
	if(errors === _errs94){
	if(errors === _errs94){
	if(typeof data44 === "string"){
	if(!(formats10.validate(data44))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/date",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/date",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid22 = _errs94 === errors;
	}
	else {
	var valid22 = true;
	}
	if(valid22){
	if(data43.engine !== undefined){
	let data45 = data43.engine;
	const _errs96 = errors;
	if(errors === _errs96){
	if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
	let missing9;
	if((data45.name === undefined) && (missing9 = "name")){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
	return false;
	}
	else {
	if(data45.name !== undefined){
	let data46 = data45.name;
	const _errs98 = errors;
	if(errors === _errs98){
	if(typeof data46 === "string"){
	if(func1(data46) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine/name",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine/name",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid23 = _errs98 === errors;
	}
	else {
	var valid23 = true;
	}
	if(valid23){
	if(data45.version !== undefined){
	let data47 = data45.version;
	const _errs100 = errors;
	if(errors === _errs100){
	if(typeof data47 === "string"){
	if(func1(data47) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine/version",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine/version",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid23 = _errs100 === errors;
	}
	else {
	var valid23 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator/engine",schemaPath:"#/properties/document/properties/tracking/properties/generator/properties/engine/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid22 = _errs96 === errors;
	}
	else {
	var valid22 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/generator",schemaPath:"#/properties/document/properties/tracking/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid19 = _errs92 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.id !== undefined){
	let data48 = data39.id;
	const _errs102 = errors;
	if(errors === _errs102){
	if(typeof data48 === "string"){
	if(func1(data48) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/id",schemaPath:"#/properties/document/properties/tracking/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	else {
	if(!pattern7.test(data48)){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/id",schemaPath:"#/properties/document/properties/tracking/properties/id/pattern",keyword:"pattern",params:{pattern: "^[\\S](.*[\\S])?$"},message:"must match pattern \""+"^[\\S](.*[\\S])?$"+"\""}];
	return false;
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/id",schemaPath:"#/properties/document/properties/tracking/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid19 = _errs102 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.initial_release_date !== undefined){
	let data49 = data39.initial_release_date;
	const _errs104 = errors;
	if(errors === _errs104){
	if(errors === _errs104){
	if(typeof data49 === "string"){
	if(!(formats10.validate(data49))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/initial_release_date",schemaPath:"#/properties/document/properties/tracking/properties/initial_release_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/initial_release_date",schemaPath:"#/properties/document/properties/tracking/properties/initial_release_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid19 = _errs104 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.revision_history !== undefined){
	let data50 = data39.revision_history;
	const _errs106 = errors;
	if(errors === _errs106){
	if(Array.isArray(data50)){
	if(data50.length < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid24 = true;
	const len6 = data50.length;
	for(let i7=0; i7<len6; i7++){
	let data51 = data50[i7];
	const _errs108 = errors;
	if(errors === _errs108){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing10;
	if((((data51.date === undefined) && (missing10 = "date")) || ((data51.number === undefined) && (missing10 = "number"))) || ((data51.summary === undefined) && (missing10 = "summary"))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7,schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
	return false;
	}
	else {
	if(data51.date !== undefined){
	let data52 = data51.date;
	const _errs110 = errors;
	if(errors === _errs110){
	if(errors === _errs110){
	if(typeof data52 === "string"){
	if(!(formats10.validate(data52))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/date",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/date",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid25 = _errs110 === errors;
	}
	else {
	var valid25 = true;
	}
	if(valid25){
	if(data51.legacy_version !== undefined){
	let data53 = data51.legacy_version;
	const _errs112 = errors;
	if(errors === _errs112){
	if(typeof data53 === "string"){
	if(func1(data53) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/legacy_version",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/legacy_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/legacy_version",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/legacy_version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid25 = _errs112 === errors;
	}
	else {
	var valid25 = true;
	}
	if(valid25){
	if(data51.number !== undefined){
	let data54 = data51.number;
	const _errs114 = errors;
	const _errs115 = errors;
	if(errors === _errs115){
	if(typeof data54 === "string"){
	if(!pattern8.test(data54)){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/number",schemaPath:"#/$defs/version_t/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$|^((0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$|^((0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?)$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/number",schemaPath:"#/$defs/version_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid25 = _errs114 === errors;
	}
	else {
	var valid25 = true;
	}
	if(valid25){
	if(data51.summary !== undefined){
	let data55 = data51.summary;
	const _errs117 = errors;
	if(errors === _errs117){
	if(typeof data55 === "string"){
	if(func1(data55) < 1){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/summary",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7+"/summary",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid25 = _errs117 === errors;
	}
	else {
	var valid25 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history/" + i7,schemaPath:"#/properties/document/properties/tracking/properties/revision_history/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid24 = _errs108 === errors;
	if(!valid24){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/revision_history",schemaPath:"#/properties/document/properties/tracking/properties/revision_history/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid19 = _errs106 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.status !== undefined){
	let data56 = data39.status;
	const _errs119 = errors;
	if(typeof data56 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/status",schemaPath:"#/properties/document/properties/tracking/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data56 === "draft") || (data56 === "final")) || (data56 === "interim"))){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/status",schemaPath:"#/properties/document/properties/tracking/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.document.properties.tracking.properties.status.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid19 = _errs119 === errors;
	}
	else {
	var valid19 = true;
	}
	if(valid19){
	if(data39.version !== undefined){
	let data57 = data39.version;
	const _errs121 = errors;
	const _errs122 = errors;
	if(errors === _errs122){
	if(typeof data57 === "string"){
	if(!pattern8.test(data57)){
	validate20.errors = [{instancePath:instancePath+"/document/tracking/version",schemaPath:"#/$defs/version_t/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$|^((0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$|^((0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?)$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking/version",schemaPath:"#/$defs/version_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid19 = _errs121 === errors;
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
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document/tracking",schemaPath:"#/properties/document/properties/tracking/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs84 === errors;
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
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid0 = _errs1 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.product_tree !== undefined){
	let data58 = data.product_tree;
	const _errs124 = errors;
	if(errors === _errs124){
	if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
	if(Object.keys(data58).length < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree",schemaPath:"#/properties/product_tree/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data58.branches !== undefined){
	const _errs126 = errors;
	if(!(validate21(data58.branches, {instancePath:instancePath+"/product_tree/branches",parentData:data58,parentDataProperty:"branches",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
	errors = vErrors.length;
	}
	var valid28 = _errs126 === errors;
	}
	else {
	var valid28 = true;
	}
	if(valid28){
	if(data58.full_product_names !== undefined){
	let data60 = data58.full_product_names;
	const _errs127 = errors;
	if(errors === _errs127){
	if(Array.isArray(data60)){
	if(data60.length < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/full_product_names",schemaPath:"#/properties/product_tree/properties/full_product_names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid29 = true;
	const len7 = data60.length;
	for(let i8=0; i8<len7; i8++){
	const _errs129 = errors;
	if(!(validate22(data60[i8], {instancePath:instancePath+"/product_tree/full_product_names/" + i8,parentData:data60,parentDataProperty:i8,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
	errors = vErrors.length;
	}
	var valid29 = _errs129 === errors;
	if(!valid29){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/full_product_names",schemaPath:"#/properties/product_tree/properties/full_product_names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid28 = _errs127 === errors;
	}
	else {
	var valid28 = true;
	}
	if(valid28){
	if(data58.product_groups !== undefined){
	let data62 = data58.product_groups;
	const _errs130 = errors;
	if(errors === _errs130){
	if(Array.isArray(data62)){
	if(data62.length < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups",schemaPath:"#/properties/product_tree/properties/product_groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid30 = true;
	const len8 = data62.length;
	for(let i9=0; i9<len8; i9++){
	let data63 = data62[i9];
	const _errs132 = errors;
	if(errors === _errs132){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing11;
	if(((data63.group_id === undefined) && (missing11 = "group_id")) || ((data63.product_ids === undefined) && (missing11 = "product_ids"))){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9,schemaPath:"#/properties/product_tree/properties/product_groups/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
	return false;
	}
	else {
	if(data63.group_id !== undefined){
	let data64 = data63.group_id;
	const _errs134 = errors;
	const _errs135 = errors;
	if(errors === _errs135){
	if(typeof data64 === "string"){
	if(func1(data64) < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/group_id",schemaPath:"#/$defs/product_group_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/group_id",schemaPath:"#/$defs/product_group_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid31 = _errs134 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data63.product_ids !== undefined){
	let data65 = data63.product_ids;
	const _errs137 = errors;
	if(errors === _errs137){
	if(Array.isArray(data65)){
	if(data65.length < 2){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/product_ids",schemaPath:"#/properties/product_tree/properties/product_groups/items/properties/product_ids/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"}];
	return false;
	}
	else {
	var valid33 = true;
	const len9 = data65.length;
	for(let i10=0; i10<len9; i10++){
	let data66 = data65[i10];
	const _errs139 = errors;
	const _errs140 = errors;
	if(errors === _errs140){
	if(typeof data66 === "string"){
	if(func1(data66) < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/product_ids/" + i10,schemaPath:"#/$defs/product_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/product_ids/" + i10,schemaPath:"#/$defs/product_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid33 = _errs139 === errors;
	if(!valid33){
	break;
	}
	}
	if(valid33){
	let i11 = data65.length;
	let j1;
	if(i11 > 1){
	for(;i11--;){
	for(j1 = i11; j1--;){
	if(func0(data65[i11], data65[j1])){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/product_ids",schemaPath:"#/properties/product_tree/properties/product_groups/items/properties/product_ids/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i11+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/product_ids",schemaPath:"#/properties/product_tree/properties/product_groups/items/properties/product_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid31 = _errs137 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data63.summary !== undefined){
	let data67 = data63.summary;
	const _errs142 = errors;
	if(errors === _errs142){
	if(typeof data67 === "string"){
	if(func1(data67) < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/summary",schemaPath:"#/properties/product_tree/properties/product_groups/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9+"/summary",schemaPath:"#/properties/product_tree/properties/product_groups/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid31 = _errs142 === errors;
	}
	else {
	var valid31 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups/" + i9,schemaPath:"#/properties/product_tree/properties/product_groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid30 = _errs132 === errors;
	if(!valid30){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/product_groups",schemaPath:"#/properties/product_tree/properties/product_groups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid28 = _errs130 === errors;
	}
	else {
	var valid28 = true;
	}
	if(valid28){
	if(data58.relationships !== undefined){
	let data68 = data58.relationships;
	const _errs144 = errors;
	if(errors === _errs144){
	if(Array.isArray(data68)){
	if(data68.length < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships",schemaPath:"#/properties/product_tree/properties/relationships/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid36 = true;
	const len10 = data68.length;
	for(let i12=0; i12<len10; i12++){
	let data69 = data68[i12];
	const _errs146 = errors;
	if(errors === _errs146){
	if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
	let missing12;
	if(((((data69.category === undefined) && (missing12 = "category")) || ((data69.full_product_name === undefined) && (missing12 = "full_product_name"))) || ((data69.product_reference === undefined) && (missing12 = "product_reference"))) || ((data69.relates_to_product_reference === undefined) && (missing12 = "relates_to_product_reference"))){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12,schemaPath:"#/properties/product_tree/properties/relationships/items/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
	return false;
	}
	else {
	if(data69.category !== undefined){
	let data70 = data69.category;
	const _errs148 = errors;
	if(typeof data70 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/category",schemaPath:"#/properties/product_tree/properties/relationships/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data70 === "default_component_of") || (data70 === "external_component_of")) || (data70 === "installed_on")) || (data70 === "installed_with")) || (data70 === "optional_component_of"))){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/category",schemaPath:"#/properties/product_tree/properties/relationships/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.product_tree.properties.relationships.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid37 = _errs148 === errors;
	}
	else {
	var valid37 = true;
	}
	if(valid37){
	if(data69.full_product_name !== undefined){
	const _errs150 = errors;
	if(!(validate22(data69.full_product_name, {instancePath:instancePath+"/product_tree/relationships/" + i12+"/full_product_name",parentData:data69,parentDataProperty:"full_product_name",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
	errors = vErrors.length;
	}
	var valid37 = _errs150 === errors;
	}
	else {
	var valid37 = true;
	}
	if(valid37){
	if(data69.product_reference !== undefined){
	let data72 = data69.product_reference;
	const _errs151 = errors;
	const _errs152 = errors;
	if(errors === _errs152){
	if(typeof data72 === "string"){
	if(func1(data72) < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/product_reference",schemaPath:"#/$defs/product_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/product_reference",schemaPath:"#/$defs/product_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid37 = _errs151 === errors;
	}
	else {
	var valid37 = true;
	}
	if(valid37){
	if(data69.relates_to_product_reference !== undefined){
	let data73 = data69.relates_to_product_reference;
	const _errs154 = errors;
	const _errs155 = errors;
	if(errors === _errs155){
	if(typeof data73 === "string"){
	if(func1(data73) < 1){
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/relates_to_product_reference",schemaPath:"#/$defs/product_id_t/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12+"/relates_to_product_reference",schemaPath:"#/$defs/product_id_t/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid37 = _errs154 === errors;
	}
	else {
	var valid37 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships/" + i12,schemaPath:"#/properties/product_tree/properties/relationships/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid36 = _errs146 === errors;
	if(!valid36){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree/relationships",schemaPath:"#/properties/product_tree/properties/relationships/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid28 = _errs144 === errors;
	}
	else {
	var valid28 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/product_tree",schemaPath:"#/properties/product_tree/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid0 = _errs124 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.vulnerabilities !== undefined){
	let data74 = data.vulnerabilities;
	const _errs157 = errors;
	if(errors === _errs157){
	if(Array.isArray(data74)){
	if(data74.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid40 = true;
	const len11 = data74.length;
	for(let i13=0; i13<len11; i13++){
	let data75 = data74[i13];
	const _errs159 = errors;
	if(errors === _errs159){
	if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
	if(Object.keys(data75).length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13,schemaPath:"#/properties/vulnerabilities/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data75.acknowledgments !== undefined){
	let data76 = data75.acknowledgments;
	const _errs161 = errors;
	const _errs162 = errors;
	if(errors === _errs162){
	if(Array.isArray(data76)){
	if(data76.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments",schemaPath:"#/$defs/acknowledgments_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid43 = true;
	const len12 = data76.length;
	for(let i14=0; i14<len12; i14++){
	let data77 = data76[i14];
	const _errs164 = errors;
	if(errors === _errs164){
	if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
	if(Object.keys(data77).length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14,schemaPath:"#/$defs/acknowledgments_t/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data77.names !== undefined){
	let data78 = data77.names;
	const _errs166 = errors;
	if(errors === _errs166){
	if(Array.isArray(data78)){
	if(data78.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/names",schemaPath:"#/$defs/acknowledgments_t/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid45 = true;
	const len13 = data78.length;
	for(let i15=0; i15<len13; i15++){
	let data79 = data78[i15];
	const _errs168 = errors;
	if(errors === _errs168){
	if(typeof data79 === "string"){
	if(func1(data79) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/names/" + i15,schemaPath:"#/$defs/acknowledgments_t/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/names/" + i15,schemaPath:"#/$defs/acknowledgments_t/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid45 = _errs168 === errors;
	if(!valid45){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/names",schemaPath:"#/$defs/acknowledgments_t/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid44 = _errs166 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data77.organization !== undefined){
	let data80 = data77.organization;
	const _errs170 = errors;
	if(errors === _errs170){
	if(typeof data80 === "string"){
	if(func1(data80) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/organization",schemaPath:"#/$defs/acknowledgments_t/items/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/organization",schemaPath:"#/$defs/acknowledgments_t/items/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid44 = _errs170 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data77.summary !== undefined){
	let data81 = data77.summary;
	const _errs172 = errors;
	if(errors === _errs172){
	if(typeof data81 === "string"){
	if(func1(data81) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/summary",schemaPath:"#/$defs/acknowledgments_t/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/summary",schemaPath:"#/$defs/acknowledgments_t/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid44 = _errs172 === errors;
	}
	else {
	var valid44 = true;
	}
	if(valid44){
	if(data77.urls !== undefined){
	let data82 = data77.urls;
	const _errs174 = errors;
	if(errors === _errs174){
	if(Array.isArray(data82)){
	if(data82.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/urls",schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid46 = true;
	const len14 = data82.length;
	for(let i16=0; i16<len14; i16++){
	let data83 = data82[i16];
	const _errs176 = errors;
	if(errors === _errs176){
	if(errors === _errs176){
	if(typeof data83 === "string"){
	if(!(formats0(data83))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/urls/" + i16,schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/urls/" + i16,schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid46 = _errs176 === errors;
	if(!valid46){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14+"/urls",schemaPath:"#/$defs/acknowledgments_t/items/properties/urls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid44 = _errs174 === errors;
	}
	else {
	var valid44 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments/" + i14,schemaPath:"#/$defs/acknowledgments_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid43 = _errs164 === errors;
	if(!valid43){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/acknowledgments",schemaPath:"#/$defs/acknowledgments_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs161 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.cve !== undefined){
	let data84 = data75.cve;
	const _errs178 = errors;
	if(errors === _errs178){
	if(typeof data84 === "string"){
	if(!pattern13.test(data84)){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cve",schemaPath:"#/properties/vulnerabilities/items/properties/cve/pattern",keyword:"pattern",params:{pattern: "^CVE-[0-9]{4}-[0-9]{4,}$"},message:"must match pattern \""+"^CVE-[0-9]{4}-[0-9]{4,}$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cve",schemaPath:"#/properties/vulnerabilities/items/properties/cve/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid41 = _errs178 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.cwe !== undefined){
	let data85 = data75.cwe;
	const _errs180 = errors;
	if(errors === _errs180){
	if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
	let missing13;
	if(((data85.id === undefined) && (missing13 = "id")) || ((data85.name === undefined) && (missing13 = "name"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
	return false;
	}
	else {
	if(data85.id !== undefined){
	let data86 = data85.id;
	const _errs182 = errors;
	if(errors === _errs182){
	if(typeof data86 === "string"){
	if(!pattern14.test(data86)){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe/id",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/properties/id/pattern",keyword:"pattern",params:{pattern: "^CWE-[1-9]\\d{0,5}$"},message:"must match pattern \""+"^CWE-[1-9]\\d{0,5}$"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe/id",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid47 = _errs182 === errors;
	}
	else {
	var valid47 = true;
	}
	if(valid47){
	if(data85.name !== undefined){
	let data87 = data85.name;
	const _errs184 = errors;
	if(errors === _errs184){
	if(typeof data87 === "string"){
	if(func1(data87) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe/name",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe/name",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid47 = _errs184 === errors;
	}
	else {
	var valid47 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/cwe",schemaPath:"#/properties/vulnerabilities/items/properties/cwe/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid41 = _errs180 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.discovery_date !== undefined){
	let data88 = data75.discovery_date;
	const _errs186 = errors;
	if(errors === _errs186){
	if(errors === _errs186){
	if(typeof data88 === "string"){
	if(!(formats10.validate(data88))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/discovery_date",schemaPath:"#/properties/vulnerabilities/items/properties/discovery_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/discovery_date",schemaPath:"#/properties/vulnerabilities/items/properties/discovery_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid41 = _errs186 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.flags !== undefined){
	let data89 = data75.flags;
	const _errs188 = errors;
	if(errors === _errs188){
	if(Array.isArray(data89)){
	if(data89.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags",schemaPath:"#/properties/vulnerabilities/items/properties/flags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid48 = true;
	const len15 = data89.length;
	for(let i17=0; i17<len15; i17++){
	let data90 = data89[i17];
	const _errs190 = errors;
	if(errors === _errs190){
	if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
	let missing14;
	if((data90.label === undefined) && (missing14 = "label")){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17,schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
	return false;
	}
	else {
	if(data90.date !== undefined){
	let data91 = data90.date;
	const _errs192 = errors;
	if(errors === _errs192){
	if(errors === _errs192){
	if(typeof data91 === "string"){
	if(!(formats10.validate(data91))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid49 = _errs192 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data90.group_ids !== undefined){
	const _errs194 = errors;
	if(!(validate27(data90.group_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/group_ids",parentData:data90,parentDataProperty:"group_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
	errors = vErrors.length;
	}
	var valid49 = _errs194 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data90.label !== undefined){
	let data93 = data90.label;
	const _errs195 = errors;
	if(typeof data93 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/label",schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data93 === "component_not_present") || (data93 === "inline_mitigations_already_exist")) || (data93 === "vulnerable_code_cannot_be_controlled_by_adversary")) || (data93 === "vulnerable_code_not_in_execute_path")) || (data93 === "vulnerable_code_not_present"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/label",schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/properties/label/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.flags.items.properties.label.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid49 = _errs195 === errors;
	}
	else {
	var valid49 = true;
	}
	if(valid49){
	if(data90.product_ids !== undefined){
	const _errs197 = errors;
	if(!(validate29(data90.product_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17+"/product_ids",parentData:data90,parentDataProperty:"product_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid49 = _errs197 === errors;
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
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags/" + i17,schemaPath:"#/properties/vulnerabilities/items/properties/flags/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid48 = _errs190 === errors;
	if(!valid48){
	break;
	}
	}
	if(valid48){
	let i18 = data89.length;
	let j2;
	if(i18 > 1){
	for(;i18--;){
	for(j2 = i18; j2--;){
	if(func0(data89[i18], data89[j2])){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags",schemaPath:"#/properties/vulnerabilities/items/properties/flags/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i18+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/flags",schemaPath:"#/properties/vulnerabilities/items/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs188 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.ids !== undefined){
	let data95 = data75.ids;
	const _errs198 = errors;
	if(errors === _errs198){
	if(Array.isArray(data95)){
	if(data95.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids",schemaPath:"#/properties/vulnerabilities/items/properties/ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid51 = true;
	const len16 = data95.length;
	for(let i19=0; i19<len16; i19++){
	let data96 = data95[i19];
	const _errs200 = errors;
	if(errors === _errs200){
	if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
	let missing15;
	if(((data96.system_name === undefined) && (missing15 = "system_name")) || ((data96.text === undefined) && (missing15 = "text"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19,schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
	return false;
	}
	else {
	if(data96.system_name !== undefined){
	let data97 = data96.system_name;
	const _errs202 = errors;
	if(errors === _errs202){
	if(typeof data97 === "string"){
	if(func1(data97) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19+"/system_name",schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/properties/system_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19+"/system_name",schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/properties/system_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid52 = _errs202 === errors;
	}
	else {
	var valid52 = true;
	}
	if(valid52){
	if(data96.text !== undefined){
	let data98 = data96.text;
	const _errs204 = errors;
	if(errors === _errs204){
	if(typeof data98 === "string"){
	if(func1(data98) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19+"/text",schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19+"/text",schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid52 = _errs204 === errors;
	}
	else {
	var valid52 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids/" + i19,schemaPath:"#/properties/vulnerabilities/items/properties/ids/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid51 = _errs200 === errors;
	if(!valid51){
	break;
	}
	}
	if(valid51){
	let i20 = data95.length;
	let j3;
	if(i20 > 1){
	for(;i20--;){
	for(j3 = i20; j3--;){
	if(func0(data95[i20], data95[j3])){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids",schemaPath:"#/properties/vulnerabilities/items/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i20+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/ids",schemaPath:"#/properties/vulnerabilities/items/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs198 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.involvements !== undefined){
	let data99 = data75.involvements;
	const _errs206 = errors;
	if(errors === _errs206){
	if(Array.isArray(data99)){
	if(data99.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid54 = true;
	const len17 = data99.length;
	for(let i21=0; i21<len17; i21++){
	let data100 = data99[i21];
	const _errs208 = errors;
	if(errors === _errs208){
	if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
	let missing16;
	if(((data100.party === undefined) && (missing16 = "party")) || ((data100.status === undefined) && (missing16 = "status"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21,schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
	return false;
	}
	else {
	if(data100.date !== undefined){
	let data101 = data100.date;
	const _errs210 = errors;
	if(errors === _errs210){
	if(errors === _errs210){
	if(typeof data101 === "string"){
	if(!(formats10.validate(data101))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid55 = _errs210 === errors;
	}
	else {
	var valid55 = true;
	}
	if(valid55){
	if(data100.party !== undefined){
	let data102 = data100.party;
	const _errs212 = errors;
	if(typeof data102 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/party",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/party/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data102 === "coordinator") || (data102 === "discoverer")) || (data102 === "other")) || (data102 === "user")) || (data102 === "vendor"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/party",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/party/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.involvements.items.properties.party.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid55 = _errs212 === errors;
	}
	else {
	var valid55 = true;
	}
	if(valid55){
	if(data100.status !== undefined){
	let data103 = data100.status;
	const _errs214 = errors;
	if(typeof data103 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/status",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((((data103 === "completed") || (data103 === "contact_attempted")) || (data103 === "disputed")) || (data103 === "in_progress")) || (data103 === "not_contacted")) || (data103 === "open"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/status",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.involvements.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid55 = _errs214 === errors;
	}
	else {
	var valid55 = true;
	}
	if(valid55){
	if(data100.summary !== undefined){
	let data104 = data100.summary;
	const _errs216 = errors;
	if(errors === _errs216){
	if(typeof data104 === "string"){
	if(func1(data104) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/summary",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21+"/summary",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid55 = _errs216 === errors;
	}
	else {
	var valid55 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements/" + i21,schemaPath:"#/properties/vulnerabilities/items/properties/involvements/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid54 = _errs208 === errors;
	if(!valid54){
	break;
	}
	}
	if(valid54){
	let i22 = data99.length;
	let j4;
	if(i22 > 1){
	for(;i22--;){
	for(j4 = i22; j4--;){
	if(func0(data99[i22], data99[j4])){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i22+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/involvements",schemaPath:"#/properties/vulnerabilities/items/properties/involvements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs206 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.notes !== undefined){
	let data105 = data75.notes;
	const _errs218 = errors;
	const _errs219 = errors;
	if(errors === _errs219){
	if(Array.isArray(data105)){
	if(data105.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes",schemaPath:"#/$defs/notes_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid58 = true;
	const len18 = data105.length;
	for(let i23=0; i23<len18; i23++){
	let data106 = data105[i23];
	const _errs221 = errors;
	if(errors === _errs221){
	if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
	let missing17;
	if(((data106.category === undefined) && (missing17 = "category")) || ((data106.text === undefined) && (missing17 = "text"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23,schemaPath:"#/$defs/notes_t/items/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
	return false;
	}
	else {
	if(data106.audience !== undefined){
	let data107 = data106.audience;
	const _errs223 = errors;
	if(errors === _errs223){
	if(typeof data107 === "string"){
	if(func1(data107) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/audience",schemaPath:"#/$defs/notes_t/items/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/audience",schemaPath:"#/$defs/notes_t/items/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid59 = _errs223 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data106.category !== undefined){
	let data108 = data106.category;
	const _errs225 = errors;
	if(typeof data108 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/category",schemaPath:"#/$defs/notes_t/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((((data108 === "description") || (data108 === "details")) || (data108 === "faq")) || (data108 === "general")) || (data108 === "legal_disclaimer")) || (data108 === "other")) || (data108 === "summary"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/category",schemaPath:"#/$defs/notes_t/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema34.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid59 = _errs225 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data106.text !== undefined){
	let data109 = data106.text;
	const _errs227 = errors;
	if(errors === _errs227){
	if(typeof data109 === "string"){
	if(func1(data109) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/text",schemaPath:"#/$defs/notes_t/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/text",schemaPath:"#/$defs/notes_t/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid59 = _errs227 === errors;
	}
	else {
	var valid59 = true;
	}
	if(valid59){
	if(data106.title !== undefined){
	let data110 = data106.title;
	const _errs229 = errors;
	if(errors === _errs229){
	if(typeof data110 === "string"){
	if(func1(data110) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/title",schemaPath:"#/$defs/notes_t/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23+"/title",schemaPath:"#/$defs/notes_t/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid59 = _errs229 === errors;
	}
	else {
	var valid59 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes/" + i23,schemaPath:"#/$defs/notes_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid58 = _errs221 === errors;
	if(!valid58){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/notes",schemaPath:"#/$defs/notes_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs218 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.product_status !== undefined){
	let data111 = data75.product_status;
	const _errs231 = errors;
	if(errors === _errs231){
	if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
	if(Object.keys(data111).length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status",schemaPath:"#/properties/vulnerabilities/items/properties/product_status/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
	return false;
	}
	else {
	if(data111.first_affected !== undefined){
	const _errs233 = errors;
	if(!(validate29(data111.first_affected, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/first_affected",parentData:data111,parentDataProperty:"first_affected",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs233 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.first_fixed !== undefined){
	const _errs234 = errors;
	if(!(validate29(data111.first_fixed, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/first_fixed",parentData:data111,parentDataProperty:"first_fixed",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs234 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.fixed !== undefined){
	const _errs235 = errors;
	if(!(validate29(data111.fixed, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/fixed",parentData:data111,parentDataProperty:"fixed",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs235 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.known_affected !== undefined){
	const _errs236 = errors;
	if(!(validate29(data111.known_affected, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/known_affected",parentData:data111,parentDataProperty:"known_affected",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs236 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.known_not_affected !== undefined){
	const _errs237 = errors;
	if(!(validate29(data111.known_not_affected, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/known_not_affected",parentData:data111,parentDataProperty:"known_not_affected",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs237 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.last_affected !== undefined){
	const _errs238 = errors;
	if(!(validate29(data111.last_affected, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/last_affected",parentData:data111,parentDataProperty:"last_affected",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs238 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.recommended !== undefined){
	const _errs239 = errors;
	if(!(validate29(data111.recommended, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/recommended",parentData:data111,parentDataProperty:"recommended",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs239 === errors;
	}
	else {
	var valid60 = true;
	}
	if(valid60){
	if(data111.under_investigation !== undefined){
	const _errs240 = errors;
	if(!(validate29(data111.under_investigation, {instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status/under_investigation",parentData:data111,parentDataProperty:"under_investigation",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid60 = _errs240 === errors;
	}
	else {
	var valid60 = true;
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
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/product_status",schemaPath:"#/properties/vulnerabilities/items/properties/product_status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid41 = _errs231 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.references !== undefined){
	let data120 = data75.references;
	const _errs241 = errors;
	const _errs242 = errors;
	if(errors === _errs242){
	if(Array.isArray(data120)){
	if(data120.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references",schemaPath:"#/$defs/references_t/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid62 = true;
	const len19 = data120.length;
	for(let i24=0; i24<len19; i24++){
	let data121 = data120[i24];
	const _errs244 = errors;
	if(errors === _errs244){
	if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
	let missing18;
	if(((data121.summary === undefined) && (missing18 = "summary")) || ((data121.url === undefined) && (missing18 = "url"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24,schemaPath:"#/$defs/references_t/items/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
	return false;
	}
	else {
	if(data121.category !== undefined){
	let data122 = data121.category;
	const _errs246 = errors;
	if(typeof data122 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/category",schemaPath:"#/$defs/references_t/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((data122 === "external") || (data122 === "self"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/category",schemaPath:"#/$defs/references_t/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema35.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid63 = _errs246 === errors;
	}
	else {
	var valid63 = true;
	}
	if(valid63){
	if(data121.summary !== undefined){
	let data123 = data121.summary;
	const _errs248 = errors;
	if(errors === _errs248){
	if(typeof data123 === "string"){
	if(func1(data123) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/summary",schemaPath:"#/$defs/references_t/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/summary",schemaPath:"#/$defs/references_t/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid63 = _errs248 === errors;
	}
	else {
	var valid63 = true;
	}
	if(valid63){
	if(data121.url !== undefined){
	let data124 = data121.url;
	const _errs250 = errors;
	if(errors === _errs250){
	if(errors === _errs250){
	if(typeof data124 === "string"){
	if(!(formats0(data124))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/url",schemaPath:"#/$defs/references_t/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24+"/url",schemaPath:"#/$defs/references_t/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid63 = _errs250 === errors;
	}
	else {
	var valid63 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references/" + i24,schemaPath:"#/$defs/references_t/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid62 = _errs244 === errors;
	if(!valid62){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/references",schemaPath:"#/$defs/references_t/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs241 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.release_date !== undefined){
	let data125 = data75.release_date;
	const _errs252 = errors;
	if(errors === _errs252){
	if(errors === _errs252){
	if(typeof data125 === "string"){
	if(!(formats10.validate(data125))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/release_date",schemaPath:"#/properties/vulnerabilities/items/properties/release_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/release_date",schemaPath:"#/properties/vulnerabilities/items/properties/release_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid41 = _errs252 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.remediations !== undefined){
	let data126 = data75.remediations;
	const _errs254 = errors;
	if(errors === _errs254){
	if(Array.isArray(data126)){
	if(data126.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid64 = true;
	const len20 = data126.length;
	for(let i25=0; i25<len20; i25++){
	let data127 = data126[i25];
	const _errs256 = errors;
	if(errors === _errs256){
	if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
	let missing19;
	if(((data127.category === undefined) && (missing19 = "category")) || ((data127.details === undefined) && (missing19 = "details"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25,schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
	return false;
	}
	else {
	if(data127.category !== undefined){
	let data128 = data127.category;
	const _errs258 = errors;
	if(typeof data128 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/category",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data128 === "mitigation") || (data128 === "no_fix_planned")) || (data128 === "none_available")) || (data128 === "vendor_fix")) || (data128 === "workaround"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/category",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.remediations.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid65 = _errs258 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.date !== undefined){
	let data129 = data127.date;
	const _errs260 = errors;
	if(errors === _errs260){
	if(errors === _errs260){
	if(typeof data129 === "string"){
	if(!(formats10.validate(data129))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid65 = _errs260 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.details !== undefined){
	let data130 = data127.details;
	const _errs262 = errors;
	if(errors === _errs262){
	if(typeof data130 === "string"){
	if(func1(data130) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/details",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/details/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/details",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid65 = _errs262 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.entitlements !== undefined){
	let data131 = data127.entitlements;
	const _errs264 = errors;
	if(errors === _errs264){
	if(Array.isArray(data131)){
	if(data131.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/entitlements",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/entitlements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid66 = true;
	const len21 = data131.length;
	for(let i26=0; i26<len21; i26++){
	let data132 = data131[i26];
	const _errs266 = errors;
	if(errors === _errs266){
	if(typeof data132 === "string"){
	if(func1(data132) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/entitlements/" + i26,schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/entitlements/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/entitlements/" + i26,schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid66 = _errs266 === errors;
	if(!valid66){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/entitlements",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid65 = _errs264 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.group_ids !== undefined){
	const _errs268 = errors;
	if(!(validate27(data127.group_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/group_ids",parentData:data127,parentDataProperty:"group_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
	errors = vErrors.length;
	}
	var valid65 = _errs268 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.product_ids !== undefined){
	const _errs269 = errors;
	if(!(validate29(data127.product_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/product_ids",parentData:data127,parentDataProperty:"product_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid65 = _errs269 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.restart_required !== undefined){
	let data135 = data127.restart_required;
	const _errs270 = errors;
	if(errors === _errs270){
	if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
	let missing20;
	if((data135.category === undefined) && (missing20 = "category")){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
	return false;
	}
	else {
	if(data135.category !== undefined){
	let data136 = data135.category;
	const _errs272 = errors;
	if(typeof data136 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required/category",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((((((data136 === "connected") || (data136 === "dependencies")) || (data136 === "machine")) || (data136 === "none")) || (data136 === "parent")) || (data136 === "service")) || (data136 === "system")) || (data136 === "vulnerable_component")) || (data136 === "zone"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required/category",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.remediations.items.properties.restart_required.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid67 = _errs272 === errors;
	}
	else {
	var valid67 = true;
	}
	if(valid67){
	if(data135.details !== undefined){
	let data137 = data135.details;
	const _errs274 = errors;
	if(errors === _errs274){
	if(typeof data137 === "string"){
	if(func1(data137) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required/details",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/properties/details/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required/details",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid67 = _errs274 === errors;
	}
	else {
	var valid67 = true;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/restart_required",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/restart_required/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid65 = _errs270 === errors;
	}
	else {
	var valid65 = true;
	}
	if(valid65){
	if(data127.url !== undefined){
	let data138 = data127.url;
	const _errs276 = errors;
	if(errors === _errs276){
	if(errors === _errs276){
	if(typeof data138 === "string"){
	if(!(formats0(data138))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/url",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25+"/url",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid65 = _errs276 === errors;
	}
	else {
	var valid65 = true;
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
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations/" + i25,schemaPath:"#/properties/vulnerabilities/items/properties/remediations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid64 = _errs256 === errors;
	if(!valid64){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/remediations",schemaPath:"#/properties/vulnerabilities/items/properties/remediations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs254 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.scores !== undefined){
	let data139 = data75.scores;
	const _errs278 = errors;
	if(errors === _errs278){
	if(Array.isArray(data139)){
	if(data139.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/scores",schemaPath:"#/properties/vulnerabilities/items/properties/scores/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid68 = true;
	const len22 = data139.length;
	for(let i27=0; i27<len22; i27++){
	let data140 = data139[i27];
	const _errs280 = errors;
	if(errors === _errs280){
	if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
	if(Object.keys(data140).length < 2){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27,schemaPath:"#/properties/vulnerabilities/items/properties/scores/items/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties"}];
	return false;
	}
	else {
	let missing21;
	if((data140.products === undefined) && (missing21 = "products")){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27,schemaPath:"#/properties/vulnerabilities/items/properties/scores/items/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
	return false;
	}
	else {
	if(data140.cvss_v2 !== undefined){
	const _errs282 = errors;
	if(!(validate41(data140.cvss_v2, {instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27+"/cvss_v2",parentData:data140,parentDataProperty:"cvss_v2",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
	errors = vErrors.length;
	}
	var valid69 = _errs282 === errors;
	}
	else {
	var valid69 = true;
	}
	if(valid69){
	if(data140.cvss_v3 !== undefined){
	let data142 = data140.cvss_v3;
	const _errs283 = errors;
	const _errs284 = errors;
	let valid70 = false;
	let passing0 = null;
	const _errs285 = errors;
	if(!(validate43(data142, {instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27+"/cvss_v3",parentData:data140,parentDataProperty:"cvss_v3",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
	errors = vErrors.length;
	}
	var _valid0 = _errs285 === errors;
	if(_valid0){
	valid70 = true;
	passing0 = 0;
	var props0 = {};
	props0.version = true;
	props0.vectorString = true;
	props0.attackVector = true;
	props0.attackComplexity = true;
	props0.privilegesRequired = true;
	props0.userInteraction = true;
	props0.scope = true;
	props0.confidentialityImpact = true;
	props0.integrityImpact = true;
	props0.availabilityImpact = true;
	props0.baseScore = true;
	props0.baseSeverity = true;
	props0.exploitCodeMaturity = true;
	props0.remediationLevel = true;
	props0.reportConfidence = true;
	props0.temporalScore = true;
	props0.temporalSeverity = true;
	props0.confidentialityRequirement = true;
	props0.integrityRequirement = true;
	props0.availabilityRequirement = true;
	props0.modifiedAttackVector = true;
	props0.modifiedAttackComplexity = true;
	props0.modifiedPrivilegesRequired = true;
	props0.modifiedUserInteraction = true;
	props0.modifiedScope = true;
	props0.modifiedConfidentialityImpact = true;
	props0.modifiedIntegrityImpact = true;
	props0.modifiedAvailabilityImpact = true;
	props0.environmentalScore = true;
	props0.environmentalSeverity = true;
	}
	const _errs286 = errors;
	if(!(validate45(data142, {instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27+"/cvss_v3",parentData:data140,parentDataProperty:"cvss_v3",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
	errors = vErrors.length;
	}
	var _valid0 = _errs286 === errors;
	if(_valid0 && valid70){
	valid70 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid70 = true;
	passing0 = 1;
	if(props0 !== true){
	props0 = props0 || {};
	props0.version = true;
	props0.vectorString = true;
	props0.attackVector = true;
	props0.attackComplexity = true;
	props0.privilegesRequired = true;
	props0.userInteraction = true;
	props0.scope = true;
	props0.confidentialityImpact = true;
	props0.integrityImpact = true;
	props0.availabilityImpact = true;
	props0.baseScore = true;
	props0.baseSeverity = true;
	props0.exploitCodeMaturity = true;
	props0.remediationLevel = true;
	props0.reportConfidence = true;
	props0.temporalScore = true;
	props0.temporalSeverity = true;
	props0.confidentialityRequirement = true;
	props0.integrityRequirement = true;
	props0.availabilityRequirement = true;
	props0.modifiedAttackVector = true;
	props0.modifiedAttackComplexity = true;
	props0.modifiedPrivilegesRequired = true;
	props0.modifiedUserInteraction = true;
	props0.modifiedScope = true;
	props0.modifiedConfidentialityImpact = true;
	props0.modifiedIntegrityImpact = true;
	props0.modifiedAvailabilityImpact = true;
	props0.environmentalScore = true;
	props0.environmentalSeverity = true;
	}
	}
	}
	if(!valid70){
	const err0 = {instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27+"/cvss_v3",schemaPath:"#/properties/vulnerabilities/items/properties/scores/items/properties/cvss_v3/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	validate20.errors = vErrors;
	return false;
	}
	else {
	errors = _errs284;
	if(vErrors !== null){
	if(_errs284){
	vErrors.length = _errs284;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid69 = _errs283 === errors;
	}
	else {
	var valid69 = true;
	}
	if(valid69){
	if(data140.products !== undefined){
	const _errs287 = errors;
	if(!(validate29(data140.products, {instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27+"/products",parentData:data140,parentDataProperty:"products",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid69 = _errs287 === errors;
	}
	else {
	var valid69 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/scores/" + i27,schemaPath:"#/properties/vulnerabilities/items/properties/scores/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid68 = _errs280 === errors;
	if(!valid68){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/scores",schemaPath:"#/properties/vulnerabilities/items/properties/scores/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs278 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.threats !== undefined){
	let data144 = data75.threats;
	const _errs288 = errors;
	if(errors === _errs288){
	if(Array.isArray(data144)){
	if(data144.length < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats",schemaPath:"#/properties/vulnerabilities/items/properties/threats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid71 = true;
	const len23 = data144.length;
	for(let i28=0; i28<len23; i28++){
	let data145 = data144[i28];
	const _errs290 = errors;
	if(errors === _errs290){
	if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
	let missing22;
	if(((data145.category === undefined) && (missing22 = "category")) || ((data145.details === undefined) && (missing22 = "details"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28,schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
	return false;
	}
	else {
	if(data145.category !== undefined){
	let data146 = data145.category;
	const _errs292 = errors;
	if(typeof data146 !== "string"){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/category",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data146 === "exploit_status") || (data146 === "impact")) || (data146 === "target_set"))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/category",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.vulnerabilities.items.properties.threats.items.properties.category.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid72 = _errs292 === errors;
	}
	else {
	var valid72 = true;
	}
	if(valid72){
	if(data145.date !== undefined){
	let data147 = data145.date;
	const _errs294 = errors;
	if(errors === _errs294){
	if(errors === _errs294){
	if(typeof data147 === "string"){
	if(!(formats10.validate(data147))){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/date",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid72 = _errs294 === errors;
	}
	else {
	var valid72 = true;
	}
	if(valid72){
	if(data145.details !== undefined){
	let data148 = data145.details;
	const _errs296 = errors;
	if(errors === _errs296){
	if(typeof data148 === "string"){
	if(func1(data148) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/details",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/details/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/details",schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid72 = _errs296 === errors;
	}
	else {
	var valid72 = true;
	}
	if(valid72){
	if(data145.group_ids !== undefined){
	const _errs298 = errors;
	if(!(validate27(data145.group_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/group_ids",parentData:data145,parentDataProperty:"group_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
	errors = vErrors.length;
	}
	var valid72 = _errs298 === errors;
	}
	else {
	var valid72 = true;
	}
	if(valid72){
	if(data145.product_ids !== undefined){
	const _errs299 = errors;
	if(!(validate29(data145.product_ids, {instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28+"/product_ids",parentData:data145,parentDataProperty:"product_ids",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
	errors = vErrors.length;
	}
	var valid72 = _errs299 === errors;
	}
	else {
	var valid72 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats/" + i28,schemaPath:"#/properties/vulnerabilities/items/properties/threats/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid71 = _errs290 === errors;
	if(!valid71){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/threats",schemaPath:"#/properties/vulnerabilities/items/properties/threats/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid41 = _errs288 === errors;
	}
	else {
	var valid41 = true;
	}
	if(valid41){
	if(data75.title !== undefined){
	let data151 = data75.title;
	const _errs300 = errors;
	if(errors === _errs300){
	if(typeof data151 === "string"){
	if(func1(data151) < 1){
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/title",schemaPath:"#/properties/vulnerabilities/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
	return false;
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13+"/title",schemaPath:"#/properties/vulnerabilities/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid41 = _errs300 === errors;
	}
	else {
	var valid41 = true;
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
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities/" + i13,schemaPath:"#/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid40 = _errs159 === errors;
	if(!valid40){
	break;
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid0 = _errs157 === errors;
	}
	else {
	var valid0 = true;
	}
	}
	}
	}
	}
	else {
	validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate20.errors = vErrors;
	return errors === 0;
	}
	validate20.evaluated = {"props":{"document":true,"product_tree":true,"vulnerabilities":true},"dynamicProps":false,"dynamicItems":false};

	vexValidators2020$2.openvex = validate50;
	const schema129 = {"properties":{"@context":{"type":"string","format":"uri","description":"The URL linking to the OpenVEX context definition."},"@id":{"type":"string","format":"iri","description":"The IRI identifying the VEX document."},"author":{"type":"string","description":"Author is the identifier for the author of the VEX statement."},"role":{"type":"string","description":"Role describes the role of the document author."},"timestamp":{"type":"string","format":"date-time","description":"Timestamp defines the time at which the document was issued."},"last_updated":{"type":"string","format":"date-time","description":"Date of last modification to the document."},"version":{"type":"integer","minimum":1,"description":"Version is the document version."},"tooling":{"type":"string","description":"Tooling expresses how the VEX document and contained VEX statements were generated."},"statements":{"type":"array","uniqueItems":true,"minItems":1,"description":"A statement is an assertion made by the document's author about the impact a vulnerability has on one or more software 'products'.","items":{"type":"object","properties":{"@id":{"type":"string","format":"iri","description":"Optional IRI identifying the statement to make it externally referenceable."},"version":{"type":"integer","minimum":1,"description":"Optional integer representing the statement's version number."},"vulnerability":{"$ref":"#/$defs/vulnerability","description":"A struct identifying the vulnerability."},"timestamp":{"type":"string","format":"date-time","description":"Timestamp is the time at which the information expressed in the statement was known to be true."},"last_updated":{"type":"string","format":"date-time","description":"Timestamp when the statement was last updated."},"products":{"type":"array","uniqueItems":true,"description":"List of product structs that the statement applies to.","items":{"$ref":"#/$defs/component"}},"status":{"type":"string","enum":["not_affected","affected","fixed","under_investigation"],"description":"A VEX statement MUST provide the status of the vulnerabilities with respect to the products and components listed in the statement."},"supplier":{"type":"string","description":"Supplier of the product or subcomponent."},"status_notes":{"type":"string","description":"A statement MAY convey information about how status was determined and MAY reference other VEX information."},"justification":{"type":"string","enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"],"description":"For statements conveying a not_affected status, a VEX statement MUST include either a status justification or an impact_statement informing why the product is not affected by the vulnerability."},"impact_statement":{"type":"string","description":"For statements conveying a not_affected status, a VEX statement MUST include either a status justification or an impact_statement informing why the product is not affected by the vulnerability."},"action_statement":{"type":"string","description":"For a statement with affected status, a VEX statement MUST include a statement that SHOULD describe actions to remediate or mitigate the vulnerability."},"action_statement_timestamp":{"type":"string","format":"date-time","description":"The timestamp when the action statement was issued."}},"required":["vulnerability","status"],"allOf":[{"if":{"properties":{"status":{"const":"not_affected"}}},"then":{"anyOf":[{"required":["justification"]},{"required":["impact_statement"]}]}},{"if":{"properties":{"status":{"const":"affected"}}},"then":{"required":["action_statement"]}}]}}}};
	const func61 = Object.prototype.hasOwnProperty;
	const schema133 = {"properties":{"md5":{"type":"string"},"sha1":{"type":"string"},"sha-256":{"type":"string"},"sha-384":{"type":"string"},"sha-512":{"type":"string"},"sha3-224":{"type":"string"},"sha3-256":{"type":"string"},"sha3-384":{"type":"string"},"sha3-512":{"type":"string"},"blake2s-256":{"type":"string"},"blake2b-256":{"type":"string"},"blake2b-512":{"type":"string"}}};

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
	const _errs1 = errors;
	let valid0 = false;
	const _errs2 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((data["@id"] === undefined) && (missing0 = "@id")){
	const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	var _valid0 = _errs2 === errors;
	valid0 = valid0 || _valid0;
	const _errs3 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing1;
	if((data.identifiers === undefined) && (missing1 = "identifiers")){
	const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	var _valid0 = _errs3 === errors;
	valid0 = valid0 || _valid0;
	if(!valid0){
	const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	validate52.errors = vErrors;
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
	const _errs4 = errors;
	for(const key0 in data){
	if(!(((key0 === "@id") || (key0 === "identifiers")) || (key0 === "hashes"))){
	validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs4 === errors){
	if(data["@id"] !== undefined){
	const _errs5 = errors;
	if(errors === _errs5){
	if(errors === _errs5){
	if(!(typeof data["@id"] === "string")){
	validate52.errors = [{instancePath:instancePath+"/@id",schemaPath:"#/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid1 = _errs5 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.identifiers !== undefined){
	let data1 = data.identifiers;
	const _errs7 = errors;
	const _errs8 = errors;
	const _errs10 = errors;
	let valid3 = false;
	const _errs11 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing2;
	if((data1.purl === undefined) && (missing2 = "purl")){
	const err3 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	var _valid1 = _errs11 === errors;
	valid3 = valid3 || _valid1;
	const _errs12 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing3;
	if((data1.cpe22 === undefined) && (missing3 = "cpe22")){
	const err4 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	var _valid1 = _errs12 === errors;
	valid3 = valid3 || _valid1;
	const _errs13 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing4;
	if((data1.cpe23 === undefined) && (missing4 = "cpe23")){
	const err5 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/2/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	var _valid1 = _errs13 === errors;
	valid3 = valid3 || _valid1;
	if(!valid3){
	const err6 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	validate52.errors = vErrors;
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
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	const _errs14 = errors;
	for(const key1 in data1){
	if(!(((key1 === "purl") || (key1 === "cpe22")) || (key1 === "cpe23"))){
	validate52.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs14 === errors){
	if(data1.purl !== undefined){
	const _errs15 = errors;
	if(typeof data1.purl !== "string"){
	validate52.errors = [{instancePath:instancePath+"/identifiers/purl",schemaPath:"#/$defs/identifiers/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs15 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data1.cpe22 !== undefined){
	const _errs17 = errors;
	if(typeof data1.cpe22 !== "string"){
	validate52.errors = [{instancePath:instancePath+"/identifiers/cpe22",schemaPath:"#/$defs/identifiers/properties/cpe22/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs17 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data1.cpe23 !== undefined){
	const _errs19 = errors;
	if(typeof data1.cpe23 !== "string"){
	validate52.errors = [{instancePath:instancePath+"/identifiers/cpe23",schemaPath:"#/$defs/identifiers/properties/cpe23/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs19 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate52.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs7 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.hashes !== undefined){
	let data5 = data.hashes;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
	const _errs24 = errors;
	for(const key2 in data5){
	if(!(func61.call(schema133.properties, key2))){
	validate52.errors = [{instancePath:instancePath+"/hashes",schemaPath:"#/$defs/hashes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs24 === errors){
	if(data5.md5 !== undefined){
	const _errs25 = errors;
	if(typeof data5.md5 !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/md5",schemaPath:"#/$defs/hashes/properties/md5/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs25 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5.sha1 !== undefined){
	const _errs27 = errors;
	if(typeof data5.sha1 !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha1",schemaPath:"#/$defs/hashes/properties/sha1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs27 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-256"] !== undefined){
	const _errs29 = errors;
	if(typeof data5["sha-256"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha-256",schemaPath:"#/$defs/hashes/properties/sha-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs29 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-384"] !== undefined){
	const _errs31 = errors;
	if(typeof data5["sha-384"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha-384",schemaPath:"#/$defs/hashes/properties/sha-384/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs31 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-512"] !== undefined){
	const _errs33 = errors;
	if(typeof data5["sha-512"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha-512",schemaPath:"#/$defs/hashes/properties/sha-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs33 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-224"] !== undefined){
	const _errs35 = errors;
	if(typeof data5["sha3-224"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha3-224",schemaPath:"#/$defs/hashes/properties/sha3-224/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs35 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-256"] !== undefined){
	const _errs37 = errors;
	if(typeof data5["sha3-256"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha3-256",schemaPath:"#/$defs/hashes/properties/sha3-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs37 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-384"] !== undefined){
	const _errs39 = errors;
	if(typeof data5["sha3-384"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha3-384",schemaPath:"#/$defs/hashes/properties/sha3-384/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs39 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-512"] !== undefined){
	const _errs41 = errors;
	if(typeof data5["sha3-512"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/sha3-512",schemaPath:"#/$defs/hashes/properties/sha3-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs41 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2s-256"] !== undefined){
	const _errs43 = errors;
	if(typeof data5["blake2s-256"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/blake2s-256",schemaPath:"#/$defs/hashes/properties/blake2s-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs43 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2b-256"] !== undefined){
	const _errs45 = errors;
	if(typeof data5["blake2b-256"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/blake2b-256",schemaPath:"#/$defs/hashes/properties/blake2b-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs45 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2b-512"] !== undefined){
	const _errs47 = errors;
	if(typeof data5["blake2b-512"] !== "string"){
	validate52.errors = [{instancePath:instancePath+"/hashes/blake2b-512",schemaPath:"#/$defs/hashes/properties/blake2b-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs47 === errors;
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
	}
	else {
	validate52.errors = [{instancePath:instancePath+"/hashes",schemaPath:"#/$defs/hashes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs21 === errors;
	}
	else {
	var valid1 = true;
	}
	}
	}
	}
	}
	else {
	validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate52.errors = vErrors;
	return errors === 0;
	}
	validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate51.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	const _errs1 = errors;
	let valid0 = false;
	const _errs2 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing0;
	if((data["@id"] === undefined) && (missing0 = "@id")){
	const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	}
	var _valid0 = _errs2 === errors;
	valid0 = valid0 || _valid0;
	const _errs3 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing1;
	if((data.identifiers === undefined) && (missing1 = "identifiers")){
	const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	var _valid0 = _errs3 === errors;
	valid0 = valid0 || _valid0;
	if(!valid0){
	const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	validate51.errors = vErrors;
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
	const _errs4 = errors;
	for(const key0 in data){
	if(!((((key0 === "@id") || (key0 === "identifiers")) || (key0 === "hashes")) || (key0 === "subcomponents"))){
	validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs4 === errors){
	if(data["@id"] !== undefined){
	const _errs5 = errors;
	if(errors === _errs5){
	if(errors === _errs5){
	if(!(typeof data["@id"] === "string")){
	validate51.errors = [{instancePath:instancePath+"/@id",schemaPath:"#/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid1 = _errs5 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.identifiers !== undefined){
	let data1 = data.identifiers;
	const _errs7 = errors;
	const _errs8 = errors;
	const _errs10 = errors;
	let valid3 = false;
	const _errs11 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing2;
	if((data1.purl === undefined) && (missing2 = "purl")){
	const err3 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	var _valid1 = _errs11 === errors;
	valid3 = valid3 || _valid1;
	const _errs12 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing3;
	if((data1.cpe22 === undefined) && (missing3 = "cpe22")){
	const err4 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	var _valid1 = _errs12 === errors;
	valid3 = valid3 || _valid1;
	const _errs13 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	let missing4;
	if((data1.cpe23 === undefined) && (missing4 = "cpe23")){
	const err5 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf/2/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	var _valid1 = _errs13 === errors;
	valid3 = valid3 || _valid1;
	if(!valid3){
	const err6 = {instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	validate51.errors = vErrors;
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
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	const _errs14 = errors;
	for(const key1 in data1){
	if(!(((key1 === "purl") || (key1 === "cpe22")) || (key1 === "cpe23"))){
	validate51.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs14 === errors){
	if(data1.purl !== undefined){
	const _errs15 = errors;
	if(typeof data1.purl !== "string"){
	validate51.errors = [{instancePath:instancePath+"/identifiers/purl",schemaPath:"#/$defs/identifiers/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs15 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data1.cpe22 !== undefined){
	const _errs17 = errors;
	if(typeof data1.cpe22 !== "string"){
	validate51.errors = [{instancePath:instancePath+"/identifiers/cpe22",schemaPath:"#/$defs/identifiers/properties/cpe22/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs17 === errors;
	}
	else {
	var valid4 = true;
	}
	if(valid4){
	if(data1.cpe23 !== undefined){
	const _errs19 = errors;
	if(typeof data1.cpe23 !== "string"){
	validate51.errors = [{instancePath:instancePath+"/identifiers/cpe23",schemaPath:"#/$defs/identifiers/properties/cpe23/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid4 = _errs19 === errors;
	}
	else {
	var valid4 = true;
	}
	}
	}
	}
	}
	else {
	validate51.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/$defs/identifiers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs7 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.hashes !== undefined){
	let data5 = data.hashes;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
	const _errs24 = errors;
	for(const key2 in data5){
	if(!(func61.call(schema133.properties, key2))){
	validate51.errors = [{instancePath:instancePath+"/hashes",schemaPath:"#/$defs/hashes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs24 === errors){
	if(data5.md5 !== undefined){
	const _errs25 = errors;
	if(typeof data5.md5 !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/md5",schemaPath:"#/$defs/hashes/properties/md5/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs25 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5.sha1 !== undefined){
	const _errs27 = errors;
	if(typeof data5.sha1 !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha1",schemaPath:"#/$defs/hashes/properties/sha1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs27 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-256"] !== undefined){
	const _errs29 = errors;
	if(typeof data5["sha-256"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha-256",schemaPath:"#/$defs/hashes/properties/sha-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs29 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-384"] !== undefined){
	const _errs31 = errors;
	if(typeof data5["sha-384"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha-384",schemaPath:"#/$defs/hashes/properties/sha-384/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs31 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha-512"] !== undefined){
	const _errs33 = errors;
	if(typeof data5["sha-512"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha-512",schemaPath:"#/$defs/hashes/properties/sha-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs33 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-224"] !== undefined){
	const _errs35 = errors;
	if(typeof data5["sha3-224"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha3-224",schemaPath:"#/$defs/hashes/properties/sha3-224/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs35 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-256"] !== undefined){
	const _errs37 = errors;
	if(typeof data5["sha3-256"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha3-256",schemaPath:"#/$defs/hashes/properties/sha3-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs37 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-384"] !== undefined){
	const _errs39 = errors;
	if(typeof data5["sha3-384"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha3-384",schemaPath:"#/$defs/hashes/properties/sha3-384/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs39 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["sha3-512"] !== undefined){
	const _errs41 = errors;
	if(typeof data5["sha3-512"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/sha3-512",schemaPath:"#/$defs/hashes/properties/sha3-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs41 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2s-256"] !== undefined){
	const _errs43 = errors;
	if(typeof data5["blake2s-256"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/blake2s-256",schemaPath:"#/$defs/hashes/properties/blake2s-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs43 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2b-256"] !== undefined){
	const _errs45 = errors;
	if(typeof data5["blake2b-256"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/blake2b-256",schemaPath:"#/$defs/hashes/properties/blake2b-256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs45 === errors;
	}
	else {
	var valid6 = true;
	}
	if(valid6){
	if(data5["blake2b-512"] !== undefined){
	const _errs47 = errors;
	if(typeof data5["blake2b-512"] !== "string"){
	validate51.errors = [{instancePath:instancePath+"/hashes/blake2b-512",schemaPath:"#/$defs/hashes/properties/blake2b-512/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid6 = _errs47 === errors;
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
	}
	else {
	validate51.errors = [{instancePath:instancePath+"/hashes",schemaPath:"#/$defs/hashes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs21 === errors;
	}
	else {
	var valid1 = true;
	}
	if(valid1){
	if(data.subcomponents !== undefined){
	let data18 = data.subcomponents;
	const _errs49 = errors;
	if(errors === _errs49){
	if(Array.isArray(data18)){
	var valid7 = true;
	const len0 = data18.length;
	for(let i0=0; i0<len0; i0++){
	const _errs51 = errors;
	if(!(validate52(data18[i0], {instancePath:instancePath+"/subcomponents/" + i0,parentData:data18,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
	errors = vErrors.length;
	}
	var valid7 = _errs51 === errors;
	if(!valid7){
	break;
	}
	}
	if(valid7){
	let i1 = data18.length;
	let j0;
	if(i1 > 1){
	for(;i1--;){
	for(j0 = i1; j0--;){
	if(func0(data18[i1], data18[j0])){
	validate51.errors = [{instancePath:instancePath+"/subcomponents",schemaPath:"#/properties/subcomponents/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate51.errors = [{instancePath:instancePath+"/subcomponents",schemaPath:"#/properties/subcomponents/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid1 = _errs49 === errors;
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
	validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate51.errors = vErrors;
	return errors === 0;
	}
	validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
	let missing0;
	if(((((((data["@context"] === undefined) && (missing0 = "@context")) || ((data["@id"] === undefined) && (missing0 = "@id"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.version === undefined) && (missing0 = "version"))) || ((data.statements === undefined) && (missing0 = "statements"))){
	validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
	return false;
	}
	else {
	const _errs1 = errors;
	for(const key0 in data){
	if(!(func61.call(schema129.properties, key0))){
	validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs1 === errors){
	if(data["@context"] !== undefined){
	let data0 = data["@context"];
	const _errs2 = errors;
	if(errors === _errs2){
	if(errors === _errs2){
	if(typeof data0 === "string"){
	if(!(formats0(data0))){
	validate50.errors = [{instancePath:instancePath+"/@context",schemaPath:"#/properties/%40context/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/@context",schemaPath:"#/properties/%40context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid0 = _errs2 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data["@id"] !== undefined){
	const _errs4 = errors;
	if(errors === _errs4){
	if(errors === _errs4){
	if(!(typeof data["@id"] === "string")){
	validate50.errors = [{instancePath:instancePath+"/@id",schemaPath:"#/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
	if(data.author !== undefined){
	const _errs6 = errors;
	if(typeof data.author !== "string"){
	validate50.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid0 = _errs6 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.role !== undefined){
	const _errs8 = errors;
	if(typeof data.role !== "string"){
	validate50.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid0 = _errs8 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.timestamp !== undefined){
	let data4 = data.timestamp;
	const _errs10 = errors;
	if(errors === _errs10){
	if(errors === _errs10){
	if(typeof data4 === "string"){
	if(!(formats10.validate(data4))){
	validate50.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid0 = _errs10 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.last_updated !== undefined){
	let data5 = data.last_updated;
	const _errs12 = errors;
	if(errors === _errs12){
	if(errors === _errs12){
	if(typeof data5 === "string"){
	if(!(formats10.validate(data5))){
	validate50.errors = [{instancePath:instancePath+"/last_updated",schemaPath:"#/properties/last_updated/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/last_updated",schemaPath:"#/properties/last_updated/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid0 = _errs12 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.version !== undefined){
	let data6 = data.version;
	const _errs14 = errors;
	if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
	validate50.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
	return false;
	}
	if(errors === _errs14){
	if(typeof data6 == "number"){
	if(data6 < 1 || isNaN(data6)){
	validate50.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
	if(data.tooling !== undefined){
	const _errs16 = errors;
	if(typeof data.tooling !== "string"){
	validate50.errors = [{instancePath:instancePath+"/tooling",schemaPath:"#/properties/tooling/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid0 = _errs16 === errors;
	}
	else {
	var valid0 = true;
	}
	if(valid0){
	if(data.statements !== undefined){
	let data8 = data.statements;
	const _errs18 = errors;
	if(errors === _errs18){
	if(Array.isArray(data8)){
	if(data8.length < 1){
	validate50.errors = [{instancePath:instancePath+"/statements",schemaPath:"#/properties/statements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid1 = true;
	const len0 = data8.length;
	for(let i0=0; i0<len0; i0++){
	let data9 = data8[i0];
	const _errs20 = errors;
	const _errs22 = errors;
	const _errs23 = errors;
	let valid3 = true;
	const _errs24 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.status !== undefined){
	if("not_affected" !== data9.status){
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
	const _errs27 = errors;
	let valid5 = false;
	const _errs28 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing1;
	if((data9.justification === undefined) && (missing1 = "justification")){
	const err1 = {instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/0/then/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	}
	var _valid1 = _errs28 === errors;
	valid5 = valid5 || _valid1;
	const _errs29 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing2;
	if((data9.impact_statement === undefined) && (missing2 = "impact_statement")){
	const err2 = {instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/0/then/anyOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	var _valid1 = _errs29 === errors;
	valid5 = valid5 || _valid1;
	if(!valid5){
	const err3 = {instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/0/then/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
	var _valid0 = _errs26 === errors;
	valid3 = _valid0;
	}
	if(!valid3){
	const err4 = {instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	validate50.errors = vErrors;
	return false;
	}
	var valid2 = _errs22 === errors;
	if(valid2){
	const _errs30 = errors;
	const _errs31 = errors;
	let valid6 = true;
	const _errs32 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.status !== undefined){
	if("affected" !== data9.status){
	const err5 = {};
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
	var _valid2 = _errs32 === errors;
	errors = _errs31;
	if(vErrors !== null){
	if(_errs31){
	vErrors.length = _errs31;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid2){
	const _errs34 = errors;
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing3;
	if((data9.action_statement === undefined) && (missing3 = "action_statement")){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/1/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
	return false;
	}
	}
	var _valid2 = _errs34 === errors;
	valid6 = _valid2;
	}
	if(!valid6){
	const err6 = {instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	validate50.errors = vErrors;
	return false;
	}
	var valid2 = _errs30 === errors;
	}
	if(errors === _errs20){
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	let missing4;
	if(((data9.vulnerability === undefined) && (missing4 = "vulnerability")) || ((data9.status === undefined) && (missing4 = "status"))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
	return false;
	}
	else {
	if(data9["@id"] !== undefined){
	const _errs35 = errors;
	if(errors === _errs35){
	if(errors === _errs35){
	if(!(typeof data9["@id"] === "string")){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/@id",schemaPath:"#/properties/statements/items/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid8 = _errs35 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.version !== undefined){
	let data13 = data9.version;
	const _errs37 = errors;
	if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/version",schemaPath:"#/properties/statements/items/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
	return false;
	}
	if(errors === _errs37){
	if(typeof data13 == "number"){
	if(data13 < 1 || isNaN(data13)){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/version",schemaPath:"#/properties/statements/items/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
	return false;
	}
	}
	}
	var valid8 = _errs37 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.vulnerability !== undefined){
	let data14 = data9.vulnerability;
	const _errs39 = errors;
	const _errs40 = errors;
	if(errors === _errs40){
	if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
	let missing5;
	if((data14.name === undefined) && (missing5 = "name")){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability",schemaPath:"#/$defs/vulnerability/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
	return false;
	}
	else {
	const _errs42 = errors;
	for(const key1 in data14){
	if(!((((key1 === "@id") || (key1 === "name")) || (key1 === "description")) || (key1 === "aliases"))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability",schemaPath:"#/$defs/vulnerability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs42 === errors){
	if(data14["@id"] !== undefined){
	const _errs43 = errors;
	if(errors === _errs43){
	if(errors === _errs43){
	if(!(typeof data14["@id"] === "string")){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/@id",schemaPath:"#/$defs/vulnerability/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid10 = _errs43 === errors;
	}
	else {
	var valid10 = true;
	}
	if(valid10){
	if(data14.name !== undefined){
	const _errs45 = errors;
	if(typeof data14.name !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/name",schemaPath:"#/$defs/vulnerability/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid10 = _errs45 === errors;
	}
	else {
	var valid10 = true;
	}
	if(valid10){
	if(data14.description !== undefined){
	const _errs47 = errors;
	if(typeof data14.description !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/description",schemaPath:"#/$defs/vulnerability/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid10 = _errs47 === errors;
	}
	else {
	var valid10 = true;
	}
	if(valid10){
	if(data14.aliases !== undefined){
	let data18 = data14.aliases;
	const _errs49 = errors;
	if(errors === _errs49){
	if(Array.isArray(data18)){
	var valid11 = true;
	const len1 = data18.length;
	for(let i1=0; i1<len1; i1++){
	const _errs51 = errors;
	if(typeof data18[i1] !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/aliases/" + i1,schemaPath:"#/$defs/vulnerability/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid11 = _errs51 === errors;
	if(!valid11){
	break;
	}
	}
	if(valid11){
	let i2 = data18.length;
	let j0;
	if(i2 > 1){
	const indices0 = {};
	for(;i2--;){
	let item0 = data18[i2];
	if(typeof item0 !== "string"){
	continue;
	}
	if(typeof indices0[item0] == "number"){
	j0 = indices0[item0];
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/aliases",schemaPath:"#/$defs/vulnerability/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
	return false;
	}
	indices0[item0] = i2;
	}
	}
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability/aliases",schemaPath:"#/$defs/vulnerability/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid10 = _errs49 === errors;
	}
	else {
	var valid10 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/vulnerability",schemaPath:"#/$defs/vulnerability/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid8 = _errs39 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.timestamp !== undefined){
	let data20 = data9.timestamp;
	const _errs53 = errors;
	if(errors === _errs53){
	if(errors === _errs53){
	if(typeof data20 === "string"){
	if(!(formats10.validate(data20))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/timestamp",schemaPath:"#/properties/statements/items/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/timestamp",schemaPath:"#/properties/statements/items/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid8 = _errs53 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.last_updated !== undefined){
	let data21 = data9.last_updated;
	const _errs55 = errors;
	if(errors === _errs55){
	if(errors === _errs55){
	if(typeof data21 === "string"){
	if(!(formats10.validate(data21))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/last_updated",schemaPath:"#/properties/statements/items/properties/last_updated/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/last_updated",schemaPath:"#/properties/statements/items/properties/last_updated/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid8 = _errs55 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.products !== undefined){
	let data22 = data9.products;
	const _errs57 = errors;
	if(errors === _errs57){
	if(Array.isArray(data22)){
	var valid13 = true;
	const len2 = data22.length;
	for(let i3=0; i3<len2; i3++){
	const _errs59 = errors;
	if(!(validate51(data22[i3], {instancePath:instancePath+"/statements/" + i0+"/products/" + i3,parentData:data22,parentDataProperty:i3,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
	errors = vErrors.length;
	}
	var valid13 = _errs59 === errors;
	if(!valid13){
	break;
	}
	}
	if(valid13){
	let i4 = data22.length;
	let j1;
	if(i4 > 1){
	for(;i4--;){
	for(j1 = i4; j1--;){
	if(func0(data22[i4], data22[j1])){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/products",schemaPath:"#/properties/statements/items/properties/products/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/products",schemaPath:"#/properties/statements/items/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid8 = _errs57 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.status !== undefined){
	let data24 = data9.status;
	const _errs60 = errors;
	if(typeof data24 !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/status",schemaPath:"#/properties/statements/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data24 === "not_affected") || (data24 === "affected")) || (data24 === "fixed")) || (data24 === "under_investigation"))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/status",schemaPath:"#/properties/statements/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema129.properties.statements.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid8 = _errs60 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.supplier !== undefined){
	const _errs62 = errors;
	if(typeof data9.supplier !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/supplier",schemaPath:"#/properties/statements/items/properties/supplier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid8 = _errs62 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.status_notes !== undefined){
	const _errs64 = errors;
	if(typeof data9.status_notes !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/status_notes",schemaPath:"#/properties/statements/items/properties/status_notes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid8 = _errs64 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.justification !== undefined){
	let data27 = data9.justification;
	const _errs66 = errors;
	if(typeof data27 !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/justification",schemaPath:"#/properties/statements/items/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((data27 === "component_not_present") || (data27 === "vulnerable_code_not_present")) || (data27 === "vulnerable_code_not_in_execute_path")) || (data27 === "vulnerable_code_cannot_be_controlled_by_adversary")) || (data27 === "inline_mitigations_already_exist"))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/justification",schemaPath:"#/properties/statements/items/properties/justification/enum",keyword:"enum",params:{allowedValues: schema129.properties.statements.items.properties.justification.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid8 = _errs66 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.impact_statement !== undefined){
	const _errs68 = errors;
	if(typeof data9.impact_statement !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/impact_statement",schemaPath:"#/properties/statements/items/properties/impact_statement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid8 = _errs68 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.action_statement !== undefined){
	const _errs70 = errors;
	if(typeof data9.action_statement !== "string"){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/action_statement",schemaPath:"#/properties/statements/items/properties/action_statement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid8 = _errs70 === errors;
	}
	else {
	var valid8 = true;
	}
	if(valid8){
	if(data9.action_statement_timestamp !== undefined){
	let data30 = data9.action_statement_timestamp;
	const _errs72 = errors;
	if(errors === _errs72){
	if(errors === _errs72){
	if(typeof data30 === "string"){
	if(!(formats10.validate(data30))){
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/action_statement_timestamp",schemaPath:"#/properties/statements/items/properties/action_statement_timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0+"/action_statement_timestamp",schemaPath:"#/properties/statements/items/properties/action_statement_timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid8 = _errs72 === errors;
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
	else {
	validate50.errors = [{instancePath:instancePath+"/statements/" + i0,schemaPath:"#/properties/statements/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid1 = _errs20 === errors;
	if(!valid1){
	break;
	}
	}
	if(valid1){
	let i5 = data8.length;
	let j2;
	if(i5 > 1){
	for(;i5--;){
	for(j2 = i5; j2--;){
	if(func0(data8[i5], data8[j2])){
	validate50.errors = [{instancePath:instancePath+"/statements",schemaPath:"#/properties/statements/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
	return false;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate50.errors = [{instancePath:instancePath+"/statements",schemaPath:"#/properties/statements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
	validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate50.errors = vErrors;
	return errors === 0;
	}
	validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	vexValidators2020$2.osv = validate55;
	const schema137 = {"properties":{"schema_version":{"type":"string"},"id":{"$ref":"#/$defs/prefix"},"modified":{"$ref":"#/$defs/timestamp"},"published":{"$ref":"#/$defs/timestamp"},"withdrawn":{"$ref":"#/$defs/timestamp"},"aliases":{"type":["array","null"],"items":{"type":"string"}},"related":{"type":"array","items":{"type":"string"}},"upstream":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"details":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"affected":{"type":["array","null"],"items":{"type":"object","properties":{"package":{"type":"object","properties":{"ecosystem":{"$ref":"#/$defs/ecosystemWithSuffix"},"name":{"type":"string"},"purl":{"type":"string"}},"required":["ecosystem","name"]},"severity":{"$ref":"#/$defs/severity"},"ranges":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["GIT","SEMVER","ECOSYSTEM"]},"repo":{"type":"string"},"events":{"title":"events must contain an introduced object and may contain fixed, last_affected or limit objects","type":"array","contains":{"required":["introduced"]},"items":{"type":"object","oneOf":[{"type":"object","properties":{"introduced":{"type":"string"}},"required":["introduced"]},{"type":"object","properties":{"fixed":{"type":"string"}},"required":["fixed"]},{"type":"object","properties":{"last_affected":{"type":"string"}},"required":["last_affected"]},{"type":"object","properties":{"limit":{"type":"string"}},"required":["limit"]}]},"minItems":1},"database_specific":{"type":"object"}},"allOf":[{"title":"GIT ranges require a repo","if":{"properties":{"type":{"const":"GIT"}}},"then":{"required":["repo"]}},{"title":"GIT ranges must use full-length commit hashes","if":{"properties":{"type":{"const":"GIT"}}},"then":{"properties":{"events":{"items":{"oneOf":[{"type":"object","properties":{"introduced":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["introduced"]},{"type":"object","properties":{"fixed":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["fixed"]},{"type":"object","properties":{"last_affected":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["last_affected"]},{"type":"object","properties":{"limit":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["limit"]}]}}}}},{"title":"last_affected and fixed events are mutually exclusive","if":{"properties":{"events":{"contains":{"required":["last_affected"]}}}},"then":{"not":{"properties":{"events":{"contains":{"required":["fixed"]}}}}}}],"required":["type","events"]}},"versions":{"type":"array","items":{"type":"string"}},"ecosystem_specific":{"type":"object"},"database_specific":{"type":"object"}}}},"references":{"type":["array","null"],"items":{"type":"object","properties":{"type":{"type":"string","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"type":"string","format":"uri"}},"required":["type","url"]}},"credits":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"contact":{"type":"array","items":{"type":"string"}},"type":{"type":"string","enum":["FINDER","REPORTER","ANALYST","COORDINATOR","REMEDIATION_DEVELOPER","REMEDIATION_REVIEWER","REMEDIATION_VERIFIER","TOOL","SPONSOR","OTHER"]}},"required":["name"]}},"database_specific":{"type":"object"}}};
	const schema142 = {"type":["array","null"],"items":{"properties":{"type":{"enum":["CVSS_V2","CVSS_V3","CVSS_V4","Ubuntu"]}},"allOf":[{"if":{"properties":{"type":{"const":"CVSS_V2"}}},"then":{"properties":{"score":{"pattern":"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"}}}},{"if":{"properties":{"type":{"const":"CVSS_V3"}}},"then":{"properties":{"score":{"pattern":"^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"}}}},{"if":{"properties":{"type":{"const":"CVSS_V4"}}},"then":{"properties":{"score":{"pattern":"^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"}}}},{"if":{"properties":{"type":{"const":"Ubuntu"}}},"then":{"properties":{"score":{"enum":["negligible","low","medium","high","critical"]}}}}]}};
	const pattern18 = new RegExp("^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)", "u");
	const pattern19 = new RegExp("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z", "u");
	const pattern23 = new RegExp("^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$", "u");
	const pattern24 = new RegExp("^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$", "u");
	const pattern25 = new RegExp("^(AlmaLinux|Alpaquita|Alpine|Android|Azure Linux|BellSoft Hardened Containers|Bioconductor|Bitnami|Chainguard|CleanStart|ConanCenter|CRAN|crates\\.io|Debian|Docker Hardened Images|Echo|FreeBSD|GHC|GitHub Actions|Go|Hackage|Hex|Julia|Kubernetes|Linux|Mageia|Maven|MinimOS|npm|NuGet|opam|openEuler|openSUSE|OSS-Fuzz|Packagist|Photon OS|Pub|PyPI|Red Hat|Rocky Linux|Root|RubyGems|SUSE|SwiftURL|TuxCare|Ubuntu|VSCode|Wolfi|GIT)(:.+)?$", "u");
	const pattern29 = new RegExp("^(0|[a-f0-9]{40}|[a-f0-9]{64})$", "u");

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
	const _errs2 = errors;
	let valid1 = true;
	const _errs3 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if((data.severity === undefined) && ("severity")){
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
	var _valid0 = _errs3 === errors;
	errors = _errs2;
	if(vErrors !== null){
	if(_errs2){
	vErrors.length = _errs2;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid0){
	const _errs4 = errors;
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.affected !== undefined){
	let data0 = data.affected;
	if(Array.isArray(data0)){
	var valid3 = true;
	const len0 = data0.length;
	for(let i0=0; i0<len0; i0++){
	let data1 = data0[i0];
	const _errs6 = errors;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if(data1.severity !== undefined){
	if(data1.severity !== null){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i0+"/severity",schemaPath:"#/allOf/0/then/properties/affected/items/properties/severity/type",keyword:"type",params:{type: "null"},message:"must be null"}];
	return false;
	}
	}
	}
	var valid3 = _errs6 === errors;
	if(!valid3){
	break;
	}
	}
	}
	}
	}
	var _valid0 = _errs4 === errors;
	valid1 = _valid0;
	if(valid1){
	var props0 = {};
	props0.affected = true;
	}
	}
	if(!valid1){
	const err1 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	if(errors === 0){
	if(data && typeof data == "object" && !Array.isArray(data)){
	let missing1;
	if(((data.id === undefined) && (missing1 = "id")) || ((data.modified === undefined) && (missing1 = "modified"))){
	validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
	return false;
	}
	else {
	const _errs9 = errors;
	for(const key0 in data){
	if(!(func61.call(schema137.properties, key0))){
	validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
	return false;
	}
	}
	if(_errs9 === errors){
	if(data.schema_version !== undefined){
	const _errs10 = errors;
	if(typeof data.schema_version !== "string"){
	validate55.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid5 = _errs10 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.id !== undefined){
	let data4 = data.id;
	const _errs12 = errors;
	const _errs13 = errors;
	if(errors === _errs13){
	if(typeof data4 === "string"){
	if(!pattern18.test(data4)){
	validate55.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/prefix/pattern",keyword:"pattern",params:{pattern: "^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)"},message:"must match pattern \""+"^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)"+"\""}];
	return false;
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid5 = _errs12 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.modified !== undefined){
	let data5 = data.modified;
	const _errs15 = errors;
	const _errs16 = errors;
	if(errors === _errs16){
	if(errors === _errs16){
	if(typeof data5 === "string"){
	if(!pattern19.test(data5)){
	validate55.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"},message:"must match pattern \""+"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"+"\""}];
	return false;
	}
	else {
	if(!(formats10.validate(data5))){
	validate55.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid5 = _errs15 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.published !== undefined){
	let data6 = data.published;
	const _errs18 = errors;
	const _errs19 = errors;
	if(errors === _errs19){
	if(errors === _errs19){
	if(typeof data6 === "string"){
	if(!pattern19.test(data6)){
	validate55.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"},message:"must match pattern \""+"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"+"\""}];
	return false;
	}
	else {
	if(!(formats10.validate(data6))){
	validate55.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid5 = _errs18 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.withdrawn !== undefined){
	let data7 = data.withdrawn;
	const _errs21 = errors;
	const _errs22 = errors;
	if(errors === _errs22){
	if(errors === _errs22){
	if(typeof data7 === "string"){
	if(!pattern19.test(data7)){
	validate55.errors = [{instancePath:instancePath+"/withdrawn",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"},message:"must match pattern \""+"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z"+"\""}];
	return false;
	}
	else {
	if(!(formats10.validate(data7))){
	validate55.errors = [{instancePath:instancePath+"/withdrawn",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
	return false;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/withdrawn",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid5 = _errs21 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.aliases !== undefined){
	let data8 = data.aliases;
	const _errs24 = errors;
	if((!(Array.isArray(data8))) && (data8 !== null)){
	validate55.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: schema137.properties.aliases.type},message:"must be array,null"}];
	return false;
	}
	if(errors === _errs24){
	if(Array.isArray(data8)){
	var valid10 = true;
	const len1 = data8.length;
	for(let i1=0; i1<len1; i1++){
	const _errs26 = errors;
	if(typeof data8[i1] !== "string"){
	validate55.errors = [{instancePath:instancePath+"/aliases/" + i1,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid10 = _errs26 === errors;
	if(!valid10){
	break;
	}
	}
	}
	}
	var valid5 = _errs24 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.related !== undefined){
	let data10 = data.related;
	const _errs28 = errors;
	if(errors === _errs28){
	if(Array.isArray(data10)){
	var valid11 = true;
	const len2 = data10.length;
	for(let i2=0; i2<len2; i2++){
	const _errs30 = errors;
	if(typeof data10[i2] !== "string"){
	validate55.errors = [{instancePath:instancePath+"/related/" + i2,schemaPath:"#/properties/related/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid11 = _errs30 === errors;
	if(!valid11){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/related",schemaPath:"#/properties/related/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid5 = _errs28 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.upstream !== undefined){
	let data12 = data.upstream;
	const _errs32 = errors;
	if(errors === _errs32){
	if(Array.isArray(data12)){
	var valid12 = true;
	const len3 = data12.length;
	for(let i3=0; i3<len3; i3++){
	const _errs34 = errors;
	if(typeof data12[i3] !== "string"){
	validate55.errors = [{instancePath:instancePath+"/upstream/" + i3,schemaPath:"#/properties/upstream/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid12 = _errs34 === errors;
	if(!valid12){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid5 = _errs32 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.summary !== undefined){
	const _errs36 = errors;
	if(typeof data.summary !== "string"){
	validate55.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid5 = _errs36 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.details !== undefined){
	const _errs38 = errors;
	if(typeof data.details !== "string"){
	validate55.errors = [{instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid5 = _errs38 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.severity !== undefined){
	let data16 = data.severity;
	const _errs40 = errors;
	const _errs41 = errors;
	if((!(Array.isArray(data16))) && (data16 !== null)){
	validate55.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: schema142.type},message:"must be array,null"}];
	return false;
	}
	if(errors === _errs41){
	if(Array.isArray(data16)){
	var valid14 = true;
	const len4 = data16.length;
	for(let i4=0; i4<len4; i4++){
	let data17 = data16[i4];
	const _errs43 = errors;
	const _errs45 = errors;
	const _errs46 = errors;
	let valid16 = true;
	const _errs47 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.type !== undefined){
	if("CVSS_V2" !== data17.type){
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
	var _valid1 = _errs47 === errors;
	errors = _errs46;
	if(vErrors !== null){
	if(_errs46){
	vErrors.length = _errs46;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid1){
	const _errs49 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.score !== undefined){
	let data19 = data17.score;
	if(typeof data19 === "string"){
	if(!pattern15.test(data19)){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/score",schemaPath:"#/$defs/severity/items/allOf/0/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"},message:"must match pattern \""+"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid1 = _errs49 === errors;
	valid16 = _valid1;
	if(valid16){
	var props1 = {};
	props1.score = true;
	props1.type = true;
	}
	}
	if(!valid16){
	const err3 = {instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
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
	var valid15 = _errs45 === errors;
	if(valid15){
	const _errs51 = errors;
	const _errs52 = errors;
	let valid19 = true;
	const _errs53 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.type !== undefined){
	if("CVSS_V3" !== data17.type){
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
	var _valid2 = _errs53 === errors;
	errors = _errs52;
	if(vErrors !== null){
	if(_errs52){
	vErrors.length = _errs52;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid2){
	const _errs55 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.score !== undefined){
	let data21 = data17.score;
	if(typeof data21 === "string"){
	if(!pattern23.test(data21)){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/score",schemaPath:"#/$defs/severity/items/allOf/1/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"},message:"must match pattern \""+"^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid2 = _errs55 === errors;
	valid19 = _valid2;
	if(valid19){
	var props2 = {};
	props2.score = true;
	props2.type = true;
	}
	}
	if(!valid19){
	const err5 = {instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid15 = _errs51 === errors;
	if(valid15){
	if(props1 !== true && props2 !== undefined){
	if(props2 === true){
	props1 = true;
	}
	else {
	props1 = props1 || {};
	Object.assign(props1, props2);
	}
	}
	const _errs57 = errors;
	const _errs58 = errors;
	let valid22 = true;
	const _errs59 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.type !== undefined){
	if("CVSS_V4" !== data17.type){
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
	}
	var _valid3 = _errs59 === errors;
	errors = _errs58;
	if(vErrors !== null){
	if(_errs58){
	vErrors.length = _errs58;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid3){
	const _errs61 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.score !== undefined){
	let data23 = data17.score;
	if(typeof data23 === "string"){
	if(!pattern24.test(data23)){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/score",schemaPath:"#/$defs/severity/items/allOf/2/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"},message:"must match pattern \""+"^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid3 = _errs61 === errors;
	valid22 = _valid3;
	if(valid22){
	var props3 = {};
	props3.score = true;
	props3.type = true;
	}
	}
	if(!valid22){
	const err7 = {instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid15 = _errs57 === errors;
	if(valid15){
	if(props1 !== true && props3 !== undefined){
	if(props3 === true){
	props1 = true;
	}
	else {
	props1 = props1 || {};
	Object.assign(props1, props3);
	}
	}
	const _errs63 = errors;
	const _errs64 = errors;
	let valid25 = true;
	const _errs65 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.type !== undefined){
	if("Ubuntu" !== data17.type){
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
	}
	var _valid4 = _errs65 === errors;
	errors = _errs64;
	if(vErrors !== null){
	if(_errs64){
	vErrors.length = _errs64;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid4){
	const _errs67 = errors;
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	if(data17.score !== undefined){
	let data25 = data17.score;
	if(!(((((data25 === "negligible") || (data25 === "low")) || (data25 === "medium")) || (data25 === "high")) || (data25 === "critical"))){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/score",schemaPath:"#/$defs/severity/items/allOf/3/then/properties/score/enum",keyword:"enum",params:{allowedValues: schema142.items.allOf[3].then.properties.score.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	}
	}
	var _valid4 = _errs67 === errors;
	valid25 = _valid4;
	if(valid25){
	var props4 = {};
	props4.score = true;
	props4.type = true;
	}
	}
	if(!valid25){
	const err9 = {instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid15 = _errs63 === errors;
	if(valid15){
	if(props1 !== true && props4 !== undefined){
	if(props4 === true){
	props1 = true;
	}
	else {
	props1 = props1 || {};
	Object.assign(props1, props4);
	}
	}
	}
	}
	}
	}
	if(errors === _errs43){
	if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
	let missing2;
	if(((data17.type === undefined) && (missing2 = "type")) || ((data17.score === undefined) && (missing2 = "score"))){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
	return false;
	}
	else {
	if(props1 !== true){
	props1 = props1 || {};
	props1.type = true;
	props1.score = true;
	}
	if(data17.type !== undefined){
	let data26 = data17.type;
	const _errs69 = errors;
	if(typeof data26 !== "string"){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/type",schemaPath:"#/$defs/severity/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data26 === "CVSS_V2") || (data26 === "CVSS_V3")) || (data26 === "CVSS_V4")) || (data26 === "Ubuntu"))){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/type",schemaPath:"#/$defs/severity/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema142.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid28 = _errs69 === errors;
	}
	else {
	var valid28 = true;
	}
	if(valid28){
	if(data17.score !== undefined){
	const _errs71 = errors;
	if(typeof data17.score !== "string"){
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4+"/score",schemaPath:"#/$defs/severity/items/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid28 = _errs71 === errors;
	}
	else {
	var valid28 = true;
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/severity/" + i4,schemaPath:"#/$defs/severity/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid14 = _errs43 === errors;
	if(!valid14){
	break;
	}
	}
	}
	}
	var valid5 = _errs40 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.affected !== undefined){
	let data28 = data.affected;
	const _errs73 = errors;
	if((!(Array.isArray(data28))) && (data28 !== null)){
	validate55.errors = [{instancePath:instancePath+"/affected",schemaPath:"#/properties/affected/type",keyword:"type",params:{type: schema137.properties.affected.type},message:"must be array,null"}];
	return false;
	}
	if(errors === _errs73){
	if(Array.isArray(data28)){
	var valid29 = true;
	const len5 = data28.length;
	for(let i5=0; i5<len5; i5++){
	let data29 = data28[i5];
	const _errs75 = errors;
	if(errors === _errs75){
	if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
	if(data29.package !== undefined){
	let data30 = data29.package;
	const _errs77 = errors;
	if(errors === _errs77){
	if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
	let missing3;
	if(((data30.ecosystem === undefined) && (missing3 = "ecosystem")) || ((data30.name === undefined) && (missing3 = "name"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package",schemaPath:"#/properties/affected/items/properties/package/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
	return false;
	}
	else {
	if(data30.ecosystem !== undefined){
	let data31 = data30.ecosystem;
	const _errs79 = errors;
	const _errs80 = errors;
	if(errors === _errs80){
	if(typeof data31 === "string"){
	if(!pattern25.test(data31)){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package/ecosystem",schemaPath:"#/$defs/ecosystemWithSuffix/pattern",keyword:"pattern",params:{pattern: "^(AlmaLinux|Alpaquita|Alpine|Android|Azure Linux|BellSoft Hardened Containers|Bioconductor|Bitnami|Chainguard|CleanStart|ConanCenter|CRAN|crates\\.io|Debian|Docker Hardened Images|Echo|FreeBSD|GHC|GitHub Actions|Go|Hackage|Hex|Julia|Kubernetes|Linux|Mageia|Maven|MinimOS|npm|NuGet|opam|openEuler|openSUSE|OSS-Fuzz|Packagist|Photon OS|Pub|PyPI|Red Hat|Rocky Linux|Root|RubyGems|SUSE|SwiftURL|TuxCare|Ubuntu|VSCode|Wolfi|GIT)(:.+)?$"},message:"must match pattern \""+"^(AlmaLinux|Alpaquita|Alpine|Android|Azure Linux|BellSoft Hardened Containers|Bioconductor|Bitnami|Chainguard|CleanStart|ConanCenter|CRAN|crates\\.io|Debian|Docker Hardened Images|Echo|FreeBSD|GHC|GitHub Actions|Go|Hackage|Hex|Julia|Kubernetes|Linux|Mageia|Maven|MinimOS|npm|NuGet|opam|openEuler|openSUSE|OSS-Fuzz|Packagist|Photon OS|Pub|PyPI|Red Hat|Rocky Linux|Root|RubyGems|SUSE|SwiftURL|TuxCare|Ubuntu|VSCode|Wolfi|GIT)(:.+)?$"+"\""}];
	return false;
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package/ecosystem",schemaPath:"#/$defs/ecosystemWithSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	var valid31 = _errs79 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data30.name !== undefined){
	const _errs82 = errors;
	if(typeof data30.name !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package/name",schemaPath:"#/properties/affected/items/properties/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid31 = _errs82 === errors;
	}
	else {
	var valid31 = true;
	}
	if(valid31){
	if(data30.purl !== undefined){
	const _errs84 = errors;
	if(typeof data30.purl !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package/purl",schemaPath:"#/properties/affected/items/properties/package/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid31 = _errs84 === errors;
	}
	else {
	var valid31 = true;
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/package",schemaPath:"#/properties/affected/items/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid30 = _errs77 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data29.severity !== undefined){
	let data34 = data29.severity;
	const _errs86 = errors;
	const _errs87 = errors;
	if((!(Array.isArray(data34))) && (data34 !== null)){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity",schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: schema142.type},message:"must be array,null"}];
	return false;
	}
	if(errors === _errs87){
	if(Array.isArray(data34)){
	var valid34 = true;
	const len6 = data34.length;
	for(let i6=0; i6<len6; i6++){
	let data35 = data34[i6];
	const _errs89 = errors;
	const _errs91 = errors;
	const _errs92 = errors;
	let valid36 = true;
	const _errs93 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.type !== undefined){
	if("CVSS_V2" !== data35.type){
	const err10 = {};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	}
	var _valid5 = _errs93 === errors;
	errors = _errs92;
	if(vErrors !== null){
	if(_errs92){
	vErrors.length = _errs92;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid5){
	const _errs95 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.score !== undefined){
	let data37 = data35.score;
	if(typeof data37 === "string"){
	if(!pattern15.test(data37)){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/items/allOf/0/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"},message:"must match pattern \""+"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid5 = _errs95 === errors;
	valid36 = _valid5;
	if(valid36){
	var props5 = {};
	props5.score = true;
	props5.type = true;
	}
	}
	if(!valid36){
	const err11 = {instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid35 = _errs91 === errors;
	if(valid35){
	const _errs97 = errors;
	const _errs98 = errors;
	let valid39 = true;
	const _errs99 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.type !== undefined){
	if("CVSS_V3" !== data35.type){
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
	}
	var _valid6 = _errs99 === errors;
	errors = _errs98;
	if(vErrors !== null){
	if(_errs98){
	vErrors.length = _errs98;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid6){
	const _errs101 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.score !== undefined){
	let data39 = data35.score;
	if(typeof data39 === "string"){
	if(!pattern23.test(data39)){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/items/allOf/1/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"},message:"must match pattern \""+"^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid6 = _errs101 === errors;
	valid39 = _valid6;
	if(valid39){
	var props6 = {};
	props6.score = true;
	props6.type = true;
	}
	}
	if(!valid39){
	const err13 = {instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid35 = _errs97 === errors;
	if(valid35){
	if(props5 !== true && props6 !== undefined){
	if(props6 === true){
	props5 = true;
	}
	else {
	props5 = props5 || {};
	Object.assign(props5, props6);
	}
	}
	const _errs103 = errors;
	const _errs104 = errors;
	let valid42 = true;
	const _errs105 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.type !== undefined){
	if("CVSS_V4" !== data35.type){
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
	}
	var _valid7 = _errs105 === errors;
	errors = _errs104;
	if(vErrors !== null){
	if(_errs104){
	vErrors.length = _errs104;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid7){
	const _errs107 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.score !== undefined){
	let data41 = data35.score;
	if(typeof data41 === "string"){
	if(!pattern24.test(data41)){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/items/allOf/2/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"},message:"must match pattern \""+"^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"+"\""}];
	return false;
	}
	}
	}
	}
	var _valid7 = _errs107 === errors;
	valid42 = _valid7;
	if(valid42){
	var props7 = {};
	props7.score = true;
	props7.type = true;
	}
	}
	if(!valid42){
	const err15 = {instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid35 = _errs103 === errors;
	if(valid35){
	if(props5 !== true && props7 !== undefined){
	if(props7 === true){
	props5 = true;
	}
	else {
	props5 = props5 || {};
	Object.assign(props5, props7);
	}
	}
	const _errs109 = errors;
	const _errs110 = errors;
	let valid45 = true;
	const _errs111 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.type !== undefined){
	if("Ubuntu" !== data35.type){
	const err16 = {};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	}
	var _valid8 = _errs111 === errors;
	errors = _errs110;
	if(vErrors !== null){
	if(_errs110){
	vErrors.length = _errs110;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid8){
	const _errs113 = errors;
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.score !== undefined){
	let data43 = data35.score;
	if(!(((((data43 === "negligible") || (data43 === "low")) || (data43 === "medium")) || (data43 === "high")) || (data43 === "critical"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/items/allOf/3/then/properties/score/enum",keyword:"enum",params:{allowedValues: schema142.items.allOf[3].then.properties.score.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	}
	}
	var _valid8 = _errs113 === errors;
	valid45 = _valid8;
	if(valid45){
	var props8 = {};
	props8.score = true;
	props8.type = true;
	}
	}
	if(!valid45){
	const err17 = {instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid35 = _errs109 === errors;
	if(valid35){
	if(props5 !== true && props8 !== undefined){
	if(props8 === true){
	props5 = true;
	}
	else {
	props5 = props5 || {};
	Object.assign(props5, props8);
	}
	}
	}
	}
	}
	}
	if(errors === _errs89){
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	let missing4;
	if(((data35.type === undefined) && (missing4 = "type")) || ((data35.score === undefined) && (missing4 = "score"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
	return false;
	}
	else {
	if(props5 !== true){
	props5 = props5 || {};
	props5.type = true;
	props5.score = true;
	}
	if(data35.type !== undefined){
	let data44 = data35.type;
	const _errs115 = errors;
	if(typeof data44 !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/type",schemaPath:"#/$defs/severity/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((data44 === "CVSS_V2") || (data44 === "CVSS_V3")) || (data44 === "CVSS_V4")) || (data44 === "Ubuntu"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/type",schemaPath:"#/$defs/severity/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema142.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid48 = _errs115 === errors;
	}
	else {
	var valid48 = true;
	}
	if(valid48){
	if(data35.score !== undefined){
	const _errs117 = errors;
	if(typeof data35.score !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/items/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid48 = _errs117 === errors;
	}
	else {
	var valid48 = true;
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/severity/" + i6,schemaPath:"#/$defs/severity/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid34 = _errs89 === errors;
	if(!valid34){
	break;
	}
	}
	}
	}
	var valid30 = _errs86 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data29.ranges !== undefined){
	let data46 = data29.ranges;
	const _errs119 = errors;
	if(errors === _errs119){
	if(Array.isArray(data46)){
	var valid49 = true;
	const len7 = data46.length;
	for(let i7=0; i7<len7; i7++){
	let data47 = data46[i7];
	const _errs121 = errors;
	const _errs123 = errors;
	const _errs124 = errors;
	let valid51 = true;
	const _errs125 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.type !== undefined){
	if("GIT" !== data47.type){
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
	}
	var _valid9 = _errs125 === errors;
	errors = _errs124;
	if(vErrors !== null){
	if(_errs124){
	vErrors.length = _errs124;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid9){
	const _errs127 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	let missing5;
	if((data47.repo === undefined) && (missing5 = "repo")){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/0/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
	return false;
	}
	}
	var _valid9 = _errs127 === errors;
	valid51 = _valid9;
	}
	if(!valid51){
	const err19 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid50 = _errs123 === errors;
	if(valid50){
	const _errs128 = errors;
	const _errs129 = errors;
	let valid53 = true;
	const _errs130 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.type !== undefined){
	if("GIT" !== data47.type){
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
	}
	var _valid10 = _errs130 === errors;
	errors = _errs129;
	if(vErrors !== null){
	if(_errs129){
	vErrors.length = _errs129;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid10){
	const _errs132 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.events !== undefined){
	let data50 = data47.events;
	if(Array.isArray(data50)){
	var valid56 = true;
	const len8 = data50.length;
	for(let i8=0; i8<len8; i8++){
	let data51 = data50[i8];
	const _errs134 = errors;
	const _errs135 = errors;
	let valid57 = false;
	let passing0 = null;
	const _errs136 = errors;
	if(errors === _errs136){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing6;
	if((data51.introduced === undefined) && (missing6 = "introduced")){
	const err21 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	else {
	if(data51.introduced !== undefined){
	let data52 = data51.introduced;
	const _errs138 = errors;
	if(errors === _errs138){
	if(typeof data52 === "string"){
	if(!pattern29.test(data52)){
	const err22 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/introduced",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/0/properties/introduced/pattern",keyword:"pattern",params:{pattern: "^(0|[a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"+"\""};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	else {
	const err23 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/introduced",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/0/properties/introduced/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	var _valid11 = _errs136 === errors;
	if(_valid11){
	valid57 = true;
	passing0 = 0;
	var props9 = {};
	props9.introduced = true;
	}
	const _errs140 = errors;
	if(errors === _errs140){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing7;
	if((data51.fixed === undefined) && (missing7 = "fixed")){
	const err25 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	else {
	if(data51.fixed !== undefined){
	let data53 = data51.fixed;
	const _errs142 = errors;
	if(errors === _errs142){
	if(typeof data53 === "string"){
	if(!pattern29.test(data53)){
	const err26 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/fixed",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/1/properties/fixed/pattern",keyword:"pattern",params:{pattern: "^(0|[a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"+"\""};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/fixed",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/1/properties/fixed/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	var _valid11 = _errs140 === errors;
	if(_valid11 && valid57){
	valid57 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid11){
	valid57 = true;
	passing0 = 1;
	if(props9 !== true){
	props9 = props9 || {};
	props9.fixed = true;
	}
	}
	const _errs144 = errors;
	if(errors === _errs144){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing8;
	if((data51.last_affected === undefined) && (missing8 = "last_affected")){
	const err29 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/2/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	else {
	if(data51.last_affected !== undefined){
	let data54 = data51.last_affected;
	const _errs146 = errors;
	if(errors === _errs146){
	if(typeof data54 === "string"){
	if(!pattern29.test(data54)){
	const err30 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/last_affected",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/2/properties/last_affected/pattern",keyword:"pattern",params:{pattern: "^(0|[a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"+"\""};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	else {
	const err31 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/last_affected",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/2/properties/last_affected/type",keyword:"type",params:{type: "string"},message:"must be string"};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	}
	}
	}
	else {
	const err32 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	var _valid11 = _errs144 === errors;
	if(_valid11 && valid57){
	valid57 = false;
	passing0 = [passing0, 2];
	}
	else {
	if(_valid11){
	valid57 = true;
	passing0 = 2;
	if(props9 !== true){
	props9 = props9 || {};
	props9.last_affected = true;
	}
	}
	const _errs148 = errors;
	if(errors === _errs148){
	if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
	let missing9;
	if((data51.limit === undefined) && (missing9 = "limit")){
	const err33 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/3/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	else {
	if(data51.limit !== undefined){
	let data55 = data51.limit;
	const _errs150 = errors;
	if(errors === _errs150){
	if(typeof data55 === "string"){
	if(!pattern29.test(data55)){
	const err34 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/limit",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/3/properties/limit/pattern",keyword:"pattern",params:{pattern: "^(0|[a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"+"\""};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	else {
	const err35 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8+"/limit",schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/3/properties/limit/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
	}
	}
	else {
	const err36 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	var _valid11 = _errs148 === errors;
	if(_valid11 && valid57){
	valid57 = false;
	passing0 = [passing0, 3];
	}
	else {
	if(_valid11){
	valid57 = true;
	passing0 = 3;
	if(props9 !== true){
	props9 = props9 || {};
	props9.limit = true;
	}
	}
	}
	}
	}
	if(!valid57){
	const err37 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i8,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/then/properties/events/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
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
	errors = _errs135;
	if(vErrors !== null){
	if(_errs135){
	vErrors.length = _errs135;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid56 = _errs134 === errors;
	if(!valid56){
	break;
	}
	}
	}
	}
	}
	var _valid10 = _errs132 === errors;
	valid53 = _valid10;
	if(valid53){
	var props10 = {};
	props10.events = true;
	props10.type = true;
	}
	}
	if(!valid53){
	const err38 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid50 = _errs128 === errors;
	if(valid50){
	if(props10 !== true){
	props10 = props10 || {};
	props10.type = true;
	}
	const _errs152 = errors;
	const _errs153 = errors;
	let valid62 = true;
	const _errs154 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.events !== undefined){
	let data56 = data47.events;
	if(Array.isArray(data56)){
	const _errs156 = errors;
	const len9 = data56.length;
	for(let i9=0; i9<len9; i9++){
	let data57 = data56[i9];
	const _errs157 = errors;
	if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
	if((data57.last_affected === undefined) && ("last_affected")){
	const err39 = {};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	var valid64 = _errs157 === errors;
	if(valid64){
	break;
	}
	}
	if(!valid64){
	const err40 = {};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
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
	}
	}
	}
	var _valid12 = _errs154 === errors;
	errors = _errs153;
	if(vErrors !== null){
	if(_errs153){
	vErrors.length = _errs153;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid12){
	const _errs158 = errors;
	const _errs159 = errors;
	const _errs160 = errors;
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.events !== undefined){
	let data58 = data47.events;
	if(Array.isArray(data58)){
	const _errs162 = errors;
	const len10 = data58.length;
	for(let i10=0; i10<len10; i10++){
	let data59 = data58[i10];
	const _errs163 = errors;
	if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
	if((data59.fixed === undefined) && ("fixed")){
	const err41 = {};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	var valid67 = _errs163 === errors;
	if(valid67){
	break;
	}
	}
	if(!valid67){
	const err42 = {};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	else {
	errors = _errs162;
	if(vErrors !== null){
	if(_errs162){
	vErrors.length = _errs162;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	}
	var valid65 = _errs160 === errors;
	if(valid65){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid"}];
	return false;
	}
	else {
	errors = _errs159;
	if(vErrors !== null){
	if(_errs159){
	vErrors.length = _errs159;
	}
	else {
	vErrors = null;
	}
	}
	}
	var _valid12 = _errs158 === errors;
	valid62 = _valid12;
	}
	if(!valid62){
	const err43 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	var valid50 = _errs152 === errors;
	if(valid50){
	if(props10 !== true){
	props10 = props10 || {};
	props10.events = true;
	}
	}
	}
	}
	if(errors === _errs121){
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	let missing12;
	if(((data47.type === undefined) && (missing12 = "type")) || ((data47.events === undefined) && (missing12 = "events"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
	return false;
	}
	else {
	if(props10 !== true){
	props10 = props10 || {};
	props10.type = true;
	props10.repo = true;
	props10.events = true;
	props10.database_specific = true;
	}
	if(data47.type !== undefined){
	let data60 = data47.type;
	const _errs164 = errors;
	if(typeof data60 !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/type",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((data60 === "GIT") || (data60 === "SEMVER")) || (data60 === "ECOSYSTEM"))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/type",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.affected.items.properties.ranges.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid68 = _errs164 === errors;
	}
	else {
	var valid68 = true;
	}
	if(valid68){
	if(data47.repo !== undefined){
	const _errs166 = errors;
	if(typeof data47.repo !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/repo",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid68 = _errs166 === errors;
	}
	else {
	var valid68 = true;
	}
	if(valid68){
	if(data47.events !== undefined){
	let data62 = data47.events;
	const _errs168 = errors;
	if(errors === _errs168){
	if(Array.isArray(data62)){
	if(data62.length < 1){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
	return false;
	}
	else {
	var valid69 = true;
	const len11 = data62.length;
	for(let i11=0; i11<len11; i11++){
	let data63 = data62[i11];
	const _errs170 = errors;
	if(!(data63 && typeof data63 == "object" && !Array.isArray(data63))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	const _errs172 = errors;
	let valid70 = false;
	let passing1 = null;
	const _errs173 = errors;
	if(errors === _errs173){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing13;
	if((data63.introduced === undefined) && (missing13 = "introduced")){
	const err44 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	else {
	if(data63.introduced !== undefined){
	if(typeof data63.introduced !== "string"){
	const err45 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11+"/introduced",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/0/properties/introduced/type",keyword:"type",params:{type: "string"},message:"must be string"};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	}
	}
	else {
	const err46 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	var _valid13 = _errs173 === errors;
	if(_valid13){
	valid70 = true;
	passing1 = 0;
	var props11 = {};
	props11.introduced = true;
	}
	const _errs177 = errors;
	if(errors === _errs177){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing14;
	if((data63.fixed === undefined) && (missing14 = "fixed")){
	const err47 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	else {
	if(data63.fixed !== undefined){
	if(typeof data63.fixed !== "string"){
	const err48 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11+"/fixed",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/1/properties/fixed/type",keyword:"type",params:{type: "string"},message:"must be string"};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	var _valid13 = _errs177 === errors;
	if(_valid13 && valid70){
	valid70 = false;
	passing1 = [passing1, 1];
	}
	else {
	if(_valid13){
	valid70 = true;
	passing1 = 1;
	if(props11 !== true){
	props11 = props11 || {};
	props11.fixed = true;
	}
	}
	const _errs181 = errors;
	if(errors === _errs181){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing15;
	if((data63.last_affected === undefined) && (missing15 = "last_affected")){
	const err50 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/2/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	else {
	if(data63.last_affected !== undefined){
	if(typeof data63.last_affected !== "string"){
	const err51 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11+"/last_affected",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/2/properties/last_affected/type",keyword:"type",params:{type: "string"},message:"must be string"};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	}
	}
	else {
	const err52 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	var _valid13 = _errs181 === errors;
	if(_valid13 && valid70){
	valid70 = false;
	passing1 = [passing1, 2];
	}
	else {
	if(_valid13){
	valid70 = true;
	passing1 = 2;
	if(props11 !== true){
	props11 = props11 || {};
	props11.last_affected = true;
	}
	}
	const _errs185 = errors;
	if(errors === _errs185){
	if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
	let missing16;
	if((data63.limit === undefined) && (missing16 = "limit")){
	const err53 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/3/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	else {
	if(data63.limit !== undefined){
	if(typeof data63.limit !== "string"){
	const err54 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11+"/limit",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/3/properties/limit/type",keyword:"type",params:{type: "string"},message:"must be string"};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	}
	}
	else {
	const err55 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	var _valid13 = _errs185 === errors;
	if(_valid13 && valid70){
	valid70 = false;
	passing1 = [passing1, 3];
	}
	else {
	if(_valid13){
	valid70 = true;
	passing1 = 3;
	if(props11 !== true){
	props11 = props11 || {};
	props11.limit = true;
	}
	}
	}
	}
	}
	if(!valid70){
	const err56 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i11,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	validate55.errors = vErrors;
	return false;
	}
	else {
	errors = _errs172;
	if(vErrors !== null){
	if(_errs172){
	vErrors.length = _errs172;
	}
	else {
	vErrors = null;
	}
	}
	}
	var valid69 = _errs170 === errors;
	if(!valid69){
	break;
	}
	}
	if(valid69){
	const _errs189 = errors;
	const len12 = data62.length;
	for(let i12=0; i12<len12; i12++){
	let data68 = data62[i12];
	const _errs190 = errors;
	if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
	let missing17;
	if((data68.introduced === undefined) && (missing17 = "introduced")){
	const err57 = {instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events/" + i12,schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/contains/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	var valid75 = _errs190 === errors;
	if(valid75){
	break;
	}
	}
	if(!valid75){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"}];
	return false;
	}
	else {
	errors = _errs189;
	if(vErrors !== null){
	if(_errs189){
	vErrors.length = _errs189;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/events",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid68 = _errs168 === errors;
	}
	else {
	var valid68 = true;
	}
	if(valid68){
	if(data47.database_specific !== undefined){
	let data69 = data47.database_specific;
	const _errs191 = errors;
	if(!(data69 && typeof data69 == "object" && !Array.isArray(data69))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7+"/database_specific",schemaPath:"#/properties/affected/items/properties/ranges/items/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	var valid68 = _errs191 === errors;
	}
	else {
	var valid68 = true;
	}
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges/" + i7,schemaPath:"#/properties/affected/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid49 = _errs121 === errors;
	if(!valid49){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ranges",schemaPath:"#/properties/affected/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid30 = _errs119 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data29.versions !== undefined){
	let data70 = data29.versions;
	const _errs193 = errors;
	if(errors === _errs193){
	if(Array.isArray(data70)){
	var valid76 = true;
	const len13 = data70.length;
	for(let i13=0; i13<len13; i13++){
	const _errs195 = errors;
	if(typeof data70[i13] !== "string"){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/versions/" + i13,schemaPath:"#/properties/affected/items/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid76 = _errs195 === errors;
	if(!valid76){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/versions",schemaPath:"#/properties/affected/items/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid30 = _errs193 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data29.ecosystem_specific !== undefined){
	let data72 = data29.ecosystem_specific;
	const _errs197 = errors;
	if(!(data72 && typeof data72 == "object" && !Array.isArray(data72))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/ecosystem_specific",schemaPath:"#/properties/affected/items/properties/ecosystem_specific/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	var valid30 = _errs197 === errors;
	}
	else {
	var valid30 = true;
	}
	if(valid30){
	if(data29.database_specific !== undefined){
	let data73 = data29.database_specific;
	const _errs199 = errors;
	if(!(data73 && typeof data73 == "object" && !Array.isArray(data73))){
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5+"/database_specific",schemaPath:"#/properties/affected/items/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	var valid30 = _errs199 === errors;
	}
	else {
	var valid30 = true;
	}
	}
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/affected/" + i5,schemaPath:"#/properties/affected/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid29 = _errs75 === errors;
	if(!valid29){
	break;
	}
	}
	}
	}
	var valid5 = _errs73 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.references !== undefined){
	let data74 = data.references;
	const _errs201 = errors;
	if((!(Array.isArray(data74))) && (data74 !== null)){
	validate55.errors = [{instancePath:instancePath+"/references",schemaPath:"#/properties/references/type",keyword:"type",params:{type: schema137.properties.references.type},message:"must be array,null"}];
	return false;
	}
	if(errors === _errs201){
	if(Array.isArray(data74)){
	var valid77 = true;
	const len14 = data74.length;
	for(let i14=0; i14<len14; i14++){
	let data75 = data74[i14];
	const _errs203 = errors;
	if(errors === _errs203){
	if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
	let missing18;
	if(((data75.type === undefined) && (missing18 = "type")) || ((data75.url === undefined) && (missing18 = "url"))){
	validate55.errors = [{instancePath:instancePath+"/references/" + i14,schemaPath:"#/properties/references/items/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
	return false;
	}
	else {
	if(data75.type !== undefined){
	let data76 = data75.type;
	const _errs205 = errors;
	if(typeof data76 !== "string"){
	validate55.errors = [{instancePath:instancePath+"/references/" + i14+"/type",schemaPath:"#/properties/references/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!(((((((((((data76 === "ADVISORY") || (data76 === "ARTICLE")) || (data76 === "DETECTION")) || (data76 === "DISCUSSION")) || (data76 === "REPORT")) || (data76 === "FIX")) || (data76 === "INTRODUCED")) || (data76 === "GIT")) || (data76 === "PACKAGE")) || (data76 === "EVIDENCE")) || (data76 === "WEB"))){
	validate55.errors = [{instancePath:instancePath+"/references/" + i14+"/type",schemaPath:"#/properties/references/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.references.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid78 = _errs205 === errors;
	}
	else {
	var valid78 = true;
	}
	if(valid78){
	if(data75.url !== undefined){
	let data77 = data75.url;
	const _errs207 = errors;
	if(errors === _errs207){
	if(errors === _errs207){
	if(typeof data77 === "string"){
	if(!(formats0(data77))){
	validate55.errors = [{instancePath:instancePath+"/references/" + i14+"/url",schemaPath:"#/properties/references/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
	return false;
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/references/" + i14+"/url",schemaPath:"#/properties/references/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	}
	}
	var valid78 = _errs207 === errors;
	}
	else {
	var valid78 = true;
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/references/" + i14,schemaPath:"#/properties/references/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid77 = _errs203 === errors;
	if(!valid77){
	break;
	}
	}
	}
	}
	var valid5 = _errs201 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.credits !== undefined){
	let data78 = data.credits;
	const _errs209 = errors;
	if(errors === _errs209){
	if(Array.isArray(data78)){
	var valid79 = true;
	const len15 = data78.length;
	for(let i15=0; i15<len15; i15++){
	let data79 = data78[i15];
	const _errs211 = errors;
	if(errors === _errs211){
	if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
	let missing19;
	if((data79.name === undefined) && (missing19 = "name")){
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15,schemaPath:"#/properties/credits/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
	return false;
	}
	else {
	if(data79.name !== undefined){
	const _errs213 = errors;
	if(typeof data79.name !== "string"){
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15+"/name",schemaPath:"#/properties/credits/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid80 = _errs213 === errors;
	}
	else {
	var valid80 = true;
	}
	if(valid80){
	if(data79.contact !== undefined){
	let data81 = data79.contact;
	const _errs215 = errors;
	if(errors === _errs215){
	if(Array.isArray(data81)){
	var valid81 = true;
	const len16 = data81.length;
	for(let i16=0; i16<len16; i16++){
	const _errs217 = errors;
	if(typeof data81[i16] !== "string"){
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15+"/contact/" + i16,schemaPath:"#/properties/credits/items/properties/contact/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	var valid81 = _errs217 === errors;
	if(!valid81){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15+"/contact",schemaPath:"#/properties/credits/items/properties/contact/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid80 = _errs215 === errors;
	}
	else {
	var valid80 = true;
	}
	if(valid80){
	if(data79.type !== undefined){
	let data83 = data79.type;
	const _errs219 = errors;
	if(typeof data83 !== "string"){
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15+"/type",schemaPath:"#/properties/credits/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
	return false;
	}
	if(!((((((((((data83 === "FINDER") || (data83 === "REPORTER")) || (data83 === "ANALYST")) || (data83 === "COORDINATOR")) || (data83 === "REMEDIATION_DEVELOPER")) || (data83 === "REMEDIATION_REVIEWER")) || (data83 === "REMEDIATION_VERIFIER")) || (data83 === "TOOL")) || (data83 === "SPONSOR")) || (data83 === "OTHER"))){
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15+"/type",schemaPath:"#/properties/credits/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.credits.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
	return false;
	}
	var valid80 = _errs219 === errors;
	}
	else {
	var valid80 = true;
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/credits/" + i15,schemaPath:"#/properties/credits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	var valid79 = _errs211 === errors;
	if(!valid79){
	break;
	}
	}
	}
	else {
	validate55.errors = [{instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
	return false;
	}
	}
	var valid5 = _errs209 === errors;
	}
	else {
	var valid5 = true;
	}
	if(valid5){
	if(data.database_specific !== undefined){
	let data84 = data.database_specific;
	const _errs221 = errors;
	if(!(data84 && typeof data84 == "object" && !Array.isArray(data84))){
	validate55.errors = [{instancePath:instancePath+"/database_specific",schemaPath:"#/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	var valid5 = _errs221 === errors;
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
	}
	}
	}
	}
	}
	}
	}
	}
	else {
	validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
	return false;
	}
	}
	validate55.errors = vErrors;
	return errors === 0;
	}
	validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
	return vexValidators2020$2;
}

var vexValidators2020Exports = requireVexValidators2020();
var vexValidators2020 = /*@__PURE__*/cli.getDefaultExportFromCjs(vexValidators2020Exports);

var vexValidators2020$1 = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: vexValidators2020
}, [vexValidators2020Exports]);

exports.vexValidators2020 = vexValidators2020$1;
})
