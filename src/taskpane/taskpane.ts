/** Task pane entry: starts the pane inside Office, or as a standalone preview in a plain browser. */
import { CATALOG_VERSION } from "../model/catalog";

function start(host: string): void {
  const app = document.getElementById("app");
  if (app === null) return;
  app.replaceChildren();
  const heading = document.createElement("h1");
  heading.textContent = "Gigawatt";
  const status = document.createElement("p");
  status.id = "status";
  status.textContent = `Catalog ${CATALOG_VERSION} · ${host}`;
  app.append(heading, status);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => start(info.host ? `Excel (${info.platform})` : "standalone preview"));
} else {
  start("standalone preview (office.js not loaded)");
}
