import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { ErrorCode } from '../common/domain-error';
import { reportUnexpected } from '../common/unexpected-errors';

export interface Health {
  status: 'ok' | 'unavailable' | 'error';
}

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Public: for load balancers and the start script. 200 when the database answers; 503 with
   * `Retry-After` while it is away (the API reconnects by itself when it returns).
   */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      const failure = reportUnexpected(error);
      response.status(failure.getStatus());
      if (failure.retryAfterSeconds !== undefined)
        response.setHeader('Retry-After', String(failure.retryAfterSeconds));
      return { status: failure.code === ErrorCode.SERVICE_UNAVAILABLE ? 'unavailable' : 'error' };
    }
  }
}
