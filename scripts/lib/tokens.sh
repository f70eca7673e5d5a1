# Sourced by the scripts that start the server on a database of theirs (scripts/bench.sh, scripts/faults.sh): mints
# HS256 access tokens as the main system does (djangorestframework-simplejwt's claims), with openssl.
#   mint_token <secret> <user id> <lifetime in seconds> <jti prefix>

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

mint_token() {
  local secret=$1 user=$2 lifetime=$3 prefix=$4 now header payload signature
  now="$(date +%s)"
  header="$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)"
  payload="$(printf '{"token_type":"access","user_id":%s,"jti":"%s-%s-%s","iat":%s,"exp":%s}' \
    "$user" "$prefix" "$user" "$(openssl rand -hex 8)" "$now" "$((now + lifetime))" | b64url)"
  signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)"
  echo "$header.$payload.$signature"
}
