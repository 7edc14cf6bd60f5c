from .site import service_centre_name


def site(request):
    return {"SERVICE_CENTRE_NAME": service_centre_name()}
