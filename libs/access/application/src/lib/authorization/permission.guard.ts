import {
  CanActivate,
  ExecutionContext,
  HttpException,
  Injectable,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authorize } from '@billing/access/domain';
import { IS_PUBLIC_ROUTE } from '@billing/shared/nest';
import { ACCESS_REQUIREMENT, AccessRequirement } from './access-requirement';
import {
  PRINCIPAL_ON_REQUEST,
  RequestWithResolvedPrincipal,
} from './current-principal.decorator';
import { forbiddenResponse } from './forbidden-response';
import { PrincipalResolver, RequestWithPrincipal } from './principal-resolver';

const refuse = (missing: string | null, reason: string): HttpException => {
  const { status, body } = forbiddenResponse(missing, reason);
  return new HttpException(body, status);
};

/**
 * Global guard, after the access-token guard: enforces @RequirePermission through the access policy and refuses
 * any non-public route that declares neither a permission nor @AuthenticatedOnly(), so nothing is open by accident.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, targets)) {
      return true;
    }
    const requirement = this.reflector.getAllAndOverride<
      AccessRequirement | undefined
    >(ACCESS_REQUIREMENT, targets);
    if (requirement === undefined) {
      const route = `${context.getClass().name}.${context.getHandler().name}`;
      this.logger.error(`${route} declares no permission: refused`);
      throw refuse(
        null,
        `${route} declares no permission (@RequirePermission or @AuthenticatedOnly), so it is refused`,
      );
    }
    const request = context
      .switchToHttp()
      .getRequest<RequestWithPrincipal & RequestWithResolvedPrincipal>();
    const principal = await this.principals.forRequest(request);
    request[PRINCIPAL_ON_REQUEST] = principal;
    if (requirement.kind === 'authenticated-only') return true;
    const decision = authorize(principal, requirement.permission);
    if (!decision.allowed) throw refuse(decision.missing, decision.reason);
    return true;
  }
}
