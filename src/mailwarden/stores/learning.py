"""The classifier's learned weights bound to the Store's database (tables in ``mailwarden.classifier.learned``).

The tables live at the classifier level so the ``spam_classifier`` check can read them without
importing ``stores`` (as ``mailwarden.stores.intel`` does for indicators); quarantine release and
report use :func:`learning_repository` to feed learning through the same database.
"""

from __future__ import annotations

from mailwarden.classifier.learned import LearningRepository
from mailwarden.stores.db import Store

__all__ = ["learning_repository"]


def learning_repository(store: Store) -> LearningRepository:
    """The learned-weights repository on the store's database (tables created when missing)."""
    return LearningRepository(store.engine)
