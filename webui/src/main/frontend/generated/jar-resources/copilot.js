import { ax as a, aw as i } from "./copilot/copilot-BxD6vUh0.js";
export {
  a as _createChildrenDefinitions,
  i as _registerImporter
};
