// `herald/kafka`: the Kafka transport. kafkajs stays behind this entry; nothing exported names its types.

export { kafkaTransport } from './kafka-transport.js';
export type { KafkaTransport } from './kafka-transport.js';
export type { KafkaTransportOptions, KafkaSaslOptions, KafkaLogger } from './options.js';
export type { TopicDrift } from './topics.js';
