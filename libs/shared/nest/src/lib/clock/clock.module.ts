import { Global, Module } from '@nestjs/common';
import { SystemClock } from '@billing/shared/kernel';

/** Injection token for the kernel's Clock port; tests override it with a FixedClock. */
export const CLOCK = Symbol('CLOCK');

@Global()
@Module({
  providers: [{ provide: CLOCK, useClass: SystemClock }],
  exports: [CLOCK],
})
export class ClockModule {}
