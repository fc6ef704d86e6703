import { installGlobalRuntime } from "./helpers/custom-functions-stub";

installGlobalRuntime();
