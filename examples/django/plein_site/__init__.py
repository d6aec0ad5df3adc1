"""A tiny Django + Django REST framework host that checks, reports and schedules designs."""
