# syntax=docker/dockerfile:1
#
# actorgraph in two stages: built with the Go release go.mod names (a test in store/neo4jstore checks that
# the two agree), run as a non-root user on Debian slim with native Graphviz.

FROM golang:1.26-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOTOOLCHAIN=local
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /out/actorgraph ./cmd/actorgraph

FROM debian:bookworm-slim
# graphviz: native dot; wget for the compose healthcheck. PNG and PDF exports need nothing: the binary
# paints them with its own fonts.
RUN apt-get update \
 && apt-get install -y --no-install-recommends graphviz ca-certificates wget \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --create-home --home-dir /home/actorgraph actorgraph
COPY --from=build /out/actorgraph /usr/local/bin/actorgraph
USER actorgraph
WORKDIR /home/actorgraph
# The embedded store, used when NEO4J_URI is not set, lives in the home directory.
ENV ACTORGRAPH_ADDR=:8080 ACTORGRAPH_STORE=/home/actorgraph/actorgraph.db
EXPOSE 8080
ENTRYPOINT ["actorgraph"]
CMD ["serve"]
