-- GCRA for one client, atomically on the Redis server (`secrets serve --rate-limit-redis`).
-- The same arithmetic as src/ratelimit/gcra.rs (`Gcra::step`): whole microseconds, only
-- additions and comparisons, so Lua's numbers (doubles) stay exact integers (< 2^53).
--
-- KEYS[1]  the client's key; its value is the client's TAT in µs of Redis's clock
-- ARGV[1]  T, the emission interval (µs, at least 1)
-- ARGV[2]  W = burst × T, the window (µs, at most 366 days)
-- Returns  {allowed (1 or 0), TAT − now after the decision (µs)}
--
-- The clock is the Redis server's (TIME), one clock for every replica. The key expires
-- when the client is back to its full allowance, so Redis holds only active clients.

-- Redis 3.2..4 needs this before writing after TIME; later versions always replicate effects.
if redis.replicate_commands then
  redis.replicate_commands()
end

local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local stored = redis.call('GET', KEYS[1])
local tat = stored and tonumber(stored) or now
if tat < now then
  tat = now
end

local ahead = tat - now + interval
if ahead > window then
  return {0, tat - now}
end
-- '%.0f': tostring() would write 1.8e+15 and lose the microseconds.
redis.call('SET', KEYS[1], string.format('%.0f', now + ahead), 'PX', math.ceil(ahead / 1000))
return {1, ahead}
