import os

import stripe
from flask import Blueprint, abort, request

bp = Blueprint("billing", __name__)


# Verified by Stripe's signature: a webhook receiver.
# ok: CLK101
@bp.post("/")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(request.get_data(), request.headers.get("Stripe-Signature"), os.environ["STRIPE_WEBHOOK_SECRET"])
    except stripe.error.SignatureVerificationError:
        abort(400)
    stripe.Customer.modify(event["data"]["object"]["customer"], metadata={"synced": "1"})
    return "", 204
