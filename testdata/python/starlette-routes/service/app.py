import sqlite3

from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.endpoints import HTTPEndpoint
from starlette.middleware import Middleware
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute

from .clerk import RequireSession, clerk

db = sqlite3.connect("console.db")


async def health(request):
    return JSONResponse({"ok": True})


async def list_users(request):
    return JSONResponse([u.id for u in clerk.users.list()])


@requires("authenticated")
async def remove_user(request):
    clerk.users.delete(user_id=request.path_params["user_id"])
    return JSONResponse({"deleted": True})


class Notes(HTTPEndpoint):
    async def post(self, request):
        db.execute("INSERT INTO notes (body) VALUES (?)", ((await request.json())["body"],))
        return JSONResponse({"ok": True})


async def feed(websocket):
    await websocket.accept()
    for row in db.execute("SELECT body FROM notes"):
        await websocket.send_text(row[0])


api = Starlette(
    routes=[
        # ok: CLK101
        Route("/notes", Notes),
    ],
    middleware=[Middleware(RequireSession)],
)

app = Starlette(
    routes=[
        # ok: CLK101
        Route("/health", health),
        Mount(
            "/admin",
            routes=[
                # ruleid: CLK101
                Route("/users", list_users),
                # ok: CLK101
                # ruleid: CLK201
                Route("/users/{user_id}", remove_user, methods=["DELETE"]),
            ],
        ),
        Mount("/api", app=api),
        # ruleid: CLK101
        WebSocketRoute("/ws/feed", feed),
        # ruleid: CLK101
        Route("/notes", Notes),
    ]
)
