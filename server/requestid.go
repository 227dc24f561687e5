package server

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/labstack/echo/v4"
)

// maxRequestIDLen bounds a request id taken from a client or a proxy.
const maxRequestIDLen = 64

// requestID gives every request an id, echoed in the X-Request-ID response header and logged with the
// request. An id the client or a proxy sent is kept when it is short and plain (letters, digits, '-', '_',
// '.', ':'), so one id follows a request through the proxies; anything else is replaced, so a client cannot
// write what it likes into the logs.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		id := req.Header.Get(echo.HeaderXRequestID)
		if !plainID(id) {
			id = newRequestID()
			// The access log reads the id from the request first: it must see the one we answer with.
			req.Header.Set(echo.HeaderXRequestID, id)
		}
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		return next(c)
	}
}

func plainID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == ':':
		default:
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}
