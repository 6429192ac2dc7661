import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { CreateMemberRequest, MemberRoleName, MemberView, UpdateMemberRequest } from '@billing/organisation/contracts';
import { MAX_NAME_LENGTH, nameRequired } from '../shared/form-validators';

export const MIN_INITIAL_PASSWORD_LENGTH = 12;

export const ROLE_DESCRIPTIONS: Readonly<Record<MemberRoleName, string>> = {
  admin: 'Everything, including members',
  finance: 'Everything but member administration',
  responsible: 'Reads and corrects within their teams, projects and clients',
  member: 'Own time and own reports',
  auditor: 'Reads everything, changes nothing',
};

export type MemberForm = FormGroup<{
  name: FormControl<string>;
  email: FormControl<string>;
  roles: FormControl<MemberRoleName[]>;
  initialPassword: FormControl<string>;
}>;

export function buildMemberForm(fb: NonNullableFormBuilder, member: MemberView | null): MemberForm {
  const form = fb.group({
    name: fb.control(member?.name ?? '', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    email: fb.control(member?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(254)]),
    roles: fb.control<MemberRoleName[]>(member ? [...member.roles] : ['member'], Validators.required),
    initialPassword: fb.control('', [Validators.minLength(MIN_INITIAL_PASSWORD_LENGTH), Validators.maxLength(1024)]),
  });
  if (member) {
    form.controls.initialPassword.disable();
  }
  return form;
}

export function createMemberRequest(form: MemberForm): CreateMemberRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    email: value.email.trim().toLowerCase(),
    roles: value.roles,
    ...(value.initialPassword ? { initialPassword: value.initialPassword } : {}),
  };
}

export function updateMemberRequest(form: MemberForm): Required<UpdateMemberRequest> {
  const { name, email, roles } = createMemberRequest(form);
  return { name, email, roles };
}

export function memberRequestOf(member: MemberView): Required<UpdateMemberRequest> {
  return { name: member.name, email: member.email, roles: [...member.roles] };
}
