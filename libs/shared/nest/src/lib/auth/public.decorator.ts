import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_ROUTE = 'billing:isPublicRoute';

/** Opts a route (or controller) out of the global access-token guard. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(IS_PUBLIC_ROUTE, true);
