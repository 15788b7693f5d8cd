from fastapi import HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Board, Invoice


# ok: CLK203
def owned_invoice(db: Session, invoice_id: int, user_id: str) -> Invoice:
    invoice = db.scalar(select(Invoice).where(Invoice.id == invoice_id, Invoice.user_id == user_id))
    if invoice is None:
        raise HTTPException(status_code=404)
    return invoice


def checked_board(db: Session, board_id: int, user_id: str) -> Board:
    board = db.get(Board, board_id)
    if board is None or board.owner_id != user_id:
        raise HTTPException(status_code=404)
    return board


def any_invoice(db: Session, invoice_id: int) -> Invoice:
    return db.get(Invoice, invoice_id)
