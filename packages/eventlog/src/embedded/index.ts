export { EmbeddedEventLog, type EmbeddedEventLogOptions } from './embedded-log';
export { murmur2, partitionForKey } from './murmur2';
