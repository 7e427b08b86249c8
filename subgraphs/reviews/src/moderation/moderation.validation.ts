import { z } from 'zod';
import { idRule, reasonRule } from '../review/review.validation';

export const reportRule = z.object({ id: idRule('review'), reason: reasonRule });

export const dismissRule = z.object({ id: idRule('review'), reason: reasonRule });

export type ReportInput = z.input<typeof reportRule>;
export type DismissInput = z.input<typeof dismissRule>;
