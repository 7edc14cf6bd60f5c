"""WebSocket routes (the ASGI application's `websocket` protocol; see asgi.py)."""

from django.urls import path

from luukku.public.consumers import ChatConsumer, QueueStreamConsumer
from luukku.web.consumers import ChatConsoleConsumer

websocket_urlpatterns = [
    path("ws/queue/<int:service_point>/", QueueStreamConsumer.as_asgi()),
    path("ws/chat/<str:token>/", ChatConsumer.as_asgi()),
    path("ws/staff/chat/", ChatConsoleConsumer.as_asgi()),
]
