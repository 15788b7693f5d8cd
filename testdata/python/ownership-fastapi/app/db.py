from typing import Annotated

from fastapi import Depends
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")


def get_db():
    with Session(engine) as db:
        yield db


SessionDep = Annotated[Session, Depends(get_db)]
