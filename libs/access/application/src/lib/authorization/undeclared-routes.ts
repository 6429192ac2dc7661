import type { INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC_ROUTE } from '@billing/shared/nest';
import { ACCESS_REQUIREMENT } from './access-requirement';

const declares = (target: object, key: string): boolean =>
  Reflect.getMetadata(key, target) !== undefined;

/**
 * Every controller route of the application that is neither @Public() nor declares a permission or
 * @AuthenticatedOnly() (as `Controller.method`). The permission guard refuses these at run time; a test asserting
 * this list is empty catches them before that.
 */
export function findUndeclaredRoutes(app: INestApplicationContext): string[] {
  const undeclared: string[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as
        | (new (...args: never[]) => object)
        | null;
      if (!controller || typeof controller !== 'function') continue;
      const classDeclares =
        declares(controller, IS_PUBLIC_ROUTE) ||
        declares(controller, ACCESS_REQUIREMENT);
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const isRoute =
          Reflect.getMetadata(PATH_METADATA, handler) !== undefined &&
          Reflect.getMetadata(METHOD_METADATA, handler) !== undefined;
        if (!isRoute || classDeclares) continue;
        if (
          !declares(handler, IS_PUBLIC_ROUTE) &&
          !declares(handler, ACCESS_REQUIREMENT)
        ) {
          undeclared.push(`${controller.name}.${name}`);
        }
      }
    }
  }
  return undeclared.sort();
}
