from .situation_models import *  # noqa: F403
