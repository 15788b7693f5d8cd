from flask import Flask, abort, g, jsonify, request

from .auth import require_user
from .models import Recipe, db

app = Flask(__name__)


@app.get("/recipes/<int:recipe_id>")
@require_user
def show_recipe(recipe_id):
    # ruleid: CLK203
    recipe = db.session.get(Recipe, recipe_id)
    return jsonify(title=recipe.title)


@app.get("/mine/recipes/<int:recipe_id>")
@require_user
def show_my_recipe(recipe_id):
    # ok: CLK203
    recipe = db.session.execute(db.select(Recipe).filter_by(id=recipe_id, owner_id=g.user_id)).scalar_one()
    return jsonify(title=recipe.title)


@app.delete("/recipes")
@require_user
def delete_recipe():
    # The id comes from the query string.
    # ruleid: CLK203
    Recipe.query.filter_by(id=request.args.get("id")).delete()
    db.session.commit()
    return "", 204


@app.post("/recipes/rename")
@require_user
def rename_recipe():
    data = request.get_json()
    recipe = db.session.get(Recipe, data["id"])
    if recipe is None or recipe.owner_id != g.user_id:
        abort(404)
    recipe.title = data["title"]
    # ok: CLK203
    db.session.commit()
    return jsonify(ok=True)


@app.post("/recipes/retitle")
@require_user
def retitle_recipe():
    data = request.get_json()
    # ruleid: CLK203
    recipe = db.session.get(Recipe, data["id"])
    recipe.title = data["title"]
    db.session.commit()
    return jsonify(ok=True)


@app.get("/legacy/recipes/<int:recipe_id>")
@require_user
def legacy_recipe(recipe_id):
    # ruleid: CLK203
    recipe = Recipe.query.get_or_404(recipe_id)
    return jsonify(title=recipe.title)


@app.get("/legacy/mine/recipes/<int:recipe_id>")
@require_user
def legacy_my_recipe(recipe_id):
    recipe = Recipe.query.get_or_404(recipe_id)
    if recipe.owner_id != g.user_id:
        abort(403)
    # ok: CLK203
    return jsonify(title=recipe.title)


# Without a session nothing is judged here: CLK101's question.
# ruleid: CLK101
@app.get("/open/recipes/<int:recipe_id>")
def open_recipe(recipe_id):
    # ok: CLK203
    return jsonify(title=db.session.get(Recipe, recipe_id).title)
