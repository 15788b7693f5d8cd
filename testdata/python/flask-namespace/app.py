# ok: CLK101
import os

from clerk_backend_api import Clerk
from flask import Flask

# routes/ has no __init__.py: a namespace package.
from routes import files, billing

clerk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
app = Flask(__name__)
app.register_blueprint(files.bp, url_prefix="/files")
app.register_blueprint(billing.bp, url_prefix="/webhook/stripe")
