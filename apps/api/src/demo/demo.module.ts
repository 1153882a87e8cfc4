import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemoLoad } from './demo-load.entity';
import { DemoLoadResolver } from './demo-load.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([DemoLoad])],
  providers: [DemoLoadResolver],
})
export class DemoModule {}
