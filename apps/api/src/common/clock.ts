import { Injectable } from '@nestjs/common';

/** The current time, injected so tests can move it (sign-in lockouts) without real timers. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
