import { css } from 'lit';

export const legendStyles = css`
  section {
    padding: 0.75rem 1rem 1rem;
    background: var(--_gia-color-surface);
  }
  ul.kinds,
  ul.states,
  ul.links {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .shape {
    stroke: var(--_gia-color-background);
    stroke-width: 1;
  }
  .kind-phase {
    fill: var(--_gia-color-kind-phase);
  }
  .kind-organisation {
    fill: var(--_gia-color-kind-organisation);
  }
  .kind-meeting {
    fill: var(--_gia-color-kind-meeting);
  }
  .kind-intervention {
    fill: var(--_gia-color-kind-intervention);
  }
  .kind-specialism {
    fill: var(--_gia-color-kind-specialism);
  }
  .kind-contact {
    fill: var(--_gia-color-kind-contact);
  }
  .icon {
    fill: var(--_gia-color-background);
  }
  .phase-number {
    fill: var(--_gia-color-background);
    text-anchor: middle;
    font-weight: 700;
  }
  line {
    stroke: var(--_gia-color-link-line);
  }
  .arrow {
    fill: var(--_gia-color-link-line);
  }
  .note {
    margin: 0.5rem 0 0;
    color: var(--_gia-color-text-muted);
  }
  @media (forced-colors: active) {
    section {
      background: Canvas;
    }
    .shape,
    .arrow {
      fill: CanvasText;
      stroke: Canvas;
    }
    .icon,
    .phase-number {
      fill: Canvas;
    }
    line {
      stroke: CanvasText;
    }
  }
  @media print {
    section {
      background: #fff;
    }
  }
`;
