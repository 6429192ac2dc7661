import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@billing/shared/nest';

/** Routes BullMQ queue connection errors to the structured log (BullMQ prints them to the console otherwise). */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queues');
  private readonly lastMessage = new Map<string, string>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUE_NAMES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), {
        strict: false,
      });
      queue.on('error', (error: Error) => {
        if (this.lastMessage.get(name) === error.message) return; // one line per change, not one per retry
        this.lastMessage.set(name, error.message);
        this.logger.warn(`queue ${name}: ${error.message}`);
      });
    }
  }
}
