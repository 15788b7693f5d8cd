from flask import Flask, jsonify

from .admin import admin
from .billing import billing
from .notes import notes
from .profile import profile


def create_app():
    app = Flask(__name__)
    app.register_blueprint(notes, url_prefix="/api/notes")
    app.register_blueprint(admin)
    app.register_blueprint(billing, url_prefix="/billing")
    app.register_blueprint(profile, url_prefix="/api/profile")

    # ok: CLK101
    @app.route("/healthz")
    def health():
        return jsonify(status="ok")

    return app
