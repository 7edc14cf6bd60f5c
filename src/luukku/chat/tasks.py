"""Background jobs of the chat, run by `luukku worker`."""

from django_tasks import task


@task()
def chats_close_idle_task() -> int:
    from .services.upkeep import chats_close_idle

    return chats_close_idle()
