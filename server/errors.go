package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// eMethodNotAllowed is the code of a method a route does not answer. Only the HTTP layer has methods, so
// the code is the server's, not one of graph's.
const eMethodNotAllowed = "method_not_allowed"

// statusOf is the one table from error codes to HTTP statuses.
var statusOf = map[string]int{
	graph.EINVALID:     http.StatusBadRequest,
	eUnauthorized:      http.StatusUnauthorized,
	eForbidden:         http.StatusForbidden,
	graph.ENOTFOUND:    http.StatusNotFound,
	eMethodNotAllowed:  http.StatusMethodNotAllowed,
	graph.ECONFLICT:    http.StatusConflict,
	graph.ETOOLARGE:    http.StatusRequestEntityTooLarge,
	eRateLimited:       http.StatusTooManyRequests,
	graph.EUNAVAILABLE: http.StatusServiceUnavailable,
	graph.ETIMEOUT:     http.StatusGatewayTimeout,
	graph.EINTERNAL:    http.StatusInternalServerError,
}

// codeOf maps echo's own errors (unknown route, wrong method...) back to error codes.
var codeOf = map[int]string{
	http.StatusBadRequest:            graph.EINVALID,
	http.StatusUnauthorized:          eUnauthorized,
	http.StatusForbidden:             eForbidden,
	http.StatusTooManyRequests:       eRateLimited,
	http.StatusNotFound:              graph.ENOTFOUND,
	http.StatusMethodNotAllowed:      eMethodNotAllowed,
	http.StatusRequestEntityTooLarge: graph.ETOOLARGE,
	http.StatusServiceUnavailable:    graph.EUNAVAILABLE,
}

// errorBody is what every error looks like to clients.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// handleError answers every error as JSON {"error":{"code","message"}} with the status from the table.
// Only internal errors are logged with their cause; users never see internal details.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	code, msg := graph.ErrorCode(err), graph.ErrorMessage(err)
	var he *echo.HTTPError
	switch {
	case errors.As(err, &he):
		code = codeOf[he.Code]
		if code == "" {
			code = graph.EINTERNAL
		}
		msg = http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok && he.Code < 500 {
			msg = m
		}
		if code == eMethodNotAllowed {
			// echo's router put the methods the path answers in Allow; the method is an HTTP token.
			msg = fmt.Sprintf("method %s is not allowed here; this resource answers %s", graph.Clip(c.Request().Method), c.Response().Header().Get(echo.HeaderAllow))
		}
	case errors.Is(err, context.DeadlineExceeded):
		code, msg = graph.ETIMEOUT, "the request took too long"
	case errors.Is(err, context.Canceled):
		code, msg = graph.EUNAVAILABLE, "the request was cancelled"
	}
	status := statusOf[code]
	if code == graph.EINTERNAL {
		s.log.Error("internal error", "error", err, "uri", c.Request().RequestURI, "request_id", c.Response().Header().Get(echo.HeaderXRequestID))
	}
	if code == graph.EUNAVAILABLE {
		c.Response().Header().Set("Retry-After", "5")
	}
	var body errorBody
	body.Error.Code, body.Error.Message = code, msg
	// A HEAD gets the headers of the GET's error (Content-Type, Content-Length); net/http drops the body.
	_ = c.JSON(status, body)
}
