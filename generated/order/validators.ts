// Generated from contracts/order.asyncapi.yaml. Do not edit.
// @ts-nocheck
import type { Validator } from 'herald';
import * as runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import * as runtime1Module from 'herald';
const runtime0 = typeof runtime0Module.default === 'object' && runtime0Module.default !== null ? runtime0Module.default : runtime0Module;
const runtime1 = typeof runtime1Module.default === 'object' && runtime1Module.default !== null ? runtime1Module.default : runtime1Module;

export const validateOrderCancelledV1Publish: Validator = validate10;
const schema11 = {"type":"object","required":["orderId","userId","reason","cancelledBy","cancelledAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"reason":{"type":"string","enum":["customer_request","payment_failed","out_of_stock","vendor_unavailable","fraud_suspected","timeout"]},"cancelledBy":{"type":"string","enum":["customer","vendor","system","admin"]},"note":{"type":"string","minLength":1,"maxLength":500},"refundAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"cancelledAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.cancelled:v1:publish"};
const func0 = Object.prototype.hasOwnProperty;
const func55 = runtime0.default;
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats4 = runtime1.formats["date-time"];
const pattern0 = new RegExp("^[A-Z]{3}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.cancelled:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.cancelledBy === undefined) || (!(func0.call(data, "cancelledBy")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelledBy"},message:"must have required property '"+"cancelledBy"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.cancelledAt === undefined) || (!(func0.call(data, "cancelledAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelledAt"},message:"must have required property '"+"cancelledAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((((key0 === "orderId") || (key0 === "userId")) || (key0 === "reason")) || (key0 === "cancelledBy")) || (key0 === "note")) || (key0 === "refundAmount")) || (key0 === "cancelledAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data2 = data.reason;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data2 === "customer_request") || (data2 === "payment_failed")) || (data2 === "out_of_stock")) || (data2 === "vendor_unavailable")) || (data2 === "fraud_suspected")) || (data2 === "timeout"))){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema11.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cancelledBy !== undefined && func0.call(data, "cancelledBy")){
let data3 = data.cancelledBy;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/cancelledBy",schemaPath:"#/properties/cancelledBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((data3 === "customer") || (data3 === "vendor")) || (data3 === "system")) || (data3 === "admin"))){
const err13 = {instancePath:instancePath+"/cancelledBy",schemaPath:"#/properties/cancelledBy/enum",keyword:"enum",params:{allowedValues: schema11.properties.cancelledBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.note !== undefined && func0.call(data, "note")){
let data4 = data.note;
if(typeof data4 === "string"){
if((data4.length > 500 && func55(data4) > 500)){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data4.length < 2 && func55(data4) < 1)){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.refundAmount !== undefined && func0.call(data, "refundAmount")){
let data5 = data.refundAmount;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if((data5.amount === undefined) || (!(func0.call(data5, "amount")))){
const err17 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((data5.currency === undefined) || (!(func0.call(data5, "currency")))){
const err18 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 of Object.keys(data5)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err19 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.amount !== undefined && func0.call(data5, "amount")){
let data6 = data5.amount;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data5.currency !== undefined && func0.call(data5, "currency")){
let data7 = data5.currency;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err23 = {instancePath:instancePath+"/refundAmount/currency",schemaPath:"#/properties/refundAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/refundAmount/currency",schemaPath:"#/properties/refundAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.cancelledAt !== undefined && func0.call(data, "cancelledAt")){
let data8 = data.cancelledAt;
if(typeof data8 === "string"){
if(!(formats4.validate(data8))){
const err26 = {instancePath:instancePath+"/cancelledAt",schemaPath:"#/properties/cancelledAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err27 = {instancePath:instancePath+"/cancelledAt",schemaPath:"#/properties/cancelledAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateOrderCancelledV1Consume: Validator = validate11;
const schema12 = {"type":"object","required":["orderId","userId","reason","cancelledBy","cancelledAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"reason":{"type":"string","enum":["customer_request","payment_failed","out_of_stock","vendor_unavailable","fraud_suspected","timeout"]},"cancelledBy":{"type":"string","enum":["customer","vendor","system","admin"]},"note":{"type":"string","minLength":1,"maxLength":500},"refundAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"cancelledAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.cancelled:v1:consume"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.cancelled:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.cancelledBy === undefined) || (!(func0.call(data, "cancelledBy")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelledBy"},message:"must have required property '"+"cancelledBy"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.cancelledAt === undefined) || (!(func0.call(data, "cancelledAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelledAt"},message:"must have required property '"+"cancelledAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data2 = data.reason;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data2 === "customer_request") || (data2 === "payment_failed")) || (data2 === "out_of_stock")) || (data2 === "vendor_unavailable")) || (data2 === "fraud_suspected")) || (data2 === "timeout"))){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema12.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.cancelledBy !== undefined && func0.call(data, "cancelledBy")){
let data3 = data.cancelledBy;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/cancelledBy",schemaPath:"#/properties/cancelledBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data3 === "customer") || (data3 === "vendor")) || (data3 === "system")) || (data3 === "admin"))){
const err12 = {instancePath:instancePath+"/cancelledBy",schemaPath:"#/properties/cancelledBy/enum",keyword:"enum",params:{allowedValues: schema12.properties.cancelledBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined && func0.call(data, "note")){
let data4 = data.note;
if(typeof data4 === "string"){
if((data4.length > 500 && func55(data4) > 500)){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data4.length < 2 && func55(data4) < 1)){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.refundAmount !== undefined && func0.call(data, "refundAmount")){
let data5 = data.refundAmount;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if((data5.amount === undefined) || (!(func0.call(data5, "amount")))){
const err16 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data5.currency === undefined) || (!(func0.call(data5, "currency")))){
const err17 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.amount !== undefined && func0.call(data5, "amount")){
let data6 = data5.amount;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/refundAmount/amount",schemaPath:"#/properties/refundAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data5.currency !== undefined && func0.call(data5, "currency")){
let data7 = data5.currency;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err21 = {instancePath:instancePath+"/refundAmount/currency",schemaPath:"#/properties/refundAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/refundAmount/currency",schemaPath:"#/properties/refundAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/refundAmount",schemaPath:"#/properties/refundAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.cancelledAt !== undefined && func0.call(data, "cancelledAt")){
let data8 = data.cancelledAt;
if(typeof data8 === "string"){
if(!(formats4.validate(data8))){
const err24 = {instancePath:instancePath+"/cancelledAt",schemaPath:"#/properties/cancelledAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err25 = {instancePath:instancePath+"/cancelledAt",schemaPath:"#/properties/cancelledAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateOrderConfirmedV1Publish: Validator = validate12;
const schema13 = {"type":"object","required":["orderId","userId","paymentId","total","confirmedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"total":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"estimatedDeliveryDate":{"type":"string","format":"date"},"confirmedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.confirmed:v1:publish"};
const formats18 = runtime1.formats.date;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.confirmed:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.total === undefined) || (!(func0.call(data, "total")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.confirmedAt === undefined) || (!(func0.call(data, "confirmedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirmedAt"},message:"must have required property '"+"confirmedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "orderId") || (key0 === "userId")) || (key0 === "paymentId")) || (key0 === "total")) || (key0 === "estimatedDeliveryDate")) || (key0 === "confirmedAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data2 = data.paymentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err10 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.total !== undefined && func0.call(data, "total")){
let data3 = data.total;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err12 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err13 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err14 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err18 = {instancePath:instancePath+"/total/currency",schemaPath:"#/properties/total/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err19 = {instancePath:instancePath+"/total/currency",schemaPath:"#/properties/total/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.estimatedDeliveryDate !== undefined && func0.call(data, "estimatedDeliveryDate")){
let data6 = data.estimatedDeliveryDate;
if(typeof data6 === "string"){
if(!(formats18.validate(data6))){
const err21 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.confirmedAt !== undefined && func0.call(data, "confirmedAt")){
let data7 = data.confirmedAt;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err23 = {instancePath:instancePath+"/confirmedAt",schemaPath:"#/properties/confirmedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/confirmedAt",schemaPath:"#/properties/confirmedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const validateOrderConfirmedV1Consume: Validator = validate13;
const schema14 = {"type":"object","required":["orderId","userId","paymentId","total","confirmedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"total":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"estimatedDeliveryDate":{"type":"string","format":"date"},"confirmedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.confirmed:v1:consume"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.confirmed:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.total === undefined) || (!(func0.call(data, "total")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.confirmedAt === undefined) || (!(func0.call(data, "confirmedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirmedAt"},message:"must have required property '"+"confirmedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data2 = data.paymentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err9 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.total !== undefined && func0.call(data, "total")){
let data3 = data.total;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err11 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err12 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/total/amount",schemaPath:"#/properties/total/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err16 = {instancePath:instancePath+"/total/currency",schemaPath:"#/properties/total/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/total/currency",schemaPath:"#/properties/total/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.estimatedDeliveryDate !== undefined && func0.call(data, "estimatedDeliveryDate")){
let data6 = data.estimatedDeliveryDate;
if(typeof data6 === "string"){
if(!(formats18.validate(data6))){
const err19 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err20 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.confirmedAt !== undefined && func0.call(data, "confirmedAt")){
let data7 = data.confirmedAt;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err21 = {instancePath:instancePath+"/confirmedAt",schemaPath:"#/properties/confirmedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/confirmedAt",schemaPath:"#/properties/confirmedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const validateOrderCreatedV1Publish: Validator = validate14;
const schema15 = {"type":"object","required":["orderId","userId","items","totalAmount","createdAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"items":{"type":"array","minItems":1,"maxItems":100,"items":{"title":"LineItem","description":"One product line of an order or a cart.","type":"object","required":["productId","quantity","unitPrice"],"properties":{"productId":{"type":"string","format":"uuid"},"sku":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"description":"Product name at the time the line was created.","type":"string","minLength":1,"maxLength":200},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unitPrice":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false}},"additionalProperties":false}},"totalAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"createdAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.created:v1:publish"};
const pattern4 = new RegExp("^[A-Za-z0-9._-]{1,64}$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.created:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.items === undefined) || (!(func0.call(data, "items")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.totalAmount === undefined) || (!(func0.call(data, "totalAmount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totalAmount"},message:"must have required property '"+"totalAmount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.createdAt === undefined) || (!(func0.call(data, "createdAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((key0 === "orderId") || (key0 === "userId")) || (key0 === "items")) || (key0 === "totalAmount")) || (key0 === "createdAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.items !== undefined && func0.call(data, "items")){
let data2 = data.items;
if(Array.isArray(data2)){
if(data2.length > 100){
const err10 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.productId === undefined) || (!(func0.call(data3, "productId")))){
const err12 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "productId"},message:"must have required property '"+"productId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.quantity === undefined) || (!(func0.call(data3, "quantity")))){
const err13 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.unitPrice === undefined) || (!(func0.call(data3, "unitPrice")))){
const err14 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "unitPrice"},message:"must have required property '"+"unitPrice"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!(((((key1 === "productId") || (key1 === "sku")) || (key1 === "name")) || (key1 === "quantity")) || (key1 === "unitPrice"))){
const err15 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.productId !== undefined && func0.call(data3, "productId")){
let data4 = data3.productId;
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
const err16 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.sku !== undefined && func0.call(data3, "sku")){
let data5 = data3.sku;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err18 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,64}$"+"\""};
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
const err19 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.name !== undefined && func0.call(data3, "name")){
let data6 = data3.name;
if(typeof data6 === "string"){
if((data6.length > 200 && func55(data6) > 200)){
const err20 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((data6.length < 2 && func55(data6) < 1)){
const err21 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.quantity !== undefined && func0.call(data3, "quantity")){
let data7 = data3.quantity;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data3.unitPrice !== undefined && func0.call(data3, "unitPrice")){
let data8 = data3.unitPrice;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if((data8.amount === undefined) || (!(func0.call(data8, "amount")))){
const err26 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((data8.currency === undefined) || (!(func0.call(data8, "currency")))){
const err27 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 of Object.keys(data8)){
if(!((key2 === "amount") || (key2 === "currency"))){
const err28 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.amount !== undefined && func0.call(data8, "amount")){
let data9 = data8.amount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000000000 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data8.currency !== undefined && func0.call(data8, "currency")){
let data10 = data8.currency;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err32 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err35 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err36 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.totalAmount !== undefined && func0.call(data, "totalAmount")){
let data11 = data.totalAmount;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if((data11.amount === undefined) || (!(func0.call(data11, "amount")))){
const err37 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data11.currency === undefined) || (!(func0.call(data11, "currency")))){
const err38 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 of Object.keys(data11)){
if(!((key3 === "amount") || (key3 === "currency"))){
const err39 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.amount !== undefined && func0.call(data11, "amount")){
let data12 = data11.amount;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000000 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err42 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data11.currency !== undefined && func0.call(data11, "currency")){
let data13 = data11.currency;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err43 = {instancePath:instancePath+"/totalAmount/currency",schemaPath:"#/properties/totalAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/totalAmount/currency",schemaPath:"#/properties/totalAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err45 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.createdAt !== undefined && func0.call(data, "createdAt")){
let data14 = data.createdAt;
if(typeof data14 === "string"){
if(!(formats4.validate(data14))){
const err46 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const validateOrderCreatedV1Consume: Validator = validate15;
const schema16 = {"type":"object","required":["orderId","userId","items","totalAmount","createdAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"items":{"type":"array","minItems":1,"maxItems":100,"items":{"title":"LineItem","description":"One product line of an order or a cart.","type":"object","required":["productId","quantity","unitPrice"],"properties":{"productId":{"type":"string","format":"uuid"},"sku":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"description":"Product name at the time the line was created.","type":"string","minLength":1,"maxLength":200},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unitPrice":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}}}}},"totalAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"createdAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.created:v1:consume"};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.created:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.items === undefined) || (!(func0.call(data, "items")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.totalAmount === undefined) || (!(func0.call(data, "totalAmount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totalAmount"},message:"must have required property '"+"totalAmount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.createdAt === undefined) || (!(func0.call(data, "createdAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.items !== undefined && func0.call(data, "items")){
let data2 = data.items;
if(Array.isArray(data2)){
if(data2.length > 100){
const err9 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.productId === undefined) || (!(func0.call(data3, "productId")))){
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "productId"},message:"must have required property '"+"productId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data3.quantity === undefined) || (!(func0.call(data3, "quantity")))){
const err12 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.unitPrice === undefined) || (!(func0.call(data3, "unitPrice")))){
const err13 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "unitPrice"},message:"must have required property '"+"unitPrice"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.productId !== undefined && func0.call(data3, "productId")){
let data4 = data3.productId;
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
const err14 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err15 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.sku !== undefined && func0.call(data3, "sku")){
let data5 = data3.sku;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err16 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.name !== undefined && func0.call(data3, "name")){
let data6 = data3.name;
if(typeof data6 === "string"){
if((data6.length > 200 && func55(data6) > 200)){
const err18 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data6.length < 2 && func55(data6) < 1)){
const err19 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.quantity !== undefined && func0.call(data3, "quantity")){
let data7 = data3.quantity;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data3.unitPrice !== undefined && func0.call(data3, "unitPrice")){
let data8 = data3.unitPrice;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if((data8.amount === undefined) || (!(func0.call(data8, "amount")))){
const err24 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data8.currency === undefined) || (!(func0.call(data8, "currency")))){
const err25 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.amount !== undefined && func0.call(data8, "amount")){
let data9 = data8.amount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000000000 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data8.currency !== undefined && func0.call(data8, "currency")){
let data10 = data8.currency;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err29 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err31 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err32 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.totalAmount !== undefined && func0.call(data, "totalAmount")){
let data11 = data.totalAmount;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if((data11.amount === undefined) || (!(func0.call(data11, "amount")))){
const err34 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((data11.currency === undefined) || (!(func0.call(data11, "currency")))){
const err35 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.amount !== undefined && func0.call(data11, "amount")){
let data12 = data11.amount;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000000 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/totalAmount/amount",schemaPath:"#/properties/totalAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data11.currency !== undefined && func0.call(data11, "currency")){
let data13 = data11.currency;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err39 = {instancePath:instancePath+"/totalAmount/currency",schemaPath:"#/properties/totalAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/totalAmount/currency",schemaPath:"#/properties/totalAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/totalAmount",schemaPath:"#/properties/totalAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.createdAt !== undefined && func0.call(data, "createdAt")){
let data14 = data.createdAt;
if(typeof data14 === "string"){
if(!(formats4.validate(data14))){
const err42 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const validateOrderCreatedV2Publish: Validator = validate16;
const schema17 = {"type":"object","required":["orderId","userId","items","totals","shippingAddress","createdAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"items":{"type":"array","minItems":1,"maxItems":100,"items":{"title":"LineItem","description":"One product line of an order or a cart.","type":"object","required":["productId","quantity","unitPrice"],"properties":{"productId":{"type":"string","format":"uuid"},"sku":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"description":"Product name at the time the line was created.","type":"string","minLength":1,"maxLength":200},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unitPrice":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false}},"additionalProperties":false}},"totals":{"title":"OrderTotals","description":"The amounts of an order, all in the order's currency.","type":"object","required":["subtotal","tax","shipping","total"],"properties":{"subtotal":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"discount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"tax":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"shipping":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"total":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false}},"additionalProperties":false},"shippingAddress":{"title":"Address","description":"A postal address. Street lines, the recipient and the postal code are personal data.","type":"object","required":["line1","city","country"],"properties":{"recipientName":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line1":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line2":{"type":"string","maxLength":200,"x-herald-sensitive":true},"city":{"type":"string","minLength":1,"maxLength":100},"region":{"description":"State, province or county.","type":"string","minLength":1,"maxLength":100},"postalCode":{"type":"string","minLength":1,"maxLength":20,"x-herald-sensitive":true},"country":{"description":"ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$"}},"additionalProperties":false},"billingAddress":{"title":"Address","description":"A postal address. Street lines, the recipient and the postal code are personal data.","type":"object","required":["line1","city","country"],"properties":{"recipientName":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line1":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line2":{"type":"string","maxLength":200,"x-herald-sensitive":true},"city":{"type":"string","minLength":1,"maxLength":100},"region":{"description":"State, province or county.","type":"string","minLength":1,"maxLength":100},"postalCode":{"type":"string","minLength":1,"maxLength":20,"x-herald-sensitive":true},"country":{"description":"ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$"}},"additionalProperties":false},"metadata":{"title":"Metadata","description":"Free-form string annotations (source system, campaign, ...). Open on purpose: any key is allowed, values are short strings.","type":"object","maxProperties":50,"additionalProperties":{"type":"string","maxLength":500}},"createdAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.created:v2:publish"};
const pattern17 = new RegExp("^[A-Z]{2}$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.created:v2:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.items === undefined) || (!(func0.call(data, "items")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.totals === undefined) || (!(func0.call(data, "totals")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.shippingAddress === undefined) || (!(func0.call(data, "shippingAddress")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shippingAddress"},message:"must have required property '"+"shippingAddress"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.createdAt === undefined) || (!(func0.call(data, "createdAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema17.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data2 = data.vendorId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err11 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.items !== undefined && func0.call(data, "items")){
let data3 = data.items;
if(Array.isArray(data3)){
if(data3.length > 100){
const err13 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.length < 1){
const err14 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if((data4.productId === undefined) || (!(func0.call(data4, "productId")))){
const err15 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "productId"},message:"must have required property '"+"productId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data4.quantity === undefined) || (!(func0.call(data4, "quantity")))){
const err16 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data4.unitPrice === undefined) || (!(func0.call(data4, "unitPrice")))){
const err17 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "unitPrice"},message:"must have required property '"+"unitPrice"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 of Object.keys(data4)){
if(!(((((key1 === "productId") || (key1 === "sku")) || (key1 === "name")) || (key1 === "quantity")) || (key1 === "unitPrice"))){
const err18 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.productId !== undefined && func0.call(data4, "productId")){
let data5 = data4.productId;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err19 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err20 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.sku !== undefined && func0.call(data4, "sku")){
let data6 = data4.sku;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err21 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.name !== undefined && func0.call(data4, "name")){
let data7 = data4.name;
if(typeof data7 === "string"){
if((data7.length > 200 && func55(data7) > 200)){
const err23 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((data7.length < 2 && func55(data7) < 1)){
const err24 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.quantity !== undefined && func0.call(data4, "quantity")){
let data8 = data4.quantity;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data4.unitPrice !== undefined && func0.call(data4, "unitPrice")){
let data9 = data4.unitPrice;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if((data9.amount === undefined) || (!(func0.call(data9, "amount")))){
const err29 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((data9.currency === undefined) || (!(func0.call(data9, "currency")))){
const err30 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 of Object.keys(data9)){
if(!((key2 === "amount") || (key2 === "currency"))){
const err31 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.amount !== undefined && func0.call(data9, "amount")){
let data10 = data9.amount;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000000 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data9.currency !== undefined && func0.call(data9, "currency")){
let data11 = data9.currency;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err35 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.totals !== undefined && func0.call(data, "totals")){
let data12 = data.totals;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if((data12.subtotal === undefined) || (!(func0.call(data12, "subtotal")))){
const err40 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "subtotal"},message:"must have required property '"+"subtotal"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((data12.tax === undefined) || (!(func0.call(data12, "tax")))){
const err41 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "tax"},message:"must have required property '"+"tax"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((data12.shipping === undefined) || (!(func0.call(data12, "shipping")))){
const err42 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "shipping"},message:"must have required property '"+"shipping"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((data12.total === undefined) || (!(func0.call(data12, "total")))){
const err43 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 of Object.keys(data12)){
if(!(((((key3 === "subtotal") || (key3 === "discount")) || (key3 === "tax")) || (key3 === "shipping")) || (key3 === "total"))){
const err44 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.subtotal !== undefined && func0.call(data12, "subtotal")){
let data13 = data12.subtotal;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if((data13.amount === undefined) || (!(func0.call(data13, "amount")))){
const err45 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((data13.currency === undefined) || (!(func0.call(data13, "currency")))){
const err46 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key4 of Object.keys(data13)){
if(!((key4 === "amount") || (key4 === "currency"))){
const err47 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.amount !== undefined && func0.call(data13, "amount")){
let data14 = data13.amount;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err48 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1000000000000 || isNaN(data14)){
const err49 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err50 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data13.currency !== undefined && func0.call(data13, "currency")){
let data15 = data13.currency;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err51 = {instancePath:instancePath+"/totals/subtotal/currency",schemaPath:"#/properties/totals/properties/subtotal/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/totals/subtotal/currency",schemaPath:"#/properties/totals/properties/subtotal/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data12.discount !== undefined && func0.call(data12, "discount")){
let data16 = data12.discount;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if((data16.amount === undefined) || (!(func0.call(data16, "amount")))){
const err54 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((data16.currency === undefined) || (!(func0.call(data16, "currency")))){
const err55 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key5 of Object.keys(data16)){
if(!((key5 === "amount") || (key5 === "currency"))){
const err56 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.amount !== undefined && func0.call(data16, "amount")){
let data17 = data16.amount;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err57 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1000000000000 || isNaN(data17)){
const err58 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err59 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data16.currency !== undefined && func0.call(data16, "currency")){
let data18 = data16.currency;
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
const err60 = {instancePath:instancePath+"/totals/discount/currency",schemaPath:"#/properties/totals/properties/discount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/totals/discount/currency",schemaPath:"#/properties/totals/properties/discount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data12.tax !== undefined && func0.call(data12, "tax")){
let data19 = data12.tax;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if((data19.amount === undefined) || (!(func0.call(data19, "amount")))){
const err63 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((data19.currency === undefined) || (!(func0.call(data19, "currency")))){
const err64 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key6 of Object.keys(data19)){
if(!((key6 === "amount") || (key6 === "currency"))){
const err65 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data19.amount !== undefined && func0.call(data19, "amount")){
let data20 = data19.amount;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err66 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1000000000000 || isNaN(data20)){
const err67 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err68 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data19.currency !== undefined && func0.call(data19, "currency")){
let data21 = data19.currency;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err69 = {instancePath:instancePath+"/totals/tax/currency",schemaPath:"#/properties/totals/properties/tax/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/totals/tax/currency",schemaPath:"#/properties/totals/properties/tax/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data12.shipping !== undefined && func0.call(data12, "shipping")){
let data22 = data12.shipping;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if((data22.amount === undefined) || (!(func0.call(data22, "amount")))){
const err72 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((data22.currency === undefined) || (!(func0.call(data22, "currency")))){
const err73 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key7 of Object.keys(data22)){
if(!((key7 === "amount") || (key7 === "currency"))){
const err74 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data22.amount !== undefined && func0.call(data22, "amount")){
let data23 = data22.amount;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err75 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1000000000000 || isNaN(data23)){
const err76 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err77 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data22.currency !== undefined && func0.call(data22, "currency")){
let data24 = data22.currency;
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err78 = {instancePath:instancePath+"/totals/shipping/currency",schemaPath:"#/properties/totals/properties/shipping/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/totals/shipping/currency",schemaPath:"#/properties/totals/properties/shipping/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data12.total !== undefined && func0.call(data12, "total")){
let data25 = data12.total;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if((data25.amount === undefined) || (!(func0.call(data25, "amount")))){
const err81 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((data25.currency === undefined) || (!(func0.call(data25, "currency")))){
const err82 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key8 of Object.keys(data25)){
if(!((key8 === "amount") || (key8 === "currency"))){
const err83 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data25.amount !== undefined && func0.call(data25, "amount")){
let data26 = data25.amount;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err84 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1000000000000 || isNaN(data26)){
const err85 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err86 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data25.currency !== undefined && func0.call(data25, "currency")){
let data27 = data25.currency;
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
const err87 = {instancePath:instancePath+"/totals/total/currency",schemaPath:"#/properties/totals/properties/total/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/totals/total/currency",schemaPath:"#/properties/totals/properties/total/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.shippingAddress !== undefined && func0.call(data, "shippingAddress")){
let data28 = data.shippingAddress;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if((data28.line1 === undefined) || (!(func0.call(data28, "line1")))){
const err91 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((data28.city === undefined) || (!(func0.call(data28, "city")))){
const err92 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((data28.country === undefined) || (!(func0.call(data28, "country")))){
const err93 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key9 of Object.keys(data28)){
if(!(((((((key9 === "recipientName") || (key9 === "line1")) || (key9 === "line2")) || (key9 === "city")) || (key9 === "region")) || (key9 === "postalCode")) || (key9 === "country"))){
const err94 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data28.recipientName !== undefined && func0.call(data28, "recipientName")){
let data29 = data28.recipientName;
if(typeof data29 === "string"){
if((data29.length > 200 && func55(data29) > 200)){
const err95 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((data29.length < 2 && func55(data29) < 1)){
const err96 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data28.line1 !== undefined && func0.call(data28, "line1")){
let data30 = data28.line1;
if(typeof data30 === "string"){
if((data30.length > 200 && func55(data30) > 200)){
const err98 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((data30.length < 2 && func55(data30) < 1)){
const err99 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data28.line2 !== undefined && func0.call(data28, "line2")){
let data31 = data28.line2;
if(typeof data31 === "string"){
if((data31.length > 200 && func55(data31) > 200)){
const err101 = {instancePath:instancePath+"/shippingAddress/line2",schemaPath:"#/properties/shippingAddress/properties/line2/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/shippingAddress/line2",schemaPath:"#/properties/shippingAddress/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data28.city !== undefined && func0.call(data28, "city")){
let data32 = data28.city;
if(typeof data32 === "string"){
if((data32.length > 100 && func55(data32) > 100)){
const err103 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((data32.length < 2 && func55(data32) < 1)){
const err104 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data28.region !== undefined && func0.call(data28, "region")){
let data33 = data28.region;
if(typeof data33 === "string"){
if((data33.length > 100 && func55(data33) > 100)){
const err106 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((data33.length < 2 && func55(data33) < 1)){
const err107 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data28.postalCode !== undefined && func0.call(data28, "postalCode")){
let data34 = data28.postalCode;
if(typeof data34 === "string"){
if((data34.length > 20 && func55(data34) > 20)){
const err109 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((data34.length < 2 && func55(data34) < 1)){
const err110 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data28.country !== undefined && func0.call(data28, "country")){
let data35 = data28.country;
if(typeof data35 === "string"){
if(!pattern17.test(data35)){
const err112 = {instancePath:instancePath+"/shippingAddress/country",schemaPath:"#/properties/shippingAddress/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/shippingAddress/country",schemaPath:"#/properties/shippingAddress/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.billingAddress !== undefined && func0.call(data, "billingAddress")){
let data36 = data.billingAddress;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if((data36.line1 === undefined) || (!(func0.call(data36, "line1")))){
const err115 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if((data36.city === undefined) || (!(func0.call(data36, "city")))){
const err116 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((data36.country === undefined) || (!(func0.call(data36, "country")))){
const err117 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key10 of Object.keys(data36)){
if(!(((((((key10 === "recipientName") || (key10 === "line1")) || (key10 === "line2")) || (key10 === "city")) || (key10 === "region")) || (key10 === "postalCode")) || (key10 === "country"))){
const err118 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data36.recipientName !== undefined && func0.call(data36, "recipientName")){
let data37 = data36.recipientName;
if(typeof data37 === "string"){
if((data37.length > 200 && func55(data37) > 200)){
const err119 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((data37.length < 2 && func55(data37) < 1)){
const err120 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data36.line1 !== undefined && func0.call(data36, "line1")){
let data38 = data36.line1;
if(typeof data38 === "string"){
if((data38.length > 200 && func55(data38) > 200)){
const err122 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((data38.length < 2 && func55(data38) < 1)){
const err123 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data36.line2 !== undefined && func0.call(data36, "line2")){
let data39 = data36.line2;
if(typeof data39 === "string"){
if((data39.length > 200 && func55(data39) > 200)){
const err125 = {instancePath:instancePath+"/billingAddress/line2",schemaPath:"#/properties/billingAddress/properties/line2/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/billingAddress/line2",schemaPath:"#/properties/billingAddress/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data36.city !== undefined && func0.call(data36, "city")){
let data40 = data36.city;
if(typeof data40 === "string"){
if((data40.length > 100 && func55(data40) > 100)){
const err127 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((data40.length < 2 && func55(data40) < 1)){
const err128 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data36.region !== undefined && func0.call(data36, "region")){
let data41 = data36.region;
if(typeof data41 === "string"){
if((data41.length > 100 && func55(data41) > 100)){
const err130 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((data41.length < 2 && func55(data41) < 1)){
const err131 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data36.postalCode !== undefined && func0.call(data36, "postalCode")){
let data42 = data36.postalCode;
if(typeof data42 === "string"){
if((data42.length > 20 && func55(data42) > 20)){
const err133 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((data42.length < 2 && func55(data42) < 1)){
const err134 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data36.country !== undefined && func0.call(data36, "country")){
let data43 = data36.country;
if(typeof data43 === "string"){
if(!pattern17.test(data43)){
const err136 = {instancePath:instancePath+"/billingAddress/country",schemaPath:"#/properties/billingAddress/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/billingAddress/country",schemaPath:"#/properties/billingAddress/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.metadata !== undefined && func0.call(data, "metadata")){
let data44 = data.metadata;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(Object.keys(data44).length > 50){
const err139 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key11 of Object.keys(data44)){
let data45 = data44[key11];
if(typeof data45 === "string"){
if((data45.length > 500 && func55(data45) > 500)){
const err140 = {instancePath:instancePath+"/metadata/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/metadata/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data.createdAt !== undefined && func0.call(data, "createdAt")){
let data46 = data.createdAt;
if(typeof data46 === "string"){
if(!(formats4.validate(data46))){
const err143 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validateOrderCreatedV2Consume: Validator = validate17;
const schema18 = {"type":"object","required":["orderId","userId","items","totals","shippingAddress","createdAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"items":{"type":"array","minItems":1,"maxItems":100,"items":{"title":"LineItem","description":"One product line of an order or a cart.","type":"object","required":["productId","quantity","unitPrice"],"properties":{"productId":{"type":"string","format":"uuid"},"sku":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"name":{"description":"Product name at the time the line was created.","type":"string","minLength":1,"maxLength":200},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unitPrice":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}}}}},"totals":{"title":"OrderTotals","description":"The amounts of an order, all in the order's currency.","type":"object","required":["subtotal","tax","shipping","total"],"properties":{"subtotal":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"discount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"tax":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"shipping":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"total":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}}}},"shippingAddress":{"title":"Address","description":"A postal address. Street lines, the recipient and the postal code are personal data.","type":"object","required":["line1","city","country"],"properties":{"recipientName":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line1":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line2":{"type":"string","maxLength":200,"x-herald-sensitive":true},"city":{"type":"string","minLength":1,"maxLength":100},"region":{"description":"State, province or county.","type":"string","minLength":1,"maxLength":100},"postalCode":{"type":"string","minLength":1,"maxLength":20,"x-herald-sensitive":true},"country":{"description":"ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$"}}},"billingAddress":{"title":"Address","description":"A postal address. Street lines, the recipient and the postal code are personal data.","type":"object","required":["line1","city","country"],"properties":{"recipientName":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line1":{"type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"line2":{"type":"string","maxLength":200,"x-herald-sensitive":true},"city":{"type":"string","minLength":1,"maxLength":100},"region":{"description":"State, province or county.","type":"string","minLength":1,"maxLength":100},"postalCode":{"type":"string","minLength":1,"maxLength":20,"x-herald-sensitive":true},"country":{"description":"ISO 3166-1 alpha-2 country code.","type":"string","pattern":"^[A-Z]{2}$"}}},"metadata":{"title":"Metadata","description":"Free-form string annotations (source system, campaign, ...). Open on purpose: any key is allowed, values are short strings.","type":"object","maxProperties":50,"additionalProperties":{"type":"string","maxLength":500}},"createdAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.created:v2:consume"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.created:v2:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.items === undefined) || (!(func0.call(data, "items")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.totals === undefined) || (!(func0.call(data, "totals")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.shippingAddress === undefined) || (!(func0.call(data, "shippingAddress")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shippingAddress"},message:"must have required property '"+"shippingAddress"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.createdAt === undefined) || (!(func0.call(data, "createdAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data2 = data.vendorId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err10 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.items !== undefined && func0.call(data, "items")){
let data3 = data.items;
if(Array.isArray(data3)){
if(data3.length > 100){
const err12 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.length < 1){
const err13 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if((data4.productId === undefined) || (!(func0.call(data4, "productId")))){
const err14 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "productId"},message:"must have required property '"+"productId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data4.quantity === undefined) || (!(func0.call(data4, "quantity")))){
const err15 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data4.unitPrice === undefined) || (!(func0.call(data4, "unitPrice")))){
const err16 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "unitPrice"},message:"must have required property '"+"unitPrice"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.productId !== undefined && func0.call(data4, "productId")){
let data5 = data4.productId;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err17 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/items/" + i0+"/productId",schemaPath:"#/properties/items/items/properties/productId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.sku !== undefined && func0.call(data4, "sku")){
let data6 = data4.sku;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err19 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,64}$"+"\""};
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
const err20 = {instancePath:instancePath+"/items/" + i0+"/sku",schemaPath:"#/properties/items/items/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.name !== undefined && func0.call(data4, "name")){
let data7 = data4.name;
if(typeof data7 === "string"){
if((data7.length > 200 && func55(data7) > 200)){
const err21 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((data7.length < 2 && func55(data7) < 1)){
const err22 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err23 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"#/properties/items/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.quantity !== undefined && func0.call(data4, "quantity")){
let data8 = data4.quantity;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/items/" + i0+"/quantity",schemaPath:"#/properties/items/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data4.unitPrice !== undefined && func0.call(data4, "unitPrice")){
let data9 = data4.unitPrice;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if((data9.amount === undefined) || (!(func0.call(data9, "amount")))){
const err27 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((data9.currency === undefined) || (!(func0.call(data9, "currency")))){
const err28 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.amount !== undefined && func0.call(data9, "amount")){
let data10 = data9.amount;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000000 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/amount",schemaPath:"#/properties/items/items/properties/unitPrice/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data9.currency !== undefined && func0.call(data9, "currency")){
let data11 = data9.currency;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err32 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/items/" + i0+"/unitPrice/currency",schemaPath:"#/properties/items/items/properties/unitPrice/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/items/" + i0+"/unitPrice",schemaPath:"#/properties/items/items/properties/unitPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err35 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err36 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.totals !== undefined && func0.call(data, "totals")){
let data12 = data.totals;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if((data12.subtotal === undefined) || (!(func0.call(data12, "subtotal")))){
const err37 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "subtotal"},message:"must have required property '"+"subtotal"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data12.tax === undefined) || (!(func0.call(data12, "tax")))){
const err38 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "tax"},message:"must have required property '"+"tax"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((data12.shipping === undefined) || (!(func0.call(data12, "shipping")))){
const err39 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "shipping"},message:"must have required property '"+"shipping"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((data12.total === undefined) || (!(func0.call(data12, "total")))){
const err40 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12.subtotal !== undefined && func0.call(data12, "subtotal")){
let data13 = data12.subtotal;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if((data13.amount === undefined) || (!(func0.call(data13, "amount")))){
const err41 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((data13.currency === undefined) || (!(func0.call(data13, "currency")))){
const err42 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data13.amount !== undefined && func0.call(data13, "amount")){
let data14 = data13.amount;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err43 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1000000000000 || isNaN(data14)){
const err44 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/totals/subtotal/amount",schemaPath:"#/properties/totals/properties/subtotal/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data13.currency !== undefined && func0.call(data13, "currency")){
let data15 = data13.currency;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err46 = {instancePath:instancePath+"/totals/subtotal/currency",schemaPath:"#/properties/totals/properties/subtotal/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/totals/subtotal/currency",schemaPath:"#/properties/totals/properties/subtotal/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/totals/subtotal",schemaPath:"#/properties/totals/properties/subtotal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data12.discount !== undefined && func0.call(data12, "discount")){
let data16 = data12.discount;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if((data16.amount === undefined) || (!(func0.call(data16, "amount")))){
const err49 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((data16.currency === undefined) || (!(func0.call(data16, "currency")))){
const err50 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.amount !== undefined && func0.call(data16, "amount")){
let data17 = data16.amount;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err51 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1000000000000 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err53 = {instancePath:instancePath+"/totals/discount/amount",schemaPath:"#/properties/totals/properties/discount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data16.currency !== undefined && func0.call(data16, "currency")){
let data18 = data16.currency;
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
const err54 = {instancePath:instancePath+"/totals/discount/currency",schemaPath:"#/properties/totals/properties/discount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/totals/discount/currency",schemaPath:"#/properties/totals/properties/discount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/totals/discount",schemaPath:"#/properties/totals/properties/discount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data12.tax !== undefined && func0.call(data12, "tax")){
let data19 = data12.tax;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if((data19.amount === undefined) || (!(func0.call(data19, "amount")))){
const err57 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((data19.currency === undefined) || (!(func0.call(data19, "currency")))){
const err58 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.amount !== undefined && func0.call(data19, "amount")){
let data20 = data19.amount;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err59 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1000000000000 || isNaN(data20)){
const err60 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err61 = {instancePath:instancePath+"/totals/tax/amount",schemaPath:"#/properties/totals/properties/tax/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data19.currency !== undefined && func0.call(data19, "currency")){
let data21 = data19.currency;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err62 = {instancePath:instancePath+"/totals/tax/currency",schemaPath:"#/properties/totals/properties/tax/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/totals/tax/currency",schemaPath:"#/properties/totals/properties/tax/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/totals/tax",schemaPath:"#/properties/totals/properties/tax/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data12.shipping !== undefined && func0.call(data12, "shipping")){
let data22 = data12.shipping;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if((data22.amount === undefined) || (!(func0.call(data22, "amount")))){
const err65 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((data22.currency === undefined) || (!(func0.call(data22, "currency")))){
const err66 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data22.amount !== undefined && func0.call(data22, "amount")){
let data23 = data22.amount;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err67 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1000000000000 || isNaN(data23)){
const err68 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err69 = {instancePath:instancePath+"/totals/shipping/amount",schemaPath:"#/properties/totals/properties/shipping/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data22.currency !== undefined && func0.call(data22, "currency")){
let data24 = data22.currency;
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err70 = {instancePath:instancePath+"/totals/shipping/currency",schemaPath:"#/properties/totals/properties/shipping/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/totals/shipping/currency",schemaPath:"#/properties/totals/properties/shipping/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/totals/shipping",schemaPath:"#/properties/totals/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data12.total !== undefined && func0.call(data12, "total")){
let data25 = data12.total;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if((data25.amount === undefined) || (!(func0.call(data25, "amount")))){
const err73 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((data25.currency === undefined) || (!(func0.call(data25, "currency")))){
const err74 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data25.amount !== undefined && func0.call(data25, "amount")){
let data26 = data25.amount;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err75 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1000000000000 || isNaN(data26)){
const err76 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err77 = {instancePath:instancePath+"/totals/total/amount",schemaPath:"#/properties/totals/properties/total/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data25.currency !== undefined && func0.call(data25, "currency")){
let data27 = data25.currency;
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
const err78 = {instancePath:instancePath+"/totals/total/currency",schemaPath:"#/properties/totals/properties/total/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/totals/total/currency",schemaPath:"#/properties/totals/properties/total/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/totals/total",schemaPath:"#/properties/totals/properties/total/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/totals",schemaPath:"#/properties/totals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.shippingAddress !== undefined && func0.call(data, "shippingAddress")){
let data28 = data.shippingAddress;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if((data28.line1 === undefined) || (!(func0.call(data28, "line1")))){
const err82 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((data28.city === undefined) || (!(func0.call(data28, "city")))){
const err83 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((data28.country === undefined) || (!(func0.call(data28, "country")))){
const err84 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data28.recipientName !== undefined && func0.call(data28, "recipientName")){
let data29 = data28.recipientName;
if(typeof data29 === "string"){
if((data29.length > 200 && func55(data29) > 200)){
const err85 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((data29.length < 2 && func55(data29) < 1)){
const err86 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/shippingAddress/recipientName",schemaPath:"#/properties/shippingAddress/properties/recipientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data28.line1 !== undefined && func0.call(data28, "line1")){
let data30 = data28.line1;
if(typeof data30 === "string"){
if((data30.length > 200 && func55(data30) > 200)){
const err88 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((data30.length < 2 && func55(data30) < 1)){
const err89 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/shippingAddress/line1",schemaPath:"#/properties/shippingAddress/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data28.line2 !== undefined && func0.call(data28, "line2")){
let data31 = data28.line2;
if(typeof data31 === "string"){
if((data31.length > 200 && func55(data31) > 200)){
const err91 = {instancePath:instancePath+"/shippingAddress/line2",schemaPath:"#/properties/shippingAddress/properties/line2/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/shippingAddress/line2",schemaPath:"#/properties/shippingAddress/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data28.city !== undefined && func0.call(data28, "city")){
let data32 = data28.city;
if(typeof data32 === "string"){
if((data32.length > 100 && func55(data32) > 100)){
const err93 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((data32.length < 2 && func55(data32) < 1)){
const err94 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/shippingAddress/city",schemaPath:"#/properties/shippingAddress/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data28.region !== undefined && func0.call(data28, "region")){
let data33 = data28.region;
if(typeof data33 === "string"){
if((data33.length > 100 && func55(data33) > 100)){
const err96 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if((data33.length < 2 && func55(data33) < 1)){
const err97 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/shippingAddress/region",schemaPath:"#/properties/shippingAddress/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data28.postalCode !== undefined && func0.call(data28, "postalCode")){
let data34 = data28.postalCode;
if(typeof data34 === "string"){
if((data34.length > 20 && func55(data34) > 20)){
const err99 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((data34.length < 2 && func55(data34) < 1)){
const err100 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/shippingAddress/postalCode",schemaPath:"#/properties/shippingAddress/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data28.country !== undefined && func0.call(data28, "country")){
let data35 = data28.country;
if(typeof data35 === "string"){
if(!pattern17.test(data35)){
const err102 = {instancePath:instancePath+"/shippingAddress/country",schemaPath:"#/properties/shippingAddress/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/shippingAddress/country",schemaPath:"#/properties/shippingAddress/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/shippingAddress",schemaPath:"#/properties/shippingAddress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.billingAddress !== undefined && func0.call(data, "billingAddress")){
let data36 = data.billingAddress;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if((data36.line1 === undefined) || (!(func0.call(data36, "line1")))){
const err105 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "line1"},message:"must have required property '"+"line1"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((data36.city === undefined) || (!(func0.call(data36, "city")))){
const err106 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "city"},message:"must have required property '"+"city"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((data36.country === undefined) || (!(func0.call(data36, "country")))){
const err107 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data36.recipientName !== undefined && func0.call(data36, "recipientName")){
let data37 = data36.recipientName;
if(typeof data37 === "string"){
if((data37.length > 200 && func55(data37) > 200)){
const err108 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((data37.length < 2 && func55(data37) < 1)){
const err109 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/billingAddress/recipientName",schemaPath:"#/properties/billingAddress/properties/recipientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data36.line1 !== undefined && func0.call(data36, "line1")){
let data38 = data36.line1;
if(typeof data38 === "string"){
if((data38.length > 200 && func55(data38) > 200)){
const err111 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((data38.length < 2 && func55(data38) < 1)){
const err112 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/billingAddress/line1",schemaPath:"#/properties/billingAddress/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data36.line2 !== undefined && func0.call(data36, "line2")){
let data39 = data36.line2;
if(typeof data39 === "string"){
if((data39.length > 200 && func55(data39) > 200)){
const err114 = {instancePath:instancePath+"/billingAddress/line2",schemaPath:"#/properties/billingAddress/properties/line2/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/billingAddress/line2",schemaPath:"#/properties/billingAddress/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data36.city !== undefined && func0.call(data36, "city")){
let data40 = data36.city;
if(typeof data40 === "string"){
if((data40.length > 100 && func55(data40) > 100)){
const err116 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((data40.length < 2 && func55(data40) < 1)){
const err117 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/billingAddress/city",schemaPath:"#/properties/billingAddress/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data36.region !== undefined && func0.call(data36, "region")){
let data41 = data36.region;
if(typeof data41 === "string"){
if((data41.length > 100 && func55(data41) > 100)){
const err119 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((data41.length < 2 && func55(data41) < 1)){
const err120 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/billingAddress/region",schemaPath:"#/properties/billingAddress/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data36.postalCode !== undefined && func0.call(data36, "postalCode")){
let data42 = data36.postalCode;
if(typeof data42 === "string"){
if((data42.length > 20 && func55(data42) > 20)){
const err122 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((data42.length < 2 && func55(data42) < 1)){
const err123 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/billingAddress/postalCode",schemaPath:"#/properties/billingAddress/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data36.country !== undefined && func0.call(data36, "country")){
let data43 = data36.country;
if(typeof data43 === "string"){
if(!pattern17.test(data43)){
const err125 = {instancePath:instancePath+"/billingAddress/country",schemaPath:"#/properties/billingAddress/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/billingAddress/country",schemaPath:"#/properties/billingAddress/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/billingAddress",schemaPath:"#/properties/billingAddress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.metadata !== undefined && func0.call(data, "metadata")){
let data44 = data.metadata;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(Object.keys(data44).length > 50){
const err128 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key0 of Object.keys(data44)){
let data45 = data44[key0];
if(typeof data45 === "string"){
if((data45.length > 500 && func55(data45) > 500)){
const err129 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.createdAt !== undefined && func0.call(data, "createdAt")){
let data46 = data.createdAt;
if(typeof data46 === "string"){
if(!(formats4.validate(data46))){
const err132 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const validateOrderDeliveredV1Publish: Validator = validate18;
const schema19 = {"type":"object","required":["orderId","userId","deliveredAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"shipmentId":{"type":"string","format":"uuid"},"receivedBy":{"description":"Name of the person who signed for the parcel.","type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"proofOfDeliveryUrl":{"type":"string","format":"uri","maxLength":2048},"deliveredAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.delivered:v1:publish"};
const formats74 = runtime1.formats.uri;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.delivered:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.deliveredAt === undefined) || (!(func0.call(data, "deliveredAt")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliveredAt"},message:"must have required property '"+"deliveredAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "orderId") || (key0 === "userId")) || (key0 === "shipmentId")) || (key0 === "receivedBy")) || (key0 === "proofOfDeliveryUrl")) || (key0 === "deliveredAt"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.shipmentId !== undefined && func0.call(data, "shipmentId")){
let data2 = data.shipmentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err8 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.receivedBy !== undefined && func0.call(data, "receivedBy")){
let data3 = data.receivedBy;
if(typeof data3 === "string"){
if((data3.length > 200 && func55(data3) > 200)){
const err10 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err11 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.proofOfDeliveryUrl !== undefined && func0.call(data, "proofOfDeliveryUrl")){
let data4 = data.proofOfDeliveryUrl;
if(typeof data4 === "string"){
if((data4.length > 2048 && func55(data4) > 2048)){
const err13 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats74(data4))){
const err14 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err15 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.deliveredAt !== undefined && func0.call(data, "deliveredAt")){
let data5 = data.deliveredAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err16 = {instancePath:instancePath+"/deliveredAt",schemaPath:"#/properties/deliveredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/deliveredAt",schemaPath:"#/properties/deliveredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validateOrderDeliveredV1Consume: Validator = validate19;
const schema20 = {"type":"object","required":["orderId","userId","deliveredAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"shipmentId":{"type":"string","format":"uuid"},"receivedBy":{"description":"Name of the person who signed for the parcel.","type":"string","minLength":1,"maxLength":200,"x-herald-sensitive":true},"proofOfDeliveryUrl":{"type":"string","format":"uri","maxLength":2048},"deliveredAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.delivered:v1:consume"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.delivered:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.deliveredAt === undefined) || (!(func0.call(data, "deliveredAt")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliveredAt"},message:"must have required property '"+"deliveredAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err3 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err4 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.shipmentId !== undefined && func0.call(data, "shipmentId")){
let data2 = data.shipmentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err7 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.receivedBy !== undefined && func0.call(data, "receivedBy")){
let data3 = data.receivedBy;
if(typeof data3 === "string"){
if((data3.length > 200 && func55(data3) > 200)){
const err9 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err10 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/receivedBy",schemaPath:"#/properties/receivedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.proofOfDeliveryUrl !== undefined && func0.call(data, "proofOfDeliveryUrl")){
let data4 = data.proofOfDeliveryUrl;
if(typeof data4 === "string"){
if((data4.length > 2048 && func55(data4) > 2048)){
const err12 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats74(data4))){
const err13 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/proofOfDeliveryUrl",schemaPath:"#/properties/proofOfDeliveryUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.deliveredAt !== undefined && func0.call(data, "deliveredAt")){
let data5 = data.deliveredAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err15 = {instancePath:instancePath+"/deliveredAt",schemaPath:"#/properties/deliveredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/deliveredAt",schemaPath:"#/properties/deliveredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const validateOrderShippedV1Publish: Validator = validate20;
const schema21 = {"type":"object","required":["orderId","userId","shipmentId","carrier","trackingNumber","shippedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"shipmentId":{"type":"string","format":"uuid"},"carrier":{"type":"string","minLength":1,"maxLength":50},"trackingNumber":{"type":"string","minLength":1,"maxLength":64},"trackingUrl":{"type":"string","format":"uri","maxLength":2048},"estimatedDeliveryDate":{"type":"string","format":"date"},"shippedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.shipped:v1:publish"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.shipped:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.shipmentId === undefined) || (!(func0.call(data, "shipmentId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shipmentId"},message:"must have required property '"+"shipmentId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.carrier === undefined) || (!(func0.call(data, "carrier")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "carrier"},message:"must have required property '"+"carrier"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.trackingNumber === undefined) || (!(func0.call(data, "trackingNumber")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trackingNumber"},message:"must have required property '"+"trackingNumber"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.shippedAt === undefined) || (!(func0.call(data, "shippedAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shippedAt"},message:"must have required property '"+"shippedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((((key0 === "orderId") || (key0 === "userId")) || (key0 === "shipmentId")) || (key0 === "carrier")) || (key0 === "trackingNumber")) || (key0 === "trackingUrl")) || (key0 === "estimatedDeliveryDate")) || (key0 === "shippedAt"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shipmentId !== undefined && func0.call(data, "shipmentId")){
let data2 = data.shipmentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err11 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.carrier !== undefined && func0.call(data, "carrier")){
let data3 = data.carrier;
if(typeof data3 === "string"){
if((data3.length > 50 && func55(data3) > 50)){
const err13 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err14 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.trackingNumber !== undefined && func0.call(data, "trackingNumber")){
let data4 = data.trackingNumber;
if(typeof data4 === "string"){
if((data4.length > 64 && func55(data4) > 64)){
const err16 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data4.length < 2 && func55(data4) < 1)){
const err17 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.trackingUrl !== undefined && func0.call(data, "trackingUrl")){
let data5 = data.trackingUrl;
if(typeof data5 === "string"){
if((data5.length > 2048 && func55(data5) > 2048)){
const err19 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats74(data5))){
const err20 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.estimatedDeliveryDate !== undefined && func0.call(data, "estimatedDeliveryDate")){
let data6 = data.estimatedDeliveryDate;
if(typeof data6 === "string"){
if(!(formats18.validate(data6))){
const err22 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err23 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.shippedAt !== undefined && func0.call(data, "shippedAt")){
let data7 = data.shippedAt;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err24 = {instancePath:instancePath+"/shippedAt",schemaPath:"#/properties/shippedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err25 = {instancePath:instancePath+"/shippedAt",schemaPath:"#/properties/shippedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validateOrderShippedV1Consume: Validator = validate21;
const schema22 = {"type":"object","required":["orderId","userId","shipmentId","carrier","trackingNumber","shippedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"shipmentId":{"type":"string","format":"uuid"},"carrier":{"type":"string","minLength":1,"maxLength":50},"trackingNumber":{"type":"string","minLength":1,"maxLength":64},"trackingUrl":{"type":"string","format":"uri","maxLength":2048},"estimatedDeliveryDate":{"type":"string","format":"date"},"shippedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.shipped:v1:consume"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.shipped:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.shipmentId === undefined) || (!(func0.call(data, "shipmentId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shipmentId"},message:"must have required property '"+"shipmentId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.carrier === undefined) || (!(func0.call(data, "carrier")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "carrier"},message:"must have required property '"+"carrier"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.trackingNumber === undefined) || (!(func0.call(data, "trackingNumber")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trackingNumber"},message:"must have required property '"+"trackingNumber"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.shippedAt === undefined) || (!(func0.call(data, "shippedAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shippedAt"},message:"must have required property '"+"shippedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data1 = data.userId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.shipmentId !== undefined && func0.call(data, "shipmentId")){
let data2 = data.shipmentId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err10 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/shipmentId",schemaPath:"#/properties/shipmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.carrier !== undefined && func0.call(data, "carrier")){
let data3 = data.carrier;
if(typeof data3 === "string"){
if((data3.length > 50 && func55(data3) > 50)){
const err12 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err13 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.trackingNumber !== undefined && func0.call(data, "trackingNumber")){
let data4 = data.trackingNumber;
if(typeof data4 === "string"){
if((data4.length > 64 && func55(data4) > 64)){
const err15 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data4.length < 2 && func55(data4) < 1)){
const err16 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/trackingNumber",schemaPath:"#/properties/trackingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.trackingUrl !== undefined && func0.call(data, "trackingUrl")){
let data5 = data.trackingUrl;
if(typeof data5 === "string"){
if((data5.length > 2048 && func55(data5) > 2048)){
const err18 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats74(data5))){
const err19 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err20 = {instancePath:instancePath+"/trackingUrl",schemaPath:"#/properties/trackingUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.estimatedDeliveryDate !== undefined && func0.call(data, "estimatedDeliveryDate")){
let data6 = data.estimatedDeliveryDate;
if(typeof data6 === "string"){
if(!(formats18.validate(data6))){
const err21 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/estimatedDeliveryDate",schemaPath:"#/properties/estimatedDeliveryDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.shippedAt !== undefined && func0.call(data, "shippedAt")){
let data7 = data.shippedAt;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err23 = {instancePath:instancePath+"/shippedAt",schemaPath:"#/properties/shippedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/shippedAt",schemaPath:"#/properties/shippedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateOrderStatusChangedV1Publish: Validator = validate22;
const schema23 = {"type":"object","required":["orderId","previousStatus","status","changedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"previousStatus":{"title":"OrderStatus","type":"string","enum":["pending","confirmed","processing","shipped","delivered","cancelled","returned"]},"status":{"title":"OrderStatus","type":"string","enum":["pending","confirmed","processing","shipped","delivered","cancelled","returned"]},"reason":{"type":"string","minLength":1,"maxLength":500},"changedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:order:order.status_changed:v1:publish"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.status_changed:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.previousStatus === undefined) || (!(func0.call(data, "previousStatus")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousStatus"},message:"must have required property '"+"previousStatus"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.status === undefined) || (!(func0.call(data, "status")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.changedAt === undefined) || (!(func0.call(data, "changedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changedAt"},message:"must have required property '"+"changedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((key0 === "orderId") || (key0 === "previousStatus")) || (key0 === "status")) || (key0 === "reason")) || (key0 === "changedAt"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.previousStatus !== undefined && func0.call(data, "previousStatus")){
let data1 = data.previousStatus;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/previousStatus",schemaPath:"#/properties/previousStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((data1 === "pending") || (data1 === "confirmed")) || (data1 === "processing")) || (data1 === "shipped")) || (data1 === "delivered")) || (data1 === "cancelled")) || (data1 === "returned"))){
const err8 = {instancePath:instancePath+"/previousStatus",schemaPath:"#/properties/previousStatus/enum",keyword:"enum",params:{allowedValues: schema23.properties.previousStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined && func0.call(data, "status")){
let data2 = data.status;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((((data2 === "pending") || (data2 === "confirmed")) || (data2 === "processing")) || (data2 === "shipped")) || (data2 === "delivered")) || (data2 === "cancelled")) || (data2 === "returned"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema23.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data3 = data.reason;
if(typeof data3 === "string"){
if((data3.length > 500 && func55(data3) > 500)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.changedAt !== undefined && func0.call(data, "changedAt")){
let data4 = data.changedAt;
if(typeof data4 === "string"){
if(!(formats4.validate(data4))){
const err14 = {instancePath:instancePath+"/changedAt",schemaPath:"#/properties/changedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/changedAt",schemaPath:"#/properties/changedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const validateOrderStatusChangedV1Consume: Validator = validate23;
const schema24 = {"type":"object","required":["orderId","previousStatus","status","changedAt"],"properties":{"orderId":{"type":"string","format":"uuid"},"previousStatus":{"title":"OrderStatus","type":"string","enum":["pending","confirmed","processing","shipped","delivered","cancelled","returned"]},"status":{"title":"OrderStatus","type":"string","enum":["pending","confirmed","processing","shipped","delivered","cancelled","returned"]},"reason":{"type":"string","minLength":1,"maxLength":500},"changedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:order:order.status_changed:v1:consume"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:order:order.status_changed:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.previousStatus === undefined) || (!(func0.call(data, "previousStatus")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousStatus"},message:"must have required property '"+"previousStatus"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.status === undefined) || (!(func0.call(data, "status")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.changedAt === undefined) || (!(func0.call(data, "changedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changedAt"},message:"must have required property '"+"changedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data0 = data.orderId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.previousStatus !== undefined && func0.call(data, "previousStatus")){
let data1 = data.previousStatus;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/previousStatus",schemaPath:"#/properties/previousStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((data1 === "pending") || (data1 === "confirmed")) || (data1 === "processing")) || (data1 === "shipped")) || (data1 === "delivered")) || (data1 === "cancelled")) || (data1 === "returned"))){
const err7 = {instancePath:instancePath+"/previousStatus",schemaPath:"#/properties/previousStatus/enum",keyword:"enum",params:{allowedValues: schema24.properties.previousStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined && func0.call(data, "status")){
let data2 = data.status;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((((data2 === "pending") || (data2 === "confirmed")) || (data2 === "processing")) || (data2 === "shipped")) || (data2 === "delivered")) || (data2 === "cancelled")) || (data2 === "returned"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema24.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data3 = data.reason;
if(typeof data3 === "string"){
if((data3.length > 500 && func55(data3) > 500)){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data3.length < 2 && func55(data3) < 1)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.changedAt !== undefined && func0.call(data, "changedAt")){
let data4 = data.changedAt;
if(typeof data4 === "string"){
if(!(formats4.validate(data4))){
const err13 = {instancePath:instancePath+"/changedAt",schemaPath:"#/properties/changedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/changedAt",schemaPath:"#/properties/changedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
