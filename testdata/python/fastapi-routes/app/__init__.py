# ok: CLK101
from .auth import require_user, optional_user
