import os
from clerk_backend_api import Clerk

# ruleid: CLK001
sdk = Clerk(bearer_auth="sk_live_@fake5@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@")
# ok: CLK001
sdk_env = Clerk(bearer_auth=os.getenv("CLERK_SECRET_KEY"))
