import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RatesApplicationModule } from '@billing/rates/application';
import { DemoHoursSeeder } from './demo-hours.seeder';

/**
 * Demo hours (DEMO_DATA=full): rates and tracked time for the demo organisation. It lives in the api, the
 * composition root, because it writes through three contexts (organisation, rates, time tracking) that do not
 * otherwise depend on each other.
 */
@Module({
  imports: [CqrsModule, RatesApplicationModule],
  providers: [DemoHoursSeeder],
  exports: [DemoHoursSeeder],
})
export class DemoModule {}
