// The Node.js peer of `secrets serve` in scripts/bench-serve.sh: the compact
// GET /api/generate contract ({"password": "...", "length": N}) as a password service is
// commonly written with Express: express-rate-limit in front (here with a limit no request
// reaches, as `secrets serve --rate-limit` in the same run), each character drawn with
// crypto.randomInt (uniform, as ours are).
// Usage: node express-server.js PORT
'use strict';
const crypto = require('crypto');
const express = require('express');
const { rateLimit } = require('express-rate-limit');

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SPECIAL = '!@#$%^&*()-_=+[]{};:,.<>?/';

const app = express();
app.disable('x-powered-by');
const limiter = rateLimit({ windowMs: 60 * 1000, limit: 60000000, standardHeaders: 'draft-6', legacyHeaders: false });
app.get('/api/generate', limiter, (req, res) => {
  const length = Number.parseInt(req.query.length ?? '16', 10);
  if (!Number.isInteger(length) || length < 4 || length > 128) {
    return res.status(400).json({ error: 'length must be 4 to 128' });
  }
  const flag = (name, dflt) => (req.query[name] === undefined ? dflt : req.query[name] === 'true');
  let pool = '';
  if (flag('lowercase', true)) pool += LOWER;
  if (flag('uppercase', true)) pool += UPPER;
  if (flag('digits', true)) pool += DIGITS;
  if (flag('special', false)) pool += SPECIAL;
  if (pool.length === 0) return res.status(400).json({ error: 'empty pool' });
  let password = '';
  for (let i = 0; i < length; i++) password += pool[crypto.randomInt(pool.length)];
  res.json({ password, length });
});
app.listen(Number(process.argv[2]), '127.0.0.1', () => console.error('listening'));
