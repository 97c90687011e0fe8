import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/combo-box/src/vaadin-combo-box.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '5e26d31f225c77dac30a0f30c2add938b577414a9cee7986928b0d1b3dc72af5') {
    pending.push(import('./chunks/chunk-ebd2904cd0178a59d450208e8b4ff3469f5580a15f106ce6f434bae460226e8b.js'));
  }
  if (key === '8a8c07621e9c346d1774054c4b12faeda9496b90f94c41d569d1bfa40420a7c6') {
    pending.push(import('./chunks/chunk-3512e76553de175e188b7fdc70a4dba714478ab937a4595a8afc9e7b84b2318a.js'));
  }
  if (key === 'b0d15576a5103500e9ab5eb4e858336ce230f5341ab64b156c621a2b9f1d6b94') {
    pending.push(import('./chunks/chunk-15336cb2a177b62609197a5c9bb8ee3a1eda4621ac7050f9350b59f3a4e4709e.js'));
  }
  if (key === '10400a5b10e6804ba9a4eea5d26d5dc10ca90d4eebeed99376a4a71f93e0ce8b') {
    pending.push(import('./chunks/chunk-e4b1538c04743f1f51e948871e0c43346a13d1b4761a1db9d80970c7b8bb0279.js'));
  }
  if (key === 'a469a28256576c8b301f7692d06e279cb304b58350376e3136e1791682038d99') {
    pending.push(import('./chunks/chunk-5b90c834b318d8b8c8bed06cae90838ddc9dd65a47effb2833c2e88997e2a38d.js'));
  }
  if (key === 'e35871245af01e160bc4e1ae0d77777971776e929747ac895cbf20d2b3d6d774') {
    pending.push(import('./chunks/chunk-8b3f72f10449be6562779d3ab1dd8a4b89036578e0bc89daa84a88206c3d1842.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}