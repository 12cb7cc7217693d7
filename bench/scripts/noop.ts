// Does nothing: the process-start baseline (Node with the same TypeScript loader) that
// regeneration and cold-start times are compared with.
export {};
