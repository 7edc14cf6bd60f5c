from .survey_models import *  # noqa: F403
