import type { ReadModel } from '../read-model';
import { tollsDdl } from './ddl';
import { foldTolls, retractTolls } from './write';

/**
 * Tolls: a series is one reporter's count of one party's population and measure at one scope;
 * a figure is one value of it, however many articles reported it. A claim finds its figure by
 * what it says (placeToll), and figures and series fold their reports with order-free merges,
 * so fresh reports are folded into the stored rows.
 */
export const tolls: ReadModel<'toll'> = {
  name: 'tolls',
  kind: 'toll',
  tables: ['toll_series', 'toll_figures'],
  ddl: tollsDdl,
  project: foldTolls,
  retract: retractTolls,
};
