// Runs once before the e2e specs: serves the production build and hands its URL to the specs
// through `inject('baseUrl')`.
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { serveDist } from './serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  const server = await serveDist();
  project.provide('baseUrl', server.baseUrl);
  return () => server.close();
}
