"""WebSocket routes (the ASGI application's `websocket` protocol; see asgi.py)."""

from django.urls import path

from luukku.public.consumers import ChatConsumer, QueueStreamConsumer

websocket_urlpatterns = [
    path("ws/queue/<int:service_point>/", QueueStreamConsumer.as_asgi()),
    path("ws/chat/<str:token>/", ChatConsumer.as_asgi()),
]
