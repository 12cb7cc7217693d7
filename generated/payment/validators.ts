// Generated from contracts/payment.asyncapi.yaml. Do not edit.
// @ts-nocheck
import type { Validator } from 'herald';
import * as runtime0Module from 'herald';
import * as runtime1Module from 'ajv/dist/runtime/ucs2length.js';
const runtime0 = typeof runtime0Module.default === 'object' && runtime0Module.default !== null ? runtime0Module.default : runtime0Module;
const runtime1 = typeof runtime1Module.default === 'object' && runtime1Module.default !== null ? runtime1Module.default : runtime1Module;

export const validatePaymentCompletedV1Publish: Validator = validate10;
const schema11 = {"type":"object","required":["paymentId","orderId","amount","completedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"fee":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"netAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"settlementDate":{"description":"Day the funds reach the merchant's account.","type":"string","format":"date"},"completedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.completed:v1:publish"};
const func0 = Object.prototype.hasOwnProperty;
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats4 = runtime0.formats.date;
const formats6 = runtime0.formats["date-time"];
const pattern0 = new RegExp("^[A-Z]{3}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.completed:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.completedAt === undefined) || (!(func0.call(data, "completedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completedAt"},message:"must have required property '"+"completedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((((key0 === "paymentId") || (key0 === "orderId")) || (key0 === "amount")) || (key0 === "fee")) || (key0 === "netAmount")) || (key0 === "settlementDate")) || (key0 === "completedAt"))){
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
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
if(data.amount !== undefined && func0.call(data, "amount")){
let data2 = data.amount;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if((data2.amount === undefined) || (!(func0.call(data2, "amount")))){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data2.currency === undefined) || (!(func0.call(data2, "currency")))){
const err10 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 of Object.keys(data2)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.amount !== undefined && func0.call(data2, "amount")){
let data3 = data2.amount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.currency !== undefined && func0.call(data2, "currency")){
let data4 = data2.currency;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err16 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.fee !== undefined && func0.call(data, "fee")){
let data5 = data.fee;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if((data5.amount === undefined) || (!(func0.call(data5, "amount")))){
const err18 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data5.currency === undefined) || (!(func0.call(data5, "currency")))){
const err19 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 of Object.keys(data5)){
if(!((key2 === "amount") || (key2 === "currency"))){
const err20 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.amount !== undefined && func0.call(data5, "amount")){
let data6 = data5.amount;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data5.currency !== undefined && func0.call(data5, "currency")){
let data7 = data5.currency;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err24 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err25 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.netAmount !== undefined && func0.call(data, "netAmount")){
let data8 = data.netAmount;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if((data8.amount === undefined) || (!(func0.call(data8, "amount")))){
const err27 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((data8.currency === undefined) || (!(func0.call(data8, "currency")))){
const err28 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key3 of Object.keys(data8)){
if(!((key3 === "amount") || (key3 === "currency"))){
const err29 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.amount !== undefined && func0.call(data8, "amount")){
let data9 = data8.amount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000000000 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data8.currency !== undefined && func0.call(data8, "currency")){
let data10 = data8.currency;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err33 = {instancePath:instancePath+"/netAmount/currency",schemaPath:"#/properties/netAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/netAmount/currency",schemaPath:"#/properties/netAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.settlementDate !== undefined && func0.call(data, "settlementDate")){
let data11 = data.settlementDate;
if(typeof data11 === "string"){
if(!(formats4.validate(data11))){
const err36 = {instancePath:instancePath+"/settlementDate",schemaPath:"#/properties/settlementDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/settlementDate",schemaPath:"#/properties/settlementDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.completedAt !== undefined && func0.call(data, "completedAt")){
let data12 = data.completedAt;
if(typeof data12 === "string"){
if(!(formats6.validate(data12))){
const err38 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validatePaymentCompletedV1Consume: Validator = validate11;
const schema12 = {"type":"object","required":["paymentId","orderId","amount","completedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"fee":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"netAmount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"settlementDate":{"description":"Day the funds reach the merchant's account.","type":"string","format":"date"},"completedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.completed:v1:consume"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.completed:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.completedAt === undefined) || (!(func0.call(data, "completedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completedAt"},message:"must have required property '"+"completedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
if(data.amount !== undefined && func0.call(data, "amount")){
let data2 = data.amount;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if((data2.amount === undefined) || (!(func0.call(data2, "amount")))){
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data2.currency === undefined) || (!(func0.call(data2, "currency")))){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.amount !== undefined && func0.call(data2, "amount")){
let data3 = data2.amount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.currency !== undefined && func0.call(data2, "currency")){
let data4 = data2.currency;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err14 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.fee !== undefined && func0.call(data, "fee")){
let data5 = data.fee;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if((data5.amount === undefined) || (!(func0.call(data5, "amount")))){
const err16 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data5.currency === undefined) || (!(func0.call(data5, "currency")))){
const err17 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
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
const err18 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err19 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err21 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err22 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.netAmount !== undefined && func0.call(data, "netAmount")){
let data8 = data.netAmount;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if((data8.amount === undefined) || (!(func0.call(data8, "amount")))){
const err24 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data8.currency === undefined) || (!(func0.call(data8, "currency")))){
const err25 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
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
const err26 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err27 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/netAmount/amount",schemaPath:"#/properties/netAmount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err29 = {instancePath:instancePath+"/netAmount/currency",schemaPath:"#/properties/netAmount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err30 = {instancePath:instancePath+"/netAmount/currency",schemaPath:"#/properties/netAmount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/netAmount",schemaPath:"#/properties/netAmount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.settlementDate !== undefined && func0.call(data, "settlementDate")){
let data11 = data.settlementDate;
if(typeof data11 === "string"){
if(!(formats4.validate(data11))){
const err32 = {instancePath:instancePath+"/settlementDate",schemaPath:"#/properties/settlementDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err33 = {instancePath:instancePath+"/settlementDate",schemaPath:"#/properties/settlementDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.completedAt !== undefined && func0.call(data, "completedAt")){
let data12 = data.completedAt;
if(typeof data12 === "string"){
if(!(formats6.validate(data12))){
const err34 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err35 = {instancePath:instancePath+"/completedAt",schemaPath:"#/properties/completedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const validatePaymentFailedV1Publish: Validator = validate12;
const schema13 = {"type":"object","required":["paymentId","orderId","userId","amount","failureCode","retryable","attempt","failedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"failureCode":{"type":"string","enum":["card_declined","insufficient_funds","expired_card","incorrect_cvc","authentication_required","fraud_suspected","processing_error","provider_timeout"]},"failureMessage":{"description":"The provider's message, for people; decide on failureCode, never on this.","type":"string","minLength":1,"maxLength":500},"retryable":{"description":"Whether trying the same payment method again may succeed.","type":"boolean"},"attempt":{"description":"1 for the first attempt.","type":"integer","minimum":1,"maximum":100},"failedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.failed:v1:publish"};
const func110 = runtime1.default;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.failed:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.failureCode === undefined) || (!(func0.call(data, "failureCode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failureCode"},message:"must have required property '"+"failureCode"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.retryable === undefined) || (!(func0.call(data, "retryable")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryable"},message:"must have required property '"+"retryable"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.attempt === undefined) || (!(func0.call(data, "attempt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.failedAt === undefined) || (!(func0.call(data, "failedAt")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failedAt"},message:"must have required property '"+"failedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(func0.call(schema13.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
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
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err12 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err13 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err14 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err21 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err22 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.failureCode !== undefined && func0.call(data, "failureCode")){
let data6 = data.failureCode;
if(typeof data6 !== "string"){
const err24 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((((data6 === "card_declined") || (data6 === "insufficient_funds")) || (data6 === "expired_card")) || (data6 === "incorrect_cvc")) || (data6 === "authentication_required")) || (data6 === "fraud_suspected")) || (data6 === "processing_error")) || (data6 === "provider_timeout"))){
const err25 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/enum",keyword:"enum",params:{allowedValues: schema13.properties.failureCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.failureMessage !== undefined && func0.call(data, "failureMessage")){
let data7 = data.failureMessage;
if(typeof data7 === "string"){
if((data7.length > 500 && func110(data7) > 500)){
const err26 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((data7.length < 2 && func110(data7) < 1)){
const err27 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.retryable !== undefined && func0.call(data, "retryable")){
if(typeof data.retryable !== "boolean"){
const err29 = {instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.attempt !== undefined && func0.call(data, "attempt")){
let data9 = data.attempt;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.failedAt !== undefined && func0.call(data, "failedAt")){
let data10 = data.failedAt;
if(typeof data10 === "string"){
if(!(formats6.validate(data10))){
const err33 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const validatePaymentFailedV1Consume: Validator = validate13;
const schema14 = {"type":"object","required":["paymentId","orderId","userId","amount","failureCode","retryable","attempt","failedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"failureCode":{"type":"string","enum":["card_declined","insufficient_funds","expired_card","incorrect_cvc","authentication_required","fraud_suspected","processing_error","provider_timeout"]},"failureMessage":{"description":"The provider's message, for people; decide on failureCode, never on this.","type":"string","minLength":1,"maxLength":500},"retryable":{"description":"Whether trying the same payment method again may succeed.","type":"boolean"},"attempt":{"description":"1 for the first attempt.","type":"integer","minimum":1,"maximum":100},"failedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.failed:v1:consume"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.failed:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.failureCode === undefined) || (!(func0.call(data, "failureCode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failureCode"},message:"must have required property '"+"failureCode"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.retryable === undefined) || (!(func0.call(data, "retryable")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryable"},message:"must have required property '"+"retryable"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.attempt === undefined) || (!(func0.call(data, "attempt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.failedAt === undefined) || (!(func0.call(data, "failedAt")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failedAt"},message:"must have required property '"+"failedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err12 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err13 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err19 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err20 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.failureCode !== undefined && func0.call(data, "failureCode")){
let data6 = data.failureCode;
if(typeof data6 !== "string"){
const err22 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((((data6 === "card_declined") || (data6 === "insufficient_funds")) || (data6 === "expired_card")) || (data6 === "incorrect_cvc")) || (data6 === "authentication_required")) || (data6 === "fraud_suspected")) || (data6 === "processing_error")) || (data6 === "provider_timeout"))){
const err23 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/enum",keyword:"enum",params:{allowedValues: schema14.properties.failureCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.failureMessage !== undefined && func0.call(data, "failureMessage")){
let data7 = data.failureMessage;
if(typeof data7 === "string"){
if((data7.length > 500 && func110(data7) > 500)){
const err24 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data7.length < 2 && func110(data7) < 1)){
const err25 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.retryable !== undefined && func0.call(data, "retryable")){
if(typeof data.retryable !== "boolean"){
const err27 = {instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.attempt !== undefined && func0.call(data, "attempt")){
let data9 = data.attempt;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.failedAt !== undefined && func0.call(data, "failedAt")){
let data10 = data.failedAt;
if(typeof data10 === "string"){
if(!(formats6.validate(data10))){
const err31 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const validatePaymentInitiatedV1Publish: Validator = validate14;
const schema15 = {"type":"object","required":["paymentId","orderId","userId","amount","method","provider","initiatedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"method":{"title":"PaymentMethod","description":"How the customer pays. Card details are limited to brand and last four digits.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["card","bank_transfer","paypal","apple_pay","google_pay","wallet"]},"brand":{"description":"Card network, for card payments.","type":"string","enum":["visa","mastercard","amex","discover","jcb","unionpay","other"]},"last4":{"description":"Last four digits of the card number.","type":"string","pattern":"^[0-9]{4}$","x-herald-sensitive":true},"token":{"description":"The provider's reusable payment-method token.","type":"string","minLength":1,"maxLength":255,"x-herald-sensitive":true}},"additionalProperties":false},"provider":{"title":"PaymentProvider","type":"string","enum":["stripe","adyen","paypal","braintree"]},"idempotencyKey":{"description":"Key sent to the provider so that a retried request never charges twice.","type":"string","minLength":1,"maxLength":255},"initiatedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.initiated:v1:publish"};
const pattern9 = new RegExp("^[0-9]{4}$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.initiated:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.method === undefined) || (!(func0.call(data, "method")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.initiatedAt === undefined) || (!(func0.call(data, "initiatedAt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initiatedAt"},message:"must have required property '"+"initiatedAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((((key0 === "paymentId") || (key0 === "orderId")) || (key0 === "userId")) || (key0 === "amount")) || (key0 === "method")) || (key0 === "provider")) || (key0 === "idempotencyKey")) || (key0 === "initiatedAt"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err12 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err13 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err20 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err21 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err22 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.method !== undefined && func0.call(data, "method")){
let data6 = data.method;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.type === undefined) || (!(func0.call(data6, "type")))){
const err23 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 of Object.keys(data6)){
if(!((((key2 === "type") || (key2 === "brand")) || (key2 === "last4")) || (key2 === "token"))){
const err24 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.type !== undefined && func0.call(data6, "type")){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err25 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((((((data7 === "card") || (data7 === "bank_transfer")) || (data7 === "paypal")) || (data7 === "apple_pay")) || (data7 === "google_pay")) || (data7 === "wallet"))){
const err26 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.properties.method.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.brand !== undefined && func0.call(data6, "brand")){
let data8 = data6.brand;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((((((data8 === "visa") || (data8 === "mastercard")) || (data8 === "amex")) || (data8 === "discover")) || (data8 === "jcb")) || (data8 === "unionpay")) || (data8 === "other"))){
const err28 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/enum",keyword:"enum",params:{allowedValues: schema15.properties.method.properties.brand.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.last4 !== undefined && func0.call(data6, "last4")){
let data9 = data6.last4;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err29 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
const err30 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.token !== undefined && func0.call(data6, "token")){
let data10 = data6.token;
if(typeof data10 === "string"){
if((data10.length > 255 && func110(data10) > 255)){
const err31 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((data10.length < 2 && func110(data10) < 1)){
const err32 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err33 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err34 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data11 = data.provider;
if(typeof data11 !== "string"){
const err35 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data11 === "stripe") || (data11 === "adyen")) || (data11 === "paypal")) || (data11 === "braintree"))){
const err36 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema15.properties.provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.idempotencyKey !== undefined && func0.call(data, "idempotencyKey")){
let data12 = data.idempotencyKey;
if(typeof data12 === "string"){
if((data12.length > 255 && func110(data12) > 255)){
const err37 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data12.length < 2 && func110(data12) < 1)){
const err38 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.initiatedAt !== undefined && func0.call(data, "initiatedAt")){
let data13 = data.initiatedAt;
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
const err40 = {instancePath:instancePath+"/initiatedAt",schemaPath:"#/properties/initiatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/initiatedAt",schemaPath:"#/properties/initiatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const validatePaymentInitiatedV1Consume: Validator = validate15;
const schema16 = {"type":"object","required":["paymentId","orderId","userId","amount","method","provider","initiatedAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"method":{"title":"PaymentMethod","description":"How the customer pays. Card details are limited to brand and last four digits.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["card","bank_transfer","paypal","apple_pay","google_pay","wallet"]},"brand":{"description":"Card network, for card payments.","type":"string","enum":["visa","mastercard","amex","discover","jcb","unionpay","other"]},"last4":{"description":"Last four digits of the card number.","type":"string","pattern":"^[0-9]{4}$","x-herald-sensitive":true},"token":{"description":"The provider's reusable payment-method token.","type":"string","minLength":1,"maxLength":255,"x-herald-sensitive":true}}},"provider":{"title":"PaymentProvider","type":"string","enum":["stripe","adyen","paypal","braintree"]},"idempotencyKey":{"description":"Key sent to the provider so that a retried request never charges twice.","type":"string","minLength":1,"maxLength":255},"initiatedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.initiated:v1:consume"};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.initiated:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.method === undefined) || (!(func0.call(data, "method")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.initiatedAt === undefined) || (!(func0.call(data, "initiatedAt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initiatedAt"},message:"must have required property '"+"initiatedAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err7 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err9 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err11 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err12 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err16 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err18 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err19 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.method !== undefined && func0.call(data, "method")){
let data6 = data.method;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.type === undefined) || (!(func0.call(data6, "type")))){
const err21 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.type !== undefined && func0.call(data6, "type")){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((data7 === "card") || (data7 === "bank_transfer")) || (data7 === "paypal")) || (data7 === "apple_pay")) || (data7 === "google_pay")) || (data7 === "wallet"))){
const err23 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.properties.method.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.brand !== undefined && func0.call(data6, "brand")){
let data8 = data6.brand;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((((data8 === "visa") || (data8 === "mastercard")) || (data8 === "amex")) || (data8 === "discover")) || (data8 === "jcb")) || (data8 === "unionpay")) || (data8 === "other"))){
const err25 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/enum",keyword:"enum",params:{allowedValues: schema16.properties.method.properties.brand.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.last4 !== undefined && func0.call(data6, "last4")){
let data9 = data6.last4;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err26 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
const err27 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.token !== undefined && func0.call(data6, "token")){
let data10 = data6.token;
if(typeof data10 === "string"){
if((data10.length > 255 && func110(data10) > 255)){
const err28 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((data10.length < 2 && func110(data10) < 1)){
const err29 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err30 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data11 = data.provider;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data11 === "stripe") || (data11 === "adyen")) || (data11 === "paypal")) || (data11 === "braintree"))){
const err33 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema16.properties.provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.idempotencyKey !== undefined && func0.call(data, "idempotencyKey")){
let data12 = data.idempotencyKey;
if(typeof data12 === "string"){
if((data12.length > 255 && func110(data12) > 255)){
const err34 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((data12.length < 2 && func110(data12) < 1)){
const err35 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err36 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.initiatedAt !== undefined && func0.call(data, "initiatedAt")){
let data13 = data.initiatedAt;
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
const err37 = {instancePath:instancePath+"/initiatedAt",schemaPath:"#/properties/initiatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/initiatedAt",schemaPath:"#/properties/initiatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const validatePaymentRefundFailedV1Publish: Validator = validate16;
const schema17 = {"type":"object","required":["refundId","paymentId","orderId","amount","failureCode","failedAt"],"properties":{"refundId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"failureCode":{"type":"string","enum":["charge_expired","insufficient_merchant_balance","account_closed","provider_error"]},"failureMessage":{"type":"string","minLength":1,"maxLength":500},"failedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.refund_failed:v1:publish"};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.refund_failed:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.refundId === undefined) || (!(func0.call(data, "refundId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundId"},message:"must have required property '"+"refundId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.failureCode === undefined) || (!(func0.call(data, "failureCode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failureCode"},message:"must have required property '"+"failureCode"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.failedAt === undefined) || (!(func0.call(data, "failedAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failedAt"},message:"must have required property '"+"failedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!(((((((key0 === "refundId") || (key0 === "paymentId")) || (key0 === "orderId")) || (key0 === "amount")) || (key0 === "failureCode")) || (key0 === "failureMessage")) || (key0 === "failedAt"))){
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
if(data.refundId !== undefined && func0.call(data, "refundId")){
let data0 = data.refundId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err7 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.paymentId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data2 = data.orderId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err12 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err19 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err20 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.failureCode !== undefined && func0.call(data, "failureCode")){
let data6 = data.failureCode;
if(typeof data6 !== "string"){
const err22 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((data6 === "charge_expired") || (data6 === "insufficient_merchant_balance")) || (data6 === "account_closed")) || (data6 === "provider_error"))){
const err23 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/enum",keyword:"enum",params:{allowedValues: schema17.properties.failureCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.failureMessage !== undefined && func0.call(data, "failureMessage")){
let data7 = data.failureMessage;
if(typeof data7 === "string"){
if((data7.length > 500 && func110(data7) > 500)){
const err24 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data7.length < 2 && func110(data7) < 1)){
const err25 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.failedAt !== undefined && func0.call(data, "failedAt")){
let data8 = data.failedAt;
if(typeof data8 === "string"){
if(!(formats6.validate(data8))){
const err27 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validatePaymentRefundFailedV1Consume: Validator = validate17;
const schema18 = {"type":"object","required":["refundId","paymentId","orderId","amount","failureCode","failedAt"],"properties":{"refundId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"failureCode":{"type":"string","enum":["charge_expired","insufficient_merchant_balance","account_closed","provider_error"]},"failureMessage":{"type":"string","minLength":1,"maxLength":500},"failedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.refund_failed:v1:consume"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.refund_failed:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.refundId === undefined) || (!(func0.call(data, "refundId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundId"},message:"must have required property '"+"refundId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.failureCode === undefined) || (!(func0.call(data, "failureCode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failureCode"},message:"must have required property '"+"failureCode"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.failedAt === undefined) || (!(func0.call(data, "failedAt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failedAt"},message:"must have required property '"+"failedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.refundId !== undefined && func0.call(data, "refundId")){
let data0 = data.refundId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data1 = data.paymentId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data2 = data.orderId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err12 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err17 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err18 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err19 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.failureCode !== undefined && func0.call(data, "failureCode")){
let data6 = data.failureCode;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data6 === "charge_expired") || (data6 === "insufficient_merchant_balance")) || (data6 === "account_closed")) || (data6 === "provider_error"))){
const err21 = {instancePath:instancePath+"/failureCode",schemaPath:"#/properties/failureCode/enum",keyword:"enum",params:{allowedValues: schema18.properties.failureCode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.failureMessage !== undefined && func0.call(data, "failureMessage")){
let data7 = data.failureMessage;
if(typeof data7 === "string"){
if((data7.length > 500 && func110(data7) > 500)){
const err22 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((data7.length < 2 && func110(data7) < 1)){
const err23 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/failureMessage",schemaPath:"#/properties/failureMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.failedAt !== undefined && func0.call(data, "failedAt")){
let data8 = data.failedAt;
if(typeof data8 === "string"){
if(!(formats6.validate(data8))){
const err25 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/failedAt",schemaPath:"#/properties/failedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const validatePaymentRefundedV1Publish: Validator = validate18;
const schema19 = {"type":"object","required":["refundId","paymentId","orderId","userId","amount","reason","partial","refundedAt"],"properties":{"refundId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"reason":{"type":"string","enum":["requested_by_customer","order_cancelled","product_return","duplicate","fraudulent"]},"partial":{"description":"True when less than the captured amount was refunded.","type":"boolean"},"refundedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.refunded:v1:publish"};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.refunded:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.refundId === undefined) || (!(func0.call(data, "refundId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundId"},message:"must have required property '"+"refundId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.partial === undefined) || (!(func0.call(data, "partial")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partial"},message:"must have required property '"+"partial"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.refundedAt === undefined) || (!(func0.call(data, "refundedAt")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundedAt"},message:"must have required property '"+"refundedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((((key0 === "refundId") || (key0 === "paymentId")) || (key0 === "orderId")) || (key0 === "userId")) || (key0 === "amount")) || (key0 === "reason")) || (key0 === "partial")) || (key0 === "refundedAt"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.refundId !== undefined && func0.call(data, "refundId")){
let data0 = data.refundId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err9 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err10 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data1 = data.paymentId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err11 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err12 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data2 = data.orderId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err13 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err14 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data3 = data.userId;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err15 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err16 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data4 = data.amount;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if((data4.amount === undefined) || (!(func0.call(data4, "amount")))){
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((data4.currency === undefined) || (!(func0.call(data4, "currency")))){
const err18 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 of Object.keys(data4)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err19 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.amount !== undefined && func0.call(data4, "amount")){
let data5 = data4.amount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data4.currency !== undefined && func0.call(data4, "currency")){
let data6 = data4.currency;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err23 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err24 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data7 = data.reason;
if(typeof data7 !== "string"){
const err26 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((((data7 === "requested_by_customer") || (data7 === "order_cancelled")) || (data7 === "product_return")) || (data7 === "duplicate")) || (data7 === "fraudulent"))){
const err27 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema19.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.partial !== undefined && func0.call(data, "partial")){
if(typeof data.partial !== "boolean"){
const err28 = {instancePath:instancePath+"/partial",schemaPath:"#/properties/partial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.refundedAt !== undefined && func0.call(data, "refundedAt")){
let data9 = data.refundedAt;
if(typeof data9 === "string"){
if(!(formats6.validate(data9))){
const err29 = {instancePath:instancePath+"/refundedAt",schemaPath:"#/properties/refundedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err30 = {instancePath:instancePath+"/refundedAt",schemaPath:"#/properties/refundedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validatePaymentRefundedV1Consume: Validator = validate19;
const schema20 = {"type":"object","required":["refundId","paymentId","orderId","userId","amount","reason","partial","refundedAt"],"properties":{"refundId":{"type":"string","format":"uuid"},"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"reason":{"type":"string","enum":["requested_by_customer","order_cancelled","product_return","duplicate","fraudulent"]},"partial":{"description":"True when less than the captured amount was refunded.","type":"boolean"},"refundedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.refunded:v1:consume"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.refunded:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.refundId === undefined) || (!(func0.call(data, "refundId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundId"},message:"must have required property '"+"refundId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.partial === undefined) || (!(func0.call(data, "partial")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partial"},message:"must have required property '"+"partial"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.refundedAt === undefined) || (!(func0.call(data, "refundedAt")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refundedAt"},message:"must have required property '"+"refundedAt"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.refundId !== undefined && func0.call(data, "refundId")){
let data0 = data.refundId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/refundId",schemaPath:"#/properties/refundId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.paymentId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data2 = data.orderId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err12 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err13 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data3 = data.userId;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err14 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err15 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data4 = data.amount;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if((data4.amount === undefined) || (!(func0.call(data4, "amount")))){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data4.currency === undefined) || (!(func0.call(data4, "currency")))){
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.amount !== undefined && func0.call(data4, "amount")){
let data5 = data4.amount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data4.currency !== undefined && func0.call(data4, "currency")){
let data6 = data4.currency;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err21 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err22 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data7 = data.reason;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data7 === "requested_by_customer") || (data7 === "order_cancelled")) || (data7 === "product_return")) || (data7 === "duplicate")) || (data7 === "fraudulent"))){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema20.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.partial !== undefined && func0.call(data, "partial")){
if(typeof data.partial !== "boolean"){
const err26 = {instancePath:instancePath+"/partial",schemaPath:"#/properties/partial/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.refundedAt !== undefined && func0.call(data, "refundedAt")){
let data9 = data.refundedAt;
if(typeof data9 === "string"){
if(!(formats6.validate(data9))){
const err27 = {instancePath:instancePath+"/refundedAt",schemaPath:"#/properties/refundedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/refundedAt",schemaPath:"#/properties/refundedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const validatePaymentSucceededV1Publish: Validator = validate20;
const schema21 = {"type":"object","required":["paymentId","orderId","userId","amount","provider","providerTransactionId","succeededAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}},"additionalProperties":false},"method":{"title":"PaymentMethod","description":"How the customer pays. Card details are limited to brand and last four digits.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["card","bank_transfer","paypal","apple_pay","google_pay","wallet"]},"brand":{"description":"Card network, for card payments.","type":"string","enum":["visa","mastercard","amex","discover","jcb","unionpay","other"]},"last4":{"description":"Last four digits of the card number.","type":"string","pattern":"^[0-9]{4}$","x-herald-sensitive":true},"token":{"description":"The provider's reusable payment-method token.","type":"string","minLength":1,"maxLength":255,"x-herald-sensitive":true}},"additionalProperties":false},"provider":{"title":"PaymentProvider","type":"string","enum":["stripe","adyen","paypal","braintree"]},"providerTransactionId":{"type":"string","minLength":1,"maxLength":128},"succeededAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:payment:payment.succeeded:v1:publish"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.succeeded:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.providerTransactionId === undefined) || (!(func0.call(data, "providerTransactionId")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "providerTransactionId"},message:"must have required property '"+"providerTransactionId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.succeededAt === undefined) || (!(func0.call(data, "succeededAt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "succeededAt"},message:"must have required property '"+"succeededAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((((key0 === "paymentId") || (key0 === "orderId")) || (key0 === "userId")) || (key0 === "amount")) || (key0 === "method")) || (key0 === "provider")) || (key0 === "providerTransactionId")) || (key0 === "succeededAt"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err11 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err12 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err13 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 of Object.keys(data3)){
if(!((key1 === "amount") || (key1 === "currency"))){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.currency !== undefined && func0.call(data3, "currency")){
let data5 = data3.currency;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err20 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err21 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err22 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.method !== undefined && func0.call(data, "method")){
let data6 = data.method;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.type === undefined) || (!(func0.call(data6, "type")))){
const err23 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 of Object.keys(data6)){
if(!((((key2 === "type") || (key2 === "brand")) || (key2 === "last4")) || (key2 === "token"))){
const err24 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.type !== undefined && func0.call(data6, "type")){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err25 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((((((data7 === "card") || (data7 === "bank_transfer")) || (data7 === "paypal")) || (data7 === "apple_pay")) || (data7 === "google_pay")) || (data7 === "wallet"))){
const err26 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/enum",keyword:"enum",params:{allowedValues: schema21.properties.method.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.brand !== undefined && func0.call(data6, "brand")){
let data8 = data6.brand;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((((((data8 === "visa") || (data8 === "mastercard")) || (data8 === "amex")) || (data8 === "discover")) || (data8 === "jcb")) || (data8 === "unionpay")) || (data8 === "other"))){
const err28 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/enum",keyword:"enum",params:{allowedValues: schema21.properties.method.properties.brand.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.last4 !== undefined && func0.call(data6, "last4")){
let data9 = data6.last4;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err29 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
const err30 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.token !== undefined && func0.call(data6, "token")){
let data10 = data6.token;
if(typeof data10 === "string"){
if((data10.length > 255 && func110(data10) > 255)){
const err31 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((data10.length < 2 && func110(data10) < 1)){
const err32 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err33 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err34 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data11 = data.provider;
if(typeof data11 !== "string"){
const err35 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data11 === "stripe") || (data11 === "adyen")) || (data11 === "paypal")) || (data11 === "braintree"))){
const err36 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema21.properties.provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.providerTransactionId !== undefined && func0.call(data, "providerTransactionId")){
let data12 = data.providerTransactionId;
if(typeof data12 === "string"){
if((data12.length > 128 && func110(data12) > 128)){
const err37 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data12.length < 2 && func110(data12) < 1)){
const err38 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.succeededAt !== undefined && func0.call(data, "succeededAt")){
let data13 = data.succeededAt;
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
const err40 = {instancePath:instancePath+"/succeededAt",schemaPath:"#/properties/succeededAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/succeededAt",schemaPath:"#/properties/succeededAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validatePaymentSucceededV1Consume: Validator = validate21;
const schema22 = {"type":"object","required":["paymentId","orderId","userId","amount","provider","providerTransactionId","succeededAt"],"properties":{"paymentId":{"type":"string","format":"uuid"},"orderId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"amount":{"title":"Money","description":"An amount of money in the currency's minor unit (cents for EUR/USD, yen for JPY), never a float.","type":"object","required":["amount","currency"],"properties":{"amount":{"description":"Amount in minor units.","type":"integer","minimum":0,"maximum":1000000000000},"currency":{"description":"ISO 4217 alphabetic currency code.","type":"string","pattern":"^[A-Z]{3}$"}}},"method":{"title":"PaymentMethod","description":"How the customer pays. Card details are limited to brand and last four digits.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["card","bank_transfer","paypal","apple_pay","google_pay","wallet"]},"brand":{"description":"Card network, for card payments.","type":"string","enum":["visa","mastercard","amex","discover","jcb","unionpay","other"]},"last4":{"description":"Last four digits of the card number.","type":"string","pattern":"^[0-9]{4}$","x-herald-sensitive":true},"token":{"description":"The provider's reusable payment-method token.","type":"string","minLength":1,"maxLength":255,"x-herald-sensitive":true}}},"provider":{"title":"PaymentProvider","type":"string","enum":["stripe","adyen","paypal","braintree"]},"providerTransactionId":{"type":"string","minLength":1,"maxLength":128},"succeededAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:payment:payment.succeeded:v1:consume"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:payment:payment.succeeded:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.paymentId === undefined) || (!(func0.call(data, "paymentId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentId"},message:"must have required property '"+"paymentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.orderId === undefined) || (!(func0.call(data, "orderId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "orderId"},message:"must have required property '"+"orderId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.userId === undefined) || (!(func0.call(data, "userId")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.amount === undefined) || (!(func0.call(data, "amount")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.providerTransactionId === undefined) || (!(func0.call(data, "providerTransactionId")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "providerTransactionId"},message:"must have required property '"+"providerTransactionId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.succeededAt === undefined) || (!(func0.call(data, "succeededAt")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "succeededAt"},message:"must have required property '"+"succeededAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paymentId !== undefined && func0.call(data, "paymentId")){
let data0 = data.paymentId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err7 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/paymentId",schemaPath:"#/properties/paymentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.orderId !== undefined && func0.call(data, "orderId")){
let data1 = data.orderId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err9 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err10 = {instancePath:instancePath+"/orderId",schemaPath:"#/properties/orderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.userId !== undefined && func0.call(data, "userId")){
let data2 = data.userId;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err11 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err12 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.amount !== undefined && func0.call(data, "amount")){
let data3 = data.amount;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.amount === undefined) || (!(func0.call(data3, "amount")))){
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.currency === undefined) || (!(func0.call(data3, "currency")))){
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.amount !== undefined && func0.call(data3, "amount")){
let data4 = data3.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err16 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/amount/amount",schemaPath:"#/properties/amount/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err18 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err19 = {instancePath:instancePath+"/amount/currency",schemaPath:"#/properties/amount/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.method !== undefined && func0.call(data, "method")){
let data6 = data.method;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.type === undefined) || (!(func0.call(data6, "type")))){
const err21 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.type !== undefined && func0.call(data6, "type")){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((data7 === "card") || (data7 === "bank_transfer")) || (data7 === "paypal")) || (data7 === "apple_pay")) || (data7 === "google_pay")) || (data7 === "wallet"))){
const err23 = {instancePath:instancePath+"/method/type",schemaPath:"#/properties/method/properties/type/enum",keyword:"enum",params:{allowedValues: schema22.properties.method.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.brand !== undefined && func0.call(data6, "brand")){
let data8 = data6.brand;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((((data8 === "visa") || (data8 === "mastercard")) || (data8 === "amex")) || (data8 === "discover")) || (data8 === "jcb")) || (data8 === "unionpay")) || (data8 === "other"))){
const err25 = {instancePath:instancePath+"/method/brand",schemaPath:"#/properties/method/properties/brand/enum",keyword:"enum",params:{allowedValues: schema22.properties.method.properties.brand.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.last4 !== undefined && func0.call(data6, "last4")){
let data9 = data6.last4;
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err26 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
const err27 = {instancePath:instancePath+"/method/last4",schemaPath:"#/properties/method/properties/last4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.token !== undefined && func0.call(data6, "token")){
let data10 = data6.token;
if(typeof data10 === "string"){
if((data10.length > 255 && func110(data10) > 255)){
const err28 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((data10.length < 2 && func110(data10) < 1)){
const err29 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err30 = {instancePath:instancePath+"/method/token",schemaPath:"#/properties/method/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data11 = data.provider;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data11 === "stripe") || (data11 === "adyen")) || (data11 === "paypal")) || (data11 === "braintree"))){
const err33 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema22.properties.provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.providerTransactionId !== undefined && func0.call(data, "providerTransactionId")){
let data12 = data.providerTransactionId;
if(typeof data12 === "string"){
if((data12.length > 128 && func110(data12) > 128)){
const err34 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((data12.length < 2 && func110(data12) < 1)){
const err35 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err36 = {instancePath:instancePath+"/providerTransactionId",schemaPath:"#/properties/providerTransactionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.succeededAt !== undefined && func0.call(data, "succeededAt")){
let data13 = data.succeededAt;
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
const err37 = {instancePath:instancePath+"/succeededAt",schemaPath:"#/properties/succeededAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/succeededAt",schemaPath:"#/properties/succeededAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
