export { memoryTransport } from './memory-transport.js';
export type { MemoryTransport, MemoryTransportOptions } from './memory-transport.js';
export { MemoryBroker } from './memory-broker.js';
