/**
 * The pane's Monte Carlo off the UI thread: a dedicated worker that receives a percentile request as
 * plain data, publishes the request's scenario to its own copy of the functions (a worker shares no
 * module state with the pane) and answers with the numbers GW.SCHEDULE / GW.DELIVERED give.
 * webpack 5 bundles it from `new Worker(new URL("./percentiles.worker.ts", import.meta.url))`
 * (worker-url.js).
 */
import "../functions/runtime-guard";
import { publishScenarios } from "../functions/scenarios";
import { computeFan, type FanRequest } from "./percentiles";
import type { WorkerAnswer, WorkerQuestion } from "./percentile-client";

interface WorkerScope {
  onmessage: ((event: { data: WorkerQuestion }) => void) | null;
  postMessage(message: WorkerAnswer): void;
}
const scope = globalThis as unknown as WorkerScope;

function answer(id: number, request: FanRequest): WorkerAnswer {
  try {
    // Only the request's scenario: publishing keeps an unchanged scenario's object, so its samples stay cached.
    publishScenarios(request.scenario === null ? [] : [request.scenario]);
    return { id, result: computeFan(request) };
  } catch (error) {
    return { id, error: String((error as Error)?.message ?? error) };
  }
}

scope.onmessage = (event) => scope.postMessage(answer(event.data.id, event.data.request));
