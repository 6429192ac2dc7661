import type { DataSource } from 'typeorm';
import type { DemoMember, DemoProject } from '@billing/organisation/application';

export interface DemoIds {
  member(label: string): string;
  client(label: string): string;
  project(label: string): string;
  task(projectLabel: string, index: number): string;
}

export interface DemoOrganisationData {
  members: readonly DemoMember[];
  clients: readonly { label: string; name: string }[];
  projects: readonly DemoProject[];
}

/**
 * The demo organisation's ids from the organisation read models (by e-mail and name), or undefined while any
 * of them has not arrived yet.
 */
export async function readDemoIds(dataSource: DataSource, demo: DemoOrganisationData): Promise<DemoIds | undefined> {
  const [members, clients, projects, tasks]: { id: string; name: string; parent?: string }[][] = await Promise.all([
    dataSource.query('select id, email as name from org_members where email = any($1)', [demo.members.map((m) => m.email)]),
    dataSource.query('select id, name from org_clients where name = any($1)', [demo.clients.map((c) => c.name)]),
    dataSource.query('select id, name, client_id as parent from org_projects'),
    dataSource.query('select id, name, project_id as parent from org_tasks'),
  ]);
  const byLabel = new Map<string, string>();
  for (const member of demo.members) {
    const id = members.find((row) => row.name === member.email)?.id;
    if (id === undefined) return undefined;
    byLabel.set(`member:${member.label}`, id);
  }
  for (const client of demo.clients) {
    const id = clients.find((row) => row.name === client.name)?.id;
    if (id === undefined) return undefined;
    byLabel.set(`client:${client.label}`, id);
  }
  for (const project of demo.projects) {
    const clientId = byLabel.get(`client:${project.clientLabel}`);
    const id = projects.find((row) => row.name === project.project.name && row.parent === clientId)?.id;
    if (id === undefined) return undefined;
    byLabel.set(`project:${project.label}`, id);
    for (const [index, task] of project.tasks.entries()) {
      const taskId = tasks.find((row) => row.name === task.name && row.parent === id)?.id;
      if (taskId === undefined) return undefined;
      byLabel.set(`task:${project.label}:${index}`, taskId);
    }
  }
  const idOf = (key: string) => {
    const id = byLabel.get(key);
    if (id === undefined) throw new Error(`No demo ${key}`);
    return id;
  };
  return {
    member: (label) => idOf(`member:${label}`),
    client: (label) => idOf(`client:${label}`),
    project: (label) => idOf(`project:${label}`),
    task: (projectLabel, index) => idOf(`task:${projectLabel}:${index}`),
  };
}
