from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .access import any_invoice, checked_board, owned_invoice
from . import models
from .auth import Account, Claims, admin_only, claims_account, signed_in, staff_only
from .db import SessionDep, get_db
from .models import Article, Board, BoardMember, Country, Invoice, Profile

app = FastAPI()


@app.get("/invoices/{invoice_id}")
def read_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # Any signed-in user reads any invoice.
    # ruleid: CLK203
    return db.get(Invoice, invoice_id)


@app.get("/mine/invoices/{invoice_id}")
def read_my_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    return db.scalar(select(Invoice).where(Invoice.id == invoice_id, Invoice.user_id == claims["sub"]))


@app.delete("/invoices/{invoice_id}")
def delete_invoice(invoice_id: int, claims: Claims, db: Session = Depends(get_db)):
    # ruleid: CLK203
    db.execute(delete(Invoice).where(Invoice.id == invoice_id))
    db.commit()


@app.delete("/mine/invoices/{invoice_id}")
def delete_my_invoice(invoice_id: int, claims: Claims, db: Session = Depends(get_db)):
    stmt = delete(Invoice).where(Invoice.id == invoice_id)
    stmt = stmt.where(Invoice.user_id == claims["sub"])
    # ok: CLK203
    db.execute(stmt)
    db.commit()


@app.patch("/invoices/{invoice_id}")
def rename_invoice(invoice_id: int, total: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ruleid: CLK203
    db.execute(update(Invoice).where(Invoice.id == invoice_id).values(total=total))
    db.commit()


@app.get("/legacy/invoices/{invoice_id}")
def legacy_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ruleid: CLK203
    return db.query(Invoice).filter(Invoice.id == invoice_id).first()


@app.get("/legacy/mine/invoices/{invoice_id}")
def legacy_my_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    return db.query(Invoice).filter_by(id=invoice_id, user_id=claims["sub"]).first()


# The query sits in a helper other routes may call safely: the finding is
# on the route that passes it the id.
# ruleid: CLK203
@app.get("/helpers/invoices/{invoice_id}")
def helper_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    return any_invoice(db, invoice_id)


@app.get("/helpers/mine/invoices/{invoice_id}")
def helper_my_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    return owned_invoice(db, invoice_id, claims["sub"])


@app.delete("/boards/{board_id}")
def delete_board(board_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    board = db.get(Board, board_id)
    if board is None:
        raise HTTPException(status_code=404)
    # ruleid: CLK203
    db.delete(board)
    db.commit()


@app.delete("/checked/boards/{board_id}")
def delete_checked_board(board_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    board = db.get(Board, board_id)
    if board is None or board.owner_id != claims["sub"]:
        raise HTTPException(status_code=404)
    # ok: CLK203
    db.delete(board)
    db.commit()


@app.delete("/helper-checked/boards/{board_id}")
def delete_helper_checked_board(board_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    db.delete(checked_board(db, board_id, claims["sub"]))
    db.commit()


@app.patch("/boards/{board_id}")
def rename_board(board_id: int, title: str, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    member = db.scalar(select(BoardMember).where(BoardMember.board_id == board_id, BoardMember.user_id == claims["sub"]))
    if member is None:
        raise HTTPException(status_code=403)
    # ok: CLK203
    db.execute(update(Board).where(Board.id == board_id).values(title=title))
    db.commit()


@app.delete("/admin/boards/{board_id}", dependencies=[Depends(admin_only)])
def admin_delete_board(board_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    db.execute(delete(Board).where(Board.id == board_id))
    db.commit()


@app.get("/profile")
def my_profile(claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ok: CLK203
    return db.scalar(select(Profile).where(Profile.clerk_id == claims["sub"]))


@app.get("/articles/{article_id}")
def read_article(article_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # Only published articles: anyone may read them.
    # ok: CLK203
    return db.scalar(select(Article).where(Article.id == article_id, Article.published == True))  # noqa: E712


@app.get("/countries/{country_id}")
def read_country(country_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # Countries have no owner: shared reference data.
    # ok: CLK203
    return db.get(Country, country_id)


@app.get("/qualified/invoices/{invoice_id}")
def qualified_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # ruleid: CLK203
    return db.query(models.Invoice).filter(models.Invoice.id == invoice_id).first()


@app.get("/qualified/mine/invoices/{invoice_id}")
def qualified_my_invoice(invoice_id: int, claims: dict = Depends(signed_in), db: Session = Depends(get_db)):
    # A column compared in the query is its filter, not a check after a fetch.
    # ok: CLK203
    return db.query(models.Invoice).filter(models.Invoice.id == invoice_id, models.Invoice.user_id == claims["sub"]).first()


@app.delete("/staff/invoices/{invoice_id}", dependencies=[Depends(staff_only)])
def staff_delete_invoice(invoice_id: int, db: Session = Depends(get_db)):
    # ok: CLK203
    db.execute(delete(Invoice).where(Invoice.id == invoice_id))
    db.commit()


@app.get("/accounts/invoices/{invoice_id}")
def account_invoice(invoice_id: int, account: Account = Depends(claims_account), db: Session = Depends(get_db)):
    # Signed in through claims_account's Claims: any signed-in user reads any invoice.
    # ruleid: CLK203
    return db.get(Invoice, invoice_id)


@app.delete("/checked/invoices/{invoice_id}")
def delete_checked_invoice(invoice_id: int, claims: Claims, db: SessionDep):
    # db (a SessionDep) is the database's session, not the user's: the
    # row it fetches is compared with the signed-in user here.
    # ok: CLK203
    if db.get(Invoice, invoice_id).user_id != claims["sub"]:
        raise HTTPException(status_code=404)
    # ok: CLK203
    db.execute(delete(Invoice).where(Invoice.id == invoice_id))
    db.commit()
