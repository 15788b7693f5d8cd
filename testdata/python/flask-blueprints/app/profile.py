from flask import Blueprint, jsonify

from .auth import request_state, sdk

profile = Blueprint("profile", __name__)


# ok: CLK101
@profile.get("/me")
def me():
    state = request_state()
    return jsonify(sdk.users.get(user_id=state.payload["sub"]))


# ok: CLK101
@profile.get("/checked")
def checked():
    state = request_state()
    if not state.is_signed_in:
        return jsonify(error="signed out"), 401
    return jsonify(sdk.users.get(user_id=state.payload["sub"]))
