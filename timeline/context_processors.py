from django.http import HttpRequest

from timeline.roles import is_editor


def roles(request: HttpRequest) -> dict:
    return {"user_is_editor": is_editor(request.user)}
