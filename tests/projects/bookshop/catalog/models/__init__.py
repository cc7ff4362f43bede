from .authors import Author, Publisher  # noqa: F401
from .books import *  # noqa: F401,F403
