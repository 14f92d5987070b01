"""Login attempts are rate-limited (django-axes), through the real login form.

Each test signs in the way a browser does: it reads the CSRF token from the login page and
posts the form with it, with CSRF checks on.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import EditorFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's


def log_in(client: Client, username: str, password: str, address: str = "203.0.113.7"):
    page = client.get(reverse("login"), REMOTE_ADDR=address)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token, "the login page carries a CSRF token"
    return client.post(
        reverse("login"),
        {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def login_client():
    return Client(enforce_csrf_checks=True)


def test_the_right_password_signs_an_editor_in(login_client):
    editor = EditorFactory()
    response = log_in(login_client, editor.username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse(settings.LOGIN_REDIRECT_URL)


def test_a_wrong_password_is_refused_with_the_form_again(login_client):
    editor = EditorFactory()
    response = log_in(login_client, editor.username, "wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_after_the_failure_limit_even_the_right_password_is_refused(login_client):
    editor = EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(login_client, editor.username, "guess").status_code == 200
    assert log_in(login_client, editor.username, "guess").status_code == 429

    response = log_in(login_client, editor.username, PASSWORD)

    assert response.status_code == 429
    assert "too many login attempts" in response.content.decode().lower()
    assert '<main id="main"' in response.content.decode()  # a page of the site, not bare text
    assert "_auth_user_id" not in login_client.session


def test_the_lock_is_for_that_username_from_that_address_only(login_client):
    attacked, colleague = EditorFactory(), EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(login_client, attacked.username, "guess")

    same_address = log_in(Client(enforce_csrf_checks=True), colleague.username, PASSWORD)
    assert same_address.status_code == 302
    other_address = Client(enforce_csrf_checks=True)
    assert log_in(other_address, attacked.username, PASSWORD, "198.51.100.9").status_code == 302


def test_a_success_before_the_limit_starts_the_count_again(login_client):
    editor = EditorFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(login_client, editor.username, "guess")
    assert log_in(login_client, editor.username, PASSWORD).status_code == 302
    login_client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(login_client, editor.username, "guess")
    assert log_in(login_client, editor.username, PASSWORD).status_code == 302


def test_the_admin_login_is_rate_limited_too(login_client):
    staff = EditorFactory(is_staff=True)
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page = login_client.get(url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
        login_client.post(
            url,
            {"username": staff.username, "password": "guess", "csrfmiddlewaretoken": token[1]},
        )
    page = login_client.get(url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    response = login_client.post(
        url, {"username": staff.username, "password": PASSWORD, "csrfmiddlewaretoken": token[1]}
    )
    assert response.status_code == 429
