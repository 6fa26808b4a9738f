-- Accounts, sessions, API tokens and the sign-in throttle (docs/api.md "Authentication").

CREATE TABLE users (
  username text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  -- argon2id PHC string; never returned by any query the API answers with.
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of this
-- table does not sign anyone in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_username_idx ON sessions (username);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  token_hash text NOT NULL UNIQUE,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Failed sign-ins per username, for the 5-in-15-minutes limit; shared by every
-- server process on one database.
CREATE TABLE login_failures (
  username text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_idx ON login_failures (username, at);
