-- seed the admin account; only hashes are stored
INSERT INTO users (email, password_hash) VALUES
  ('admin@acme-corp.net', '$2b$12$9lT0i4vKLAzdcKz4mlOGfYRxuSiXht8oszjo12zzOU6fFIrmxC.Gp'),
  ('ops@acme-corp.net', '$argon2id$v=19$m=65536,t=3,p=4$YDQCYm73+2wB4hVGZSVmYg$YR4Jh8G1mYXMfwAqOrN2f2TpZX/A2UY3sCe+BEVaRhs');
CREATE USER reporting WITH PASSWORD 'pTmXctwai2B4zd.i6~g7';
ALTER USER app WITH PASSWORD :'app_password';
