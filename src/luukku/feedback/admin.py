from . import situations_admin  # noqa: F401
