-- The campaign's settings (its target): one record shared by everyone (docs/api.md "Campaign settings").
CREATE TABLE campaign_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  value jsonb NOT NULL,
  updated_at text NOT NULL
);
