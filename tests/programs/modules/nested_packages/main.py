# Deeply nested packages, empty __init__.py, relative imports across subpackages.
from app.services.auth import login
from app.core import User
import app
print(login("root"))
print(login("guest"))
print(User("x"), app.VERSION)
import app.services
print(app.services.__name__, app.services.auth.__name__, app.core.models.__name__)
