import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Paths never written to logs: credentials, tokens and cookies. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.secret',
];

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id =
    typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming)
      ? incoming
      : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Structured JSON logs (pino) with the service name, and a request id on every request line. */
@Module({})
export class LoggingModule {
  static forRoot(options: {
    service: string;
    quietPaths?: readonly string[];
  }): DynamicModule {
    const quiet = new Set(options.quietPaths ?? []);
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.logLevel,
              base: { service: options.service },
              genReqId: requestId,
              redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
              autoLogging: {
                ignore: (req: IncomingMessage) => quiet.has(req.url ?? ''),
              },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
                res: (res: { statusCode: number }) => ({
                  statusCode: res.statusCode,
                }),
              },
            },
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
