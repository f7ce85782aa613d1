# Declines under gunicorn. Static files are collected at build time and served
# by whitenoise with hashed names; migrations and the starter library are
# applied when the container starts.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 1000 declines

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# collectstatic needs settings that load; this key exists only for the build.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

USER declines
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request, sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py load_starter_library && exec gunicorn declines.wsgi:application --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-2} --access-logfile -"]
