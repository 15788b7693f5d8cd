import sqlite3

from flask import Blueprint, jsonify, request

bp = Blueprint("files", __name__)
db = sqlite3.connect("files.db", check_same_thread=False)


# ruleid: CLK101
@bp.get("/info")
def file_info():
    row = db.execute("SELECT name FROM files WHERE id = ?", (request.args["id"],)).fetchone()
    return jsonify(name=row[0])
