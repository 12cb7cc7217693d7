// `herald/testing`: the kit for users' own tests. Explicit export list.

export { createTestBus } from './test-bus.js';
export type { TestBus, TestBusOptions, DeepPartial } from './test-bus.js';
export { VirtualClock, settle } from './virtual-clock.js';
export { waitFor } from './wait.js';
export { arbitraryFor, arbitraryEventFor } from './contract-arbitraries.js';
export type { ContractArbitraryOptions } from './contract-arbitraries.js';
export { arbitraryFromSchema } from './arbitrary.js';
export type { ArbitraryOptions } from './arbitrary.js';
export { arbitraryEnvelope } from './envelope-arbitrary.js';
export type { EnvelopeArbitraryOptions } from './envelope-arbitrary.js';
export { mutationsFor } from './mutate.js';
export type { Mutation, MutationOptions } from './mutate.js';
export { UnsupportedSchemaError } from './schema-error.js';
export type { UnsupportedSchemaReason } from './schema-error.js';
export type { JsonSchema } from './schema-walk.js';
export { conformanceSuite } from './conformance.js';
export type { ConformanceOptions } from './conformance.js';
export { sampleContracts } from './sample-contracts.js';
export type { SampleEvents, SampleItem } from './sample-contracts.js';
