from flask import Blueprint, g, jsonify, request
from flask.views import MethodView

from .auth import require_session
from .db import conn

notes = Blueprint("notes", __name__)


# ok: CLK101
@notes.get("/")
@require_session
def list_notes():
    rows = conn.execute("SELECT id, body FROM notes WHERE owner = ?", (g.user_id,)).fetchall()
    return jsonify(rows)


# ruleid: CLK101
@notes.route("/", methods=["POST"])
def add_note():
    conn.execute("INSERT INTO notes (body) VALUES (?)", (request.json["body"],))
    conn.commit()
    return jsonify(ok=True), 201


# ruleid: CLK101
@notes.delete("/<int:note_id>")
def delete_note(note_id):
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return "", 204


class NoteView(MethodView):
    decorators = [require_session]

    def put(self, note_id):
        conn.execute("UPDATE notes SET body = ? WHERE id = ?", (request.json["body"], note_id))
        return "", 204


class ArchiveView(MethodView):
    def post(self, note_id):
        conn.execute("UPDATE notes SET archived = 1 WHERE id = ?", (note_id,))
        return "", 204


# ok: CLK101
notes.add_url_rule("/<int:note_id>/body", view_func=NoteView.as_view("note_body"))
# ruleid: CLK101
notes.add_url_rule("/<int:note_id>/archive", view_func=ArchiveView.as_view("note_archive"))
