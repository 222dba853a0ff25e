#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY_ID="AKIAWEUBD3BWJWFMVW66"
export AWS_SECRET_ACCESS_KEY="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"
export HEROKU_API_KEY="${HEROKU_API_KEY:?set HEROKU_API_KEY}"
curl -fsS -u "deploy:KB1.UdtbsjukJJdxA4!Q" https://ci.acme-corp.net/job/deploy/build
mysql -h db -u root -p"$MYSQL_ROOT_PASSWORD" app < dump.sql
sshpass -p '9KsDfHkh6hU-heVecK~B' ssh deploy@bastion.acme-corp.net uptime
TOKEN=$(vault kv get -field=token secret/ci/github)
git clone "https://x-access-token:ghs_eRI4HzHBIQvhNhNPvfNcPechmWntZ01zeIYu@github.com/acme/private-infra.git"
curl -H "Authorization: token ghp_qnWYKozKuWYcSLURUWM3LjftduR1vhA7toJF" https://api.github.com/user
echo "a83882b88da517cad081079344294e5b1932e9535b14cc3f6000ec3406a47076  release.tar.gz" | sha256sum -c -
curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/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
