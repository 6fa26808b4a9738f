import type { IControl } from 'maplibre-gl';

/** The words on the map's own controls, in the UI's language (MapLibre's are English only). */
export interface MapControlLabels {
  zoomIn: string;
  zoomOut: string;
  /** The button that shows the whole region again. */
  fitRegion: string;
  /** The compact attribution's toggle. */
  attribution: string;
  /** The map canvas, which takes keyboard focus (arrow keys pan, + and − zoom). */
  map: string;
}

/** A button, under the zoom buttons, that brings the whole region back into view. */
export class FitRegionControl implements IControl {
  private container: HTMLDivElement | undefined;
  private button: HTMLButtonElement | undefined;

  constructor(private readonly onFit: () => void) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-ctrl-fit-region';
    const icon = document.createElement('span');
    icon.className = 'maplibregl-ctrl-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    button.addEventListener('click', () => this.onFit());
    container.append(button);
    this.container = container;
    this.button = button;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
    this.button = undefined;
  }

  setLabel(label: string): void {
    this.button?.setAttribute('title', label);
    this.button?.setAttribute('aria-label', label);
  }
}

/**
 * Puts `labels` on MapLibre's own controls inside `container` (the map's element), by
 * their documented class names: MapLibre reads its UI strings once, when a control is
 * added, and the language can change afterwards.
 */
export function labelMapControls(container: HTMLElement, labels: MapControlLabels): void {
  const label = (selector: string, text: string) => {
    for (const element of container.querySelectorAll(selector)) {
      element.setAttribute('title', text);
      element.setAttribute('aria-label', text);
    }
  };
  label('.maplibregl-ctrl-zoom-in', labels.zoomIn);
  label('.maplibregl-ctrl-zoom-out', labels.zoomOut);
  label('.maplibregl-ctrl-attrib-button', labels.attribution);
  container.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', labels.map);
}
