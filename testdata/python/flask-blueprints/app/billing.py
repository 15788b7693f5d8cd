from flask import Blueprint, jsonify, request

from .auth import PARTIES, _forwarded, sdk
from .db import conn

billing = Blueprint("billing", __name__)


@billing.before_request
def signed_in_except_webhook():
    if request.endpoint == "billing.webhook":
        return None
    state = sdk.authenticate_request(_forwarded(), PARTIES)
    if not state.is_signed_in:
        return jsonify(error="signed out"), 401


# The hook decides by endpoint name, which clerklint does not evaluate.
# ok: CLK101
@billing.post("/plan")
def change_plan():
    conn.execute("UPDATE plans SET tier = ?", (request.json["tier"],))
    return "", 204
