from flask import Blueprint, jsonify

from .auth import _forwarded, PARTIES, sdk

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def signed_in_only():
    state = sdk.authenticate_request(_forwarded(), PARTIES)
    if not state.is_signed_in:
        return jsonify(error="signed out"), 401


# ok: CLK101
# A session, but no role: any signed-in user may delete users.
# ruleid: CLK201
@admin.delete("/users/<user_id>")
def remove_user(user_id):
    sdk.users.delete(user_id=user_id)
    return "", 204
