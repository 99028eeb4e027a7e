import { z } from 'zod';

/** When something was created or changed: ISO 8601, with `Z` or an offset, as every export writes it. */
export const TimestampSchema = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time' });
