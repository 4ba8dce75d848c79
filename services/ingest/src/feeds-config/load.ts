import { loadYamlFile, parseYamlConfig } from '@claimwire/config';
import { FeedsFile } from './schema';

export function loadFeedsFile(path: string): FeedsFile {
  return loadYamlFile(FeedsFile, path);
}

export function parseFeedsFile(text: string, source: string): FeedsFile {
  return parseYamlConfig(FeedsFile, text, source);
}
