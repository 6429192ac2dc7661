import type { Upcaster } from '../port/types';

export interface UpcastResult {
  schemaVersion: number;
  data: unknown;
}

/** Lifts stored event data through every matching upcaster, one version at a time. */
export class UpcasterChain {
  private readonly byTypeAndVersion = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = UpcasterChain.key(upcaster.type, upcaster.fromVersion);
      if (this.byTypeAndVersion.has(key)) {
        throw new Error(
          `Two upcasters lift ${upcaster.type} from version ${upcaster.fromVersion}`,
        );
      }
      this.byTypeAndVersion.set(key, upcaster);
    }
  }

  upcast(type: string, schemaVersion: number, data: unknown): UpcastResult {
    let version = schemaVersion;
    let current = data;
    for (
      let upcaster = this.find(type, version);
      upcaster;
      upcaster = this.find(type, version)
    ) {
      current = upcaster.upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }

  private find(type: string, version: number): Upcaster | undefined {
    return this.byTypeAndVersion.get(UpcasterChain.key(type, version));
  }

  private static key(type: string, version: number): string {
    return `${version}\u0000${type}`;
  }
}
