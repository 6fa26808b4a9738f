import type { Campaign } from '../useCampaign';

// Placeholder until the owning helper lands the real page.
export function PlannerPage({ campaign }: { campaign: Campaign }) {
  const { region } = campaign.layers;
  return (
    <section data-testid="region-summary">
      <h2>{region.name}</h2>
      <p>
        {region.counts.kecamatan} kecamatan · {region.counts.kelurahan} kelurahan
      </p>
    </section>
  );
}
