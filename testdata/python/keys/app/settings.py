import os

# ruleid: CLK001
CLERK_SECRET_KEY = "sk_live_@fakePy@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@"
# ok: CLK001
CLERK_SECRET_KEY_FROM_ENV = os.environ["CLERK_SECRET_KEY"]
# ruleid: CLK006
WEBHOOK_SECRET = 'whsec_@fakePyHook@@@@@@@@@@@@@@@@@@@@@@@'
# ok: CLK006
WEBHOOK_SECRET_FROM_ENV = os.getenv("CLERK_WEBHOOK_SECRET")
# ruleid: CLK005
PUBLISHABLE_KEY = "pk_live_Y2xlcmsucHlhcHAuZXhhbXBsZS5jb20k"
