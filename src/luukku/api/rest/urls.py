from django.urls import path, re_path

from . import views

app_name = "rest"

urlpatterns = [
    path("services/", views.ServiceList.as_view(), name="services"),
    path("services/<slug:code>/", views.ServiceDetail.as_view(), name="service"),
    path("cases/", views.CaseList.as_view(), name="cases"),
    path("cases/<str:reference>/", views.CaseDetail.as_view(), name="case"),
    path("cases/<str:reference>/status/", views.CaseStatusChange.as_view(), name="case_status"),
    path("cases/<str:reference>/messages/", views.CaseMessageCreate.as_view(), name="messages"),
    path("cases/<str:reference>/notes/", views.CaseNoteCreate.as_view(), name="notes"),
    path("customers/", views.CustomerList.as_view(), name="customers"),
    path("customers/<int:customer_id>/", views.CustomerDetail.as_view(), name="customer"),
    path("articles/", views.ArticleList.as_view(), name="articles"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article"),
    path("templates/", views.TemplateList.as_view(), name="templates"),
    path("templates/<int:pk>/", views.TemplateDetail.as_view(), name="template"),
    # Anything else under /api/v1/ is a JSON 404, not the site's page.
    re_path(r"^[\s\S]*$", views.NotFoundView.as_view()),
]
