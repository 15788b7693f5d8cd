#!/bin/sh
# ok: CLK003
# NEXT_PUBLIC_CLERK_SECRET_KEY used to be passed here
# ruleid: CLK003
docker build --build-arg NEXT_PUBLIC_CLERK_SECRET_KEY="$CLERK_SECRET_KEY" .
