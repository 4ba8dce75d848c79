export { dateRange, isRealDate } from '@claimwire/readmodel';
