import { SetMetadata } from '@nestjs/common';

export const READS_PROJECTIONS = 'sagsspor:reads-projections';

/** The projections a read answers from: it waits for them on `minPosition`, and says when one is stale. */
export const ReadsProjections = (...names: string[]) => SetMetadata(READS_PROJECTIONS, names);
