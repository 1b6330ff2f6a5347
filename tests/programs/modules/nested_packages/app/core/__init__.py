# Core subpackage re-exporting its models.
from .models import User, make_user
