# syntax=docker/dockerfile:1.7
# DrawGuess: the React SPA and the ASP.NET Core server in one image.
# Multi-arch (linux/amd64 for CI and clouds, linux/arm64 for the Raspberry Pi cluster):
#   docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/drawguess/drawguess:<version> .
# The build stages run on the build machine's own architecture ($BUILDPLATFORM); only
# the runtime stage is per target, so no emulation is needed.
# Base images are pinned by version tag; Dependabot (.github/dependabot.yml) proposes updates.

ARG DOTNET_VERSION=10.0
ARG NODE_IMAGE=node:20-bookworm-slim

# --- SPA: web/ -> web/dist --------------------------------------------------------
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

# --- Server: dotnet publish for the target architecture ----------------------------
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS server
ARG TARGETARCH
WORKDIR /src
# Project files first, so the NuGet restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Domain/DrawGuess.Domain.csproj src/Domain/
COPY src/Application/DrawGuess.Application.csproj src/Application/
COPY src/Infrastructure/DrawGuess.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/DrawGuess.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/DrawGuess.WebApi.csproj -a "$TARGETARCH"
COPY src/ src/
RUN dotnet publish src/WebApi/DrawGuess.WebApi.csproj \
      -c Release -a "$TARGETARCH" --no-restore --self-contained false \
      -p:UseAppHost=false -o /app

# --- Runtime ----------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
ARG VERSION=dev
ARG COMMIT_SHA=unknown
LABEL org.opencontainers.image.title="DrawGuess" \
      org.opencontainers.image.source="https://github.com/drawguess/drawguess" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${COMMIT_SHA}"

WORKDIR /app
COPY --from=server --chown=root:root /app ./
# The server serves the SPA from its web root, /app/wwwroot.
COPY --from=web --chown=root:root /src/web/dist ./wwwroot

# A pod's 1-CPU limit makes the runtime see one processor, where it waits ten times longer before
# optimizing hot code; a game server under load keeps jitting something new, so a fresh pod ran
# unoptimized code for minutes (docs/performance.md, "One core each": at 125 rooms 50 s after start,
# stroke p99 77-352 ms without this, 5-10 ms with it).
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_TC_DelaySingleProcMultiplier=1 \
    DRAWGUESS_VERSION=${VERSION}
EXPOSE 8080

# 1654 is the unprivileged "app" user of the .NET images ($APP_UID). Numeric, so
# Kubernetes can enforce runAsNonRoot. The files above stay owned by root: read-only.
USER 1654

# The image has no curl; bash's /dev/tcp is enough for the liveness endpoint.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]

# dotnet is PID 1 and receives SIGTERM itself: the host drains hubs before exiting.
ENTRYPOINT ["dotnet", "DrawGuess.WebApi.dll"]
