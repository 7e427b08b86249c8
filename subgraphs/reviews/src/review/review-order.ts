import { registerEnumType } from 'type-graphql';

/** How a list of reviews is sorted. Values are public API: never rename one. */
export enum ReviewOrder {
  NEWEST = 'NEWEST',
  MOST_HELPFUL = 'MOST_HELPFUL',
}

registerEnumType(ReviewOrder, {
  name: 'ReviewOrder',
  description: 'How a list of reviews is sorted',
  valuesConfig: {
    NEWEST: { description: 'Most recently written first' },
    MOST_HELPFUL: { description: 'Most "helpful" votes first, then newest' },
  },
});
