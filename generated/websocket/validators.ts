// Generated from contracts/websocket.asyncapi.yaml. Do not edit.
// @ts-nocheck
import type { Validator } from 'herald';
import * as runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import * as runtime1Module from 'herald';
const runtime0 = typeof runtime0Module.default === 'object' && runtime0Module.default !== null ? runtime0Module.default : runtime0Module;
const runtime1 = typeof runtime1Module.default === 'object' && runtime1Module.default !== null ? runtime1Module.default : runtime1Module;

export const validateWebsocketUserConnectedV1Publish: Validator = validate10;
const schema11 = {"type":"object","required":["connectionId","userId","gatewayInstance","connectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"gatewayInstance":{"description":"The gateway node holding the connection.","type":"string","minLength":1,"maxLength":100},"clientIp":{"description":"Client IP address (IPv4 or IPv6).","type":"string","minLength":2,"maxLength":45,"x-herald-sensitive":true},"userAgent":{"type":"string","maxLength":512},"connectedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:websocket:websocket.user.connected:v1:publish"};
const func0 = Object.prototype.hasOwnProperty;
const func52 = runtime0.default;
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats4 = runtime1.formats["date-time"];

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.user.connected:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
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
if((data.gatewayInstance === undefined) || (!(func0.call(data, "gatewayInstance")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gatewayInstance"},message:"must have required property '"+"gatewayInstance"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.connectedAt === undefined) || (!(func0.call(data, "connectedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectedAt"},message:"must have required property '"+"connectedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "connectionId") || (key0 === "userId")) || (key0 === "gatewayInstance")) || (key0 === "clientIp")) || (key0 === "userAgent")) || (key0 === "connectedAt"))){
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
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.gatewayInstance !== undefined && func0.call(data, "gatewayInstance")){
let data2 = data.gatewayInstance;
if(typeof data2 === "string"){
if((data2.length > 100 && func52(data2) > 100)){
const err9 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data2.length < 2 && func52(data2) < 1)){
const err10 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.clientIp !== undefined && func0.call(data, "clientIp")){
let data3 = data.clientIp;
if(typeof data3 === "string"){
if((data3.length > 45 && func52(data3) > 45)){
const err12 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/maxLength",keyword:"maxLength",params:{limit: 45},message:"must NOT have more than 45 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.length < 4 && func52(data3) < 2)){
const err13 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err14 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.userAgent !== undefined && func0.call(data, "userAgent")){
let data4 = data.userAgent;
if(typeof data4 === "string"){
if((data4.length > 512 && func52(data4) > 512)){
const err15 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
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
const err16 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connectedAt !== undefined && func0.call(data, "connectedAt")){
let data5 = data.connectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err17 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateWebsocketUserConnectedV1Consume: Validator = validate11;
const schema12 = {"type":"object","required":["connectionId","userId","gatewayInstance","connectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"gatewayInstance":{"description":"The gateway node holding the connection.","type":"string","minLength":1,"maxLength":100},"clientIp":{"description":"Client IP address (IPv4 or IPv6).","type":"string","minLength":2,"maxLength":45,"x-herald-sensitive":true},"userAgent":{"type":"string","maxLength":512},"connectedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:websocket:websocket.user.connected:v1:consume"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.user.connected:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
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
if((data.gatewayInstance === undefined) || (!(func0.call(data, "gatewayInstance")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gatewayInstance"},message:"must have required property '"+"gatewayInstance"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.connectedAt === undefined) || (!(func0.call(data, "connectedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectedAt"},message:"must have required property '"+"connectedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.gatewayInstance !== undefined && func0.call(data, "gatewayInstance")){
let data2 = data.gatewayInstance;
if(typeof data2 === "string"){
if((data2.length > 100 && func52(data2) > 100)){
const err8 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data2.length < 2 && func52(data2) < 1)){
const err9 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.clientIp !== undefined && func0.call(data, "clientIp")){
let data3 = data.clientIp;
if(typeof data3 === "string"){
if((data3.length > 45 && func52(data3) > 45)){
const err11 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/maxLength",keyword:"maxLength",params:{limit: 45},message:"must NOT have more than 45 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data3.length < 4 && func52(data3) < 2)){
const err12 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err13 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.userAgent !== undefined && func0.call(data, "userAgent")){
let data4 = data.userAgent;
if(typeof data4 === "string"){
if((data4.length > 512 && func52(data4) > 512)){
const err14 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
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
const err15 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.connectedAt !== undefined && func0.call(data, "connectedAt")){
let data5 = data.connectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err16 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err17 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate11.errors = vErrors;
return errors === 0;
}

export const validateWebsocketUserDisconnectedV1Publish: Validator = validate12;
const schema13 = {"type":"object","required":["connectionId","userId","reason","durationSeconds","disconnectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"reason":{"title":"DisconnectReason","type":"string","enum":["client_closed","server_shutdown","timeout","error","unauthorized"]},"closeCode":{"description":"WebSocket close code (RFC 6455).","type":"integer","minimum":1000,"maximum":4999},"durationSeconds":{"type":"integer","minimum":0},"disconnectedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:websocket:websocket.user.disconnected:v1:publish"};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.user.disconnected:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
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
if((data.durationSeconds === undefined) || (!(func0.call(data, "durationSeconds")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "durationSeconds"},message:"must have required property '"+"durationSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.disconnectedAt === undefined) || (!(func0.call(data, "disconnectedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disconnectedAt"},message:"must have required property '"+"disconnectedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "connectionId") || (key0 === "userId")) || (key0 === "reason")) || (key0 === "closeCode")) || (key0 === "durationSeconds")) || (key0 === "disconnectedAt"))){
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
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(((((data2 === "client_closed") || (data2 === "server_shutdown")) || (data2 === "timeout")) || (data2 === "error")) || (data2 === "unauthorized"))){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema13.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.closeCode !== undefined && func0.call(data, "closeCode")){
let data3 = data.closeCode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4999 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4999},message:"must be <= 4999"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 1000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
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
if(data.durationSeconds !== undefined && func0.call(data, "durationSeconds")){
let data4 = data.durationSeconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.disconnectedAt !== undefined && func0.call(data, "disconnectedAt")){
let data5 = data.disconnectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err17 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const validateWebsocketUserDisconnectedV1Consume: Validator = validate13;
const schema14 = {"type":"object","required":["connectionId","userId","reason","durationSeconds","disconnectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"userId":{"type":"string","format":"uuid"},"reason":{"title":"DisconnectReason","type":"string","enum":["client_closed","server_shutdown","timeout","error","unauthorized"]},"closeCode":{"description":"WebSocket close code (RFC 6455).","type":"integer","minimum":1000,"maximum":4999},"durationSeconds":{"type":"integer","minimum":0},"disconnectedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:websocket:websocket.user.disconnected:v1:consume"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.user.disconnected:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
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
if((data.durationSeconds === undefined) || (!(func0.call(data, "durationSeconds")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "durationSeconds"},message:"must have required property '"+"durationSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.disconnectedAt === undefined) || (!(func0.call(data, "disconnectedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disconnectedAt"},message:"must have required property '"+"disconnectedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(((((data2 === "client_closed") || (data2 === "server_shutdown")) || (data2 === "timeout")) || (data2 === "error")) || (data2 === "unauthorized"))){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema14.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.closeCode !== undefined && func0.call(data, "closeCode")){
let data3 = data.closeCode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4999 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4999},message:"must be <= 4999"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.durationSeconds !== undefined && func0.call(data, "durationSeconds")){
let data4 = data.durationSeconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.disconnectedAt !== undefined && func0.call(data, "disconnectedAt")){
let data5 = data.disconnectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err16 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err17 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate13.errors = vErrors;
return errors === 0;
}

export const validateWebsocketVendorConnectedV1Publish: Validator = validate14;
const schema15 = {"type":"object","required":["connectionId","vendorId","gatewayInstance","connectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"gatewayInstance":{"description":"The gateway node holding the connection.","type":"string","minLength":1,"maxLength":100},"clientIp":{"description":"Client IP address (IPv4 or IPv6).","type":"string","minLength":2,"maxLength":45,"x-herald-sensitive":true},"userAgent":{"type":"string","maxLength":512},"connectedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:websocket:websocket.vendor.connected:v1:publish"};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.vendor.connected:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.vendorId === undefined) || (!(func0.call(data, "vendorId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendorId"},message:"must have required property '"+"vendorId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.gatewayInstance === undefined) || (!(func0.call(data, "gatewayInstance")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gatewayInstance"},message:"must have required property '"+"gatewayInstance"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.connectedAt === undefined) || (!(func0.call(data, "connectedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectedAt"},message:"must have required property '"+"connectedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "connectionId") || (key0 === "vendorId")) || (key0 === "gatewayInstance")) || (key0 === "clientIp")) || (key0 === "userAgent")) || (key0 === "connectedAt"))){
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
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data1 = data.vendorId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.gatewayInstance !== undefined && func0.call(data, "gatewayInstance")){
let data2 = data.gatewayInstance;
if(typeof data2 === "string"){
if((data2.length > 100 && func52(data2) > 100)){
const err9 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data2.length < 2 && func52(data2) < 1)){
const err10 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.clientIp !== undefined && func0.call(data, "clientIp")){
let data3 = data.clientIp;
if(typeof data3 === "string"){
if((data3.length > 45 && func52(data3) > 45)){
const err12 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/maxLength",keyword:"maxLength",params:{limit: 45},message:"must NOT have more than 45 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data3.length < 4 && func52(data3) < 2)){
const err13 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err14 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.userAgent !== undefined && func0.call(data, "userAgent")){
let data4 = data.userAgent;
if(typeof data4 === "string"){
if((data4.length > 512 && func52(data4) > 512)){
const err15 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
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
const err16 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connectedAt !== undefined && func0.call(data, "connectedAt")){
let data5 = data.connectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err17 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const validateWebsocketVendorConnectedV1Consume: Validator = validate15;
const schema16 = {"type":"object","required":["connectionId","vendorId","gatewayInstance","connectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"gatewayInstance":{"description":"The gateway node holding the connection.","type":"string","minLength":1,"maxLength":100},"clientIp":{"description":"Client IP address (IPv4 or IPv6).","type":"string","minLength":2,"maxLength":45,"x-herald-sensitive":true},"userAgent":{"type":"string","maxLength":512},"connectedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:websocket:websocket.vendor.connected:v1:consume"};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.vendor.connected:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.vendorId === undefined) || (!(func0.call(data, "vendorId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendorId"},message:"must have required property '"+"vendorId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.gatewayInstance === undefined) || (!(func0.call(data, "gatewayInstance")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gatewayInstance"},message:"must have required property '"+"gatewayInstance"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.connectedAt === undefined) || (!(func0.call(data, "connectedAt")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectedAt"},message:"must have required property '"+"connectedAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data1 = data.vendorId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err6 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gatewayInstance !== undefined && func0.call(data, "gatewayInstance")){
let data2 = data.gatewayInstance;
if(typeof data2 === "string"){
if((data2.length > 100 && func52(data2) > 100)){
const err8 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data2.length < 2 && func52(data2) < 1)){
const err9 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/gatewayInstance",schemaPath:"#/properties/gatewayInstance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.clientIp !== undefined && func0.call(data, "clientIp")){
let data3 = data.clientIp;
if(typeof data3 === "string"){
if((data3.length > 45 && func52(data3) > 45)){
const err11 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/maxLength",keyword:"maxLength",params:{limit: 45},message:"must NOT have more than 45 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data3.length < 4 && func52(data3) < 2)){
const err12 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
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
const err13 = {instancePath:instancePath+"/clientIp",schemaPath:"#/properties/clientIp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.userAgent !== undefined && func0.call(data, "userAgent")){
let data4 = data.userAgent;
if(typeof data4 === "string"){
if((data4.length > 512 && func52(data4) > 512)){
const err14 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
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
const err15 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.connectedAt !== undefined && func0.call(data, "connectedAt")){
let data5 = data.connectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err16 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err17 = {instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate15.errors = vErrors;
return errors === 0;
}

export const validateWebsocketVendorDisconnectedV1Publish: Validator = validate16;
const schema17 = {"type":"object","required":["connectionId","vendorId","reason","durationSeconds","disconnectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"reason":{"title":"DisconnectReason","type":"string","enum":["client_closed","server_shutdown","timeout","error","unauthorized"]},"closeCode":{"description":"WebSocket close code (RFC 6455).","type":"integer","minimum":1000,"maximum":4999},"durationSeconds":{"type":"integer","minimum":0},"disconnectedAt":{"type":"string","format":"date-time"}},"additionalProperties":false,"$id":"urn:herald:websocket:websocket.vendor.disconnected:v1:publish"};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.vendor.disconnected:v1:publish" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.vendorId === undefined) || (!(func0.call(data, "vendorId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendorId"},message:"must have required property '"+"vendorId"+"'"};
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
if((data.durationSeconds === undefined) || (!(func0.call(data, "durationSeconds")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "durationSeconds"},message:"must have required property '"+"durationSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.disconnectedAt === undefined) || (!(func0.call(data, "disconnectedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disconnectedAt"},message:"must have required property '"+"disconnectedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 of Object.keys(data)){
if(!((((((key0 === "connectionId") || (key0 === "vendorId")) || (key0 === "reason")) || (key0 === "closeCode")) || (key0 === "durationSeconds")) || (key0 === "disconnectedAt"))){
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
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err7 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data1 = data.vendorId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err8 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err9 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(((((data2 === "client_closed") || (data2 === "server_shutdown")) || (data2 === "timeout")) || (data2 === "error")) || (data2 === "unauthorized"))){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema17.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.closeCode !== undefined && func0.call(data, "closeCode")){
let data3 = data.closeCode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4999 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4999},message:"must be <= 4999"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 1000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
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
if(data.durationSeconds !== undefined && func0.call(data, "durationSeconds")){
let data4 = data.durationSeconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.disconnectedAt !== undefined && func0.call(data, "disconnectedAt")){
let data5 = data.disconnectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err17 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const validateWebsocketVendorDisconnectedV1Consume: Validator = validate17;
const schema18 = {"type":"object","required":["connectionId","vendorId","reason","durationSeconds","disconnectedAt"],"properties":{"connectionId":{"type":"string","format":"uuid"},"vendorId":{"type":"string","format":"uuid"},"reason":{"title":"DisconnectReason","type":"string","enum":["client_closed","server_shutdown","timeout","error","unauthorized"]},"closeCode":{"description":"WebSocket close code (RFC 6455).","type":"integer","minimum":1000,"maximum":4999},"durationSeconds":{"type":"integer","minimum":0},"disconnectedAt":{"type":"string","format":"date-time"}},"$id":"urn:herald:websocket:websocket.vendor.disconnected:v1:consume"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:herald:websocket:websocket.vendor.disconnected:v1:consume" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connectionId === undefined) || (!(func0.call(data, "connectionId")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectionId"},message:"must have required property '"+"connectionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.vendorId === undefined) || (!(func0.call(data, "vendorId")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendorId"},message:"must have required property '"+"vendorId"+"'"};
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
if((data.durationSeconds === undefined) || (!(func0.call(data, "durationSeconds")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "durationSeconds"},message:"must have required property '"+"durationSeconds"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.disconnectedAt === undefined) || (!(func0.call(data, "disconnectedAt")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disconnectedAt"},message:"must have required property '"+"disconnectedAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.connectionId !== undefined && func0.call(data, "connectionId")){
let data0 = data.connectionId;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err6 = {instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.vendorId !== undefined && func0.call(data, "vendorId")){
let data1 = data.vendorId;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
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
const err8 = {instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(((((data2 === "client_closed") || (data2 === "server_shutdown")) || (data2 === "timeout")) || (data2 === "error")) || (data2 === "unauthorized"))){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema18.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.closeCode !== undefined && func0.call(data, "closeCode")){
let data3 = data.closeCode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4999 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4999},message:"must be <= 4999"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/closeCode",schemaPath:"#/properties/closeCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.durationSeconds !== undefined && func0.call(data, "durationSeconds")){
let data4 = data.durationSeconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/durationSeconds",schemaPath:"#/properties/durationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.disconnectedAt !== undefined && func0.call(data, "disconnectedAt")){
let data5 = data.disconnectedAt;
if(typeof data5 === "string"){
if(!(formats4.validate(data5))){
const err16 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err17 = {instancePath:instancePath+"/disconnectedAt",schemaPath:"#/properties/disconnectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate17.errors = vErrors;
return errors === 0;
}
